/*
 * memo.c - the Memo sample (KMDF, C): a note per open handle and an archive of what was written
 * to the device, to show the framework objects a real driver leans on.
 *
 *   - File objects: EvtDeviceFileCreate, EvtFileCleanup and EvtFileClose, and a context per
 *     handle (FILE_CONTEXT) holding the handle's note in a WDFMEMORY it owns.
 *   - WDFMEMORY: control requests read their buffers through WdfRequestRetrieveInputMemory /
 *     OutputMemory and WdfMemoryCopyToBuffer / CopyFromBuffer, which check the bounds.
 *   - A stoppable queue: writes go to a sequential "archive" queue that an application can
 *     pause (WdfIoQueueStop) and resume (WdfIoQueueStart): the resume request is held and a
 *     one-shot WDFTIMER starts the queue and completes it a moment later, at DISPATCH_LEVEL.
 *   - A collection: the archive keeps a copy (WDFMEMORY) of the last writes in a WDFCOLLECTION.
 *   - EvtIoStop / EvtIoResume: a request waiting for the device's removal stays with the driver,
 *     cancelable, on a power-managed queue; it is kept over power-downs and cancelled when the
 *     device goes (surprise removal included).
 */
#include <wdf.h>

#include "public.h"
#include "trace.h"

#include "memo.tmh"

typedef struct _DEVICE_CONTEXT {
    WDFQUEUE ArchiveQueue;
    WDFQUEUE WaitQueue;
    WDFCOLLECTION Archive;
    WDFSPINLOCK Lock;
    WDFREQUEST Waiter; /* the removal waiter the driver holds, cancelable */
    WDFTIMER ResumeTimer;
    WDFREQUEST ResumeRequest; /* held until the resume timer fires */
    ULONG Handles;
    ULONG Archived;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, MemoGetDeviceContext)

typedef struct _FILE_CONTEXT {
    ULONG Handle;
    WDFMEMORY Note;
    size_t NoteLength;
} FILE_CONTEXT, *PFILE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILE_CONTEXT, MemoGetFileContext)

EVT_WDF_DRIVER_DEVICE_ADD MemoEvtDeviceAdd;
EVT_WDF_DRIVER_UNLOAD MemoEvtDriverUnload;
EVT_WDF_DEVICE_FILE_CREATE MemoEvtDeviceFileCreate;
EVT_WDF_FILE_CLEANUP MemoEvtFileCleanup;
EVT_WDF_FILE_CLOSE MemoEvtFileClose;
EVT_WDF_DEVICE_D0_ENTRY MemoEvtDeviceD0Entry;
EVT_WDF_DEVICE_D0_EXIT MemoEvtDeviceD0Exit;
EVT_WDF_DEVICE_SURPRISE_REMOVAL MemoEvtDeviceSurpriseRemoval;
EVT_WDF_OBJECT_CONTEXT_CLEANUP MemoEvtDeviceContextCleanup;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL MemoEvtIoDeviceControl;
EVT_WDF_IO_QUEUE_IO_WRITE MemoEvtArchiveWrite;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL MemoEvtWaitDeviceControl;
EVT_WDF_IO_QUEUE_IO_STOP MemoEvtWaitIoStop;
EVT_WDF_IO_QUEUE_IO_RESUME MemoEvtWaitIoResume;
EVT_WDF_IO_QUEUE_STATE MemoEvtArchiveStopped;
EVT_WDF_REQUEST_CANCEL MemoEvtWaiterCancel;
EVT_WDF_TIMER MemoEvtResumeTimer;

#define MEMO_RESUME_DELAY_MS 20

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    NTSTATUS status;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_INIT, "Memo sample: DriverEntry");
    WDF_DRIVER_CONFIG_INIT(&config, MemoEvtDeviceAdd);
    config.EvtDriverUnload = MemoEvtDriverUnload;
    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config,
                             WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_INIT, "WdfDriverCreate failed %!STATUS!", status);
        WPP_CLEANUP(DriverObject);
    }
    return status;
}

void MemoEvtDriverUnload(WDFDRIVER Driver) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_INIT, "MemoEvtDriverUnload");
    WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver));
}

