/*
 * callout.c - a WDM driver that traces as the WFP callouts and the WDM samples do: a free-text
 * list item, an enumeration, an ANSI string as %!s!, and WPP's built-in IRP and IRQL lists.
 */
#include <wdm.h>

#include "trace.h"

#include "callout.tmh"

static void CalloutUnload(PDRIVER_OBJECT DriverObject) {
    DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, TRACE_FLOW, "State %!CALLOUT_STATE!",
                        CalloutDetached);
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    ULONG directions[] = {0, 1, 2};
    const char* layer = "FWPM_LAYER_STREAM_V4";
    unsigned i;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    for (i = 0; i < 3; ++i)
        DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, TRACE_FLOW, "Direction %!FWP_DIRECTION!",
                            directions[i]);
    DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, TRACE_FLOW, "Registered at layer %!s!", layer);
    DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, TRACE_FLOW, "State %!CALLOUT_STATE!",
                        CalloutInspecting);
    DoTraceLevelMessage(TRACE_LEVEL_VERBOSE, TRACE_IRP, "%!pnpmj!, %!pnpmn! at %!irql!", IRP_MJ_PNP,
                        IRP_MN_QUERY_DEVICE_RELATIONS, DISPATCH_LEVEL);
    DoTraceLevelMessage(TRACE_LEVEL_VERBOSE, TRACE_IRP, "%!pnpmj!", IRP_MJ_INTERNAL_DEVICE_CONTROL);
    DriverObject->DriverUnload = CalloutUnload;
    return STATUS_SUCCESS;
}
