// ke_queued_spinlock.cpp - in-stack queued spin locks and the try/test variants, on the same
// lock word as KeAcquireSpinLock (ke_sync.cpp), so that both forms exclude each other.
#include <sched.h>
#include <unistd.h>

#include <km/ke_spinlock.h>

#include "ke_dispatcher.hpp"

namespace wpptrace::framework {

extern "C" void KeAcquireInStackQueuedSpinLock(PKSPIN_LOCK lock, PKLOCK_QUEUE_HANDLE handle) {
    handle->LockQueue.Next = nullptr;
    handle->LockQueue.Lock = lock;
    handle->OldIrql = KeAcquireSpinLockRaiseToDpc(lock);
}

extern "C" void KeReleaseInStackQueuedSpinLock(PKLOCK_QUEUE_HANDLE handle) {
    KeReleaseSpinLock(handle->LockQueue.Lock, handle->OldIrql);
}

extern "C" void KeAcquireInStackQueuedSpinLockAtDpcLevel(PKSPIN_LOCK lock,
                                                         PKLOCK_QUEUE_HANDLE handle) {
    if (KeGetCurrentIrql() < DISPATCH_LEVEL)
        report_irql(__builtin_return_address(0),
                    "KeAcquireInStackQueuedSpinLockAtDpcLevel below DISPATCH_LEVEL");
    handle->LockQueue.Next = nullptr;
    handle->LockQueue.Lock = lock;
    handle->OldIrql = KeGetCurrentIrql();
    KeAcquireSpinLockAtDpcLevel(lock);
}

extern "C" void KeReleaseInStackQueuedSpinLockFromDpcLevel(PKLOCK_QUEUE_HANDLE handle) {
    KeReleaseSpinLockFromDpcLevel(handle->LockQueue.Lock);
}

extern "C" BOOLEAN KeTryToAcquireSpinLockAtDpcLevel(PKSPIN_LOCK lock) {
    ULONG_PTR expected = 0;
    return __atomic_compare_exchange_n(lock, &expected, static_cast<ULONG_PTR>(gettid()), false,
                                       __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)
               ? TRUE
               : FALSE;
}

extern "C" BOOLEAN KeTestSpinLock(PKSPIN_LOCK lock) {
    // TRUE when the lock looks free (the caller may then try to take it).
    if (__atomic_load_n(lock, __ATOMIC_RELAXED) == 0) return TRUE;
    sched_yield();
    return FALSE;
}

}  // namespace wpptrace::framework
