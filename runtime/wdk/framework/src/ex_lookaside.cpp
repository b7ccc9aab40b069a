// ex_lookaside.cpp - lookaside lists (paged, non-paged, LOOKASIDE_LIST_EX): a cache of free
// fixed-size blocks in front of the driver's pool (pool.cpp), so that tags and leaks are
// accounted as for any allocation. Free blocks are chained through their first pointer under
// the list's spin lock.
#include <algorithm>
#include <cstring>
#include <string>

#include <km/ex_lookaside.h>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"
#include "pool.hpp"

namespace wpptrace::framework {

namespace {

constexpr ULONG flag_ex_callbacks = 0x100;  // Allocate/Free are the _EX forms
constexpr ULONG flag_live = 0x200;          // initialized, not deleted
constexpr USHORT cache_depth = 32;

struct Caller {
    const void* address;
    const char* entry;
};

bool check(const Caller& c, PGENERAL_LOOKASIDE l, bool paged) {
    if (!l || !(l->Flags & flag_live)) {
        report_issue(driver_of_address(c.address), IssueKind::pool_misuse,
                     std::string(c.entry) + ": lookaside list not initialized or already deleted");
        return false;
    }
    if (KeGetCurrentIrql() > (paged ? APC_LEVEL : DISPATCH_LEVEL))
        report_irql(c.address,
                    std::string(c.entry) + " at IRQL " + std::to_string(KeGetCurrentIrql()));
    return true;
}

void initialize(const Caller& c, PGENERAL_LOOKASIDE l, void* allocate, void* free, POOL_TYPE type,
                ULONG flags, SIZE_T size, ULONG tag, bool ex) {
    std::memset(l, 0, sizeof *l);
    l->Type = type;
    l->Tag = tag;
    // Free blocks hold the chain pointer: never smaller than one.
    l->Size = static_cast<ULONG>(std::max<SIZE_T>(size, sizeof(void*)));
    l->Depth = cache_depth;
    l->MaximumDepth = 256;
    l->Allocate = reinterpret_cast<PALLOCATE_FUNCTION>(allocate);
    l->Free = reinterpret_cast<PFREE_FUNCTION>(free);
    InitializeListHead(&l->ListEntry);
    l->Flags = flag_live | (ex ? flag_ex_callbacks : 0) | (flags & 0xff);
    KeInitializeSpinLock(&l->Lock);
    l->Owner = driver_of_address(c.address);
}

void* pop(PGENERAL_LOOKASIDE l) {
    KIRQL old = KeAcquireSpinLockRaiseToDpc(&l->Lock);
    void* block = l->ListHead;
    ++l->TotalAllocates;
    if (block) {
        l->ListHead = *static_cast<void**>(block);
        --l->CachedCount;
    } else {
        ++l->AllocateMisses;
    }
    KeReleaseSpinLock(&l->Lock, old);
    return block;
}

void* allocate(const Caller& c, PGENERAL_LOOKASIDE l, bool paged) {
    if (!check(c, l, paged)) return nullptr;
    if (void* block = pop(l)) return block;
    auto* owner = static_cast<DriverRecord*>(l->Owner);
    if (l->Flags & flag_ex_callbacks) {
        if (l->AllocateEx)
            return call_driver(owner, "LookasideAllocateEx", l->AllocateEx, l->Type, l->Size,
                               l->Tag, reinterpret_cast<PLOOKASIDE_LIST_EX>(l));
    } else if (l->Allocate) {
        return call_driver(owner, "LookasideAllocate", l->Allocate, l->Type, l->Size, l->Tag);
    }
    NTSTATUS status;
    if (injected_failure(owner, c.entry, status)) return nullptr;
    return pool_allocate(owner, l->Size, l->Tag, false);
}

void give_back(PGENERAL_LOOKASIDE l, void* block) {
    auto* owner = static_cast<DriverRecord*>(l->Owner);
    if (l->Flags & flag_ex_callbacks) {
        if (l->FreeEx) {
            call_driver(owner, "LookasideFreeEx", l->FreeEx, block,
                        reinterpret_cast<PLOOKASIDE_LIST_EX>(l));
            return;
        }
    } else if (l->Free) {
        call_driver(owner, "LookasideFree", l->Free, block);
        return;
    }
    pool_free(block, l->Tag, true);
}

void free_to(const Caller& c, PGENERAL_LOOKASIDE l, void* block, bool paged) {
    if (!block || !check(c, l, paged)) return;
    KIRQL old = KeAcquireSpinLockRaiseToDpc(&l->Lock);
    ++l->TotalFrees;
    bool cached = l->CachedCount < l->Depth;
    if (cached) {
        *static_cast<void**>(block) = l->ListHead;
        l->ListHead = block;
        ++l->CachedCount;
    } else {
        ++l->FreeMisses;
    }
    KeReleaseSpinLock(&l->Lock, old);
    if (!cached) give_back(l, block);
}

void flush(PGENERAL_LOOKASIDE l) {
    KIRQL old = KeAcquireSpinLockRaiseToDpc(&l->Lock);
    void* block = l->ListHead;
    l->ListHead = nullptr;
    l->CachedCount = 0;
    KeReleaseSpinLock(&l->Lock, old);
    while (block) {
        void* next = *static_cast<void**>(block);
        give_back(l, block);
        block = next;
    }
}

void remove(const Caller& c, PGENERAL_LOOKASIDE l, bool paged) {
    if (!check(c, l, paged)) return;
    flush(l);
    l->Flags &= ~flag_live;
}

}  // namespace

#define CALLER(entry)                      \
    Caller {                               \
        __builtin_return_address(0), entry \
    }

extern "C" void ExInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST list,
                                                PALLOCATE_FUNCTION allocate, PFREE_FUNCTION free,
                                                ULONG flags, SIZE_T size, ULONG tag, USHORT) {
    initialize(CALLER("ExInitializeNPagedLookasideList"), &list->L,
               reinterpret_cast<void*>(allocate), reinterpret_cast<void*>(free), NonPagedPoolNx,
               flags, size, tag, false);
}

