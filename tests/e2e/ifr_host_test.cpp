// The in-flight recorder after the host dies with no trace session at all: a driver that
// crashes, one that hangs, and a host killed with SIGKILL each leave a recorder that
// `wpptrace ifr dump` decodes, with the last messages before the fault and the fault named where
// the host knew it; the recorder's size comes from the driver's LogPages parameter, its time
// mode from WppRecorder_UseTimeStamp / WppRecorder_PreciseTimeStamp or WPPTRACE_IFR_TIME.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <time.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "e2e_test.hpp"
#include "wpp/ifr_format.h"
#include "wpptrace/decoder/ifr_reader.hpp"

namespace wpptrace::testing {
namespace {

namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
const std::string crash_signal = "SIGABRT";  // the sanitizers abort on the fault first
#else
const std::string crash_signal = "SIGSEGV";
#endif

// A host run of FaultDrv in one fault mode, its recorders in a private directory.
class HostRun {
  public:
    // `parameters`: more registry values of the driver, as JSON members ("\"A\": 1, ").
    HostRun(unsigned fault, const std::string& extra = "", const std::string& parameters = "") {
        ::mkdir(recorders().c_str(), 0700);
        ::setenv("WPPTRACE_IFR_DIR", recorders().c_str(), 1);
        std::ofstream(dir_ / "run.json")
            << "{ " << extra << R"( "drivers": [{ "path": ")" << FAULT_DRIVER
            << R"(", "name": "FaultDrv", "parameters": { )" << parameters << R"("Fault": )" << fault
            << R"(, "LogPages": 8 } }], "devices": [{ "name": "fault0", "driver": "FaultDrv", )"
            << R"("workload": { "threads": 1, "requests": [{ "type": "ioctl", )"
            << R"("code": "0x222004" }] } }] })";
        output_ = run({host, "--config", dir_ / "run.json"});
    }

    const Output& output() const { return output_; }
    std::string recorders() const { return dir_ / "ifr"; }
    // The one process directory the host left.
    std::string process_dir() const {
        std::vector<std::string> dirs;
        for (const auto& entry : fs::directory_iterator(recorders()))
            dirs.push_back(entry.path().string());
        EXPECT_EQ(dirs.size(), 1u);
        return dirs.empty() ? "" : dirs[0];
    }
    Output dump() const { return run({tool, "ifr", "dump", "--noprefix", process_dir()}); }

