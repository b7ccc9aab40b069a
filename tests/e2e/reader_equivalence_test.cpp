// The fast CTF reader (decoder/src/trace/ctf) against the babeltrace2 path: for every kind of
// trace the tests use, both give the same visitor calls (every field, in order, timestamps to
// the ns) and the same ReadResult. Traces are the committed ones and traces recorded here
// under the private lttng-sessiond: per-UID with a small channel that discards, several
// processes, per-PID buffers, two snapshots of one session, a stream file cut inside a
// packet, a corrupt metadata. What the fast reader cannot read goes to babeltrace2 whole.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "process.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace {

namespace fs = std::filesystem;
using wpptrace::decoder::MessageInfo;
using wpptrace::decoder::ModuleInfo;
using wpptrace::decoder::read_traces;
using wpptrace::decoder::ReadResult;
using wpptrace::decoder::TraceVisitor;
using wpptrace::decoder::WppEvent;
using wpptrace::testing::describe;
using wpptrace::testing::Output;
using wpptrace::testing::run;
using wpptrace::testing::TempDir;

const std::string traces = TRACE_DATA_DIR;
const std::string emitter = STRESS_EMITTER;

// Every call, every field, one line each.
class Transcript : public TraceVisitor {
  public:
    std::vector<std::string> lines;
    std::uint64_t messages = 0, lost = 0;

    void on_message(const WppEvent& e) override {
        std::ostringstream s;
        s << "event " << e.timestamp_ns << " cpu " << e.cpu << " pid " << e.pid << " tid "
          << e.tid << " level " << int{e.level} << " flags " << e.flags << " id " << e.msg_id
          << " driver '" << e.driver << "' proc '" << e.procname << "' args";
        for (auto w : e.args) s << ' ' << w;
        lines.push_back(s.str());
        ++messages;
    }
    void on_catalog_message(MessageInfo m) override {
        std::ostringstream s;
        s << "message " << m.id << ' ' << m.module << ' ' << m.control << ' ' << m.flag_mask << ' '
          << m.file << ':' << m.line << ' ' << m.function << ' ' << m.level << ' ' << m.flags
          << " '" << m.format << "' " << m.types;
        lines.push_back(s.str());
    }
    void on_catalog_module(ModuleInfo m) override {
        std::ostringstream s;
        s << "module " << m.name << ' ' << m.build_id << ' ' << m.path;
        for (const auto& c : m.controls) {
            s << " [" << c.name << ' ' << c.guid;
            for (const auto& b : c.bits) s << ' ' << b;
            s << ']';
        }
        lines.push_back(s.str());
    }
    void on_discarded_events(std::uint64_t n, bool known) override {
        lines.push_back("discarded events " + std::to_string(n) + (known ? "" : " (unknown)"));
        lost += n + !known;
    }
    void on_discarded_packets(std::uint64_t n, bool known) override {
        lines.push_back("discarded packets " + std::to_string(n) + (known ? "" : " (unknown)"));
    }
    void on_malformed_event(std::string_view name, std::string_view why) override {
        lines.push_back("malformed " + std::string(name) + ": " + std::string(why));
    }
    void on_module_lifetime(std::string_view module, std::uint32_t pid, bool started) override {
        lines.push_back((started ? "start " : "end ") + std::string(module) + ' ' +
                        std::to_string(pid));
    }
};

struct Reading {
    Transcript calls;
    ReadResult result;
};

Reading read_with(const char* reader, const std::vector<std::string>& inputs) {
    setenv("WPPTRACE_READER", reader, 1);
    Reading r;
    r.result = read_traces(inputs, r.calls);
    unsetenv("WPPTRACE_READER");
    return r;
}

// Lines joined; what differs between two runs of one reader is masked: scratch directories
// (random names) and babeltrace2's object addresses in its error messages.
std::string joined(const std::vector<std::string>& lines) {
    static const std::regex noise("/tmp/wpptrace-trim\\.[A-Za-z0-9]+|0x[0-9a-f]+");
    std::string text;
    for (const auto& l : lines) text += std::regex_replace(l, noise, "<*>") + "\n";
    return text;
}

