// trace_layout.cpp - compiles every scope of a trace (see trace_layout.hpp).
#include "trace_layout.hpp"

#include <algorithm>
#include <limits>

namespace wpptrace::decoder::ctf {
namespace {

// babeltrace2's conversion of clock cycles to ns (exact at 1 GHz, through double otherwise).
std::uint64_t ns_from_cycles(std::uint64_t frequency, std::uint64_t cycles) {
    if (frequency == 1000000000) return cycles;
    double ns = 1e9 * static_cast<double>(cycles) / static_cast<double>(frequency);
    if (ns >= static_cast<double>(std::numeric_limits<std::uint64_t>::max()))
        return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(ns);
}

}  // namespace

bool TraceLayout::ns_from_origin(std::uint64_t cycles, std::int64_t& ns) const {
    std::uint64_t value_ns = ns_from_cycles(frequency, cycles);
    if (value_ns > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return false;
    return !__builtin_add_overflow(base_offset_ns, static_cast<std::int64_t>(value_ns), &ns);
}

std::string build_trace_layout(TraceClass trace, TraceLayout& layout) {
    layout = TraceLayout{};
    layout.trace = std::move(trace);
    const TraceClass& t = layout.trace;
    if (t.clocks.size() > 1) return "several clocks";
    if (!t.clocks.empty()) {
        // babeltrace2 first moves whole seconds out of the cycle offset, then adds both.
        const ClockClass& c = t.clocks.front();
        std::int64_t seconds = c.offset_seconds;
        std::uint64_t cycles = c.offset_cycles;
        if (cycles >= c.frequency) {
            std::uint64_t whole = cycles / c.frequency;
            if (whole > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
                __builtin_add_overflow(seconds, static_cast<std::int64_t>(whole), &seconds))
                return "clock offset out of range";
            cycles -= whole * c.frequency;
        }
        std::int64_t base = 0;
        if (__builtin_mul_overflow(seconds, std::int64_t{1000000000}, &base))
            return "clock offset out of range";
        std::uint64_t cycles_ns = ns_from_cycles(c.frequency, cycles);
        if (cycles_ns > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
            __builtin_add_overflow(base, static_cast<std::int64_t>(cycles_ns), &base))
            return "clock offset out of range";
        layout.has_clock = true;
        layout.frequency = c.frequency;
        layout.base_offset_ns = base;
    }
    std::string error = compile_scope(t.packet_header, ScopeKind::packet_header, t.byte_order,
                                      t.clocks, 0, layout.packet_header);
    if (!error.empty()) return "packet header: " + error;
    std::uint32_t packet_end = layout.packet_header.slots;
    std::uint32_t max_slots = packet_end;
    for (const auto& [id, stream] : t.streams) {
        StreamLayout& s = layout.streams[id];
        s.stream = &stream;
        std::uint32_t at = packet_end;
        struct Part {
            const FieldClassPtr& type;
            ScopeKind kind;
            Scope& scope;
            const char* what;
        };
        for (Part part :
             {Part{stream.packet_context, ScopeKind::packet_context, s.packet_context,
                   "packet context"},
              Part{stream.event_header, ScopeKind::event_header, s.event_header, "event header"},
              Part{stream.event_context, ScopeKind::other, s.event_context, "event context"}}) {
            error = compile_scope(part.type, part.kind, t.byte_order, t.clocks, at, part.scope);
            if (!error.empty()) return std::string(part.what) + ": " + error;
            at += part.scope.slots;
        }
        if (s.stream->events.size() > 1 && !s.event_header.present)
            return "several event classes without an event header";
        for (const auto& [event_id, event] : stream.events) {
            EventLayout e;
            e.event = &event;
            std::uint32_t event_at = at;
            error = compile_scope(event.context, ScopeKind::other, t.byte_order, t.clocks, event_at,
                                  e.context);
            if (error.empty()) {
                event_at += e.context.slots;
                error = compile_scope(event.payload, ScopeKind::other, t.byte_order, t.clocks,
                                      event_at, e.payload);
                event_at += e.payload.slots;
            }
            if (!error.empty()) return "event '" + event.name + "': " + error;
            max_slots = std::max(max_slots, event_at);
            s.index_by_id[event_id] = s.events.size();
            if (event_id < 4096) {
                if (s.small_ids.size() <= event_id) s.small_ids.resize(event_id + 1, -1);
                s.small_ids[event_id] = static_cast<std::int32_t>(s.events.size());
            }
            s.events.push_back(std::move(e));
        }
        max_slots = std::max(max_slots, at);
    }
    layout.slots = max_slots;
    return {};
}

}  // namespace wpptrace::decoder::ctf
