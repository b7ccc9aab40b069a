// wdf_queue_state.cpp - the queue state a driver controls (start, stop, drain, purge and their
// synchronous forms, the state flags, ready notifications), requests moving between queues
// (forward, requeue), and EvtIoStop / EvtIoResume around power transitions.
#include <algorithm>
#include <chrono>

#include "entry_guard.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {

namespace {

// How long a power-down waits for the driver to complete or acknowledge the requests it owns
// (KMDF waits for ever: the host reports and goes on rather than hang).
constexpr auto power_down_patience = std::chrono::seconds(5);

FxQueue* queue_of(WDFQUEUE queue, const char* entry) {
    return fx_cast<FxQueue>(queue, FxType::queue, entry);
}

FxRequest* request_of(WDFREQUEST request, const char* entry) {
    return fx_cast<FxRequest>(request, FxType::request, entry);
}

WDFQUEUE handle_of(FxQueue* q) {
    return reinterpret_cast<WDFQUEUE>(q);
}

bool condition_holds(const FxQueue* q, FxQueue::StateWaiter::Kind kind) {
    switch (kind) {
        case FxQueue::StateWaiter::stop:
            return q->owned.empty();
        case FxQueue::StateWaiter::drain:
        case FxQueue::StateWaiter::purge:
            return q->owned.empty() && q->waiting.empty();
    }
    return true;
}

// Registers "done" for an asynchronous state change, or waits for it (synchronous forms).
void finish_state_change(FxQueue* q, FxQueue::StateWaiter::Kind kind,
                         PFN_WDF_IO_QUEUE_STATE callback, WDFCONTEXT context, bool wait,
                         const char* entry) {
    if (wait) {
        if (thread_is_presenting()) {
            // It would wait for the very callback it runs in: KMDF's verifier stops here.
            report_issue(q->driver, IssueKind::device_misuse,
                         std::string(entry) +
                             " called from an EvtIo callback (it would wait for itself); not "
                             "waiting");
            return;
        }
        std::unique_lock lock(q->mutex);
        q->changed.wait(lock, [&] { return condition_holds(q, kind); });
        return;
    }
    if (callback) {
        std::lock_guard lock(q->mutex);
        q->state_waiters.push_back({kind, callback, context});
    }
    queue_check_state_waiters(q);
}

// Moves requests the framework took back from the driver to the head of the queue.
void requeue_at_head(FxQueue* q, FxRequest* r) {
    std::lock_guard lock(q->mutex);
    std::erase(q->owned, r);
    if (r->presented && q->presented > 0) --q->presented;
    r->presented = false;
    request_irp_cancelable(r, true);
    q->waiting.push_front(r);
}

void stop_and_cancel(FxQueue* q, bool accept_new) {
    std::deque<FxRequest*> cancelled;
    std::vector<FxRequest*> owned;
    {
        std::lock_guard lock(q->mutex);
        q->driver_stopped = true;
        q->accepting = accept_new;
        cancelled.swap(q->waiting);
        owned = q->owned;
    }
    for (FxRequest* r : cancelled) queue_cancel_request(q, r);
    for (FxRequest* r : owned) request_cancel(r);
}

}  // namespace

void queue_check_state_waiters(FxQueue* q) {
    std::vector<FxQueue::StateWaiter> due;
    {
        std::lock_guard lock(q->mutex);
        auto split = std::stable_partition(
            q->state_waiters.begin(), q->state_waiters.end(),
            [&](const FxQueue::StateWaiter& w) { return !condition_holds(q, w.kind); });
        due.assign(split, q->state_waiters.end());
        q->state_waiters.erase(split, q->state_waiters.end());
    }
    for (auto& w : due)
        call_driver(q->driver, "EvtIoQueueState", w.callback, handle_of(q), w.context);
}

