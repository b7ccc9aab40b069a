// The fast CTF reader (decoder/src/trace/ctf) against the babeltrace2 path: for every kind of
// trace the tests use, both give the same visitor calls (every field, in order, timestamps to
// the ns) and the same ReadResult. Traces are the committed ones and traces recorded here
// under the private lttng-sessiond: per-UID with a small channel that discards, several
// processes, per-PID buffers, two snapshots of one session, a stream file cut inside a
// packet, a corrupt metadata. Damage the fast reader contains (a cut or damaged packet) costs
// it only that packet; metadata it cannot parse goes to babeltrace2 whole.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "e2e_test.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::testing {
namespace {

namespace fs = std::filesystem;
using wpptrace::decoder::LostFrom;
using wpptrace::decoder::MessageInfo;
using wpptrace::decoder::ModuleInfo;
using wpptrace::decoder::read_traces;
using wpptrace::decoder::ReadResult;
using wpptrace::decoder::TraceVisitor;
using wpptrace::decoder::WppEvent;

// Every call, every field, one line each.
class Transcript : public TraceVisitor {
  public:
    std::vector<std::string> lines;
    std::uint64_t messages = 0, lost = 0;

    void on_message(const WppEvent& e) override {
        std::ostringstream s;
        s << "event " << e.timestamp_ns << " cpu " << e.cpu << " pid " << e.pid << " tid " << e.tid
          << " level " << int{e.level} << " flags " << e.flags << " id " << e.msg_id << " driver '"
          << e.driver << "' proc '" << e.procname << "' args";
        for (auto w : e.args) s << ' ' << w;
        if (!e.host.empty()) s << " host '" << e.host << "'";
        lines.push_back(s.str());
        ++messages;
    }
    void on_catalog_message(MessageInfo m) override {
        std::ostringstream s;
        s << "message " << m.id << ' ' << m.module << ' ' << m.control << ' ' << m.flag_mask << ' '
          << m.file << ':' << m.line << ' ' << m.function << ' ' << m.level << ' ' << m.flags
          << " '" << m.format << "' " << m.types << " attributes " << m.attributes;
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
    void on_discarded_events(std::uint64_t n, bool known, LostFrom from) override {
        lines.push_back("discarded events " + std::to_string(n) + (known ? "" : " (unknown)") +
                        " from " + std::to_string(static_cast<int>(from)));
        lost += n + !known;
    }
    void on_discarded_packets(std::uint64_t n, bool known, LostFrom from) override {
        lines.push_back("discarded packets " + std::to_string(n) + (known ? "" : " (unknown)") +
                        " from " + std::to_string(static_cast<int>(from)));
    }
    void on_malformed_event(std::string_view name, std::string_view why) override {
        lines.push_back("malformed " + std::string(name) + ": " + std::string(why));
    }
    void on_module_lifetime(std::string_view module, std::uint32_t pid, bool started) override {
        lines.push_back((started ? "start " : "end ") + std::string(module) + ' ' +
                        std::to_string(pid));
    }
    // (A trace without a hostname, as the crafted ones here: no line; its events say host ''.)
    void on_trace_host(std::string_view host) override {
        if (host.empty()) return;
        lines.push_back("host '" + std::string(host) + "'");
        hosts.insert(std::string(host));
    }
    std::set<std::string> hosts;
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

// A session recording wpp and wpp_catalog events, with vpid, vtid and procname contexts
// unless `contexts` is false.
void create_session(const std::string& name, const std::string& output,
                    const std::vector<std::string>& create_extra,
                    const std::vector<std::string>& channel_extra, bool contexts = true) {
    std::vector<std::string> create = {"create", name, "--output=" + output};
    create.insert(create.end(), create_extra.begin(), create_extra.end());
    lttng_ok(create);
    std::vector<std::string> channel = {"enable-channel", "-u", "-s", name};
    channel.insert(channel.end(), channel_extra.begin(), channel_extra.end());
    channel.push_back("ch");
    lttng_ok(channel);
    lttng_ok({"enable-event", "-u", "-s", name, "-c", "ch", "wpp:*,wpp_catalog:*"});
    if (contexts)
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

// ---- a trace written here, bit by bit: what LTTng 2.13 does not write by itself ------------

// Compact event headers (5-bit id, 27-bit timestamp or the extended form), a clock with an
// offset in seconds and cycles, a lost packet and discarded events.
const char* const compact_metadata = R"(/* CTF 1.8 */
typealias integer { size = 8; align = 8; signed = false; } := uint8_t;
typealias integer { size = 32; align = 8; signed = false; } := uint32_t;
typealias integer { size = 64; align = 8; signed = false; } := uint64_t;
typealias integer { size = 5; align = 1; signed = false; } := uint5_t;
typealias integer { size = 27; align = 1; signed = false; map = clock.mono.value; } := ts27_t;
typealias integer { size = 64; align = 8; signed = false; map = clock.mono.value; } := ts64_t;
trace {
    major = 1; minor = 8;
    uuid = "0badc0de-1234-4cde-8f00-0123456789ab";
    byte_order = le;
    packet.header := struct { uint32_t magic; uint8_t uuid[16]; uint32_t stream_id;
                              uint64_t stream_instance_id; };
};
clock { name = mono; freq = 1000000000; offset_s = 1700000000; offset = 1500000007; };
stream {
    id = 0;
    event.header := struct {
        enum : uint5_t { compact = 0 ... 30, extended = 31 } id;
        variant <id> {
            struct { ts27_t timestamp; } compact;
            struct { uint32_t id; ts64_t timestamp; } extended;
        } v;
    } align(8);
    packet.context := struct { ts64_t timestamp_begin; ts64_t timestamp_end;
        uint64_t content_size; uint64_t packet_size; uint64_t packet_seq_num;
        uint64_t events_discarded; uint32_t cpu_id; };
    event.context := struct {
        integer { size = 32; align = 8; signed = 1; } _vpid;
        integer { size = 32; align = 8; signed = 1; } _vtid;
        integer { size = 8; align = 8; signed = 1; encoding = UTF8; } _procname[17];
    };
};
event { name = "wpp:information"; id = 0; stream_id = 0; fields := struct {
    uint64_t _msg_id; enum : uint8_t { NONE = 0, INFORMATION = 4 } _level; uint32_t _flags;
    string _driver; uint32_t __args_length; uint64_t _args[ __args_length ]; }; };
event { name = "other:thing"; id = 40; stream_id = 0; fields := struct { uint32_t _x; }; };
)";

// Bits as CTF packs them: little-endian from each byte's lowest bit, big-endian from its
// highest bit, most significant first.
class BitWriter {
  public:
    explicit BitWriter(bool big_endian = false) : big_endian_(big_endian) {}
    std::vector<std::uint8_t> bytes;
    std::uint64_t bit = 0;
    void put(std::uint64_t value, unsigned size) {
        for (unsigned i = 0; i < size; ++i, ++bit) {
            if (bit / 8 >= bytes.size()) bytes.push_back(0);
            unsigned from = big_endian_ ? size - 1 - i : i;
            unsigned to = big_endian_ ? 7 - bit % 8 : bit % 8;
            if ((value >> from) & 1) bytes[bit / 8] |= static_cast<std::uint8_t>(1u << to);
        }
    }
    void align(unsigned bits) {
        while (bit % bits) put(0, 1);
    }
    void text(const std::string& s, std::size_t room) {  // room 0: NUL-terminated
        align(8);
        for (char c : s) put(static_cast<std::uint8_t>(c), 8);
        for (std::size_t i = s.size(); i < (room ? room : s.size() + 1); ++i) put(0, 8);
    }
    void set64(std::uint64_t byte, std::uint64_t value) {
        for (int i = 0; i < 8; ++i)
            bytes[byte + i] =
                static_cast<std::uint8_t>(value >> (big_endian_ ? 56 - 8 * i : 8 * i));
    }

  private:
    bool big_endian_;
};

struct SyntheticEvent {
    unsigned id;         // 0: wpp:information, 40: other:thing
    bool extended;       // the 64-bit header form
    std::uint64_t time;  // cycles: the low 27 bits only in the compact form
};

// One packet of the stream: header, context, events; padded to a whole 256 bytes.
void put_packet(BitWriter& w, std::uint64_t begin, std::uint64_t end, std::uint64_t seq,
                std::uint64_t discarded, const std::vector<SyntheticEvent>& events,
                std::uint64_t instance = 7) {
    std::uint64_t start = w.bytes.size();
    w.put(0xC1FC1FC1, 32);
    const std::uint8_t uuid[16] = {0x0b, 0xad, 0xc0, 0xde, 0x12, 0x34, 0x4c, 0xde,
                                   0x8f, 0x00, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab};
    for (auto b : uuid) w.put(b, 8);
    w.put(0, 32);         // stream id
    w.put(instance, 64);  // stream instance id
    w.put(begin, 64);
    w.put(end, 64);
    std::uint64_t sizes = w.bytes.size();
    w.put(0, 64);  // content size, set below
    w.put(0, 64);  // packet size
    w.put(seq, 64);
    w.put(discarded, 64);
    w.put(1, 32);  // cpu
    std::uint64_t n = 0;
    for (const auto& e : events) {
        w.align(8);
        if (e.extended) {
            w.put(31, 5);
            w.align(8);
            w.put(e.id, 32);
            w.put(e.time, 64);
        } else {
            w.put(e.id, 5);
            w.put(e.time & ((1u << 27) - 1), 27);
        }
        w.put(4242, 32);
        w.put(4243, 32);
        w.text("synthetic", 17);
        if (e.id == 40) {
            w.put(n, 32);
        } else {
            w.put(0x1234500000000000ull + n, 64);
            w.put(4, 8);
            w.put(1, 32);
            w.text("Synth", 0);
            w.put(2, 32);
            w.put(n, 64);
            w.put(~n, 64);
        }
        ++n;
    }
    std::uint64_t content = w.bit - start * 8;
    w.align(8);
    while ((w.bytes.size() - start) % 256) w.put(0, 8);
    w.set64(sizes, content);
    w.set64(sizes + 8, (w.bytes.size() - start) * 8);
}

void check_compact_trace(bool big_endian) {
    TempDir dir;
    fs::create_directories(dir / "trace");
    std::string metadata = compact_metadata;
    if (big_endian) metadata.replace(metadata.find("byte_order = le"), 15, "byte_order = be");
    std::ofstream(dir / "trace/metadata") << metadata;
    BitWriter w(big_endian);
    const std::uint64_t t = (std::uint64_t{5} << 27) + 100;
    // 27-bit values: 200 extends t; 50 is below the clock's low bits, so the clock wrapped.
    put_packet(w, t, t + (std::uint64_t{3} << 27), 0, 0,
               {{0, false, t + 100},
                {0, false, 50},
                {40, true, t + (std::uint64_t{2} << 27)},
                {0, false, 10}});
    // Packet 1 lost; 3 more events discarded by the time packet 2 closed.
    const std::uint64_t u = t + (std::uint64_t{9} << 27);
    put_packet(w, u, u + 1000, 2, 3, {{0, false, u + 5}, {0, true, u + 700}});
    std::ofstream(dir / "trace/ch_0", std::ios::binary)
        .write(reinterpret_cast<const char*>(w.bytes.data()),
               static_cast<std::streamsize>(w.bytes.size()));
    // A second stream whose first packet already counts discarded events (babeltrace2 knows
    // no count then) and whose events have the same times as the first stream's.
    BitWriter w2(big_endian);
    put_packet(w2, t, t + 1000, 0, 5, {{0, false, t + 100}, {0, true, t + 300}}, 6);
    std::ofstream(dir / "trace/ch_1", std::ios::binary)
        .write(reinterpret_cast<const char*>(w2.bytes.data()),
               static_cast<std::streamsize>(w2.bytes.size()));
    Reading both = read_with("fast", {dir / "trace"});
    EXPECT_EQ(both.calls.lines.size(), 10u) << joined(both.calls.lines);
    EXPECT_NE(joined(both.calls.lines).find("discarded events 0 (unknown)"), std::string::npos);
    expect_same_as_babeltrace({dir / "trace"}, "fast");
    fs::remove(dir / "trace/ch_1");

    Reading fast = read_with("fast", {dir / "trace"});
    EXPECT_TRUE(fast.result.complete) << joined(fast.result.errors);
    EXPECT_EQ(fast.result.events, 6u);
    EXPECT_EQ(fast.result.other_events, 1u);
    ASSERT_EQ(fast.calls.lines.size(), 7u) << joined(fast.calls.lines);
    // offset_s 1700000000 and 1500000007 cycles at 1 GHz: 1700000001.500000007 s
    auto at = [](std::uint64_t cycles) {
        return "event " + std::to_string(1700000001500000007 + cycles) + " ";
    };
    EXPECT_TRUE(fast.calls.lines[0].starts_with(at(t + 100))) << fast.calls.lines[0];
    EXPECT_TRUE(fast.calls.lines[1].starts_with(at((std::uint64_t{6} << 27) + 50)))
        << fast.calls.lines[1];
    // after the extended header's full timestamp (7 << 27) + 100, 10 wraps once more
    EXPECT_TRUE(fast.calls.lines[2].starts_with(at((std::uint64_t{8} << 27) + 10)))
        << fast.calls.lines[2];
    EXPECT_EQ(fast.calls.lines[3], "discarded events 3 from 1");
    EXPECT_EQ(fast.calls.lines[4], "discarded packets 1 from 1");
    EXPECT_NE(
        fast.calls.lines[5].find("driver 'Synth' proc 'synthetic' args 0 18446744073709551615"),
        std::string::npos)
        << fast.calls.lines[5];
    expect_same_as_babeltrace({dir / "trace"}, "fast");
}

TEST(ReaderEquivalence, CompactHeadersWrapAroundAndLosses) {
    check_compact_trace(false);
}

// The same trace in big-endian byte order: bit fields from each byte's highest bit.
TEST(ReaderEquivalence, BigEndianTrace) {
    check_compact_trace(true);
}

TEST(ReaderEquivalence, CommittedIntactTrace) {
    expect_same_as_babeltrace({traces + "/intact"}, "fast");
}

// A copy of the intact trace under another trace UUID (lower than the original's, so that UUID
// order is not the order of the inputs): its text in the metadata and its 16 bytes in every
// packet header of the metadata and the streams. Its streams' instance ids (the packet header's
// stream_instance_id; the index, which repeats it, is left out) also move 2 up, so that each
// event's twin in the original has the lower instance id: only the trace puts the copy first.
// Its host is "cp" (the original's "vm"), which tells the twins apart.
void copy_with_uuid(const std::string& from, const std::string& to, const std::string& uuid) {
    namespace fs = std::filesystem;
    fs::copy(from, to, fs::copy_options::recursive);
    const std::string metadata = read_file(to + "/ust/uid/0/64-bit/metadata");
    const std::smatch found = [&] {
        std::smatch m;
        std::regex_search(metadata, m, std::regex("uuid = \"([0-9a-f-]{36})\""));
        return m;
    }();
    ASSERT_FALSE(found.empty());
    const auto bytes_of = [](std::string text) {
        std::erase(text, '-');
        std::string bytes;
        for (std::size_t i = 0; i < text.size(); i += 2)
            bytes.push_back(static_cast<char>(std::stoi(text.substr(i, 2), nullptr, 16)));
        return bytes;
    };
    const std::string old_text = found[1], old_bytes = bytes_of(old_text);
    const std::string new_bytes = bytes_of(uuid);
    for (const auto& entry : fs::recursive_directory_iterator(to)) {
        if (!entry.is_regular_file()) continue;
        std::string content = read_file(entry.path());
        for (const auto& [a, b] :
             {std::pair{old_text, uuid}, std::pair{old_bytes, new_bytes},
              std::pair{std::string("hostname = \"vm\""), std::string("hostname = \"cp\"")}})
            for (std::size_t at = content.find(a); at != std::string::npos;
                 at = content.find(a, at))
                content.replace(at, a.size(), b);
        if (entry.path().filename().string().starts_with("channel0_")) {
            // Each packet: magic, uuid, u32 stream_id, then the u64 stream_instance_id.
            const std::string header = std::string("\xc1\x1f\xfc\xc1", 4) + new_bytes;
            for (std::size_t at = content.find(header); at != std::string::npos;
                 at = content.find(header, at + 1)) {
                std::uint64_t instance = 0;
                std::memcpy(&instance, content.data() + at + 24, 8);
                instance += 2;
                std::memcpy(content.data() + at + 24, &instance, 8);
            }
        }
        std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << content;
    }
    fs::remove_all(to + "/ust/uid/0/64-bit/index");
}

// Every event of the copy has a twin of the same time in the original: the muxer breaks such ties
// by trace (UUID order) before stream, as babeltrace2 does (CI: two machines' events of one
// nanosecond, on different CPUs, came out in another order).
TEST(ReaderEquivalence, EventsOfTheSameTimeInTwoTracesComeInTheMuxersOrder) {
    TempDir dir;
    std::filesystem::copy(traces + "/intact", dir / "original",
                          std::filesystem::copy_options::recursive);
    copy_with_uuid(traces + "/intact", dir / "copy", "00000000-0000-4000-8000-000000000001");
    expect_same_as_babeltrace({dir / "original", dir / "copy"}, "fast");
    const Reading fast = read_with("fast", {dir / "original", dir / "copy"});
    EXPECT_EQ(fast.result.traces.size(), 2u) << joined(fast.result.traces);
    EXPECT_EQ(std::count_if(fast.calls.lines.begin(), fast.calls.lines.end(),
                            [](const std::string& l) { return l.starts_with("event "); }),
              32);
}

// The lines of a transcript but its loss reports: where the fast reader contains damage that
// babeltrace2 cannot read past, it reports more losses (the damaged packets), never other events.
std::vector<std::string> without_losses(const std::vector<std::string>& lines) {
    std::vector<std::string> kept;
    for (const auto& l : lines)
        if (!l.starts_with("discarded ")) kept.push_back(l);
    return kept;
}

// babeltrace2 leaves the trace whose metadata is cut inside its first packet out; the fast
// reader reads its whole declarations (no stream class: its packets are lost). The intact
// trace gives the same calls.
TEST(ReaderEquivalence, IntactTraceNextToTruncatedMetadata) {
    Reading bt = read_with("babeltrace", {traces + "/truncated-metadata", traces + "/intact"});
    Reading fast = read_with("fast", {traces + "/truncated-metadata", traces + "/intact"});
    EXPECT_EQ(fast.result.events, bt.result.events);
    EXPECT_TRUE(without_losses(fast.calls.lines) == without_losses(bt.calls.lines))
        << first_difference(without_losses(bt.calls.lines), without_losses(fast.calls.lines));
}

// babeltrace2 crashes on it; the fast reader contains the damage to its packet and never hands
// the trace to babeltrace2 (containment_test.cpp reads it beside an intact stream).
TEST(ReaderEquivalence, DamagedStreamIsContainedByTheFastReader) {
    Reading fast = read_with("auto", {traces + "/crash-flipped-stream"});
    ASSERT_FALSE(fast.result.errors.empty());
    for (const auto& e : fast.result.errors) {
        EXPECT_EQ(e.find("the fast trace reader cannot read these traces"), std::string::npos) << e;
        EXPECT_EQ(e.find("babeltrace2"), std::string::npos) << e;
    }
    // Its one packet with messages is the damaged one: lost, and said so.
    EXPECT_NE(
        std::find(fast.calls.lines.begin(), fast.calls.lines.end(), "discarded packets 1 from 3"),
        fast.calls.lines.end())
        << joined(fast.calls.lines);
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

// A pause longer than 2^32 ns between two runs in one packet: the large event header's 32-bit
// timestamps then cannot extend the previous full one (LTTng writes a 64-bit one), and no
// context at all in the event records.
// Three machines (private session daemons in their own UTS namespaces, scripts/relayd-machines)
// streaming to one relayd: every event and loss comes with its machine's hostname, from each
// trace's metadata, alike in both readers; events of the machines interleave by time.
TEST(ReaderEquivalence, RelaydOutputOfSeveralMachinesGivesEachEventItsHost) {
    TempDir dir;
    Output o = run({RELAYD_MACHINES, "-n", "3", "-o", dir / "rec", "--name", "eq", "--subbuf",
                    "4096", "--num-subbuf", "2", "--", emitter, "2", "2000", "2000"});
    ASSERT_EQ(o.status, 0) << describe(o);
    Reading fast = read_with("fast", {dir / "rec/relayd"});
    EXPECT_EQ(fast.calls.hosts, (std::set<std::string>{"eq1", "eq2", "eq3"}));
    std::size_t changes = 0;
    for (const auto& line : fast.calls.lines) changes += line.starts_with("host '");
    EXPECT_GT(changes, 3u) << "the machines' events interleave";
    EXPECT_GT(fast.calls.messages, 0u);
    expect_same_as_babeltrace({dir / "rec/relayd"}, "fast");
}

TEST(ReaderEquivalence, PauseLongerThanNarrowTimestampsWithoutContexts) {
    TempDir dir;
    create_session("eq-pause", dir / "trace", {}, {"--subbuf-size=1M"}, false);
    emit(1, 2, 300);
    std::this_thread::sleep_for(std::chrono::milliseconds(4500));
    emit(1, 1, 300);
    stop_and_destroy("eq-pause");
    Reading fast = read_with("fast", {dir / "trace"});
    EXPECT_EQ(fast.calls.messages, 900u);
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
    // The same events; the fast reader also counts the cut packet as lost.
    Reading bt = read_with("babeltrace", {dir / "trace"});
    EXPECT_EQ(fast.result.events, bt.result.events);
    EXPECT_TRUE(without_losses(fast.calls.lines) == without_losses(bt.calls.lines))
        << first_difference(without_losses(bt.calls.lines), without_losses(fast.calls.lines));
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
}  // namespace wpptrace::testing
