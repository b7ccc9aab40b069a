// read_traces() on real traces kept in tests/data/traces: an intact one and copies of it with
// one file damaged, on which libbabeltrace2 2.0.4 crashes or loops forever. The reader runs
// babeltrace2 in a child process; these tests check that every such trace gives a clear error
// and the events read before the damage, and that this process neither dies nor waits forever.
// Its main() offers the reader's child mode, as `wpptrace` does, so the child is a fresh run of
// this program, as it is of the command line (serve_reader_child()). No LTTng daemon is needed.
#include <gtest/gtest.h>

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "e2e_test.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::testing {
namespace {

using wpptrace::decoder::LostFrom;
using wpptrace::decoder::MessageInfo;
using wpptrace::decoder::ModuleInfo;
using wpptrace::decoder::read_traces;
using wpptrace::decoder::ReadResult;
using wpptrace::decoder::TraceVisitor;
using wpptrace::decoder::WppEvent;

struct Event {
    std::int64_t timestamp_ns;
    std::string driver;
    std::uint64_t msg_id;
    std::vector<std::uint64_t> args;
};

// Keeps copies of everything it is given (the views die with each call).
class Collector : public TraceVisitor {
  public:
    std::vector<Event> events;
    std::vector<MessageInfo> messages;
    std::vector<ModuleInfo> modules;
    std::uint64_t lost_events = 0, lost_packets = 0, malformed = 0;

    void on_message(const WppEvent& e) override {
        events.push_back({e.timestamp_ns, std::string(e.driver), e.msg_id,
                          std::vector<std::uint64_t>(e.args.begin(), e.args.end())});
    }
    void on_catalog_message(MessageInfo m) override { messages.push_back(std::move(m)); }
    void on_catalog_module(ModuleInfo m) override { modules.push_back(std::move(m)); }
    void on_discarded_events(std::uint64_t n, bool, LostFrom) override { lost_events += n; }
    void on_discarded_packets(std::uint64_t n, bool, LostFrom) override { lost_packets += n; }
    void on_malformed_event(std::string_view, std::string_view) override { ++malformed; }

    const MessageInfo* message(std::uint64_t id) const {
        for (const auto& m : messages)
            if (m.id == id) return &m;
        return nullptr;
    }
};

// Sets an environment variable for one test.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = getenv(name)) old_ = old, had_ = true;
        setenv(name, value, 1);
    }
    ~ScopedEnv() {
        if (had_)
            setenv(name_, old_.c_str(), 1);
        else
            unsetenv(name_);
    }

  private:
    const char* name_;
    std::string old_;
    bool had_ = false;
};

std::string all_errors(const ReadResult& r) {
    std::string text;
    for (const auto& e : r.errors) text += e + "\n";
    return text;
}

// No child of this process is left, running or as a zombie.
bool no_child_left() {
    int status;
    return waitpid(-1, &status, WNOHANG) < 0 && errno == ECHILD;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(TraceReader, IntactTraceGivesItsSixteenEvents) {
    Collector c;
    ReadResult r = read_traces({traces + "/intact"}, c);
    EXPECT_TRUE(r.errors.empty()) << all_errors(r);
    EXPECT_TRUE(r.complete);
    ASSERT_EQ(r.traces.size(), 1u);
    EXPECT_EQ(r.traces[0], traces + "/intact/ust/uid/0/64-bit");
    EXPECT_EQ(r.events, c.events.size() + c.messages.size() + c.modules.size() + r.other_events);
    ASSERT_EQ(c.events.size(), 16u);
    EXPECT_EQ(c.malformed + c.lost_events + c.lost_packets, 0u);

    int serial = 0, tracedrv = 0;
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const Event& e = c.events[i];
        serial += e.driver == "Serial";
        tracedrv += e.driver == "tracedrv";
        if (i) {
            EXPECT_GE(e.timestamp_ns, c.events[i - 1].timestamp_ns) << "event " << i;
        }
        EXPECT_NE(c.message(e.msg_id), nullptr) << "event " << i << " has no catalog message";
    }
    EXPECT_EQ(serial, 8);
    EXPECT_EQ(tracedrv, 8);

    // tracedrv's first message and its argument, as the driver wrote them.
    const Event& hello = c.events[7];
    EXPECT_EQ(hello.driver, "tracedrv");
    const MessageInfo* format = c.message(hello.msg_id);
    ASSERT_NE(format, nullptr);
    EXPECT_EQ(format->format, "Hello, %s %d");
    // "World" as wpp packs a string (its length, then its bytes in zero-padded words), then 1.
    std::uint64_t world = 0;
    std::memcpy(&world, "World", 5);
    EXPECT_EQ(hello.args, (std::vector<std::uint64_t>{5, world, 1}));
    EXPECT_EQ(c.events.front().driver, "Serial");
    EXPECT_EQ(c.events.back().driver, "Serial");
    EXPECT_TRUE(no_child_left());
}

