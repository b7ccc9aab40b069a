/*
 * wdfio.h - the state of I/O queues as a driver drives it, and requests moving between queues.
 *
 * A queue accepts requests (or completes new ones with STATUS_INVALID_DEVICE_STATE once purged
 * or drained) and dispatches them (or holds them while stopped, or while its device is out of D0
 * for a power-managed queue):
 *   - WdfIoQueueStop: holds new requests; done when the driver owns none from the queue.
 *   - WdfIoQueueDrain: refuses new requests, delivers the queued ones; done when all are done.
 *   - WdfIoQueuePurge: refuses new requests, cancels the queued ones (EvtIoCanceledOnQueue, else
 *     STATUS_CANCELLED) and the driver's cancelable ones (EvtRequestCancel); done when the
 *     driver owns none.
 *   - WdfIoQueueStart: accepts and dispatches again.
 * The ...Synchronously forms wait for "done" (never from the queue's own EvtIo callbacks: the
 * verifier reports that); the others call the EVT_WDF_IO_QUEUE_STATE callback then.
 *
 * EvtIoStop (WDF_IO_QUEUE_CONFIG) is called for each request the driver owns from a
 * power-managed queue when the device leaves D0 (WdfRequestStopActionSuspend) or is removed
 * (WdfRequestStopActionPurge); the driver completes the request or acknowledges with
 * WdfRequestStopAcknowledge, and gets EvtIoResume for it when the device is back in D0.
 */
#ifndef WPPTRACE_WDFIO_H
#define WPPTRACE_WDFIO_H

