// host_bad_input_test.cpp - wpptrace-host on bad input: a cut or garbage driver binary, numbers
// beyond 32 bits or beyond the host's limits, misspelt keys and injectable calls, and threads the
// host cannot start. Each is a clear message naming the input and a non-zero exit, never a crash.
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
    int status;  // the exit status, or 128 + the signal that ended the host
    std::string output;
};

class HostBadInput : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("wpptrace-host-bad-" + std::to_string(getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string write(const std::string& name, const std::string& text) {
        fs::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }
    // The first `bytes` bytes of the test driver, as a copy cut short in transfer.
    std::string cut_driver(std::size_t bytes) {
        std::ifstream in(FX_TEST_DRIVER, std::ios::binary);
        std::string image((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        EXPECT_GT(image.size(), bytes);
        return write("cut" + std::to_string(bytes) + ".so", image.substr(0, bytes));
    }
    // `shell` runs before the host in the same shell (a ulimit).
    HostRun run(const std::string& args, const std::string& shell = "") {
        fs::path out = dir_ / "out.txt";
        std::string command = shell + (shell.empty() ? "" : "; ") + "timeout 60 " + WPPTRACE_HOST +
                              " " + args + " > " + out.string() + " 2>&1";
        int status = std::system(command.c_str());
        std::stringstream text;
        text << std::ifstream(out).rdbuf();
        return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), text.str()};
    }
    HostRun run_config(const std::string& json, const std::string& shell = "") {
        return run("--config " + write("host.json", json), shell);
    }
    fs::path dir_;
};

#define EXPECT_OUTPUT(run, text) \
    EXPECT_NE((run).output.find(text), std::string::npos) << (run).output

const std::string driver = R"({"path": ")" FX_TEST_DRIVER R"(", "name": "FxTest"})";

std::string with_workload(const std::string& workload) {
    return R"({"drivers": [)" + driver + R"(], "devices": [{"name": "dev0", "driver": "FxTest",
               "workload": )" +
           workload + "}]}";
}

TEST_F(HostBadInput, HostRejectsTruncatedDriverBinary) {
    // 4096 and 12000 bytes: inside the mapped segments (the host died of SIGBUS in dlopen);
    // 30000: the segments are whole but the section headers at the end are gone.
    for (std::size_t bytes : {4096u, 12000u, 30000u}) {
        const std::string path = cut_driver(bytes);
        HostRun r = run(path);
        EXPECT_EQ(r.status, 2) << bytes << ": " << r.output;
        EXPECT_OUTPUT(r, "cannot load driver " + path + ": the file is cut short (");
    }
}

TEST_F(HostBadInput, HostRejectsGarbageDriverBinary) {
    HostRun garbage = run(write("garbage.so", std::string(3000, '\x5a')));
    EXPECT_EQ(garbage.status, 2) << garbage.output;
    EXPECT_OUTPUT(garbage, "garbage.so: not an ELF shared object (3000 bytes, no ELF header)");
    HostRun empty = run(write("empty.so", ""));
    EXPECT_EQ(empty.status, 2) << empty.output;
    EXPECT_OUTPUT(empty, "empty.so: not an ELF shared object (0 bytes");
    fs::create_directories(dir_ / "folder.so");
    HostRun folder = run((dir_ / "folder.so").string());
    EXPECT_EQ(folder.status, 2) << folder.output;
    EXPECT_OUTPUT(folder, "folder.so: not a regular file");
}

