// The flight recorder on LTTng (issue 15 item 1): `wpptrace record --flight-recorder` keeps the
// newest messages in LTTng's overwrite rings and dumps them, each dump a directory of its own
// named for its cause, with a reason.txt, decoded with no -c: when a driver crashes or hangs
// under wpptrace-host (exit 4, 5), when the command is killed, on the first ERROR message (an
// LTTng trigger, while the command keeps running), and on `wpptrace snapshot`.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

namespace fs = std::filesystem;

const std::string fault_driver = FAULT_DRIVER;
const std::string emitter = FLIGHT_EMITTER;

// The dump directories under `trace` whose name starts with `name` + "-".
std::vector<std::string> dumps_named(const std::string& trace, const std::string& name) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::directory_iterator it(trace, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory() && it->path().filename().string().starts_with(name + "-"))
            found.push_back(it->path().string());
    return found;
}

Output record(const std::string& trace, const std::vector<std::string>& options,
              const std::vector<std::string>& command) {
    std::vector<std::string> argv = {tool, "record", "-o", trace, "--flight-recorder"};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.push_back("--");
    argv.insert(argv.end(), command.begin(), command.end());
    return run(argv);
}

// Decoded with no -c: the catalog comes from the dump's own catalog events and state dump.
Output decode(const std::string& dump) {
    return run({tool, "decode", "--noprefix", dump});
}

void expect_decoded(const Output& dec) {
    EXPECT_FALSE(dec.stdout_text.empty()) << describe(dec);
    EXPECT_FALSE(contains(dec.stdout_text, "Unknown(")) << dec.stdout_text;
}

std::string fault_config(const TempDir& dir, unsigned fault, const std::string& extra = "") {
    std::string path = dir / "run.json";
    std::ofstream(path) << R"({ )" << extra << R"( "drivers": [{ "path": ")" << fault_driver
                        << R"(", "name": "FaultDrv", "parameters": { "Fault": )" << fault
                        << R"( } }], "devices": [{ "name": "fault0", "driver": "FaultDrv", )"
                        << R"("workload": { "threads": 1, "requests": [)"
                        << R"({ "type": "ioctl", "code": "0x222004" }] } }] })";
    return path;
}

// The sequence numbers of the "sequence N" lines, in decoded order.
std::vector<unsigned> sequence_numbers(const std::string& text) {
    std::vector<unsigned> numbers;
    static const std::regex line("^sequence ([0-9]+)$");
    for (const auto& l : lines_of(text)) {
        std::smatch m;
        if (std::regex_match(l, m, line)) numbers.push_back(std::stoul(m[1]));
    }
    return numbers;
}

TEST(FlightRecorder, DriverCrashUnderTheHostLeavesADumpOfItsLastMessages) {
    TempDir dir;
    Output rec = record(dir / "trace", {}, {host, "--config", fault_config(dir, 1)});
    EXPECT_EQ(rec.status, 4) << describe(rec);
    const auto dumps = dumps_named(dir / "trace", "crash");
    ASSERT_EQ(dumps.size(), 1u) << describe(rec);
    EXPECT_TRUE(contains(rec.stderr_text, "flight recorder dump " + dumps[0])) << describe(rec);
    EXPECT_TRUE(contains(read_file(dumps[0] + "/reason.txt"), "a driver crashed"));
    Output dec = decode(dumps[0]);
    expect_decoded(dec);
    EXPECT_TRUE(contains(dec.stderr_text, dumps[0] + ": dump: the command exited 4"))
        << describe(dec);
    EXPECT_TRUE(contains(dec.stdout_text, "loaded, fault mode 1")) << dec.stdout_text;
    EXPECT_TRUE(contains(dec.stdout_text, "device control 0x00222004")) << dec.stdout_text;
}

TEST(FlightRecorder, DriverHangUnderTheHostLeavesADumpNamedHang) {
    TempDir dir;
    Output rec = record(dir / "trace", {},
                        {host, "--config", fault_config(dir, 2, R"("callback_timeout_ms": 300,)")});
    EXPECT_EQ(rec.status, 5) << describe(rec);
    const auto dumps = dumps_named(dir / "trace", "hang");
    ASSERT_EQ(dumps.size(), 1u) << describe(rec);
    EXPECT_TRUE(contains(read_file(dumps[0] + "/reason.txt"), "a driver hung"));
    Output dec = decode(dumps[0]);
    expect_decoded(dec);
    EXPECT_TRUE(contains(dec.stdout_text, "D0 entry from")) << dec.stdout_text;
}

