// pool.hpp - tagged pool with per-driver accounting: every block knows the driver that
// allocated it, so that a driver's unload reports what it leaked, by tag.
#pragma once

#include <cstddef>
#include <string>

#include "framework_state.hpp"

namespace wpptrace::framework {

void* pool_allocate(DriverRecord* owner, std::size_t bytes, ULONG tag, bool zeroed);
// check_tag: ExFreePoolWithTag's check (a mismatch is reported, the block still freed).
void pool_free(void* block, ULONG tag, bool check_tag);

struct PoolLeaks {
    std::size_t allocations = 0;
    std::size_t bytes = 0;
    std::string by_tag;  // "2 allocations (64 bytes) tagged 'lreS' (poolmon: Serl), ..."
};
// Frees what the driver still holds, reports it as leaked and returns the summary.
PoolLeaks pool_release_driver(DriverRecord* owner);

// 'lreS' as written in the source (a multi-character constant).
std::string tag_text(ULONG tag);

}  // namespace wpptrace::framework