extern "C" void ExDeleteNPagedLookasideList(PNPAGED_LOOKASIDE_LIST list) {
    Caller c = CALLER("ExDeleteNPagedLookasideList");
    guarded_void(c.entry, [&] { remove(c, &list->L, false); });
}

extern "C" PVOID ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST list) {
    Caller c = CALLER("ExAllocateFromNPagedLookasideList");
    return guarded(
        c.entry, [&] { return allocate(c, &list->L, false); }, PVOID{nullptr});
}

extern "C" void ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST list, PVOID entry) {
    Caller c = CALLER("ExFreeToNPagedLookasideList");
    guarded_void(c.entry, [&] { free_to(c, &list->L, entry, false); });
}

extern "C" void ExInitializePagedLookasideList(PPAGED_LOOKASIDE_LIST list,
                                               PALLOCATE_FUNCTION allocate, PFREE_FUNCTION free,
                                               ULONG flags, SIZE_T size, ULONG tag, USHORT) {
    initialize(CALLER("ExInitializePagedLookasideList"), &list->L,
               reinterpret_cast<void*>(allocate), reinterpret_cast<void*>(free), PagedPool, flags,
               size, tag, false);
}

extern "C" void ExDeletePagedLookasideList(PPAGED_LOOKASIDE_LIST list) {
    Caller c = CALLER("ExDeletePagedLookasideList");
    guarded_void(c.entry, [&] { remove(c, &list->L, true); });
}

extern "C" PVOID ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST list) {
    Caller c = CALLER("ExAllocateFromPagedLookasideList");
    return guarded(
        c.entry, [&] { return allocate(c, &list->L, true); }, PVOID{nullptr});
}

extern "C" void ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST list, PVOID entry) {
    Caller c = CALLER("ExFreeToPagedLookasideList");
    guarded_void(c.entry, [&] { free_to(c, &list->L, entry, true); });
}

extern "C" NTSTATUS ExInitializeLookasideListEx(PLOOKASIDE_LIST_EX list,
                                                PALLOCATE_FUNCTION_EX allocate,
                                                PFREE_FUNCTION_EX free, POOL_TYPE type, ULONG flags,
                                                SIZE_T size, ULONG tag, USHORT) {
    Caller c = CALLER("ExInitializeLookasideListEx");
    const ULONG known =
        EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL | EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE;
    if (!list || (flags & ~known) || flags == known || size == 0) return STATUS_INVALID_PARAMETER;
    initialize(c, &list->L, reinterpret_cast<void*>(allocate), reinterpret_cast<void*>(free), type,
               flags, size, tag, true);
    return STATUS_SUCCESS;
}

extern "C" void ExDeleteLookasideListEx(PLOOKASIDE_LIST_EX list) {
    Caller c = CALLER("ExDeleteLookasideListEx");
    guarded_void(c.entry, [&] { remove(c, &list->L, (list->L.Type & 1) != 0); });
}

extern "C" PVOID ExAllocateFromLookasideListEx(PLOOKASIDE_LIST_EX list) {
    Caller c = CALLER("ExAllocateFromLookasideListEx");
    return guarded(
        c.entry, [&] { return allocate(c, &list->L, (list->L.Type & 1) != 0); }, PVOID{nullptr});
}

extern "C" void ExFreeToLookasideListEx(PLOOKASIDE_LIST_EX list, PVOID entry) {
    Caller c = CALLER("ExFreeToLookasideListEx");
    guarded_void(c.entry, [&] { free_to(c, &list->L, entry, (list->L.Type & 1) != 0); });
}

extern "C" void ExFlushLookasideListEx(PLOOKASIDE_LIST_EX list) {
    Caller c = CALLER("ExFlushLookasideListEx");
    guarded_void(c.entry, [&] {
        if (check(c, &list->L, (list->L.Type & 1) != 0)) flush(&list->L);
    });
}

}  // namespace wpptrace::framework