// The ring is 16 KiB per CPU and the emitter (pinned to one CPU) traces 20000 numbered
// messages, then is killed: the dump holds a run of the newest ones, up to the last, and not
// the oldest, which the ring overwrote.
TEST(FlightRecorder, KilledCommandLeavesADumpOfTheNewestMessages) {
    TempDir dir;
    Output rec = record(dir / "trace", {"--size", "16"}, {emitter, "20000", "--kill"});
    EXPECT_EQ(rec.status, 128 + 9) << describe(rec);
    const auto dumps = dumps_named(dir / "trace", "killed-SIGKILL");
    ASSERT_EQ(dumps.size(), 1u) << describe(rec);
    EXPECT_TRUE(contains(read_file(dumps[0] + "/reason.txt"), "killed by SIGKILL"));
    Output dec = decode(dumps[0]);
    expect_decoded(dec);
    const std::vector<unsigned> seq = sequence_numbers(dec.stdout_text);
    ASSERT_FALSE(seq.empty()) << dec.stdout_text;
    EXPECT_EQ(seq.back(), 19999u);
    EXPECT_GT(seq.front(), 0u) << "the oldest messages were not overwritten";
    EXPECT_LT(seq.size(), 2000u) << "more messages than a 16 KiB ring holds";
    for (std::size_t i = 1; i < seq.size(); ++i)
        ASSERT_EQ(seq[i], seq[i - 1] + 1) << "not one run of the newest messages at " << i;
}

TEST(FlightRecorder, ErrorMessageTriggersADumpWhileTheCommandRuns) {
    TempDir dir;
    const std::string trace = dir / "trace";
    Output rec = record(trace, {}, {emitter, "100", "--error", "--wait-dump", trace});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    EXPECT_TRUE(contains(rec.stdout_text, "dump seen while running")) << describe(rec);
    const auto dumps = dumps_named(trace, "error");
    ASSERT_EQ(dumps.size(), 1u) << describe(rec);
    EXPECT_TRUE(contains(read_file(dumps[0] + "/reason.txt"), "first message at ERROR or worse"));
    Output dec = decode(dumps[0]);
    expect_decoded(dec);
    EXPECT_TRUE(contains(dec.stdout_text, "sequence 99\nfailed after sequence 99"))
        << dec.stdout_text;
}

TEST(FlightRecorder, DumpOnChosenDriversIgnoresOthers) {
    TempDir dir;
    Output rec = record(dir / "trace", {"--dump-on", "ERROR:OtherDrv"}, {emitter, "10", "--error"});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    EXPECT_TRUE(dumps_named(dir / "trace", "error-OtherDrv").empty()) << describe(rec);
    EXPECT_TRUE(contains(rec.stderr_text, "nothing was dumped")) << describe(rec);
}

TEST(FlightRecorder, SnapshotCommandDumpsARunningRecorder) {
    TempDir dir;
    const std::string trace = dir / "trace", elsewhere = dir / "elsewhere";
    const std::string session = "flight-" + std::to_string(getpid());
    const std::string script = "'" + emitter + "' 50 && '" + tool + "' snapshot && '" + emitter +
                               "' 60 && '" + tool + "' snapshot -s " + session + " -o '" +
                               elsewhere + "'";
    Output rec = record(trace, {"-s", session}, {"sh", "-c", script});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    const auto first = dumps_named(trace, "snapshot");
    const auto second = dumps_named(elsewhere, "snapshot");
    ASSERT_EQ(first.size(), 1u) << describe(rec);
    ASSERT_EQ(second.size(), 1u) << describe(rec);
    EXPECT_TRUE(contains(rec.stdout_text, first[0])) << describe(rec);
    EXPECT_TRUE(contains(read_file(first[0] + "/reason.txt"), "requested with wpptrace snapshot"));
    Output dec = decode(first[0]);
    expect_decoded(dec);
    EXPECT_EQ(sequence_numbers(dec.stdout_text).back(), 49u) << dec.stdout_text;
    dec = decode(second[0]);
    expect_decoded(dec);
    EXPECT_EQ(sequence_numbers(dec.stdout_text).back(), 59u) << dec.stdout_text;
}

