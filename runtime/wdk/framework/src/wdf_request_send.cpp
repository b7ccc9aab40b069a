// wdf_request_send.cpp - sending requests to I/O targets: WdfRequestCreate/Reuse, formatting
// with the current stack location, WdfRequestSend (asynchronous with a completion routine,
// synchronous, send-and-forget, timeouts), the completion path (the framework's IoCompletion
// routine: buffers copied back, completion parameters, then the driver's
// EvtRequestCompletionRoutine) and cancellation of sent requests (IoCancelIrp).
//
// One recursive lock orders a request's trip: sending marks it in flight, its completion marks
// it back, and the deadline watcher and WdfRequestCancelSentRequest cancel only a request still
// in flight, under the same lock, so that a cancel never reaches an IRP already completed. A
// cancel routine that completes the IRP at once reenters the lock on the same thread.
#include <chrono>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

#include "entry_guard.hpp"
#include "io_mdl.hpp"
#include "wdf_io_target.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {
namespace {

using Clock = std::chrono::steady_clock;

std::recursive_mutex send_mutex;

// Cancels requests whose WDF_REQUEST_SEND_OPTIONS timeout passed, on a thread of its own.
class DeadlineWatch {
  public:
    void add(FxRequest* request, Clock::time_point deadline) {
        std::lock_guard lock(send_mutex);
        if (!worker_.joinable()) worker_ = std::thread([this] { run(); });
        due_.emplace(deadline, request);
        wake_.notify_all();
    }
    void remove(FxRequest* request) {
        std::lock_guard lock(send_mutex);
        std::erase_if(due_, [&](const auto& entry) { return entry.second == request; });
    }
    ~DeadlineWatch() {
        {
            std::lock_guard lock(send_mutex);
            stopping_ = true;
        }
        wake_.notify_all();
        if (worker_.joinable()) worker_.join();
    }

