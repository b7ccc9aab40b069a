// event_mapper.hpp - turns decoded wpp and wpp_catalog events into TraceVisitor calls, with
// the fields found by name once per event class (an added field, such as a new catalog
// attribute, changes nothing; a missing one makes the class malformed, as in the babeltrace2
// path, whose semantics this follows field for field).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "field_decoder.hpp"
#include "trace_layout.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::decoder::ctf {

class EventMapper {
  public:
    enum class Kind : std::uint8_t {
        message,
        catalog_message,
        catalog_module,
        module_end,
        other,
        malformed
    };
    static constexpr int max_fields = 11;

    struct EventMap {
        Kind kind = Kind::other;
        std::string name, why;
        const Node* fields[max_fields] = {};
        const Node* ends_recorded = nullptr;
        const Node* attributes = nullptr;  // wpp_catalog:message; absent in older traces
    };
    struct StreamMap {
        const Node *vpid = nullptr, *vtid = nullptr, *procname = nullptr, *cpu_id = nullptr;
        std::vector<EventMap> events;  // parallel to StreamLayout::events
    };

    // Resolves the fields of every event class of `layout`.
    void add_trace(const TraceLayout& layout);
    const StreamMap& stream_map(const StreamLayout& stream) const { return maps_.at(&stream); }

    // Reports one decoded event (its values in `values`, strings in the packet at `data`).
    void deliver(const StreamMap& stream, const StreamLayout& layout, const EventLayout& event,
                 const std::uint8_t* data, const Value* values, std::int64_t timestamp_ns,
                 TraceVisitor& visitor, ReadResult& result);

  private:
    std::unordered_map<const StreamLayout*, StreamMap> maps_;
    std::vector<std::uint64_t> words_;  // reused for every event's arguments
};

}  // namespace wpptrace::decoder::ctf
