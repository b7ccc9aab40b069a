// ex_sync.cpp - fast and guarded mutexes, executive resources (ERESOURCE), rundown protection
// and interlocked lists.
//
// Fast mutexes and rundown references live in the driver's structure and wait through the
// dispatcher (ke_wait.cpp). An ERESOURCE's state (owners, counts, waiters) is a framework object
// the driver's ERESOURCE points to, made by ExInitializeResourceLite and freed by
// ExDeleteResourceLite; one never deleted is reported at unload.
#include <sched.h>

#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <km/ex_sync.h>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework {
namespace {

// ---- Fast mutexes ----------------------------------------------------------------------------

// Takes the mutex for the calling thread (waiting if wait), or reports a recursive acquisition.
bool take_fast_mutex(const void* caller, const char* entry, PFAST_MUTEX mutex, bool wait) {
    PKTHREAD me = current_thread();
    if (__atomic_load_n(&mutex->Owner, __ATOMIC_SEQ_CST) == me) {
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     std::string(entry) +
                         ": the calling thread already owns the mutex "
                         "(fast and guarded mutexes are not recursive: deadlock)");
        return false;
    }
    auto take = [&] {
        LONG one = 1;
        return __atomic_compare_exchange_n(&mutex->Count, &one, 0, false, __ATOMIC_SEQ_CST,
                                           __ATOMIC_SEQ_CST);
    };
    if (!take()) {
        if (!wait) return false;
        __atomic_add_fetch(&mutex->Contention, 1, __ATOMIC_RELAXED);
        dispatcher_wait_until(take, std::nullopt);
    }
    __atomic_store_n(&mutex->Owner, me, __ATOMIC_SEQ_CST);
    return true;
}

bool give_fast_mutex(const void* caller, const char* entry, PFAST_MUTEX mutex) {
    if (__atomic_load_n(&mutex->Owner, __ATOMIC_SEQ_CST) != current_thread()) {
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     std::string(entry) + ": the calling thread does not own the mutex");
        return false;
    }
    __atomic_store_n(&mutex->Owner, nullptr, __ATOMIC_SEQ_CST);
    __atomic_store_n(&mutex->Count, 1, __ATOMIC_SEQ_CST);
    dispatcher_signal();
    return true;
}

void check_at_most(const void* caller, const char* entry, KIRQL most) {
    if (KeGetCurrentIrql() > most)
        report_irql(caller, std::string(entry) + " at IRQL " + std::to_string(KeGetCurrentIrql()));
}

// ---- Executive resources ----------------------------------------------------------------------

struct Resource {
    static constexpr std::uint32_t live_magic = 0x45526573;  // "ERes"
    std::uint32_t magic = live_magic;
    DriverRecord* owner;
    std::mutex mutex;
    std::condition_variable changed;
    PKTHREAD exclusive_owner = nullptr;
    ULONG exclusive_count = 0;
    std::map<PKTHREAD, ULONG> shared;  // thread -> times it holds the resource shared
    ULONG exclusive_waiters = 0, shared_waiters = 0;
    explicit Resource(DriverRecord* owner) : owner(owner) {}
};

std::mutex resources_mutex;
std::unordered_map<Resource*, DriverRecord*> resources;

Resource* resource_of(const void* caller, const char* entry, PERESOURCE eresource) {
    auto* r = eresource ? static_cast<Resource*>(eresource->Lock) : nullptr;
    if (!r || r->magic != Resource::live_magic) {
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     std::string(entry) +
                         ": ERESOURCE not initialized (ExInitializeResourceLite) "
                         "or already deleted");
        return nullptr;
    }
    return r;
}

// Driver Verifier's rule: resources are acquired with normal kernel APCs disabled.
void check_apcs_disabled(const void* caller, const char* entry) {
    check_at_most(caller, entry, DISPATCH_LEVEL);
    if (KeGetCurrentIrql() < APC_LEVEL && !critical_region_depth() && !guarded_region_depth())
        report_irql(caller, std::string(entry) +
                                " with kernel APCs enabled (call KeEnterCriticalRegion first)");
}