  private:
    void run() {
        std::unique_lock lock(send_mutex);
        while (!stopping_) {
            if (due_.empty()) {
                wake_.wait(lock);
                continue;
            }
            auto first = due_.begin();
            // A copy: the wait releases the lock, and remove() may erase this entry meanwhile.
            const Clock::time_point deadline = first->first;
            if (Clock::now() < deadline) {
                wake_.wait_until(lock, deadline);
                continue;
            }
            FxRequest* r = first->second;
            due_.erase(first);
            if (r->send && r->send->in_flight && !r->send->timed_out) {
                r->send->timed_out = true;
                IoCancelIrp(r->irp);
            }
        }
    }
    std::condition_variable_any wake_;
    std::multimap<Clock::time_point, FxRequest*> due_;
    std::thread worker_;
    bool stopping_ = false;
};

DeadlineWatch& deadlines() {
    static DeadlineWatch watch;
    return watch;
}

FxRequest* fx_request_of(WDFREQUEST request, const char* entry) {
    return fx_cast<FxRequest>(request, FxType::request, entry);
}

WDF_REQUEST_TYPE type_of_major(UCHAR major) {
    switch (major) {
        case IRP_MJ_CREATE:
            return WdfRequestTypeCreate;
        case IRP_MJ_CLOSE:
            return WdfRequestTypeClose;
        case IRP_MJ_READ:
            return WdfRequestTypeRead;
        case IRP_MJ_WRITE:
            return WdfRequestTypeWrite;
        case IRP_MJ_DEVICE_CONTROL:
            return WdfRequestTypeDeviceControl;
        case IRP_MJ_INTERNAL_DEVICE_CONTROL:
            return WdfRequestTypeDeviceControlInternal;
        case IRP_MJ_CLEANUP:
            return WdfRequestTypeCleanup;
        default:
            return WdfRequestTypeOther;
    }
}

bool is_error(NTSTATUS status) {
    return (static_cast<ULONG>(status) >> 30) == 3;
}

// The target gave the IRP back: its data to the caller's buffers, the IRP's own buffers back.
void restore_buffers(PIRP irp, FormattedBuffers& b) {
    if (b.copy_back_to && !b.system_buffer.empty() && !is_error(irp->IoStatus.Status)) {
        std::size_t bytes = std::min<std::size_t>(irp->IoStatus.Information, b.copy_back_length);
        if (bytes) std::memcpy(b.copy_back_to, b.system_buffer.data(), bytes);
    }
    if (b.own_mdl) mdl_free(b.own_mdl, false);
    b.own_mdl = nullptr;
    if (b.replaced) {
        irp->AssociatedIrp.SystemBuffer = b.saved_system_buffer;
        irp->MdlAddress = b.saved_mdl;
        irp->UserBuffer = b.saved_user_buffer;
        b.replaced = false;
    }
    b.copy_back_to = nullptr;
    b.system_buffer.clear();
}

void fill_params(FxRequestSend& s, PIRP irp, PIO_STACK_LOCATION sent) {
    WDF_REQUEST_COMPLETION_PARAMS_INIT(&s.params);
    s.params.IoStatus = irp->IoStatus;
    s.params.Type = type_of_major(sent->MajorFunction);
    const FormattedBuffers& b = s.buffers;
    switch (s.params.Type) {
        case WdfRequestTypeRead:
            s.params.Parameters.Read.Buffer = b.output_memory;
            s.params.Parameters.Read.Length = irp->IoStatus.Information;
            s.params.Parameters.Read.Offset = b.output_offset;
            break;
        case WdfRequestTypeWrite:
            s.params.Parameters.Write.Buffer = b.input_memory;
            s.params.Parameters.Write.Length = irp->IoStatus.Information;
            s.params.Parameters.Write.Offset = b.input_offset;
            break;
        case WdfRequestTypeDeviceControl:
        case WdfRequestTypeDeviceControlInternal:
            s.params.Parameters.Ioctl.IoControlCode =
                sent->Parameters.DeviceIoControl.IoControlCode;
            s.params.Parameters.Ioctl.Input.Buffer = b.input_memory;
            s.params.Parameters.Ioctl.Input.Offset = b.input_offset;
            s.params.Parameters.Ioctl.Output.Buffer = b.output_memory;
            s.params.Parameters.Ioctl.Output.Offset = b.output_offset;
            s.params.Parameters.Ioctl.Output.Length = irp->IoStatus.Information;
            break;
        default:
            s.params.Parameters.Others.Argument1.Ptr = sent->Parameters.Others.Argument1;
            s.params.Parameters.Others.Argument2.Ptr = sent->Parameters.Others.Argument2;
            s.params.Parameters.Others.Argument3.Ptr = sent->Parameters.Others.Argument3;
            s.params.Parameters.Others.Argument4.Ptr = sent->Parameters.Others.Argument4;
            break;
    }
}

// The request is back from its target (or failed before reaching it): what the framework does
// before the driver sees it, then the driver's completion routine.
void request_finished(FxRequest* r) {
    FxRequestSend& s = *r->send;
    PIRP irp = r->irp;
    if (s.timed_out && irp->IoStatus.Status == STATUS_CANCELLED)
        irp->IoStatus.Status = STATUS_IO_TIMEOUT;
    restore_buffers(irp, s.buffers);
    fill_params(s, irp, IoGetNextIrpStackLocation(irp));
    s.status = irp->IoStatus.Status;
    s.formatted = false;
    FxIoTarget* target = s.target;
    s.target = nullptr;
    // The target counts the request as its own until the driver's completion routine has
    // returned: closing the target (and removing the device, and unloading the driver after)
    // waits for the routine to be out of the driver's code.
    auto release_from_target = [&] {
        if (!target) return;
        std::lock_guard send_lock(send_mutex);
        std::lock_guard lock(target->mutex);
        bool sent_again = s.in_flight && s.target == target;
        if (!sent_again) target->sent.erase(r);
        if (target->sent.empty()) target->drained.notify_all();
    };
    if (s.synchronous) {
        release_from_target();
        KeSetEvent(&s.done, IO_NO_INCREMENT, FALSE);
        return;
    }
    if (s.routine) {
        call_driver(r->driver, "EvtRequestCompletionRoutine", s.routine,
                    reinterpret_cast<WDFREQUEST>(r), reinterpret_cast<WDFIOTARGET>(target),
                    &s.params, s.context);
    } else if (!r->created_by_driver) {
        // No completion routine: the framework completes a request the driver received with
        // what the target said.
        r->information = irp->IoStatus.Information;
        request_complete(r, s.status, "framework");
    }
    release_from_target();
}

NTSTATUS sent_request_completed(PDEVICE_OBJECT, PIRP, PVOID context) {
    auto* r = static_cast<FxRequest*>(context);
    {
        std::lock_guard lock(send_mutex);
        r->send->in_flight = false;
        deadlines().remove(r);
    }
    request_finished(r);
    // The IRP is the request's again (a received one goes up when the driver completes it).
    return STATUS_MORE_PROCESSING_REQUIRED;
}

// A created request's IRP has too few stack locations for a deeper target: a new one, with the
// next stack location carried over, as KMDF reallocates the IRPs it owns.
bool grow_irp(FxRequest* r, CCHAR stack_size) {
    PIRP old = r->irp;
    PIRP irp = IoAllocateIrp(stack_size, FALSE);
    if (!irp) return false;
    *IoGetNextIrpStackLocation(irp) = *IoGetNextIrpStackLocation(old);
    irp->MdlAddress = old->MdlAddress;
    irp->AssociatedIrp = old->AssociatedIrp;
    irp->UserBuffer = old->UserBuffer;
    irp->RequestorMode = old->RequestorMode;
    irp->IoStatus = old->IoStatus;
    IoFreeIrp(old);
    r->irp = irp;
    return true;
}

void reset_irp(PIRP irp, NTSTATUS status) {
    auto* stack = reinterpret_cast<PIO_STACK_LOCATION>(irp + 1);
    std::memset(stack, 0, sizeof(IO_STACK_LOCATION) * static_cast<std::size_t>(irp->StackCount));
    irp->CurrentLocation = static_cast<CHAR>(irp->StackCount + 1);
    irp->Tail.Overlay.CurrentStackLocation = stack + irp->StackCount;
    irp->Cancel = FALSE;
    irp->CancelRoutine = nullptr;
    irp->PendingReturned = FALSE;
    irp->MdlAddress = nullptr;
    irp->AssociatedIrp.SystemBuffer = nullptr;
    irp->UserBuffer = nullptr;
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = 0;
}

Clock::time_point deadline_of(LONGLONG timeout) {
    if (timeout < 0) return Clock::now() + std::chrono::nanoseconds(-timeout * 100);
    // Absolute: 100 ns units since 1601, against the wall clock.
    auto since_1601 =
        std::chrono::system_clock::now().time_since_epoch() + std::chrono::seconds(11644473600LL);
    auto left = std::chrono::nanoseconds(timeout * 100) -
                std::chrono::duration_cast<std::chrono::nanoseconds>(since_1601);
    return Clock::now() + std::max(left, std::chrono::nanoseconds(0));
}

void deliver(FxRequest* r, FxIoTarget* t) {
    FxRequestSend& s = *r->send;
    PIRP irp = r->irp;
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp);
    if (t->file) next->FileObject = t->file;
    IoSetCompletionRoutine(irp, sent_request_completed, r, TRUE, TRUE, TRUE);
    {
        std::lock_guard lock(t->mutex);
        t->sent.insert(r);
    }
    s.target = t;
    {
        std::lock_guard lock(send_mutex);
        s.in_flight = true;
        if (s.has_deadline) deadlines().add(r, s.deadline);
    }
    // Below, the IRP's cancellation is the target's; a cancel reaches it through IoCancelIrp.
    request_unwatch_irp_cancel(r);
    IoCallDriver(t->target_device, irp);
}

