/*
 * km/ke_spinlock.h - queued spin locks (the in-stack handle form) and the try variant: the same
 * spin locks as wdm.h's, raising the IRQL to DISPATCH_LEVEL while held.
 *
 *   KLOCK_QUEUE_HANDLE handle;
 *   KeAcquireInStackQueuedSpinLock(&ext->Lock, &handle);
 *   ...
 *   KeReleaseInStackQueuedSpinLock(&handle);
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_KE_SPINLOCK_H
#define WPPTRACE_KM_KE_SPINLOCK_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _KSPIN_LOCK_QUEUE {
    struct _KSPIN_LOCK_QUEUE* volatile Next;
    PKSPIN_LOCK volatile Lock;
} KSPIN_LOCK_QUEUE, *PKSPIN_LOCK_QUEUE;

typedef struct _KLOCK_QUEUE_HANDLE {
    KSPIN_LOCK_QUEUE LockQueue;
    KIRQL OldIrql;
} KLOCK_QUEUE_HANDLE, *PKLOCK_QUEUE_HANDLE;

void KeAcquireInStackQueuedSpinLock(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle);
void KeReleaseInStackQueuedSpinLock(PKLOCK_QUEUE_HANDLE LockHandle);
void KeAcquireInStackQueuedSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle);
void KeReleaseInStackQueuedSpinLockFromDpcLevel(PKLOCK_QUEUE_HANDLE LockHandle);
/* TRUE with the lock held, FALSE (nothing held) if another thread holds it. */
BOOLEAN KeTryToAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
BOOLEAN KeTestSpinLock(PKSPIN_LOCK SpinLock);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_KE_SPINLOCK_H */
