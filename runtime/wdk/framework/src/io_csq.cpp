// io_csq.cpp - cancel-safe IRP queues (km/io_csq.h).
//
// The driver's list and lock hold the IRPs; this file holds the protocol. An IRP in the queue
// has the queue's cancel routine; whoever takes that routine out of the IRP first (the
// driver's removal through IoSetCancelRoutine(irp, NULL), or IoCancelIrp) owns the IRP: the
// removal paths skip an IRP whose routine is already gone (its cancel routine is waiting for
// the driver's lock and will take it off the list). Irp->Tail.Overlay.DriverContext[3] links a
// queued IRP to its IO_CSQ_IRP_CONTEXT, or to the queue itself when it has none, as on Windows.
#include "entry_guard.hpp"

namespace {

PIO_CSQ_IRP_CONTEXT context_of(PIRP irp) {
    auto* link = static_cast<ULONG*>(irp->Tail.Overlay.DriverContext[3]);
    return link && *link == IO_TYPE_CSQ_IRP_CONTEXT ? reinterpret_cast<PIO_CSQ_IRP_CONTEXT>(link)
                                                    : nullptr;
}

PIO_CSQ csq_of(PIRP irp) {
    if (PIO_CSQ_IRP_CONTEXT context = context_of(irp)) return context->Csq;
    return static_cast<PIO_CSQ>(irp->Tail.Overlay.DriverContext[3]);
}

// Takes a queued IRP off the driver's list; the caller holds the driver's lock and the IRP's
// cancel routine is out (it owns the IRP).
void unlink(PIO_CSQ csq, PIRP irp) {
    csq->CsqRemoveIrp(csq, irp);
    if (PIO_CSQ_IRP_CONTEXT context = context_of(irp)) context->Irp = nullptr;
    irp->Tail.Overlay.DriverContext[3] = nullptr;
}

void csq_cancel_routine(PDEVICE_OBJECT, PIRP irp) {
    PIO_CSQ csq = csq_of(irp);
    IoReleaseCancelSpinLock(irp->CancelIrql);
    KIRQL irql;
    csq->CsqAcquireLock(csq, &irql);
    unlink(csq, irp);
    csq->CsqReleaseLock(csq, irql);
    csq->CsqCompleteCanceledIrp(csq, irp);
}

NTSTATUS initialize(PIO_CSQ csq, ULONG type, PVOID insert, PIO_CSQ_REMOVE_IRP remove,
                    PIO_CSQ_PEEK_NEXT_IRP peek, PIO_CSQ_ACQUIRE_LOCK acquire,
                    PIO_CSQ_RELEASE_LOCK release, PIO_CSQ_COMPLETE_CANCELED_IRP complete) {
    if (!csq || !insert || !remove || !peek || !acquire || !release || !complete)
        return STATUS_INVALID_PARAMETER;
    csq->Type = type;
    csq->CsqInsertIrp =
        type == IO_TYPE_CSQ ? reinterpret_cast<PIO_CSQ_INSERT_IRP>(insert) : nullptr;
    csq->ReservePointer = type == IO_TYPE_CSQ_EX ? insert : nullptr;
    csq->CsqRemoveIrp = remove;
    csq->CsqPeekNextIrp = peek;
    csq->CsqAcquireLock = acquire;
    csq->CsqReleaseLock = release;
    csq->CsqCompleteCanceledIrp = complete;
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" NTSTATUS IoCsqInitialize(PIO_CSQ csq, PIO_CSQ_INSERT_IRP insert,
                                    PIO_CSQ_REMOVE_IRP remove, PIO_CSQ_PEEK_NEXT_IRP peek,
                                    PIO_CSQ_ACQUIRE_LOCK acquire, PIO_CSQ_RELEASE_LOCK release,
                                    PIO_CSQ_COMPLETE_CANCELED_IRP complete) {
    return initialize(csq, IO_TYPE_CSQ, reinterpret_cast<PVOID>(insert), remove, peek, acquire,
                      release, complete);
}

extern "C" NTSTATUS IoCsqInitializeEx(PIO_CSQ csq, PIO_CSQ_INSERT_IRP_EX insert,
                                      PIO_CSQ_REMOVE_IRP remove, PIO_CSQ_PEEK_NEXT_IRP peek,
                                      PIO_CSQ_ACQUIRE_LOCK acquire, PIO_CSQ_RELEASE_LOCK release,
                                      PIO_CSQ_COMPLETE_CANCELED_IRP complete) {
    return initialize(csq, IO_TYPE_CSQ_EX, reinterpret_cast<PVOID>(insert), remove, peek, acquire,
                      release, complete);
}

extern "C" NTSTATUS IoCsqInsertIrpEx(PIO_CSQ csq, PIRP irp, PIO_CSQ_IRP_CONTEXT context,
                                     PVOID insert_context) {
    KIRQL irql;
    csq->CsqAcquireLock(csq, &irql);
    NTSTATUS status = STATUS_SUCCESS;
    if (csq->Type == IO_TYPE_CSQ_EX) {
        status =
            reinterpret_cast<PIO_CSQ_INSERT_IRP_EX>(csq->ReservePointer)(csq, irp, insert_context);
        if (!NT_SUCCESS(status)) {
            csq->CsqReleaseLock(csq, irql);
            return status;  // not queued, not pending: the caller completes it
        }
    } else {
        csq->CsqInsertIrp(csq, irp);
    }
    if (context) {
        context->Type = IO_TYPE_CSQ_IRP_CONTEXT;
        context->Irp = irp;
        context->Csq = csq;
        irp->Tail.Overlay.DriverContext[3] = context;
    } else {
        irp->Tail.Overlay.DriverContext[3] = csq;
    }
    IoMarkIrpPending(irp);
    IoSetCancelRoutine(irp, csq_cancel_routine);
    if (__atomic_load_n(&irp->Cancel, __ATOMIC_SEQ_CST) && IoSetCancelRoutine(irp, nullptr)) {
        // Cancelled before its routine was in place (IoCancelIrp found none): cancel it here.
        // Had IoCancelIrp taken the routine, it would be running it now instead.
        unlink(csq, irp);
        csq->CsqReleaseLock(csq, irql);
        csq->CsqCompleteCanceledIrp(csq, irp);
        return status;
    }
    csq->CsqReleaseLock(csq, irql);
    return status;
}

extern "C" void IoCsqInsertIrp(PIO_CSQ csq, PIRP irp, PIO_CSQ_IRP_CONTEXT context) {
    IoCsqInsertIrpEx(csq, irp, context, nullptr);
}

extern "C" PIRP IoCsqRemoveNextIrp(PIO_CSQ csq, PVOID peek_context) {
    KIRQL irql;
    csq->CsqAcquireLock(csq, &irql);
    PIRP irp = csq->CsqPeekNextIrp(csq, nullptr, peek_context);
    while (irp) {
        if (IoSetCancelRoutine(irp, nullptr)) {
            unlink(csq, irp);
            break;
        }
        // Being cancelled: its cancel routine waits for the lock to take it off the list.
        irp = csq->CsqPeekNextIrp(csq, irp, peek_context);
    }
    csq->CsqReleaseLock(csq, irql);
    return irp;
}

extern "C" PIRP IoCsqRemoveIrp(PIO_CSQ csq, PIO_CSQ_IRP_CONTEXT context) {
    KIRQL irql;
    csq->CsqAcquireLock(csq, &irql);
    PIRP irp = context ? context->Irp : nullptr;
    if (irp) {
        if (IoSetCancelRoutine(irp, nullptr))
            unlink(csq, irp);
        else
            irp = nullptr;  // being cancelled
    }
    csq->CsqReleaseLock(csq, irql);
    return irp;
}
