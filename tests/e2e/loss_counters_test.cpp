// Loss counters that cannot be true are corruption, not losses (issue 13, item 9): a packet
// sequence number that goes back or jumps further than time allows, a discarded-events counter
// that decreases; and a packet context whose cpu_id is not its stream's. A real recording with
// a small channel (several packets, discarded events), copied and changed here, read by both
// readers. Runs under its own lttng-sessiond.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

namespace fs = std::filesystem;

// LTTng-UST's packet layout on x86_64: packet_size (bits) at 56, packet_seq_num at 64,
// events_discarded at 72, all u64 little-endian; cpu_id, u32, at 80.
constexpr std::size_t size_at = 56, seq_at = 64, discarded_at = 72, cpu_at = 80;

std::uint64_t u64(const std::string& bytes, std::size_t at) {
    std::uint64_t v;
    std::memcpy(&v, bytes.data() + at, 8);
    return v;
}
void set_u64(std::string& bytes, std::size_t at, std::uint64_t v) {
    std::memcpy(bytes.data() + at, &v, 8);
}

// Packet offsets of one stream file.
std::vector<std::size_t> packets_of(const std::string& bytes) {
    std::vector<std::size_t> packets;
    for (std::size_t at = 0; at + 80 <= bytes.size(); at += u64(bytes, at + size_at) / 8) {
        packets.push_back(at);
        if (u64(bytes, at + size_at) < 8 * 80) break;
    }
    return packets;
}

struct Recording {
    TempDir dir;
    std::string stream;  // a stream file of two packets or more, relative to the trace
};

// A copy of the recording with `change` applied to the packets (offsets) of its stream.
std::string mutant(
    const Recording& r, const std::string& name,
    const std::function<void(std::string&, const std::vector<std::size_t>&)>& change) {
    const std::string copy = r.dir / name;
    fs::copy(r.dir / "trace", copy, fs::copy_options::recursive);
    std::string bytes = read_file(copy + "/" + r.stream);
    change(bytes, packets_of(bytes));
    std::ofstream(copy + "/" + r.stream, std::ios::binary) << bytes;
    return copy;
}

TEST(LossCounters, ImpossibleCountersAreReportedAsCorruptionNeverAsLosses) {
    Recording r;
    // Eight sub-buffers: the ring alone holds more than three packets, which `lttng stop`
    // writes however slowly the consumer ran before (on a loaded machine it may write none).
    Output rec = run({tool, "record", "-o", r.dir / "trace", "--subbuf-size", "4096",
                      "--num-subbuf", "8", "--", emitter, "1", "20000"});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    for (const auto& entry : fs::recursive_directory_iterator(r.dir / "trace")) {
        if (!entry.is_regular_file() || entry.path().filename() == "metadata" ||
            entry.path().extension() == ".idx")
            continue;
        if (packets_of(read_file(entry.path())).size() >= 3) {
            r.stream = fs::relative(entry.path(), r.dir / "trace");
            break;
        }
    }
    ASSERT_FALSE(r.stream.empty()) << "no stream of three packets to change";

    struct Case {
        std::string name;
        std::function<void(std::string&, const std::vector<std::size_t>&)> change;
        std::string warning;  // in the fast reader's words
    };
    const std::vector<Case> cases = {
        // The case: the last sequence number zeroed after a higher one.
        {"seq-back",
         [](std::string& b, const std::vector<std::size_t>& p) {
             set_u64(b, p[0] + seq_at, 6);
             set_u64(b, p[1] + seq_at, 0);
         },
         "its sequence number goes back from 6 to 0"},
        {"seq-jump",
         [](std::string& b, const std::vector<std::size_t>& p) {
             set_u64(b, p[1] + seq_at, u64(b, p[0] + seq_at) + (std::uint64_t{1} << 40));
         },
         "its sequence number jumps from"},
        {"discarded-back",
         [](std::string& b, const std::vector<std::size_t>& p) {
             // From 0 in the first packet, so that babeltrace2's differences give every value.
             for (std::size_t i = 0; i < p.size(); ++i)
                 set_u64(b, p[i] + discarded_at, i ? 7000 + i : 0);
             set_u64(b, p[2] + discarded_at, 2000);
         },
         "its discarded-events counter goes back"},
    };
    for (const Case& c : cases) {
        const std::string trace = mutant(r, c.name, c.change);
        for (const std::string reader : {"fast", "babeltrace"}) {
            SCOPED_TRACE(c.name + " read by " + reader);
            Output text =
                run({"env", "WPPTRACE_READER=" + reader, tool, "decode", trace, "--summary-only"});
            EXPECT_EQ(text.status, 1) << describe(text);
            // (a later packet may be counted against the changed one too)
            EXPECT_TRUE(contains(text.stdout_text, "Corrupt loss counters: ")) << describe(text);
            EXPECT_TRUE(contains(text.stdout_text, "corrupt, no loss counted")) << describe(text);
            if (reader == "fast") {
                EXPECT_TRUE(contains(text.stdout_text, c.warning)) << describe(text);
            }
            // Never an absurd count: 2^63 and more would have 19 or 20 digits.
            EXPECT_FALSE(contains(text.stdout_text, "1844674407")) << describe(text);
            EXPECT_TRUE(contains(text.stdout_text, "Lost: ")) << describe(text);
            const std::string lost = text.stdout_text.substr(text.stdout_text.find("Lost: "));
            EXPECT_LT(lost.find(" packets"), 40u) << lost;
            EXPECT_FALSE(contains(lost.substr(0, lost.find('\n')), "1099511627")) << lost;
        }
    }
}

