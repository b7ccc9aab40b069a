// bulkrwr.cpp - a WDM driver in C++ that traces the OSR FX2 sample's statements as the sample
// writes them (TraceEvents with a level and a DBG_* flag).
#include <wdm.h>

#include "trace.h"

#include "bulkrwr.tmh"

namespace {

void OsrFxEvtDriverUnload(PDRIVER_OBJECT DriverObject) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_INIT, "<-- OsrFxEvtDriverUnload\n");
    WPP_CLEANUP(DriverObject);
}

}  // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    size_t bytesRead = 512;
    ULONG pipeIndex = 1;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_INIT,
                "OSRUSBFX2 Driver Sample - Driver Framework Edition.\n");
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_READ, "Number of bytes read: %I64d\n",
                (LONGLONG)bytesRead);
    TraceEvents(TRACE_LEVEL_ERROR, DBG_PNP,
                "WdfUsbTargetPipeConfigContinuousReader failed on pipe %u\n", pipeIndex);
    DriverObject->DriverUnload = OsrFxEvtDriverUnload;
    return STATUS_SUCCESS;
}
