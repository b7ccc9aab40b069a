// End-to-end: `wpptrace record` no longer records the procname context on every message (it
// costs more than vpid and vtid together, bench/RESULTS.md "Contexts"); the decoder names each
// process from LTTng-UST's state dump (lttng_ust_statedump:procname) instead. Proof that nothing
// a user sees changes: the same run of the samples is recorded at once by a session set up as
// `record` set it up before (procname on every message) and by `wpptrace record`, and both
// traces decode to the same text, CSV, JSON, per-driver files and summary, with either reader.
// Two recordings cannot share their times (each session reads the clock for its own copy of an
// event), so times, and the sequence numbers that follow from merging threads by time, are left
// out of the comparison; every other field, the process name first, must be equal byte for byte.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

using nlohmann::json;

Output lttng(std::vector<std::string> args) {
    args.insert(args.begin(), {"lttng", "--no-sessiond"});
    return run(args);
}

void lttng_ok(const std::vector<std::string>& args) {
    Output o = lttng(args);
    ASSERT_EQ(o.status, 0) << describe(o);
}

// What `wpptrace record` created before: the message channel and the catalog channel (with the
// state dump), each with the contexts vpid, vtid and procname.
void start_session_as_before(const std::string& name, const std::string& output) {
    lttng_ok({"create", name, "--output=" + output});
    lttng_ok({"enable-channel", "-u", "-s", name, "wpp"});
    lttng_ok({"enable-event", "-u", "-s", name, "-c", "wpp", "wpp:*"});
    lttng_ok({"enable-channel", "-u", "-s", name, "--subbuf-size", "1048576", "--num-subbuf", "4",
              "wpp_catalog"});
    lttng_ok({"enable-event", "-u", "-s", name, "-c", "wpp_catalog", "wpp_catalog:*"});
    lttng_ok({"add-context", "-u", "-s", name, "-c", "wpp_catalog", "-t", "vpid", "-t", "vtid",
              "-t", "procname"});
    lttng_ok({"enable-event", "-u", "-s", name, "-c", "wpp_catalog", "lttng_ust_statedump:*"});
    lttng_ok({"add-context", "-u", "-s", name, "-c", "wpp", "-t", "vpid", "-t", "vtid", "-t",
              "procname"});
    lttng_ok({"start", name});
}

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

// How many stream classes (channels) of the traces under `trace` have the procname context.
std::size_t channels_with_procname(const std::string& trace) {
    // babeltrace2 prints the metadata as text (lttng-relayd writes it in packets).
    Output o = run({"sh", "-c",
                    "find \"$0\" -name metadata -path '*/ust/uid/*' | while read -r m; do "
                    "babeltrace2 -o ctf-metadata \"${m%/metadata}\" || exit 1; done",
                    trace});
    EXPECT_EQ(o.status, 0) << describe(o);
    const std::string& metadata = o.stdout_text;
    std::size_t n = 0;
    for (std::size_t at = metadata.find("\nstream {"); at != std::string::npos;
         at = metadata.find("\nstream {", at + 1)) {
        const std::size_t end = metadata.find("\n};", at);
        if (metadata.substr(at, end - at).find("_procname[") != std::string::npos) ++n;
    }
    return n;
}

// Lines that begin with "PID TID ", in a stable order by process and thread: each thread's
// messages keep their order, threads that ran at once may interleave differently by a few
// nanoseconds in two recordings.
std::string by_thread(const std::string& text) {
    std::vector<std::string> lines = lines_of(text);
    std::stable_sort(lines.begin(), lines.end(), [](const std::string& a, const std::string& b) {
        return a.substr(0, a.find(' ', a.find(' ') + 1)) <
               b.substr(0, b.find(' ', b.find(' ') + 1));
    });
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

// An RFC 4180 record split into fields (the samples' CSV has quoted commas, no line breaks).
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"') quoted = !quoted;
        if (c == ',' && !quoted)
            fields.emplace_back();
        else
            fields.back() += c;
    }
    return fields;
}

