/*
 * wdm_wmi.c - a WDM function driver (C) that provides a WMI data block through the WMI library:
 * it registers its FDO with IoWMIRegistrationControl when it starts and deregisters it when it
 * is removed, and hands IRP_MJ_SYSTEM_CONTROL to WmiSystemControl with its WMILIB_CONTEXT. The
 * block ({b3f1c2d4-6a7e-4f90-8c1b-2d3e4f5a6b7c}, 2 instances) is {ULONG Instance; ULONG Value};
 * instance 0's Value can be set (IRP_MN_CHANGE_SINGLE_INSTANCE) and method 1 doubles it.
 */
#include <wdm.h>

#include "test_log.h"

static GUID WdmWmiGuid = {
    0xb3f1c2d4, 0x6a7e, 0x4f90, {0x8c, 0x1b, 0x2d, 0x3e, 0x4f, 0x5a, 0x6b, 0x7c}};
static WMIGUIDREGINFO WdmWmiGuids[] = {{&WdmWmiGuid, 2, 0}};

typedef struct _WMI_BLOCK {
    ULONG Instance;
    ULONG Value;
} WMI_BLOCK;

typedef struct _FDO_EXTENSION {
    PDEVICE_OBJECT Lower;
    PDEVICE_OBJECT Pdo;
    WMILIB_CONTEXT WmiLib;
    ULONG Value;
} FDO_EXTENSION, *PFDO_EXTENSION;

static UNICODE_STRING g_registry_path;
static WCHAR g_registry_buffer[256];

static NTSTATUS Complete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static NTSTATUS QueryRegInfo(PDEVICE_OBJECT DeviceObject, PULONG RegFlags,
                             PUNICODE_STRING InstanceName, PUNICODE_STRING* RegistryPath,
                             PUNICODE_STRING MofResourceName, PDEVICE_OBJECT* Pdo) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    (void)InstanceName;
    (void)MofResourceName;
    *RegFlags = WMIREG_FLAG_INSTANCE_PDO;
    *RegistryPath = &g_registry_path;
    *Pdo = ext->Pdo;
    TestLog("wmi: reginfo");
    return STATUS_SUCCESS;
}

static NTSTATUS QueryDataBlock(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex,
                               ULONG InstanceIndex, ULONG InstanceCount, PULONG InstanceLengthArray,
                               ULONG BufferAvail, PUCHAR Buffer) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    ULONG i, needed = InstanceCount * sizeof(WMI_BLOCK);
    (void)GuidIndex;
    if (BufferAvail < needed)
        return WmiCompleteRequest(DeviceObject, Irp, STATUS_BUFFER_TOO_SMALL, needed,
                                  IO_NO_INCREMENT);
    for (i = 0; i < InstanceCount; ++i) {
        WMI_BLOCK* block = (WMI_BLOCK*)(Buffer + i * sizeof(WMI_BLOCK));
        block->Instance = InstanceIndex + i;
        block->Value = InstanceIndex + i == 0 ? ext->Value : 100 + InstanceIndex + i;
        InstanceLengthArray[i] = sizeof(WMI_BLOCK);
    }
    TestLog("wmi: query instance %lu (%lu)", (unsigned long)InstanceIndex,
            (unsigned long)InstanceCount);
    return WmiCompleteRequest(DeviceObject, Irp, STATUS_SUCCESS, needed, IO_NO_INCREMENT);
}

static NTSTATUS SetDataBlock(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex,
                             ULONG InstanceIndex, ULONG BufferSize, PUCHAR Buffer) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status = STATUS_WMI_READ_ONLY;
    (void)GuidIndex;
    if (InstanceIndex == 0 && BufferSize >= sizeof(WMI_BLOCK)) {
        ext->Value = ((WMI_BLOCK*)Buffer)->Value;
        status = STATUS_SUCCESS;
    }
    return WmiCompleteRequest(DeviceObject, Irp, status, 0, IO_NO_INCREMENT);
}

static NTSTATUS ExecuteMethod(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex,
                              ULONG InstanceIndex, ULONG MethodId, ULONG InBufferSize,
                              ULONG OutBufferSize, PUCHAR Buffer) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    (void)GuidIndex;
    (void)InstanceIndex;
    (void)InBufferSize;
    if (MethodId != 1)
        return WmiCompleteRequest(DeviceObject, Irp, STATUS_WMI_ITEMID_NOT_FOUND, 0,
                                  IO_NO_INCREMENT);
    if (OutBufferSize < sizeof(ULONG))
        return WmiCompleteRequest(DeviceObject, Irp, STATUS_BUFFER_TOO_SMALL, sizeof(ULONG),
                                  IO_NO_INCREMENT);
    ext->Value *= 2;
    *(PULONG)Buffer = ext->Value;
    return WmiCompleteRequest(DeviceObject, Irp, STATUS_SUCCESS, sizeof(ULONG), IO_NO_INCREMENT);
}

static NTSTATUS DispatchSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    SYSCTL_IRP_DISPOSITION disposition;
    NTSTATUS status = WmiSystemControl(&ext->WmiLib, DeviceObject, Irp, &disposition);
    switch (disposition) {
        case IrpProcessed:
            return status;
        case IrpNotCompleted:
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return status;
        default:
            IoSkipCurrentIrpStackLocation(Irp);
            return IoCallDriver(ext->Lower, Irp);
    }
}

static NTSTATUS StartCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
    (void)DeviceObject;
    (void)Irp;
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
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
            }
            status = Irp->IoStatus.Status;
            if (NT_SUCCESS(status))
                status = IoWMIRegistrationControl(DeviceObject, WMIREG_ACTION_REGISTER);
            TestLog("wmi: started, registered 0x%lx", (unsigned long)(ULONG)status);
            return Complete(Irp, status, 0);
        case IRP_MN_REMOVE_DEVICE:
            TestLog("wmi: deregistered 0x%lx", (unsigned long)(ULONG)IoWMIRegistrationControl(
                                                   DeviceObject, WMIREG_ACTION_DEREGISTER));
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

static NTSTATUS DispatchPassDown(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PFDO_EXTENSION ext = (PFDO_EXTENSION)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

static NTSTATUS DispatchCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    (void)DeviceObject;
    return Complete(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS AddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo) {
    PDEVICE_OBJECT fdo;
    PFDO_EXTENSION ext;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(FDO_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                                     0, FALSE, &fdo);
    if (!NT_SUCCESS(status)) return status;
    ext = (PFDO_EXTENSION)fdo->DeviceExtension;
    ext->Pdo = Pdo;
    ext->Value = 21;
    ext->WmiLib.GuidCount = 1;
    ext->WmiLib.GuidList = WdmWmiGuids;
    ext->WmiLib.QueryWmiRegInfo = QueryRegInfo;
    ext->WmiLib.QueryWmiDataBlock = QueryDataBlock;
    ext->WmiLib.SetWmiDataBlock = SetDataBlock;
    ext->WmiLib.ExecuteWmiMethod = ExecuteMethod;
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    fdo->Flags |= DO_BUFFERED_IO;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    g_registry_path.Buffer = g_registry_buffer;
    g_registry_path.MaximumLength = sizeof g_registry_buffer;
    RtlCopyUnicodeString(&g_registry_path, RegistryPath);
    DriverObject->DriverExtension->AddDevice = AddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = DispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = DispatchPassDown;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = DispatchSystemControl;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DispatchCreateClose;
    return STATUS_SUCCESS;
}
