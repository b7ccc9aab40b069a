// The in-flight recorder after the host dies with no trace session at all: a driver that
// crashes, one that hangs, and a host killed with SIGKILL each leave a recorder that
// `wpptrace ifr dump` decodes, with the last messages before the fault and the fault named where
// the host knew it; the recorder's size comes from the driver's LogPages parameter.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "e2e_test.hpp"
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
    HostRun(unsigned fault, const std::string& extra = "") {
        ::mkdir(recorders().c_str(), 0700);
        ::setenv("WPPTRACE_IFR_DIR", recorders().c_str(), 1);
        std::ofstream(dir_ / "run.json")
            << "{ " << extra << R"( "drivers": [{ "path": ")" << FAULT_DRIVER
            << R"(", "name": "FaultDrv", "parameters": { "Fault": )" << fault
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

}  // namespace
}  // namespace wpptrace::testing
