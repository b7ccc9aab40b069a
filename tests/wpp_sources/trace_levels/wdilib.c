/*
 * wdilib.c - a WDM driver that traces by level alone (WPP_USE_TRACE_LEVELS): its own
 * WdiTrace(LEVEL, MSG, ...), WdiTraceStatus(LEVEL, EXP) with a suffix, and WPP's
 * DoTraceMessage(LEVEL, ...). The controller's level selects them.
 */
#include <wdm.h>

#include "trace.h"

#include "wdilib.tmh"

static void WdiUnload(PDRIVER_OBJECT DriverObject) {
    WdiTrace(TRACE_LEVEL_INFORMATION, "Unloading\n");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    ULONG adapters = 2;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    WdiTrace(TRACE_LEVEL_INFORMATION, "%lu adapters\n", adapters);
    WdiTrace(TRACE_LEVEL_VERBOSE, "Verbose detail %d\n", 7);
    WdiTraceStatus(TRACE_LEVEL_ERROR, STATUS_INSUFFICIENT_RESOURCES);
    DoTraceMessage(TRACE_LEVEL_WARNING, "Message table has %d entries", 3);
    DriverObject->DriverUnload = WdiUnload;
    return STATUS_SUCCESS;
}
