/*
 * echo.c - the echo driver ported to KMDF (C): samples/echo_wdm/echo.c with the WDM plumbing
 * handed to the framework, step by step as README.md ("Porting a WDM driver to KMDF") tells:
 *   - DriverEntry creates a WDFDRIVER with EchoEvtDeviceAdd instead of filling MajorFunction[]
 *     and DriverExtension->AddDevice;
 *   - AddDevice becomes EvtDriverDeviceAdd: WdfDeviceCreate creates and attaches the FDO;
 *   - the device extension becomes a context (WDF_DECLARE_CONTEXT_TYPE_WITH_NAME);
 *   - dispatch routines become queue callbacks; the sequential default queue replaces the spin
 *     lock; IoCompleteRequest becomes WdfRequestComplete(WithInformation);
 *   - the PnP and power IRPs (start, query-remove, remove, set-power), their forwarding and
 *     waiting become the PnP/power callbacks the framework calls in order.
 * Trace messages and flags are the WDM form's, so that the two traces compare line by line.
 */
#include <wdf.h>

#include "../echo_wdm/public.h"
#include "trace.h"

/* The device extension, as a context: no Self, Lower or power state to keep, the framework
   has them. */
typedef struct _DEVICE_CONTEXT {
    PUCHAR Buffer; /* ECHO_POOL_TAG pool, the last write's data */
    SIZE_T BufferLength;
    ULONG Writes;
    ULONG Reads;
    volatile LONG Opens;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, EchoGetDeviceContext)

static EVT_WDF_DRIVER_DEVICE_ADD EchoEvtDeviceAdd;
static EVT_WDF_DRIVER_UNLOAD EchoEvtDriverUnload;
static EVT_WDF_DEVICE_PREPARE_HARDWARE EchoEvtDevicePrepareHardware;
static EVT_WDF_DEVICE_RELEASE_HARDWARE EchoEvtDeviceReleaseHardware;
static EVT_WDF_DEVICE_D0_ENTRY EchoEvtDeviceD0Entry;
static EVT_WDF_DEVICE_D0_EXIT EchoEvtDeviceD0Exit;
static EVT_WDF_DEVICE_QUERY_REMOVE EchoEvtDeviceQueryRemove;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP EchoEvtDeviceContextCleanup;
static EVT_WDF_IO_QUEUE_IO_DEFAULT EchoEvtIoCreate;
static EVT_WDF_IO_QUEUE_IO_READ EchoEvtIoRead;
static EVT_WDF_IO_QUEUE_IO_WRITE EchoEvtIoWrite;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL EchoEvtIoDeviceControl;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    NTSTATUS status;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "Echo sample DriverEntry: registry path %wZ",
              RegistryPath);

    /* The framework installs its own AddDevice, dispatch routines and unload routine, and
       calls these callbacks from them. */
    WDF_DRIVER_CONFIG_INIT(&config, EchoEvtDeviceAdd);
    config.EvtDriverUnload = EchoEvtDriverUnload;
    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config,
                             WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_INIT, "WdfDriverCreate failed %!STATUS!", status);
        WPP_CLEANUP(DriverObject);
    }
    return status;
}

static NTSTATUS EchoEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFQUEUE createQueue;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    /* IRP_MN_START_DEVICE, IRP_MN_QUERY_REMOVE_DEVICE, IRP_MN_REMOVE_DEVICE and
       IRP_MN_SET_POWER handling becomes these callbacks. */
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnpPowerCallbacks);
    pnpPowerCallbacks.EvtDevicePrepareHardware = EchoEvtDevicePrepareHardware;
    pnpPowerCallbacks.EvtDeviceReleaseHardware = EchoEvtDeviceReleaseHardware;
    pnpPowerCallbacks.EvtDeviceD0Entry = EchoEvtDeviceD0Entry;
    pnpPowerCallbacks.EvtDeviceD0Exit = EchoEvtDeviceD0Exit;
    pnpPowerCallbacks.EvtDeviceQueryRemove = EchoEvtDeviceQueryRemove;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnpPowerCallbacks);
    WdfDeviceInitSetIoType(DeviceInit, WdfDeviceIoBuffered);

    /* IoCreateDevice + IoAttachDeviceToDeviceStack + the extension, in one call. */
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    attributes.EvtCleanupCallback = EchoEvtDeviceContextCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceCreate failed %!STATUS!", status);
        return status;
    }
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "AddDevice: echo device created");

    /* The framework enables the interface at start and disables it at removal. */
    status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_ECHO, NULL);
    if (!NT_SUCCESS(status)) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceCreateDeviceInterface failed %!STATUS!",
                  status);
        return status;
    }
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "AddDevice: device interface registered");

    /* One request at a time: what the WDM form's spin lock ensured for the buffer. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoRead = EchoEvtIoRead;
    queueConfig.EvtIoWrite = EchoEvtIoWrite;
    queueConfig.EvtIoDeviceControl = EchoEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_PNP, "WdfIoQueueCreate failed %!STATUS!", status);
        return status;
    }

    /* IRP_MJ_CREATE: a queue of its own, so that opens are seen (and traced) as in the WDM
       form. Closes stay with the framework: it has no WdfDeviceInitSetFileObjectConfig yet. */
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDefault = EchoEvtIoCreate;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &createQueue);
    if (NT_SUCCESS(status))
        status = WdfDeviceConfigureRequestDispatching(device, createQueue, WdfRequestTypeCreate);
    if (!NT_SUCCESS(status)) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_PNP, "Create queue failed %!STATUS!", status);
        return status;
    }
    return STATUS_SUCCESS;
}

