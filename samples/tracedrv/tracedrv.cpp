// tracedrv.cpp - a WDM driver in C++ after the WDK's WPP tracing sample (tracedrv): DoTraceMessage
// with its two flags, DoTraceLevelMessage, TraceEvents, DbgPrintEx and KdPrint, strings narrow
// and wide, and WPP_CLEANUP in the unload routine. Its device counts the control requests it
// gets and traces each one ("IOCTL = %d"), the state of an emulated machine by name
// ("Machine State :: %!state!", a CUSTOM_TYPE of trace.h), and the status of a failing request
// with TRACE_RETURN ("Function Return=%!STATUS!"). Without a device (the host run with the
// driver alone) it traces only DriverEntry and unload.
#include <wdm.h>

#include "trace.h"

#include "tracedrv.tmh"

// The sample's one control code, sent by the host's workload (host.json).
#define IOCTL_TRACEKMP_TRACE_EVENT \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS) /* 0x222004 */

namespace {

ULONG messages_traced = 0;

// The emulated machine behind the device: each control request finds it in one state and
// moves it to the next; a request that finds it offline fails. Traced by name as %!state!:
// trace.h declares CUSTOM_TYPE(state, ItemEnum(_MachineState)) and tracewpp reads the
// enumerators here, so the decoder prints "Failover" where the driver passes the value 2.
typedef enum _MachineState { Offline = 0, Online = 1, Failover = 2 } MachineState;

struct DEVICE_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;  // where PnP and power IRPs go on
    volatile LONG IoctlCount;
    MachineState State;
};

DEVICE_EXTENSION* extension_of(PDEVICE_OBJECT DeviceObject) {
    return static_cast<DEVICE_EXTENSION*>(DeviceObject->DeviceExtension);
}

NTSTATUS complete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information = 0) {
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS TracedrvStartCompleted(PDEVICE_OBJECT, PIRP, PVOID Context) {
    KeSetEvent(static_cast<PKEVENT>(Context), IO_NO_INCREMENT, FALSE);
    // The IRP is ours again: the dispatch routine completes it after the start.
    return STATUS_MORE_PROCESSING_REQUIRED;
}

// The bus driver below starts (or powers up) first: send the IRP down and wait for it.
NTSTATUS forward_and_wait(DEVICE_EXTENSION* Extension, PIRP Irp) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, TracedrvStartCompleted, &event, TRUE, TRUE, TRUE);
    NTSTATUS status = IoCallDriver(Extension->Lower, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
        status = Irp->IoStatus.Status;
    }
    return status;
}

NTSTATUS TracedrvDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    DEVICE_EXTENSION* ext = extension_of(DeviceObject);
    PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
    switch (irpSp->MinorFunction) {
        case IRP_MN_START_DEVICE: {
            NTSTATUS status = forward_and_wait(ext, Irp);
            if (NT_SUCCESS(status)) {
                // No hardware resources to map: the device is the emulated machine.
                ext->State = Online;
                DoTraceLevelMessage(TRACE_LEVEL_INFORMATION, TRACELEVELONE,
                                    "IRP_MN_START_DEVICE: hardware prepared, machine %!state!",
                                    ext->State);
                POWER_STATE d0;
                d0.DeviceState = PowerDeviceD0;
                PoSetPowerState(DeviceObject, DevicePowerState, d0);
                TraceEvents(TRACE_LEVEL_INFORMATION, TRACELEVELONE, "Device power state D0");
            }
            return complete(Irp, status);
        }
        case IRP_MN_QUERY_REMOVE_DEVICE:
            Irp->IoStatus.Status = STATUS_SUCCESS;
            break;
        case IRP_MN_REMOVE_DEVICE: {
            POWER_STATE d3;
            d3.DeviceState = PowerDeviceD3;
            PoSetPowerState(DeviceObject, DevicePowerState, d3);
            TraceEvents(TRACE_LEVEL_INFORMATION, TRACELEVELONE,
                        "IRP_MN_REMOVE_DEVICE: device power state D3");
            Irp->IoStatus.Status = STATUS_SUCCESS;
            IoSkipCurrentIrpStackLocation(Irp);
            NTSTATUS status = IoCallDriver(ext->Lower, Irp);
            TraceEvents(TRACE_LEVEL_INFORMATION, TRACELEVELONE,
                        "IRP_MN_REMOVE_DEVICE: released after %ld IOCTLs, device deleted",
                        ext->IoctlCount);
            IoDetachDevice(ext->Lower);
            IoDeleteDevice(DeviceObject);
            return status;
        }
        default:
            break;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS TracedrvDispatchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(extension_of(DeviceObject)->Lower, Irp);
}

