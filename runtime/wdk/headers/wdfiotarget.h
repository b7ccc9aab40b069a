/*
 * wdfiotarget.h - KMDF I/O targets: where a driver sends requests. The local (default) target
 * of a device is the device below it in its stack (WdfDeviceGetIoTarget); a remote target is
 * created with WdfIoTargetCreate and opened on an existing device object or by device name
 * (a name the host knows: \Device\X or a symbolic link such as \DosDevices\X, opened with
 * IRP_MJ_CREATE, as ZwCreateFile does).
 *
 * A target is started, stopped (requests sent meanwhile wait until it starts again), or closed.
 * The Send*Synchronously methods build a request (or use the driver's), send it and wait:
 *
 *   WDF_MEMORY_DESCRIPTOR output;
 *   ULONG_PTR bytes;
 *   WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&output, &statistics, sizeof statistics);
 *   status = WdfIoTargetSendIoctlSynchronously(WdfDeviceGetIoTarget(device), WDF_NO_HANDLE,
 *                                              IOCTL_GET_STATISTICS, NULL, &output,
 *                                              WDF_NO_SEND_OPTIONS, &bytes);
 */
#ifndef WPPTRACE_WDFIOTARGET_H
#define WPPTRACE_WDFIOTARGET_H

#include "wdfrequest_send.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONG_PTR* PULONG_PTR;

typedef enum _WDF_IO_TARGET_STATE {
    WdfIoTargetStateUndefined = 0,
    WdfIoTargetStarted,
    WdfIoTargetStopped,
    WdfIoTargetClosedForQueryRemove,
    WdfIoTargetClosed,
    WdfIoTargetDeleted,
    WdfIoTargetPurged
} WDF_IO_TARGET_STATE,
    *PWDF_IO_TARGET_STATE;

typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
    WdfIoTargetSentIoUndefined = 0,
    WdfIoTargetCancelSentIo,
    WdfIoTargetWaitForSentIoToComplete,
    WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
    WdfIoTargetOpenUndefined = 0,
    WdfIoTargetOpenUseExistingDevice = 1,
    WdfIoTargetOpenByName = 2,
    WdfIoTargetOpenReopen = 3,
    WdfIoTargetOpenLocalTargetByFile = 4
} WDF_IO_TARGET_OPEN_TYPE;

typedef NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE* PFN_WDF_IO_TARGET_QUERY_REMOVE;
typedef void EVT_WDF_IO_TARGET_REMOVE_CANCELED(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED* PFN_WDF_IO_TARGET_REMOVE_CANCELED;
typedef void EVT_WDF_IO_TARGET_REMOVE_COMPLETE(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE* PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
    ULONG Size;
    WDF_IO_TARGET_OPEN_TYPE Type;
    PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
    PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
    PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
    /* WdfIoTargetOpenUseExistingDevice */
    PDEVICE_OBJECT TargetDeviceObject;
    PFILE_OBJECT TargetFileObject;
    /* WdfIoTargetOpenByName */
    UNICODE_STRING TargetDeviceName;
    ACCESS_MASK DesiredAccess;
    ULONG ShareAccess;
    ULONG FileAttributes;
    ULONG CreateDisposition;
    ULONG CreateOptions;
    PVOID EaBuffer;
    ULONG EaBufferLength;
    PLONGLONG AllocationSize;
    ULONG FileInformation; /* out: what the open did (FILE_OPENED) */
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

static inline void WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                                  PDEVICE_OBJECT DeviceObject) {
    memset(Params, 0, sizeof *Params);
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenUseExistingDevice;
    Params->TargetDeviceObject = DeviceObject;
}
static inline void WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                               PCUNICODE_STRING TargetDeviceName,
                                                               ACCESS_MASK DesiredAccess) {
    memset(Params, 0, sizeof *Params);
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenByName;
    Params->TargetDeviceName = *TargetDeviceName;
    Params->DesiredAccess = DesiredAccess;
    Params->CreateDisposition = FILE_OPEN;
}
static inline void WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                                 PCUNICODE_STRING TargetDeviceName,
                                                                 ACCESS_MASK DesiredAccess) {
    WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(Params, TargetDeviceName, DesiredAccess);
    Params->ShareAccess = FILE_SHARE_READ | FILE_SHARE_WRITE;
    Params->FileAttributes = FILE_ATTRIBUTE_NORMAL;
    Params->CreateDisposition = FILE_OPEN_IF;
}
static inline void WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(PWDF_IO_TARGET_OPEN_PARAMS Params) {
    memset(Params, 0, sizeof *Params);
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenReopen;
}

