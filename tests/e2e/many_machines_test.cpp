// Many machines through one lttng-relayd (issue 14 item 3): 4 "machines", each a private
// lttng-sessiond in its own mount and UTS namespace with its own hostname
// (scripts/relayd-machines), run wpptrace-host with the serial and tracedrv samples and stream
// to one private relayd on loopback. Each machine also records the same events locally: what it
// emitted, read without the relayd. The relayd's output decodes to the union of the machines'
// events, in time order, each with its host; the per-host files and summary match each
// machine's own.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string serial = SERIAL_DRIVER;
const std::string tracedrv = TRACEDRV_DRIVER;
const std::string harness = RELAYD_MACHINES;  // scripts/relayd-machines
constexpr int machine_count = 4;

std::string machine(int i) {
    return "machine" + std::to_string(i);
}

// The JSON lines of a decode: events, then the summary.
struct Decoded {
    std::vector<json> events;
    json summary;
};

Decoded parse_json_lines(const std::string& text) {
    Decoded d;
    for (const auto& line : lines_of(text)) {
        json j = json::parse(line);
        (j["type"] == "summary" ? d.summary : d.events.emplace_back()) = std::move(j);
    }
    return d;
}

Decoded decode_json(const std::string& trace, std::vector<std::string> extra = {}) {
    std::vector<std::string> argv = {tool, "decode", trace, "--json"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    Output o = run(argv);
    EXPECT_EQ(o.status, 0) << describe(o);
    return parse_json_lines(o.stdout_text);
}

// What identifies an event but its time (which each session's clock offset may shift by a few
// ns: LTTng measures the offset anew for every session).
using Identity = std::tuple<std::string, int, int, std::string, std::string, std::string>;
Identity identity(const json& e, const std::string& host) {
    return {host,
            e["pid"].get<int>(),
            e["tid"].get<int>(),
            e["driver"].get<std::string>(),
            e["msg_id"].get<std::string>(),
            e["message"].get<std::string>()};
}

void expect_union_in_time_order(const Decoded& merged, const std::vector<std::string>& local) {
    const int machines = static_cast<int>(local.size());
    std::multimap<Identity, std::int64_t> expected;  // identity -> time_ns on its machine
    for (int i = 1; i <= machines; ++i) {
        const Decoded own = decode_json(local[i - 1]);
        ASSERT_EQ(own.summary["lost_events"], 0);
        ASSERT_EQ(own.summary["per_driver"]["Serial"], 8) << machine(i);
        ASSERT_EQ(own.summary["per_driver"]["tracedrv"], 8) << machine(i);
        EXPECT_FALSE(own.events.front().contains("host")) << "one machine: output as before";
        for (const json& e : own.events)
            expected.emplace(identity(e, machine(i)), e["time_ns"].get<std::int64_t>());
    }
    ASSERT_EQ(merged.events.size(), expected.size());
    std::int64_t previous = 0;
    std::int64_t widest = 0;  // the largest difference, relayd trace - local trace
    for (const json& e : merged.events) {
        const std::int64_t ns = e["time_ns"].get<std::int64_t>();
        EXPECT_GE(ns, previous) << "time order across machines";
        previous = ns;
        auto it = expected.find(identity(e, e["host"].get<std::string>()));
        ASSERT_NE(it, expected.end()) << e.dump();
        // The same instant, each trace's clock offset applied: the two sessions' writes of one
        // call read the clock apart (about a microsecond), and their offsets are measured apart
        // (a few ns); a missing or wrong offset would be off by years.
        const std::int64_t difference = ns - it->second;
        EXPECT_LT(std::abs(difference), 100'000'000) << e.dump();
        if (std::abs(difference) > std::abs(widest)) widest = difference;
        expected.erase(it);
    }
    std::cout << "widest difference, relayd trace - local trace: " << widest << " ns\n";
    EXPECT_TRUE(expected.empty());
    EXPECT_EQ(merged.summary["events"], 16 * machines);
    EXPECT_EQ(merged.summary["lost_events"], 0);
    EXPECT_EQ(merged.summary["lost_packets"], 0);
    EXPECT_EQ(merged.summary["exit_status"], 0);
    for (int i = 1; i <= machines; ++i) {
        const json& h = merged.summary["per_host"][machine(i)];
        EXPECT_EQ(h["events"], 16) << machine(i);
        EXPECT_EQ(h["decoded"], 16) << machine(i);
        EXPECT_EQ(h["lost_events"], 0) << machine(i);
        EXPECT_EQ(h["per_driver"], (json{{"Serial", 8}, {"tracedrv", 8}})) << machine(i);
    }
}

void expect_per_host_files(const std::string& relayd, const std::vector<std::string>& local) {
    const int machines = static_cast<int>(local.size());
    TempDir out;
    Output merged = run({tool, "decode", relayd, "-o", out / "all"});
    ASSERT_EQ(merged.status, 0) << describe(merged);
    for (int i = 1; i <= machines; ++i) {
        Output own = run({tool, "decode", local[i - 1], "-o", out / machine(i)});
        ASSERT_EQ(own.status, 0) << describe(own);
        for (const char* driver : {"Serial", "tracedrv"}) {
            const std::string file = std::string(driver) + ".log";
            EXPECT_FALSE(fs::exists(out / ("all/" + file))) << "per host only";
            const auto mine = lines_of(read_file(out / (machine(i) + "/" + file)));
            const auto theirs = lines_of(read_file(out / ("all/" + machine(i) + "/" + file)));
            ASSERT_EQ(theirs.size(), mine.size()) << machine(i) << ' ' << file;
            for (std::size_t k = 0; k < mine.size(); ++k) {
                // The time may differ in its last digit only when the offsets differ: compare
                // what follows the time, and the host in front.
                EXPECT_EQ(theirs[k].substr(0, machine(i).size() + 1), machine(i) + " ");
                EXPECT_EQ(theirs[k].substr(theirs[k].find(" [", machine(i).size() + 1)),
                          mine[k].substr(mine[k].find(" [")));
            }
        }
    }
    const std::string summary = read_file(out / "all/summary.txt");
    EXPECT_TRUE(contains(summary, "Events: 64, decoded: 64, unknown: 0, format errors: 0\n"))
        << summary;
    for (int i = 1; i <= machines; ++i)
        EXPECT_TRUE(contains(summary, "Host " + machine(i) +
                                          ": 16 events, decoded: 16, unknown: 0, format "
                                          "errors: 0; lost: 0 events, 0 packets\n"
                                          "  [Serial] 8 events\n  [tracedrv] 8 events\n"))
            << summary;
    EXPECT_EQ(lines_of(read_file(out / "all/merged.log")).size(), 64u);
}

void expect_both_readers_alike(const std::string& relayd) {
    for (const std::vector<std::string>& format :
         {std::vector<std::string>{"--csv"}, std::vector<std::string>{"--hires"}}) {
        std::vector<std::string> argv = {"env", "WPPTRACE_READER=babeltrace", tool, "decode",
                                         relayd};
        argv.insert(argv.end(), format.begin(), format.end());
        Output bt = run(argv);
        argv.erase(argv.begin(), argv.begin() + 2);
        Output fast = run(argv);
        ASSERT_EQ(fast.status, 0) << describe(fast);
        EXPECT_EQ(bt.status, 0) << describe(bt);
        EXPECT_EQ(bt.stdout_text, fast.stdout_text);
        EXPECT_EQ(bt.stderr_text, fast.stderr_text);
    }
}

// Each trace's own clock offset applies to its own events: moving one machine's recorded offset
// 5 s later (same number of digits, so the metadata packet keeps its size) moves exactly its
// events 5 s later in the merged output, and no other machine's.
void expect_clock_offset_per_trace(const std::string& relayd, const std::string& scratch) {
    const std::string copy = scratch + "/relayd";
    fs::create_directories(copy);
    fs::copy(relayd, copy, fs::copy_options::recursive);
    std::string metadata;
    for (const auto& entry : fs::recursive_directory_iterator(copy + "/" + machine(1)))
        if (entry.path().filename() == "metadata") metadata = entry.path();
    ASSERT_FALSE(metadata.empty());
    std::string bytes = read_file(metadata);
    const std::size_t at = bytes.find("\toffset = ");
    ASSERT_NE(at, std::string::npos);
    const std::size_t begin = at + 10, end = bytes.find(';', begin);
    const std::string old_offset = bytes.substr(begin, end - begin);
    const std::string new_offset = std::to_string(std::stoull(old_offset) + 5'000'000'000ull);
    ASSERT_EQ(new_offset.size(), old_offset.size());
    bytes.replace(begin, old_offset.size(), new_offset);
    std::ofstream(metadata, std::ios::binary | std::ios::trunc) << bytes;

    std::map<Identity, std::int64_t> before, after;
    for (const json& e : decode_json(relayd).events)
        before[identity(e, e["host"].get<std::string>())] = e["time_ns"].get<std::int64_t>();
    const Decoded moved = decode_json(copy);
    std::int64_t previous = 0;
    for (const json& e : moved.events) {
        const std::int64_t ns = e["time_ns"].get<std::int64_t>();
        EXPECT_GE(ns, previous) << "still merged by time";
        previous = ns;
        const std::string host = e["host"].get<std::string>();
        EXPECT_EQ(ns - before.at(identity(e, host)), host == machine(1) ? 5'000'000'000 : 0)
            << e.dump();
    }
    EXPECT_EQ(moved.events.back()["host"], machine(1)) << "its events now come last";
}

void expect_host_when_asked(const std::string& local2) {
    Output csv = run({tool, "decode", local2, "--csv", "--host"});
    ASSERT_EQ(csv.status, 0) << describe(csv);
    const auto rows = lines_of(csv.stdout_text);
    ASSERT_EQ(rows.size(), 17u);
    EXPECT_TRUE(rows[0].starts_with("sequence,time,time_ns,host,cpu,")) << rows[0];
    EXPECT_TRUE(contains(rows[1], "," + machine(2) + ",")) << rows[1];
    Output text = run({tool, "decode", local2, "--prefix", "%!HOST!|%1!s!|"});
    ASSERT_EQ(text.status, 0) << describe(text);
    EXPECT_TRUE(text.stdout_text.starts_with(machine(2) + "|Serial|")) << text.stdout_text;
}

// One recording (4 s, most of it LTTng's session set-up), every check on it.
TEST(ManyMachines, RelaydOutputOfFourMachinesDecodesToTheirUnionWithHostsFilesAndSummary) {
    TempDir dir;
    const Output recording = run({harness, "-n", std::to_string(machine_count), "-o", dir / "rec",
                                  "--local", "--", host, serial, tracedrv});
    ASSERT_EQ(recording.status, 0) << describe(recording);
    std::vector<std::string> local;
    for (int i = 1; i <= machine_count; ++i) local.push_back(dir / ("rec/local/" + machine(i)));
    const std::string relayd = dir / "rec/relayd";
    {
        SCOPED_TRACE("the merged decode is the union of what each machine emitted, in time order");
        expect_union_in_time_order(decode_json(relayd), local);
    }
    {
        SCOPED_TRACE("-o writes <host>/<Driver>.log, each the machine's own; summary per host");
        expect_per_host_files(relayd, local);
    }
    {
        SCOPED_TRACE("babeltrace2 and the fast reader give the same hosts");
        expect_both_readers_alike(relayd);
    }
    {
        SCOPED_TRACE("each trace's clock offset applies to its own events");
        expect_clock_offset_per_trace(relayd, dir / "offset");
    }
    {
        SCOPED_TRACE("one machine's trace shows its host when asked (--host, %!HOST!)");
        expect_host_when_asked(local[1]);
    }
}

// The same four machines watched live by one decode, started once the sessions exist, while
// each machine runs its drivers only once that decode is attached to its session (relayd allows
// one viewer per session). The live view merges the sessions by time as the relayd's output
// merges offline: every event of every machine, each with its host, in time order, with the
// summary per host, and none out of order (the merge waited for each session's time; the merge
// itself on interleaved sessions: tests/unit/live_merge_test.cpp).
void expect_live_view_is_the_union(const std::string& live_options) {
    TempDir dir;
    const std::string during = "'" + tool + "' decode " + live_options + " --json >'" +
                               (dir / "live.jsonl") + "' 2>'" + (dir / "live.err") + "'";
    const Output recording =
        run({harness, "-n", std::to_string(machine_count), "-o", dir / "rec", "--local", "--live",
             "100000", "--wait-viewers", "1", "--during", during, "--", host, serial, tracedrv});
    const std::string errors = read_file(dir / "live.err");
    ASSERT_EQ(recording.status, 0) << describe(recording) << errors;
    std::vector<std::string> local;
    for (int i = 1; i <= machine_count; ++i) local.push_back(dir / ("rec/local/" + machine(i)));
    expect_union_in_time_order(parse_json_lines(read_file(dir / "live.jsonl")), local);
    EXPECT_FALSE(contains(errors, "out of time order")) << errors;
}

TEST(ManyMachines, LiveDecodeOfEachMachinesSessionMergesThemByTime) {
    expect_live_view_is_the_union("$(printf -- '--live %s ' $SESSION_URLS)");
}

// net://HOST:PORT/host/*/SESSION: every machine's session of that name the relayd lists.
TEST(ManyMachines, LiveDecodeOfEveryHostsSessionByOneUrlMergesThemByTime) {
    expect_live_view_is_the_union("--live \"$RELAYD_LIVE_URL/host/*/wpp\"");
}

// SIGTERM (or Ctrl-C) ends a merged live decode as it ends one session's: every session's reader
// is asked to stop, each says so, and the decode exits 0 with its summary while the machines
// still run.
TEST(ManyMachines, SigtermEndsAMergedLiveDecodeOfEverySessionWithTheSummary) {
    TempDir dir;
    // Once the decode has its four reader children (the children of its threads).
    const std::string during =
        "'" + tool + "' decode $(printf -- '--live %s ' $SESSION_URLS) 2>'" + (dir / "live.err") +
        "' & pid=$!; for _ in $(seq 200); do [ \"$(cat /proc/$pid/task/*/children 2>/dev/null | " +
        "wc -w)\" -ge 4 ] && break; sleep 0.05; done; kill -TERM $pid; wait $pid; echo $? >'" +
        (dir / "status") + "'";
    const Output recording = run({harness, "-n", std::to_string(machine_count), "-o", dir / "rec",
                                  "--live", "100000", "--during", during, "--", "sleep", "4"});
    const std::string errors = read_file(dir / "live.err");
    ASSERT_EQ(recording.status, 0) << describe(recording) << errors;
    EXPECT_EQ(read_file(dir / "status"), "0\n") << errors;
    for (int i = 1; i <= machine_count; ++i)
        EXPECT_TRUE(std::regex_search(
            errors, std::regex("live reading of net://127\\.0\\.0\\.1:[0-9]+/host/" + machine(i) +
                               "/wpp stopped by SIGTERM before the session ended")))
            << errors;
    EXPECT_TRUE(contains(errors, "Processing completed   Events: 0")) << errors;
}

}  // namespace
}  // namespace wpptrace::testing
