// graph_reader.cpp - the babeltrace2 graph: source.ctf.fs per trace UUID -> muxer -> our sink,
// which maps events with the WppEventMapper. isolated_reader.cpp runs it in a child process.
#include "graph_reader.hpp"

#include <babeltrace2/babeltrace.h>

#include <time.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "event_view.hpp"
#include "live_sessions.hpp"
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

// The causes babeltrace2 recorded for the last failure on this thread, in one line: the first
// `max_causes` of them (the innermost first).
std::string take_bt_error(const std::string& what, uint64_t max_causes = UINT64_MAX) {
    std::string text = what;
    if (const ErrorPtr error{bt_current_thread_take_error()}) {
        for (uint64_t i = 0; i < std::min(max_causes, bt_error_get_cause_count(error.get())); ++i) {
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
    std::unordered_map<const bt_stream_class*, LostFrom> lost_from;  // by stream class, once
    std::uint64_t streams_begun = 0, streams_ended = 0;
};

// What a stream's losses cost: what its class's event classes are.
LostFrom lost_from(SinkState& state, const bt_stream* stream) {
    const bt_stream_class* stream_class = bt_stream_borrow_class_const(stream);
    auto [it, added] = state.lost_from.try_emplace(stream_class, LostFrom::both);
    if (!added) return it->second;
    const uint64_t count = bt_stream_class_get_event_class_count(stream_class);
    if (count == 0) return it->second;
    LostFrom from = LostFrom::nothing;
    for (uint64_t i = 0; i < count; ++i) {
        const char* name = bt_event_class_get_name(
            bt_stream_class_borrow_event_class_by_index_const(stream_class, i));
        if (name) from = from | lost_from_event_class(name);
    }
    return it->second = from;
}

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
            case BT_MESSAGE_TYPE_STREAM_BEGINNING:
                state.observer->on_streams(++state.streams_begun, state.streams_ended);
                break;
            case BT_MESSAGE_TYPE_STREAM_END:
                state.observer->on_streams(state.streams_begun, ++state.streams_ended);
                break;
            case BT_MESSAGE_TYPE_MESSAGE_ITERATOR_INACTIVITY: {
                const bt_clock_snapshot* snapshot =
                    bt_message_message_iterator_inactivity_borrow_clock_snapshot_const(msg);
                int64_t ns = 0;
                if (snapshot && bt_clock_snapshot_get_ns_from_origin(snapshot, &ns) ==
                                    BT_CLOCK_SNAPSHOT_GET_NS_FROM_ORIGIN_STATUS_OK)
                    state.observer->on_inactivity(ns);
                break;
            }
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
                const LostFrom from = lost_from(state, stream);
                DiscardedCounter& counter = state.discarded[stream];
                if (!known) {
                    counter.value_known = false;
                    state.mapper.set_host(host_of(stream));
                    state.visitor->on_discarded_events(n, known, from);
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
                        state.visitor->on_discarded_events(n - regained, true, from);
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
                    const bt_stream* stream = bt_message_discarded_packets_borrow_stream_const(msg);
                    state.mapper.set_host(host_of(stream));
                    state.visitor->on_discarded_packets(n, known, lost_from(state, stream));
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

// Connects `upstream` to our sink and runs the graph to its end. A live graph answers "again"
// while nothing new has come: the observer hears of it, and the graph is asked again shortly.
void run_into_sink(bt_graph* graph, const bt_port_output* upstream, TraceVisitor& visitor,
                   ReadResult& result, GraphObserver& observer, bool live) {
    SinkState state(visitor, result, observer);
    const bt_component_sink* sink = nullptr;
    if (bt_graph_add_simple_sink_component(graph, "wpptrace", nullptr, consume, nullptr, &state,
                                           &sink) != BT_GRAPH_ADD_COMPONENT_STATUS_OK ||
        bt_graph_connect_ports(graph, upstream,
                               bt_component_sink_borrow_input_port_by_index_const(sink, 0),
                               nullptr) != BT_GRAPH_CONNECT_PORTS_STATUS_OK) {
        result.errors.push_back(take_bt_error("cannot build the babeltrace2 graph"));
        return;
    }
    observer.on_graph_ready(result);
    bt_graph_run_status status;
    while ((status = bt_graph_run(graph)) == BT_GRAPH_RUN_STATUS_AGAIN) {
        if (!live) {
            observer.on_progress(result);  // a turn with nothing to show is still a turn
            continue;
        }
        observer.on_idle(result);
        // relayd gets new data once per live timer (1 s by default): asking 50 times a
        // second adds 10 ms to the latency on average and costs next to nothing.
        timespec pause{0, 20'000'000};
        nanosleep(&pause, nullptr);
    }
    if (status == BT_GRAPH_RUN_STATUS_OK)
        result.complete = result.errors.empty();
    else if (live)  // the innermost causes say it (connection refused, session gone...)
        result.errors.push_back(take_bt_error("live reading stopped", 2));
    else
        result.errors.push_back(take_bt_error("reading stopped early"));
    observer.on_finished(result);
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
    run_into_sink(graph.get(), bt_component_filter_borrow_output_port_by_index_const(muxer, 0),
                  visitor, result, observer, false);
}

void run_live_graph(const std::string& url, TraceVisitor& visitor, ReadResult& result,
                    GraphObserver& observer) {
    PluginPtr ctf = find_plugin("ctf");
    const bt_component_class_source* live_class =
        ctf ? bt_plugin_borrow_source_component_class_by_name_const(ctf.get(), "lttng-live")
            : nullptr;
    if (!live_class) {
        result.errors.push_back(take_bt_error("babeltrace2 plugin 'ctf' (lttng-live) not found"));
        return;
    }
    // A session that is not there (not yet, or no more) would end the reading at once with
    // nothing: say so instead. An unreachable relay daemon is left to the graph to report.
    if (viewers_of(url) == -1) {
        result.traces.push_back(url);
        result.errors.push_back("the relay daemon has no live session " + url +
                                " (it ended, or has not started yet: start the viewer once "
                                "`wpptrace record --live` printed its URL)");
        return;
    }
    GraphPtr graph(bt_graph_create(0));
    ValuePtr params(bt_value_map_create());
    bt_value* inputs_value = nullptr;
    bt_value_map_insert_empty_array_entry(params.get(), "inputs", &inputs_value);
    bt_value_array_append_string_element(inputs_value, url.c_str());
    // The end of the session is the end of the reading (the default waits for it forever).
    bt_value_map_insert_string_entry(params.get(), "session-not-found-action", "end");
    const bt_component_source* source = nullptr;
    if (!graph || bt_graph_add_source_component(graph.get(), live_class, "live", params.get(),
                                                BT_LOGGING_LEVEL_NONE,
                                                &source) != BT_GRAPH_ADD_COMPONENT_STATUS_OK) {
        result.errors.push_back(take_bt_error("cannot read " + url));
        return;
    }
    result.traces.push_back(url);
    // Its one output port gives the messages of all the session's streams in time order.
    run_into_sink(graph.get(), bt_component_source_borrow_output_port_by_index_const(source, 0),
                  visitor, result, observer, true);
}

}  // namespace wpptrace::decoder::babeltrace
