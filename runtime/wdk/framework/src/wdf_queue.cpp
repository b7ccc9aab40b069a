// wdf_queue.cpp - I/O queues: sequential (one request presented at a time), parallel (as many
// as arrive, up to NumberOfPresentedRequests) and manual (the driver pulls), power-managed
// queues held while the device is out of D0, and the purge at removal.
#include <algorithm>

#include "entry_guard.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {

namespace {

// Queues this thread is presenting from: a request completed inside its callback must not
// present the next one recursively (the loop below does), or the stack grows per request.
thread_local std::vector<FxQueue*> presenting;

bool can_present(const FxQueue* q) {
    if (q->stopped || q->driver_stopped || q->waiting.empty()) return false;
    switch (q->config.DispatchType) {
        case WdfIoQueueDispatchSequential:
            return q->presented == 0;
        case WdfIoQueueDispatchParallel:
            return q->config.Settings.Parallel.NumberOfPresentedRequests ==
                       static_cast<ULONG>(-1) ||
                   q->presented < q->config.Settings.Parallel.NumberOfPresentedRequests;
        default:
            return false;  // manual: the driver retrieves
    }
}

void present(FxQueue* q, FxRequest* r) {
    const WDF_IO_QUEUE_CONFIG& c = q->config;
    auto queue = reinterpret_cast<WDFQUEUE>(q);
    auto request = reinterpret_cast<WDFREQUEST>(r);
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(r->irp);
    switch (r->request_type) {
        case WdfRequestTypeRead:
            if (s->Parameters.Read.Length == 0 && !c.AllowZeroLengthRequests)
                return request_complete(r, STATUS_SUCCESS, "framework");
            if (c.EvtIoRead)
                return call_driver(q->driver, "EvtIoRead", c.EvtIoRead, queue, request,
                                   s->Parameters.Read.Length);
            break;
        case WdfRequestTypeWrite:
            if (s->Parameters.Write.Length == 0 && !c.AllowZeroLengthRequests)
                return request_complete(r, STATUS_SUCCESS, "framework");
            if (c.EvtIoWrite)
                return call_driver(q->driver, "EvtIoWrite", c.EvtIoWrite, queue, request,
                                   s->Parameters.Write.Length);
            break;
        case WdfRequestTypeDeviceControl:
            if (c.EvtIoDeviceControl)
                return call_driver(q->driver, "EvtIoDeviceControl", c.EvtIoDeviceControl, queue,
                                   request, s->Parameters.DeviceIoControl.OutputBufferLength,
                                   s->Parameters.DeviceIoControl.InputBufferLength,
                                   s->Parameters.DeviceIoControl.IoControlCode);
            break;
        case WdfRequestTypeDeviceControlInternal:
            if (c.EvtIoInternalDeviceControl)
                return call_driver(q->driver, "EvtIoInternalDeviceControl",
                                   c.EvtIoInternalDeviceControl, queue, request,
                                   s->Parameters.DeviceIoControl.OutputBufferLength,
                                   s->Parameters.DeviceIoControl.InputBufferLength,
                                   s->Parameters.DeviceIoControl.IoControlCode);
            break;
        default:
            break;
    }
    if (c.EvtIoDefault)
        return call_driver(q->driver, "EvtIoDefault", c.EvtIoDefault, queue, request);
    request_complete(r, STATUS_INVALID_DEVICE_REQUEST, "framework");
}

void dispatch_waiting(FxQueue* q) {
    if (std::find(presenting.begin(), presenting.end(), q) != presenting.end()) return;
    presenting.push_back(q);
    std::unique_lock lock(q->mutex);
    while (can_present(q)) {
        FxRequest* r = q->waiting.front();
        q->waiting.pop_front();
        ++q->presented;
        r->presented = true;
        request_irp_cancelable(r, false);
        q->owned.push_back(r);
        lock.unlock();
        present(q, r);
        lock.lock();
    }
    lock.unlock();
    presenting.pop_back();
}

FxQueue* fx_queue_of(WDFQUEUE queue, const char* entry) {
    return fx_cast<FxQueue>(queue, FxType::queue, entry);
}

}  // namespace

bool thread_is_presenting() {
    return !presenting.empty();
}

void queue_dispatch(FxQueue* q) {
    dispatch_waiting(q);
}

