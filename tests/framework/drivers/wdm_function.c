/*
 * wdm_function.c - a WDM function driver (C): creates its FDO in AddDevice, starts by
 * forwarding IRP_MN_START_DEVICE to the bus with a completion routine ("forward and wait"),
 * reads complete with 'w' bytes (pended and completed from a system thread when the registry
 * says PendReads=1), and removal detaches and deletes the FDO.
 */
#include <wdm.h>

#include "test_ioctl.h"
#include "test_log.h"

typedef struct _FDO_EXTENSION {
    PDEVICE_OBJECT Lower;
    PDEVICE_OBJECT Self;
    KSPIN_LOCK Lock;
    ULONG Reads;
} FDO_EXTENSION, *PFDO_EXTENSION;

static ULONG g_pend_reads;

static NTSTATUS StartCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
    TestLog("function: start completion routine (device %s)", DeviceObject ? "set" : "null");
    (void)Irp;
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS Complete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static NTSTATUS DispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    KEVENT event;
    NTSTATUS status;
    switch (stack->MinorFunction) {
        case IRP_MN_START_DEVICE:
            KeInitializeEvent(&event, NotificationEvent, FALSE);
            IoCopyCurrentIrpStackLocationToNext(Irp);
            IoSetCompletionRoutine(Irp, StartCompleted, &event, TRUE, TRUE, TRUE);
            status = IoCallDriver(ext->Lower, Irp);
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            TestLog("function: started with 0x%lx", (unsigned long)status);
            return Complete(Irp, status, 0);
        case IRP_MN_REMOVE_DEVICE:
            TestLog("function: remove");
            Irp->IoStatus.Status = STATUS_SUCCESS;
            IoSkipCurrentIrpStackLocation(Irp);
            status = IoCallDriver(ext->Lower, Irp);
            IoDetachDevice(ext->Lower);
            IoDeleteDevice(DeviceObject);
            return status;
        case IRP_MN_QUERY_REMOVE_DEVICE:
            Irp->IoStatus.Status = STATUS_SUCCESS;
            break;
        default:
            break;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

static NTSTATUS DispatchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->Lower, Irp);
}

static NTSTATUS DispatchCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    (void)DeviceObject;
    return Complete(Irp, STATUS_SUCCESS, 0);
}

static void FillRead(PIRP Irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    RtlFillMemory(Irp->AssociatedIrp.SystemBuffer, stack->Parameters.Read.Length, 'w');
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = stack->Parameters.Read.Length;
}

/* A system thread: the host waits for it before unloading the driver, so it never returns into
 * unmapped code. */
static void CompleteReadLater(PVOID irp) {
    LARGE_INTEGER delay;
    delay.QuadPart = -10 * 1000 * 20;
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
    FillRead((PIRP)irp);
    TestLog("function: completing pended read from another thread");
    IoCompleteRequest((PIRP)irp, IO_NO_INCREMENT);
    PsTerminateSystemThread(STATUS_SUCCESS);
}

static NTSTATUS DispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    KIRQL irql;
    HANDLE thread;
    KeAcquireSpinLock(&ext->Lock, &irql);
    ext->Reads++;
    KeReleaseSpinLock(&ext->Lock, irql);
    if (g_pend_reads) {
        IoMarkIrpPending(Irp);
        if (NT_SUCCESS(PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                                            CompleteReadLater, Irp))) {
            ZwClose(thread);  // the thread runs on; the driver keeps no handle to it
            return STATUS_PENDING;
        }
    }
    FillRead(Irp);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

static NTSTATUS DispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    (void)DeviceObject;
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_TEST_COMPLETE_TWICE) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
    return Complete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
}

static NTSTATUS AddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo) {
    PDEVICE_OBJECT fdo;
    PFDO_EXTENSION ext;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(FDO_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                                     FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) return status;
    ext = (PFDO_EXTENSION)fdo->DeviceExtension;
    ext->Self = fdo;
    KeInitializeSpinLock(&ext->Lock);
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    if (!ext->Lower) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    TestLog("function: AddDevice (stack size %d)", (int)fdo->StackSize);
    return STATUS_SUCCESS;
}

static void Unload(PDRIVER_OBJECT DriverObject) {
    (void)DriverObject;
    TestLog("function: unload");
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    UNICODE_STRING copy;
    WCHAR buffer[128];
    (void)RegistryPath;
    copy.Buffer = buffer;
    copy.Length = 0;
    copy.MaximumLength = sizeof buffer;
    RtlCopyUnicodeString(&copy, RegistryPath);
    {
        /* PendReads is a property of the service name, to keep this driver parameter-free. */
        UNICODE_STRING pending;
        RtlInitUnicodeString(
            &pending, L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\PendingFunction");
        g_pend_reads = RtlEqualUnicodeString(&copy, &pending, TRUE);
    }
    DriverObject->DriverExtension->AddDevice = AddDevice;
    DriverObject->DriverUnload = Unload;
    DriverObject->MajorFunction[IRP_MJ_PNP] = DispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = DispatchPower;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = DispatchRead;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchDeviceControl;
    TestLog("function: DriverEntry");
    return STATUS_SUCCESS;
}
