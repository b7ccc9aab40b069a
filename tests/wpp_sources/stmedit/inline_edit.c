/*
 * inline_edit.c - a WDM driver that traces the stream-edit sample's statements as the sample
 * writes them: %!FUNC! entry lines, a status by name, the inline editor's state by name, and
 * a WFP notification type resolved from the WFP header's enum.
 */
#include <fwpsk.h>
#include <wdm.h>

#include "trace.h"

#include "inline_edit.tmh"

typedef enum { Idle, Skipping, Modifying, Scanning } INLINE_EDIT_STATE;

static NTSTATUS InlineEditFlushData(INLINE_EDIT_STATE state, SIZE_T length) {
    NTSTATUS Status = STATUS_INSUFFICIENT_RESOURCES;
    DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, CO_ENTER_EXIT, "--> %!FUNC!");
    DoTraceLevelMessage(TRACE_LEVEL_VERBOSE, CO_GENERAL, "Flow State %!InlineState!, Length %Iu",
                        state, length);
    DoTraceLevelMessage(TRACE_LEVEL_ERROR, CO_GENERAL,
                        "FwpsAllocateNetBufferAndNetBufferList Failed with %!STATUS!", Status);
    DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, CO_ENTER_EXIT, "<-- %!FUNC!");
    return Status;
}

static void StreamEditUnload(PDRIVER_OBJECT DriverObject) {
    DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, CO_GENERAL, "Notify %!FWPS_NOTIFY!",
                        FWPS_CALLOUT_NOTIFY_DELETE_FILTER);
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    (void)InlineEditFlushData(Modifying, 1460);
    DriverObject->DriverUnload = StreamEditUnload;
    return STATUS_SUCCESS;
}