NTSTATUS TracedrvDispatchOpenClose(PDEVICE_OBJECT, PIRP Irp) {
    return complete(Irp, STATUS_SUCCESS);
}

NTSTATUS TracedrvDispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    DEVICE_EXTENSION* ext = extension_of(DeviceObject);
    PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    switch (irpSp->Parameters.DeviceIoControl.IoControlCode) {
        case IOCTL_TRACEKMP_TRACE_EVENT: {
            LONG ioctlCount = InterlockedIncrement(&ext->IoctlCount);
            DoTraceMessage(TRACELEVELONE, "IOCTL = %d", ioctlCount);
            for (int i = 1; i <= 2; ++i) DoTraceMessage(TRACELEVELONE, "Hello, %d %s", i, "Hi");
            // Requests are serialised by the host's single workload thread; a machine shared
            // by concurrent callers would need a lock around the state change.
            MachineState state = ext->State;
            DoTraceLevelMessage(TRACE_LEVEL_ERROR, TRACELEVELTWO, "Machine State :: %!state!",
                                state);
            ext->State = static_cast<MachineState>((state + 1) % 3);  // Online, Failover, Offline
            if (state == Offline) status = STATUS_DEVICE_POWERED_OFF;
            messages_traced += 4;
            break;
        }
        default:
            status = STATUS_INVALID_DEVICE_REQUEST;
            break;
    }
    TRACE_RETURN(status);
    return complete(Irp, status);
}

NTSTATUS TracedrvAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject) {
    PDEVICE_OBJECT fdo = nullptr;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(DEVICE_EXTENSION), nullptr,
                                     FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACELEVELONE, "IoCreateDevice failed %!STATUS!", status);
        return status;
    }
    DEVICE_EXTENSION* ext = extension_of(fdo);
    ext->Self = fdo;
    ext->IoctlCount = 0;
    ext->State = Offline;
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (!ext->Lower) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_BUFFERED_IO;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACELEVELONE, "AddDevice: device attached, stack size %d",
                static_cast<int>(fdo->StackSize));
    return STATUS_SUCCESS;
}

void TracedrvUnload(PDRIVER_OBJECT DriverObject) {
    DoTraceMessage(TRACELEVELTWO, "Unloading %wZ after %lu messages", &DriverObject->DriverName,
                   messages_traced);
    WPP_CLEANUP(DriverObject);
}

}  // namespace

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);

    DoTraceMessage(TRACELEVELONE, "Hello, %s %d", "World", 1);
    DoTraceMessage(TRACELEVELONE, "Registry path %wZ", RegistryPath);
    for (ULONG i = 0; i < 3; ++i) {
        TraceEvents(TRACE_LEVEL_VERBOSE, TRACELEVELTWO, "IOCTL = %lu, name %ws, ratio %.2f", i,
                    L"TRACEDRV_IOCTL", i / 4.0);
        ++messages_traced;
    }
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_WARNING_LEVEL, "DbgPrintEx: %s is a %c driver",
               "tracedrv", 'C');
    KdPrint(("KdPrint: pointer %p, hex %#010x", static_cast<void*>(DriverObject), 0xbeefu));

    DriverObject->DriverUnload = TracedrvUnload;
    DriverObject->DriverExtension->AddDevice = TracedrvAddDevice;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = TracedrvDispatchOpenClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = TracedrvDispatchOpenClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = TracedrvDispatchOpenClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = TracedrvDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = TracedrvDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = TracedrvDispatchPower;
    return STATUS_SUCCESS;
}
