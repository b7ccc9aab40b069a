/*
 * pnp.c - the Serial sample's devices: SerialEvtDeviceAdd names the device, creates it with
 * its PnP/power callbacks and extension, gives it a COM1 symbolic link and two queues (reads
 * and writes in order on the default queue, control requests on their own queue); the
 * callbacks then trace the port's start (PrepareHardware, D0Entry), power changes and removal
 * (D0Exit, ReleaseHardware), as the WDK's serial driver does under DBG_PNP and DBG_POWER.
 */
#include "serial.h"
#include "trace.h"
#if defined(EVENT_TRACING)
#include "pnp.tmh"
#endif

/* Power states by name, as the WDK samples' DbgDevicePowerString helpers give them. */
static const char* SerialPowerStateName(WDF_POWER_DEVICE_STATE State) {
    static const char* const names[] = {
        "Invalid", "D0", "D1", "D2", "D3", "D3Final", "PrepareForHibernation"};
    return (ULONG)State < sizeof names / sizeof names[0] ? names[State] : "Invalid";
}

NTSTATUS SerialEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    DECLARE_CONST_UNICODE_STRING(deviceName, L"\\Device\\Serial0");
    DECLARE_CONST_UNICODE_STRING(symbolicLinkName, L"\\DosDevices\\COM1");
    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFQUEUE ioctlQueue;
    WDFDEVICE device;
    PSERIAL_DEVICE_EXTENSION extension;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP, "-->%!FUNC!\n");

    /* A serial port is a named, exclusive device: one handle at a time, as COM ports are. */
    WdfDeviceInitSetDeviceType(DeviceInit, FILE_DEVICE_SERIAL_PORT);
    WdfDeviceInitSetExclusive(DeviceInit, TRUE);
    status = WdfDeviceInitAssignName(DeviceInit, &deviceName);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceInitAssignName failed %!STATUS!\n",
                         status);
        return status;
    }

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnpPowerCallbacks);
    pnpPowerCallbacks.EvtDevicePrepareHardware = SerialEvtPrepareHardware;
    pnpPowerCallbacks.EvtDeviceReleaseHardware = SerialEvtReleaseHardware;
    pnpPowerCallbacks.EvtDeviceD0Entry = SerialEvtDeviceD0Entry;
    pnpPowerCallbacks.EvtDeviceD0Exit = SerialEvtDeviceD0Exit;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnpPowerCallbacks);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SERIAL_DEVICE_EXTENSION);
    attributes.EvtCleanupCallback = SerialEvtDeviceContextCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceCreate failed %!STATUS!\n", status);
        return status;
    }
    extension = SerialGetDeviceExtension(device);
    extension->WdfDevice = device;
    extension->RxFifoTrigger = SerialDriverDefaults.RxFIFO;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &extension->Lock);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP, "WdfSpinLockCreate failed %!STATUS!\n",
                         status);
        return status;
    }

    status = WdfDeviceCreateSymbolicLink(device, &symbolicLinkName);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP,
                         "Couldn't create the symbolic link for port %wZ\n", &symbolicLinkName);
        return status;
    }
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP, "Created symbolic link %wZ for %wZ\n",
                     &symbolicLinkName, &deviceName);

    /* Reads and writes go through the UART one at a time and in order: a sequential queue. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoRead = SerialEvtIoRead;
    queueConfig.EvtIoWrite = SerialEvtIoWrite;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP,
                         "WdfIoQueueCreate (read/write) failed %!STATUS!\n", status);
        return status;
    }

    /* Settings must not wait behind a long transfer: control requests get their own queue. */
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoDeviceControl = SerialEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &ioctlQueue);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP, "WdfIoQueueCreate (ioctl) failed %!STATUS!\n",
                         status);
        return status;
    }
    status = WdfDeviceConfigureRequestDispatching(device, ioctlQueue, WdfRequestTypeDeviceControl);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP,
                         "WdfDeviceConfigureRequestDispatching failed %!STATUS!\n", status);
        return status;
    }

    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP, "<--%!FUNC! %!STATUS!\n", status);
    return status;
}

NTSTATUS SerialEvtPrepareHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                                  WDFCMRESLIST ResourcesTranslated) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(Device);

    UNREFERENCED_PARAMETER(ResourcesRaw);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP, "--> %!FUNC!\n");
    /* A real port gets its I/O ports and interrupt here; the host's root bus assigns none, so
       the UART is the emulated one. */
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP,
                     "%lu translated resources; emulated 16550, RxFIFO trigger %lu\n",
                     WdfCmResourceListGetCount(ResourcesTranslated), extension->RxFifoTrigger);
    SerialResetUart(extension);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP, "<-- %!FUNC!\n");
    return STATUS_SUCCESS;
}

NTSTATUS SerialEvtReleaseHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(Device);

    UNREFERENCED_PARAMETER(ResourcesTranslated);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP,
                     "--> %!FUNC!: received %lu bytes, transmitted %lu\n", extension->ReceivedCount,
                     extension->TransmittedCount);
    return STATUS_SUCCESS;
}

NTSTATUS SerialEvtDeviceD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(Device);

    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_POWER, "--> %!FUNC! - coming from %s\n",
                     SerialPowerStateName(PreviousState));
    WdfSpinLockAcquire(extension->Lock);
    extension->PowerUp = TRUE;
    WdfSpinLockRelease(extension->Lock);
    return STATUS_SUCCESS;
}

NTSTATUS SerialEvtDeviceD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(Device);
    ULONG lost;

    WdfSpinLockAcquire(extension->Lock);
    extension->PowerUp = FALSE;
    /* A powered-down UART loses what its FIFO held. */
    lost = extension->RingCount;
    extension->RingCount = 0;
    extension->RingHead = 0;
    WdfSpinLockRelease(extension->Lock);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_POWER,
                     "--> %!FUNC! - moving to %s, %lu bytes dropped\n",
                     SerialPowerStateName(TargetState), lost);
    return STATUS_SUCCESS;
}

void SerialEvtDeviceContextCleanup(WDFOBJECT Device) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(Device);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_PNP, "--> %!FUNC! after %lu control requests\n",
                     extension->IoctlCount);
}