TEST_F(HostBadInput, HostRejectsNumbersBeyond32BitsNamingTheKey) {
    // 2^32 + 1 threads used to run one thread.
    HostRun threads = run_config(
        with_workload(R"({"threads": 4294967297, "requests": [{"type": "read", "length": 8}]})"));
    EXPECT_EQ(threads.status, 2) << threads.output;
    EXPECT_OUTPUT(threads,
                  "devices[0].workload.threads: expected an unsigned 32-bit number (0 to "
                  "4294967295), got 4294967297");
    HostRun negative =
        run_config(with_workload(R"({"requests": [{"type": "read", "length": -1}]})"));
    EXPECT_EQ(negative.status, 2) << negative.output;
    EXPECT_OUTPUT(negative, "devices[0].workload.requests[0].length: expected an unsigned 32-bit");
    HostRun text = run_config(
        with_workload(R"({"requests": [{"type": "ioctl", "code": "-1", "output_length": 4}]})"));
    EXPECT_EQ(text.status, 2) << text.output;
    EXPECT_OUTPUT(text, "devices[0].workload.requests[0].code: expected an unsigned 32-bit");
}

TEST(HostConfigNumbers, NumbersBeyond32BitsAreRefusedEverywhere) {
    using wpptrace::host::ConfigError;
    using wpptrace::host::parse_host_config;
    auto error_of = [](const std::string& json) {
        try {
            parse_host_config(json);
        } catch (const ConfigError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    EXPECT_EQ(error_of(R"({"io_timeout_ms": 4294967296})"),
              "io_timeout_ms: expected an unsigned 32-bit number (0 to 4294967295), got "
              "4294967296");
    EXPECT_EQ(error_of(R"({"drivers": [{"path": "x.so", "parameters": {"Big": 4294967296}}]})"),
              "drivers[0].parameters.Big: expected an unsigned 32-bit number (0 to 4294967295), "
              "got 4294967296");
    EXPECT_EQ(error_of(R"({"drivers": [{"path": "x.so", "inject": {"IoCreateDevice": -5}}]})"),
              "drivers[0].inject.IoCreateDevice: expected an unsigned 32-bit number (0 to "
              "4294967295), got -5");
    EXPECT_EQ(
        error_of(R"({"devices": [{"name": "d", "driver": "x", "power_cycles": "0x100000000"}]})"),
        "devices[0].power_cycles: expected an unsigned 32-bit number (0 to 4294967295), got "
        "\"0x100000000\"");
    EXPECT_EQ(
        error_of(
            R"({"flows": [{"local": "10.0.0.1:1", "remote": "10.0.0.2:2", "count": 4294967297}]})"),
        "flows[0].count: expected a number from 0 to 1000000, got 4294967297");
    // The largest 32-bit values still pass.
    auto config = parse_host_config(
        R"({"io_timeout_ms": 4294967295, "drivers": [{"path": "x.so", "parameters": {"Max": 4294967295}}]})");
    EXPECT_EQ(config.io_timeout.count(), 4294967295);
}

TEST_F(HostBadInput, HostRejectsBufferLengthBeyondItsLimitRatherThanAllocating) {
    // A read of 4e9 bytes aborted the host with bad_alloc.
    HostRun r = run_config(
        with_workload(R"({"requests": [{"type": "read", "count": 1, "length": 4000000000}]})"));
    EXPECT_EQ(r.status, 2) << r.output;
    EXPECT_OUTPUT(r,
                  "devices[0].workload.requests[0].length: 4000000000 is more than the host "
                  "allows (67108864)");
    HostRun threads = run_config(
        with_workload(R"({"threads": 100000, "requests": [{"type": "read", "length": 8}]})"));
    EXPECT_EQ(threads.status, 2) << threads.output;
    EXPECT_OUTPUT(threads,
                  "devices[0].workload.threads: 100000 is more than the host allows (256)");
}

TEST_F(HostBadInput, HostRejectsMisspeltInjectKeySuggestingTheCall) {
    HostRun r = run_config(
        R"({"drivers": [{"path": ")" FX_TEST_DRIVER
        R"(", "name": "FxTest", "inject": {"WdfDriverCreat": "STATUS_INSUFFICIENT_RESOURCES"}}]})");
    EXPECT_EQ(r.status, 2) << r.output;
    EXPECT_OUTPUT(r,
                  "drivers[0].inject: unknown call \"WdfDriverCreat\" (did you mean "
                  "\"WdfDriverCreate\"?)");
    HostRun cli = run(std::string(FX_TEST_DRIVER) +
                      ":FxTest --inject FxTest:IoCreateDevise=STATUS_INSUFFICIENT_RESOURCES");
    EXPECT_EQ(cli.status, 2) << cli.output;
    EXPECT_OUTPUT(cli, "unknown call \"IoCreateDevise\" (did you mean \"IoCreateDevice\"?)");
}