bool fail_send(FxRequestSend& s, NTSTATUS status) {
    s.status = status;
    return false;
}

}  // namespace

FxRequest::~FxRequest() {
    if (send && send->owns_irp && irp) IoFreeIrp(irp);
    delete send;
}

FxRequestSend& send_state(FxRequest* r) {
    if (!r->send) r->send = new FxRequestSend;
    return *r->send;
}

bool request_sent_to_target(FxRequest* r) {
    std::lock_guard lock(send_mutex);
    return r->send && (r->send->in_flight || r->send->queued);
}

bool request_send(FxRequest* r, FxIoTarget* t, const WDF_REQUEST_SEND_OPTIONS* options,
                  const void* caller) {
    FxRequestSend& s = send_state(r);
    DriverRecord* record = r->driver;
    if (options && options->Size != sizeof(WDF_REQUEST_SEND_OPTIONS))
        return fail_send(s, STATUS_INVALID_PARAMETER);
    ULONG flags = options ? options->Flags : 0;
    bool forget = flags & WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET;
    bool sync = flags & WDF_REQUEST_SEND_OPTION_SYNCHRONOUS;
    if (r->completed.load()) {
        report_issue(record, IssueKind::device_misuse,
                     "WdfRequestSend of a request already completed");
        return fail_send(s, STATUS_INVALID_DEVICE_STATE);
    }
    if (request_sent_to_target(r)) {
        report_issue(record, IssueKind::device_misuse,
                     "WdfRequestSend of a request an I/O target already has (sent twice)");
        return fail_send(s, STATUS_INVALID_DEVICE_STATE);
    }
    if (forget &&
        (r->created_by_driver || s.routine || sync || (flags & WDF_REQUEST_SEND_OPTION_TIMEOUT))) {
        // KMDF: send-and-forget is for requests the driver received, with nothing to report.
        report_issue(record, IssueKind::device_misuse,
                     "WdfRequestSend: WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET with a created "
                     "request, a completion routine, SYNCHRONOUS or a timeout");
        return fail_send(s, STATUS_INVALID_PARAMETER);
    }
    if (!t->target_device) return fail_send(s, STATUS_INVALID_DEVICE_STATE);
    // The target's stack needs as many locations below ours.
    bool received = !r->created_by_driver;
    if (received && !s.formatted && !forget) {
        IoCopyCurrentIrpStackLocationToNext(r->irp);
        s.formatted = true;
    }
    if (!received && !s.formatted) {
        report_issue(record, IssueKind::device_misuse,
                     "WdfRequestSend of a created request that was never formatted");
        return fail_send(s, STATUS_INVALID_DEVICE_REQUEST);
    }
    CCHAR needed = t->target_device->StackSize;
    if (r->irp->CurrentLocation - 1 < needed + (forget && !s.formatted ? -1 : 0)) {
        if (!s.owns_irp || !grow_irp(r, needed)) return fail_send(s, STATUS_REQUEST_NOT_ACCEPTED);
    }
    s.status = STATUS_SUCCESS;
    s.timed_out = false;
    s.synchronous = sync;
    s.has_deadline = (flags & WDF_REQUEST_SEND_OPTION_TIMEOUT) && options->Timeout != 0;
    if (s.has_deadline) s.deadline = deadline_of(options->Timeout);
    {
        // Lock order: send_mutex, then the target's.
        std::lock_guard send_lock(send_mutex);
        std::lock_guard lock(t->mutex);
        WDF_IO_TARGET_STATE state = t->state;
        bool open = state == WdfIoTargetStarted ||
                    (flags & WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE) ||
                    (forget && (state == WdfIoTargetStopped || state == WdfIoTargetPurged));
        if (!open) {
            if (state != WdfIoTargetStopped || sync)
                return fail_send(s, STATUS_INVALID_DEVICE_STATE);
            // A stopped target keeps what is sent until it starts again.
            s.queued = true;
            s.target = t;
            t->waiting.push_back(r);
            return true;
        }
    }
    if (forget) {
        // The framework lets go of the request: the IRP goes down as it is, and the object with
        // its callbacks goes, as after a completion.
        PIRP irp = r->irp;
        FxQueue* queue = r->queue;
        r->completed.store(true);
        if (!s.formatted) {
            IoSkipCurrentIrpStackLocation(irp);
        } else {
            IoGetNextIrpStackLocation(irp)->CompletionRoutine = nullptr;
            IoGetNextIrpStackLocation(irp)->Control = 0;
        }
        if (t->file) IoGetNextIrpStackLocation(irp)->FileObject = t->file;
        request_unwatch_irp_cancel(r);
        IoCallDriver(t->target_device, irp);
        fx_delete(r);
        if (queue) queue_request_done(queue, r);
        return true;
    }
    if (sync) {
        if (KeGetCurrentIrql() > PASSIVE_LEVEL)
            report_issue(driver_of_address(caller), IssueKind::irql,
                         "synchronous WdfRequestSend at IRQL " +
                             std::to_string(KeGetCurrentIrql()) + " (must be PASSIVE_LEVEL)");
        KeInitializeEvent(&s.done, NotificationEvent, FALSE);
    }
    deliver(r, t);
    if (sync) KeWaitForSingleObject(&s.done, Executive, KernelMode, FALSE, nullptr);
    return true;
}

