/*
 * fx_sender.c - a KMDF upper filter (C) that sends I/O down its stack, for the framework tests.
 * It forwards the requests it does not handle to its local I/O target with a completion routine
 * that logs the completion parameters; it answers the IOCTL_SENDER_* codes (test_ioctl.h) by
 * sending requests of its own: a synchronous ioctl with a timeout, a created request cancelled
 * after it was sent, an IRP from IoBuildDeviceIoControlRequest, MDLs, a remote target opened by
 * name, a stopped target. It provides a WMI data block (SENDER_WMI_GUID_TEXT).
 *   LeakMdl=1   IOCTL_SENDER_MDL leaves one MDL allocated (found at unload)
 */
#include <wdf.h>

#include "test_ioctl.h"
#include "test_log.h"

/* {6d9c3f2a-41b8-4c0e-9a57-2e8b1d4c7f31} */
static const GUID SenderWmiGuid = {
    0x6d9c3f2a, 0x41b8, 0x4c0e, {0x9a, 0x57, 0x2e, 0x8b, 0x1d, 0x4c, 0x7f, 0x31}};

typedef struct _SENDER_CONTEXT {
    volatile LONG Forwarded;
} SENDER_CONTEXT, *PSENDER_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SENDER_CONTEXT, GetSenderContext)

typedef struct _SENDER_WMI_DATA {
    ULONG ForwardedRequests;
    ULONG Magic;
} SENDER_WMI_DATA;

static ULONG g_leak_mdl;

static void CompleteWithStatus(WDFREQUEST Request, NTSTATUS Reported) {
    PULONG out;
    if (!NT_SUCCESS(WdfRequestRetrieveOutputBuffer(Request, sizeof(ULONG), (PVOID*)&out, NULL))) {
        WdfRequestComplete(Request, STATUS_BUFFER_TOO_SMALL);
        return;
    }
    *out = (ULONG)Reported;
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, sizeof(ULONG));
}

static void ForwardCompleted(WDFREQUEST Request, WDFIOTARGET Target,
                             PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context) {
    (void)Context;
    TestLog("forwarded: type %d, code 0x%lx, status 0x%lx, %lu bytes, target %s", (int)Params->Type,
            (unsigned long)(Params->Type == WdfRequestTypeDeviceControl
                                ? Params->Parameters.Ioctl.IoControlCode
                                : 0),
            (unsigned long)(ULONG)Params->IoStatus.Status,
            (unsigned long)Params->IoStatus.Information,
            Target == WdfDeviceGetIoTarget(WdfIoQueueGetDevice(WdfRequestGetIoQueue(Request)))
                ? "local"
                : "other");
    WdfRequestCompleteWithInformation(Request, Params->IoStatus.Status,
                                      Params->IoStatus.Information);
}

static void Forward(WDFDEVICE Device, WDFREQUEST Request) {
    InterlockedIncrement(&GetSenderContext(Device)->Forwarded);
    WdfRequestFormatRequestUsingCurrentType(Request);
    WdfRequestSetCompletionRoutine(Request, ForwardCompleted, WDF_NO_CONTEXT);
    if (!WdfRequestSend(Request, WdfDeviceGetIoTarget(Device), WDF_NO_SEND_OPTIONS))
        WdfRequestComplete(Request, WdfRequestGetStatus(Request));
}

/* A request of its own, cancelled once sent: its completion completes the host's request. */
static void CancelledCompleted(WDFREQUEST Request, WDFIOTARGET Target,
                               PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context) {
    (void)Target;
    TestLog("own request completed: status 0x%lx (request status 0x%lx)",
            (unsigned long)(ULONG)Params->IoStatus.Status,
            (unsigned long)(ULONG)WdfRequestGetStatus(Request));
    CompleteWithStatus((WDFREQUEST)Context, Params->IoStatus.Status);
    WdfObjectDelete(Request);
}