  private:
    TempDir dir_;
    Output output_;
};

std::string last_line(const std::string& text) {
    auto lines = lines_of(text);
    return lines.empty() ? "" : lines.back();
}

TEST(InFlightRecorderHost, DriverCrashLeavesTheLastMessagesAndTheFaultNamed) {
    HostRun crash(1);
    EXPECT_EQ(crash.output().status, 4) << describe(crash.output());
    Output dump = crash.dump();
    EXPECT_EQ(dump.status, 0) << describe(dump);
    EXPECT_TRUE(contains(dump.stdout_text, "loaded, fault mode 1")) << dump.stdout_text;
    EXPECT_EQ(last_line(dump.stdout_text), "device control 0x00222004") << dump.stdout_text;
    EXPECT_TRUE(contains(dump.stderr_text, "FaultDrv (process ")) << describe(dump);
    EXPECT_TRUE(contains(dump.stderr_text,
                         "host: FaultDrv crashed (" + crash_signal + ") in EvtIoDeviceControl"))
        << describe(dump);
    Output list = run({tool, "ifr", "list", crash.process_dir()});
    EXPECT_TRUE(contains(list.stdout_text, " dead ")) << list.stdout_text;
    EXPECT_TRUE(contains(list.stdout_text, "fault: host: FaultDrv crashed")) << list.stdout_text;
}

TEST(InFlightRecorderHost, DriverHangLeavesTheLastMessagesAndTheHangNamed) {
    HostRun hang(2, R"("callback_timeout_ms": 300,)");
    EXPECT_EQ(hang.output().status, 5) << describe(hang.output());
    Output dump = hang.dump();
    EXPECT_EQ(dump.status, 0) << describe(dump);
    EXPECT_TRUE(contains(last_line(dump.stdout_text), "D0 entry from")) << dump.stdout_text;
    EXPECT_TRUE(contains(dump.stderr_text,
                         "host: FaultDrv did not return from EvtDeviceD0Entry within 300 ms"))
        << describe(dump);
}

TEST(InFlightRecorderHost, HostKilledLeavesTheMessagesUpToTheKill) {
    HostRun kill(3);
    EXPECT_EQ(kill.output().status, 128 + 9) << describe(kill.output());
    Output dump = kill.dump();
    EXPECT_EQ(dump.status, 0) << describe(dump);
    EXPECT_EQ(last_line(dump.stdout_text), "device control 0x00222004") << dump.stdout_text;
    EXPECT_FALSE(contains(dump.stdout_text, "unloading")) << dump.stdout_text;
}

TEST(InFlightRecorderHost, LogPagesSetsTheRingSizeAndACleanRunLeavesNothing) {
    HostRun crash(1);
    const std::string file = crash.process_dir() + "/FaultDrv.ifr";
    decoder::IfrImage image = decoder::read_ifr_file(file);
    EXPECT_EQ(image.info.ring_bytes, 8u * 4096);
    EXPECT_FALSE(image.info.live);
    HostRun clean(0);
    EXPECT_EQ(clean.output().status, 0) << describe(clean.output());
    EXPECT_TRUE(fs::is_empty(clean.recorders()));  // WPP_CLEANUP removed it
}

// A clean run whose recorder stays (WPPTRACE_IFR_KEEP), with the driver's registry values.
struct KeptRun {
    explicit KeptRun(const std::string& parameters) : run(with_keep(), "", parameters) {
        ::unsetenv("WPPTRACE_IFR_KEEP");
    }
    static unsigned with_keep() {
        ::setenv("WPPTRACE_IFR_KEEP", "1", 1);
        return 0;
    }
    std::string file() const { return run.process_dir() + "/FaultDrv.ifr"; }
    wpptrace::decoder::IfrImage image() const { return wpptrace::decoder::read_ifr_file(file()); }
    HostRun run;
};

// The time of the default prefix (PID.TID::time [FaultDrv]) of each line of a dump.
std::vector<std::string> prefix_times(const std::string& dump) {
    std::vector<std::string> times;
    const std::regex time(R"(::(\S+) \[FaultDrv\])");
    for (const std::string& line : lines_of(dump))
        if (std::smatch m; std::regex_search(line, m, time)) times.push_back(m[1]);
    return times;
}

bool all_match(const std::vector<std::string>& texts, const std::string& pattern) {
    const std::regex re(pattern);
    for (const std::string& text : texts)
        if (!std::regex_match(text, re)) return false;
    return !texts.empty();
}

const std::string date = R"(\d\d/\d\d/\d{4}-\d\d:\d\d:\d\d)";

TEST(InFlightRecorderHost, MillisecondTimesByDefaultAtTheKernelTickWithNoFalseDigits) {
    KeptRun kept("");  // neither registry value: wpptrace's default
    ASSERT_EQ(kept.run.output().status, 0) << describe(kept.run.output());
    const auto image = kept.image();
    EXPECT_EQ(image.info.clock, WPP_IFR_CLOCK_REALTIME_COARSE);
    timespec tick{};
    ASSERT_EQ(clock_getres(CLOCK_REALTIME_COARSE, &tick), 0);
    EXPECT_EQ(image.info.clock_resolution_ns, static_cast<std::uint32_t>(tick.tv_nsec));
    ASSERT_FALSE(image.messages.empty());
    for (const auto& m : image.messages) {
        EXPECT_EQ(m.time_ns % 1000000, 0) << m.time_ns;
        EXPECT_GT(m.time_ns, image.info.created_ns - 1000000000);
    }
    // --hires asks for nanoseconds; a millisecond recorder has none to show.
    Output dump = run({tool, "ifr", "dump", "--hires", kept.file()});
    EXPECT_EQ(dump.status, 0) << describe(dump);
    EXPECT_TRUE(all_match(prefix_times(dump.stdout_text), date + R"(\.\d{3})")) << dump.stdout_text;
    Output json = run({tool, "ifr", "dump", "--json", kept.file()});
    EXPECT_TRUE(std::regex_search(
        json.stdout_text,
        std::regex(R"re("time":"[-0-9T:]+\.\d{3}[Z+-][^"]*","time_ns":\d+000000,)re")))
        << json.stdout_text;
    Output list = run({tool, "ifr", "list", kept.file()});
    EXPECT_TRUE(contains(list.stdout_text, " ms (tick ")) << list.stdout_text;
}

TEST(InFlightRecorderHost, PreciseTimeStampRecordsNanosecondTimes) {
    KeptRun kept(R"("WppRecorder_UseTimeStamp": 1, "WppRecorder_PreciseTimeStamp": 1, )");
    ASSERT_EQ(kept.run.output().status, 0) << describe(kept.run.output());
    const auto image = kept.image();
    EXPECT_TRUE(image.info.clock == WPP_IFR_CLOCK_TSC || image.info.clock == WPP_IFR_CLOCK_REALTIME)
        << image.info.clock;
    ASSERT_GE(image.messages.size(), 3u);
    bool sub_ms = false;
    for (const auto& m : image.messages) sub_ms = sub_ms || m.time_ns % 1000000 != 0;
    EXPECT_TRUE(sub_ms);  // three messages all on a millisecond: one chance in 10^18
    Output dump = run({tool, "ifr", "dump", "--hires", kept.file()});
    EXPECT_TRUE(all_match(prefix_times(dump.stdout_text), date + R"(\.\d{9})")) << dump.stdout_text;
    Output list = run({tool, "ifr", "list", kept.file()});
    EXPECT_TRUE(contains(list.stdout_text, " precise (")) << list.stdout_text;
}

TEST(InFlightRecorderHost, UseTimeStampZeroRecordsNoTimeAndTheDumpSaysSo) {
    KeptRun kept(R"("WppRecorder_UseTimeStamp": 0, "WppRecorder_PreciseTimeStamp": 1, )");
    ASSERT_EQ(kept.run.output().status, 0) << describe(kept.run.output());
    const auto image = kept.image();
    EXPECT_EQ(image.info.clock, WPP_IFR_CLOCK_NONE);
    ASSERT_GE(image.messages.size(), 3u);
    for (const auto& m : image.messages) EXPECT_EQ(m.time_ns, 0);
    Output dump = run({tool, "ifr", "dump", kept.file()});
    EXPECT_EQ(dump.status, 0) << describe(dump);
    EXPECT_TRUE(all_match(prefix_times(dump.stdout_text), "-")) << dump.stdout_text;
    EXPECT_TRUE(contains(dump.stdout_text, "loaded, fault mode 0")) << dump.stdout_text;
    EXPECT_TRUE(contains(dump.stderr_text, "times were not recorded")) << describe(dump);
    // Each thread's own order (the host's thread loads and unloads, the device's runs D0 entry
    // and the request), threads one after another.
    const auto lines =
        lines_of(run({tool, "ifr", "dump", "--noprefix", "-q", kept.file()}).stdout_text);
    auto at = [&](const std::string& start) {
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (lines[i].starts_with(start)) return i;
        return lines.size();
    };
    EXPECT_LT(at("loaded, fault mode 0"), at("unloading")) << dump.stdout_text;
    EXPECT_LT(at("D0 entry from"), at("device control")) << dump.stdout_text;
    EXPECT_LT(at("device control"), lines.size()) << dump.stdout_text;
    Output json = run({tool, "ifr", "dump", "--json", kept.file()});
    EXPECT_TRUE(contains(json.stdout_text, R"("time":null,"time_ns":null,)")) << json.stdout_text;
    Output csv = run({tool, "ifr", "dump", "--csv", kept.file()});
    EXPECT_TRUE(std::regex_search(csv.stdout_text, std::regex("\n1,,,"))) << csv.stdout_text;
    Output list = run({tool, "ifr", "list", kept.file()});
    EXPECT_TRUE(contains(list.stdout_text, " none ")) << list.stdout_text;
}

// WPPTRACE_IFR_TIME, for a process with no host configuration; a driver's registry values win.
TEST(InFlightRecorderHost, TheEnvironmentSetsTheModeWhereTheRegistryDoesNot) {
    ::setenv("WPPTRACE_IFR_TIME", "none", 1);
    KeptRun from_environment("");
    KeptRun from_registry(R"("WppRecorder_UseTimeStamp": 1, )");
    ::setenv("WPPTRACE_IFR_TIME", "sometimes", 1);
    KeptRun malformed("");
    ::unsetenv("WPPTRACE_IFR_TIME");
    EXPECT_EQ(from_environment.image().info.clock, WPP_IFR_CLOCK_NONE);
    EXPECT_EQ(from_registry.image().info.clock, WPP_IFR_CLOCK_REALTIME_COARSE);
    EXPECT_EQ(malformed.image().info.clock, WPP_IFR_CLOCK_REALTIME_COARSE);
    EXPECT_TRUE(contains(malformed.run.output().stderr_text,
                         "ignoring WPPTRACE_IFR_TIME=sometimes: expected none, ms or precise"))
        << describe(malformed.run.output());
}

}  // namespace
}  // namespace wpptrace::testing