void queue_power_down(FxQueue* q, bool removal) {
    std::vector<FxRequest*> owned;
    {
        std::lock_guard lock(q->mutex);
        owned = q->owned;
    }
    ULONG action = removal ? WdfRequestStopActionPurge : WdfRequestStopActionSuspend;
    for (FxRequest* r : owned) {
        if (!q->config.EvtIoStop) break;
        ULONG flags = action;
        {
            std::lock_guard lock(r->cancel_mutex);
            if (r->cancel_routine) flags |= WdfRequestStopRequestCancelable;
        }
        call_driver(q->driver, "EvtIoStop", q->config.EvtIoStop, handle_of(q),
                    reinterpret_cast<WDFREQUEST>(r), flags);
    }
    // Each request must be completed, or acknowledged (requeued ones have left `owned`). At
    // removal a request left cancelable is the purge's to cancel next.
    auto settled = [&](FxRequest* r) {
        if (q->config.EvtIoStop && r->stop_acknowledged) return true;
        if (!removal) return false;
        std::lock_guard cancel_lock(r->cancel_mutex);
        return r->cancel_routine != nullptr;
    };
    std::unique_lock lock(q->mutex);
    bool done = q->changed.wait_for(lock, power_down_patience, [&] {
        for (FxRequest* r : q->owned)
            if (std::find(owned.begin(), owned.end(), r) != owned.end() && !settled(r))
                return false;
        return true;
    });
    if (!done)
        report_issue(q->driver, IssueKind::device_misuse,
                     std::string("power-down: the driver neither completed nor acknowledged "
                                 "(WdfRequestStopAcknowledge) the requests it owns from a "
                                 "power-managed queue") +
                         (q->config.EvtIoStop ? "" : " (the queue has no EvtIoStop)"));
}

void queue_power_up(FxQueue* q) {
    std::vector<FxRequest*> resumed;
    {
        std::lock_guard lock(q->mutex);
        for (FxRequest* r : q->owned)
            if (r->stop_acknowledged) {
                r->stop_acknowledged = false;
                resumed.push_back(r);
            }
    }
    if (q->config.EvtIoResume)
        for (FxRequest* r : resumed)
            call_driver(q->driver, "EvtIoResume", q->config.EvtIoResume, handle_of(q),
                        reinterpret_cast<WDFREQUEST>(r));
}