NTSTATUS MemoEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_TIMER_CONFIG timerConfig;
    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks;
    WDF_FILEOBJECT_CONFIG fileConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    PDEVICE_CONTEXT context;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "MemoEvtDeviceAdd");

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnpPowerCallbacks);
    pnpPowerCallbacks.EvtDeviceD0Entry = MemoEvtDeviceD0Entry;
    pnpPowerCallbacks.EvtDeviceD0Exit = MemoEvtDeviceD0Exit;
    pnpPowerCallbacks.EvtDeviceSurpriseRemoval = MemoEvtDeviceSurpriseRemoval;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnpPowerCallbacks);

    /* One FILE_CONTEXT per handle, created with its WDFFILEOBJECT. */
    WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, MemoEvtDeviceFileCreate, MemoEvtFileClose,
                               MemoEvtFileCleanup);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, &attributes);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    attributes.EvtCleanupCallback = MemoEvtDeviceContextCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceCreate failed %!STATUS!", status);
        return status;
    }
    context = MemoGetDeviceContext(device);

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &context->Lock);
    if (NT_SUCCESS(status)) status = WdfCollectionCreate(&attributes, &context->Archive);
    if (!NT_SUCCESS(status)) return status;

    /* The resume timer: one-shot, a child of the device (deleted, and so stopped, with it). */
    WDF_TIMER_CONFIG_INIT(&timerConfig, MemoEvtResumeTimer);
    status = WdfTimerCreate(&timerConfig, &attributes, &context->ResumeTimer);
    if (!NT_SUCCESS(status)) return status;

    /* Control requests: parallel, the default queue. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDeviceControl = MemoEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;

    /* Writes: one at a time into the archive, on a queue the application can pause. */
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoWrite = MemoEvtArchiveWrite;
    status =
        WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &context->ArchiveQueue);
    if (NT_SUCCESS(status))
        status = WdfDeviceConfigureRequestDispatching(device, context->ArchiveQueue,
                                                      WdfRequestTypeWrite);
    if (!NT_SUCCESS(status)) return status;

    /* Removal waiters: held by the driver, power-managed, with EvtIoStop / EvtIoResume. */
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDeviceControl = MemoEvtWaitDeviceControl;
    queueConfig.EvtIoStop = MemoEvtWaitIoStop;
    queueConfig.EvtIoResume = MemoEvtWaitIoResume;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &context->WaitQueue);
    if (!NT_SUCCESS(status)) return status;

    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP,
                "Queues created: control (parallel), archive (sequential), waiters");
    return STATUS_SUCCESS;
}

NTSTATUS MemoEvtDeviceD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState) {
    UNREFERENCED_PARAMETER(Device);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "MemoEvtDeviceD0Entry from D%d%s",
                PreviousState == WdfPowerDeviceD3Final ? 3 : (int)PreviousState - 1,
                PreviousState == WdfPowerDeviceD3Final ? " (final)" : "");
    return STATUS_SUCCESS;
}

NTSTATUS MemoEvtDeviceD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState) {
    UNREFERENCED_PARAMETER(Device);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "MemoEvtDeviceD0Exit to D3%s",
                TargetState == WdfPowerDeviceD3Final ? " (final)" : "");
    return STATUS_SUCCESS;
}

void MemoEvtDeviceSurpriseRemoval(WDFDEVICE Device) {
    UNREFERENCED_PARAMETER(Device);
    TraceEvents(TRACE_LEVEL_WARNING, DBG_PNP, "MemoEvtDeviceSurpriseRemoval: the device is gone");
}

void MemoEvtDeviceContextCleanup(WDFOBJECT Device) {
    PDEVICE_CONTEXT context = MemoGetDeviceContext(Device);
    /* The archive (a child of the device) and its entries are gone by now: children are
       cleaned up before their parent. */
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP,
                "MemoEvtDeviceContextCleanup: %lu handles opened, %lu writes archived",
                context->Handles, context->Archived);
}

/* ---- Handles ---- */

void MemoEvtDeviceFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject) {
    PDEVICE_CONTEXT context = MemoGetDeviceContext(Device);
    PFILE_CONTEXT file = MemoGetFileContext(FileObject);
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    /* The note lives as long as the handle: its parent is the file object. */
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = FileObject;
    status =
        WdfMemoryCreate(&attributes, NonPagedPoolNx, 'omeM', MEMO_NOTE_SIZE, &file->Note, NULL);
    if (NT_SUCCESS(status)) {
        WdfSpinLockAcquire(context->Lock);
        file->Handle = ++context->Handles;
        WdfSpinLockRelease(context->Lock);
        TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FILE, "Handle %lu opened", file->Handle);
    }
    WdfRequestComplete(Request, status);
}

