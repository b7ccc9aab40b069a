/*
 * csq_wdm.c - a WDM function driver whose reads wait in a cancel-safe queue.
 *
 * A read has nothing to return until data arrives: the driver queues it (IoCsqInsertIrpEx)
 * and returns STATUS_PENDING. A write hands its bytes to the oldest waiting read; the control
 * code IOCTL_CSQ_FLUSH_READS completes every waiting read empty. A waiting read can be
 * cancelled at any moment from another thread (the host does it for requests with
 * "cancel_after_ms"); the queue's callbacks below are all the driver does for that, and
 * IRP_MJ_CLEANUP cancels the reads of the handle being closed. A remove lock, taken by every
 * dispatch routine and kept by a read until it completes, makes IRP_MN_REMOVE_DEVICE wait for
 * the I/O in flight. DriverEntry reads two values of its Parameters key: Greeting (REG_SZ,
 * with ZwOpenKey and ZwQueryValueKey) and MaxPending (REG_DWORD, with RtlQueryRegistryValues),
 * the most reads the queue holds.
 */
#include <wdm.h>

#include "trace.h"

#include "csq_wdm.tmh"

#define CSQ_POOL_TAG 'qsCW'
#define CSQ_REMOVE_LOCK_TAG 'lrCW'

/* Completes every read waiting in the queue, empty; the output is their number (a ULONG). */
#define IOCTL_CSQ_FLUSH_READS \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS) /* 0x222000 */

typedef struct _DEVICE_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT LowerDevice;
    IO_REMOVE_LOCK RemoveLock;
    IO_CSQ ReadQueue;
    KSPIN_LOCK QueueLock; /* guards PendingReads and PendingCount */
    LIST_ENTRY PendingReads;
    ULONG PendingCount;
    volatile LONG ReadsCompleted;
    volatile LONG ReadsCancelled;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

static ULONG MaxPendingReads = 8;

DRIVER_INITIALIZE DriverEntry;
static DRIVER_ADD_DEVICE CsqAddDevice;
static DRIVER_UNLOAD CsqUnload;
static DRIVER_DISPATCH CsqDispatchCreateClose;
static DRIVER_DISPATCH CsqDispatchCleanup;
static DRIVER_DISPATCH CsqDispatchRead;
static DRIVER_DISPATCH CsqDispatchWrite;
static DRIVER_DISPATCH CsqDispatchDeviceControl;
static DRIVER_DISPATCH CsqDispatchPnp;
static DRIVER_DISPATCH CsqDispatchPower;

