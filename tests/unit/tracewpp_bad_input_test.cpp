// tracewpp on hostile input: enumerator values whose arithmetic faults are warnings at their
// file:line that leave the enum unresolved (never a SIGFPE, never a wrapped value in the .tmh), and
// -scan: of a device or a FIFO is refused instead of read forever.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "wpptrace/tracewpp/config.hpp"

namespace {

using ::testing::HasSubstr;
using wpptrace::tracewpp::ConfigReader;
using wpptrace::tracewpp::EnumScan;
using wpptrace::tracewpp::scan_enums;

// The warnings of reading one scanned file, one per line; none of them fails the run.
std::string warnings_of(const std::string& text, const std::string& file = "bad.h") {
    ConfigReader reader;
    reader.read_scanned_file(text, file);
    const bool ok = reader.finish().has_value();
    std::string warnings;
    for (const auto& d : reader.diagnostics())
        if (!d.error) warnings += d.text() + "\n";
    EXPECT_TRUE(ok) << warnings;
    return warnings;
}

TEST(TracewppEnumFaults, MinimumDividedByMinusOneIsAWarningNotSigfpe) {
    EXPECT_THAT(warnings_of("// a header\nenum E { A = (-9223372036854775807 - 1) / -1 };\n"),
                HasSubstr("bad.h:2: warning: the value of A ((-9223372036854775807 - 1) / -1): "
                          "-9223372036854775808 / -1 overflows a 64-bit signed value"));
    EXPECT_THAT(warnings_of("enum E { A = (-9223372036854775807 - 1) % -1 };\n"),
                HasSubstr("bad.h:1: warning: the value of A"));
}

TEST(TracewppEnumFaults, DivisionAndRemainderByZeroAreWarnings) {
    EXPECT_THAT(warnings_of("enum E {\n  A = 1,\n  B = A / (A - 1)\n};\n"),
                HasSubstr("bad.h:3: warning: the value of B (A / (A - 1)): division by zero"));
    EXPECT_THAT(
        warnings_of("enum E { A = 7 % 0 };\n"),
        HasSubstr("bad.h:1: warning: the value of A (7 % 0): remainder of a division by zero"));
}

TEST(TracewppEnumFaults, SignedOverflowIsAWarningNotAWrappedValue) {
    EXPECT_THAT(warnings_of("enum W { A = 9223372036854775807 + 1 };\n"),
                HasSubstr("bad.h:1: warning: the value of A (9223372036854775807 + 1): "
                          "9223372036854775807 + 1 overflows a 64-bit signed value"));
    EXPECT_THAT(warnings_of("enum W { A = -9223372036854775807 - 2 };\n"), HasSubstr("overflows"));
    EXPECT_THAT(warnings_of("enum W { A = 4294967296 * 4294967296 };\n"), HasSubstr("overflows"));
    EXPECT_THAT(warnings_of("enum W { A = -(-9223372036854775807 - 1) };\n"),
                HasSubstr("overflows"));
    EXPECT_THAT(warnings_of("enum W { A = 3 << 62 };\n"), HasSubstr("3 << 62 overflows"));
    // The implicit value after the largest one overflows too.
    EXPECT_THAT(warnings_of("enum W {\n A = 9223372036854775807,\n B\n};\n"),
                HasSubstr("bad.h:3: warning: the value of B (one more than A) overflows"));
}

TEST(TracewppEnumFaults, ShiftsOutOfRangeAreWarnings) {
    EXPECT_THAT(
        warnings_of("enum S { A = 1 << 64 };\n"),
        HasSubstr("bad.h:1: warning: the value of A (1 << 64): shift count 64 out of range"));
    EXPECT_THAT(warnings_of("enum S { A = 1 >> -1 };\n"), HasSubstr("shift count -1 out of range"));
}

TEST(TracewppEnumFaults, ValuesAtTheLimitsStillResolve) {
    EnumScan scan;
    scan_enums(
        "enum L { Min = -9223372036854775807 - 1, Max = 9223372036854775807, "
        "Neg = -1 << 63, Rem = -7 % 3, High = 1 << 62 };\n",
        scan);
    ASSERT_EQ(scan.enums.count("L"), 1u) << scan.unresolved["L"];
    EXPECT_EQ(scan.enums["L"], (wpptrace::tracewpp::EnumValues{{"Min", INT64_MIN},
                                                               {"Max", INT64_MAX},
                                                               {"Neg", INT64_MIN},
                                                               {"Rem", -1},
                                                               {"High", 1LL << 62}}));
    EXPECT_TRUE(scan.faults.empty());
}

TEST(TracewppEnumFaults, ValuesTheScanCannotComputeLeaveTheEnumUnresolvedSilently) {
    // sizeof is the compiler's to know: nothing wrong with the file, the enum is just unresolved.
    EXPECT_EQ(warnings_of("enum Odd { A = sizeof(int) };\n"), "");
}

// The tool itself, on inputs that are not source files.
namespace fs = std::filesystem;

struct ToolRun {
    int status;
    std::string output;
};

ToolRun run_tracewpp(const std::string& args) {
    const fs::path dir =
        fs::temp_directory_path() / ("wpptrace-tracewpp-bad-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const fs::path out = dir / "out.txt";
    // timeout: the FIFO used to block forever; the limit on memory: /dev/zero used to fill it
    // (not under AddressSanitizer, whose shadow memory needs far more address space).
#ifdef __SANITIZE_ADDRESS__
    const std::string limit;
#else
    const std::string limit = "ulimit -v 4000000; ";
#endif
    const std::string command = limit + "timeout 20 " + std::string(WPPTRACE_TRACEWPP) +
                                " -odir:" + dir.string() + " " + args + " > " + out.string() +
                                " 2>&1";
    const int status = std::system(command.c_str());
    std::stringstream text;
    text << std::ifstream(out).rdbuf();
    fs::remove_all(dir);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), text.str()};
}

