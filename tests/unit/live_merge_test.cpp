// LiveMerge (decoder/src/trace/backends/babeltrace/live_merge.hpp): live sessions merged by
// time. Each test feeds the sessions' visitors from this thread while the merge runs in another,
// as the readers of `decode --live URL --live URL` do, and checks what it passed on and when.
#include "live_merge.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

using wpptrace::decoder::LostFrom;
using wpptrace::decoder::MessageInfo;
using wpptrace::decoder::ModuleInfo;
using wpptrace::decoder::TraceVisitor;
using wpptrace::decoder::WppEvent;
using wpptrace::decoder::babeltrace::LiveMerge;
using namespace std::chrono_literals;

// What the merge passed on: "host:time" per event, "catalog:ID" per catalog message,
// "host=NAME" per host change; safe to read while the merge runs.
class Collector : public TraceVisitor {
  public:
    void on_message(const WppEvent& e) override {
        add(std::string(e.host) + ":" + std::to_string(e.timestamp_ns) + ":" +
            std::to_string(e.args.empty() ? 0 : e.args[0]));
    }
    void on_catalog_message(MessageInfo m) override { add("catalog:" + std::to_string(m.id)); }
    void on_catalog_module(ModuleInfo) override {}
    void on_discarded_events(std::uint64_t n, bool, LostFrom) override {
        add("lost:" + std::to_string(n));
    }
    void on_discarded_packets(std::uint64_t, bool, LostFrom) override {}
    void on_malformed_event(std::string_view, std::string_view) override {}
    void on_trace_host(std::string_view host) override { add("host=" + std::string(host)); }

    std::vector<std::string> calls() const {
        std::lock_guard lock(mutex_);
        return calls_;
    }
    // The calls once there are `n` of them (or what there is after 5 s).
    std::vector<std::string> wait_for(std::size_t n) const {
        const auto deadline = std::chrono::steady_clock::now() + 5s;
        while (calls().size() < n && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(1ms);
        return calls();
    }

  private:
    void add(std::string call) {
        std::lock_guard lock(mutex_);
        calls_.push_back(std::move(call));
    }
    mutable std::mutex mutex_;
    std::vector<std::string> calls_;
};

void event(TraceVisitor& session, std::int64_t ns, std::uint64_t word = 0) {
    const std::uint64_t args[] = {word};
    WppEvent e;
    e.timestamp_ns = ns;
    e.driver = "Drv";
    e.args = args;
    session.on_message(e);
}

// Two sessions merged in a thread of its own until finish() or the test's end.
class Running {
  public:
    explicit Running(std::chrono::milliseconds hold, std::size_t max_queued = 65536)
        : merge(2, out, hold, max_queued), thread_([this] { merge.run(); }) {}
    ~Running() { finish(); }
    // Both sessions end; the merge has passed everything on and returned.
    void finish() {
        merge.end(0);
        merge.end(1);
        if (thread_.joinable()) thread_.join();
    }
    Collector out;
    LiveMerge merge;