void queue_add_request(FxQueue* q, FxRequest* r) {
    r->queue = q;
    r->parent = q;  // a request is its queue's child (not linked: it goes at completion)
    PFN_WDF_IO_QUEUE_STATE ready = nullptr;
    WDFCONTEXT ready_context = nullptr;
    {
        std::lock_guard lock(q->mutex);
        if (q->deleted || !q->accepting) {
            r->queue = nullptr;
            r->parent = nullptr;
        } else {
            // A manual queue going from empty to not empty tells WdfIoQueueReadyNotify's callback.
            if (q->waiting.empty() && q->config.DispatchType == WdfIoQueueDispatchManual &&
                !q->stopped && !q->driver_stopped) {
                ready = q->ready_notify;
                ready_context = q->ready_context;
            }
            q->waiting.push_back(r);
        }
    }
    if (!r->queue) return request_complete(r, STATUS_INVALID_DEVICE_STATE, "framework");
    if (ready)
        call_driver(q->driver, "EvtIoQueueState", ready, reinterpret_cast<WDFQUEUE>(q),
                    ready_context);
    dispatch_waiting(q);
}

namespace {
// The queues this thread is inside queue_request_done for (their cleanup does not wait for it).
thread_local std::vector<const FxQueue*> finishing_here;
}  // namespace

void queue_request_done(FxQueue* q, FxRequest* r) {
    {
        std::lock_guard lock(q->mutex);
        if (r->presented && q->presented > 0) --q->presented;
        std::erase(q->owned, r);
        std::erase(q->waiting, r);  // completed by the driver while it was waiting (a bug)
        ++q->finishing;
    }
    finishing_here.push_back(q);
    q->changed.notify_all();
    queue_check_state_waiters(q);
    dispatch_waiting(q);
    finishing_here.pop_back();
    {
        std::lock_guard lock(q->mutex);
        --q->finishing;
    }
    q->changed.notify_all();
}

void queue_start(FxQueue* q) {
    {
        std::lock_guard lock(q->mutex);
        if (q->deleted) return;
        q->stopped = false;
    }
    dispatch_waiting(q);
}

void queue_stop(FxQueue* q) {
    std::lock_guard lock(q->mutex);
    q->stopped = true;
}

void queue_cancel_request(FxQueue* q, FxRequest* r) {
    if (q->config.EvtIoCanceledOnQueue) {
        {
            std::lock_guard lock(q->mutex);
            ++q->presented;
            r->presented = true;
            request_irp_cancelable(r, false);
            request_irp_cancelable(r, false);
            q->owned.push_back(r);
        }
        call_driver(q->driver, "EvtIoCanceledOnQueue", q->config.EvtIoCanceledOnQueue,
                    reinterpret_cast<WDFQUEUE>(q), reinterpret_cast<WDFREQUEST>(r));
    } else {
        request_complete(r, STATUS_CANCELLED, "framework");
    }
}

bool queue_remove_waiting(FxQueue* q, FxRequest* r) {
    std::lock_guard lock(q->mutex);
    auto it = std::find(q->waiting.begin(), q->waiting.end(), r);
    if (it == q->waiting.end()) return false;
    q->waiting.erase(it);
    return true;
}

void queue_purge(FxQueue* q) {
    std::deque<FxRequest*> cancelled;
    std::vector<FxRequest*> owned;
    {
        std::lock_guard lock(q->mutex);
        q->stopped = true;
        q->deleted = true;
        cancelled.swap(q->waiting);
        owned = q->owned;
    }
    for (FxRequest* r : cancelled) queue_cancel_request(q, r);
    // The driver's cancelable requests are cancelled too (EvtRequestCancel).
    for (FxRequest* r : owned) request_cancel(r);
    q->changed.notify_all();
    queue_check_state_waiters(q);
}

void FxQueue::framework_cleanup() {
    queue_purge(this);
    {
        // A request completed on another thread may still be finishing with this queue.
        const auto here = static_cast<std::size_t>(
            std::count(finishing_here.begin(), finishing_here.end(), this));
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return finishing <= here; });
    }
    if (!device) return;
    std::lock_guard lock(device->queues_mutex);
    std::erase(device->queues, this);
    std::erase_if(device->dispatch, [&](const auto& entry) { return entry.second == this; });
    if (device->default_queue == this) device->default_queue = nullptr;
}

