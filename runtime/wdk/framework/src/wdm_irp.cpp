// wdm_irp.cpp - IRPs: IoAllocateIrp/IoFreeIrp, IoCallDriver down a stack, IoCompleteRequest
// back up through the completion routines, as the I/O manager does.
#include "wdm_irp.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "entry_guard.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {

NTSTATUS invalid_device_request(PDEVICE_OBJECT, PIRP irp) {
    irp->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return STATUS_INVALID_DEVICE_REQUEST;
}

namespace {
NTSTATUS signal_forwarded(PDEVICE_OBJECT, PIRP, PVOID context) {
    KeSetEvent(static_cast<PRKEVENT>(context), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}
}  // namespace

NTSTATUS forward_and_wait(PDEVICE_OBJECT lower, PIRP irp) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(irp);
    IoSetCompletionRoutine(irp, signal_forwarded, &event, TRUE, TRUE, TRUE);
    NTSTATUS status = IoCallDriver(lower, irp);
    // The routine runs whether or not the lower driver pended: always wait for it, so that the
    // IRP is ours again before we touch it.
    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
    (void)status;
    return irp->IoStatus.Status;
}

const char* major_function_name(UCHAR major) {
    static const char* const names[] = {"IRP_MJ_CREATE",
                                        "IRP_MJ_CREATE_NAMED_PIPE",
                                        "IRP_MJ_CLOSE",
                                        "IRP_MJ_READ",
                                        "IRP_MJ_WRITE",
                                        "IRP_MJ_QUERY_INFORMATION",
                                        "IRP_MJ_SET_INFORMATION",
                                        "IRP_MJ_QUERY_EA",
                                        "IRP_MJ_SET_EA",
                                        "IRP_MJ_FLUSH_BUFFERS",
                                        "IRP_MJ_QUERY_VOLUME_INFORMATION",
                                        "IRP_MJ_SET_VOLUME_INFORMATION",
                                        "IRP_MJ_DIRECTORY_CONTROL",
                                        "IRP_MJ_FILE_SYSTEM_CONTROL",
                                        "IRP_MJ_DEVICE_CONTROL",
                                        "IRP_MJ_INTERNAL_DEVICE_CONTROL",
                                        "IRP_MJ_SHUTDOWN",
                                        "IRP_MJ_LOCK_CONTROL",
                                        "IRP_MJ_CLEANUP",
                                        "IRP_MJ_CREATE_MAILSLOT",
                                        "IRP_MJ_QUERY_SECURITY",
                                        "IRP_MJ_SET_SECURITY",
                                        "IRP_MJ_POWER",
                                        "IRP_MJ_SYSTEM_CONTROL",
                                        "IRP_MJ_DEVICE_CHANGE",
                                        "IRP_MJ_QUERY_QUOTA",
                                        "IRP_MJ_SET_QUOTA",
                                        "IRP_MJ_PNP"};
    return major <= IRP_MJ_MAXIMUM_FUNCTION ? names[major] : "IRP_MJ_?";
}

const char* pnp_minor_name(UCHAR minor) {
    switch (minor) {
        case IRP_MN_START_DEVICE:
            return "IRP_MN_START_DEVICE";
        case IRP_MN_QUERY_REMOVE_DEVICE:
            return "IRP_MN_QUERY_REMOVE_DEVICE";
        case IRP_MN_REMOVE_DEVICE:
            return "IRP_MN_REMOVE_DEVICE";
        case IRP_MN_CANCEL_REMOVE_DEVICE:
            return "IRP_MN_CANCEL_REMOVE_DEVICE";
        case IRP_MN_STOP_DEVICE:
            return "IRP_MN_STOP_DEVICE";
        case IRP_MN_QUERY_STOP_DEVICE:
            return "IRP_MN_QUERY_STOP_DEVICE";
        case IRP_MN_SURPRISE_REMOVAL:
            return "IRP_MN_SURPRISE_REMOVAL";
        default:
            return "IRP_MN_?";
    }
}

extern "C" PIRP IoAllocateIrp(CCHAR stack_size, BOOLEAN) {
    if (stack_size < 1) return nullptr;
    std::size_t bytes =
        sizeof(IRP) + static_cast<std::size_t>(stack_size) * sizeof(IO_STACK_LOCATION);
    auto* irp = static_cast<PIRP>(std::calloc(1, bytes));
    if (!irp) return nullptr;
    irp->Type = IO_TYPE_IRP;
    irp->Size = static_cast<USHORT>(bytes);
    irp->StackCount = stack_size;
    irp->CurrentLocation = static_cast<CHAR>(stack_size + 1);
    InitializeListHead(&irp->ThreadListEntry);
    // Location i (1-based) is at stack[i - 1]; "current" starts one past the last.
    auto* stack = reinterpret_cast<PIO_STACK_LOCATION>(irp + 1);
    irp->Tail.Overlay.CurrentStackLocation = stack + stack_size;
    return irp;
}

extern "C" void IoFreeIrp(PIRP irp) {
    if (!irp) return;
    forget_built_irp(irp);
    irp->Type = 0;
    std::free(irp);
}

