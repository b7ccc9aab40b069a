// End-to-end: each sample driver runs in the host from its own configuration (the build's copy
// of samples/<name>/host.json: devices and an I/O workload), under a real LTTng session (a
// private lttng-sessiond the test runner starts around this program), and its decoded text
// must tell the driver's life in order: entry, device add, start, I/O, power, removal, cleanup.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "process.hpp"

namespace {

using wpptrace::testing::compare_with_golden;
using wpptrace::testing::describe;
using wpptrace::testing::lines_of;
using wpptrace::testing::Output;
using wpptrace::testing::read_file;
using wpptrace::testing::run;
using wpptrace::testing::TempDir;

const std::string tool = WPPTRACE_TOOL;
const std::string host = WPPTRACE_HOST;
const std::string golden_dir = GOLDEN_DIR;

// Records `wpptrace-host --config CONFIG` and decodes it (--noprefix) into DIR/out; returns the
// driver's log. The host must finish clean (exit 0: no failure, no verifier finding) and every
// event must decode.
std::string run_sample(const TempDir& dir, const std::string& config, const std::string& driver) {
    Output rec = run({tool, "record", "-o", dir / "trace", "--", host, "--config", config});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    EXPECT_NE(rec.stdout_text.find("0 completion problem(s), 0 leak report(s), 0 finding(s)"),
              std::string::npos)
        << rec.stdout_text;
    Output dec = run({tool, "decode", dir / "trace", "-o", dir / "out", "--noprefix"});
    EXPECT_EQ(dec.status, 0) << describe(dec);
    EXPECT_NE(read_file(dir / "out/summary.txt").find("unknown: 0, format errors: 0"),
              std::string::npos)
        << read_file(dir / "out/summary.txt");
    return read_file(dir / ("out/" + driver + ".log"));
}

void expect_golden(const std::string& log, const std::string& golden) {
    EXPECT_EQ(compare_with_golden(log, read_file(golden_dir + "/" + golden)), "") << log;
}

TEST(Samples, Serial) {
    TempDir dir;
    expect_golden(run_sample(dir, SERIAL_CONFIG, "Serial"), "serial.txt");
}

TEST(Samples, Toaster) {
    TempDir dir;
    expect_golden(run_sample(dir, TOASTER_CONFIG, "Toaster"), "toaster.txt");
}

TEST(Samples, Tracedrv) {
    TempDir dir;
    expect_golden(run_sample(dir, TRACEDRV_CONFIG, "tracedrv"), "tracedrv.txt");
}

TEST(Samples, EchoWdm) {
    TempDir dir;
    expect_golden(run_sample(dir, ECHO_WDM_CONFIG, "EchoWdm"), "echo.txt");
}

TEST(Samples, EchoKmdf) {
    TempDir dir;
    expect_golden(run_sample(dir, ECHO_KMDF_CONFIG, "EchoKmdf"), "echo.txt");
}

// File objects, WDFMEMORY, a stoppable queue, a collection, and a request held over a power
// cycle (EvtIoStop / EvtIoResume) and cancelled by the surprise removal that ends the run.
TEST(Samples, Memo) {
    TempDir dir;
    expect_golden(run_sample(dir, MEMO_CONFIG, "Memo"), "memo.txt");
}

// The KMDF port keeps the WDM driver's messages: under the same workload the two traces are the
// same sequence of texts, once the driver's own name (in its registry path) is set aside.
TEST(Samples, EchoPortTracesTheSameMessagesAsItsWdmDriver) {
    TempDir wdm_dir, kmdf_dir;
    std::string wdm = run_sample(wdm_dir, ECHO_WDM_CONFIG, "EchoWdm");
    std::string kmdf = run_sample(kmdf_dir, ECHO_KMDF_CONFIG, "EchoKmdf");
    wdm = std::regex_replace(wdm, std::regex("EchoWdm"), "<driver>");
    kmdf = std::regex_replace(kmdf, std::regex("EchoKmdf"), "<driver>");
    auto wdm_lines = lines_of(wdm), kmdf_lines = lines_of(kmdf);
    ASSERT_GE(wdm_lines.size(), 15u) << wdm;
    ASSERT_EQ(wdm_lines.size(), kmdf_lines.size()) << "WDM:\n" << wdm << "\nKMDF:\n" << kmdf;
    for (std::size_t i = 0; i < wdm_lines.size(); ++i)
        EXPECT_EQ(wdm_lines[i], kmdf_lines[i]) << "line " << i + 1;
}

// scripts/demo's configuration: three samples in one host, each log its driver's whole life.
TEST(Samples, DemoRunsSeveralDriversInOneHost) {
    TempDir dir;
    run_sample(dir, DEMO_CONFIG, "Serial");
    for (const char* driver : {"Serial", "Toaster", "tracedrv"}) {
        std::string log = read_file(dir / (std::string("out/") + driver + ".log"));
        EXPECT_GE(lines_of(log).size(), 10u) << driver << ":\n" << log;
    }
    EXPECT_NE(read_file(dir / "out/Serial.log").find("Serial Sample (WDF Version) - Built"),
              std::string::npos);
    EXPECT_NE(read_file(dir / "out/Serial.log").find("SerialEvtDriverContextCleanup"),
              std::string::npos);
}

// UMDF-style: two host processes each load their own instance of the same driver. Each
// instance calls DriverEntry once, and the trace keeps them apart by process.
TEST(Samples, TwoHostProcessesKeepTheirInstancesApartByProcess) {
    TempDir dir;
    std::string both = host + " --config " + TOASTER_CONFIG + " > " + (dir / "a.out") + " & " +
                       host + " --config " + TOASTER_CONFIG + " > " + (dir / "b.out") +
                       "; status=$?; wait $! || status=1; exit $status";
    Output rec = run({tool, "record", "-o", dir / "trace", "--", "sh", "-c", both});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    Output dec = run({tool, "decode", dir / "trace", "--prefix", "%8!d! "});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    std::map<std::string, std::vector<std::string>> by_pid;
    for (const auto& line : lines_of(dec.stdout_text))
        by_pid[line.substr(0, line.find(' '))].push_back(line.substr(line.find(' ') + 1));
    ASSERT_EQ(by_pid.size(), 2u) << dec.stdout_text;
    const auto& first = by_pid.begin()->second;
    const auto& second = std::next(by_pid.begin())->second;
    EXPECT_EQ(first, second);  // the same life, told once per process
    EXPECT_EQ(std::count_if(
                  first.begin(), first.end(),
                  [](const std::string& l) { return l.find("DriverEntry") != std::string::npos; }),
              std::count_if(second.begin(), second.end(), [](const std::string& l) {
                  return l.find("DriverEntry") != std::string::npos;
              }));
    // Both hosts report the same run (but for its duration).
    std::regex duration(" in [0-9]+ ms");
    EXPECT_EQ(std::regex_replace(read_file(dir / "a.out"), duration, ""),
              std::regex_replace(read_file(dir / "b.out"), duration, ""));
}

}  // namespace
