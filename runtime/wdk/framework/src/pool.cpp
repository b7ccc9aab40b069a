// pool.cpp - ExAllocatePool2 / ExAllocatePoolWithTag / ExFreePoolWithTag / ExFreePool.
//
// Blocks are malloc'ed and recorded in a table (owner, size, tag) rather than behind a header,
// so that a bad pointer or a second free is found in the table instead of read as a header.
#include "pool.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>

#include "entry_guard.hpp"
#include "execution_engine.hpp"

namespace wpptrace::framework {
namespace {

struct Block {
    DriverRecord* owner;
    std::size_t bytes;
    ULONG tag;
};

std::mutex pool_mutex;
std::unordered_map<void*, Block> blocks;

char printable(unsigned c) {
    return c >= 0x20 && c < 0x7f ? static_cast<char>(c) : '.';
}

std::string poolmon_text(ULONG tag) {
    std::string s;
    for (int i = 0; i < 4; ++i) s += printable((tag >> (8 * i)) & 0xff);
    return s;
}

}  // namespace

std::string tag_text(ULONG tag) {
    std::string s = "'";
    for (int i = 3; i >= 0; --i) s += printable((tag >> (8 * i)) & 0xff);
    return s + "'";
}

void* pool_allocate(DriverRecord* owner, std::size_t bytes, ULONG tag, bool zeroed) {
    // 16-byte alignment, as the pool gives on 64-bit Windows.
    std::size_t rounded = (bytes + 15) / 16 * 16;
    void* p = std::aligned_alloc(16, rounded ? rounded : 16);
    if (!p) return nullptr;
    // Uninitialized pool is not zero on Windows either: a pattern makes reliance on it show.
    std::memset(p, zeroed ? 0 : 0xcd, rounded ? rounded : 16);
    std::lock_guard lock(pool_mutex);
    blocks[p] = {owner, bytes, tag};
    return p;
}

void pool_free(void* block, ULONG tag, bool check_tag) {
    if (!block) return;
    Block info{};
    {
        std::lock_guard lock(pool_mutex);
        auto it = blocks.find(block);
        if (it == blocks.end()) {
            char text[96];
            std::snprintf(text, sizeof text,
                          "ExFreePool(%p): not an allocated pool block (freed twice?)", block);
            report_issue(nullptr, IssueKind::pool_misuse, text);
            return;
        }
        info = it->second;
        blocks.erase(it);
    }
    // Driver Verifier checks freed pool for live kernel objects (TIMER_OR_DPC_INVALID): here
    // they are cancelled, so that the engine never writes into freed memory.
    if (std::string active = exec::release_range(block, info.bytes); !active.empty())
        report_issue(info.owner, IssueKind::pool_misuse,
                     "ExFreePool of a block of " + std::to_string(info.bytes) + " bytes tagged " +
                         tag_text(info.tag) + " that holds " + active + " (cancelled)");
    if (check_tag && info.tag != tag)
        report_issue(info.owner, IssueKind::pool_misuse,
                     "ExFreePoolWithTag: block of " + std::to_string(info.bytes) +
                         " bytes allocated with tag " + tag_text(info.tag) + " freed with tag " +
                         tag_text(tag));
    std::free(block);
}

PoolLeaks pool_release_driver(DriverRecord* owner) {
    std::map<ULONG, std::pair<std::size_t, std::size_t>> per_tag;
    PoolLeaks leaks;
    {
        std::lock_guard lock(pool_mutex);
        for (auto it = blocks.begin(); it != blocks.end();) {
            if (it->second.owner != owner) {
                ++it;
                continue;
            }
            auto& [count, bytes] = per_tag[it->second.tag];
            ++count;
            bytes += it->second.bytes;
            ++leaks.allocations;
            leaks.bytes += it->second.bytes;
            std::free(it->first);
            it = blocks.erase(it);
        }
    }
    for (const auto& [tag, stats] : per_tag) {
        if (!leaks.by_tag.empty()) leaks.by_tag += ", ";
        leaks.by_tag += std::to_string(stats.first) +
                        (stats.first == 1 ? " allocation (" : " allocations (") +
                        std::to_string(stats.second) + " bytes) tagged " + tag_text(tag) +
                        " (poolmon: " + poolmon_text(tag) + ")";
    }
    if (leaks.allocations && owner)
        report_issue(owner, IssueKind::pool_leak,
                     "leaked " + std::to_string(leaks.allocations) +
                         (leaks.allocations == 1 ? " allocation (" : " allocations (") +
                         std::to_string(leaks.bytes) + " bytes) at unload: " + leaks.by_tag);
    return leaks;
}

namespace {
PVOID allocate_for(const void* caller, const char* entry, SIZE_T bytes, ULONG tag, bool zeroed) {
    return guarded(
        entry,
        [&]() -> PVOID {
            DriverRecord* owner = driver_of_address(caller);
            NTSTATUS status;
            if (injected_failure(owner, entry, status)) return nullptr;
            return pool_allocate(owner, bytes, tag, zeroed);
        },
        PVOID{nullptr});
}
}  // namespace

extern "C" PVOID ExAllocatePool2(POOL_FLAGS flags, SIZE_T bytes, ULONG tag) {
    const void* caller = __builtin_return_address(0);
    const POOL_FLAGS types = POOL_FLAG_NON_PAGED | POOL_FLAG_NON_PAGED_EXECUTE | POOL_FLAG_PAGED;
    POOL_FLAGS type = flags & types;
    if (tag == 0 || type == 0 || (type & (type - 1)) != 0) {
        // Windows rejects these (a zero tag, no or several pool types) with a bug check.
        char text[64];
        std::snprintf(text, sizeof text, "ExAllocatePool2: invalid flags 0x%llx or tag ",
                      static_cast<unsigned long long>(flags));
        report_issue(driver_of_address(caller), IssueKind::pool_misuse, text + tag_text(tag));
        return nullptr;
    }
    return allocate_for(caller, "ExAllocatePool2", bytes, tag, !(flags & POOL_FLAG_UNINITIALIZED));
}

extern "C" PVOID ExAllocatePoolWithTag(POOL_TYPE, SIZE_T bytes, ULONG tag) {
    return allocate_for(__builtin_return_address(0), "ExAllocatePoolWithTag", bytes, tag, false);
}

extern "C" void ExFreePoolWithTag(PVOID p, ULONG tag) {
    guarded_void("ExFreePoolWithTag", [&] { pool_free(p, tag, true); });
}

extern "C" void ExFreePool(PVOID p) {
    guarded_void("ExFreePool", [&] { pool_free(p, 0, false); });
}

}  // namespace wpptrace::framework