TEST(TraceReader, ToolDecodesTheIntactTrace) {
    Output o = run({tool, "decode", traces + "/intact"});
    ASSERT_EQ(o.status, 0) << o.stderr_text;
    EXPECT_NE(o.stdout_text.find("[Serial]Serial Sample (WDF Version) - Built "), std::string::npos)
        << o.stdout_text;
    EXPECT_NE(o.stdout_text.find("[tracedrv]Hello, World 1\n"), std::string::npos);
    EXPECT_NE(o.stdout_text.find("[tracedrv]IOCTL = 2, name TRACEDRV_IOCTL, ratio 0.50\n"),
              std::string::npos);
    EXPECT_NE(o.stdout_text.find("[Serial]--> SerialEvtDriverContextCleanup\n"), std::string::npos);
    EXPECT_NE(o.stderr_text.find("Events: 16, decoded: 16, unknown: 0, format errors: 0"),
              std::string::npos)
        << o.stderr_text;
}

TEST(TraceReader, MisspeltReaderChoiceIsAnErrorNotTheDefault) {
    Output o = run({"env", "WPPTRACE_READER=babeltrce", tool, "decode", traces + "/intact"});
    EXPECT_EQ(o.status, 2) << o.stderr_text;
    EXPECT_NE(o.stderr_text.find("WPPTRACE_READER=babeltrce: expected auto (the default), fast "
                                 "or babeltrace"),
              std::string::npos)
        << o.stderr_text;
    EXPECT_EQ(o.stdout_text, "");
}

TEST(TraceReader, CrashInBabeltraceKeepsTheEventsBeforeIt) {
    ScopedEnv reader("WPPTRACE_READER", "babeltrace");  // the fast reader contains the damage
    Collector c;
    ReadResult r = read_traces({traces + "/crash-flipped-stream"}, c);
    EXPECT_FALSE(r.complete);
    ASSERT_EQ(r.errors.size(), 1u) << all_errors(r);
    const std::string& error = r.errors[0];
    EXPECT_NE(error.find("babeltrace2 crashed (SIGSEGV) while reading " + traces +
                         "/crash-flipped-stream/ust/uid/0/64-bit"),
              std::string::npos)
        << error;
    // The events before the crash were still in the child's buffer: it sent them as it died.
    EXPECT_GT(c.events.size(), 0u);
    EXPECT_NE(error.find("the output stops at event " + std::to_string(c.events.size())),
              std::string::npos)
        << error;
    EXPECT_EQ(c.events.front().driver, "Serial");
    EXPECT_GE(r.events, c.events.size());
    EXPECT_TRUE(no_child_left());
}

TEST(TraceReader, HangInBabeltraceIsStoppedByTheWatchdog) {
    ScopedEnv timeout("WPPTRACE_READ_TIMEOUT", "2");
    ScopedEnv reader("WPPTRACE_READER", "babeltrace");  // the fast reader contains the damage
    Collector c;
    auto start = std::chrono::steady_clock::now();
    ReadResult r = read_traces({traces + "/hang-zeroed-stream"}, c);
    double took = seconds_since(start);
    EXPECT_GE(took, 2.0);
    EXPECT_LT(took, 8.0);  // the timeout, the child's grace to send what it holds, slack
    EXPECT_FALSE(r.complete);
    ASSERT_EQ(r.errors.size(), 1u) << all_errors(r);
    const std::string where = "babeltrace2 made no progress for 2 s reading " + traces +
                              "/hang-zeroed-stream/ust/uid/0/64-bit";
    // Then what it was doing, from /proc (this hang is a loop: running, or caught in one of its
    // system calls), and where the output stops.
    const std::string& error = r.errors[0];
    ASSERT_TRUE(contains(error, where)) << error;
    const std::string after = error.substr(error.find(where) + where.size());
    EXPECT_TRUE(after.starts_with("; stopped") ||
                (after.starts_with(" (it was ") && contains(after, "); stopped")))
        << error;
    EXPECT_GT(c.events.size(), 0u);  // asked to stop, the child sent what it had read
    EXPECT_TRUE(no_child_left());
}

// (The fast reader reads the whole declarations of cut metadata: containment_test.cpp.)
TEST(TraceReader, TruncatedMetadataIsAClearError) {
    ScopedEnv reader("WPPTRACE_READER", "babeltrace");
    Collector c;
    ReadResult r = read_traces({traces + "/truncated-metadata"}, c);
    EXPECT_FALSE(r.complete);
    ASSERT_EQ(r.errors.size(), 1u) << all_errors(r);
    EXPECT_NE(r.errors[0].find("metadata ends inside its first packet"), std::string::npos);
    EXPECT_TRUE(c.events.empty());
}

TEST(TraceReader, DamagedTraceNextToAnIntactOneIsReported) {
    Collector c;
    ReadResult r = read_traces({traces + "/truncated-metadata", traces + "/intact"}, c);
    EXPECT_FALSE(r.complete);
    EXPECT_FALSE(r.errors.empty());
    for (const auto& e : r.errors) EXPECT_NE(e.find("truncated-metadata"), std::string::npos) << e;
    EXPECT_EQ(c.events.size(), 16u);
}

