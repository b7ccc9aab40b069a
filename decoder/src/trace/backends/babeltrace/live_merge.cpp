// live_merge.cpp - several live sessions merged by time (live_merge.hpp).
#include "live_merge.hpp"

#include <algorithm>
#include <type_traits>
#include <utility>

namespace wpptrace::decoder::babeltrace {

using Clock = std::chrono::steady_clock;

// What a session's reader calls, kept (owned copies) until the merge passes it on.
class LiveMerge::SessionVisitor final : public TraceVisitor {
  public:
    SessionVisitor(LiveMerge& merge, std::size_t index) : merge_(merge), index_(index) {}

    void on_message(const WppEvent& e) override {
        Event owned{e, std::string(e.driver), std::string(e.procname),
                    std::vector<std::uint64_t>(e.args.begin(), e.args.end())};
        merge_.enqueue(index_, e.timestamp_ns, std::move(owned));
    }
    void on_catalog_message(MessageInfo m) override { later(std::move(m)); }
    void on_catalog_module(ModuleInfo m) override { later(std::move(m)); }
    void on_discarded_events(std::uint64_t count, bool known, LostFrom from) override {
        later(Loss{false, count, known, from});
    }
    void on_discarded_packets(std::uint64_t count, bool known, LostFrom from) override {
        later(Loss{true, count, known, from});
    }
    void on_malformed_event(std::string_view name, std::string_view why) override {
        later(Malformed{std::string(name), std::string(why)});
    }
    void on_impossible_loss(std::string_view what) override {
        later(ImpossibleLoss{std::string(what)});
    }
    void on_module_lifetime(std::string_view module, std::uint32_t pid, bool started) override {
        later(Lifetime{std::string(module), pid, started});
    }
    void on_statedump(const StatedumpRecord& r) override {
        later(Statedump{r, std::string(r.path), std::string(r.build_id)});
    }
    void on_trace_host(std::string_view host) override { later(HostChange{std::string(host)}); }
    // (on_caught_up: the merge tells `out` itself, whenever it has to wait.)

  private:
    // A call without a time of its own: it comes at the session's time so far.
    void later(Call call) { merge_.enqueue(index_, INT64_MIN, std::move(call)); }

