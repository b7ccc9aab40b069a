/*
 * toaster.c - the Toaster function driver (KMDF, C), after the shape of the WDK's featured
 * toaster: DriverEntry as the WDF porting guide shows it (WdfDriverCreate with
 * ToasterEvtDeviceAdd), a device with a context, the GUID_DEVINTERFACE_TOASTER interface, a
 * parallel default queue for reads, writes and the IOCTL_TOASTER_* requests, and PnP/power
 * callbacks that trace the device's life. Tracing is TraceEvents(TRACE_LEVEL_x, DBG_x, ...)
 * plus the sample's KdPrint lines, both trace functions of trace.h's WPP config block.
 */
#include <wdf.h>

#include "public.h"
#include "trace.h"

#include "toaster.tmh"

typedef struct _FDO_DATA {
    WDFDEVICE WdfDevice;
    /* The default queue is parallel: requests run concurrently, so the counters are
       interlocked. */
    volatile LONG ToastsMade;
    volatile LONG Reads;
    volatile LONG Writes;
    volatile LONG DeviceControls;
} FDO_DATA, *PFDO_DATA;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FDO_DATA, ToasterFdoGetData)

EVT_WDF_DRIVER_DEVICE_ADD ToasterEvtDeviceAdd;
EVT_WDF_DRIVER_UNLOAD ToasterEvtDriverUnload;
EVT_WDF_OBJECT_CONTEXT_CLEANUP ToasterEvtDeviceContextCleanup;
EVT_WDF_DEVICE_PREPARE_HARDWARE ToasterEvtDevicePrepareHardware;
EVT_WDF_DEVICE_RELEASE_HARDWARE ToasterEvtDeviceReleaseHardware;
EVT_WDF_DEVICE_D0_ENTRY ToasterEvtDeviceD0Entry;
EVT_WDF_DEVICE_D0_EXIT ToasterEvtDeviceD0Exit;
EVT_WDF_IO_QUEUE_IO_READ ToasterEvtIoRead;
EVT_WDF_IO_QUEUE_IO_WRITE ToasterEvtIoWrite;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL ToasterEvtIoDeviceControl;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    NTSTATUS status;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    KdPrint(("WDF Toaster Function Driver Sample - wpptrace edition\n"));
    KdPrint(("Built %s %s\n", __DATE__, __TIME__));

    WDF_DRIVER_CONFIG_INIT(&config, ToasterEvtDeviceAdd);
    /* No driver object attributes, as in the porting guide: tracing stops in EvtDriverUnload,
       the driver's last callback. */
    config.EvtDriverUnload = ToasterEvtDriverUnload;
    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config,
                             WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_INIT, "WdfDriverCreate failed with status %!STATUS!\n",
                    status);
        /* No EvtDriverUnload without a driver object: stop tracing here. */
        WPP_CLEANUP(DriverObject);
    }
    /* The guide's excerpt returns STATUS_SUCCESS whatever happened; a failure must reach the
       system, or it would unload a driver it believes loaded. */
    return status;
}

NTSTATUS ToasterEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks;
    WDF_OBJECT_ATTRIBUTES fdoAttributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    PFDO_DATA fdoData;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    KdPrint(("%!FUNC! called\n"));

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnpPowerCallbacks);
    pnpPowerCallbacks.EvtDevicePrepareHardware = ToasterEvtDevicePrepareHardware;
    pnpPowerCallbacks.EvtDeviceReleaseHardware = ToasterEvtDeviceReleaseHardware;
    pnpPowerCallbacks.EvtDeviceD0Entry = ToasterEvtDeviceD0Entry;
    pnpPowerCallbacks.EvtDeviceD0Exit = ToasterEvtDeviceD0Exit;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnpPowerCallbacks);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&fdoAttributes, FDO_DATA);
    fdoAttributes.EvtCleanupCallback = ToasterEvtDeviceContextCleanup;
    status = WdfDeviceCreate(&DeviceInit, &fdoAttributes, &device);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceCreate failed with status %!STATUS!\n",
                    status);
        return status;
    }
    fdoData = ToasterFdoGetData(device);
    fdoData->WdfDevice = device;

    /* Applications find toasters by interface class; the framework enables the interface when
       the device starts and disables it at removal. */
    status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_TOASTER, NULL);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceCreateDeviceInterface failed %!STATUS!\n",
                    status);
        return status;
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "Device interface %!GUID! registered\n",
                &GUID_DEVINTERFACE_TOASTER);

    /* A toaster has nothing to serialise: requests are presented in parallel. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoRead = ToasterEvtIoRead;
    queueConfig.EvtIoWrite = ToasterEvtIoWrite;
    queueConfig.EvtIoDeviceControl = ToasterEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_PNP, "WdfIoQueueCreate failed %!STATUS!\n", status);
        return status;
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "Parallel default queue created\n");
    return STATUS_SUCCESS;
}

/* Power states by name, as the WDK samples' DbgDevicePowerString helpers give them. */
static const char* ToasterPowerStateName(WDF_POWER_DEVICE_STATE State) {
    static const char* const names[] = {
        "Invalid", "D0", "D1", "D2", "D3", "D3Final", "PrepareForHibernation"};
    return (ULONG)State < sizeof names / sizeof names[0] ? names[State] : "Invalid";
}

NTSTATUS ToasterEvtDevicePrepareHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                                         WDFCMRESLIST ResourcesTranslated) {
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(ResourcesRaw);
    /* A toaster on the host's root bus has no registers or interrupts to map. */
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "%!FUNC!: %lu resources\n",
                WdfCmResourceListGetCount(ResourcesTranslated));
    return STATUS_SUCCESS;
}

NTSTATUS ToasterEvtDeviceReleaseHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated) {
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(ResourcesTranslated);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "%!FUNC!\n");
    return STATUS_SUCCESS;
}

NTSTATUS ToasterEvtDeviceD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState) {
    UNREFERENCED_PARAMETER(Device);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_POWER, "%!FUNC! - coming from %s\n",
                ToasterPowerStateName(PreviousState));
    return STATUS_SUCCESS;
}

NTSTATUS ToasterEvtDeviceD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState) {
    UNREFERENCED_PARAMETER(Device);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_POWER, "%!FUNC! - moving to %s\n",
                ToasterPowerStateName(TargetState));
    return STATUS_SUCCESS;
}

void ToasterEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    PFDO_DATA fdoData = ToasterFdoGetData(WdfIoQueueGetDevice(Queue));
    PVOID buffer;
    NTSTATUS status;

    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_READ, "%!FUNC!: %Iu bytes, read %ld\n", Length,
                InterlockedIncrement(&fdoData->Reads));
    /* The toaster has nothing to say: a read returns zeroes. */
    status = WdfRequestRetrieveOutputBuffer(Request, Length, &buffer, NULL);
    if (NT_SUCCESS(status)) RtlZeroMemory(buffer, Length);
    WdfRequestCompleteWithInformation(Request, status, NT_SUCCESS(status) ? Length : 0);
}

void ToasterEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    PFDO_DATA fdoData = ToasterFdoGetData(WdfIoQueueGetDevice(Queue));

    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_WRITE, "%!FUNC!: %Iu bytes, write %ld\n", Length,
                InterlockedIncrement(&fdoData->Writes));
    /* Every byte is accepted and forgotten, as by the WDK toaster. */
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}

void ToasterEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                               size_t InputBufferLength, ULONG IoControlCode) {
    PFDO_DATA fdoData = ToasterFdoGetData(WdfIoQueueGetDevice(Queue));
    ULONG_PTR information = 0;
    PVOID buffer;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(InputBufferLength);
    InterlockedIncrement(&fdoData->DeviceControls);
    TraceEvents(TRACE_LEVEL_VERBOSE, DBG_IOCTL, "%!FUNC!: code 0x%08x, output %Iu bytes\n",
                IoControlCode, OutputBufferLength);
    switch (IoControlCode) {
        case IOCTL_TOASTER_MAKE_TOAST:
            status = WdfRequestRetrieveOutputBuffer(Request, sizeof(ULONG), &buffer, NULL);
            if (!NT_SUCCESS(status)) break;
            *(PULONG)buffer = (ULONG)InterlockedIncrement(&fdoData->ToastsMade);
            information = sizeof(ULONG);
            TraceEvents(TRACE_LEVEL_INFORMATION, DBG_IOCTL, "Toast %lu is ready\n",
                        *(PULONG)buffer);
            break;
        case IOCTL_TOASTER_GET_STATISTICS: {
            PTOASTER_STATISTICS statistics;
            status =
                WdfRequestRetrieveOutputBuffer(Request, sizeof(TOASTER_STATISTICS), &buffer, NULL);
            if (!NT_SUCCESS(status)) break;
            statistics = (PTOASTER_STATISTICS)buffer;
            statistics->ToastsMade = (ULONG)fdoData->ToastsMade;
            statistics->Reads = (ULONG)fdoData->Reads;
            statistics->Writes = (ULONG)fdoData->Writes;
            statistics->DeviceControls = (ULONG)fdoData->DeviceControls;
            information = sizeof(TOASTER_STATISTICS);
            TraceEvents(TRACE_LEVEL_INFORMATION, DBG_IOCTL,
                        "Statistics: %lu toasts, %lu reads, %lu writes, %lu control requests\n",
                        statistics->ToastsMade, statistics->Reads, statistics->Writes,
                        statistics->DeviceControls);
            break;
        }
        default:
            TraceEvents(TRACE_LEVEL_WARNING, DBG_IOCTL, "Unknown IOCTL 0x%08x\n", IoControlCode);
            status = STATUS_INVALID_DEVICE_REQUEST;
            break;
    }
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_IOCTL, "IOCTL 0x%08x failed with status %!STATUS!\n",
                    IoControlCode, status);
    }
    WdfRequestCompleteWithInformation(Request, status, information);
}

void ToasterEvtDeviceContextCleanup(WDFOBJECT Device) {
    PFDO_DATA fdoData = ToasterFdoGetData(Device);
    KdPrint(("%!FUNC!: %ld toasts made\n", fdoData->ToastsMade));
}

void ToasterEvtDriverUnload(WDFDRIVER Driver) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_INIT, "%!FUNC!\n");
    /* Stop WPP tracing: nothing of the driver runs after this. */
    WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver));
}