/* The framework has waited for the bus to start: what the WDM form's completion routine and
   event did. */
static NTSTATUS EchoEvtDevicePrepareHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                                             WDFCMRESLIST ResourcesTranslated) {
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(ResourcesRaw);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "PrepareHardware: %lu resources",
              WdfCmResourceListGetCount(ResourcesTranslated));
    return STATUS_SUCCESS;
}

static NTSTATUS EchoEvtDeviceD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState) {
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(PreviousState);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_POWER, "D0Entry: echo device powered up");
    return STATUS_SUCCESS;
}

static NTSTATUS EchoEvtDeviceD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState) {
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(TargetState);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_POWER, "D0Exit: echo device powered down");
    return STATUS_SUCCESS;
}

static NTSTATUS EchoEvtDeviceQueryRemove(WDFDEVICE Device) {
    UNREFERENCED_PARAMETER(Device);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "QueryRemove: no objection");
    return STATUS_SUCCESS;
}

static NTSTATUS EchoEvtDeviceReleaseHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated) {
    PDEVICE_CONTEXT context = EchoGetDeviceContext(Device);
    SIZE_T length = context->BufferLength;

    UNREFERENCED_PARAMETER(ResourcesTranslated);
    /* The queues are stopped and purged by now: no request can touch the buffer. */
    if (context->Buffer) ExFreePoolWithTag(context->Buffer, ECHO_POOL_TAG);
    context->Buffer = NULL;
    context->BufferLength = 0;
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "ReleaseHardware: echo buffer freed (%Iu bytes)",
              length);
    return STATUS_SUCCESS;
}

/* The framework detaches and deletes the device after this: the WDM form's IoDetachDevice and
   IoDeleteDevice. */
static void EchoEvtDeviceContextCleanup(WDFOBJECT Device) {
    PDEVICE_CONTEXT context = EchoGetDeviceContext(Device);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP,
              "Cleanup: device gone after %lu writes and %lu reads", context->Writes,
              context->Reads);
}

static void EchoEvtIoCreate(WDFQUEUE Queue, WDFREQUEST Request) {
    PDEVICE_CONTEXT context = EchoGetDeviceContext(WdfIoQueueGetDevice(Queue));
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_CREATE_CLOSE, "Create: file %ld opened",
              InterlockedIncrement(&context->Opens));
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static void EchoEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    PDEVICE_CONTEXT context = EchoGetDeviceContext(WdfIoQueueGetDevice(Queue));
    PVOID input;
    PUCHAR buffer;
    NTSTATUS status;

    status = WdfRequestRetrieveInputBuffer(Request, Length, &input, NULL);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    buffer = (PUCHAR)ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, ECHO_POOL_TAG);
    if (!buffer) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_WRITE, "Write: no pool for %Iu bytes", Length);
        WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    RtlCopyMemory(buffer, input, Length);
    if (context->Buffer) ExFreePoolWithTag(context->Buffer, ECHO_POOL_TAG);
    context->Buffer = buffer;
    context->BufferLength = Length;
    context->Writes++;
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_WRITE, "Write: %Iu bytes stored", Length);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}

static void EchoEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    PDEVICE_CONTEXT context = EchoGetDeviceContext(WdfIoQueueGetDevice(Queue));
    PVOID output;
    SIZE_T copied;
    NTSTATUS status;

    status = WdfRequestRetrieveOutputBuffer(Request, Length, &output, NULL);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    copied = context->BufferLength < Length ? context->BufferLength : Length;
    if (copied) RtlCopyMemory(output, context->Buffer, copied);
    context->Reads++;
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_READ, "Read: %Iu of %Iu bytes echoed", copied, Length);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, copied);
}

static void EchoEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                   size_t InputBufferLength, ULONG IoControlCode) {
    PDEVICE_CONTEXT context = EchoGetDeviceContext(WdfIoQueueGetDevice(Queue));
    PECHO_STATISTICS statistics;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_IOCTL, "DeviceControl: code 0x%08x", IoControlCode);
    if (IoControlCode != IOCTL_ECHO_GET_STATISTICS) {
        EchoTrace(TRACE_LEVEL_WARNING, DBG_IOCTL, "DeviceControl: unsupported code 0x%08x",
                  IoControlCode);
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        return;
    }
    status =
        WdfRequestRetrieveOutputBuffer(Request, sizeof(ECHO_STATISTICS), (PVOID*)&statistics, NULL);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    statistics->Writes = context->Writes;
    statistics->Reads = context->Reads;
    statistics->BytesStored = (ULONG)context->BufferLength;
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_IOCTL,
              "DeviceControl: %lu writes, %lu reads, %lu bytes stored", statistics->Writes,
              statistics->Reads, statistics->BytesStored);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, sizeof(ECHO_STATISTICS));
}

static void EchoEvtDriverUnload(WDFDRIVER Driver) {
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "Unload: echo driver unloading");
    WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver));
}