static void SendAndCancel(WDFDEVICE Device, WDFREQUEST HostRequest) {
    WDFIOTARGET target = WdfDeviceGetIoTarget(Device);
    WDFREQUEST own;
    IO_STACK_LOCATION stack;
    NTSTATUS status = WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, target, &own);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(HostRequest, status);
        return;
    }
    RtlZeroMemory(&stack, sizeof stack);
    stack.MajorFunction = IRP_MJ_DEVICE_CONTROL;
    stack.Parameters.DeviceIoControl.IoControlCode = IOCTL_TEST_PEND_UNTIL_CANCEL;
    WdfRequestWdmFormatUsingStackLocation(own, &stack);
    WdfRequestSetCompletionRoutine(own, CancelledCompleted, HostRequest);
    if (!WdfRequestSend(own, target, WDF_NO_SEND_OPTIONS)) {
        status = WdfRequestGetStatus(own);
        WdfObjectDelete(own);
        WdfRequestComplete(HostRequest, status);
        return;
    }
    TestLog("cancel sent request: %s", WdfRequestCancelSentRequest(own) ? "TRUE" : "FALSE");
}

/* A created request without a target (an IRP of one stack location), sent asynchronously with
   a timeout; meanwhile the driver completes it and deletes it, both mistakes the verifier
   reports. Its completion routine sees the timeout. */
static void TimedOutCompleted(WDFREQUEST Request, WDFIOTARGET Target,
                              PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context) {
    (void)Target;
    TestLog("timed-out request completed: status 0x%lx",
            (unsigned long)(ULONG)Params->IoStatus.Status);
    CompleteWithStatus((WDFREQUEST)Context, Params->IoStatus.Status);
    WdfObjectDelete(Request);
}

static void Misuse(WDFDEVICE Device, WDFREQUEST HostRequest) {
    WDFIOTARGET target = WdfDeviceGetIoTarget(Device);
    WDF_REQUEST_SEND_OPTIONS options;
    IO_STACK_LOCATION stack;
    WDFREQUEST own;
    NTSTATUS status = WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE, &own);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(HostRequest, status);
        return;
    }
    RtlZeroMemory(&stack, sizeof stack);
    stack.MajorFunction = IRP_MJ_DEVICE_CONTROL;
    stack.Parameters.DeviceIoControl.IoControlCode = IOCTL_TEST_PEND_UNTIL_CANCEL;
    WdfRequestWdmFormatUsingStackLocation(own, &stack);
    WdfRequestSetCompletionRoutine(own, TimedOutCompleted, HostRequest);
    WDF_REQUEST_SEND_OPTIONS_INIT(&options, 0);
    WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(&options, -30 * 10000LL);
    if (!WdfRequestSend(own, target, &options)) {
        WdfObjectDelete(own);
        WdfRequestComplete(HostRequest, STATUS_UNSUCCESSFUL);
        return;
    }
    WdfRequestComplete(own, STATUS_SUCCESS); /* a created request is deleted, not completed */
    WdfObjectDelete(own);                    /* and not while the target has it */
}

static NTSTATUS SendWithTimeout(WDFDEVICE Device) {
    WDF_REQUEST_SEND_OPTIONS options;
    WDF_REQUEST_SEND_OPTIONS_INIT(&options, 0);
    WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(&options, -50 * 10000LL); /* 50 ms, relative */
    return WdfIoTargetSendIoctlSynchronously(WdfDeviceGetIoTarget(Device), WDF_NO_HANDLE,
                                             IOCTL_TEST_PEND_UNTIL_CANCEL, NULL, NULL, &options,
                                             NULL);
}