static NTSTATUS CsqCompleteIrp(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

/* ---- The cancel-safe queue's callbacks ------------------------------------------------------ */

static NTSTATUS CsqInsertRead(PIO_CSQ Csq, PIRP Irp, PVOID InsertContext) {
    PDEVICE_EXTENSION ext = CONTAINING_RECORD(Csq, DEVICE_EXTENSION, ReadQueue);
    UNREFERENCED_PARAMETER(InsertContext);
    /* Called with QueueLock held: a full queue turns the read away. */
    if (ext->PendingCount >= MaxPendingReads) {
        return STATUS_DEVICE_BUSY;
    }
    InsertTailList(&ext->PendingReads, &Irp->Tail.Overlay.ListEntry);
    ext->PendingCount++;
    return STATUS_SUCCESS;
}

static void CsqRemoveRead(PIO_CSQ Csq, PIRP Irp) {
    PDEVICE_EXTENSION ext = CONTAINING_RECORD(Csq, DEVICE_EXTENSION, ReadQueue);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
    ext->PendingCount--;
}

/* The read after Irp (the first when Irp is NULL); with a file object as PeekContext, the next
   read of that handle only. */
static PIRP CsqPeekNextRead(PIO_CSQ Csq, PIRP Irp, PVOID PeekContext) {
    PDEVICE_EXTENSION ext = CONTAINING_RECORD(Csq, DEVICE_EXTENSION, ReadQueue);
    PLIST_ENTRY entry = Irp ? Irp->Tail.Overlay.ListEntry.Flink : ext->PendingReads.Flink;

    for (; entry != &ext->PendingReads; entry = entry->Flink) {
        PIRP next = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        if (PeekContext == NULL ||
            IoGetCurrentIrpStackLocation(next)->FileObject == (PFILE_OBJECT)PeekContext) {
            return next;
        }
    }
    return NULL;
}

static void CsqAcquireQueueLock(PIO_CSQ Csq, PKIRQL Irql) {
    PDEVICE_EXTENSION ext = CONTAINING_RECORD(Csq, DEVICE_EXTENSION, ReadQueue);
    KeAcquireSpinLock(&ext->QueueLock, Irql);
}

static void CsqReleaseQueueLock(PIO_CSQ Csq, KIRQL Irql) {
    PDEVICE_EXTENSION ext = CONTAINING_RECORD(Csq, DEVICE_EXTENSION, ReadQueue);
    KeReleaseSpinLock(&ext->QueueLock, Irql);
}

/* A waiting read was cancelled: the queue has already taken it off the list. */
static void CsqCompleteCancelledRead(PIO_CSQ Csq, PIRP Irp) {
    PDEVICE_EXTENSION ext = CONTAINING_RECORD(Csq, DEVICE_EXTENSION, ReadQueue);
    LONG cancelled = InterlockedIncrement(&ext->ReadsCancelled);

    CsqTrace(TRACE_LEVEL_INFORMATION, DBG_CANCEL, "Read %p cancelled (%ld so far)", Irp, cancelled);
    CsqCompleteIrp(Irp, STATUS_CANCELLED, 0);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
}

/* ---- Dispatch routines ---------------------------------------------------------------------- */

static NTSTATUS CsqDispatchCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);

    if (!NT_SUCCESS(status)) {
        return CsqCompleteIrp(Irp, status, 0);
    }
    CsqTrace(TRACE_LEVEL_VERBOSE, DBG_IO, "%s",
             stack->MajorFunction == IRP_MJ_CREATE ? "IRP_MJ_CREATE" : "IRP_MJ_CLOSE");
    CsqCompleteIrp(Irp, STATUS_SUCCESS, 0);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return STATUS_SUCCESS;
}

/* The handle is closing: cancel the reads it left waiting (the I/O manager leaves that to the
   driver). */
static NTSTATUS CsqDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = DeviceObject->DeviceExtension;
    PFILE_OBJECT file = IoGetCurrentIrpStackLocation(Irp)->FileObject;
    ULONG cancelled = 0;
    PIRP read;
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);

    if (!NT_SUCCESS(status)) {
        return CsqCompleteIrp(Irp, status, 0);
    }
    while ((read = IoCsqRemoveNextIrp(&ext->ReadQueue, file)) != NULL) {
        CsqTrace(TRACE_LEVEL_INFORMATION, DBG_CANCEL,
                 "Read %p cancelled by IRP_MJ_CLEANUP (%ld so far)", read,
                 InterlockedIncrement(&ext->ReadsCancelled));
        CsqCompleteIrp(read, STATUS_CANCELLED, 0);
        IoReleaseRemoveLock(&ext->RemoveLock, read);
        cancelled++;
    }
    CsqTrace(TRACE_LEVEL_VERBOSE, DBG_IO, "IRP_MJ_CLEANUP: %lu waiting read(s) cancelled",
             cancelled);
    CsqCompleteIrp(Irp, STATUS_SUCCESS, 0);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return STATUS_SUCCESS;
}

/* Reads wait in the queue, holding their remove lock acquisition until they complete. */
static NTSTATUS CsqDispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = DeviceObject->DeviceExtension;
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Read.Length;
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);

    if (!NT_SUCCESS(status)) {
        return CsqCompleteIrp(Irp, status, 0);
    }
    if (length == 0) {
        CsqCompleteIrp(Irp, STATUS_SUCCESS, 0);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return STATUS_SUCCESS;
    }
    status = IoCsqInsertIrpEx(&ext->ReadQueue, Irp, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        CsqTrace(TRACE_LEVEL_WARNING, DBG_QUEUE, "Read of %lu bytes refused: %!STATUS!", length,
                 status);
        CsqCompleteIrp(Irp, status, 0);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;
    }
    CsqTrace(TRACE_LEVEL_INFORMATION, DBG_QUEUE, "Read %p of %lu bytes waits in the queue", Irp,
             length);
    return STATUS_PENDING;
}