TEST(HostConfigKeys, UnknownKeysAreErrorsSuggestingTheNearest) {
    using wpptrace::host::ConfigError;
    using wpptrace::host::parse_host_config;
    auto error_of = [](const std::string& json) {
        try {
            parse_host_config(json);
        } catch (const ConfigError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    EXPECT_EQ(error_of(R"({"devices": [{"name": "d", "driver": "x", "workload": {"treads": 2}}]})"),
              "devices[0].workload: unknown key \"treads\" (did you mean \"threads\"?)");
    EXPECT_EQ(error_of(R"({"io_timout_ms": 5})"),
              "configuration: unknown key \"io_timout_ms\" (did you mean \"io_timeout_ms\"?)");
    EXPECT_EQ(error_of(R"({"drivers": [{"path": "x.so", "injekt": {}}]})"),
              "drivers[0]: unknown key \"injekt\" (did you mean \"inject\"?)");
    EXPECT_EQ(error_of(R"({"flows": [{"local": "10.0.0.1:1", "remot": "10.0.0.2:2"}]})"),
              "flows[0]: unknown key \"remot\" (did you mean \"remote\"?)");
    EXPECT_EQ(error_of(R"({"drivers": [{"path": "x.so", "parameters": {"P": {"REG_DWROD": 1}}}]})"),
              "drivers[0].parameters.P: unknown registry type \"REG_DWROD\" (did you mean "
              "\"REG_DWORD\"?)");
    // A wrong type names its key too.
    EXPECT_EQ(error_of(R"({"devices": [{"name": 7, "driver": "x"}]})"),
              "devices[0].name: expected a string, got 7");
    // Nothing near: no guess.
    EXPECT_EQ(error_of(R"({"zzzzzzzz": 1})"), "configuration: unknown key \"zzzzzzzz\"");
    // Every call the README lists can be injected.
    for (const char* call :
         {"WdfDriverCreate", "WdfIoQueueCreate", "IoCreateSymbolicLink", "ExAllocatePool2",
          "ExAllocatePoolWithTag", "IoAllocateMdl", "WdfWmiInstanceCreate", "PsCreateSystemThread"})
        EXPECT_EQ(error_of(R"({"drivers": [{"path": "x.so", "inject": {")" + std::string(call) +
                           R"(": "STATUS_UNSUCCESSFUL"}}]})"),
                  "(accepted)")
            << call;
}

TEST_F(HostBadInput, HostReportsAThreadItCannotStartAndRunsItsRequestsOnTheOthers) {
#ifdef __SANITIZE_ADDRESS__
    GTEST_SKIP() << "AddressSanitizer's shadow memory does not fit under an address-space limit";
#endif
    // Thread stacks of 1 GiB (glibc takes the stack limit as their size) in 6 GB of address
    // space: the first few threads start, the next cannot (it used to end in std::terminate),
    // and the heap still has room. Every request runs, on the threads that started.
    HostRun r = run_config(
        with_workload(
            R"({"threads": 200, "requests": [{"type": "read", "count": 400, "length": 8}]})"),
        "ulimit -s 1048576; ulimit -v 6000000");
    EXPECT_EQ(r.status, 2) << r.output;
    EXPECT_OUTPUT(r, "workload dev0: error: could not start thread ");
    EXPECT_OUTPUT(r, "wpptrace-host: error: workload dev0: could not start thread ");
    EXPECT_OUTPUT(r, "the requests ran on the ");
    EXPECT_OUTPUT(r, "read STATUS_SUCCESS 400");
    EXPECT_OUTPUT(r, "all drivers unloaded (1)");
}

}  // namespace