// CSV rows without sequence, time and time_ns, as "pid tid rest" lines (the header dropped).
std::string csv_without_times(const std::string& csv) {
    std::string out;
    for (const auto& line : lines_of(csv)) {
        if (line.starts_with("sequence,")) continue;
        std::vector<std::string> f = csv_fields(line);
        EXPECT_GE(f.size(), 7u) << line;
        if (f.size() < 7) continue;
        out += f[4] + " " + f[5];
        for (std::size_t i = 3; i < f.size(); ++i) out += "," + f[i];
        out += "\n";
    }
    return by_thread(out);
}

// JSON lines without sequence, time and time_ns, as "pid tid {object}" lines; the summary line
// kept whole.
std::string json_without_times(const std::string& lines) {
    std::string events, summary;
    for (const auto& line : lines_of(lines)) {
        json j = json::parse(line);
        if (j["type"] != "event") {
            summary += line + "\n";
            continue;
        }
        const std::string who =
            std::to_string(j["pid"].get<long>()) + " " + std::to_string(j["tid"].get<long>()) + " ";
        j.erase("sequence");
        j.erase("time");
        j.erase("time_ns");
        events += who + j.dump() + "\n";
    }
    return by_thread(events) + summary;
}

// What a user sees of one trace, times and sequence numbers left out.
struct Decoded {
    std::string text, csv, json, driver_files, summary;
};

// The text prefix: every field of the default one but the time, and the rest of the codes.
const std::string kPrefix = "%8!d! %3!d! [%9!d!] [%1!s!] %2!s! %!FUNC! %!LEVEL! %!FLAGS!: ";

Decoded decode_all(const std::string& trace, const std::string& scratch, const char* reader) {
    setenv("WPPTRACE_READER", reader, 1);
    Decoded d;
    Output text = run({tool, "decode", trace, "--prefix", kPrefix});
    EXPECT_EQ(text.status, 0) << describe(text);
    d.text = by_thread(text.stdout_text);
    d.summary = text.stderr_text;
    Output csv = run({tool, "decode", trace, "--csv", "-q"});
    EXPECT_EQ(csv.status, 0) << describe(csv);
    d.csv = csv_without_times(csv.stdout_text);
    Output js = run({tool, "decode", trace, "--json", "-q"});
    EXPECT_EQ(js.status, 0) << describe(js);
    d.json = json_without_times(js.stdout_text);
    Output files = run({tool, "decode", trace, "--csv", "-o", scratch});
    EXPECT_EQ(files.status, 0) << describe(files);
    for (const char* name : {"Serial.csv", "Toaster.csv", "tracedrv.csv"})
        d.driver_files +=
            std::string(name) + ":\n" + csv_without_times(read_file(scratch + "/" + name));
    d.driver_files += "summary.txt:\n" + read_file(scratch + "/summary.txt");
    unsetenv("WPPTRACE_READER");
    return d;
}

void expect_same(const Decoded& before, const Decoded& now, const char* reader) {
    EXPECT_EQ(now.text, before.text) << reader;
    EXPECT_EQ(now.csv, before.csv) << reader;
    EXPECT_EQ(now.json, before.json) << reader;
    EXPECT_EQ(now.driver_files, before.driver_files) << reader;
    EXPECT_EQ(now.summary, before.summary) << reader;
}

// `wpptrace record -o TRACE -- COMMAND`, then the end of the session "before".
void record_now(const std::string& trace, const std::vector<std::string>& command) {
    std::vector<std::string> argv = {tool, "record", "-o", trace, "--"};
    argv.insert(argv.end(), command.begin(), command.end());
    Output rec = run(argv);
    ASSERT_EQ(rec.status, 0) << describe(rec);
    lttng_ok({"stop", "before"});
    lttng_ok({"destroy", "before"});
}

