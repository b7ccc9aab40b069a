// wdm_filter.cpp - a WDM upper filter (C++): passes every IRP down; reads go down with a
// completion routine that marks the first byte 'F' and propagates the pending state, as
// filters must.
#include <wdm.h>

#include "test_log.h"

namespace {

struct FilterExtension {
    PDEVICE_OBJECT Lower;
};

NTSTATUS ReadCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
    (void)Context;
    if (Irp->PendingReturned) IoMarkIrpPending(Irp);
    if (NT_SUCCESS(Irp->IoStatus.Status) && Irp->IoStatus.Information > 0)
        static_cast<PUCHAR>(Irp->AssociatedIrp.SystemBuffer)[0] = 'F';
    TestLog("filter: read completion (status 0x%lx, %lu bytes, pending %d, own device %d)",
            static_cast<unsigned long>(Irp->IoStatus.Status),
            static_cast<unsigned long>(Irp->IoStatus.Information), Irp->PendingReturned ? 1 : 0,
            DeviceObject && DeviceObject->DriverObject->DriverExtension->AddDevice ? 1 : 0);
    return STATUS_SUCCESS;  // STATUS_CONTINUE_COMPLETION
}

NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    auto* ext = static_cast<FilterExtension*>(DeviceObject->DeviceExtension);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_OBJECT lower = ext->Lower;
    if (stack->MajorFunction == IRP_MJ_READ) {
        IoCopyCurrentIrpStackLocationToNext(Irp);
        IoSetCompletionRoutine(Irp, ReadCompleted, nullptr, TRUE, TRUE, TRUE);
        return IoCallDriver(lower, Irp);
    }
    if (stack->MajorFunction == IRP_MJ_PNP && stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        TestLog("filter: remove");
        IoSkipCurrentIrpStackLocation(Irp);
        NTSTATUS status = IoCallDriver(lower, Irp);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(lower, Irp);
}

NTSTATUS AddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo) {
    PDEVICE_OBJECT filter;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(FilterExtension), nullptr,
                                     FILE_DEVICE_UNKNOWN, 0, FALSE, &filter);
    if (!NT_SUCCESS(status)) return status;
    auto* ext = static_cast<FilterExtension*>(filter->DeviceExtension);
    ext->Lower = IoAttachDeviceToDeviceStack(filter, Pdo);
    // A filter copies the transfer flags of the device below, so that the I/O manager builds
    // IRPs the function driver understands.
    filter->Flags |= ext->Lower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
    filter->DeviceType = ext->Lower->DeviceType;
    filter->Flags &= ~DO_DEVICE_INITIALIZING;
    TestLog("filter: AddDevice (stack size %d)", static_cast<int>(filter->StackSize));
    return STATUS_SUCCESS;
}

void Unload(PDRIVER_OBJECT) {
    TestLog("filter: unload");
}

}  // namespace

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING) {
    DriverObject->DriverExtension->AddDevice = AddDevice;
    DriverObject->DriverUnload = Unload;
    for (auto& dispatch : DriverObject->MajorFunction) dispatch = Dispatch;
    return STATUS_SUCCESS;
}
