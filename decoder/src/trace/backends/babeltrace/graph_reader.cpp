// graph_reader.cpp - the babeltrace2 graph: source.ctf.fs per trace UUID -> muxer -> our sink,
// which maps events with the WppEventMapper. isolated_reader.cpp runs it in a child process.
#include "graph_reader.hpp"

#include <babeltrace2/babeltrace.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "unique_handles.hpp"
#include "wpptrace/decoder/wpp_event_mapper.hpp"

namespace wpptrace::decoder::babeltrace {
namespace {

// ---- small owners of babeltrace2 references ------------------------------------------------

using GraphPtr = util::UniqueRef<bt_graph, bt_graph_put_ref>;
using PluginPtr = util::UniqueRef<const bt_plugin, bt_plugin_put_ref>;
using ValuePtr = util::UniqueRef<bt_value, bt_value_put_ref>;
using ConstValuePtr = util::UniqueRef<const bt_value, bt_value_put_ref>;
using QueryPtr = util::UniqueRef<bt_query_executor, bt_query_executor_put_ref>;
using MessagePtr = util::UniqueRef<const bt_message, bt_message_put_ref>;
using ErrorPtr = util::UniqueRef<const bt_error, bt_error_release>;

// The causes babeltrace2 recorded for the last failure on this thread, in one line.
std::string take_bt_error(const std::string& what) {
    std::string text = what;
    if (const ErrorPtr error{bt_current_thread_take_error()}) {
        for (uint64_t i = 0; i < bt_error_get_cause_count(error.get()); ++i) {
            text += i ? "; " : ": ";
            text += bt_error_cause_get_message(bt_error_borrow_cause_by_index(error.get(), i));
        }
    }
    return text;
}

PluginPtr find_plugin(const char* name) {
    const bt_plugin* plugin = nullptr;
    if (bt_plugin_find(name, BT_TRUE, BT_TRUE, BT_TRUE, BT_TRUE, BT_TRUE, &plugin) !=
        BT_PLUGIN_FIND_STATUS_OK)
        return nullptr;
    return PluginPtr(plugin);
}

// ---- this reader's side of the WppEventMapper (wpp_event_mapper.hpp) ----------------------

// What a member holds, known from its field class: the hot path then calls the one getter
// that fits, without asking babeltrace2 each field's type for every event.
enum class FieldType : uint8_t { absent, unsigned_integer, signed_integer, string, array, other };

FieldType type_of(const bt_field_class* fc) {
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

FieldRef member_ref(const bt_field_class* structure, FieldScope scope, const char* name) {
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

EventClass resolve_class(const bt_event_class* event_class) {
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
uint64_t integer_of(const bt_field* f, FieldType type) {
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

// ---- the sink ------------------------------------------------------------------------------

// A stream's discarded-events counter as babeltrace2's differences tell it.
struct DiscardedCounter {
    uint64_t value = 0;       // the counter (if value_known)
    bool value_known = true;  // false once a loss without a count was reported
    uint64_t deficit = 0;     // how far the counter is below its highest value
};

// The machine a stream's trace was recorded on: the `hostname` of its environment (LTTng
// writes it in the metadata's env block), "" when there is none.
std::string_view host_of(const bt_stream* stream) {
    const bt_trace* trace = stream ? bt_stream_borrow_trace_const(stream) : nullptr;
    const bt_value* value =
        trace ? bt_trace_borrow_environment_entry_value_by_name_const(trace, "hostname") : nullptr;
    if (!value || !bt_value_is_string(value)) return {};
    return bt_value_string_get(value);
}

// An event class resolved once, with the host of its trace (source.ctf.fs makes a trace class
// per trace).
struct ResolvedClass {
    EventClass wpp;
    std::string host;
};

struct SinkState {
    SinkState(TraceVisitor& v, ReadResult& r, GraphObserver& o)
        : visitor(&v), result(&r), observer(&o), mapper(v, r) {}
    TraceVisitor* visitor;
    ReadResult* result;
    GraphObserver* observer;
    WppEventMapper mapper;
    std::unordered_map<const bt_event_class*, ResolvedClass> classes;  // nodes: stable addresses
    // Consecutive events are mostly of one class: the last one is kept.
    const bt_event_class* last_class = nullptr;
    const ResolvedClass* last = nullptr;
    PacketCache packet_cache;
    std::unordered_map<const bt_stream*, DiscardedCounter> discarded;
};

void handle_event(SinkState& state, const bt_message* msg) {
    const bt_event* event = bt_message_event_borrow_event_const(msg);
    const bt_event_class* event_class = bt_event_borrow_class_const(event);
    if (event_class != state.last_class) {
        auto it = state.classes.find(event_class);
        if (it == state.classes.end())
            it = state.classes
                     .emplace(
                         event_class,
                         ResolvedClass{resolve_class(event_class),
                                       std::string(host_of(bt_event_borrow_stream_const(event)))})
                     .first;
        state.last_class = event_class;
        state.last = &it->second;
    }
    state.mapper.set_host(state.last->host);
    state.mapper.map(state.last->wpp, EventView(msg, state.packet_cache));
}

// "FILE: " for a message about a stream (source.ctf.fs names a stream after its file).
std::string stream_name(const bt_stream* stream) {
    const char* name = stream ? bt_stream_get_name(stream) : nullptr;
    return name ? std::string(name) + ": " : std::string();
}

// A count babeltrace2 computed from counters that went back (unsigned wrap-around).
constexpr uint64_t impossible_count = uint64_t{1} << 63;

// Why a discarded-packets count cannot be true ("" when it can): a packet sequence number that
// went back, or more lost packets than nanoseconds between the packets around them (the rule
// of the fast reader, ctf/fast_reader.cpp).
std::string impossible_packet_loss(const bt_message* msg, uint64_t count, bool known) {
    if (!known) return {};
    const bt_stream* stream = bt_message_discarded_packets_borrow_stream_const(msg);
    if (count >= impossible_count)
        return stream_name(stream) + "a packet sequence number goes back: corrupt, no loss counted";
    const bt_stream_class* stream_class = bt_stream_borrow_class_const(stream);
    if (!bt_stream_class_discarded_packets_have_default_clock_snapshots(stream_class)) return {};
    const bt_clock_snapshot* begin =
        bt_message_discarded_packets_borrow_beginning_default_clock_snapshot_const(msg);
    const bt_clock_snapshot* end =
        bt_message_discarded_packets_borrow_end_default_clock_snapshot_const(msg);
    int64_t begin_ns = 0, end_ns = 0;
    if (!begin || !end || bt_clock_snapshot_get_ns_from_origin(begin, &begin_ns) ||
        bt_clock_snapshot_get_ns_from_origin(end, &end_ns))
        return {};
    const uint64_t gap_ns =
        end_ns > begin_ns ? static_cast<uint64_t>(end_ns) - static_cast<uint64_t>(begin_ns) : 0;
    if (count <= gap_ns + 1) return {};
    return stream_name(stream) + "a packet sequence number jumps by " + std::to_string(count + 1) +
           " in " + std::to_string(gap_ns) + " ns: corrupt, no loss counted";
}

bt_graph_simple_sink_component_consume_func_status consume(bt_message_iterator* iterator,
                                                           void* data) {
    auto& state = *static_cast<SinkState*>(data);
    bt_message_array_const messages;
    uint64_t count = 0;
    switch (bt_message_iterator_next(iterator, &messages, &count)) {
        case BT_MESSAGE_ITERATOR_NEXT_STATUS_OK:
            break;
        case BT_MESSAGE_ITERATOR_NEXT_STATUS_END:
            return BT_GRAPH_SIMPLE_SINK_COMPONENT_CONSUME_FUNC_STATUS_END;
        case BT_MESSAGE_ITERATOR_NEXT_STATUS_AGAIN:
            return BT_GRAPH_SIMPLE_SINK_COMPONENT_CONSUME_FUNC_STATUS_AGAIN;
        default:
            return BT_GRAPH_SIMPLE_SINK_COMPONENT_CONSUME_FUNC_STATUS_ERROR;
    }
    for (uint64_t i = 0; i < count; ++i) {
        const MessagePtr owned(messages[i]);  // every message reference is ours
        const bt_message* msg = owned.get();
        switch (bt_message_get_type(msg)) {
            case BT_MESSAGE_TYPE_EVENT:
                handle_event(state, msg);
                break;
            case BT_MESSAGE_TYPE_PACKET_BEGINNING:
                // babeltrace2 recycles packet objects: a new packet at a known address has
                // its own context, so the CPU cached for that address is forgotten here.
                state.packet_cache.packet = nullptr;
                break;
            case BT_MESSAGE_TYPE_DISCARDED_EVENTS: {
                uint64_t n = 0;
                bool known = bt_message_discarded_events_get_count(msg, &n) ==
                             BT_PROPERTY_AVAILABILITY_AVAILABLE;
                const bt_stream* stream = bt_message_discarded_events_borrow_stream_const(msg);
                DiscardedCounter& counter = state.discarded[stream];
                if (!known) {
                    counter.value_known = false;
                    state.mapper.set_host(host_of(stream));
                    state.visitor->on_discarded_events(n, known);
                } else if (n >= impossible_count) {
                    // The counter went back: babeltrace2's difference wrapped around. As the
                    // fast reader does, losses count from the highest value, and a counter
                    // that fell to 0 is LTTng-UST's own (ctf/fast_reader.cpp). After a first
                    // packet with uncounted losses the value is unknown: no warning then (the
                    // fast reader, which sees the values, still gives it).
                    counter.value += n;
                    counter.deficit += 0 - n;
                    if (counter.value_known && counter.value != 0)
                        state.visitor->on_impossible_loss(
                            stream_name(stream) +
                            "a discarded-events counter goes back: corrupt, no loss counted");
                } else {
                    counter.value += n;
                    const uint64_t regained = std::min(n, counter.deficit);
                    counter.deficit -= regained;
                    if (n > regained) {
                        state.mapper.set_host(host_of(stream));
                        state.visitor->on_discarded_events(n - regained, true);
                    }
                }
                break;
            }
            case BT_MESSAGE_TYPE_DISCARDED_PACKETS: {
                uint64_t n = 0;
                bool known = bt_message_discarded_packets_get_count(msg, &n) ==
                             BT_PROPERTY_AVAILABILITY_AVAILABLE;
                if (std::string why = impossible_packet_loss(msg, n, known); !why.empty()) {
                    state.visitor->on_impossible_loss(why);
                } else {
                    state.mapper.set_host(
                        host_of(bt_message_discarded_packets_borrow_stream_const(msg)));
                    state.visitor->on_discarded_packets(n, known);
                }
                break;
            }
            default:
                break;
        }
    }
    state.observer->on_progress(*state.result);
    return BT_GRAPH_SIMPLE_SINK_COMPONENT_CONSUME_FUNC_STATUS_OK;
}

// Directories of one logical trace share a key (the trace UUID, from ctf.fs's support-info).
std::string group_key(const bt_component_class_source* fs_class, const std::string& dir) {
    std::string key = dir;
    ValuePtr params(bt_value_map_create());
    bt_value_map_insert_string_entry(params.get(), "input", dir.c_str());
    bt_value_map_insert_string_entry(params.get(), "type", "directory");
    QueryPtr query(
        bt_query_executor_create(bt_component_class_source_as_component_class_const(fs_class),
                                 "babeltrace.support-info", params.get()));
    const bt_value* result = nullptr;
    if (query &&
        bt_query_executor_query(query.get(), &result) == BT_QUERY_EXECUTOR_QUERY_STATUS_OK) {
        const ConstValuePtr owned(result);
        const bt_value* group = bt_value_map_borrow_entry_value_const(result, "group");
        if (group && bt_value_is_string(group)) key = bt_value_string_get(group);
    } else {
        bt_current_thread_clear_error();
    }
    return key;
}

}  // namespace

void run_graph(const std::vector<std::string>& dirs, TraceVisitor& visitor, ReadResult& result,
               GraphObserver& observer) {
    if (dirs.empty()) return;
    PluginPtr ctf = find_plugin("ctf"), utils = find_plugin("utils");
    if (!ctf || !utils) {
        result.errors.push_back(take_bt_error("babeltrace2 plugins 'ctf' and 'utils' not found"));
        return;
    }
    const bt_component_class_source* fs_class =
        bt_plugin_borrow_source_component_class_by_name_const(ctf.get(), "fs");
    const bt_component_class_filter* muxer_class =
        bt_plugin_borrow_filter_component_class_by_name_const(utils.get(), "muxer");

    std::map<std::string, std::vector<std::string>> groups;
    for (const auto& dir : dirs) groups[group_key(fs_class, dir)].push_back(dir);

    GraphPtr graph(bt_graph_create(0));
    const bt_component_filter* muxer = nullptr;
    if (!graph || bt_graph_add_filter_component(graph.get(), muxer_class, "muxer", nullptr,
                                                BT_LOGGING_LEVEL_ERROR,
                                                &muxer) != BT_GRAPH_ADD_COMPONENT_STATUS_OK) {
        result.errors.push_back(take_bt_error("cannot build the babeltrace2 graph"));
        return;
    }
    int index = 0;
    std::size_t connected = 0;
    for (const auto& [key, group_dirs] : groups) {
        ValuePtr params(bt_value_map_create());
        bt_value* inputs_value = nullptr;
        bt_value_map_insert_empty_array_entry(params.get(), "inputs", &inputs_value);
        for (const auto& dir : group_dirs)
            bt_value_array_append_string_element(inputs_value, dir.c_str());
        const bt_component_source* source = nullptr;
        std::string name = "source" + std::to_string(index++);
        if (bt_graph_add_source_component(graph.get(), fs_class, name.c_str(), params.get(),
                                          BT_LOGGING_LEVEL_NONE,
                                          &source) != BT_GRAPH_ADD_COMPONENT_STATUS_OK) {
            result.errors.push_back(take_bt_error("cannot open trace " + group_dirs.front()));
            continue;
        }
        result.traces.insert(result.traces.end(), group_dirs.begin(), group_dirs.end());
        for (uint64_t p = 0; p < bt_component_source_get_output_port_count(source); ++p) {
            const bt_port_input* free_port = bt_component_filter_borrow_input_port_by_index_const(
                muxer, bt_component_filter_get_input_port_count(muxer) - 1);
            if (bt_graph_connect_ports(
                    graph.get(), bt_component_source_borrow_output_port_by_index_const(source, p),
                    free_port, nullptr) != BT_GRAPH_CONNECT_PORTS_STATUS_OK) {
                result.errors.push_back(take_bt_error("cannot connect " + group_dirs.front()));
                continue;
            }
            ++connected;
        }
    }
    if (connected == 0) return;

    SinkState state(visitor, result, observer);
    const bt_component_sink* sink = nullptr;
    if (bt_graph_add_simple_sink_component(graph.get(), "wpptrace", nullptr, consume, nullptr,
                                           &state, &sink) != BT_GRAPH_ADD_COMPONENT_STATUS_OK ||
        bt_graph_connect_ports(graph.get(),
                               bt_component_filter_borrow_output_port_by_index_const(muxer, 0),
                               bt_component_sink_borrow_input_port_by_index_const(sink, 0),
                               nullptr) != BT_GRAPH_CONNECT_PORTS_STATUS_OK) {
        result.errors.push_back(take_bt_error("cannot build the babeltrace2 graph"));
        return;
    }
    observer.on_graph_ready(result);
    bt_graph_run_status status;
    while ((status = bt_graph_run(graph.get())) == BT_GRAPH_RUN_STATUS_AGAIN)
        observer.on_progress(result);  // a turn with nothing to show is still a turn
    if (status == BT_GRAPH_RUN_STATUS_OK)
        result.complete = result.errors.empty();
    else
        result.errors.push_back(take_bt_error("reading stopped early"));
}

}  // namespace wpptrace::decoder::babeltrace
