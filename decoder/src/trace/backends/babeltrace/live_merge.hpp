// live_merge.hpp - several live sessions (machines streaming to lttng-relayd) read at once and
// merged by time, as the traces of a relayd's output are merged offline.
//
// Each session is read by its own reader (a child process, isolated_reader.cpp) that gives its
// calls in time order, and says how far its time has come even when it has nothing to give
// (lttng-live's inactivity messages, one per idle stream per live timer). A call is passed on
// once no other session can still give an earlier one: every other session has either a call
// waiting that is later, said it is past that time, or ended. A session that says nothing for
// `hold` (a machine whose streams have not begun, a relay daemon that stopped answering) stops
// holding the others back: what waited that long is passed on, and a call of that session that
// then comes earlier than one already passed on is counted late (late_events()).
//
// A session's reader waits while `max_queued` of its calls wait to be passed on: when the output
// is slower than the sessions, they are held back in their reader processes and the relay
// daemon (which keeps the trace on disk), not in this process's memory.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder::babeltrace {

class LiveMerge {
  public:
    LiveMerge(std::size_t sessions, TraceVisitor& out, std::chrono::milliseconds hold,
              std::size_t max_queued = 65536);
    ~LiveMerge();
    LiveMerge(const LiveMerge&) = delete;
    LiveMerge& operator=(const LiveMerge&) = delete;

    // The visitor for session i's reader; callable from the reader's thread.
    TraceVisitor& session(std::size_t i);
    // Session i will give nothing earlier than `ns`; from the reader's thread.
    void advance(std::size_t i, std::int64_t ns);
    // Session i's reader returned: it gives nothing more.
    void end(std::size_t i);

    // Passes the calls on to `out`, in time order across sessions, in the calling thread, until
    // every session ended and everything was passed on.
    void run();
    // run() is not going on (`out` failed): the readers' calls are dropped from now on, and a
    // reader waiting for room goes on.
    void abandon();

    // Events passed on after a later event of another session had been (see the top).
    std::uint64_t late_events() const { return late_events_; }
    // The hosts of the sessions that gave late events, each once.
    const std::vector<std::string>& late_hosts() const { return late_hosts_; }

  private:
    struct Event {
        WppEvent event;  // its views point into the strings below
        std::string driver, procname;
        std::vector<std::uint64_t> args;
    };
    struct Statedump {
        StatedumpRecord record;
        std::string path, build_id;
    };
    struct Loss {
        bool packets;
        std::uint64_t count;
        bool known;
        LostFrom from;
    };
    struct Malformed {
        std::string name, why;
    };
    struct ImpossibleLoss {
        std::string what;
    };
    struct Lifetime {
        std::string module;
        std::uint32_t pid;
        bool started;
    };
    struct HostChange {
        std::string host;
    };
    using Call = std::variant<Event, MessageInfo, ModuleInfo, Loss, Malformed, ImpossibleLoss,
                              Lifetime, Statedump, HostChange>;
    struct Queued {
        std::int64_t key;  // an event's time; for any other call, the session's time when it came
        std::chrono::steady_clock::time_point came;
        std::unique_ptr<Call> call;
    };
    class SessionVisitor;
    struct Session {
        std::deque<Queued> queue;
        std::int64_t time = INT64_MIN;  // nothing earlier will come from it
        bool ended = false;
        std::string host;  // as passed on so far
        std::unique_ptr<SessionVisitor> visitor;
    };

    void enqueue(std::size_t i, std::int64_t key, Call call);
    // The session whose next call may be passed on now, or -1; with the lock held.
    int next_ready(std::chrono::steady_clock::time_point now) const;
    void deliver(Session& from, Call& call);

    TraceVisitor& out_;
    const std::chrono::milliseconds hold_;
    const std::size_t max_queued_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;  // for run(): a call, a time, an end
    std::condition_variable room_;     // for the readers: a session's queue went below max_queued
    bool abandoned_ = false;
    std::vector<Session> sessions_;
    std::optional<std::string> told_host_;     // the host `out_` was told last
    std::int64_t delivered_time_ = INT64_MIN;  // the latest event passed on
    std::uint64_t late_events_ = 0;
    std::vector<std::string> late_hosts_;
};

}  // namespace wpptrace::decoder::babeltrace