class TracewppInputs : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("wpptrace-tracewpp-in-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        source_ = (dir_ / "driver.c").string();
        std::ofstream(source_) << "void f(void) {}\n";
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
    std::string source_;
};

TEST_F(TracewppInputs, ScanOfDevZeroIsRefusedNotReadForever) {
    ToolRun r = run_tracewpp("-scan:/dev/zero " + source_);
    EXPECT_EQ(r.status, 2) << r.output;  // an input that cannot be read: exit 2
    EXPECT_THAT(r.output,
                HasSubstr("/dev/zero:0: error: cannot read the file: not a regular file"));
}

TEST_F(TracewppInputs, ScanOfAFifoIsRefusedNotWaitedOn) {
    const std::string fifo = (dir_ / "trace.h").string();
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    ToolRun r = run_tracewpp("-scan:" + fifo + " " + source_);
    EXPECT_EQ(r.status, 2) << r.output;  // an input that cannot be read: exit 2
    EXPECT_THAT(r.output, HasSubstr(fifo + ":0: error: cannot read the file: not a regular file"));
}

TEST_F(TracewppInputs, HugeScannedFileIsRefusedWithItsSize) {
    const std::string huge = (dir_ / "huge.h").string();
    std::ofstream(huge).close();
    fs::resize_file(huge, std::uintmax_t{1} << 30);  // sparse: no disk used
    ToolRun r = run_tracewpp("-scan:" + huge + " " + source_);
    EXPECT_EQ(r.status, 2) << r.output;  // an input that cannot be read: exit 2
    EXPECT_THAT(r.output, HasSubstr(huge + ":0: error: cannot read the file: 1073741824 bytes, "
                                           "more than the 67108864"));
}

TEST_F(TracewppInputs, EnumFaultInAScannedFileWarnsAtItsLineAndTheDriverStillBuilds) {
    const std::string header = (dir_ / "values.h").string();
    std::ofstream(header) << "#pragma once\nenum E { A = (-9223372036854775807 - 1) / -1 };\n";
    ToolRun r = run_tracewpp("-scan:" + header + " " + source_);
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr(header + ":2: warning: the value of A"));
}

}  // namespace