/* A write feeds the oldest waiting read; with none waiting its bytes are dropped. */
static NTSTATUS CsqDispatchWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = DeviceObject->DeviceExtension;
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length;
    PIRP read;
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);

    if (!NT_SUCCESS(status)) {
        return CsqCompleteIrp(Irp, status, 0);
    }
    read = IoCsqRemoveNextIrp(&ext->ReadQueue, NULL);
    if (read != NULL) {
        ULONG wanted = IoGetCurrentIrpStackLocation(read)->Parameters.Read.Length;
        ULONG copied = length < wanted ? length : wanted;
        RtlCopyMemory(read->AssociatedIrp.SystemBuffer, Irp->AssociatedIrp.SystemBuffer, copied);
        CsqTrace(TRACE_LEVEL_INFORMATION, DBG_IO, "Write of %lu bytes completes read %p with %lu",
                 length, read, copied);
        InterlockedIncrement(&ext->ReadsCompleted);
        CsqCompleteIrp(read, STATUS_SUCCESS, copied);
        IoReleaseRemoveLock(&ext->RemoveLock, read);
    } else {
        CsqTrace(TRACE_LEVEL_INFORMATION, DBG_IO, "Write of %lu bytes: no read waits", length);
    }
    CsqCompleteIrp(Irp, STATUS_SUCCESS, length);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return STATUS_SUCCESS;
}

static NTSTATUS CsqDispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG flushed = 0;
    ULONG_PTR information = 0;
    PIRP read;
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);

    if (!NT_SUCCESS(status)) {
        return CsqCompleteIrp(Irp, status, 0);
    }
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_CSQ_FLUSH_READS) {
        while ((read = IoCsqRemoveNextIrp(&ext->ReadQueue, NULL)) != NULL) {
            InterlockedIncrement(&ext->ReadsCompleted);
            CsqCompleteIrp(read, STATUS_SUCCESS, 0);
            IoReleaseRemoveLock(&ext->RemoveLock, read);
            flushed++;
        }
        CsqTrace(TRACE_LEVEL_INFORMATION, DBG_IO, "IOCTL_CSQ_FLUSH_READS: %lu read(s) completed",
                 flushed);
        if (stack->Parameters.DeviceIoControl.OutputBufferLength >= sizeof(ULONG)) {
            *(PULONG)Irp->AssociatedIrp.SystemBuffer = flushed;
            information = sizeof(ULONG);
        }
        status = STATUS_SUCCESS;
    } else {
        status = STATUS_INVALID_DEVICE_REQUEST;
    }
    CsqCompleteIrp(Irp, status, information);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

/* ---- PnP and power -------------------------------------------------------------------------- */

