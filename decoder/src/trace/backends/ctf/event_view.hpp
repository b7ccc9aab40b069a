// event_view.hpp - this reader's side of the WppEventMapper
// (wpptrace/decoder/wpp_event_mapper.hpp): each event class of a trace resolved once to the layout
// nodes of its members, and a view that reads a decoded event's values through them.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "field_decoder.hpp"
#include "trace_layout.hpp"
#include "wpptrace/decoder/wpp_event_mapper.hpp"

namespace wpptrace::decoder::ctf {

// One decoded event: its values in `values`, its strings and arrays in the packet at `data`.
struct EventView {
    using Field = const Node*;

    const std::uint8_t* data = nullptr;
    const Value* values = nullptr;
    std::int64_t time_ns = 0;

    std::uint64_t integer(Field node) const {
        return node && node->op == Node::Op::integer ? values[node->slot].u : 0;
    }
    std::string_view text(Field node) const {
        if (!node) return {};
        if (node->op != Node::Op::string && node->op != Node::Op::text_array &&
            node->op != Node::Op::text_sequence)
            return {};
        const Value& v = values[node->slot];
        return {reinterpret_cast<const char*>(data) + v.bit / 8, v.count};
    }
    void integers(Field a, std::vector<std::uint64_t>& words) const;
    std::int64_t timestamp_ns() const { return time_ns; }
};

using WppClass = WppEventClass<EventView::Field>;

// The event classes of every stream class of the traces added.
class EventClasses {
  public:
    // Resolves the members of every event class of `layout`.
    void add_trace(const TraceLayout& layout);
    // Parallel to stream.events.
    const std::vector<WppClass>& of(const StreamLayout& stream) const {
        return classes_.at(&stream);
    }

  private:
    std::unordered_map<const StreamLayout*, std::vector<WppClass>> classes_;
};

inline void EventView::integers(Field a, std::vector<std::uint64_t>& words) const {
    if (a->op != Node::Op::array && a->op != Node::Op::sequence) return;
    const Value& v = values[a->slot];
    const Node& element = a->children[0];
    words.resize(v.count);  // within the capacity of earlier events: no allocation
    if (element.op != Node::Op::integer) {
        // not integers: as many zeros (babeltrace2's reading)
    } else if (a->fast_elements && element.size == 64) {
        // (no arguments: an empty vector may have no data pointer to copy to)
        if (v.count) std::memcpy(words.data(), data + v.bit / 8, v.count * 8);
    } else {
        std::uint64_t bit = v.bit;
        for (std::uint64_t i = 0; i < v.count; ++i) {
            bit = (bit + element.alignment - 1) & ~std::uint64_t{element.alignment - 1};
            std::uint64_t w = read_bits(data, bit, element.size, element.big_endian);
            words[i] = element.is_signed ? sign_extend(w, element.size) : w;
            bit += element.size;
        }
    }
}

}  // namespace wpptrace::decoder::ctf
