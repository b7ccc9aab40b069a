/*
 * km/ex_sync.h - the executive's locks: fast and guarded mutexes, executive resources
 * (ERESOURCE: shared/exclusive, recursive), rundown protection and interlocked lists.
 *
 *   KeEnterCriticalRegion();
 *   ExAcquireResourceSharedLite(&ext->Resource, TRUE);     // readers together
 *   ...
 *   ExReleaseResourceLite(&ext->Resource);
 *   KeLeaveCriticalRegion();
 *
 * Misuse is reported as Driver Verifier would: acquiring a resource outside a critical region,
 * exclusive after shared on the same thread (a deadlock on Windows), releasing what the thread
 * does not hold, deleting a resource still held, a fast mutex acquired recursively.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_EX_SYNC_H
#define WPPTRACE_KM_EX_SYNC_H

#include "ke_wait.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Fast mutexes: raise to APC_LEVEL while held; not recursive ------------------------------ */
typedef struct _FAST_MUTEX {
    volatile LONG Count; /* 1 free, 0 owned */
    PKTHREAD Owner;
    ULONG Contention;
    KEVENT Event;
    ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX, KGUARDED_MUTEX, *PKGUARDED_MUTEX;

void ExInitializeFastMutex(PFAST_MUTEX FastMutex);
void ExAcquireFastMutex(PFAST_MUTEX FastMutex);
void ExReleaseFastMutex(PFAST_MUTEX FastMutex);
BOOLEAN ExTryToAcquireFastMutex(PFAST_MUTEX FastMutex);
/* The caller is already at APC_LEVEL (or in a critical region): the IRQL does not change. */
void ExAcquireFastMutexUnsafe(PFAST_MUTEX FastMutex);
void ExReleaseFastMutexUnsafe(PFAST_MUTEX FastMutex);

/* Guarded mutexes: like fast mutexes, but they enter a guarded region instead of raising. */
void KeInitializeGuardedMutex(PKGUARDED_MUTEX Mutex);
void KeAcquireGuardedMutex(PKGUARDED_MUTEX Mutex);
void KeReleaseGuardedMutex(PKGUARDED_MUTEX Mutex);
BOOLEAN KeTryToAcquireGuardedMutex(PKGUARDED_MUTEX Mutex);

/* ---- Executive resources ------------------------------------------------------------------- */
typedef ULONG_PTR ERESOURCE_THREAD, *PERESOURCE_THREAD;
/* The lock itself lives in the framework (allocated by ExInitializeResourceLite, freed by
   ExDeleteResourceLite); the driver's ERESOURCE only points at it. */
typedef struct _ERESOURCE {
    LIST_ENTRY SystemResourcesList;
    PVOID Lock;
    SHORT ActiveCount;
    USHORT Flag;
    ULONG ContentionCount;
    PVOID Reserved[4];
} ERESOURCE, *PERESOURCE;

NTSTATUS ExInitializeResourceLite(PERESOURCE Resource);
NTSTATUS ExReinitializeResourceLite(PERESOURCE Resource);
NTSTATUS ExDeleteResourceLite(PERESOURCE Resource);
/* Wait FALSE: FALSE at once if the resource cannot be had now. */
BOOLEAN ExAcquireResourceExclusiveLite(PERESOURCE Resource, BOOLEAN Wait);
BOOLEAN ExAcquireResourceSharedLite(PERESOURCE Resource, BOOLEAN Wait);
/* Shared even if exclusive waiters wait (starving them); the other waits for them first. */
BOOLEAN ExAcquireSharedStarveExclusive(PERESOURCE Resource, BOOLEAN Wait);
BOOLEAN ExAcquireSharedWaitForExclusive(PERESOURCE Resource, BOOLEAN Wait);
void ExReleaseResourceLite(PERESOURCE Resource);
void ExReleaseResourceForThreadLite(PERESOURCE Resource, ERESOURCE_THREAD ResourceThreadId);
#define ExReleaseResource(R) ExReleaseResourceLite(R)
void ExConvertExclusiveToSharedLite(PERESOURCE Resource);
BOOLEAN ExIsResourceAcquiredExclusiveLite(PERESOURCE Resource);
/* How many times the calling thread holds the resource (shared or exclusive); 0 if not. */
ULONG ExIsResourceAcquiredSharedLite(PERESOURCE Resource);
#define ExIsResourceAcquiredLite ExIsResourceAcquiredSharedLite
ULONG ExGetExclusiveWaiterCount(PERESOURCE Resource);
ULONG ExGetSharedWaiterCount(PERESOURCE Resource);
ERESOURCE_THREAD ExGetCurrentResourceThread(void);
/* KeEnterCriticalRegion, then the acquisition; ExReleaseResourceAndLeaveCriticalRegion. */
PVOID ExEnterCriticalRegionAndAcquireResourceExclusive(PERESOURCE Resource);
PVOID ExEnterCriticalRegionAndAcquireResourceShared(PERESOURCE Resource);
void ExReleaseResourceAndLeaveCriticalRegion(PERESOURCE Resource);

/* ---- Rundown protection -------------------------------------------------------------------- */
typedef struct _EX_RUNDOWN_REF {
    volatile ULONG_PTR Count; /* references * 2, bit 0 set once the rundown started */
} EX_RUNDOWN_REF, *PEX_RUNDOWN_REF;

void ExInitializeRundownProtection(PEX_RUNDOWN_REF RunRef);
void ExReInitializeRundownProtection(PEX_RUNDOWN_REF RunRef);
/* FALSE once ExWaitForRundownProtectionRelease has started. */
BOOLEAN ExAcquireRundownProtection(PEX_RUNDOWN_REF RunRef);
void ExReleaseRundownProtection(PEX_RUNDOWN_REF RunRef);
/* Refuses new references and returns when the last one is released. */
void ExWaitForRundownProtectionRelease(PEX_RUNDOWN_REF RunRef);
void ExRundownCompleted(PEX_RUNDOWN_REF RunRef);

/* ---- Executive spin locks: reader/writer spin locks, raising to DISPATCH_LEVEL ------------------
 */
typedef volatile LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;
typedef ULONG LOGICAL, *PLOGICAL;

KIRQL ExAcquireSpinLockExclusive(PEX_SPIN_LOCK SpinLock);
void ExAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK SpinLock);
void ExReleaseSpinLockExclusive(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
void ExReleaseSpinLockExclusiveFromDpcLevel(PEX_SPIN_LOCK SpinLock);
KIRQL ExAcquireSpinLockShared(PEX_SPIN_LOCK SpinLock);
void ExAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK SpinLock);
void ExReleaseSpinLockShared(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
void ExReleaseSpinLockSharedFromDpcLevel(PEX_SPIN_LOCK SpinLock);
/* TRUE (now exclusive) if the caller was the only sharer; FALSE (still shared) otherwise. */
LOGICAL ExTryConvertSharedSpinLockExclusive(PEX_SPIN_LOCK SpinLock);

/* Hands the calling thread's ownership of a resource to OwnerPointer (low two bits set, as
   Windows requires), which then releases it with ExReleaseResourceForThreadLite. */
void ExSetResourceOwnerPointer(PERESOURCE Resource, PVOID OwnerPointer);

/* Adds Increment under the spin lock; returns the value before. */
ULONG ExInterlockedAddUlong(PULONG Addend, ULONG Increment, PKSPIN_LOCK Lock);
/* The mode of the original requester: every call in the host comes from kernel mode. */
KPROCESSOR_MODE ExGetPreviousMode(void);

/* ---- Interlocked lists: the list operation under the spin lock --------------------------------
 */
/* Return the entry that was first (last) before the call, or NULL if the list was empty. */
PLIST_ENTRY ExInterlockedInsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY ListEntry,
                                        PKSPIN_LOCK Lock);
PLIST_ENTRY ExInterlockedInsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY ListEntry,
                                        PKSPIN_LOCK Lock);
/* The removed entry, or NULL if the list was empty. */
PLIST_ENTRY ExInterlockedRemoveHeadList(PLIST_ENTRY ListHead, PKSPIN_LOCK Lock);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_EX_SYNC_H */