static NTSTATUS CsqStartCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS CsqDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    KEVENT started;
    PIRP read;

    if (!NT_SUCCESS(status)) {
        return CsqCompleteIrp(Irp, status, 0);
    }
    switch (stack->MinorFunction) {
        case IRP_MN_START_DEVICE:
            /* The device below starts first. */
            KeInitializeEvent(&started, NotificationEvent, FALSE);
            IoCopyCurrentIrpStackLocationToNext(Irp);
            IoSetCompletionRoutine(Irp, CsqStartCompleted, &started, TRUE, TRUE, TRUE);
            status = IoCallDriver(ext->LowerDevice, Irp);
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&started, Executive, KernelMode, FALSE, NULL);
            }
            status = Irp->IoStatus.Status;
            CsqTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "IRP_MN_START_DEVICE: %!STATUS!", status);
            CsqCompleteIrp(Irp, status, 0);
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status;

        case IRP_MN_REMOVE_DEVICE:
            /* Cancel the reads still waiting (each holds the remove lock), then wait for the
               I/O in flight before the device goes. */
            while ((read = IoCsqRemoveNextIrp(&ext->ReadQueue, NULL)) != NULL) {
                InterlockedIncrement(&ext->ReadsCancelled);
                CsqCompleteIrp(read, STATUS_CANCELLED, 0);
                IoReleaseRemoveLock(&ext->RemoveLock, read);
            }
            IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp);
            CsqTrace(TRACE_LEVEL_INFORMATION, DBG_PNP,
                     "IRP_MN_REMOVE_DEVICE: %ld read(s) completed, %ld cancelled",
                     ext->ReadsCompleted, ext->ReadsCancelled);
            Irp->IoStatus.Status = STATUS_SUCCESS;
            IoSkipCurrentIrpStackLocation(Irp);
            status = IoCallDriver(ext->LowerDevice, Irp);
            IoDetachDevice(ext->LowerDevice);
            IoDeleteDevice(DeviceObject);
            return status;

        case IRP_MN_QUERY_REMOVE_DEVICE:
        case IRP_MN_CANCEL_REMOVE_DEVICE:
        case IRP_MN_SURPRISE_REMOVAL:
            Irp->IoStatus.Status = STATUS_SUCCESS;
            break;

        default:
            break;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

static NTSTATUS CsqDispatchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PDEVICE_EXTENSION ext = DeviceObject->DeviceExtension;
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);

    if (!NT_SUCCESS(status)) {
        PoStartNextPowerIrp(Irp);
        return CsqCompleteIrp(Irp, status, 0);
    }
    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    status = PoCallDriver(ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

/* ---- AddDevice, DriverEntry, unload --------------------------------------------------------- */

static NTSTATUS CsqAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject) {
    PDEVICE_OBJECT device;
    PDEVICE_EXTENSION ext;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(DEVICE_EXTENSION), NULL,
                                     FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &device);

    if (!NT_SUCCESS(status)) {
        CsqTrace(TRACE_LEVEL_ERROR, DBG_PNP, "IoCreateDevice failed: %!STATUS!", status);
        return status;
    }
    ext = device->DeviceExtension;
    ext->Self = device;
    IoInitializeRemoveLock(&ext->RemoveLock, CSQ_REMOVE_LOCK_TAG, 0, 0);
    KeInitializeSpinLock(&ext->QueueLock);
    InitializeListHead(&ext->PendingReads);
    status = IoCsqInitializeEx(&ext->ReadQueue, CsqInsertRead, CsqRemoveRead, CsqPeekNextRead,
                               CsqAcquireQueueLock, CsqReleaseQueueLock, CsqCompleteCancelledRead);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }
    ext->LowerDevice = IoAttachDeviceToDeviceStack(device, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(device);
        return STATUS_NO_SUCH_DEVICE;
    }
    device->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    CsqTrace(TRACE_LEVEL_INFORMATION, DBG_PNP, "AddDevice: queue of at most %lu reads ready",
             MaxPendingReads);
    return STATUS_SUCCESS;
}

/* Greeting, a REG_SZ of the service's Parameters key, through a key handle: ask for the size
   first (STATUS_BUFFER_OVERFLOW), then read it whole. */
