// io_remove_lock.cpp - remove locks (km/io_remove_lock.h), with the checked build's tag
// tracking always on: the tags held are kept per lock, so that a release with a tag never
// acquired, or one too many, is a verifier finding against the driver.
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "entry_guard.hpp"
#include "pool.hpp"

namespace wpptrace::framework {
namespace {

struct Tracking {
    ULONG allocate_tag = 0;
    ULONG high_watermark = 0;
    std::multiset<void*> tags;
};

std::mutex tracking_mutex;
std::map<PIO_REMOVE_LOCK, Tracking> tracking;

std::string lock_name(PIO_REMOVE_LOCK lock) {
    std::lock_guard guard(tracking_mutex);
    auto it = tracking.find(lock);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(lock));
    return std::string("remove lock ") + address +
           (it == tracking.end() ? "" : " (tag '" + tag_text(it->second.allocate_tag) + "')");
}

void report(const void* caller, std::string text) {
    report_issue(driver_of_address(caller), IssueKind::device_misuse, std::move(text));
}

// Forgets one acquisition of tag; false if it was not held.
bool forget(PIO_REMOVE_LOCK lock, void* tag) {
    std::lock_guard guard(tracking_mutex);
    auto it = tracking.find(lock);
    if (it == tracking.end()) return false;
    auto held = it->second.tags.find(tag);
    if (held == it->second.tags.end()) return false;
    it->second.tags.erase(held);
    return true;
}

void release(PIO_REMOVE_LOCK lock, void* tag, const void* caller, const char* function) {
    if (!forget(lock, tag)) {
        char text[32];
        std::snprintf(text, sizeof text, "%p", tag);
        report(caller, std::string(function) + " of " + lock_name(lock) + " with tag " + text +
                           ", which holds no acquisition of it");
    }
    LONG count = InterlockedDecrement(&lock->Common.IoCount);
    if (count < 0) {
        report(caller, std::string(function) + " of " + lock_name(lock) +
                           ": released more often than acquired");
        InterlockedIncrement(&lock->Common.IoCount);
        return;
    }
    if (count == 0) {
        if (!lock->Common.Removed)
            report(caller, std::string(function) + " of " + lock_name(lock) +
                               ": the count reached zero before IoReleaseRemoveLockAndWait");
        KeSetEvent(&lock->Common.RemoveEvent, IO_NO_INCREMENT, FALSE);
    }
}

}  // namespace

extern "C" void IoInitializeRemoveLockEx(PIO_REMOVE_LOCK lock, ULONG allocate_tag, ULONG,
                                         ULONG high_watermark, ULONG) {
    lock->Common.Removed = FALSE;
    lock->Common.IoCount = 1;  // the device's own count, dropped by ...AndWait
    KeInitializeEvent(&lock->Common.RemoveEvent, SynchronizationEvent, FALSE);
    lock->Dbg.Signature = 0x4c6d6552;  // 'Reml'
    lock->Dbg.HighWatermark = high_watermark;
    lock->Dbg.MaxLockedTicks = 0;
    lock->Dbg.AllocateTag = static_cast<LONG>(allocate_tag);
    lock->Dbg.Reserved = nullptr;
    std::lock_guard guard(tracking_mutex);
    tracking[lock] = Tracking{allocate_tag, high_watermark, {}};
}

extern "C" NTSTATUS IoAcquireRemoveLockEx(PIO_REMOVE_LOCK lock, PVOID tag, PCSTR, ULONG, ULONG) {
    const void* caller = __builtin_return_address(0);
    LONG count = InterlockedIncrement(&lock->Common.IoCount);
    if (__atomic_load_n(&lock->Common.Removed, __ATOMIC_SEQ_CST)) {
        // Documented: after IoReleaseRemoveLockAndWait every acquisition fails.
        if (InterlockedDecrement(&lock->Common.IoCount) == 0)
            KeSetEvent(&lock->Common.RemoveEvent, IO_NO_INCREMENT, FALSE);
        return STATUS_DELETE_PENDING;
    }
    bool over = false;
    {
        std::lock_guard guard(tracking_mutex);
        Tracking& t = tracking[lock];
        t.tags.insert(tag);
        over = t.high_watermark && static_cast<ULONG>(count - 1) > t.high_watermark;
    }
    if (over)
        report(caller, "IoAcquireRemoveLock of " + lock_name(lock) +
                           ": more acquisitions held than its HighWatermark");
    return STATUS_SUCCESS;
}

extern "C" void IoReleaseRemoveLockEx(PIO_REMOVE_LOCK lock, PVOID tag, ULONG) {
    release(lock, tag, __builtin_return_address(0), "IoReleaseRemoveLock");
}

extern "C" void IoReleaseRemoveLockAndWaitEx(PIO_REMOVE_LOCK lock, PVOID tag, ULONG) {
    const void* caller = __builtin_return_address(0);
    if (KeGetCurrentIrql() > PASSIVE_LEVEL)
        report_issue(driver_of_address(caller), IssueKind::irql,
                     "IoReleaseRemoveLockAndWait above PASSIVE_LEVEL");
    __atomic_store_n(&lock->Common.Removed, TRUE, __ATOMIC_SEQ_CST);
    // The initial count, then the caller's own acquisition; then wait for everyone else's.
    if (InterlockedDecrement(&lock->Common.IoCount) == 0)
        KeSetEvent(&lock->Common.RemoveEvent, IO_NO_INCREMENT, FALSE);
    release(lock, tag, caller, "IoReleaseRemoveLockAndWait");
    KeWaitForSingleObject(&lock->Common.RemoveEvent, Executive, KernelMode, FALSE, nullptr);
    std::lock_guard guard(tracking_mutex);
    tracking.erase(lock);
}

}  // namespace wpptrace::framework