#ifdef __cplusplus
extern "C" {
#endif

typedef PVOID WDFCONTEXT;
#ifndef WDF_NO_EVENT_CALLBACK
#define WDF_NO_EVENT_CALLBACK ((void*)0)
#endif

typedef enum _WDF_IO_QUEUE_STATE {
    WdfIoQueueAcceptRequests = 0x01,
    WdfIoQueueDispatchRequests = 0x02,
    WdfIoQueueNoRequests = 0x04,
    WdfIoQueueDriverNoRequests = 0x08,
    WdfIoQueuePnpHeld = 0x10
} WDF_IO_QUEUE_STATE;

/* Idle: nothing queued and nothing with the driver. */
static inline BOOLEAN WDF_IO_QUEUE_IDLE(WDF_IO_QUEUE_STATE State) {
    return (State & (WdfIoQueueNoRequests | WdfIoQueueDriverNoRequests)) ==
           (WdfIoQueueNoRequests | WdfIoQueueDriverNoRequests);
}
/* Ready: accepting and dispatching. */
static inline BOOLEAN WDF_IO_QUEUE_READY(WDF_IO_QUEUE_STATE State) {
    return (State & (WdfIoQueueAcceptRequests | WdfIoQueueDispatchRequests)) ==
           (WdfIoQueueAcceptRequests | WdfIoQueueDispatchRequests);
}
/* Stopped: accepting, not dispatching, the driver owns none. */
static inline BOOLEAN WDF_IO_QUEUE_STOPPED(WDF_IO_QUEUE_STATE State) {
    return (State &
            (WdfIoQueueAcceptRequests | WdfIoQueueDispatchRequests | WdfIoQueueDriverNoRequests)) ==
           (WdfIoQueueAcceptRequests | WdfIoQueueDriverNoRequests);
}
/* Drained: not accepting, dispatching, idle. */
static inline BOOLEAN WDF_IO_QUEUE_DRAINED(WDF_IO_QUEUE_STATE State) {
    return (State & (WdfIoQueueAcceptRequests | WdfIoQueueDispatchRequests | WdfIoQueueNoRequests |
                     WdfIoQueueDriverNoRequests)) ==
           (WdfIoQueueDispatchRequests | WdfIoQueueNoRequests | WdfIoQueueDriverNoRequests);
}
/* Purged: neither accepting nor dispatching, idle. */
static inline BOOLEAN WDF_IO_QUEUE_PURGED(WDF_IO_QUEUE_STATE State) {
    return (State & (WdfIoQueueAcceptRequests | WdfIoQueueDispatchRequests | WdfIoQueueNoRequests |
                     WdfIoQueueDriverNoRequests)) ==
           (WdfIoQueueNoRequests | WdfIoQueueDriverNoRequests);
}

typedef void EVT_WDF_IO_QUEUE_STATE(WDFQUEUE Queue, WDFCONTEXT Context);
typedef EVT_WDF_IO_QUEUE_STATE* PFN_WDF_IO_QUEUE_STATE;

void WdfIoQueueStart(WDFQUEUE Queue);
void WdfIoQueueStop(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE StopComplete, WDFCONTEXT Context);
void WdfIoQueueStopSynchronously(WDFQUEUE Queue);
void WdfIoQueueDrain(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE DrainComplete, WDFCONTEXT Context);
void WdfIoQueueDrainSynchronously(WDFQUEUE Queue);
void WdfIoQueuePurge(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE PurgeComplete, WDFCONTEXT Context);
void WdfIoQueuePurgeSynchronously(WDFQUEUE Queue);
/* Stop, and cancel what is queued and the driver's cancelable requests; new ones are held. */
void WdfIoQueueStopAndPurge(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE StopAndPurgeComplete,
                            WDFCONTEXT Context);
void WdfIoQueueStopAndPurgeSynchronously(WDFQUEUE Queue);
/* The state flags; QueueRequests: requests waiting, DriverRequests: requests the driver owns. */
WDF_IO_QUEUE_STATE WdfIoQueueGetState(WDFQUEUE Queue, PULONG QueueRequests, PULONG DriverRequests);
/* Manual queues: QueueReady is called each time the queue goes from empty to not empty (and at
   once if it holds requests); NULL stops the notifications. */
NTSTATUS WdfIoQueueReadyNotify(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE QueueReady,
                               WDFCONTEXT Context);
/* The first waiting request of that handle: STATUS_NO_MORE_ENTRIES if none. */
NTSTATUS WdfIoQueueRetrieveRequestByFileObject(WDFQUEUE Queue, WDFFILEOBJECT FileObject,
                                               WDFREQUEST* OutRequest);

/* (wdfrequest.h) Moves a request the driver owns to another queue of the device (at its tail):
   STATUS_INVALID_DEVICE_REQUEST if the driver does not own it, it is cancelable, or the queue is
   its own; STATUS_INVALID_DEVICE_STATE if the destination does not accept requests. */
NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request, WDFQUEUE DestinationQueue);
/* Returns a request from a manual queue to the head of that queue. */
NTSTATUS WdfRequestRequeue(WDFREQUEST Request);
/* From EvtIoStop: the driver keeps the request over the power-down (Requeue FALSE: EvtIoResume
   on the way back) or gives it back to the head of its queue (Requeue TRUE). */
void WdfRequestStopAcknowledge(WDFREQUEST Request, BOOLEAN Requeue);

typedef void EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL* PFN_WDF_REQUEST_CANCEL;
/* Makes a request the driver owns cancelable: when it is cancelled (purge, removal, its handle's
   cleanup...) the framework calls EvtRequestCancel, which completes it. If it already was
   cancelled, WdfRequestMarkCancelable calls EvtRequestCancel before returning, and
   WdfRequestMarkCancelableEx returns STATUS_CANCELLED without calling it. */
void WdfRequestMarkCancelable(WDFREQUEST Request, PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request, PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
/* STATUS_CANCELLED if the cancellation has begun (EvtRequestCancel runs or ran and completes the
   request: the driver must not); STATUS_INVALID_DEVICE_REQUEST if it was not cancelable. */
NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request);
BOOLEAN WdfRequestIsCanceled(WDFREQUEST Request);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFIO_H */