// The first line where two transcripts differ, with its neighbours.
std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    std::string text = "first difference at call " + std::to_string(i) + " of " +
                       std::to_string(a.size()) + " / " + std::to_string(b.size()) + "\n";
    for (std::size_t k = i; k < i + 3; ++k) {
        text += "  babeltrace2: " + (k < a.size() ? a[k] : std::string("(none)")) + "\n";
        text += "  fast:        " + (k < b.size() ? b[k] : std::string("(none)")) + "\n";
    }
    return text;
}

// `reader` ("fast" or "auto") gives exactly what the babeltrace2 path gives.
void expect_same_as_babeltrace(const std::vector<std::string>& inputs, const char* reader) {
    Reading bt = read_with("babeltrace", inputs);
    Reading fast = read_with(reader, inputs);
    EXPECT_EQ(joined(fast.result.errors), joined(bt.result.errors));
    EXPECT_EQ(joined(fast.result.traces), joined(bt.result.traces));
    EXPECT_EQ(fast.result.events, bt.result.events);
    EXPECT_EQ(fast.result.other_events, bt.result.other_events);
    EXPECT_EQ(fast.result.complete, bt.result.complete);
    EXPECT_TRUE(fast.calls.lines == bt.calls.lines)
        << first_difference(bt.calls.lines, fast.calls.lines);
}

Output lttng(std::vector<std::string> args) {
    args.insert(args.begin(), {"lttng", "--no-sessiond"});
    return run(args);
}

void lttng_ok(const std::vector<std::string>& args) {
    Output o = lttng(args);
    ASSERT_EQ(o.status, 0) << describe(o);
}

// A session recording wpp and wpp_catalog events with vpid, vtid and procname contexts.
void create_session(const std::string& name, const std::string& output,
                    const std::vector<std::string>& create_extra,
                    const std::vector<std::string>& channel_extra) {
    std::vector<std::string> create = {"create", name, "--output=" + output};
    create.insert(create.end(), create_extra.begin(), create_extra.end());
    lttng_ok(create);
    std::vector<std::string> channel = {"enable-channel", "-u", "-s", name};
    channel.insert(channel.end(), channel_extra.begin(), channel_extra.end());
    channel.push_back("ch");
    lttng_ok(channel);
    lttng_ok({"enable-event", "-u", "-s", name, "-c", "ch", "wpp:*,wpp_catalog:*"});
    lttng_ok({"add-context", "-u", "-s", name, "-c", "ch", "-t", "vpid", "-t", "vtid", "-t",
              "procname"});
    lttng_ok({"start", name});
}

// Runs `processes` emitters at once, each `threads` x `messages`.
void emit(unsigned processes, unsigned threads, unsigned messages) {
    std::vector<std::thread> runners;
    for (unsigned p = 0; p < processes; ++p)
        runners.emplace_back([=] {
            Output o = run({emitter, std::to_string(threads), std::to_string(messages)});
            EXPECT_EQ(o.status, 0) << describe(o);
        });
    for (auto& r : runners) r.join();
}

void stop_and_destroy(const std::string& name) {
    lttng_ok({"stop", name});
    lttng_ok({"destroy", name});
}

TEST(ReaderEquivalence, CommittedIntactTrace) {
    expect_same_as_babeltrace({traces + "/intact"}, "fast");
}

TEST(ReaderEquivalence, IntactTraceNextToTruncatedMetadata) {
    expect_same_as_babeltrace({traces + "/truncated-metadata", traces + "/intact"}, "fast");
}

// babeltrace2 crashes on it; the fast reader finds the damage before reporting anything and
// hands the whole read to babeltrace2, whose result is then the same as forcing babeltrace2.
TEST(ReaderEquivalence, DamagedStreamGoesToBabeltraceWhole) {
    Reading fast = read_with("fast", {traces + "/crash-flipped-stream"});
    ASSERT_EQ(fast.result.errors.size(), 1u);
    EXPECT_NE(fast.result.errors[0].find("the fast trace reader cannot read these traces"),
              std::string::npos)
        << fast.result.errors[0];
    EXPECT_TRUE(fast.calls.lines.empty());
    expect_same_as_babeltrace({traces + "/crash-flipped-stream"}, "auto");
}