TEST(TraceReader, MissingInputIsAnError) {
    Collector c;
    ReadResult r = read_traces({traces + "/no-such-trace"}, c);
    EXPECT_FALSE(r.complete);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].find("no such file or directory"), std::string::npos);
}

// The watchdog counts only the time spent waiting for the child, not the visitor's own time.
TEST(TraceReader, SlowVisitorIsNotTakenForAHang) {
    ScopedEnv timeout("WPPTRACE_READ_TIMEOUT", "1");
    struct Slow : Collector {
        void on_message(const WppEvent& e) override {
            if (events.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            Collector::on_message(e);
        }
    } c;
    ReadResult r = read_traces({traces + "/intact"}, c);
    EXPECT_TRUE(r.complete) << all_errors(r);
    EXPECT_EQ(c.events.size(), 16u);
}

// A visitor that throws leaves read_traces() early: the child is killed and reaped.
TEST(TraceReader, VisitorExceptionLeavesNoChildBehind) {
    struct Throwing : Collector {
        void on_message(const WppEvent&) override { throw std::runtime_error("stop"); }
    } c;
    EXPECT_THROW(read_traces({traces + "/intact"}, c), std::runtime_error);
    EXPECT_TRUE(no_child_left());
}

// Whatever the damage, the command ends with an error status of its own, never by a signal.
TEST(TraceReader, ToolExitsWithAnErrorOnEveryDamagedTrace) {
    ScopedEnv timeout("WPPTRACE_READ_TIMEOUT", "2");  // inherited by the command
    for (const char* name : {"crash-flipped-stream", "hang-zeroed-stream", "truncated-metadata"}) {
        Output o = run({tool, "decode", traces + "/" + name});
        EXPECT_TRUE(o.status == 1 || o.status == 2) << name << ": exit " << o.status << "\n"
                                                    << o.stderr_text;
        EXPECT_NE(o.stderr_text.find("Error: "), std::string::npos) << name << o.stderr_text;
    }
}

// The child shares nothing with this process but the pipe: it is this program run anew in its
// reader mode (named so in ps and /proc), not a fork() that would inherit the locks of this
// process's threads (CI: a forked live reader blocked forever in a futex).
TEST(TraceReader, ReaderChildIsAFreshRunOfTheProgramNotAFork) {
    ScopedEnv timeout("WPPTRACE_READ_TIMEOUT", "3");
    ScopedEnv reader("WPPTRACE_READER", "babeltrace");
    Collector c;
    std::thread reading([&] { read_traces({traces + "/hang-zeroed-stream"}, c); });
    std::string comm, cmdline;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    // Until it named itself: between spawn and exec it is still a copy of this process, and
    // from exec to its first steps it bears the name of the file run, "exe".
    while (comm != "wpptrace-reader" && std::chrono::steady_clock::now() < deadline) {
        for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
            std::ifstream children(task.path() / "children");
            std::string pid;
            if (!(children >> pid)) continue;
            std::getline(std::ifstream("/proc/" + pid + "/comm"), comm);
            cmdline = read_file("/proc/" + pid + "/cmdline");  // arguments between NULs
            std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    reading.join();
    EXPECT_EQ(comm, "wpptrace-reader");
    EXPECT_TRUE(contains(cmdline, "--babeltrace-reader-child")) << cmdline;
    EXPECT_GT(c.events.size(), 0u);
    EXPECT_TRUE(no_child_left());
}

// Without /proc (a bare container) there is no /proc/self/exe to run: the reader forks instead,
// as it did before, and reads the whole trace. A private mount namespace hides /proc here.
TEST(TraceReader, WithoutProcTheReaderForksAndStillReads) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer itself needs /proc (its stack bounds, its leak check)";
#endif
    Output o = run({"unshare", "--mount", "--propagation", "private", "sh", "-c",
                    "mount -t tmpfs none /proc && WPPTRACE_READER=babeltrace '" + tool +
                        "' decode '" + traces + "/intact'"});
    if (o.status != 0 && contains(o.stderr_text, "unshare"))
        GTEST_SKIP() << "no mount namespace here: " << o.stderr_text;
    EXPECT_EQ(o.status, 0) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, "Events: 16, decoded: 16")) << describe(o);
}

// The child mode is the reader's own; given by hand, it says so and exits 2.
TEST(TraceReader, ReaderChildModeGivenByHandIsRefusedWithExitTwo) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{tool, "--babeltrace-reader-child"},
          {tool, "--babeltrace-reader-child", "1", "250000000", "dirs", "x"},
          {tool, "--babeltrace-reader-child", "4242", "250000000", "sideways", "x"}}) {
        Output o = run(args);
        EXPECT_EQ(o.status, 2) << describe(o);
        EXPECT_TRUE(contains(o.stderr_text, "an internal mode of wpptrace")) << describe(o);
    }
}

}  // namespace
}  // namespace wpptrace::testing

int main(int argc, char** argv) {
    if (const auto status = wpptrace::decoder::serve_reader_child(argc, argv)) return *status;
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
