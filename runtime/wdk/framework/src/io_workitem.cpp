// io_workitem.cpp - IO_WORKITEM and the executive's WORK_QUEUE_ITEM, run by the engine's worker
// threads at PASSIVE_LEVEL (execution_engine.cpp). IoQueueWorkItem references the device object
// until the routine returns, as the I/O manager does.
#include <cstdint>
#include <string>

#include <km/io_workitem.h>

#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "ke_dispatcher.hpp"
#include "object_handles.hpp"
#include "pool.hpp"

struct _IO_WORKITEM {
    static constexpr std::uint32_t live_magic = 0x496f576b;  // "IoWk"
    std::uint32_t magic;
    PVOID io_object;  // the device (or driver) object the item is for
    wpptrace::framework::DriverRecord* owner;
};

namespace wpptrace::framework {

namespace {

constexpr ULONG work_item_tag = 'kWoI';  // poolmon: IoWk

bool live(const void* caller, const char* entry, PIO_WORKITEM item) {
    if (item && item->magic == _IO_WORKITEM::live_magic) return true;
    report_issue(driver_of_address(caller), IssueKind::device_misuse,
                 std::string(entry) + ": not an allocated or initialized IO_WORKITEM");
    return false;
}

PDEVICE_OBJECT device_of(PIO_WORKITEM item) {
    auto* device = static_cast<PDEVICE_OBJECT>(item->io_object);
    return device && device->Type == IO_TYPE_DEVICE ? device : nullptr;
}

void check_irql(const void* caller, const char* entry) {
    if (KeGetCurrentIrql() > DISPATCH_LEVEL)
        report_irql(caller, std::string(entry) + " at IRQL " + std::to_string(KeGetCurrentIrql()));
}

// Queues run() for item; the device object stays referenced until it has run.
void queue(const void* caller, const char* entry, PIO_WORKITEM item, const void* routine,
           std::function<void()> run) {
    check_irql(caller, entry);
    if (!live(caller, entry, item)) return;
    DriverRecord* owner = driver_of_address(routine);
    if (!owner) owner = item->owner;
    PDEVICE_OBJECT device = device_of(item);
    // An object-table reference, as ObReferenceObject takes: a device deleted meanwhile stays
    // until the routine has run.
    if (device) object_reference(device);
    bool queued = exec::work_queue(item, owner, [device, run = std::move(run)] {
        run();
        if (device) object_dereference(device);
    });
    if (!queued) {
        if (device) object_dereference(device);
        report_issue(owner, IssueKind::device_misuse,
                     std::string(entry) + " of a work item that is already queued");
    }
}

}  // namespace

extern "C" ULONG IoSizeofWorkItem(void) {
    return sizeof(_IO_WORKITEM);
}

extern "C" void IoInitializeWorkItem(PVOID io_object, PIO_WORKITEM item) {
    item->magic = _IO_WORKITEM::live_magic;
    item->io_object = io_object;
    item->owner = driver_of_address(__builtin_return_address(0));
}

extern "C" void IoUninitializeWorkItem(PIO_WORKITEM item) {
    const void* caller = __builtin_return_address(0);
    if (!live(caller, "IoUninitializeWorkItem", item)) return;
    if (exec::work_queued(item)) {
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     "IoUninitializeWorkItem of a work item still queued");
        return;
    }
    item->magic = 0;
}

extern "C" PIO_WORKITEM IoAllocateWorkItem(PDEVICE_OBJECT device) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "IoAllocateWorkItem",
        [&]() -> PIO_WORKITEM {
            check_irql(caller, "IoAllocateWorkItem");
            DriverRecord* owner = driver_of_address(caller);
            NTSTATUS status;
            if (!device || injected_failure(owner, "IoAllocateWorkItem", status)) return nullptr;
            auto* item = static_cast<PIO_WORKITEM>(
                pool_allocate(owner, sizeof(_IO_WORKITEM), work_item_tag, true));
            if (!item) return nullptr;
            item->magic = _IO_WORKITEM::live_magic;
            item->io_object = device;
            item->owner = owner;
            return item;
        },
        PIO_WORKITEM{nullptr});
}

extern "C" void IoFreeWorkItem(PIO_WORKITEM item) {
    const void* caller = __builtin_return_address(0);
    guarded_void("IoFreeWorkItem", [&] {
        if (!live(caller, "IoFreeWorkItem", item)) return;
        if (exec::work_queued(item)) {
            // Windows would run the routine from freed memory: keep the item, say so.
            report_issue(driver_of_address(caller), IssueKind::device_misuse,
                         "IoFreeWorkItem of a work item still queued (not freed)");
            return;
        }
        item->magic = 0;
        pool_free(item, work_item_tag, true);
    });
}

extern "C" void IoQueueWorkItem(PIO_WORKITEM item, PIO_WORKITEM_ROUTINE routine, WORK_QUEUE_TYPE,
                                PVOID context) {
    const void* caller = __builtin_return_address(0);
    guarded_void("IoQueueWorkItem", [&] {
        DriverRecord* owner = driver_of_address(reinterpret_cast<const void*>(routine));
        PDEVICE_OBJECT device = item ? device_of(item) : nullptr;
        queue(caller, "IoQueueWorkItem", item, reinterpret_cast<const void*>(routine),
              [=] { call_driver(owner, "WorkerRoutine", routine, device, context); });
    });
}

extern "C" void IoQueueWorkItemEx(PIO_WORKITEM item, PIO_WORKITEM_ROUTINE_EX routine,
                                  WORK_QUEUE_TYPE, PVOID context) {
    const void* caller = __builtin_return_address(0);
    guarded_void("IoQueueWorkItemEx", [&] {
        DriverRecord* owner = driver_of_address(reinterpret_cast<const void*>(routine));
        PVOID io_object = item ? item->io_object : nullptr;
        queue(caller, "IoQueueWorkItemEx", item, reinterpret_cast<const void*>(routine),
              [=] { call_driver(owner, "WorkerRoutine", routine, io_object, context, item); });
    });
}

extern "C" void ExQueueWorkItem(PWORK_QUEUE_ITEM item, WORK_QUEUE_TYPE) {
    const void* caller = __builtin_return_address(0);
    guarded_void("ExQueueWorkItem", [&] {
        check_irql(caller, "ExQueueWorkItem");
        if (!item || !item->WorkerRoutine) {
            report_issue(driver_of_address(caller), IssueKind::device_misuse,
                         "ExQueueWorkItem of an item without a routine (ExInitializeWorkItem)");
            return;
        }
        PWORKER_THREAD_ROUTINE routine = item->WorkerRoutine;
        PVOID parameter = item->Parameter;
        DriverRecord* owner = driver_of_address(reinterpret_cast<const void*>(routine));
        if (!owner) owner = driver_of_address(caller);
        if (!exec::work_queue(item, owner,
                              [=] { call_driver(owner, "WorkerRoutine", routine, parameter); }))
            report_issue(owner, IssueKind::device_misuse,
                         "ExQueueWorkItem of a work item that is already queued");
    });
}

}  // namespace wpptrace::framework