TEST(ReaderEquivalence, PerUidSmallChannelWithDiscardedEventsAndSeveralProcesses) {
    TempDir dir;
    create_session("eq-uid", dir / "trace", {}, {"--subbuf-size=4096", "--num-subbuf=2"});
    emit(3, 2, 3000);
    stop_and_destroy("eq-uid");
    Reading fast = read_with("fast", {dir / "trace"});
    EXPECT_GT(fast.calls.lost, 0u) << "the small channel should have discarded events";
    EXPECT_GT(fast.calls.messages, 0u);
    expect_same_as_babeltrace({dir / "trace"}, "fast");
}

TEST(ReaderEquivalence, PerPidBuffers) {
    TempDir dir;
    create_session("eq-pid", dir / "trace", {}, {"--buffers-pid"});
    emit(3, 2, 500);
    stop_and_destroy("eq-pid");
    Reading fast = read_with("fast", {dir / "trace"});
    EXPECT_GE(fast.result.traces.size(), 3u);
    EXPECT_GT(fast.calls.messages, 0u);  // default channels may discard some
    expect_same_as_babeltrace({dir / "trace"}, "fast");
}

// Two snapshots of one session repeat its UUID and many packets: each read once.
TEST(ReaderEquivalence, SnapshotsOfOneSession) {
    TempDir dir;
    create_session("eq-snap", dir / "trace", {"--snapshot"}, {});
    emit(1, 2, 400);
    lttng_ok({"snapshot", "record", "-s", "eq-snap"});
    emit(1, 1, 300);
    lttng_ok({"snapshot", "record", "-s", "eq-snap"});
    stop_and_destroy("eq-snap");
    Reading fast = read_with("fast", {dir / "trace"});
    EXPECT_GE(fast.result.traces.size(), 2u);
    EXPECT_EQ(fast.calls.messages, 2u * 400 + 300);
    expect_same_as_babeltrace({dir / "trace"}, "fast");
}

// A copy of a recorded trace with one stream file cut inside its last packet.
TEST(ReaderEquivalence, StreamCutInsideAPacket) {
    TempDir dir;
    create_session("eq-cut", dir / "trace", {}, {"--subbuf-size=8192"});
    emit(1, 1, 2000);
    stop_and_destroy("eq-cut");
    std::string cut;
    for (const auto& entry : fs::recursive_directory_iterator(dir / "trace"))
        if (entry.is_regular_file() && entry.path().filename().string().starts_with("ch_") &&
            entry.file_size() > 8192)
            cut = entry.path().string();
    ASSERT_FALSE(cut.empty());
    fs::resize_file(cut, fs::file_size(cut) - 100);
    Reading fast = read_with("fast", {dir / "trace"});
    ASSERT_FALSE(fast.result.errors.empty());
    EXPECT_NE(fast.result.errors[0].find("stream ended early"), std::string::npos);
    expect_same_as_babeltrace({dir / "trace"}, "fast");
}

// Metadata the fast reader cannot parse: the read goes to babeltrace2, which fails as it
// always did.
TEST(ReaderEquivalence, CorruptMetadataGoesToBabeltrace) {
    TempDir dir;
    fs::copy(traces + "/intact", dir / "trace", fs::copy_options::recursive);
    std::string metadata = dir / "trace/ust/uid/0/64-bit/metadata";
    std::string bytes = wpptrace::testing::read_file(metadata);
    std::size_t at = bytes.find("variant <id>");
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, 7, "varyant");
    std::ofstream(metadata, std::ios::binary) << bytes;
    Reading fast = read_with("fast", {dir / "trace"});
    ASSERT_FALSE(fast.result.errors.empty());
    EXPECT_NE(fast.result.errors.back().find("fast trace reader cannot"), std::string::npos);
    expect_same_as_babeltrace({dir / "trace"}, "auto");
}

}  // namespace