/* The WDM way: an IRP built for the device below, waited for on an event. */
static void BuildIrp(WDFDEVICE Device, WDFREQUEST HostRequest) {
    UCHAR input[3] = {7, 8, 9};
    UCHAR output[8];
    KEVENT event;
    IO_STATUS_BLOCK iosb;
    PVOID out;
    PDEVICE_OBJECT lower = WdfDeviceWdmGetAttachedDevice(Device);
    NTSTATUS status;
    PIRP irp;
    RtlZeroMemory(output, sizeof output);
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    irp = IoBuildDeviceIoControlRequest(IOCTL_TEST_ECHO, lower, input, sizeof input, output,
                                        sizeof output, FALSE, &event, &iosb);
    if (!irp) {
        WdfRequestComplete(HostRequest, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    status = IoCallDriver(lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
    TestLog("built IRP: status 0x%lx, %lu bytes: %u %u %u", (unsigned long)(ULONG)status,
            (unsigned long)iosb.Information, output[0], output[1], output[2]);
    if (!NT_SUCCESS(WdfRequestRetrieveOutputBuffer(HostRequest, 3, &out, NULL))) {
        WdfRequestComplete(HostRequest, STATUS_BUFFER_TOO_SMALL);
        return;
    }
    RtlCopyMemory(out, output, 3);
    WdfRequestCompleteWithInformation(HostRequest, status, NT_SUCCESS(status) ? 3 : 0);
}

static NTSTATUS AsyncWriteCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
    (void)DeviceObject;
    TestLog("async write completed: status 0x%lx, %lu bytes, pending %d",
            (unsigned long)(ULONG)Irp->IoStatus.Status, (unsigned long)Irp->IoStatus.Information,
            Irp->PendingReturned ? 1 : 0);
    /* The IRP is this driver's: free it, and keep the I/O manager's hands off it. */
    IoFreeIrp(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

/* Reads and writes the WDM way: a synchronous read IRP waited for on an event, and an
   asynchronous write IRP the completion routine frees. */
static NTSTATUS FsdRequests(WDFDEVICE Device) {
    PDEVICE_OBJECT lower = WdfDeviceWdmGetAttachedDevice(Device);
    UCHAR data[5] = {0, 0, 0, 0, 0};
    LARGE_INTEGER offset;
    IO_STATUS_BLOCK iosb;
    KEVENT event;
    NTSTATUS status;
    PIRP irp;
    offset.QuadPart = 0;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    irp =
        IoBuildSynchronousFsdRequest(IRP_MJ_READ, lower, data, sizeof data, &offset, &event, &iosb);
    if (!irp) return STATUS_INSUFFICIENT_RESOURCES;
    status = IoCallDriver(lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
    TestLog("synchronous read: status 0x%lx, %lu bytes: %c%c%c%c%c", (unsigned long)(ULONG)status,
            (unsigned long)iosb.Information, data[0], data[1], data[2], data[3], data[4]);
    if (!NT_SUCCESS(status)) return status;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    irp = IoBuildAsynchronousFsdRequest(IRP_MJ_WRITE, lower, data, 3, &offset, &iosb);
    if (!irp) return STATUS_INSUFFICIENT_RESOURCES;
    IoSetCompletionRoutine(irp, AsyncWriteCompleted, &event, TRUE, TRUE, TRUE);
    IoCallDriver(lower, irp);
    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
    return STATUS_SUCCESS;
}

static NTSTATUS UseMdls(void) {
    static UCHAR buffer[100];
    PMDL mdl = IoAllocateMdl(buffer, sizeof buffer, FALSE, FALSE, NULL);
    if (!mdl) return STATUS_INSUFFICIENT_RESOURCES;
    TestLog("mdl before build: system address %s",
            MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority) ? "set" : "NULL");
    MmBuildMdlForNonPagedPool(mdl);
    TestLog(
        "mdl: %lu bytes, system address %s, virtual address %s",
        (unsigned long)MmGetMdlByteCount(mdl),
        MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority) == buffer ? "the buffer" : "other",
        MmGetMdlVirtualAddress(mdl) == buffer ? "the buffer" : "other");
    IoFreeMdl(mdl);
    if (g_leak_mdl && !IoAllocateMdl(buffer, 10, FALSE, FALSE, NULL))
        return STATUS_INSUFFICIENT_RESOURCES;
    return STATUS_SUCCESS;
}

/* A remote target on another device stack (FxTest's first named device), opened through its
   symbolic link. (Its own stack's name would lead to the top of this stack: this filter.) */
static NTSTATUS SendToRemote(WDFDEVICE Device, WDFREQUEST HostRequest) {
    DECLARE_CONST_UNICODE_STRING(name, L"\\DosDevices\\FxTest0");
    WDF_IO_TARGET_OPEN_PARAMS open;
    WDF_MEMORY_DESCRIPTOR input, output;
    UCHAR in[2] = {0x42, 0x43}, out[2] = {0, 0};
    ULONG_PTR bytes = 0;
    WDFIOTARGET target;
    PVOID host_out;
    NTSTATUS status = WdfIoTargetCreate(Device, WDF_NO_OBJECT_ATTRIBUTES, &target);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&open, &name, GENERIC_READ | GENERIC_WRITE);
    status = WdfIoTargetOpen(target, &open);
    TestLog("remote open: 0x%lx, state %d, own stack %d", (unsigned long)(ULONG)status,
            (int)WdfIoTargetGetState(target),
            WdfIoTargetWdmGetTargetDeviceObject(target) == WdfDeviceWdmGetDeviceObject(Device));
    if (NT_SUCCESS(status)) {
        WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&input, in, sizeof in);
        WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&output, out, sizeof out);
        status = WdfIoTargetSendIoctlSynchronously(target, WDF_NO_HANDLE, IOCTL_TEST_ECHO, &input,
                                                   &output, NULL, &bytes);
        TestLog("remote ioctl: 0x%lx, %lu bytes", (unsigned long)(ULONG)status,
                (unsigned long)bytes);
        WdfIoTargetClose(target);
        TestLog("remote closed: state %d", (int)WdfIoTargetGetState(target));
    }
    WdfObjectDelete(target);
    if (NT_SUCCESS(status) &&
        NT_SUCCESS(WdfRequestRetrieveOutputBuffer(HostRequest, sizeof out, &host_out, NULL))) {
        RtlCopyMemory(host_out, out, sizeof out);
        WdfRequestCompleteWithInformation(HostRequest, STATUS_SUCCESS, sizeof out);
        return STATUS_PENDING; /* completed here */
    }
    return status;
}

