/*
 * toaster.c - a WDM driver that traces the featured Toaster's statements as the sample writes
 * them: KdPrint((...)) and the per-device recorder-log functions.
 */
#include <wdm.h>

#include "trace.h"

#include "toaster.tmh"

/* WppRecorder.h's log handle; the recorder itself is not part of this test. */
typedef struct _RECORDER_LOG_OPAQUE* RECORDER_LOG;

typedef struct _FDO_DATA {
    RECORDER_LOG WppRecorderLog;
    ULONG SerialNo;
} FDO_DATA, *PFDO_DATA;

static void ToasterUnload(PDRIVER_OBJECT DriverObject) {
    KdPrint(("ToasterEvtDriverUnload\n"));
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    FDO_DATA fdo = {0, 7};
    PFDO_DATA fdoData = &fdo;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    KdPrint(("WDF Toaster Function Driver Sample - Featured version\n"));
    KdPrint(("Built %s\n", "today"));
    WppPrintDevice(fdoData->WppRecorderLog, "Toaster %lu ready\n", fdoData->SerialNo);
    WppPrintDeviceError(fdoData->WppRecorderLog, "WdfDeviceCreateDeviceInterface failed 0x%x\n",
                        status);
    DriverObject->DriverUnload = ToasterUnload;
    return STATUS_SUCCESS;
}