enum class SharedRule { lite, starve_exclusive, wait_for_exclusive };

BOOLEAN acquire_shared(const void* caller, const char* entry, PERESOURCE eresource, bool wait,
                       SharedRule rule) {
    check_apcs_disabled(caller, entry);
    Resource* r = resource_of(caller, entry, eresource);
    if (!r) return FALSE;
    if (wait && KeGetCurrentIrql() > APC_LEVEL)
        report_irql(caller, std::string(entry) + " waits at DISPATCH_LEVEL");
    PKTHREAD me = current_thread();
    std::unique_lock lock(r->mutex);
    auto can = [&] {
        if (r->exclusive_owner == me) return true;  // counts as another exclusive hold
        if (r->exclusive_owner) return false;
        if (rule == SharedRule::starve_exclusive) return true;
        if (rule == SharedRule::lite && r->shared.count(me)) return true;  // recursive shared
        return r->exclusive_waiters == 0;
    };
    if (!can()) {
        if (!wait) return FALSE;
        ++r->shared_waiters;
        r->changed.wait(lock, can);
        --r->shared_waiters;
    }
    if (r->exclusive_owner == me)
        ++r->exclusive_count;
    else
        ++r->shared[me];
    return TRUE;
}

BOOLEAN acquire_exclusive(const void* caller, const char* entry, PERESOURCE eresource, bool wait) {
    check_apcs_disabled(caller, entry);
    Resource* r = resource_of(caller, entry, eresource);
    if (!r) return FALSE;
    if (wait && KeGetCurrentIrql() > APC_LEVEL)
        report_irql(caller, std::string(entry) + " waits at DISPATCH_LEVEL");
    PKTHREAD me = current_thread();
    std::unique_lock lock(r->mutex);
    if (r->exclusive_owner == me) {
        ++r->exclusive_count;
        return TRUE;
    }
    if (r->shared.count(me)) {
        lock.unlock();
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     std::string(entry) +
                         ": the calling thread holds the resource shared "
                         "(exclusive after shared deadlocks on Windows)");
        return FALSE;
    }
    auto can = [&] { return !r->exclusive_owner && r->shared.empty(); };
    if (!can()) {
        if (!wait) return FALSE;
        ++r->exclusive_waiters;
        r->changed.wait(lock, can);
        --r->exclusive_waiters;
    }
    r->exclusive_owner = me;
    r->exclusive_count = 1;
    return TRUE;
}

void release(const void* caller, const char* entry, PERESOURCE eresource, PKTHREAD thread) {
    check_at_most(caller, entry, DISPATCH_LEVEL);
    Resource* r = resource_of(caller, entry, eresource);
    if (!r) return;
    std::unique_lock lock(r->mutex);
    if (r->exclusive_owner == thread) {
        if (--r->exclusive_count == 0) r->exclusive_owner = nullptr;
    } else if (auto found = r->shared.find(thread); found != r->shared.end()) {
        if (--found->second == 0) r->shared.erase(found);
    } else {
        lock.unlock();
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     std::string(entry) + ": the thread does not hold the resource");
        return;
    }
    r->changed.notify_all();
}

}  // namespace

void ex_release_driver(DriverRecord* owner) {
    std::vector<Resource*> left;
    {
        std::lock_guard lock(resources_mutex);
        for (auto it = resources.begin(); it != resources.end();) {
            if (it->second != owner) {
                ++it;
                continue;
            }
            left.push_back(it->first);
            it = resources.erase(it);
        }
    }
    if (!left.empty())
        report_issue(owner, IssueKind::device_misuse,
                     "unloaded with " + std::to_string(left.size()) +
                         " ERESOURCE(s) not deleted (ExDeleteResourceLite)");
    for (Resource* r : left) {
        r->magic = 0;
        delete r;
    }
}