// record itself killed (SIGKILL: no teardown) leaves its session running in the session daemon:
// `wpptrace snapshot -s` still dumps it.
TEST(FlightRecorder, RecordKilledLeavesASessionThatSnapshotStillDumps) {
    TempDir dir;
    const std::string session = "flight-" + std::to_string(getpid());
    const std::string script = "'" + emitter + "' 200 && kill -9 $PPID";
    Output rec = record(dir / "trace", {"-s", session, "--dump-on", "none"}, {"sh", "-c", script});
    EXPECT_EQ(rec.status, 128 + 9) << describe(rec);
    Output snap = run({tool, "snapshot", "-s", session, "-o", dir / "after"});
    EXPECT_EQ(snap.status, 0) << describe(snap);
    const auto dumps = dumps_named(dir / "after", "snapshot");
    ASSERT_EQ(dumps.size(), 1u) << describe(snap);
    Output dec = decode(dumps[0]);
    expect_decoded(dec);
    EXPECT_EQ(sequence_numbers(dec.stdout_text).back(), 199u) << dec.stdout_text;
    run({"lttng", "--no-sessiond", "destroy", session});
}

// The session and consumer daemons killed: with --shm-path the rings are files that outlive
// them, and lttng-crash makes a trace of them. lttng-crash leaves each stream's last packet (the
// sub-buffer being written) with the end time 0 and its content and packet sizes the bytes
// committed; both readers take the packet to end at its last event (babeltrace2's
// "lttng-crash quirk"), so the newest messages decode, the same with either.
TEST(FlightRecorder, DaemonsKilledLeaveRingsThatLttngCrashRecovers) {
    TempDir dir;
    const char* home = std::getenv("LTTNG_HOME");
    ASSERT_NE(home, nullptr) << "run under scripts/with-private-lttng";
    const std::string pidfile = getuid() == 0 ? std::string("/run/lttng/lttng-sessiond.pid")
                                              : std::string(home) + "/.lttng/lttng-sessiond.pid";
    // Only this test's private daemon and its own consumer (its child, found in /proc: no
    // pgrep in minimal images) are killed, the consumer first: it would remove the ring files
    // on a clean exit.
    const std::string script =
        "'" + emitter + "' 3000 && d=$(cat " + pidfile +
        ") && for s in /proc/[0-9]*/stat; do set -- $(cat $s 2>/dev/null) x x x x; "
        "[ \"$4\" = \"$d\" ] && [ \"$2\" = '(lttng-consumerd)' ] && kill -9 $1; done; "
        "kill -9 $d";
    Output rec =
        record(dir / "trace", {"--size", "16", "--shm-path", dir / "shm"}, {"sh", "-c", script});
    EXPECT_EQ(rec.status, 125) << describe(rec);  // the session could not be stopped
    EXPECT_TRUE(contains(rec.stderr_text, "lttng-crash -x DIR " + (dir / "shm"))) << describe(rec);
    Output crash = run({"lttng-crash", "-x", dir / "recovered", dir / "shm"});
    ASSERT_EQ(crash.status, 0) << describe(crash);
    Output dec = decode(dir / "recovered");
    expect_decoded(dec);
    EXPECT_EQ(dec.status, 0) << describe(dec);
    EXPECT_FALSE(contains(dec.stderr_text, "damaged")) << describe(dec);
    Output reference =
        run({"env", "WPPTRACE_READER=babeltrace", tool, "decode", "--noprefix", dir / "recovered"});
    EXPECT_EQ(dec.stdout_text, reference.stdout_text);
    EXPECT_EQ(dec.status, reference.status) << describe(reference);
    const std::vector<unsigned> seq = sequence_numbers(dec.stdout_text);
    ASSERT_FALSE(seq.empty()) << dec.stdout_text;
    EXPECT_EQ(seq.back(), 2999u);
    EXPECT_GT(seq.front(), 0u) << "the oldest messages were not overwritten";
}

TEST(FlightRecorder, SnapshotWithoutARecorderSaysSo) {
    Output out = run({tool, "snapshot"});
    EXPECT_EQ(out.status, 2) << describe(out);
    EXPECT_TRUE(contains(out.stderr_text, "no flight recorder is running")) << describe(out);
}

}  // namespace
}  // namespace wpptrace::testing