void request_deliver(FxRequest* r, FxIoTarget* t) {
    {
        std::lock_guard lock(send_mutex);
        r->send->queued = false;
    }
    deliver(r, t);
}

void request_fail_unsent(FxRequest* r, NTSTATUS status) {
    {
        std::lock_guard lock(send_mutex);
        r->send->queued = false;
    }
    r->irp->IoStatus.Status = status;
    r->irp->IoStatus.Information = 0;
    request_finished(r);
}

bool request_cancel_sent(FxRequest* r) {
    std::unique_lock lock(send_mutex);
    if (!r->send) return false;
    if (r->send->in_flight) return IoCancelIrp(r->irp) != FALSE;
    if (!r->send->queued) return false;
    // Still waiting at a stopped target: it never goes, and completes as cancelled.
    FxIoTarget* t = r->send->target;
    {
        std::lock_guard target_lock(t->mutex);
        std::erase(t->waiting, r);
    }
    lock.unlock();
    request_fail_unsent(r, STATUS_CANCELLED);
    return true;
}

FxRequest* request_create_internal(FxDevice* device, CCHAR stack_size) {
    PIRP irp = IoAllocateIrp(stack_size, FALSE);
    if (!irp) return nullptr;
    auto* r = new FxRequest(device->driver);
    r->device = device;
    r->irp = irp;
    r->created_by_driver = true;
    send_state(r).owns_irp = true;
    return r;
}