  private:
    std::thread thread_;
};

TEST(LiveMerge, AnEventWaitsUntilEverySessionIsPastItsTime) {
    Running r(10s);
    r.merge.session(0).on_trace_host("a");
    r.merge.session(1).on_trace_host("b");
    event(r.merge.session(0), 200);
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(r.out.calls(), std::vector<std::string>{}) << "b may still have an earlier one";
    event(r.merge.session(1), 100);
    r.merge.advance(1, 300);  // b's streams were idle up to 300
    EXPECT_EQ(r.out.wait_for(4),
              (std::vector<std::string>{"host=b", "b:100:0", "host=a", "a:200:0"}));
}

TEST(LiveMerge, AnIdleSessionsInactivityLetsTheOthersEventsThrough) {
    Running r(10s);
    r.merge.session(0).on_trace_host("a");
    event(r.merge.session(0), 200);
    event(r.merge.session(0), 400);
    r.merge.advance(1, 250);  // b: nothing before 250
    EXPECT_EQ(r.out.wait_for(2), (std::vector<std::string>{"host=a", "a:200:0"}));
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(r.out.calls().size(), 2u) << "400 waits: b said nothing past 250";
    r.merge.end(1);
    EXPECT_EQ(r.out.wait_for(3).back(), "a:400:0");
}

TEST(LiveMerge, EqualTimesKeepEachSessionsOwnOrder) {
    Running r(10s);
    for (std::uint64_t k = 1; k <= 3; ++k) event(r.merge.session(0), 100, k);
    for (std::uint64_t k = 1; k <= 3; ++k) event(r.merge.session(1), 100, 10 + k);
    r.finish();
    std::vector<std::string> a, b;
    for (const auto& c : r.out.calls())
        if (c.starts_with(":100:")) (c.size() == 6 ? a : b).push_back(c);  // ":100:N", ":100:1N"
    EXPECT_EQ(a, (std::vector<std::string>{":100:1", ":100:2", ":100:3"}));
    EXPECT_EQ(b, (std::vector<std::string>{":100:11", ":100:12", ":100:13"}));
}

TEST(LiveMerge, CatalogRecordsStayBeforeTheEventsAfterThemAndPassAtOnce) {
    Running r(10s);
    MessageInfo m;
    m.id = 7;
    r.merge.session(0).on_catalog_message(m);  // before any time: nothing can come earlier
    EXPECT_EQ(r.out.wait_for(2), (std::vector<std::string>{"host=", "catalog:7"}));
    event(r.merge.session(0), 100);
    r.merge.session(0).on_discarded_events(3, true, LostFrom::messages);
    event(r.merge.session(0), 300);
    r.merge.advance(1, 200);
    EXPECT_EQ(r.out.wait_for(4),
              (std::vector<std::string>{"host=", "catalog:7", ":100:0", "lost:3"}));
}

TEST(LiveMerge, ASilentSessionStopsHoldingTheOthersBackAfterTheHoldAndIsCountedLate) {
    Running r(200ms);
    r.merge.session(0).on_trace_host("a");
    r.merge.session(1).on_trace_host("b");
    const auto start = std::chrono::steady_clock::now();
    event(r.merge.session(0), 200);
    EXPECT_EQ(r.out.wait_for(2), (std::vector<std::string>{"host=a", "a:200:0"}));
    EXPECT_GE(std::chrono::steady_clock::now() - start, 200ms);
    event(r.merge.session(1), 100);  // too late: 200 went out
    EXPECT_EQ(r.out.wait_for(4).back(), "b:100:0");
    r.finish();
    EXPECT_EQ(r.merge.late_events(), 1u);
    EXPECT_EQ(r.merge.late_hosts(), std::vector<std::string>{"b"});
}

TEST(LiveMerge, AReaderWaitsWhileItsSessionHasTheMostCallsWaiting) {
    Running r(10s, 2);
    std::atomic<bool> fed{false};
    std::thread reader([&] {
        for (std::int64_t t = 100; t <= 300; t += 100) event(r.merge.session(0), t);
        fed = true;
    });
    std::this_thread::sleep_for(100ms);
    EXPECT_FALSE(fed) << "two calls wait (b is silent): the third waits for room";
    r.merge.advance(1, 1000);
    reader.join();
    EXPECT_EQ(r.out.wait_for(4), (std::vector<std::string>{"host=", ":100:0", ":200:0", ":300:0"}));
}

TEST(LiveMerge, AbandonedMergeLetsAWaitingReaderGoOn) {
    Collector out;
    LiveMerge merge(2, out, 10s, 1);  // no run(): as when the output failed
    event(merge.session(0), 100);
    std::thread reader([&] { event(merge.session(0), 200); });
    std::this_thread::sleep_for(50ms);
    merge.abandon();
    reader.join();  // would hang if the reader still waited for room
    EXPECT_TRUE(out.calls().empty());
}

}  // namespace
