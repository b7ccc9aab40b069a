// io_mdl.cpp - IoAllocateMdl/IoFreeMdl, MmBuildMdlForNonPagedPool, MmProbeAndLockPages and
// MmUnlockPages. MDLs come from the caller's pool (tag "Mdl ", as poolmon shows Windows' own),
// so an MDL a driver never frees is in its leak report at unload. The host's memory is resident:
// locking is bookkeeping, checked as Driver Verifier checks it.
#include "io_mdl.hpp"

#include <string>

#include "entry_guard.hpp"
#include "pool.hpp"

namespace wpptrace::framework {
namespace {

constexpr ULONG mdl_tag = 0x206c644d;  // "Mdl " in poolmon's byte order

std::size_t mdl_bytes(const void* va, std::size_t length) {
    return sizeof(MDL) + sizeof(ULONG_PTR) * ADDRESS_AND_SIZE_TO_SPAN_PAGES(va, length);
}

PMDL mdl_allocate(DriverRecord* owner, void* va, ULONG length) {
    std::size_t bytes = mdl_bytes(va, length);
    auto* mdl = static_cast<PMDL>(pool_allocate(owner, bytes, mdl_tag, true));
    if (!mdl) return nullptr;
    MmInitializeMdl(mdl, va, length);
    mdl->Size = static_cast<CSHORT>(bytes);
    return mdl;
}

void report_mdl(const void* caller, std::string text) {
    report_issue(driver_of_address(caller), IssueKind::device_misuse, std::move(text));
}

}  // namespace

PMDL mdl_allocate_mapped(DriverRecord* owner, void* va, ULONG length) {
    PMDL mdl = mdl_allocate(owner, va, length);
    if (!mdl) return nullptr;
    mdl->MappedSystemVa = va;
    mdl->MdlFlags |= MDL_SOURCE_IS_NONPAGED_POOL;
    return mdl;
}

void mdl_free(PMDL mdl, bool whole_chain) {
    while (mdl) {
        PMDL next = mdl->Next;
        pool_free(mdl, mdl_tag, false);
        if (!whole_chain) break;
        mdl = next;
    }
}

extern "C" PMDL IoAllocateMdl(PVOID va, ULONG length, BOOLEAN secondary, BOOLEAN, PIRP irp) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "IoAllocateMdl",
        [&]() -> PMDL {
            DriverRecord* owner = driver_of_address(caller);
            NTSTATUS status;
            if (injected_failure(owner, "IoAllocateMdl", status)) return nullptr;
            // Windows limits one MDL to a little under 4 GB; a zero length describes nothing.
            if (length == 0 || length > 0xFFFFFFFFu - 2 * PAGE_SIZE) return nullptr;
            PMDL mdl = mdl_allocate(owner, va, length);
            if (!mdl || !irp) return mdl;
            if (!secondary) {
                irp->MdlAddress = mdl;
            } else {
                PMDL* link = &irp->MdlAddress;
                while (*link) link = &(*link)->Next;
                *link = mdl;
            }
            return mdl;
        },
        PMDL{nullptr});
}

extern "C" void IoFreeMdl(PMDL mdl) {
    const void* caller = __builtin_return_address(0);
    guarded_void("IoFreeMdl", [&] {
        if (!mdl) return;
        if (mdl->MdlFlags & MDL_PAGES_LOCKED)
            // Verifier: the pages stay locked for good (MmUnlockPages belongs before this).
            report_mdl(caller,
                       "IoFreeMdl of an MDL whose pages are still locked (MmUnlockPages "
                       "missing)");
        mdl_free(mdl, false);
    });
}

extern "C" void MmBuildMdlForNonPagedPool(PMDL mdl) {
    const void* caller = __builtin_return_address(0);
    if (!mdl) return;
    if (mdl->MdlFlags & (MDL_PAGES_LOCKED | MDL_MAPPED_TO_SYSTEM_VA | MDL_PARTIAL)) {
        report_mdl(caller, "MmBuildMdlForNonPagedPool on an MDL that is locked, mapped or partial");
        return;
    }
    mdl->MappedSystemVa = static_cast<PCHAR>(mdl->StartVa) + mdl->ByteOffset;
    mdl->MdlFlags |= MDL_SOURCE_IS_NONPAGED_POOL;
}

extern "C" void MmProbeAndLockPages(PMDL mdl, KPROCESSOR_MODE, LOCK_OPERATION operation) {
    const void* caller = __builtin_return_address(0);
    if (!mdl) return;
    if (mdl->MdlFlags & (MDL_PAGES_LOCKED | MDL_SOURCE_IS_NONPAGED_POOL | MDL_PARTIAL)) {
        report_mdl(caller,
                   "MmProbeAndLockPages on an MDL already locked, built for nonpaged pool "
                   "or partial");
        return;
    }
    void* va = static_cast<PCHAR>(mdl->StartVa) + mdl->ByteOffset;
    if (!mdl->StartVa && mdl->ByteOffset == 0) {
        // Windows raises STATUS_ACCESS_VIOLATION here, which the caller's __try catches; there
        // is no structured exception to raise in the host.
        report_mdl(caller,
                   "MmProbeAndLockPages of a NULL buffer (Windows raises "
                   "STATUS_ACCESS_VIOLATION)");
        return;
    }
    mdl->MdlFlags |= MDL_PAGES_LOCKED;
    if (operation != IoReadAccess) mdl->MdlFlags |= MDL_WRITE_OPERATION;
    // Resident memory: the locked pages are addressable as they are.
    mdl->MappedSystemVa = va;
    mdl->MdlFlags |= MDL_MAPPED_TO_SYSTEM_VA;
}

extern "C" void MmUnlockPages(PMDL mdl) {
    const void* caller = __builtin_return_address(0);
    if (!mdl) return;
    if (!(mdl->MdlFlags & MDL_PAGES_LOCKED)) {
        report_mdl(caller, "MmUnlockPages of an MDL whose pages are not locked");
        return;
    }
    mdl->MdlFlags &= ~(MDL_PAGES_LOCKED | MDL_MAPPED_TO_SYSTEM_VA | MDL_WRITE_OPERATION);
    mdl->MappedSystemVa = nullptr;
}

extern "C" SIZE_T MmSizeOfMdl(PVOID base, SIZE_T length) {
    return mdl_bytes(base, length);
}

}  // namespace wpptrace::framework