extern "C" NTSTATUS WdfIoQueueCreate(WDFDEVICE device, PWDF_IO_QUEUE_CONFIG config,
                                     PWDF_OBJECT_ATTRIBUTES attributes, WDFQUEUE* queue) {
    return guarded("WdfIoQueueCreate", [&]() -> NTSTATUS {
        auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfIoQueueCreate");
        if (!d || !config || config->Size != sizeof(WDF_IO_QUEUE_CONFIG) ||
            config->DispatchType <= WdfIoQueueDispatchInvalid ||
            config->DispatchType >= WdfIoQueueDispatchMax)
            return STATUS_INVALID_PARAMETER;
        NTSTATUS status;
        if (injected_failure(d->driver, "WdfIoQueueCreate", status)) return status;
        {
            std::lock_guard lock(d->queues_mutex);
            if (config->DefaultQueue && d->default_queue) return STATUS_INVALID_DEVICE_STATE;
        }
        auto* q = new FxQueue(d->driver);
        q->device = d;
        q->config = *config;
        // A control device has no power states: its queues are never power-managed.
        if (d->control && config->PowerManaged == WdfTrue) return STATUS_INVALID_PARAMETER;
        q->power_managed = config->PowerManaged != WdfFalse && !d->control;
        q->stopped = q->power_managed && !d->in_d0;
        status = fx_initialize(q, attributes, d);  // a queue's parent is always its device
        if (!NT_SUCCESS(status)) {
            delete q;
            return status;
        }
        {
            std::lock_guard lock(d->queues_mutex);
            d->queues.push_back(q);
            if (config->DefaultQueue) d->default_queue = q;
        }
        if (queue) *queue = reinterpret_cast<WDFQUEUE>(q);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfDeviceConfigureRequestDispatching(WDFDEVICE device, WDFQUEUE queue,
                                                         WDF_REQUEST_TYPE type) {
    return guarded("WdfDeviceConfigureRequestDispatching", [&]() -> NTSTATUS {
        auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfDeviceConfigureRequestDispatching");
        FxQueue* q = fx_queue_of(queue, "WdfDeviceConfigureRequestDispatching");
        if (!d || !q || q->device != d) return STATUS_INVALID_PARAMETER;
        if (type != WdfRequestTypeRead && type != WdfRequestTypeWrite &&
            type != WdfRequestTypeDeviceControl && type != WdfRequestTypeDeviceControlInternal &&
            type != WdfRequestTypeCreate)
            return STATUS_INVALID_PARAMETER;
        std::lock_guard lock(d->queues_mutex);
        if (!d->dispatch.emplace(static_cast<int>(type), q).second)
            return STATUS_INVALID_DEVICE_STATE;  // one queue per request type
        return STATUS_SUCCESS;
    });
}

extern "C" WDFDEVICE WdfIoQueueGetDevice(WDFQUEUE queue) {
    FxQueue* q = fx_queue_of(queue, "WdfIoQueueGetDevice");
    return q ? reinterpret_cast<WDFDEVICE>(q->device) : nullptr;
}

extern "C" NTSTATUS WdfIoQueueRetrieveNextRequest(WDFQUEUE queue, WDFREQUEST* out) {
    return guarded("WdfIoQueueRetrieveNextRequest", [&]() -> NTSTATUS {
        FxQueue* q = fx_queue_of(queue, "WdfIoQueueRetrieveNextRequest");
        if (!q || !out) return STATUS_INVALID_PARAMETER;
        if (q->config.DispatchType != WdfIoQueueDispatchManual)
            return STATUS_INVALID_DEVICE_REQUEST;
        std::lock_guard lock(q->mutex);
        if (q->waiting.empty() || q->stopped || q->driver_stopped) return STATUS_NO_MORE_ENTRIES;
        FxRequest* r = q->waiting.front();
        q->waiting.pop_front();
        ++q->presented;
        r->presented = true;
        request_irp_cancelable(r, false);
        q->owned.push_back(r);
        *out = reinterpret_cast<WDFREQUEST>(r);
        return STATUS_SUCCESS;
    });
}

}  // namespace wpptrace::framework