    LiveMerge& merge_;
    std::size_t index_;
};

LiveMerge::LiveMerge(std::size_t sessions, TraceVisitor& out, std::chrono::milliseconds hold,
                     std::size_t max_queued)
    : out_(out), hold_(hold), max_queued_(max_queued), sessions_(sessions) {
    for (std::size_t i = 0; i < sessions; ++i)
        sessions_[i].visitor = std::make_unique<SessionVisitor>(*this, i);
}

LiveMerge::~LiveMerge() = default;

TraceVisitor& LiveMerge::session(std::size_t i) {
    return *sessions_[i].visitor;
}

void LiveMerge::advance(std::size_t i, std::int64_t ns) {
    {
        std::lock_guard lock(mutex_);
        Session& s = sessions_[i];
        s.time = std::max(s.time, ns);
    }
    changed_.notify_one();
}

void LiveMerge::end(std::size_t i) {
    {
        std::lock_guard lock(mutex_);
        sessions_[i].ended = true;
    }
    changed_.notify_one();
}

void LiveMerge::abandon() {
    {
        std::lock_guard lock(mutex_);
        abandoned_ = true;
    }
    room_.notify_all();
}

void LiveMerge::enqueue(std::size_t i, std::int64_t key, Call call) {
    {
        std::unique_lock lock(mutex_);
        Session& s = sessions_[i];
        room_.wait(lock, [&] { return abandoned_ || s.queue.size() < max_queued_; });
        if (abandoned_) return;
        // An event moves the session's time on; any other call takes the time so far, so that
        // it stays after the events before it and before those after it.
        if (key == INT64_MIN)
            key = s.time;
        else
            s.time = std::max(s.time, key);
        s.queue.push_back({key, Clock::now(), std::make_unique<Call>(std::move(call))});
    }
    changed_.notify_one();
}

int LiveMerge::next_ready(Clock::time_point now) const {
    int first = -1;
    for (std::size_t i = 0; i < sessions_.size(); ++i) {
        const auto& q = sessions_[i].queue;
        if (!q.empty() && (first < 0 || q.front().key < sessions_[first].queue.front().key))
            first = static_cast<int>(i);
    }
    if (first < 0) return -1;
    const Queued& head = sessions_[first].queue.front();
    if (now - head.came >= hold_) return first;  // waited long enough for the silent ones
    for (std::size_t j = 0; j < sessions_.size(); ++j) {
        const Session& other = sessions_[j];
        if (static_cast<int>(j) == first || other.ended || !other.queue.empty()) continue;
        if (other.time < head.key) return -1;  // it may still give something earlier
    }
    return first;
}

void LiveMerge::deliver(Session& from, Call& call) {
    if (auto* change = std::get_if<HostChange>(&call)) {
        from.host = std::move(change->host);
        return;
    }
    if (told_host_ != from.host) {
        told_host_ = from.host;
        out_.on_trace_host(*told_host_);
    }
    std::visit(
        [&](auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Event>) {
                c.event.driver = c.driver;
                c.event.procname = c.procname;
                c.event.args = c.args;
                c.event.host = from.host;
                if (c.event.timestamp_ns < delivered_time_) {
                    ++late_events_;
                    if (std::find(late_hosts_.begin(), late_hosts_.end(), from.host) ==
                        late_hosts_.end())
                        late_hosts_.push_back(from.host);
                } else {
                    delivered_time_ = c.event.timestamp_ns;
                }
                out_.on_message(c.event);
            } else if constexpr (std::is_same_v<T, MessageInfo>) {
                out_.on_catalog_message(std::move(c));
            } else if constexpr (std::is_same_v<T, ModuleInfo>) {
                out_.on_catalog_module(std::move(c));
            } else if constexpr (std::is_same_v<T, Loss>) {
                if (c.packets)
                    out_.on_discarded_packets(c.count, c.known, c.from);
                else
                    out_.on_discarded_events(c.count, c.known, c.from);
            } else if constexpr (std::is_same_v<T, Malformed>) {
                out_.on_malformed_event(c.name, c.why);
            } else if constexpr (std::is_same_v<T, ImpossibleLoss>) {
                out_.on_impossible_loss(c.what);
            } else if constexpr (std::is_same_v<T, Lifetime>) {
                out_.on_module_lifetime(c.module, c.pid, c.started);
            } else if constexpr (std::is_same_v<T, Statedump>) {
                c.record.path = c.path;
                c.record.build_id = c.build_id;
                out_.on_statedump(c.record);
            }
        },
        call);
}

void LiveMerge::run() {
    std::unique_lock lock(mutex_);
    bool passed_on = false;  // since `out_` last heard that everything so far was passed on
    for (;;) {
        const Clock::time_point now = Clock::now();
        if (const int i = next_ready(now); i >= 0) {
            Session& from = sessions_[i];
            const std::unique_ptr<Call> call = std::move(from.queue.front().call);
            from.queue.pop_front();
            if (from.queue.size() + 1 == max_queued_) room_.notify_all();
            lock.unlock();  // the readers go on while the output is written
            deliver(from, *call);
            lock.lock();
            passed_on = true;
            continue;
        }
        const bool all_done = std::all_of(sessions_.begin(), sessions_.end(), [](const Session& s) {
            return s.ended && s.queue.empty();
        });
        if (all_done) return;
        if (passed_on) {
            lock.unlock();
            out_.on_caught_up();  // what was passed on goes out before the wait
            lock.lock();
            passed_on = false;
            continue;
        }
        // Until a reader gives more, or the oldest call waiting has waited `hold`.
        Clock::time_point wake = Clock::time_point::max();
        for (const Session& s : sessions_)
            if (!s.queue.empty()) wake = std::min(wake, s.queue.front().came + hold_);
        if (wake == Clock::time_point::max())
            changed_.wait(lock);
        else
            changed_.wait_until(lock, wake);
    }
}

}  // namespace wpptrace::decoder::babeltrace