// The process column of each CSV row, then its message: "process: message" lines.
std::string processes_and_messages(const std::string& trace) {
    Output csv = run({tool, "decode", trace, "--csv", "-q"});
    EXPECT_EQ(csv.status, 0) << describe(csv);
    std::string out;
    for (const auto& line : lines_of(csv.stdout_text)) {
        if (line.starts_with("sequence,")) continue;
        const std::vector<std::string> f = csv_fields(line);
        std::string message = f.back();
        if (message.ends_with('\r')) message.pop_back();
        out += f[6] + ": " + message + "\n";
    }
    return out;
}

TEST(ProcessName, RecordWithoutProcnameContextDecodesAsTheRecordingWithIt) {
    TempDir dir;
    start_session_as_before("before", dir / "before");
    // Two host processes one after the other: three drivers in one, each device its own
    // thread (the demo), then Toaster alone in another process.
    const std::string command =
        host + " --config " + DEMO_CONFIG + " && " + host + " --config " + TOASTER_CONFIG;
    ASSERT_NO_FATAL_FAILURE(record_now(dir / "now", {"sh", "-c", command}));

    // Before: procname on both channels; now: on the catalog channel only.
    EXPECT_EQ(channels_with_procname(dir / "before"), 2u);
    EXPECT_EQ(channels_with_procname(dir / "now"), 1u);

    const Decoded before = decode_all(dir / "before", dir / "out-before", "auto");
    const Decoded now = decode_all(dir / "now", dir / "out-now", "auto");
    EXPECT_NE(before.csv.find(",wpptrace-host,Serial,"), std::string::npos) << before.csv;
    EXPECT_NE(before.json.find("\"process\":\"wpptrace-host\""), std::string::npos);
    EXPECT_GE(count_of(before.text, "\n"), 40u) << before.text;
    expect_same(before, now, "auto");
    // The libbabeltrace2 reader goes through the same mapper: the same again.
    expect_same(before, decode_all(dir / "now", dir / "out-now-bt", "babeltrace"), "babeltrace");
}

// Where the two names differ: threads that rename themselves. The context named each thread (as
// LTTng-UST cached it at the thread's first event: main keeps its first name); the state dump
// names the process as it was named when liblttng-ust started, for every message.
TEST(ProcessName, ThreadsThatRenameThemselvesGetTheProcessNameFromTheStateDump) {
    TempDir dir;
    start_session_as_before("before", dir / "before");
    ASSERT_NO_FATAL_FAILURE(record_now(dir / "now", {RENAME_EMITTER}));
    EXPECT_EQ(processes_and_messages(dir / "before"),
              "rename_emitter: main before any rename\n"
              "worker-thread: a thread that named itself\n"
              "rename_emitter: main after renaming itself\n"
              "renamed-main: a thread started after the rename\n");
    EXPECT_EQ(processes_and_messages(dir / "now"),
              "rename_emitter: main before any rename\n"
              "rename_emitter: a thread that named itself\n"
              "rename_emitter: main after renaming itself\n"
              "rename_emitter: a thread started after the rename\n");
}

// Where a state dump may not precede the messages in what is decoded, procname stays on every
// message: a live viewer may attach late, a flight recorder's dump is taken by a trigger.
TEST(ProcessName, LiveAndFlightRecorderKeepProcnameOnMessages) {
    TempDir dir;
    const std::string toaster = host + " --config " + TOASTER_CONFIG;
    // (live records the command's own process: the host itself, not a shell around it)
    Output live =
        run({tool, "record", "--live", "-o", dir / "live", "--", host, "--config", TOASTER_CONFIG});
    ASSERT_EQ(live.status, 0) << describe(live);
    EXPECT_EQ(channels_with_procname(dir / "live"), 2u);
    // Exit status 4 (a driver crashed, for wpptrace-host) takes a dump.
    Output flight = run({tool, "record", "--flight-recorder", "-o", dir / "flight", "--", "sh",
                         "-c", toaster + " && exit 4"});
    ASSERT_EQ(flight.status, 4) << describe(flight);
    EXPECT_EQ(channels_with_procname(dir / "flight"), 2u);
}

}  // namespace
}  // namespace wpptrace::testing