void queue_cancel_file_requests(FxQueue* q, PFILE_OBJECT file) {
    std::vector<FxRequest*> cancelled;
    {
        std::lock_guard lock(q->mutex);
        for (auto it = q->waiting.begin(); it != q->waiting.end();) {
            if (IoGetCurrentIrpStackLocation((*it)->irp)->FileObject == file) {
                cancelled.push_back(*it);
                it = q->waiting.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (FxRequest* r : cancelled) {
        {
            std::lock_guard lock(r->cancel_mutex);
            r->canceled = true;
        }
        queue_cancel_request(q, r);
    }
}

extern "C" void WdfIoQueueStart(WDFQUEUE queue) {
    guarded_void("WdfIoQueueStart", [&] {
        FxQueue* q = queue_of(queue, "WdfIoQueueStart");
        if (!q) return;
        {
            std::lock_guard lock(q->mutex);
            if (q->deleted) return;
            q->driver_stopped = false;
            q->accepting = true;
        }
        queue_dispatch(q);  // a power-managed queue out of D0 stays held (its power state)
    });
}

static void stop_queue(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE done, WDFCONTEXT context, bool wait,
                       const char* entry) {
    FxQueue* q = queue_of(queue, entry);
    if (!q) return;
    {
        std::lock_guard lock(q->mutex);
        q->driver_stopped = true;
    }
    finish_state_change(q, FxQueue::StateWaiter::stop, done, context, wait, entry);
}

extern "C" void WdfIoQueueStop(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE done, WDFCONTEXT context) {
    guarded_void("WdfIoQueueStop",
                 [&] { stop_queue(queue, done, context, false, "WdfIoQueueStop"); });
}

extern "C" void WdfIoQueueStopSynchronously(WDFQUEUE queue) {
    guarded_void("WdfIoQueueStopSynchronously",
                 [&] { stop_queue(queue, nullptr, nullptr, true, "WdfIoQueueStopSynchronously"); });
}

static void drain_queue(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE done, WDFCONTEXT context, bool wait,
                        const char* entry) {
    FxQueue* q = queue_of(queue, entry);
    if (!q) return;
    {
        std::lock_guard lock(q->mutex);
        q->accepting = false;
    }
    finish_state_change(q, FxQueue::StateWaiter::drain, done, context, wait, entry);
}

extern "C" void WdfIoQueueDrain(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE done, WDFCONTEXT context) {
    guarded_void("WdfIoQueueDrain",
                 [&] { drain_queue(queue, done, context, false, "WdfIoQueueDrain"); });
}

extern "C" void WdfIoQueueDrainSynchronously(WDFQUEUE queue) {
    guarded_void("WdfIoQueueDrainSynchronously", [&] {
        drain_queue(queue, nullptr, nullptr, true, "WdfIoQueueDrainSynchronously");
    });
}

static void purge_queue(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE done, WDFCONTEXT context, bool wait,
                        bool accept_new, const char* entry) {
    FxQueue* q = queue_of(queue, entry);
    if (!q) return;
    stop_and_cancel(q, accept_new);
    finish_state_change(q, FxQueue::StateWaiter::stop, done, context, wait, entry);
}

extern "C" void WdfIoQueuePurge(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE done, WDFCONTEXT context) {
    guarded_void("WdfIoQueuePurge",
                 [&] { purge_queue(queue, done, context, false, false, "WdfIoQueuePurge"); });
}

extern "C" void WdfIoQueuePurgeSynchronously(WDFQUEUE queue) {
    guarded_void("WdfIoQueuePurgeSynchronously", [&] {
        purge_queue(queue, nullptr, nullptr, true, false, "WdfIoQueuePurgeSynchronously");
    });
}

extern "C" void WdfIoQueueStopAndPurge(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE done,
                                       WDFCONTEXT context) {
    guarded_void("WdfIoQueueStopAndPurge",
                 [&] { purge_queue(queue, done, context, false, true, "WdfIoQueueStopAndPurge"); });
}

extern "C" void WdfIoQueueStopAndPurgeSynchronously(WDFQUEUE queue) {
    guarded_void("WdfIoQueueStopAndPurgeSynchronously", [&] {
        purge_queue(queue, nullptr, nullptr, true, true, "WdfIoQueueStopAndPurgeSynchronously");
    });
}

extern "C" WDF_IO_QUEUE_STATE WdfIoQueueGetState(WDFQUEUE queue, PULONG queue_requests,
                                                 PULONG driver_requests) {
    FxQueue* q = queue_of(queue, "WdfIoQueueGetState");
    if (!q) return static_cast<WDF_IO_QUEUE_STATE>(0);
    std::lock_guard lock(q->mutex);
    int state = 0;
    if (q->accepting && !q->deleted) state |= WdfIoQueueAcceptRequests;
    if (!q->driver_stopped && !q->deleted) state |= WdfIoQueueDispatchRequests;
    if (q->waiting.empty()) state |= WdfIoQueueNoRequests;
    if (q->owned.empty()) state |= WdfIoQueueDriverNoRequests;
    if (q->stopped && !q->deleted && q->power_managed) state |= WdfIoQueuePnpHeld;
    if (queue_requests) *queue_requests = static_cast<ULONG>(q->waiting.size());
    if (driver_requests) *driver_requests = static_cast<ULONG>(q->owned.size());
    return static_cast<WDF_IO_QUEUE_STATE>(state);
}

extern "C" NTSTATUS WdfIoQueueReadyNotify(WDFQUEUE queue, PFN_WDF_IO_QUEUE_STATE ready,
                                          WDFCONTEXT context) {
    return guarded("WdfIoQueueReadyNotify", [&]() -> NTSTATUS {
        FxQueue* q = queue_of(queue, "WdfIoQueueReadyNotify");
        if (!q) return STATUS_INVALID_PARAMETER;
        if (q->config.DispatchType != WdfIoQueueDispatchManual)
            return STATUS_INVALID_DEVICE_REQUEST;
        bool now = false;
        {
            std::lock_guard lock(q->mutex);
            if (ready && q->ready_notify) return STATUS_INVALID_DEVICE_STATE;  // one at a time
            q->ready_notify = ready;
            q->ready_context = context;
            now = ready && !q->waiting.empty() && !q->stopped && !q->driver_stopped;
        }
        if (now) call_driver(q->driver, "EvtIoQueueState", ready, queue, context);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfIoQueueRetrieveRequestByFileObject(WDFQUEUE queue, WDFFILEOBJECT file,
                                                          WDFREQUEST* out) {
    return guarded("WdfIoQueueRetrieveRequestByFileObject", [&]() -> NTSTATUS {
        FxQueue* q = queue_of(queue, "WdfIoQueueRetrieveRequestByFileObject");
        if (!q || !file || !out) return STATUS_INVALID_PARAMETER;
        if (q->config.DispatchType != WdfIoQueueDispatchManual)
            return STATUS_INVALID_DEVICE_REQUEST;
        PFILE_OBJECT wdm = WdfFileObjectWdmGetFileObject(file);
        std::lock_guard lock(q->mutex);
        if (q->stopped || q->driver_stopped) return STATUS_NO_MORE_ENTRIES;
        for (auto it = q->waiting.begin(); it != q->waiting.end(); ++it) {
            FxRequest* r = *it;
            if (IoGetCurrentIrpStackLocation(r->irp)->FileObject != wdm) continue;
            q->waiting.erase(it);
            ++q->presented;
            r->presented = true;
            request_irp_cancelable(r, false);
            request_irp_cancelable(r, false);
            q->owned.push_back(r);
            *out = reinterpret_cast<WDFREQUEST>(r);
            return STATUS_SUCCESS;
        }
        return STATUS_NO_MORE_ENTRIES;
    });
}

extern "C" NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST request, WDFQUEUE destination) {
    return guarded("WdfRequestForwardToIoQueue", [&]() -> NTSTATUS {
        FxRequest* r = request_of(request, "WdfRequestForwardToIoQueue");
        FxQueue* to = queue_of(destination, "WdfRequestForwardToIoQueue");
        if (!r || !to) return STATUS_INVALID_PARAMETER;
        FxQueue* from = r->queue;
        if (!from || !r->presented || r->completed.load() || from == to)
            return STATUS_INVALID_DEVICE_REQUEST;
        if (to->device != from->device) return STATUS_INVALID_DEVICE_REQUEST;
        {
            std::lock_guard lock(r->cancel_mutex);
            if (r->cancel_routine) {
                report_issue(
                    r->driver, IssueKind::device_misuse,
                    "WdfRequestForwardToIoQueue on a cancelable request (unmark it first)");
                return STATUS_INVALID_DEVICE_REQUEST;
            }
        }
        {
            std::lock_guard lock(to->mutex);
            if (to->deleted || !to->accepting) return STATUS_INVALID_DEVICE_STATE;
        }
        {
            std::lock_guard lock(from->mutex);
            std::erase(from->owned, r);
            if (from->presented > 0) --from->presented;
            r->presented = false;
            request_irp_cancelable(r, true);
            request_irp_cancelable(r, true);
        }
        from->changed.notify_all();
        queue_check_state_waiters(from);
        queue_add_request(to, r);
        queue_dispatch(from);  // a sequential queue may present its next request now
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfRequestRequeue(WDFREQUEST request) {
    return guarded("WdfRequestRequeue", [&]() -> NTSTATUS {
        FxRequest* r = request_of(request, "WdfRequestRequeue");
        if (!r) return STATUS_INVALID_PARAMETER;
        FxQueue* q = r->queue;
        if (!q || !r->presented || r->completed.load()) return STATUS_INVALID_DEVICE_REQUEST;
        if (q->config.DispatchType != WdfIoQueueDispatchManual) {
            report_issue(r->driver, IssueKind::device_misuse,
                         "WdfRequestRequeue: the request did not come from a manual queue");
            return STATUS_INVALID_DEVICE_REQUEST;
        }
        {
            std::lock_guard lock(r->cancel_mutex);
            if (r->cancel_routine) return STATUS_INVALID_DEVICE_REQUEST;
        }
        requeue_at_head(q, r);
        q->changed.notify_all();
        queue_check_state_waiters(q);
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfRequestStopAcknowledge(WDFREQUEST request, BOOLEAN requeue) {
    guarded_void("WdfRequestStopAcknowledge", [&] {
        FxRequest* r = request_of(request, "WdfRequestStopAcknowledge");
        if (!r || !r->queue || !r->presented || r->completed.load()) return;
        FxQueue* q = r->queue;
        if (requeue) {
            {
                std::lock_guard lock(r->cancel_mutex);
                if (r->cancel_routine) {
                    report_issue(r->driver, IssueKind::device_misuse,
                                 "WdfRequestStopAcknowledge(Requeue=TRUE) on a cancelable "
                                 "request (unmark it first)");
                    return;
                }
            }
            requeue_at_head(q, r);
        } else {
            std::lock_guard lock(q->mutex);
            r->stop_acknowledged = true;
        }
        q->changed.notify_all();
    });
}

}  // namespace wpptrace::framework
