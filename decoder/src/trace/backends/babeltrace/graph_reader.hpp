// graph_reader.hpp - the babeltrace2 graph over trace directories (source.ctf.fs) or a live
// session (src.ctf.lttng-live), private to this backend.
//
// Running the graph is where libbabeltrace2 can crash or hang on corrupt stream files or
// whatever a relay daemon sends:
// isolated_reader.cpp runs it in a child process and tells the parent through a GraphObserver.
#pragma once

#include <cstdint>

#include <string>
#include <vector>

#include "wpptrace/decoder/read_result.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder::babeltrace {

// What the graph tells the process that runs it, besides the visitor's events.
class GraphObserver {
  public:
    virtual ~GraphObserver() = default;
    // The graph is built and about to run: result.traces and result.errors are final but for
    // what reading itself adds.
    virtual void on_graph_ready(const ReadResult& result) = 0;
    // The graph did a step: a batch of messages (events of any provider or none at all) or a
    // turn that produced nothing yet.
    virtual void on_progress(const ReadResult& result) = 0;
    // A live source has nothing more for now: what was read should reach the reader's user
    // before the graph waits for more.
    virtual void on_idle(const ReadResult& result) { on_progress(result); }
    // A stream began or ended (counts so far): a live reader that stops answering after every
    // stream it began has ended lost nothing (isolated_reader.cpp).
    virtual void on_streams(std::uint64_t begun, std::uint64_t ended) {
        (void)begun;
        (void)ended;
    }
    // A live source says that nothing earlier than `ns` (since the Unix epoch) will come: its
    // streams were idle up to then (lttng-live's inactivity messages). Readers of several
    // sessions merge by it (live_merge.hpp).
    virtual void on_inactivity(std::int64_t ns) { (void)ns; }
    // The reading is over and `result` is final. What follows is the graph's teardown, which
    // can block: lttng-live's finalization detaches from relayd and waits for its answer.
    virtual void on_finished(const ReadResult& result) = 0;
};

// Reads `dirs` with babeltrace2 into `visitor`, adding to `result` (complete when it ends
// with no error in it). Can crash or never return on corrupt stream files.
void run_graph(const std::vector<std::string>& dirs, TraceVisitor& visitor, ReadResult& result,
               GraphObserver& observer);

// Reads the live session at `url` (net://HOST[:PORT]/host/HOSTNAME/SESSION) with
// src.ctf.lttng-live through lttng-relayd until the session ends (session-not-found-action=end),
// calling observer.on_idle() whenever nothing new has come. Can crash or never return on
// corrupt data from the relay daemon, as run_graph can.
void run_live_graph(const std::string& url, TraceVisitor& visitor, ReadResult& result,
                    GraphObserver& observer);

}  // namespace wpptrace::decoder::babeltrace