extern "C" NTSTATUS IoCallDriver(PDEVICE_OBJECT device, PIRP irp) {
    DriverRecord* caller = driver_of_address(__builtin_return_address(0));
    return guarded(
        "IoCallDriver",
        [&]() -> NTSTATUS {
            if (!device || device->Type != IO_TYPE_DEVICE) {
                report_issue(caller, IssueKind::device_misuse,
                             "IoCallDriver to a deleted or invalid device object");
                irp->IoStatus.Status = STATUS_NO_SUCH_DEVICE;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_NO_SUCH_DEVICE;
            }
            if (irp->CurrentLocation <= 1) {
                // NO_MORE_IRP_STACK_LOCATIONS on Windows: the sender's StackSize was wrong.
                report_issue(caller, IssueKind::device_misuse,
                             "IoCallDriver to " + describe_device(device) +
                                 ": no stack location left (StackSize too small)");
                irp->IoStatus.Status = STATUS_INVALID_PARAMETER;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_INVALID_PARAMETER;
            }
            IoSetNextIrpStackLocation(irp);
            PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
            stack->DeviceObject = device;
            PDRIVER_DISPATCH dispatch = device->DriverObject->MajorFunction[stack->MajorFunction];
            if (!dispatch) dispatch = invalid_device_request;
            return call_driver(find_driver(device->DriverObject),
                               major_function_name(stack->MajorFunction), dispatch, device, irp);
        },
        NTSTATUS{}, find_driver(device ? device->DriverObject : nullptr));
}

extern "C" void IoCompleteRequest(PIRP irp, CCHAR) {
    const void* caller = __builtin_return_address(0);
    guarded_void("IoCompleteRequest", [&] {
        if (irp->Type != IO_TYPE_IRP || irp->CurrentLocation > irp->StackCount) {
            // MULTIPLE_IRP_COMPLETE_REQUESTS on Windows: no driver owns the IRP any more.
            auto* stack = reinterpret_cast<PIO_STACK_LOCATION>(irp + 1);
            PDEVICE_OBJECT top =
                irp->StackCount > 0 ? stack[irp->StackCount - 1].DeviceObject : nullptr;
            DriverRecord* record = driver_of_address(caller);
            if (!record && top) record = find_driver(top->DriverObject);
            report_issue(record, IssueKind::double_completion,
                         std::string("IoCompleteRequest: ") +
                             major_function_name(stack[irp->StackCount - 1].MajorFunction) +
                             " IRP to " + describe_device(top) + " completed twice");
            return;
        }
        if (__atomic_exchange_n(&irp->CancelRoutine, nullptr, __ATOMIC_SEQ_CST)) {
            // Driver Verifier stops here (the routine could run on a completed IRP): the
            // driver must take its cancel routine back before completing.
            PDEVICE_OBJECT device = IoGetCurrentIrpStackLocation(irp)->DeviceObject;
            report_issue(find_driver(device ? device->DriverObject : nullptr),
                         IssueKind::device_misuse,
                         std::string("IoCompleteRequest with a cancel routine still set: ") +
                             major_function_name(IoGetCurrentIrpStackLocation(irp)->MajorFunction) +
                             " to " + describe_device(device));
        }
        if (irp->IoStatus.Status == STATUS_PENDING) {
            PDEVICE_OBJECT device = IoGetCurrentIrpStackLocation(irp)->DeviceObject;
            report_issue(find_driver(device ? device->DriverObject : nullptr),
                         IssueKind::device_misuse,
                         std::string("IoCompleteRequest with STATUS_PENDING: ") +
                             major_function_name(IoGetCurrentIrpStackLocation(irp)->MajorFunction) +
                             " to " + describe_device(device));
        }
        while (irp->CurrentLocation <= irp->StackCount) {
            PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
            irp->PendingReturned = (stack->Control & SL_PENDING_RETURNED) != 0;
            PIO_COMPLETION_ROUTINE routine = stack->CompletionRoutine;
            PVOID context = stack->Context;
            UCHAR control = stack->Control;
            stack->CompletionRoutine = nullptr;
            stack->Control = 0;
            IoSkipCurrentIrpStackLocation(irp);  // up to the driver that set the routine
            NTSTATUS status = irp->IoStatus.Status;
            bool invoke = routine && ((NT_SUCCESS(status) && (control & SL_INVOKE_ON_SUCCESS)) ||
                                      (!NT_SUCCESS(status) && (control & SL_INVOKE_ON_ERROR)) ||
                                      (irp->Cancel && (control & SL_INVOKE_ON_CANCEL)));
            if (invoke) {
                PDEVICE_OBJECT device = irp->CurrentLocation <= irp->StackCount
                                            ? IoGetCurrentIrpStackLocation(irp)->DeviceObject
                                            : nullptr;
                if (call_driver(driver_of_address(reinterpret_cast<const void*>(routine)),
                                "IoCompletion routine", routine, device, irp,
                                context) == STATUS_MORE_PROCESSING_REQUIRED)
                    return;
            } else if (irp->PendingReturned && irp->CurrentLocation <= irp->StackCount) {
                IoMarkIrpPending(irp);  // what the routine would have done
            }
        }
        // Back at the I/O manager: hand the status to whoever waits for the IRP.
        if (finish_built_irp(irp)) return;
        if (irp->UserIosb) *irp->UserIosb = irp->IoStatus;
        if (irp->UserEvent) KeSetEvent(irp->UserEvent, IO_NO_INCREMENT, FALSE);
    });
}

}  // namespace wpptrace::framework
