// acx.cpp - a WDM driver in C++ that returns failures the way the ACX audio samples do:
// RETURN_NTSTATUS_IF_FAILED and RETURN_NTSTATUS_IF_TRUE trace the file, line and condition and
// return the status; a success goes on untraced.
#include <wdm.h>

#include "trace.h"

#include "acx.tmh"

namespace {

NTSTATUS ReadCapabilities(ULONG streams) {
    return streams == 0 ? STATUS_INVALID_PARAMETER : STATUS_SUCCESS;
}

NTSTATUS PrepareStreams(ULONG streams) {
    RETURN_NTSTATUS_IF_FAILED(ReadCapabilities(streams));
    RETURN_NTSTATUS_IF_TRUE(streams > 8, STATUS_INSUFFICIENT_RESOURCES);
    return STATUS_SUCCESS;
}

void AcxUnload(PDRIVER_OBJECT DriverObject) {
    WPP_CLEANUP(DriverObject);
}

}  // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    (void)PrepareStreams(2);
    (void)PrepareStreams(0);
    (void)PrepareStreams(9);
    DriverObject->DriverUnload = AcxUnload;
    return STATUS_SUCCESS;
}
