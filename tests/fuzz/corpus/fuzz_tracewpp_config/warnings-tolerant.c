/*
 * tolerant.c - a WDM driver whose WPP configuration holds constructs wpptrace warns about: its
 * trace functions build and trace, the unresolved enum prints as numbers.
 */
#include <wdm.h>

#include "trace.h"

#include "tolerant.tmh"

static void TolerantUnload(PDRIVER_OBJECT DriverObject) {
    TraceInit("Unloading");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    TraceInit("Tolerant driver %d.%d", 1, 2);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_IO, "Power state %!PowerState!", 3);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_IO, "Pool tag %!Tag!", 0x6c6f6f54);
    DriverObject->DriverUnload = TolerantUnload;
    return STATUS_SUCCESS;
}
