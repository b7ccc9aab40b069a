// trace_visitor.hpp - what a trace reader hands the decoder: every wpp message, catalog record,
// module start and end, and every loss the trace records, in time order.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/time_format.hpp"

namespace wpptrace::decoder {

// One wpp:* event. Views are valid during the callback only.
struct WppEvent {
    std::int64_t timestamp_ns = 0;                                    // since the Unix epoch
    TimeGranularity time_granularity = TimeGranularity::nanoseconds;  // what timestamp_ns holds
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

// What the stream that lost events or packets carried, from its channel's event classes: wpp
// messages, catalog records (wpp_catalog:*, the statedump: format strings, binaries, module
// starts and ends), both (a trace recorded in one channel), or neither (another provider's
// channel, none of ours lost). Bits: messages 1, catalog 2.
enum class LostFrom : std::uint8_t { nothing = 0, messages = 1, catalog = 2, both = 3 };

constexpr LostFrom operator|(LostFrom a, LostFrom b) {
    return static_cast<LostFrom>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
constexpr bool carries_messages(LostFrom from) {
    return (static_cast<std::uint8_t>(from) & 1) != 0;
}
constexpr bool carries_catalog(LostFrom from) {
    return (static_cast<std::uint8_t>(from) & 2) != 0;
}

// One record of LTTng-UST's state dump of a process's loaded binaries (enabled by `wpptrace
// record`): a new dump begins, a binary's path at its base address, or its GNU build id.
// Views are valid during the callback only.
struct StatedumpRecord {
    enum class Kind : std::uint8_t { start, binary, build_id };
    Kind kind = Kind::start;
    std::uint32_t pid = 0;  // vpid context
    std::uint64_t baddr = 0;
    std::string_view path;      // binary
    std::string_view build_id;  // build_id: lowercase hex
};

class TraceVisitor {
  public:
    virtual ~TraceVisitor() = default;
    virtual void on_message(const WppEvent& event) = 0;
    virtual void on_catalog_message(MessageInfo message) = 0;
    virtual void on_catalog_module(ModuleInfo module) = 0;
    // LTTng discarded events (ring buffer full) or lost packets in one stream, which carried
    // `from`; `known` is false when the trace says some were lost without a count.
    virtual void on_discarded_events(std::uint64_t count, bool known, LostFrom from) = 0;
    virtual void on_discarded_packets(std::uint64_t count, bool known, LostFrom from) = 0;
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
    // A state dump record: which binaries (path, build id) a process had loaded, for catalogs
    // that are not in the trace (catalog_by_build_id.hpp).
    virtual void on_statedump(const StatedumpRecord& record) { (void)record; }
    // A live reader has passed on everything it holds and is about to wait for more: what the
    // visitor keeps back (buffered output) should go out now.
    virtual void on_caught_up() {}
    // The calls that follow (events, catalog records, module lifetimes, losses) come from a
    // trace recorded on `host`: the `hostname` of its metadata's env block, "" when it has none.
    // Called before the first such call and whenever the host changes, as traces of several
    // machines (a relayd's output) merge by time; every event also carries it (WppEvent::host).
    virtual void on_trace_host(std::string_view host) { (void)host; }
};

}  // namespace wpptrace::decoder
