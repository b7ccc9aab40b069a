// wdf_request_cancel.cpp - cancellation of KMDF requests. A request the driver owns is
// cancelable while it is marked (WdfRequestMarkCancelable[Ex] ... WdfRequestUnmarkCancelable):
// cancelling it then calls EvtRequestCancel once, which completes it. A request still waiting
// in a queue is taken out and handed to EvtIoCanceledOnQueue (else completed with
// STATUS_CANCELLED). A cancellation that finds neither is remembered: marking the request
// cancelable later sees it (WdfRequestMarkCancelable calls EvtRequestCancel at once,
// WdfRequestMarkCancelableEx returns STATUS_CANCELLED). The I/O manager's cancellation
// (IoCancelIrp of the request's IRP, as CancelIoEx or a closing handle cause it) reaches the
// request the same way: as in KMDF, the IRP has the framework's cancel routine while its request
// waits in a queue or is marked cancelable, and none while the driver holds it otherwise (then
// IoCancelIrp only sets Irp->Cancel, which WdfRequestIsCanceled reports).
#include <mutex>
#include <unordered_map>

#include "entry_guard.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {

namespace {

FxRequest* request_of(WDFREQUEST request, const char* entry) {
    return fx_cast<FxRequest>(request, FxType::request, entry);
}

bool driver_owns(FxRequest* r) {
    return r->presented && !r->completed.load();
}

std::mutex irp_requests_mutex;
std::unordered_map<PIRP, FxRequest*> irp_requests;  // IRPs whose cancel routine is ours

// The IRP's cancel routine while its request is in the framework: IoCancelIrp calls it with the
// cancel spin lock held.
void request_irp_cancel(PDEVICE_OBJECT, PIRP irp) {
    IoReleaseCancelSpinLock(irp->CancelIrql);
    FxRequest* r = nullptr;
    {
        std::lock_guard lock(irp_requests_mutex);
        if (auto it = irp_requests.find(irp); it != irp_requests.end()) r = it->second;
    }
    // A request completed meanwhile is a tombstone until unload: request_cancel sees it done.
    if (r) request_cancel(r);
}

void call_cancel(FxRequest* r, PFN_WDF_REQUEST_CANCEL routine) {
    call_driver(r->driver, "EvtRequestCancel", routine, reinterpret_cast<WDFREQUEST>(r));
}

NTSTATUS mark_cancelable(FxRequest* r, PFN_WDF_REQUEST_CANCEL routine, bool ex, const char* entry) {
    if (!routine) return STATUS_INVALID_PARAMETER;
    if (!driver_owns(r)) {
        report_issue(r->driver, IssueKind::device_misuse,
                     std::string(entry) + " on a request the driver does not own");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    bool cancel_now = false;
    {
        std::lock_guard lock(r->cancel_mutex);
        if (r->cancel_routine) {
            report_issue(r->driver, IssueKind::device_misuse,
                         std::string(entry) + " on a request that is already cancelable");
            return STATUS_INVALID_DEVICE_REQUEST;
        }
        if (r->canceled || (r->irp && r->irp->Cancel)) {
            r->canceled = true;
            if (ex) return STATUS_CANCELLED;
            cancel_now = true;
        } else {
            r->cancel_routine = routine;
        }
    }
    if (cancel_now) {
        call_cancel(r, routine);
        return STATUS_SUCCESS;
    }
    request_irp_cancelable(r, true);
    // IoCancelIrp between the check above and the arming found no routine: cancel here.
    if (r->irp && r->irp->Cancel && IoSetCancelRoutine(r->irp, nullptr)) request_cancel(r);
    return STATUS_SUCCESS;
}

}  // namespace

void request_watch_irp_cancel(FxRequest* r) {
    {
        std::lock_guard lock(irp_requests_mutex);
        irp_requests[r->irp] = r;
    }
    request_irp_cancelable(r, true);
    // Cancelled before the framework had it: remembered, as a cancellation that finds the
    // request neither queued nor cancelable.
    if (r->irp->Cancel && IoSetCancelRoutine(r->irp, nullptr)) {
        std::lock_guard lock(r->cancel_mutex);
        r->canceled = true;
    }
}

void request_irp_cancelable(FxRequest* r, bool cancelable) {
    IoSetCancelRoutine(r->irp, cancelable ? request_irp_cancel : nullptr);
}

void request_unwatch_irp_cancel(FxRequest* r) {
    IoSetCancelRoutine(r->irp, nullptr);
    std::lock_guard lock(irp_requests_mutex);
    irp_requests.erase(r->irp);
}

void request_cancel(FxRequest* r) {
    PFN_WDF_REQUEST_CANCEL routine = nullptr;
    {
        std::lock_guard lock(r->cancel_mutex);
        if (r->completed.load()) return;
        r->canceled = true;
        if (r->irp) r->irp->Cancel = TRUE;
        routine = r->cancel_routine;
        r->cancel_routine = nullptr;  // EvtRequestCancel runs once
    }
    if (routine) return call_cancel(r, routine);
    FxQueue* q = r->queue;
    if (q && !r->presented && queue_remove_waiting(q, r)) queue_cancel_request(q, r);
}

extern "C" void WdfRequestMarkCancelable(WDFREQUEST request, PFN_WDF_REQUEST_CANCEL routine) {
    guarded_void("WdfRequestMarkCancelable", [&] {
        if (FxRequest* r = request_of(request, "WdfRequestMarkCancelable"))
            mark_cancelable(r, routine, false, "WdfRequestMarkCancelable");
    });
}

extern "C" NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST request, PFN_WDF_REQUEST_CANCEL routine) {
    return guarded("WdfRequestMarkCancelableEx", [&]() -> NTSTATUS {
        FxRequest* r = request_of(request, "WdfRequestMarkCancelableEx");
        return r ? mark_cancelable(r, routine, true, "WdfRequestMarkCancelableEx")
                 : STATUS_INVALID_PARAMETER;
    });
}

extern "C" NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST request) {
    return guarded("WdfRequestUnmarkCancelable", [&]() -> NTSTATUS {
        FxRequest* r = request_of(request, "WdfRequestUnmarkCancelable");
        if (!r) return STATUS_INVALID_PARAMETER;
        if (!driver_owns(r)) return STATUS_INVALID_DEVICE_REQUEST;
        std::lock_guard lock(r->cancel_mutex);
        if (r->cancel_routine) {
            r->cancel_routine = nullptr;
            request_irp_cancelable(r, false);
            return STATUS_SUCCESS;
        }
        // Cancellation took the routine: EvtRequestCancel completes the request.
        return r->canceled ? STATUS_CANCELLED : STATUS_INVALID_DEVICE_REQUEST;
    });
}

extern "C" BOOLEAN WdfRequestIsCanceled(WDFREQUEST request) {
    FxRequest* r = request_of(request, "WdfRequestIsCanceled");
    if (!r) return FALSE;
    std::lock_guard lock(r->cancel_mutex);
    return r->canceled || (r->irp && r->irp->Cancel) ? TRUE : FALSE;
}

}  // namespace wpptrace::framework
