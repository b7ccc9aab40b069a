// trace_visitor.hpp - what a trace reader hands the decoder: every wpp message, catalog record,
// module start and end, and every loss the trace records, in time order.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder {

// One wpp:* event. Views are valid during the callback only.
struct WppEvent {
    std::int64_t timestamp_ns = 0;  // since the Unix epoch
    std::uint32_t cpu = 0;
    std::uint32_t pid = 0;  // vpid context; 0 when the session did not add it
    std::uint32_t tid = 0;  // vtid context
    std::uint8_t level = 0;
    std::uint32_t flags = 0;
    std::uint64_t msg_id = 0;
    std::string_view driver;
    std::string_view procname;
    std::span<const std::uint64_t> args;
    std::string_view host;  // the machine that recorded it (on_trace_host); "" when unknown
};

class TraceVisitor {
  public:
    virtual ~TraceVisitor() = default;
    virtual void on_message(const WppEvent& event) = 0;
    virtual void on_catalog_message(MessageInfo message) = 0;
    virtual void on_catalog_module(ModuleInfo module) = 0;
    // LTTng discarded events (ring buffer full) or lost packets in one stream; `known` is false
    // when the trace says some were lost without a count.
    virtual void on_discarded_events(std::uint64_t count, bool known) = 0;
    virtual void on_discarded_packets(std::uint64_t count, bool known) = 0;
    // An event of a wpp provider whose fields are not what this decoder knows (another
    // wpptrace version, a corrupt trace).
    virtual void on_malformed_event(std::string_view event_name, std::string_view why) = 0;
    // A loss counter of the trace that cannot be true: a packet sequence number that goes
    // back or jumps further than time allows, a discarded-events counter that decreases. The
    // trace is corrupt there; `what` says where. No loss is reported for it.
    virtual void on_impossible_loss(std::string_view what) { (void)what; }
    // A driver's start in process `pid` (its wpp_catalog:module event, at WPP_INIT_TRACING) or
    // its end (wpp_catalog:module_end, at WPP_CLEANUP or unload). pid is 0 without a vpid
    // context.
    virtual void on_module_lifetime(std::string_view module, std::uint32_t pid, bool started) {
        (void)module, (void)pid, (void)started;
    }
    // The calls that follow (events, catalog records, module lifetimes, losses) come from a
    // trace recorded on `host`: the `hostname` of its metadata's env block, "" when it has none.
    // Called before the first such call and whenever the host changes, as traces of several
    // machines (a relayd's output) merge by time; every event also carries it (WppEvent::host).
    virtual void on_trace_host(std::string_view host) { (void)host; }
};

}  // namespace wpptrace::decoder
