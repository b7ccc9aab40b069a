// trace_reader.hpp - reads CTF traces (LTTng sessions) and hands the decoder every wpp and
// wpp_catalog event in time order, and every loss LTTng recorded.
//
// A session directory holds several traces (per-UID and per-PID buffers, one per ABI) with a
// stream per CPU; snapshots and rotations repeat a trace's UUID in several directories. The
// reader finds every `metadata` below its inputs and reads them with one of two readers, which
// report exactly the same calls and results:
//   - the fast reader (default): our own CTF 1.8 reader for what LTTng-UST writes
//     (decoder/src/trace/ctf): TSDL parsed, every packet decoded once to prove the read will
//     succeed, then the streams merged by time as babeltrace2's muxer does, all in this
//     process (no child, no pipe);
//   - libbabeltrace2: directories of one trace UUID to one `source.ctf.fs` (which drops packets
//     seen twice), every stream port to one muxer, read in a child process (below).
// Environment variable WPPTRACE_READER picks: `auto` (default: the fast reader; traces it does
// not fully understand, such as an unknown TSDL construct or a corrupt packet, go to
// babeltrace2 whole, before any event is reported), `fast` (the fast reader only: what it
// cannot read is an error) or `babeltrace`. Nothing of babeltrace2 leaks into this header.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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
};

struct ReadResult {
    std::vector<std::string> traces;    // trace directories found
    std::vector<std::string> errors;    // what could not be read; reading went on where it could
    std::vector<std::string> warnings;  // what was skipped, such as a file that is no stream
    std::uint64_t events = 0;           // events read, all providers
    std::uint64_t other_events = 0;     // events of other providers (ignored)
    bool complete = false;              // every trace read to its end
};

// Reads every trace under `inputs` (session directories or trace directories), with the
// reader WPPTRACE_READER selects (see the top of this file).
//
// On the babeltrace2 path: libbabeltrace2 2.0.4 crashes or loops forever on some corrupt stream
// files, so it runs in a child process (fork, no exec) that sends what it reads over a pipe; the
// visitor is called in the calling thread, as the records arrive. If the child dies of a signal,
// the events it read before are kept (already visited) and `errors` says "babeltrace2 crashed
// (SIGSEGV) while reading DIR: the output stops at event N". If it sends nothing, neither an event
// nor a heartbeat (it beats several times a second while babeltrace2 works), for
// WPPTRACE_READ_TIMEOUT seconds (environment variable; default 10, fractions allowed, 0 turns
// the watchdog off), it is stopped and `errors` says "babeltrace2 made no progress for 10 s
// reading DIR; stopped". Time the visitor itself takes does not count. In both cases
// `complete` is false. The child never outlives the call, even when the visitor throws.
ReadResult read_traces(const std::vector<std::string>& inputs, TraceVisitor& visitor);

}  // namespace wpptrace::decoder