// ---- Fast mutexes ---------------------------------------------------------------------------

extern "C" void ExInitializeFastMutex(PFAST_MUTEX mutex) {
    mutex->Count = 1;
    mutex->Owner = nullptr;
    mutex->Contention = 0;
    KeInitializeEvent(&mutex->Event, SynchronizationEvent, FALSE);
    mutex->OldIrql = PASSIVE_LEVEL;
}

extern "C" void ExAcquireFastMutex(PFAST_MUTEX mutex) {
    const void* caller = __builtin_return_address(0);
    check_at_most(caller, "ExAcquireFastMutex", APC_LEVEL);
    KIRQL old = KeGetCurrentIrql();
    set_current_irql(old > APC_LEVEL ? old : APC_LEVEL);
    if (take_fast_mutex(caller, "ExAcquireFastMutex", mutex, true))
        mutex->OldIrql = old;
    else
        set_current_irql(old);
}

extern "C" BOOLEAN ExTryToAcquireFastMutex(PFAST_MUTEX mutex) {
    const void* caller = __builtin_return_address(0);
    check_at_most(caller, "ExTryToAcquireFastMutex", APC_LEVEL);
    KIRQL old = KeGetCurrentIrql();
    if (!take_fast_mutex(caller, "ExTryToAcquireFastMutex", mutex, false)) return FALSE;
    set_current_irql(old > APC_LEVEL ? old : APC_LEVEL);
    mutex->OldIrql = old;
    return TRUE;
}

extern "C" void ExReleaseFastMutex(PFAST_MUTEX mutex) {
    KIRQL old = static_cast<KIRQL>(mutex->OldIrql);
    if (give_fast_mutex(__builtin_return_address(0), "ExReleaseFastMutex", mutex))
        set_current_irql(old);
}

extern "C" void ExAcquireFastMutexUnsafe(PFAST_MUTEX mutex) {
    const void* caller = __builtin_return_address(0);
    if (KeGetCurrentIrql() < APC_LEVEL && !critical_region_depth() && !guarded_region_depth())
        report_irql(caller, "ExAcquireFastMutexUnsafe with kernel APCs enabled");
    take_fast_mutex(caller, "ExAcquireFastMutexUnsafe", mutex, true);
}

extern "C" void ExReleaseFastMutexUnsafe(PFAST_MUTEX mutex) {
    give_fast_mutex(__builtin_return_address(0), "ExReleaseFastMutexUnsafe", mutex);
}

extern "C" void KeInitializeGuardedMutex(PKGUARDED_MUTEX mutex) {
    ExInitializeFastMutex(mutex);
}

extern "C" void KeAcquireGuardedMutex(PKGUARDED_MUTEX mutex) {
    const void* caller = __builtin_return_address(0);
    check_at_most(caller, "KeAcquireGuardedMutex", APC_LEVEL);
    KeEnterGuardedRegion();
    if (!take_fast_mutex(caller, "KeAcquireGuardedMutex", mutex, true)) KeLeaveGuardedRegion();
}

extern "C" BOOLEAN KeTryToAcquireGuardedMutex(PKGUARDED_MUTEX mutex) {
    const void* caller = __builtin_return_address(0);
    check_at_most(caller, "KeTryToAcquireGuardedMutex", APC_LEVEL);
    KeEnterGuardedRegion();
    if (take_fast_mutex(caller, "KeTryToAcquireGuardedMutex", mutex, false)) return TRUE;
    KeLeaveGuardedRegion();
    return FALSE;
}

extern "C" void KeReleaseGuardedMutex(PKGUARDED_MUTEX mutex) {
    if (give_fast_mutex(__builtin_return_address(0), "KeReleaseGuardedMutex", mutex))
        KeLeaveGuardedRegion();
}

// ---- Executive resources ----------------------------------------------------------------------

