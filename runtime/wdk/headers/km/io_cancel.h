/*
 * km/io_cancel.h - cancelling IRPs: cancel routines and the I/O manager's cancel spin lock.
 *
 * A driver that holds an IRP pending puts a cancel routine in it with IoSetCancelRoutine. When
 * the IRP's sender cancels it (the host does, from its own thread, for a workload request with
 * "cancel_after_ms", see runtime/wdk/host/README.md), IoCancelIrp sets Irp->Cancel, takes the
 * cancel spin lock and calls the routine with the lock held and the IRQL to restore in
 * Irp->CancelIrql. The routine releases the lock (IoReleaseCancelSpinLock(Irp->CancelIrql)) and
 * completes the IRP with STATUS_CANCELLED:
 *
 *   void MyCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
 *       IoReleaseCancelSpinLock(Irp->CancelIrql);
 *       ... take the IRP off the driver's own list, under the driver's own lock ...
 *       Irp->IoStatus.Status = STATUS_CANCELLED;
 *       IoCompleteRequest(Irp, IO_NO_INCREMENT);
 *   }
 *
 * Cancel-safe queues (km/io_csq.h) do all this without the global lock.
 */
#ifndef WPPTRACE_KM_IO_CANCEL_H
#define WPPTRACE_KM_IO_CANCEL_H

#ifdef __cplusplus
extern "C" {
#endif

/* Atomically replaces the IRP's cancel routine; returns the previous one. */
PDRIVER_CANCEL IoSetCancelRoutine(PIRP Irp, PDRIVER_CANCEL CancelRoutine);
/* The one system-wide cancel spin lock: raises to DISPATCH_LEVEL, the old IRQL in *Irql. */
void IoAcquireCancelSpinLock(PKIRQL Irql);
void IoReleaseCancelSpinLock(KIRQL Irql);
/* Marks the IRP cancelled and calls its cancel routine (with the cancel spin lock held);
   FALSE if it had none (the IRP is not cancelable now: its holder sees Irp->Cancel later). */
BOOLEAN IoCancelIrp(PIRP Irp);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_IO_CANCEL_H */