/* A stopped target keeps what is sent; a synchronous send to it fails; start delivers. */
static void StoppedCompleted(WDFREQUEST Request, WDFIOTARGET Target,
                             PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context) {
    (void)Context;
    (void)Target;
    TestLog("queued request completed: 0x%lx", (unsigned long)(ULONG)Params->IoStatus.Status);
    WdfObjectDelete(Request);
}

static NTSTATUS StoppedTarget(WDFDEVICE Device) {
    WDFIOTARGET target = WdfDeviceGetIoTarget(Device);
    WDFREQUEST own;
    IO_STACK_LOCATION stack;
    NTSTATUS status;
    WdfIoTargetStop(target, WdfIoTargetCancelSentIo);
    TestLog("stopped: state %d", (int)WdfIoTargetGetState(target));
    status = WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, target, &own);
    if (!NT_SUCCESS(status)) return status;
    RtlZeroMemory(&stack, sizeof stack);
    stack.MajorFunction = IRP_MJ_DEVICE_CONTROL;
    stack.Parameters.DeviceIoControl.IoControlCode = IOCTL_TEST_MAX_CONCURRENCY;
    WdfRequestWdmFormatUsingStackLocation(own, &stack);
    WdfRequestSetCompletionRoutine(own, StoppedCompleted, WDF_NO_CONTEXT);
    TestLog("send to stopped target: %s",
            WdfRequestSend(own, target, WDF_NO_SEND_OPTIONS) ? "TRUE" : "FALSE");
    status = WdfIoTargetSendIoctlSynchronously(target, WDF_NO_HANDLE, IOCTL_TEST_ECHO, NULL, NULL,
                                               NULL, NULL);
    TestLog("synchronous send to stopped target: 0x%lx", (unsigned long)(ULONG)status);
    TestLog("starting");
    return WdfIoTargetStart(target);
}