extern "C" NTSTATUS ExInitializeResourceLite(PERESOURCE eresource) {
    const void* caller = __builtin_return_address(0);
    return guarded("ExInitializeResourceLite", [&]() -> NTSTATUS {
        if (!eresource) return STATUS_INVALID_PARAMETER;
        DriverRecord* owner = driver_of_address(caller);
        std::memset(eresource, 0, sizeof *eresource);
        auto* r = new Resource(owner);
        eresource->Lock = r;
        InitializeListHead(&eresource->SystemResourcesList);
        std::lock_guard lock(resources_mutex);
        resources[r] = owner;
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS ExDeleteResourceLite(PERESOURCE eresource) {
    const void* caller = __builtin_return_address(0);
    return guarded("ExDeleteResourceLite", [&]() -> NTSTATUS {
        Resource* r = resource_of(caller, "ExDeleteResourceLite", eresource);
        if (!r) return STATUS_INVALID_PARAMETER;
        {
            std::lock_guard lock(r->mutex);
            if (r->exclusive_owner || !r->shared.empty()) {
                report_issue(driver_of_address(caller), IssueKind::device_misuse,
                             "ExDeleteResourceLite of a resource still held");
                return STATUS_INVALID_PARAMETER;
            }
        }
        {
            std::lock_guard lock(resources_mutex);
            resources.erase(r);
        }
        r->magic = 0;
        eresource->Lock = nullptr;
        delete r;
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS ExReinitializeResourceLite(PERESOURCE eresource) {
    const void* caller = __builtin_return_address(0);
    return guarded("ExReinitializeResourceLite", [&]() -> NTSTATUS {
        Resource* r = resource_of(caller, "ExReinitializeResourceLite", eresource);
        if (!r) return STATUS_INVALID_PARAMETER;
        std::lock_guard lock(r->mutex);
        r->exclusive_owner = nullptr;
        r->exclusive_count = 0;
        r->shared.clear();
        r->changed.notify_all();
        return STATUS_SUCCESS;
    });
}

extern "C" BOOLEAN ExAcquireResourceExclusiveLite(PERESOURCE eresource, BOOLEAN wait) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExAcquireResourceExclusiveLite",
        [&] {
            return acquire_exclusive(caller, "ExAcquireResourceExclusiveLite", eresource, wait);
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN ExAcquireResourceSharedLite(PERESOURCE eresource, BOOLEAN wait) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExAcquireResourceSharedLite",
        [&] {
            return acquire_shared(caller, "ExAcquireResourceSharedLite", eresource, wait,
                                  SharedRule::lite);
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN ExAcquireSharedStarveExclusive(PERESOURCE eresource, BOOLEAN wait) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExAcquireSharedStarveExclusive",
        [&] {
            return acquire_shared(caller, "ExAcquireSharedStarveExclusive", eresource, wait,
                                  SharedRule::starve_exclusive);
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN ExAcquireSharedWaitForExclusive(PERESOURCE eresource, BOOLEAN wait) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExAcquireSharedWaitForExclusive",
        [&] {
            return acquire_shared(caller, "ExAcquireSharedWaitForExclusive", eresource, wait,
                                  SharedRule::wait_for_exclusive);
        },
        BOOLEAN{FALSE});
}

extern "C" void ExReleaseResourceLite(PERESOURCE eresource) {
    const void* caller = __builtin_return_address(0);
    guarded_void("ExReleaseResourceLite",
                 [&] { release(caller, "ExReleaseResourceLite", eresource, current_thread()); });
}

extern "C" void ExReleaseResourceForThreadLite(PERESOURCE eresource, ERESOURCE_THREAD thread) {
    const void* caller = __builtin_return_address(0);
    guarded_void("ExReleaseResourceForThreadLite", [&] {
        release(caller, "ExReleaseResourceForThreadLite", eresource,
                reinterpret_cast<PKTHREAD>(thread));
    });
}

extern "C" void ExConvertExclusiveToSharedLite(PERESOURCE eresource) {
    const void* caller = __builtin_return_address(0);
    Resource* r = resource_of(caller, "ExConvertExclusiveToSharedLite", eresource);
    if (!r) return;
    PKTHREAD me = current_thread();
    std::unique_lock lock(r->mutex);
    if (r->exclusive_owner != me) {
        lock.unlock();
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     "ExConvertExclusiveToSharedLite: the thread does not hold the resource "
                     "exclusively");
        return;
    }
    r->shared[me] += r->exclusive_count;
    r->exclusive_owner = nullptr;
    r->exclusive_count = 0;
    r->changed.notify_all();
}

extern "C" BOOLEAN ExIsResourceAcquiredExclusiveLite(PERESOURCE eresource) {
    Resource* r =
        resource_of(__builtin_return_address(0), "ExIsResourceAcquiredExclusiveLite", eresource);
    if (!r) return FALSE;
    std::lock_guard lock(r->mutex);
    return r->exclusive_owner == current_thread() ? TRUE : FALSE;
}

extern "C" ULONG ExIsResourceAcquiredSharedLite(PERESOURCE eresource) {
    Resource* r =
        resource_of(__builtin_return_address(0), "ExIsResourceAcquiredSharedLite", eresource);
    if (!r) return 0;
    PKTHREAD me = current_thread();
    std::lock_guard lock(r->mutex);
    if (r->exclusive_owner == me) return r->exclusive_count;
    auto found = r->shared.find(me);
    return found == r->shared.end() ? 0 : found->second;
}

extern "C" ULONG ExGetExclusiveWaiterCount(PERESOURCE eresource) {
    Resource* r = resource_of(__builtin_return_address(0), "ExGetExclusiveWaiterCount", eresource);
    if (!r) return 0;
    std::lock_guard lock(r->mutex);
    return r->exclusive_waiters;
}

extern "C" ULONG ExGetSharedWaiterCount(PERESOURCE eresource) {
    Resource* r = resource_of(__builtin_return_address(0), "ExGetSharedWaiterCount", eresource);
    if (!r) return 0;
    std::lock_guard lock(r->mutex);
    return r->shared_waiters;
}

extern "C" ERESOURCE_THREAD ExGetCurrentResourceThread(void) {
    return reinterpret_cast<ERESOURCE_THREAD>(current_thread());
}

extern "C" PVOID ExEnterCriticalRegionAndAcquireResourceExclusive(PERESOURCE eresource) {
    KeEnterCriticalRegion();
    acquire_exclusive(__builtin_return_address(0),
                      "ExEnterCriticalRegionAndAcquireResourceExclusive", eresource, true);
    return current_thread();
}

extern "C" PVOID ExEnterCriticalRegionAndAcquireResourceShared(PERESOURCE eresource) {
    KeEnterCriticalRegion();
    acquire_shared(__builtin_return_address(0), "ExEnterCriticalRegionAndAcquireResourceShared",
                   eresource, true, SharedRule::lite);
    return current_thread();
}

extern "C" void ExReleaseResourceAndLeaveCriticalRegion(PERESOURCE eresource) {
    release(__builtin_return_address(0), "ExReleaseResourceAndLeaveCriticalRegion", eresource,
            current_thread());
    KeLeaveCriticalRegion();
}

// ---- Rundown protection ---------------------------------------------------------------------

namespace {
constexpr ULONG_PTR rundown_active = 1;
}

extern "C" void ExInitializeRundownProtection(PEX_RUNDOWN_REF ref) {
    __atomic_store_n(&ref->Count, 0, __ATOMIC_SEQ_CST);
}

extern "C" void ExReInitializeRundownProtection(PEX_RUNDOWN_REF ref) {
    __atomic_store_n(&ref->Count, 0, __ATOMIC_SEQ_CST);
}

extern "C" BOOLEAN ExAcquireRundownProtection(PEX_RUNDOWN_REF ref) {
    ULONG_PTR seen = __atomic_load_n(&ref->Count, __ATOMIC_SEQ_CST);
    for (;;) {
        if (seen & rundown_active) return FALSE;
        if (__atomic_compare_exchange_n(&ref->Count, &seen, seen + 2, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST))
            return TRUE;
    }
}

extern "C" void ExReleaseRundownProtection(PEX_RUNDOWN_REF ref) {
    ULONG_PTR seen = __atomic_load_n(&ref->Count, __ATOMIC_SEQ_CST);
    if (seen < 2) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "ExReleaseRundownProtection without a reference");
        return;
    }
    if (__atomic_sub_fetch(&ref->Count, 2, __ATOMIC_SEQ_CST) == rundown_active) dispatcher_signal();
}

extern "C" void ExWaitForRundownProtectionRelease(PEX_RUNDOWN_REF ref) {
    check_at_most(__builtin_return_address(0), "ExWaitForRundownProtectionRelease", APC_LEVEL);
    __atomic_fetch_or(&ref->Count, rundown_active, __ATOMIC_SEQ_CST);
    dispatcher_wait_until(
        [&] { return __atomic_load_n(&ref->Count, __ATOMIC_SEQ_CST) == rundown_active; },
        std::nullopt);
}

extern "C" void ExRundownCompleted(PEX_RUNDOWN_REF ref) {
    __atomic_store_n(&ref->Count, rundown_active, __ATOMIC_SEQ_CST);
}

// ---- Executive spin locks ------------------------------------------------------------------

namespace {
constexpr LONG ex_exclusive = static_cast<LONG>(0x80000000u);

void spin_exclusive(PEX_SPIN_LOCK lock) {
    for (unsigned spins = 0;; ++spins) {
        LONG free = 0;
        if (__atomic_compare_exchange_n(lock, &free, ex_exclusive, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            return;
        if (spins > 64) sched_yield();
    }
}

void spin_shared(PEX_SPIN_LOCK lock) {
    for (unsigned spins = 0;; ++spins) {
        LONG seen = __atomic_load_n(lock, __ATOMIC_RELAXED);
        if (!(seen & ex_exclusive) &&
            __atomic_compare_exchange_n(lock, &seen, seen + 1, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            return;
        if (spins > 64) sched_yield();
    }
}

KIRQL raise_to_dispatch(const void* caller) {
    KIRQL old = KeGetCurrentIrql();
    if (old > DISPATCH_LEVEL)
        report_irql(caller, "executive spin lock above DISPATCH_LEVEL");
    else
        set_current_irql(DISPATCH_LEVEL);
    return old;
}
}  // namespace

extern "C" KIRQL ExAcquireSpinLockExclusive(PEX_SPIN_LOCK lock) {
    KIRQL old = raise_to_dispatch(__builtin_return_address(0));
    spin_exclusive(lock);
    return old;
}

extern "C" void ExAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK lock) {
    spin_exclusive(lock);
}

extern "C" void ExReleaseSpinLockExclusiveFromDpcLevel(PEX_SPIN_LOCK lock) {
    if (!(__atomic_load_n(lock, __ATOMIC_RELAXED) & ex_exclusive))
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "ExReleaseSpinLockExclusive of a lock not held exclusively");
    __atomic_store_n(lock, 0, __ATOMIC_RELEASE);
}

extern "C" void ExReleaseSpinLockExclusive(PEX_SPIN_LOCK lock, KIRQL old) {
    ExReleaseSpinLockExclusiveFromDpcLevel(lock);
    set_current_irql(old);
}

extern "C" KIRQL ExAcquireSpinLockShared(PEX_SPIN_LOCK lock) {
    KIRQL old = raise_to_dispatch(__builtin_return_address(0));
    spin_shared(lock);
    return old;
}

extern "C" void ExAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK lock) {
    spin_shared(lock);
}

extern "C" void ExReleaseSpinLockSharedFromDpcLevel(PEX_SPIN_LOCK lock) {
    LONG seen = __atomic_load_n(lock, __ATOMIC_RELAXED);
    if ((seen & ex_exclusive) || seen == 0) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "ExReleaseSpinLockShared of a lock not held shared");
        return;
    }
    __atomic_sub_fetch(lock, 1, __ATOMIC_RELEASE);
}

extern "C" void ExReleaseSpinLockShared(PEX_SPIN_LOCK lock, KIRQL old) {
    ExReleaseSpinLockSharedFromDpcLevel(lock);
    set_current_irql(old);
}

extern "C" LOGICAL ExTryConvertSharedSpinLockExclusive(PEX_SPIN_LOCK lock) {
    LONG one = 1;
    return __atomic_compare_exchange_n(lock, &one, ex_exclusive, false, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED)
               ? TRUE
               : FALSE;
}

extern "C" void ExSetResourceOwnerPointer(PERESOURCE eresource, PVOID owner_pointer) {
    const void* caller = __builtin_return_address(0);
    Resource* r = resource_of(caller, "ExSetResourceOwnerPointer", eresource);
    if (!r) return;
    auto key = reinterpret_cast<PKTHREAD>(reinterpret_cast<ULONG_PTR>(owner_pointer) | 3);
    if ((reinterpret_cast<ULONG_PTR>(owner_pointer) & 3) != 3)
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     "ExSetResourceOwnerPointer: the owner pointer must have its low two bits set");
    PKTHREAD me = current_thread();
    std::lock_guard lock(r->mutex);
    if (r->exclusive_owner == me) {
        r->exclusive_owner = key;
    } else if (auto found = r->shared.find(me); found != r->shared.end()) {
        r->shared[key] += found->second;
        r->shared.erase(me);
    } else {
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     "ExSetResourceOwnerPointer: the thread does not hold the resource");
    }
}

extern "C" ULONG ExInterlockedAddUlong(PULONG addend, ULONG increment, PKSPIN_LOCK lock) {
    KIRQL old = KeAcquireSpinLockRaiseToDpc(lock);
    ULONG before = *addend;
    *addend = before + increment;
    KeReleaseSpinLock(lock, old);
    return before;
}

extern "C" KPROCESSOR_MODE ExGetPreviousMode(void) {
    return KernelMode;
}

// ---- Interlocked lists ----------------------------------------------------------------------

extern "C" PLIST_ENTRY ExInterlockedInsertHeadList(PLIST_ENTRY head, PLIST_ENTRY entry,
                                                   PKSPIN_LOCK lock) {
    KIRQL old = KeAcquireSpinLockRaiseToDpc(lock);
    PLIST_ENTRY first = IsListEmpty(head) ? nullptr : head->Flink;
    InsertHeadList(head, entry);
    KeReleaseSpinLock(lock, old);
    return first;
}

extern "C" PLIST_ENTRY ExInterlockedInsertTailList(PLIST_ENTRY head, PLIST_ENTRY entry,
                                                   PKSPIN_LOCK lock) {
    KIRQL old = KeAcquireSpinLockRaiseToDpc(lock);
    PLIST_ENTRY last = IsListEmpty(head) ? nullptr : head->Blink;
    InsertTailList(head, entry);
    KeReleaseSpinLock(lock, old);
    return last;
}

extern "C" PLIST_ENTRY ExInterlockedRemoveHeadList(PLIST_ENTRY head, PKSPIN_LOCK lock) {
    KIRQL old = KeAcquireSpinLockRaiseToDpc(lock);
    PLIST_ENTRY first = IsListEmpty(head) ? nullptr : RemoveHeadList(head);
    KeReleaseSpinLock(lock, old);
    return first;
}

}  // namespace wpptrace::framework