void request_destroy_internal(FxRequest* r) {
    // Not while a target walks its sent requests (cancel_sent_requests).
    std::lock_guard lock(send_mutex);
    delete r;
}

void cancel_sent_requests(FxIoTarget* t) {
    std::lock_guard lock(send_mutex);
    std::vector<FxRequest*> sent;
    {
        std::lock_guard target_lock(t->mutex);
        sent.assign(t->sent.begin(), t->sent.end());
    }
    for (FxRequest* r : sent)
        if (r->send && r->send->in_flight) IoCancelIrp(r->irp);
}

extern "C" NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES attributes, WDFIOTARGET target,
                                     WDFREQUEST* request) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfRequestCreate", [&]() -> NTSTATUS {
        if (!request) return STATUS_INVALID_PARAMETER;
        FxIoTarget* t = target ? io_target_of(target, "WdfRequestCreate") : nullptr;
        if (target && !t) return STATUS_INVALID_PARAMETER;
        if (!record && t) record = t->driver;
        if (!record || !record->fx) return STATUS_INVALID_DEVICE_STATE;
        NTSTATUS status;
        if (injected_failure(record, "WdfRequestCreate", status)) return status;
        FxObject* parent = record->fx;
        if (attributes && attributes->ParentObject) {
            parent = fx_object(attributes->ParentObject, "WdfRequestCreate");
            if (!parent) return STATUS_INVALID_PARAMETER;
        }
        CCHAR stack = t && t->target_device ? t->target_device->StackSize : 1;
        PIRP irp = IoAllocateIrp(stack, FALSE);
        if (!irp) return STATUS_INSUFFICIENT_RESOURCES;
        auto* r = new FxRequest(record);
        r->irp = irp;
        r->device = t ? t->device : nullptr;
        r->created_by_driver = true;
        send_state(r).owns_irp = true;
        status = fx_initialize(r, attributes, parent);
        if (!NT_SUCCESS(status)) {
            delete r;
            return status;
        }
        *request = reinterpret_cast<WDFREQUEST>(r);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfRequestReuse(WDFREQUEST request, PWDF_REQUEST_REUSE_PARAMS params) {
    return guarded("WdfRequestReuse", [&]() -> NTSTATUS {
        FxRequest* r = fx_request_of(request, "WdfRequestReuse");
        if (!r || !params || params->Size != sizeof(WDF_REQUEST_REUSE_PARAMS))
            return STATUS_INVALID_PARAMETER;
        if (!r->created_by_driver) {
            report_issue(r->driver, IssueKind::device_misuse,
                         "WdfRequestReuse of a request the driver received (only created ones "
                         "are reused)");
            return STATUS_INVALID_DEVICE_REQUEST;
        }
        if (request_sent_to_target(r)) {
            report_issue(r->driver, IssueKind::device_misuse,
                         "WdfRequestReuse of a request an I/O target still owns");
            return STATUS_INVALID_DEVICE_STATE;
        }
        FxRequestSend& s = send_state(r);
        if (params->Flags & WDF_REQUEST_REUSE_SET_NEW_IRP) {
            if (!params->NewIrp) return STATUS_INVALID_PARAMETER;
            if (s.owns_irp && r->irp) IoFreeIrp(r->irp);
            r->irp = params->NewIrp;
            s.owns_irp = false;
        } else if (r->irp) {
            reset_irp(r->irp, params->Status);
        }
        s.status = params->Status;
        s.formatted = false;
        s.timed_out = false;
        s.buffers = FormattedBuffers{};
        WDF_REQUEST_COMPLETION_PARAMS_INIT(&s.params);
        r->information = 0;
        return STATUS_SUCCESS;
    });
}