void MemoEvtFileCleanup(WDFFILEOBJECT FileObject) {
    PFILE_CONTEXT file = MemoGetFileContext(FileObject);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FILE, "Handle %lu cleanup: its note has %Iu bytes",
                file->Handle, file->NoteLength);
}

void MemoEvtFileClose(WDFFILEOBJECT FileObject) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FILE, "Handle %lu closed",
                MemoGetFileContext(FileObject)->Handle);
}

/* ---- Control requests ---- */

static NTSTATUS MemoWriteNote(WDFREQUEST Request, PFILE_CONTEXT file) {
    WDFMEMORY input;
    size_t length;
    PVOID data;
    NTSTATUS status = WdfRequestRetrieveInputMemory(Request, &input);
    if (!NT_SUCCESS(status)) return status;
    data = WdfMemoryGetBuffer(input, &length);
    /* A note longer than MEMO_NOTE_SIZE does not fit: the copy says so. */
    status = WdfMemoryCopyFromBuffer(file->Note, 0, data, length);
    if (NT_SUCCESS(status)) file->NoteLength = length;
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_IOCTL, "Handle %lu: note of %Iu bytes: %!STATUS!",
                file->Handle, length, status);
    return status;
}

static NTSTATUS MemoReadNote(WDFREQUEST Request, PFILE_CONTEXT file, size_t* copied) {
    WDFMEMORY output;
    size_t room;
    PVOID data;
    NTSTATUS status = WdfRequestRetrieveOutputMemory(Request, &output);
    if (!NT_SUCCESS(status)) return status;
    data = WdfMemoryGetBuffer(output, &room);
    if (room < file->NoteLength) {
        TraceEvents(TRACE_LEVEL_WARNING, DBG_IOCTL,
                    "Handle %lu: a %Iu-byte buffer cannot hold its %Iu-byte note", file->Handle,
                    room, file->NoteLength);
        return STATUS_BUFFER_TOO_SMALL;
    }
    status = WdfMemoryCopyToBuffer(file->Note, 0, data, file->NoteLength);
    if (NT_SUCCESS(status)) *copied = file->NoteLength;
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_IOCTL, "Handle %lu: note read, %Iu bytes",
                file->Handle, file->NoteLength);
    return status;
}

void MemoEvtArchiveStopped(WDFQUEUE Queue, WDFCONTEXT Context) {
    ULONG waiting, withDriver;
    WDF_IO_QUEUE_STATE state = WdfIoQueueGetState(Queue, &waiting, &withDriver);
    UNREFERENCED_PARAMETER(Context);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE,
                "Archive queue stopped: stopped %d, %lu waiting, %lu with the driver",
                WDF_IO_QUEUE_STOPPED(state), waiting, withDriver);
}

void MemoEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                            size_t InputBufferLength, ULONG IoControlCode) {
    PDEVICE_CONTEXT context = MemoGetDeviceContext(WdfIoQueueGetDevice(Queue));
    WDFFILEOBJECT fileObject = WdfRequestGetFileObject(Request);
    PFILE_CONTEXT file = fileObject ? MemoGetFileContext(fileObject) : NULL;
    size_t information = 0;
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (!file &&
        (IoControlCode == IOCTL_MEMO_WRITE_NOTE || IoControlCode == IOCTL_MEMO_READ_NOTE)) {
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        return;
    }
    switch (IoControlCode) {
        case IOCTL_MEMO_WRITE_NOTE:
            status = MemoWriteNote(Request, file);
            break;
        case IOCTL_MEMO_READ_NOTE:
            status = MemoReadNote(Request, file, &information);
            break;
        case IOCTL_MEMO_PAUSE_ARCHIVE:
            TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "Pausing the archive queue");
            WdfIoQueueStop(context->ArchiveQueue, MemoEvtArchiveStopped, NULL);
            break;
        case IOCTL_MEMO_RESUME_ARCHIVE:
            /* Completed by the resume timer, once it has started the queue. */
            WdfSpinLockAcquire(context->Lock);
            context->ResumeRequest = Request;
            WdfSpinLockRelease(context->Lock);
            TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "Resuming the archive queue in %d ms",
                        MEMO_RESUME_DELAY_MS);
            WdfTimerStart(context->ResumeTimer, WDF_REL_TIMEOUT_IN_MS(MEMO_RESUME_DELAY_MS));
            return;
        case IOCTL_MEMO_WAIT_REMOVAL:
            status = WdfRequestForwardToIoQueue(Request, context->WaitQueue);
            if (NT_SUCCESS(status)) return;
            break;
        default:
            status = STATUS_INVALID_DEVICE_REQUEST;
            break;
    }
    WdfRequestCompleteWithInformation(Request, status, information);
}