/* The device's local target: the device below it in its stack. Started with the device. */
WDFIOTARGET WdfDeviceGetIoTarget(WDFDEVICE Device);
/* A remote target (parent: Attributes' ParentObject, else Device), closed until opened. */
NTSTATUS WdfIoTargetCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
                           WDFIOTARGET* IoTarget);
/* Opens a created target on a device object or a name; the target is then started. */
NTSTATUS WdfIoTargetOpen(WDFIOTARGET IoTarget, PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
/* Closes a remote target: its sent requests are cancelled and waited for, the file closed. */
void WdfIoTargetClose(WDFIOTARGET IoTarget);
void WdfIoTargetCloseForQueryRemove(WDFIOTARGET IoTarget);
/* Delivers the requests that waited while the target was stopped. */
NTSTATUS WdfIoTargetStart(WDFIOTARGET IoTarget);
/* Requests sent from now on wait; the sent ones are cancelled (WdfIoTargetCancelSentIo),
   waited for (WdfIoTargetWaitForSentIoToComplete) or left alone (WdfIoTargetLeaveSentIoPending). */
void WdfIoTargetStop(WDFIOTARGET IoTarget, WDF_IO_TARGET_SENT_IO_ACTION Action);
WDF_IO_TARGET_STATE WdfIoTargetGetState(WDFIOTARGET IoTarget);
WDFDEVICE WdfIoTargetGetDevice(WDFIOTARGET IoTarget);
PDEVICE_OBJECT WdfIoTargetWdmGetTargetDeviceObject(WDFIOTARGET IoTarget);
PFILE_OBJECT WdfIoTargetWdmGetTargetFileObject(WDFIOTARGET IoTarget);

/* Synchronous sends: Request may be WDF_NO_HANDLE (the framework uses a request of its own) or
   one the driver received or created (formatted anew here). They wait at PASSIVE_LEVEL. */
NTSTATUS WdfIoTargetSendIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                           ULONG IoctlCode, PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                           PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                           PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                           PULONG_PTR BytesReturned);
NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                                   ULONG IoctlCode,
                                                   PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                                   PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                                   PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                   PULONG_PTR BytesReturned);
NTSTATUS WdfIoTargetSendReadSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                          PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                          PLONGLONG DeviceOffset,
                                          PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                          PULONG_PTR BytesRead);
NTSTATUS WdfIoTargetSendWriteSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                           PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                           PLONGLONG DeviceOffset,
                                           PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                           PULONG_PTR BytesWritten);

/* Formats a request (received or created) for the target; the buffers are WDFMEMORY objects
   (NULL: none), with optional offsets. Send it with WdfRequestSend. */
NTSTATUS WdfIoTargetFormatRequestForIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
                                          WDFMEMORY InputBuffer,
                                          PWDFMEMORY_OFFSET InputBufferOffset,
                                          WDFMEMORY OutputBuffer,
                                          PWDFMEMORY_OFFSET OutputBufferOffset);
NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                                  ULONG IoctlCode, WDFMEMORY InputBuffer,
                                                  PWDFMEMORY_OFFSET InputBufferOffset,
                                                  WDFMEMORY OutputBuffer,
                                                  PWDFMEMORY_OFFSET OutputBufferOffset);
NTSTATUS WdfIoTargetFormatRequestForRead(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                         WDFMEMORY OutputBuffer,
                                         PWDFMEMORY_OFFSET OutputBufferOffset,
                                         PLONGLONG DeviceOffset);
NTSTATUS WdfIoTargetFormatRequestForWrite(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                          WDFMEMORY InputBuffer,
                                          PWDFMEMORY_OFFSET InputBufferOffset,
                                          PLONGLONG DeviceOffset);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFIOTARGET_H */
