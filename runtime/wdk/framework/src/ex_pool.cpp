// ex_pool.cpp - ExAllocatePoolZero / ExAllocatePoolUninitialized (and the quota forms) and the
// driver runtime's NX opt-in, on the tagged, leak-checked pool of pool.cpp.
#include <mutex>
#include <set>
#include <string>

#include <km/ex_pool.h>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"
#include "pool.hpp"

namespace wpptrace::framework {

namespace {

std::mutex nx_mutex;
std::set<const DriverRecord*> nx_drivers;  // drivers that called ExInitializeDriverRuntime

bool known_pool_type(POOL_TYPE type) {
    // The base types, each optionally cache-aligned (+4) or NX (+512); session pools (+32) too.
    unsigned base = static_cast<unsigned>(type) & ~(512u | 32u | 4u);
    return base <= 1 && !(static_cast<unsigned>(type) & ~(512u | 32u | 4u | 1u));
}

PVOID allocate(const void* caller, const char* entry, POOL_TYPE type, SIZE_T bytes, ULONG tag,
               bool zeroed) {
    return guarded(
        entry,
        [&]() -> PVOID {
            DriverRecord* owner = driver_of_address(caller);
            if (!known_pool_type(type)) {
                report_issue(owner, IssueKind::pool_misuse,
                             std::string(entry) + ": unknown pool type " +
                                 std::to_string(static_cast<int>(type)));
                return nullptr;
            }
            if ((static_cast<unsigned>(type) & 1u) == 1u && KeGetCurrentIrql() > APC_LEVEL)
                report_issue(owner, IssueKind::irql,
                             std::string(entry) + ": paged pool at IRQL " +
                                 std::to_string(KeGetCurrentIrql()));
            NTSTATUS status;
            if (injected_failure(owner, entry, status)) return nullptr;
            return pool_allocate(owner, bytes, tag, zeroed);
        },
        PVOID{nullptr});
}

}  // namespace

void pool_runtime_forget(DriverRecord* owner) {
    std::lock_guard lock(nx_mutex);
    nx_drivers.erase(owner);
}

extern "C" PVOID ExAllocatePoolZero(POOL_TYPE type, SIZE_T bytes, ULONG tag) {
    return allocate(__builtin_return_address(0), "ExAllocatePoolZero", type, bytes, tag, true);
}

extern "C" PVOID ExAllocatePoolUninitialized(POOL_TYPE type, SIZE_T bytes, ULONG tag) {
    return allocate(__builtin_return_address(0), "ExAllocatePoolUninitialized", type, bytes, tag,
                    false);
}

extern "C" PVOID ExAllocatePoolQuotaZero(POOL_TYPE type, SIZE_T bytes, ULONG tag) {
    // Quota is charged to a process; the host's one process has no quota to exceed.
    return allocate(__builtin_return_address(0), "ExAllocatePoolQuotaZero", type, bytes, tag, true);
}

extern "C" PVOID ExAllocatePoolQuotaUninitialized(POOL_TYPE type, SIZE_T bytes, ULONG tag) {
    return allocate(__builtin_return_address(0), "ExAllocatePoolQuotaUninitialized", type, bytes,
                    tag, false);
}

extern "C" PVOID ExAllocatePoolWithQuotaTag(POOL_TYPE type, SIZE_T bytes, ULONG tag) {
    const void* caller = __builtin_return_address(0);
    const bool fail_instead_of_raise =
        static_cast<unsigned>(type) & POOL_QUOTA_FAIL_INSTEAD_OF_RAISE;
    type = static_cast<POOL_TYPE>(static_cast<unsigned>(type) & ~POOL_QUOTA_FAIL_INSTEAD_OF_RAISE);
    PVOID p = allocate(caller, "ExAllocatePoolWithQuotaTag", type, bytes, tag, false);
    if (!p && !fail_instead_of_raise)
        report_issue(driver_of_address(caller), IssueKind::pool_misuse,
                     "ExAllocatePoolWithQuotaTag failed without POOL_QUOTA_FAIL_INSTEAD_OF_RAISE: "
                     "Windows raises STATUS_INSUFFICIENT_RESOURCES here; the host returns NULL");
    return p;
}

extern "C" void ExInitializeDriverRuntime(ULONG flags) {
    DriverRecord* owner = driver_of_address(__builtin_return_address(0));
    if (flags & ~DrvRtPoolNxOptIn)
        report_issue(owner, IssueKind::device_misuse,
                     "ExInitializeDriverRuntime with unknown flags " + std::to_string(flags));
    if (flags & DrvRtPoolNxOptIn) {
        std::lock_guard lock(nx_mutex);
        nx_drivers.insert(owner);
    }
}

extern "C" POOL_TYPE ExQueryDefaultNonPagedPoolType(void) {
    const DriverRecord* owner = driver_of_address(__builtin_return_address(0));
    std::lock_guard lock(nx_mutex);
    return nx_drivers.count(owner) ? NonPagedPoolNx : NonPagedPool;
}

}  // namespace wpptrace::framework
