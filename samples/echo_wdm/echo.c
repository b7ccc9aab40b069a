/*
 * echo.c - the echo driver, WDM form (C). A write stores its data in a pool buffer, a read
 * returns what the last write stored, IOCTL_ECHO_GET_STATISTICS returns the counters. The
 * driver does all that WDM asks of a function driver: DriverEntry fills MajorFunction[] and
 * DriverExtension->AddDevice; AddDevice creates the FDO with its device extension, attaches it
 * to the PDO's stack and registers the device interface; PnP and power IRPs are forwarded to
 * the lower device (start and power-up wait for the bus first); every IRP is completed with
 * IoCompleteRequest; the pool it allocates is tagged and freed at removal.
 *
 * samples/echo_kmdf/echo.c is the same driver ported to KMDF, with the same trace messages:
 * README.md, "Porting a WDM driver to KMDF", walks through the port.
 */
#include <wdm.h>

#include "public.h"
#include "trace.h"

typedef struct _DEVICE_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower; /* the next device down the stack: PnP and power IRPs go on to it */
    UNICODE_STRING InterfaceName;
    DEVICE_POWER_STATE PowerState;
    /* Dispatch routines run concurrently, on every thread that sends an IRP: the lock guards
       the buffer and the counters. (The KMDF port has a sequential queue do this.) */
    KSPIN_LOCK Lock;
    PUCHAR Buffer; /* ECHO_POOL_TAG pool, the last write's data */
    SIZE_T BufferLength;
    ULONG Writes;
    ULONG Reads;
    volatile LONG Opens;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

static DRIVER_ADD_DEVICE EchoAddDevice;
static DRIVER_UNLOAD EchoUnload;
static DRIVER_DISPATCH EchoDispatchCreate;
static DRIVER_DISPATCH EchoDispatchCleanupClose;
static DRIVER_DISPATCH EchoDispatchRead;
static DRIVER_DISPATCH EchoDispatchWrite;
static DRIVER_DISPATCH EchoDispatchDeviceControl;
static DRIVER_DISPATCH EchoDispatchPnp;
static DRIVER_DISPATCH EchoDispatchPower;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "Echo sample DriverEntry: registry path %wZ",
              RegistryPath);

    DriverObject->DriverExtension->AddDevice = EchoAddDevice;
    DriverObject->DriverUnload = EchoUnload;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = EchoDispatchCreate;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = EchoDispatchCleanupClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = EchoDispatchCleanupClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = EchoDispatchRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = EchoDispatchWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = EchoDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = EchoDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = EchoDispatchPower;
    return STATUS_SUCCESS;
}

static NTSTATUS EchoAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject) {
    PDEVICE_OBJECT fdo;
    PDEVICE_EXTENSION ext;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(DEVICE_EXTENSION), NULL,
                                     FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_PNP, "IoCreateDevice failed %!STATUS!", status);
        return status;
    }
    ext = (PDEVICE_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(DEVICE_EXTENSION));
    ext->Self = fdo;
    ext->PowerState = PowerDeviceD3; /* not powered until started */
    KeInitializeSpinLock(&ext->Lock);
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (!ext->Lower) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_PNP, "IoAttachDeviceToDeviceStack failed");
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "AddDevice: echo device created");

    /* Registered now, enabled once the device has started, disabled at removal. */
    status = IoRegisterDeviceInterface(PhysicalDeviceObject, &GUID_DEVINTERFACE_ECHO, NULL,
                                       &ext->InterfaceName);
    if (!NT_SUCCESS(status)) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_PNP, "IoRegisterDeviceInterface failed %!STATUS!", status);
        IoDetachDevice(ext->Lower);
        IoDeleteDevice(fdo);
        return status;
    }
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "AddDevice: device interface registered");

    fdo->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

static NTSTATUS EchoComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static NTSTATUS EchoForwardCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    /* The IRP is ours again: the dispatch routine finishes and completes it. */
    return STATUS_MORE_PROCESSING_REQUIRED;
}