// A stream is one CPU's ring buffer: a packet whose cpu_id says another CPU than the rest of
// its stream is a corrupt packet context, lost alone (its events would be shown on the wrong
// CPU), not read as if it were true.
TEST(LossCounters, APacketWhoseCpuIsNotItsStreamsIsLostAlone) {
    Recording r;
    Output rec = run({tool, "record", "-o", r.dir / "trace", "--subbuf-size", "4096",
                      "--num-subbuf", "8", "--", emitter, "1", "20000"});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    for (const auto& entry : fs::recursive_directory_iterator(r.dir / "trace"))
        if (entry.is_regular_file() && entry.path().filename() != "metadata" &&
            entry.path().extension() != ".idx" && r.stream.empty() &&
            packets_of(read_file(entry.path())).size() >= 3)
            r.stream = fs::relative(entry.path(), r.dir / "trace");
    ASSERT_FALSE(r.stream.empty()) << "no stream of three packets to change";
    const std::string intact = r.dir / "trace";
    Output before = run({tool, "decode", intact, "--summary-only"});
    const std::string trace =
        mutant(r, "cpu", [](std::string& b, const std::vector<std::size_t>& p) {
            b[p[1] + cpu_at] = static_cast<char>(b[p[1] + cpu_at] ^ 0x40);
        });
    Output o = run({tool, "decode", trace, "--summary-only"});
    EXPECT_EQ(o.status, 1) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text + o.stderr_text, "is not its stream's")) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text, " 1 packets")) << describe(o);
    EXPECT_FALSE(contains(before.stdout_text + before.stderr_text, "is not its stream's"))
        << describe(before);
}

// LTTng-UST itself writes a discarded-events counter of 0 now and then in one packet of a
// stream that lost events (seen with 4 KiB sub-buffers, tests/stress): not corruption, and the
// losses still add up exactly, counted from the highest value.
TEST(LossCounters, AZeroCounterInOnePacketIsLttngsOwnAndCountsExactly) {
    Recording r;
    // Eight sub-buffers: the ring alone holds more than three packets, which `lttng stop`
    // writes however slowly the consumer ran before (on a loaded machine it may write none).
    Output rec = run({tool, "record", "-o", r.dir / "trace", "--subbuf-size", "4096",
                      "--num-subbuf", "8", "--", emitter, "1", "20000"});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    for (const auto& entry : fs::recursive_directory_iterator(r.dir / "trace"))
        if (entry.is_regular_file() && entry.path().filename() != "metadata" &&
            entry.path().extension() != ".idx" && r.stream.empty() &&
            packets_of(read_file(entry.path())).size() >= 3)
            r.stream = fs::relative(entry.path(), r.dir / "trace");
    ASSERT_FALSE(r.stream.empty()) << "no stream of three packets to change";
    // Only this stream loses events: 100 before the first packet, then up to 300 at the last.
    for (const auto& entry : fs::recursive_directory_iterator(r.dir / "trace"))
        if (entry.is_regular_file() && entry.path().filename() != "metadata" &&
            entry.path().extension() != ".idx") {
            std::string bytes = read_file(entry.path());
            for (std::size_t at : packets_of(bytes)) set_u64(bytes, at + discarded_at, 0);
            std::ofstream(entry.path(), std::ios::binary) << bytes;
        }
    const std::string trace =
        mutant(r, "zero-in-the-middle", [](std::string& b, const std::vector<std::size_t>& p) {
            for (std::size_t i = 0; i < p.size(); ++i) set_u64(b, p[i] + discarded_at, 300);
            set_u64(b, p[0] + discarded_at, 100);
            set_u64(b, p[1] + discarded_at, 0);
        });
    for (const std::string reader : {"fast", "babeltrace"}) {
        SCOPED_TRACE(reader);
        Output o =
            run({"env", "WPPTRACE_READER=" + reader, tool, "decode", trace, "--summary-only"});
        EXPECT_TRUE(contains(o.stdout_text,
                             "Lost: 200 events, 0 packets (and losses the trace "
                             "did not count)"))
            << describe(o);
        EXPECT_FALSE(contains(o.stdout_text, "Corrupt")) << describe(o);
    }
}

}  // namespace
}  // namespace wpptrace::testing