extern "C" BOOLEAN WdfRequestSend(WDFREQUEST request, WDFIOTARGET target,
                                  PWDF_REQUEST_SEND_OPTIONS options) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "WdfRequestSend",
        [&]() -> BOOLEAN {
            FxRequest* r = fx_request_of(request, "WdfRequestSend");
            if (!r) return FALSE;
            FxIoTarget* t = io_target_of(target, "WdfRequestSend");
            if (!t) {
                send_state(r).status = STATUS_INVALID_PARAMETER;
                return FALSE;
            }
            return request_send(r, t, options, caller) ? TRUE : FALSE;
        },
        BOOLEAN{FALSE});
}

extern "C" void WdfRequestSetCompletionRoutine(WDFREQUEST request,
                                               PFN_WDF_REQUEST_COMPLETION_ROUTINE routine,
                                               WDFCONTEXT context) {
    if (FxRequest* r = fx_request_of(request, "WdfRequestSetCompletionRoutine")) {
        FxRequestSend& s = send_state(r);
        s.routine = routine;
        s.context = context;
    }
}

extern "C" void WdfRequestGetCompletionParams(WDFREQUEST request,
                                              PWDF_REQUEST_COMPLETION_PARAMS params) {
    FxRequest* r = fx_request_of(request, "WdfRequestGetCompletionParams");
    if (!r || !params) return;
    if (r->send) {
        *params = r->send->params;
    } else {
        WDF_REQUEST_COMPLETION_PARAMS_INIT(params);
    }
}

extern "C" NTSTATUS WdfRequestGetStatus(WDFREQUEST request) {
    FxRequest* r = fx_request_of(request, "WdfRequestGetStatus");
    if (!r) return STATUS_INVALID_PARAMETER;
    if (r->send) return r->send->status;
    return r->irp ? r->irp->IoStatus.Status : STATUS_SUCCESS;
}

extern "C" BOOLEAN WdfRequestCancelSentRequest(WDFREQUEST request) {
    return guarded(
        "WdfRequestCancelSentRequest",
        [&]() -> BOOLEAN {
            FxRequest* r = fx_request_of(request, "WdfRequestCancelSentRequest");
            return r && request_cancel_sent(r) ? TRUE : FALSE;
        },
        BOOLEAN{FALSE});
}

extern "C" void WdfRequestFormatRequestUsingCurrentType(WDFREQUEST request) {
    FxRequest* r = fx_request_of(request, "WdfRequestFormatRequestUsingCurrentType");
    if (!r) return;
    PIRP irp = r->irp;
    if (r->completed.load() || !irp || irp->CurrentLocation > irp->StackCount) {
        // A created request has no current stack location to copy.
        report_issue(r->driver, IssueKind::device_misuse,
                     "WdfRequestFormatRequestUsingCurrentType on a request without a current "
                     "stack location (created, or completed)");
        return;
    }
    IoCopyCurrentIrpStackLocationToNext(irp);
    send_state(r).formatted = true;
}

extern "C" void WdfRequestWdmFormatUsingStackLocation(WDFREQUEST request,
                                                      PIO_STACK_LOCATION stack) {
    FxRequest* r = fx_request_of(request, "WdfRequestWdmFormatUsingStackLocation");
    if (!r || !stack || !r->irp) return;
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(r->irp);
    *next = *stack;
    next->CompletionRoutine = nullptr;
    next->Context = nullptr;
    next->Control = 0;
    send_state(r).formatted = true;
}

}  // namespace wpptrace::framework
