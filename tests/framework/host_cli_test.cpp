// host_cli_test.cpp - wpptrace-host with --config: the phases it reports, its exit codes, and
// two host processes running instances of the same driver at once (UMDF-style).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "wpptrace/host/host_config.hpp"

namespace {

namespace fs = std::filesystem;

struct HostRun {
    int status;
    std::string output;
};

class HostCli : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("wpptrace-host-cli-" + std::to_string(getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string write_config(const std::string& name, const std::string& json) {
        fs::path path = dir_ / name;
        std::ofstream(path) << json;
        return path.string();
    }
    // Runs the command in the background; wait() collects it.
    std::string start(const std::string& args, const std::string& tag) {
        fs::path out = dir_ / (tag + ".out");
        std::string command = std::string(WPPTRACE_HOST) + " " + args + " > " + out.string() +
                              " 2>&1; echo $? > " + (dir_ / (tag + ".rc")).string();
        return command;
    }
    HostRun run(const std::string& args, const std::string& tag = "run") {
        std::system(start(args, tag).c_str());
        return collect(tag);
    }
    HostRun collect(const std::string& tag) {
        std::stringstream out, rc;
        out << std::ifstream(dir_ / (tag + ".out")).rdbuf();
        rc << std::ifstream(dir_ / (tag + ".rc")).rdbuf();
        return {std::stoi(rc.str()), out.str()};
    }
    fs::path dir_;
};

const std::string workload_config = R"({
  "io_timeout_ms": 2000,
  "drivers": [{"path": ")" FX_TEST_DRIVER R"(", "name": "FxTest", "parameters": {"Parallel": 1}}],
  "devices": [{"name": "dev0", "driver": "FxTest", "power_cycles": 1,
               "workload": {"threads": 3, "requests": [
                 {"type": "read", "count": 20, "length": 64},
                 {"type": "write", "count": 10, "length": 16},
                 {"type": "ioctl", "count": 4, "code": "0x222014", "input_length": 4, "output_length": 4}]}}]
})";

TEST_F(HostCli, ConfigRunReportsEveryPhaseAndExitsZeroWhenClean) {
    HostRun r = run("--config " + write_config("run.json", workload_config));
    EXPECT_EQ(r.status, 0) << r.output;
    for (const char* phase :
         {"host: FxTest: DriverEntry returned STATUS_SUCCESS",
          "host: add dev0 (FxTest): AddDevice STATUS_SUCCESS",
          "host: start dev0: IRP_MN_START_DEVICE STATUS_SUCCESS",
          "host: workload dev0: 40 requests on 3 thread(s)",
          "host: power dev0: D3 STATUS_SUCCESS, D0 STATUS_SUCCESS",
          "host: remove dev0: IRP_MN_QUERY_REMOVE_DEVICE, IRP_MN_REMOVE_DEVICE STATUS_SUCCESS",
          "host: all drivers unloaded (1)",
          "host: summary: requests: close STATUS_SUCCESS 3, create STATUS_SUCCESS 3, ioctl "
          "STATUS_SUCCESS 4, read STATUS_SUCCESS 20, write STATUS_SUCCESS 10",
          "host: summary: 0 completion problem(s), 0 leak report(s)"})
        EXPECT_NE(r.output.find(phase), std::string::npos) << phase << "\n" << r.output;
}

TEST_F(HostCli, LeakAndCompletionProblemsExitThree) {
    std::string config = R"({"io_timeout_ms": 200,
      "drivers": [{"path": ")" FX_TEST_DRIVER
                         R"(", "name": "FxTest", "parameters": {"LeakPool": 1}}],
      "devices": [{"name": "dev0", "driver": "FxTest", "workload": {"requests": [
          {"type": "ioctl", "code": "0x222004"}, {"type": "ioctl", "code": "0x222008"}]}}]})";
    HostRun r = run("--config " + write_config("bad.json", config));
    EXPECT_EQ(r.status, 3) << r.output;
    EXPECT_NE(r.output.find("ioctl not completed 1"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("2 completion problem(s), 1 leak report(s)"), std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("FxTest: leaked 2 allocations (64 bytes)"), std::string::npos)
        << r.output;
}

TEST_F(HostCli, FailedDeviceAddExitsOneAndCommandLineOptionsApplyToConfigDrivers) {
    std::string config = R"({"drivers": [{"path": ")" FX_TEST_DRIVER R"(", "name": "FxTest"}],
                             "devices": [{"name": "dev0", "driver": "FxTest"}]})";
    HostRun r = run("--config " + write_config("fail.json", config) + " --param FxTest:FailAdd=1");
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_NE(r.output.find("add dev0 (FxTest): AddDevice STATUS_INSUFFICIENT_RESOURCES"),
              std::string::npos)
        << r.output;
}

TEST_F(HostCli, BadConfigurationExitsTwo) {
    HostRun r = run(
        "--config " +
        write_config(
            "typo.json",
            R"({"drivers": [], "devices": [{"name": "d", "driver": "x", "workload": {"treads": 2}}]})"));
    EXPECT_EQ(r.status, 2) << r.output;
    EXPECT_NE(r.output.find("unknown key \"treads\""), std::string::npos) << r.output;
}

TEST_F(HostCli, TwoHostProcessesRunTheSameDriverAtOnce) {
    std::string config = write_config("run.json", workload_config);
    std::string both = "( " + start("--config " + config, "a") + " ) & ( " +
                       start("--config " + config, "b") + " ) & wait";
    std::system(both.c_str());
    for (const char* tag : {"a", "b"}) {
        HostRun r = collect(tag);
        EXPECT_EQ(r.status, 0) << tag << ":\n" << r.output;
        EXPECT_NE(r.output.find("read STATUS_SUCCESS 20"), std::string::npos) << r.output;
    }
}

TEST(HostConfig, ParsesTheDocumentedSchema) {
    auto config = wpptrace::host::parse_host_config(R"({
      "io_timeout_ms": 100,
      "drivers": [{"path": "serial.so", "name": "Serial", "parameters": {"RxFIFO": "0x10"},
                   "inject": {"WdfDriverCreate": "STATUS_INSUFFICIENT_RESOURCES"}}],
      "devices": [{"name": "COM1", "driver": "Serial", "upper_filters": ["Filter"],
                   "workload": {"threads": 2, "requests": [{"type": "ioctl", "count": 3,
                                "code": 2236420, "input_length": 4, "output_length": 8}]}}]})",
                                                    "/opt/drivers");
    ASSERT_EQ(config.drivers.size(), 1u);
    EXPECT_EQ(config.drivers[0].path, "/opt/drivers/serial.so");
    EXPECT_EQ(config.drivers[0].parameters.at("RxFIFO"), 16u);
    EXPECT_EQ(config.drivers[0].injections.at("WdfDriverCreate"), STATUS_INSUFFICIENT_RESOURCES);
    ASSERT_EQ(config.devices.size(), 1u);
    EXPECT_EQ(config.devices[0].device.upper_filters, std::vector<std::string>{"Filter"});
    EXPECT_EQ(config.devices[0].workload.threads, 2u);
    EXPECT_EQ(config.devices[0].workload.requests[0].code, 0x222004u);
    EXPECT_EQ(config.io_timeout.count(), 100);
}

}  // namespace
