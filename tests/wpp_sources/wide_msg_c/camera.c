/*
 * camera.c - a WDM driver in C whose formats are wide (L"..."), with narrow and wide string
 * arguments and a character beyond ASCII.
 */
#include <wdm.h>

#include "trace.h"

#include "camera.tmh"

static void CameraUnload(PDRIVER_OBJECT DriverObject) {
    DMFTRACE(DMFT_INIT, TRACE_LEVEL_INFORMATION, L"%S exit", L"CameraUnload");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    ULONG streams = 2;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    DMFTRACE(DMFT_INIT, TRACE_LEVEL_INFORMATION, L"%s enter", "DriverEntry");
    DMFTRACE(DMFT_GENERAL, TRACE_LEVEL_INFORMATION, L"%lu streams at 30 fps \u2013 %ws", streams,
             L"NV12");
    DriverObject->DriverUnload = CameraUnload;
    return STATUS_SUCCESS;
}