/* Start and power-up go to the bus first: send the IRP down and wait for it to come back. */
static NTSTATUS EchoForwardAndWait(PDEVICE_EXTENSION Ext, PIRP Irp) {
    KEVENT event;
    NTSTATUS status;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, EchoForwardCompleted, &event, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->Lower, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

static void EchoSetPowerState(PDEVICE_EXTENSION Ext, DEVICE_POWER_STATE State) {
    POWER_STATE powerState;
    powerState.DeviceState = State;
    Ext->PowerState = State;
    PoSetPowerState(Ext->Self, DevicePowerState, powerState);
}

static void EchoPowerDown(PDEVICE_EXTENSION Ext, DEVICE_POWER_STATE State) {
    if (Ext->PowerState != PowerDeviceD0) return;
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_POWER, "D0Exit: echo device powered down");
    EchoSetPowerState(Ext, State);
}

static NTSTATUS EchoDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;
    KIRQL irql;
    PUCHAR buffer;
    SIZE_T length;

    switch (stack->MinorFunction) {
        case IRP_MN_START_DEVICE:
            status = EchoForwardAndWait(ext, Irp);
            if (NT_SUCCESS(status)) {
                /* The host's root bus assigns no resources (AllocatedResourcesTranslated is
                   NULL): the echo device has no registers to map. */
                EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "PrepareHardware: %lu resources",
                          (ULONG)0);
                EchoSetPowerState(ext, PowerDeviceD0);
                EchoTrace(TRACE_LEVEL_INFORMATION, DBG_POWER, "D0Entry: echo device powered up");
                IoSetDeviceInterfaceState(&ext->InterfaceName, TRUE);
            }
            return EchoComplete(Irp, status, 0);

        case IRP_MN_QUERY_REMOVE_DEVICE:
            EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "QueryRemove: no objection");
            Irp->IoStatus.Status = STATUS_SUCCESS;
            break;

        case IRP_MN_REMOVE_DEVICE:
            IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE);
            EchoPowerDown(ext, PowerDeviceD3);
            KeAcquireSpinLock(&ext->Lock, &irql);
            buffer = ext->Buffer;
            length = ext->BufferLength;
            ext->Buffer = NULL;
            ext->BufferLength = 0;
            KeReleaseSpinLock(&ext->Lock, irql);
            if (buffer) ExFreePoolWithTag(buffer, ECHO_POOL_TAG);
            EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP,
                      "ReleaseHardware: echo buffer freed (%Iu bytes)", length);

            Irp->IoStatus.Status = STATUS_SUCCESS;
            IoSkipCurrentIrpStackLocation(Irp);
            status = IoCallDriver(ext->Lower, Irp);

            EchoTrace(TRACE_LEVEL_INFORMATION, DBG_PNP,
                      "Cleanup: device gone after %lu writes and %lu reads", ext->Writes,
                      ext->Reads);
            RtlFreeUnicodeString(&ext->InterfaceName);
            IoDetachDevice(ext->Lower);
            IoDeleteDevice(DeviceObject);
            return status;

        default:
            break; /* not ours: the bus driver answers */
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

static NTSTATUS EchoDispatchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    if (stack->MinorFunction == IRP_MN_SET_POWER &&
        stack->Parameters.Power.Type == DevicePowerState) {
        DEVICE_POWER_STATE target = stack->Parameters.Power.State.DeviceState;
        if (target == PowerDeviceD0 && ext->PowerState != PowerDeviceD0) {
            /* Powering up: the bus first, then this device. */
            status = EchoForwardAndWait(ext, Irp);
            if (NT_SUCCESS(status)) {
                EchoSetPowerState(ext, PowerDeviceD0);
                EchoTrace(TRACE_LEVEL_INFORMATION, DBG_POWER, "D0Entry: echo device powered up");
            }
            PoStartNextPowerIrp(Irp);
            return EchoComplete(Irp, status, 0);
        }
        /* Powering down: this device first, then the bus. */
        if (target != PowerDeviceD0) EchoPowerDown(ext, target);
    }
    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->Lower, Irp);
}