static NTSTATUS CsqReadGreeting(PUNICODE_STRING RegistryPath,
                                PKEY_VALUE_PARTIAL_INFORMATION* Value) {
    static const WCHAR parametersName[] = L"Parameters";
    UNICODE_STRING relative, valueName;
    OBJECT_ATTRIBUTES attributes;
    HANDLE serviceKey, parametersKey;
    KEY_VALUE_PARTIAL_INFORMATION header;
    PKEY_VALUE_PARTIAL_INFORMATION info;
    ULONG needed = 0;
    NTSTATUS status;

    *Value = NULL;
    InitializeObjectAttributes(&attributes, RegistryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               NULL, NULL);
    status = ZwOpenKey(&serviceKey, KEY_READ, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlInitUnicodeString(&relative, parametersName);
    InitializeObjectAttributes(&attributes, &relative, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               serviceKey, NULL);
    status = ZwOpenKey(&parametersKey, KEY_READ, &attributes);
    ZwClose(serviceKey);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlInitUnicodeString(&valueName, L"Greeting");
    status = ZwQueryValueKey(parametersKey, &valueName, KeyValuePartialInformation, &header,
                             sizeof(header), &needed);
    if (status == STATUS_BUFFER_OVERFLOW || status == STATUS_BUFFER_TOO_SMALL) {
        info = ExAllocatePool2(POOL_FLAG_PAGED, needed, CSQ_POOL_TAG);
        if (info == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            status = ZwQueryValueKey(parametersKey, &valueName, KeyValuePartialInformation, info,
                                     needed, &needed);
            if (NT_SUCCESS(status) && info->Type != REG_SZ) {
                status = STATUS_OBJECT_TYPE_MISMATCH;
            }
            if (NT_SUCCESS(status)) {
                *Value = info;
            } else {
                ExFreePoolWithTag(info, CSQ_POOL_TAG);
            }
        }
    } else if (NT_SUCCESS(status)) {
        status = STATUS_INTERNAL_ERROR; /* a REG_SZ never fits the bare header */
    }
    ZwClose(parametersKey);
    return status;
}

static void CsqUnload(PDRIVER_OBJECT DriverObject) {
    CsqTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "Unloading %wZ", &DriverObject->DriverName);
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    RTL_QUERY_REGISTRY_TABLE table[2];
    ULONG maxPending = MaxPendingReads;
    ULONG defaultMaxPending = MaxPendingReads;
    PKEY_VALUE_PARTIAL_INFORMATION greeting;
    UNICODE_STRING parametersPath;
    WCHAR pathBuffer[256];
    NTSTATUS status;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    CsqTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "DriverEntry: %wZ", RegistryPath);

    status = CsqReadGreeting(RegistryPath, &greeting);
    if (NT_SUCCESS(status)) {
        CsqTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "Greeting (REG_SZ, %lu bytes): %ws",
                 greeting->DataLength, (PCWSTR)greeting->Data);
        ExFreePoolWithTag(greeting, CSQ_POOL_TAG);
    } else {
        CsqTrace(TRACE_LEVEL_WARNING, DBG_INIT, "No Greeting: %!STATUS!", status);
    }

    /* MaxPending, a REG_DWORD, straight into a ULONG; a value of another type is refused. */
    RtlZeroMemory(table, sizeof(table));
    table[0].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_TYPECHECK;
    table[0].Name = L"MaxPending";
    table[0].EntryContext = &maxPending;
    table[0].DefaultType = (REG_DWORD << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT) | REG_DWORD;
    table[0].DefaultData = &defaultMaxPending;
    table[0].DefaultLength = sizeof(ULONG);
    parametersPath.Buffer = pathBuffer;
    parametersPath.Length = 0;
    parametersPath.MaximumLength = sizeof(pathBuffer);
    RtlCopyUnicodeString(&parametersPath, RegistryPath);
    {
        static const WCHAR suffix[] = L"\\Parameters";
        UNICODE_STRING suffixString;
        RtlInitUnicodeString(&suffixString, suffix);
        RtlAppendUnicodeStringToString(&parametersPath, &suffixString);
    }
    status =
        RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, parametersPath.Buffer, table, NULL, NULL);
    if (NT_SUCCESS(status) && maxPending > 0) {
        MaxPendingReads = maxPending;
    }
    CsqTrace(TRACE_LEVEL_INFORMATION, DBG_INIT, "MaxPending (REG_DWORD): %lu, %!STATUS!",
             MaxPendingReads, status);

    DriverObject->DriverExtension->AddDevice = CsqAddDevice;
    DriverObject->DriverUnload = CsqUnload;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = CsqDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = CsqDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = CsqDispatchCleanup;
    DriverObject->MajorFunction[IRP_MJ_READ] = CsqDispatchRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = CsqDispatchWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CsqDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = CsqDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = CsqDispatchPower;
    return STATUS_SUCCESS;
}