static void EvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                               size_t InputBufferLength, ULONG IoControlCode) {
    WDFDEVICE device = WdfIoQueueGetDevice(Queue);
    NTSTATUS status;
    (void)OutputBufferLength;
    (void)InputBufferLength;
    switch (IoControlCode) {
        case IOCTL_SENDER_TIMEOUT:
            status = SendWithTimeout(device);
            TestLog("timed send: 0x%lx", (unsigned long)(ULONG)status);
            CompleteWithStatus(Request, status);
            return;
        case IOCTL_SENDER_CANCEL:
            SendAndCancel(device, Request);
            return;
        case IOCTL_SENDER_BUILD_IRP:
            BuildIrp(device, Request);
            return;
        case IOCTL_SENDER_MDL:
            CompleteWithStatus(Request, UseMdls());
            return;
        case IOCTL_SENDER_REMOTE:
            status = SendToRemote(device, Request);
            if (status != STATUS_PENDING) WdfRequestComplete(Request, status);
            return;
        case IOCTL_SENDER_MISUSE:
            Misuse(device, Request);
            return;
        case IOCTL_SENDER_FSD:
            CompleteWithStatus(Request, FsdRequests(device));
            return;
        case IOCTL_SENDER_STOPPED_TARGET:
            CompleteWithStatus(Request, StoppedTarget(device));
            return;
        case IOCTL_TEST_MAX_CONCURRENCY: {
            /* Nothing to do when it comes back: sent and forgotten, as keyboard filters do. */
            WDF_REQUEST_SEND_OPTIONS options;
            WDF_REQUEST_SEND_OPTIONS_INIT(&options, WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET);
            if (!WdfRequestSend(Request, WdfDeviceGetIoTarget(device), &options))
                WdfRequestComplete(Request, WdfRequestGetStatus(Request));
            return;
        }
        default:
            Forward(device, Request);
            return;
    }
}

static void EvtIoDefault(WDFQUEUE Queue, WDFREQUEST Request) {
    Forward(WdfIoQueueGetDevice(Queue), Request);
}

static NTSTATUS EvtWmiQuery(WDFWMIINSTANCE Instance, ULONG OutBufferSize, PVOID OutBuffer,
                            PULONG BufferUsed) {
    SENDER_WMI_DATA* data = (SENDER_WMI_DATA*)OutBuffer;
    if (OutBufferSize < sizeof *data) {
        *BufferUsed = sizeof *data;
        return STATUS_BUFFER_TOO_SMALL;
    }
    data->ForwardedRequests = (ULONG)GetSenderContext(WdfWmiInstanceGetDevice(Instance))->Forwarded;
    data->Magic = SENDER_WMI_MAGIC;
    *BufferUsed = sizeof *data;
    TestLog("WMI query: %lu forwarded", (unsigned long)data->ForwardedRequests);
    return STATUS_SUCCESS;
}

static NTSTATUS EvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queue;
    WDF_WMI_PROVIDER_CONFIG provider;
    WDF_WMI_INSTANCE_CONFIG instance;
    WDFDEVICE device;
    NTSTATUS status;
    (void)Driver;
    WdfFdoInitSetFilter(DeviceInit);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SENDER_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queue, WdfIoQueueDispatchParallel);
    queue.EvtIoDeviceControl = EvtIoDeviceControl;
    queue.EvtIoDefault = EvtIoDefault;
    status = WdfIoQueueCreate(device, &queue, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;
    WDF_WMI_PROVIDER_CONFIG_INIT(&provider, &SenderWmiGuid);
    provider.MinInstanceBufferSize = sizeof(SENDER_WMI_DATA);
    WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(&instance, &provider);
    instance.Register = TRUE;
    instance.EvtWmiInstanceQueryInstance = EvtWmiQuery;
    status = WdfWmiInstanceCreate(device, &instance, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    TestLog("sender: AddDevice, WMI instance 0x%lx, io type %s", (unsigned long)(ULONG)status,
            (WdfDeviceWdmGetDeviceObject(device)->Flags & DO_BUFFERED_IO) ? "buffered" : "other");
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    WDFKEY key;
    NTSTATUS status;
    WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
    status =
        WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
    if (!NT_SUCCESS(status)) return status;
    if (NT_SUCCESS(
            WdfDriverOpenParametersRegistryKey(driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key))) {
        UNICODE_STRING name;
        RtlInitUnicodeString(&name, L"LeakMdl");
        if (!NT_SUCCESS(WdfRegistryQueryULong(key, &name, &g_leak_mdl))) g_leak_mdl = 0;
        WdfRegistryClose(key);
    }
    return STATUS_SUCCESS;
}