static NTSTATUS EchoDispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_CREATE_CLOSE, "Create: file %ld opened",
              InterlockedIncrement(&ext->Opens));
    return EchoComplete(Irp, STATUS_SUCCESS, 0);
}

/* Not traced: the KMDF port cannot see closes until the emulated framework has
   WdfDeviceInitSetFileObjectConfig (EvtFileClose), and the two traces must compare line by
   line. */
static NTSTATUS EchoDispatchCleanupClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    UNREFERENCED_PARAMETER(DeviceObject);
    return EchoComplete(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS EchoDispatchWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    SIZE_T length = stack->Parameters.Write.Length;
    PUCHAR buffer, old;
    KIRQL irql;

    if (length == 0) return EchoComplete(Irp, STATUS_SUCCESS, 0);
    buffer = (PUCHAR)ExAllocatePool2(POOL_FLAG_NON_PAGED, length, ECHO_POOL_TAG);
    if (!buffer) {
        EchoTrace(TRACE_LEVEL_ERROR, DBG_WRITE, "Write: no pool for %Iu bytes", length);
        return EchoComplete(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
    }
    RtlCopyMemory(buffer, Irp->AssociatedIrp.SystemBuffer, length);
    KeAcquireSpinLock(&ext->Lock, &irql);
    old = ext->Buffer;
    ext->Buffer = buffer;
    ext->BufferLength = length;
    ext->Writes++;
    KeReleaseSpinLock(&ext->Lock, irql);
    if (old) ExFreePoolWithTag(old, ECHO_POOL_TAG);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_WRITE, "Write: %Iu bytes stored", length);
    return EchoComplete(Irp, STATUS_SUCCESS, length);
}

static NTSTATUS EchoDispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    SIZE_T length = stack->Parameters.Read.Length;
    SIZE_T copied;
    KIRQL irql;

    if (length == 0) return EchoComplete(Irp, STATUS_SUCCESS, 0);
    KeAcquireSpinLock(&ext->Lock, &irql);
    copied = ext->BufferLength < length ? ext->BufferLength : length;
    if (copied) RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, ext->Buffer, copied);
    ext->Reads++;
    KeReleaseSpinLock(&ext->Lock, irql);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_READ, "Read: %Iu of %Iu bytes echoed", copied, length);
    return EchoComplete(Irp, STATUS_SUCCESS, copied);
}

static NTSTATUS EchoDispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
    PECHO_STATISTICS statistics;
    KIRQL irql;

    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_IOCTL, "DeviceControl: code 0x%08x", code);
    if (code != IOCTL_ECHO_GET_STATISTICS) {
        EchoTrace(TRACE_LEVEL_WARNING, DBG_IOCTL, "DeviceControl: unsupported code 0x%08x", code);
        return EchoComplete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
    if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ECHO_STATISTICS))
        return EchoComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
    statistics = (PECHO_STATISTICS)Irp->AssociatedIrp.SystemBuffer;
    KeAcquireSpinLock(&ext->Lock, &irql);
    statistics->Writes = ext->Writes;
    statistics->Reads = ext->Reads;
    statistics->BytesStored = (ULONG)ext->BufferLength;
    KeReleaseSpinLock(&ext->Lock, irql);
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_IOCTL,
              "DeviceControl: %lu writes, %lu reads, %lu bytes stored", statistics->Writes,
              statistics->Reads, statistics->BytesStored);
    return EchoComplete(Irp, STATUS_SUCCESS, sizeof(ECHO_STATISTICS));
}

static void EchoUnload(PDRIVER_OBJECT DriverObject) {
    EchoTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "Unload: echo driver unloading");
    WPP_CLEANUP(DriverObject);
}
