// trace_layout.hpp - a parsed trace compiled for reading: every scope of every stream and
// event class (layout.hpp), slots laid out so that one value table per stream holds a
// packet's and an event's values, and the clock's conversion to ns since the epoch exactly
// as babeltrace2 does it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "layout.hpp"
#include "tsdl.hpp"

namespace wpptrace::decoder::ctf {

struct EventLayout {
    const EventClass* event = nullptr;
    Scope context, payload;
};

struct StreamLayout {
    const StreamClass* stream = nullptr;
    Scope packet_context, event_header, event_context;
    std::vector<EventLayout> events;
    std::map<std::uint64_t, std::size_t> index_by_id;  // event id -> events[]
    std::vector<std::int32_t> small_ids;               // ids < 4096 -> events[] (or -1)
    const EventLayout* find(std::uint64_t id) const {
        if (id < small_ids.size()) {
            std::int32_t i = small_ids[id];
            return i < 0 ? nullptr : &events[static_cast<std::size_t>(i)];
        }
        auto it = index_by_id.find(id);
        return it == index_by_id.end() ? nullptr : &events[it->second];
    }
};

struct TraceLayout {
    TraceClass trace;
    Scope packet_header;
    std::map<std::uint64_t, StreamLayout> streams;
    std::uint32_t slots = 0;  // size of a value table
    bool has_clock = false;
    std::uint64_t frequency = 1000000000;
    std::int64_t base_offset_ns = 0;

    // Clock cycles to ns since the epoch; false on overflow (babeltrace2 fails there too).
    bool ns_from_origin(std::uint64_t cycles, std::int64_t& ns) const;
};

// Compiles `trace` (moved in). Returns "" or why this trace's layout is not supported.
std::string build_trace_layout(TraceClass trace, TraceLayout& layout);

}  // namespace wpptrace::decoder::ctf
