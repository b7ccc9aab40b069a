/*
 * km/io_csq.h - cancel-safe IRP queues (the WDK's csq.h, also included by <wdm.h>).
 *
 * The driver keeps the IRPs in its own list under its own lock and gives the IoCsq routines
 * six callbacks; the routines take care of the cancel routine and of the races between a
 * cancel and a removal, so that each pending IRP leaves the queue exactly once: removed by the
 * driver (IoCsqRemoveNextIrp / IoCsqRemoveIrp) or cancelled (CsqCompleteCanceledIrp).
 *
 *   IoCsqInitialize(&ext->Csq, InsertIrp, RemoveIrp, PeekNextIrp, AcquireLock, ReleaseLock,
 *                   CompleteCanceledIrp);
 *   // read:  IoCsqInsertIrp(&ext->Csq, Irp, NULL); return STATUS_PENDING;  (marks it pending)
 *   // write: if ((irp = IoCsqRemoveNextIrp(&ext->Csq, NULL)) != NULL) IoCompleteRequest(irp, ..)
 *
 * Callbacks run as Windows runs them: CsqInsertIrp, CsqRemoveIrp and CsqPeekNextIrp between
 * CsqAcquireLock and CsqReleaseLock; CsqCompleteCanceledIrp without the lock.
 */
#ifndef WPPTRACE_KM_IO_CSQ_H
#define WPPTRACE_KM_IO_CSQ_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _IO_CSQ IO_CSQ, *PIO_CSQ;

/* Ties a queued IRP to the queue: a driver keeps one per IRP it may remove by context. */
typedef struct _IO_CSQ_IRP_CONTEXT {
    ULONG Type;
    PIRP Irp;
    PIO_CSQ Csq;
} IO_CSQ_IRP_CONTEXT, *PIO_CSQ_IRP_CONTEXT;

typedef void IO_CSQ_INSERT_IRP(PIO_CSQ Csq, PIRP Irp);
typedef IO_CSQ_INSERT_IRP* PIO_CSQ_INSERT_IRP;
typedef NTSTATUS IO_CSQ_INSERT_IRP_EX(PIO_CSQ Csq, PIRP Irp, PVOID InsertContext);
typedef IO_CSQ_INSERT_IRP_EX* PIO_CSQ_INSERT_IRP_EX;
typedef void IO_CSQ_REMOVE_IRP(PIO_CSQ Csq, PIRP Irp);
typedef IO_CSQ_REMOVE_IRP* PIO_CSQ_REMOVE_IRP;
/* The IRP after Irp (the first if Irp is NULL) that matches PeekContext; NULL at the end. */
typedef PIRP IO_CSQ_PEEK_NEXT_IRP(PIO_CSQ Csq, PIRP Irp, PVOID PeekContext);
typedef IO_CSQ_PEEK_NEXT_IRP* PIO_CSQ_PEEK_NEXT_IRP;
typedef void IO_CSQ_ACQUIRE_LOCK(PIO_CSQ Csq, PKIRQL Irql);
typedef IO_CSQ_ACQUIRE_LOCK* PIO_CSQ_ACQUIRE_LOCK;
typedef void IO_CSQ_RELEASE_LOCK(PIO_CSQ Csq, KIRQL Irql);
typedef IO_CSQ_RELEASE_LOCK* PIO_CSQ_RELEASE_LOCK;
typedef void IO_CSQ_COMPLETE_CANCELED_IRP(PIO_CSQ Csq, PIRP Irp);
typedef IO_CSQ_COMPLETE_CANCELED_IRP* PIO_CSQ_COMPLETE_CANCELED_IRP;

#define IO_TYPE_CSQ_IRP_CONTEXT 1
#define IO_TYPE_CSQ 2
#define IO_TYPE_CSQ_EX 3

/* Opaque to drivers: they embed it in their device extension. */
struct _IO_CSQ {
    ULONG Type;
    PIO_CSQ_INSERT_IRP CsqInsertIrp;
    PIO_CSQ_REMOVE_IRP CsqRemoveIrp;
    PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp;
    PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock;
    PIO_CSQ_RELEASE_LOCK CsqReleaseLock;
    PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp;
    PVOID ReservePointer; /* IoCsqInitializeEx: the PIO_CSQ_INSERT_IRP_EX */
};

NTSTATUS IoCsqInitialize(PIO_CSQ Csq, PIO_CSQ_INSERT_IRP CsqInsertIrp,
                         PIO_CSQ_REMOVE_IRP CsqRemoveIrp, PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
                         PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock, PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
                         PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
NTSTATUS IoCsqInitializeEx(PIO_CSQ Csq, PIO_CSQ_INSERT_IRP_EX CsqInsertIrp,
                           PIO_CSQ_REMOVE_IRP CsqRemoveIrp, PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
                           PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock, PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
                           PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
/* Marks the IRP pending and queues it (if it is already cancelled: completes it as cancelled
   through CsqCompleteCanceledIrp). Context, if given, lets IoCsqRemoveIrp find it again. */
void IoCsqInsertIrp(PIO_CSQ Csq, PIRP Irp, PIO_CSQ_IRP_CONTEXT Context);
/* As IoCsqInsertIrp; a failure status of CsqInsertIrpEx leaves the IRP unqueued, not pending. */
NTSTATUS IoCsqInsertIrpEx(PIO_CSQ Csq, PIRP Irp, PIO_CSQ_IRP_CONTEXT Context, PVOID InsertContext);
/* The first IRP matching PeekContext that is not being cancelled, taken off the queue. */
PIRP IoCsqRemoveNextIrp(PIO_CSQ Csq, PVOID PeekContext);
/* The IRP of Context if it is still queued and not being cancelled; else NULL. */
PIRP IoCsqRemoveIrp(PIO_CSQ Csq, PIO_CSQ_IRP_CONTEXT Context);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_IO_CSQ_H */
