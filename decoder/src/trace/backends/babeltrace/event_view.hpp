// event_view.hpp - libbabeltrace2's side of the WppEventMapper (wpp_event_mapper.hpp): an event
// class resolved once into handles on its members (resolve_class), and a WppEventView over one
// event message (EventView). Shared by this backend's graph (graph_reader.cpp) and the
// babeltrace2 plugin (plugin/babeltrace2), so that both read wpp events the same way.
#pragma once

#include <babeltrace2/babeltrace.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/wpp_event_mapper.hpp"

namespace wpptrace::decoder::babeltrace {

// What a member holds, known from its field class: the hot path then calls the one getter
// that fits, without asking babeltrace2 each field's type for every event.
enum class FieldType : uint8_t { absent, unsigned_integer, signed_integer, string, array, other };

inline FieldType type_of(const bt_field_class* fc) {
    if (!fc) return FieldType::absent;
    bt_field_class_type t = bt_field_class_get_type(fc);
    if (bt_field_class_type_is(t, BT_FIELD_CLASS_TYPE_UNSIGNED_INTEGER))
        return FieldType::unsigned_integer;  // enumerations included
    if (bt_field_class_type_is(t, BT_FIELD_CLASS_TYPE_SIGNED_INTEGER))
        return FieldType::signed_integer;
    if (t == BT_FIELD_CLASS_TYPE_STRING) return FieldType::string;
    if (bt_field_class_type_is(t, BT_FIELD_CLASS_TYPE_ARRAY)) return FieldType::array;
    return FieldType::other;
}

// A member of one of the event's structures, by index.
struct FieldRef {
    int64_t index = -1;  // member index; -1: no such member
    FieldScope scope = FieldScope::payload;
    FieldType type = FieldType::absent;     // the member's type
    FieldType element = FieldType::absent;  // arrays: the elements' type
    explicit operator bool() const { return index >= 0; }
};

inline FieldRef member_ref(const bt_field_class* structure, FieldScope scope, const char* name) {
    FieldRef ref;
    ref.scope = scope;
    if (!structure || bt_field_class_get_type(structure) != BT_FIELD_CLASS_TYPE_STRUCTURE)
        return ref;
    uint64_t n = bt_field_class_structure_get_member_count(structure);
    for (uint64_t i = 0; i < n; ++i) {
        const bt_field_class_structure_member* m =
            bt_field_class_structure_borrow_member_by_index_const(structure, i);
        if (std::string_view(bt_field_class_structure_member_get_name(m)) != name) continue;
        const bt_field_class* fc = bt_field_class_structure_member_borrow_field_class_const(m);
        ref.index = static_cast<int64_t>(i);
        ref.type = type_of(fc);
        if (ref.type == FieldType::array)
            ref.element = type_of(bt_field_class_array_borrow_element_field_class_const(fc));
        return ref;
    }
    return ref;
}

using EventClass = WppEventClass<FieldRef>;

inline EventClass resolve_class(const bt_event_class* event_class) {
    const char* name = bt_event_class_get_name(event_class);
    const bt_stream_class* stream_class = bt_event_class_borrow_stream_class_const(event_class);
    return resolve_wpp_event_class<FieldRef>(name ? name : "", [&](FieldScope scope,
                                                                   const char* member) {
        const bt_field_class* structure = nullptr;
        switch (scope) {
            case FieldScope::payload:
                structure = bt_event_class_borrow_payload_field_class_const(event_class);
                break;
            case FieldScope::event_context:
                structure =
                    bt_stream_class_borrow_event_common_context_field_class_const(stream_class);
                break;
            case FieldScope::packet_context:
                structure = bt_stream_class_borrow_packet_context_field_class_const(stream_class);
                break;
        }
        return member_ref(structure, scope, member);
    });
}

// The hot path's getters: the member's type is known from its class (FieldRef).
inline uint64_t integer_of(const bt_field* f, FieldType type) {
    if (type == FieldType::unsigned_integer) return bt_field_integer_unsigned_get_value(f);
    if (type == FieldType::signed_integer)
        return static_cast<uint64_t>(bt_field_integer_signed_get_value(f));
    return 0;
}

// The CPU is the packet's: read once per packet. babeltrace2 recycles packet objects, so the
// cache is forgotten at every packet beginning.
struct PacketCache {
    const bt_packet* packet = nullptr;
    uint64_t cpu = 0;
};

// One event message.
class EventView {
  public:
    using Field = FieldRef;

    EventView(const bt_message* msg, PacketCache& packet_cache)
        : msg_(msg),
          event_(bt_message_event_borrow_event_const(msg)),
          packet_cache_(packet_cache) {}

    uint64_t integer(const FieldRef& ref) const {
        if (ref.scope == FieldScope::packet_context) return packet_integer(ref);
        const bt_field* f = member(ref);
        return f ? integer_of(f, ref.type) : 0;
    }
    std::string_view text(const FieldRef& ref) const {
        if (ref.type != FieldType::string) return {};
        const bt_field* f = member(ref);
        if (!f) return {};
        return {bt_field_string_get_value(f), bt_field_string_get_length(f)};
    }
    void integers(const FieldRef& ref, std::vector<uint64_t>& words) const {
        if (ref.type != FieldType::array) return;
        const bt_field* array = member(ref);
        if (!array) return;
        uint64_t n = bt_field_array_get_length(array);
        words.resize(n);  // within the capacity of earlier events: no allocation
        for (uint64_t i = 0; i < n; ++i)
            words[i] = integer_of(bt_field_array_borrow_element_field_by_index_const(array, i),
                                  ref.element);
    }
    int64_t timestamp_ns() const {
        int64_t ns = 0;
        if (const bt_clock_snapshot* clock =
                bt_message_event_borrow_default_clock_snapshot_const(msg_))
            bt_clock_snapshot_get_ns_from_origin(clock, &ns);
        return ns;
    }

  private:
    const bt_field* member(const FieldRef& ref) const {
        if (ref.index < 0) return nullptr;
        const bt_field* structure = ref.scope == FieldScope::payload
                                        ? bt_event_borrow_payload_field_const(event_)
                                        : bt_event_borrow_common_context_field_const(event_);
        if (!structure) return nullptr;
        return bt_field_structure_borrow_member_field_by_index_const(
            structure, static_cast<uint64_t>(ref.index));
    }
    uint64_t packet_integer(const FieldRef& ref) const {
        if (ref.index < 0) return 0;
        const bt_packet* packet = bt_event_borrow_packet_const(event_);
        if (!packet) return 0;
        if (packet != packet_cache_.packet) {
            const bt_field* context = bt_packet_borrow_context_field_const(packet);
            const bt_field* f = context ? bt_field_structure_borrow_member_field_by_index_const(
                                              context, static_cast<uint64_t>(ref.index))
                                        : nullptr;
            packet_cache_.cpu = f ? integer_of(f, ref.type) : 0;
            packet_cache_.packet = packet;
        }
        return packet_cache_.cpu;
    }

    const bt_message* msg_;
    const bt_event* event_;
    PacketCache& packet_cache_;
};

}  // namespace wpptrace::decoder::babeltrace
