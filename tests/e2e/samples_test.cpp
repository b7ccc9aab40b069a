// End-to-end: each sample driver runs in the host from its own configuration (the build's copy
// of samples/<name>/host.json: devices and an I/O workload), under a real LTTng session (a
// private lttng-sessiond the test runner starts around this program), and its decoded text
// must tell the driver's life in order: entry, device add, start, I/O, power, removal, cleanup.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

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

// A WDM driver's cancel-safe queue: reads wait until a write or a control code completes them,
// or until the host cancels them from its own thread ("cancel_after_ms"), or the closing
// handle's IRP_MJ_CLEANUP does; DriverEntry reads a REG_SZ and a REG_DWORD from its Parameters
// key.
TEST(Samples, CsqWdmCompletesAndCancelsQueuedReads) {
    TempDir dir;
    std::string log = run_sample(dir, CSQ_WDM_CONFIG, "CsqWdm");
    expect_golden(log, "csq_wdm.txt");
    // Each cancelled read is one that waited in the queue, once.
    std::regex waits("Read ([0-9A-F]+) of 16 bytes waits in the queue");
    std::regex cancelled("Read ([0-9A-F]+) cancelled");
    std::vector<std::string> waiting, gone;
    for (const auto& line : lines_of(log)) {
        std::smatch m;
        if (std::regex_match(line, m, waits)) waiting.push_back(m[1]);
        if (std::regex_search(line, m, cancelled)) gone.push_back(m[1]);
    }
    ASSERT_EQ(waiting.size(), 6u) << log;
    ASSERT_EQ(gone.size(), 3u) << log;
    EXPECT_EQ(gone[0], waiting[2]) << log;  // by the host, after 100 ms
    EXPECT_EQ(gone[1], waiting[4]) << log;  // by the host, after 100 ms
    EXPECT_EQ(gone[2], waiting[5]) << log;  // by IRP_MJ_CLEANUP, left pending at close
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

// A KMDF filter over the echo driver: both traces, and the merged one shows each request going
// down through the filter, handled by the echo driver, and coming back through the filter's
// completion routine; the host's WMI query of the filter's block is answered.
TEST(Samples, EchoFilterOverTheEchoDriver) {
    TempDir dir;
    expect_golden(run_sample(dir, ECHO_FILTER_CONFIG, "EchoFilter"), "echo_filter.txt");
    expect_golden(read_file(dir / "out/EchoKmdf.log"), "echo_filter_echo.txt");
    std::string merged = read_file(dir / "out/merged.log");
    auto at = [&](const std::string& text) {
        std::size_t pos = merged.find(text);
        EXPECT_NE(pos, std::string::npos) << text << " missing in\n" << merged;
        return pos;
    };
    EXPECT_LT(at("Write: forwarding 16 bytes"), at("Write: 16 bytes stored"));
    EXPECT_LT(at("Write: 16 bytes stored"), at("Completion: write STATUS_SUCCESS, 16 bytes"));
    EXPECT_LT(at("GetCounts: echo statistics"), at("GetCounts: 3 forwarded"));
    Output host_run = run({host, "--config", ECHO_FILTER_CONFIG});
    EXPECT_NE(host_run.stdout_text.find("host: wmi Echo0 {4e2a8c15-7d3b-4a96-b0f1-58c2e6a9d374} "
                                        "instance 0: STATUS_SUCCESS, 8 bytes: 03 00 00 00 2c 00 "
                                        "00 00"),
              std::string::npos)
        << host_run.stdout_text;
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
}  // namespace wpptrace::testing
