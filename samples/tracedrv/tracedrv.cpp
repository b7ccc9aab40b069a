// tracedrv.cpp - a WDM driver that exercises the WPP trace calls from C++: DoTraceMessage with
// its two flags, TraceEvents, DbgPrintEx and KdPrint, strings narrow and wide, and WPP_CLEANUP
// in the unload routine.
#include <wdm.h>

#include "trace.h"

namespace {

ULONG messages_traced = 0;

void TracedrvUnload(PDRIVER_OBJECT DriverObject) {
    DoTraceMessage(TRACELEVELTWO, "Unloading %wZ after %lu messages", &DriverObject->DriverName,
                   messages_traced);
    WPP_CLEANUP(DriverObject);
}

}  // namespace

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);

    DoTraceMessage(TRACELEVELONE, "Hello, %s %d", "World", 1);
    DoTraceMessage(TRACELEVELONE, "Registry path %wZ", RegistryPath);
    for (ULONG i = 0; i < 3; ++i) {
        TraceEvents(TRACE_LEVEL_VERBOSE, TRACELEVELTWO, "IOCTL = %lu, name %ws, ratio %.2f", i,
                    L"TRACEDRV_IOCTL", i / 4.0);
        ++messages_traced;
    }
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_WARNING_LEVEL, "DbgPrintEx: %s is a %c driver",
               "tracedrv", 'C');
    KdPrint(("KdPrint: pointer %p, hex %#010x", static_cast<void*>(DriverObject), 0xbeefu));

    DriverObject->DriverUnload = TracedrvUnload;
    return STATUS_SUCCESS;
}