/* ---- The archive: writes, one at a time ---- */

void MemoEvtArchiveWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    PDEVICE_CONTEXT context = MemoGetDeviceContext(WdfIoQueueGetDevice(Queue));
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFMEMORY input, copy;
    PVOID buffer;
    NTSTATUS status = WdfRequestRetrieveInputMemory(Request, &input);

    if (NT_SUCCESS(status)) {
        WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
        attributes.ParentObject = WdfIoQueueGetDevice(Queue);
        status = WdfMemoryCreate(&attributes, NonPagedPoolNx, 'omeM', Length, &copy, &buffer);
    }
    if (NT_SUCCESS(status)) status = WdfMemoryCopyToBuffer(input, 0, buffer, Length);
    if (NT_SUCCESS(status)) status = WdfCollectionAdd(context->Archive, copy);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_QUEUE, "Archiving failed %!STATUS!", status);
        WdfRequestComplete(Request, status);
        return;
    }
    context->Archived++;
    /* Keep the last MEMO_ARCHIVE_ENTRIES writes: the oldest leaves the collection and goes. */
    if (WdfCollectionGetCount(context->Archive) > MEMO_ARCHIVE_ENTRIES) {
        WDFOBJECT oldest = WdfCollectionGetFirstItem(context->Archive);
        WdfCollectionRemoveItem(context->Archive, 0);
        WdfObjectDelete(oldest);
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "Write %lu archived: %Iu bytes, %lu kept",
                context->Archived, Length, WdfCollectionGetCount(context->Archive));
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}

/* ---- Removal waiters ---- */

void MemoEvtWaiterCancel(WDFREQUEST Request) {
    PDEVICE_CONTEXT context =
        MemoGetDeviceContext(WdfIoQueueGetDevice(WdfRequestGetIoQueue(Request)));
    WdfSpinLockAcquire(context->Lock);
    context->Waiter = NULL;
    WdfSpinLockRelease(context->Lock);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "Removal waiter cancelled");
    WdfRequestComplete(Request, STATUS_CANCELLED);
}

void MemoEvtWaitDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                              size_t InputBufferLength, ULONG IoControlCode) {
    PDEVICE_CONTEXT context = MemoGetDeviceContext(WdfIoQueueGetDevice(Queue));
    NTSTATUS status;
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(IoControlCode);
    status = WdfRequestMarkCancelableEx(Request, MemoEvtWaiterCancel);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    WdfSpinLockAcquire(context->Lock);
    context->Waiter = Request;
    WdfSpinLockRelease(context->Lock);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "Removal waiter held");
}

void MemoEvtWaitIoStop(WDFQUEUE Queue, WDFREQUEST Request, ULONG ActionFlags) {
    UNREFERENCED_PARAMETER(Queue);
    if (ActionFlags & WdfRequestStopActionSuspend) {
        /* A power-down: keep the waiter (still cancelable) until the device is back. */
        TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "EvtIoStop: suspend, waiter kept");
        WdfRequestStopAcknowledge(Request, FALSE);
    } else {
        /* The device goes: the waiter is cancelable, the framework's purge cancels it. */
        TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "EvtIoStop: purge%s",
                    (ActionFlags & WdfRequestStopRequestCancelable) ? ", waiter cancelable" : "");
    }
}

void MemoEvtWaitIoResume(WDFQUEUE Queue, WDFREQUEST Request) {
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(Request);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "EvtIoResume: waiter still held");
}

void MemoEvtResumeTimer(WDFTIMER Timer) {
    PDEVICE_CONTEXT context = MemoGetDeviceContext(WdfTimerGetParentObject(Timer));
    WDF_IO_QUEUE_STATE state;
    WDFREQUEST request;

    WdfIoQueueStart(context->ArchiveQueue);
    state = WdfIoQueueGetState(context->ArchiveQueue, NULL, NULL);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_QUEUE,
                "Resume timer at IRQL %d: archive queue started, ready %d", KeGetCurrentIrql(),
                WDF_IO_QUEUE_READY(state));
    WdfSpinLockAcquire(context->Lock);
    request = context->ResumeRequest;
    context->ResumeRequest = NULL;
    WdfSpinLockRelease(context->Lock);
    if (request) WdfRequestComplete(request, STATUS_SUCCESS);
}
