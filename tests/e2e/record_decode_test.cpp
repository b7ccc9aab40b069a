// End-to-end: the sample drivers run in the host under a real LTTng session (a private
// lttng-sessiond that the test runner starts around this program), and the trace is decoded.
#include <gtest/gtest.h>

#include <regex>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

const std::string serial = SERIAL_DRIVER;
const std::string tracedrv = TRACEDRV_DRIVER;

// `wpptrace record [options] -- host [host args] drivers...`
Output record(const std::string& trace, std::vector<std::string> options,
              std::vector<std::string> host_args) {
    std::vector<std::string> argv = {tool, "record", "-o", trace};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.push_back("--");
    argv.push_back(host);
    argv.insert(argv.end(), host_args.begin(), host_args.end());
    return run(argv);
}

Output decode(std::vector<std::string> args) {
    args.insert(args.begin(), {tool, "decode"});
    return run(args);
}

TEST(EndToEnd, TwoDriversInOneHostGiveTwoPerDriverLogs) {
    TempDir dir;
    Output rec = record(dir / "trace", {}, {"--param", "Serial:RxFIFO=4", serial, tracedrv});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    Output dec = decode({dir / "trace", "-o", dir / "out", "--noprefix"});
    ASSERT_EQ(dec.status, 0) << describe(dec);

    EXPECT_EQ(compare_with_golden(read_file(dir / "out/Serial.log"),
                                  read_file(golden_dir + "/serial.txt")),
              "");
    EXPECT_EQ(compare_with_golden(read_file(dir / "out/tracedrv.log"),
                                  read_file(golden_dir + "/tracedrv.txt")),
              "");
    EXPECT_EQ(lines_of(read_file(dir / "out/merged.log")).size(), 16u);
    EXPECT_NE(read_file(dir / "out/summary.txt").find("Events: 16, decoded: 16, unknown: 0"),
              std::string::npos);
}

TEST(EndToEnd, DefaultPrefixIsTracefmts) {
    TempDir dir;
    ASSERT_EQ(record(dir / "trace", {}, {serial}).status, 0);
    Output dec = decode({dir / "trace"});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    // [CPU]PID.TID::MM/DD/YYYY-HH:MM:SS.mmm [Driver]message
    std::regex line(
        R"(\[\d+\][0-9A-F]{4,}\.[0-9A-F]{4,}::\d\d/\d\d/\d{4}-\d\d:\d\d:\d\d\.\d{3} )"
        R"(\[Serial\]Serial Sample \(WDF Version\) - Built \w{3} [ \d]\d \d{4} [\d:]{8})");
    EXPECT_TRUE(std::regex_search(dec.stdout_text, line)) << dec.stdout_text;
}

TEST(EndToEnd, PrefixCodesFromTheEnvironmentAndTheCommandLine) {
    TempDir dir;
    ASSERT_EQ(record(dir / "trace", {}, {serial}).status, 0);
    Output dec =
        decode({dir / "trace", "--prefix", "%1!s!|%2!s!|%!FUNC!|%!LEVEL!|%!FLAGS!|%7!d!: "});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    EXPECT_NE(dec.stdout_text.find("Serial|driver_c68|DriverEntry|TRACE_LEVEL_INFORMATION|DBG_INIT|"
                                   "1: Serial Sample"),
              std::string::npos)
        << dec.stdout_text;
}

TEST(EndToEnd, FailingDriverEntryCleansUpTracingItself) {
    TempDir dir;
    Output rec =
        record(dir / "trace", {},
               {"--inject", "Serial:WdfDriverCreate=STATUS_INSUFFICIENT_RESOURCES", serial});
    EXPECT_EQ(rec.status, 1) << describe(rec);  // the host reports the failed DriverEntry
    Output dec = decode({dir / "trace", "--noprefix"});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    EXPECT_EQ(compare_with_golden(
                  dec.stdout_text,
                  "Serial Sample (WDF Version) - Built <*>\n"
                  "WdfDriverCreate failed with status 0xc000009a(STATUS_INSUFFICIENT_RESOURCES)\n"),
              "");
}

TEST(EndToEnd, LevelSelectionKeepsOnlyMoreSevereMessages) {
    TempDir dir;
    ASSERT_EQ(record(dir / "trace", {"--level", "INFORMATION"}, {serial, tracedrv}).status, 0);
    Output dec = decode({dir / "trace", "--noprefix"});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    EXPECT_NE(dec.stdout_text.find("Serial Sample (WDF Version)"), std::string::npos);
    EXPECT_NE(dec.stdout_text.find("DbgPrintEx: tracedrv"), std::string::npos);  // WARNING
    EXPECT_NE(dec.stdout_text.find("Hello, World 1"), std::string::npos);        // DoTraceMessage
    EXPECT_EQ(dec.stdout_text.find("Default RxFIFO"), std::string::npos);        // VERBOSE
    EXPECT_EQ(dec.stdout_text.find("IOCTL = "), std::string::npos);              // VERBOSE
}

TEST(EndToEnd, DriverAndFlagSelectionByWppNames) {
    TempDir dir;
    ASSERT_EQ(record(dir / "trace", {"--driver", "tracedrv", "--flags", "TRACELEVELONE"},
                     {serial, tracedrv})
                  .status,
              0);
    Output dec = decode({dir / "trace", "-o", dir / "out", "--noprefix"});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    std::string text = read_file(dir / "out/merged.log");
    EXPECT_EQ(text.find("Serial"), std::string::npos) << text;
    EXPECT_NE(text.find("Hello, World 1"), std::string::npos) << text;
    EXPECT_EQ(text.find("IOCTL = "), std::string::npos) << text;  // TRACELEVELTWO
    EXPECT_EQ(text.find("Unloading"), std::string::npos) << text;
}

TEST(EndToEnd, PlainLttngSelectsDriverAndLevel) {
    TempDir dir;
    std::vector<std::vector<std::string>> commands = {
        {"lttng", "--no-sessiond", "create", "plain", "--output=" + (dir / "trace")},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "plain", "wpp_catalog:*"},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "plain", "wpp:*",
         "--loglevel=TRACE_WARNING", "--filter", "driver == \"tracedrv\""},
        {"lttng", "--no-sessiond", "add-context", "-u", "-s", "plain", "-t", "vpid", "-t", "vtid"},
        {"lttng", "--no-sessiond", "start", "plain"},
        {host, serial, tracedrv},
        {"lttng", "--no-sessiond", "destroy", "plain"},
    };
    for (const auto& c : commands) {
        Output o = run(c);
        ASSERT_EQ(o.status, 0) << describe(o);
    }
    Output dec = decode({dir / "trace", "--noprefix"});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    EXPECT_EQ(dec.stdout_text, "DbgPrintEx: tracedrv is a C driver\n");
}

TEST(EndToEnd, PlainLttngFilterSelectsFlagBits) {
    TempDir dir;
    std::vector<std::vector<std::string>> commands = {
        {"lttng", "--no-sessiond", "create", "flags", "--output=" + (dir / "trace")},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "flags", "wpp_catalog:*"},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "flags", "wpp:*", "--filter",
         "(flags & 0x2) != 0"},  // TRACELEVELTWO
        {"lttng", "--no-sessiond", "start", "flags"},
        {host, serial, tracedrv},
        {"lttng", "--no-sessiond", "destroy", "flags"},
    };
    for (const auto& c : commands) {
        Output o = run(c);
        ASSERT_EQ(o.status, 0) << describe(o);
    }
    Output dec = decode({dir / "trace", "--noprefix"});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    EXPECT_EQ(compare_with_golden(dec.stdout_text,
                                  "IOCTL = 0, name TRACEDRV_IOCTL, ratio 0.00\n"
                                  "IOCTL = 1, name TRACEDRV_IOCTL, ratio 0.25\n"
                                  "IOCTL = 2, name TRACEDRV_IOCTL, ratio 0.50\n"
                                  "Unloading \\Driver\\tracedrv after 3 messages\n"),
              "");
}

TEST(EndToEnd, UnknownMessagesArePrintedAsSuchNeverGuessed) {
    TempDir dir;
    std::vector<std::vector<std::string>> commands = {
        {"lttng", "--no-sessiond", "create", "nocat", "--output=" + (dir / "trace")},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "nocat", "wpp:*"},
        {"lttng", "--no-sessiond", "start", "nocat"},
        {host, "--param", "Serial:RxFIFO=4", serial},
        {"lttng", "--no-sessiond", "destroy", "nocat"},
    };
    for (const auto& c : commands) {
        Output o = run(c);
        ASSERT_EQ(o.status, 0) << describe(o);
    }
    Output dec = decode({dir / "trace", "--noprefix"});
    EXPECT_EQ(dec.status, 1) << describe(dec);
    EXPECT_EQ(compare_with_golden(dec.stdout_text, read_file(golden_dir + "/serial_unknown.txt")),
              "");
    EXPECT_NE(dec.stderr_text.find("unknown: 8"), std::string::npos) << dec.stderr_text;

    // The driver binary carries the catalog, so is an exported copy of it.
    Output with_binary = decode({dir / "trace", "--noprefix", "-c", serial});
    EXPECT_EQ(with_binary.status, 0) << describe(with_binary);
    EXPECT_EQ(compare_with_golden(with_binary.stdout_text, read_file(golden_dir + "/serial.txt")),
              "");
    Output exported = run({tool, "catalog", serial, "--export", dir / "serial.json"});
    ASSERT_EQ(exported.status, 0) << describe(exported);
    Output with_export = decode({dir / "trace", "--noprefix", "-c", dir / "serial.json"});
    EXPECT_EQ(with_export.status, 0) << describe(with_export);
    EXPECT_EQ(with_export.stdout_text, with_binary.stdout_text);
}

TEST(EndToEnd, CxxDriverCatalogComesFromItsBinaryToo) {
    TempDir dir;
    std::vector<std::vector<std::string>> commands = {
        {"lttng", "--no-sessiond", "create", "nocat", "--output=" + (dir / "trace")},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "nocat", "wpp:*"},
        {"lttng", "--no-sessiond", "start", "nocat"},
        {host, tracedrv},
        {"lttng", "--no-sessiond", "destroy", "nocat"},
    };
    for (const auto& c : commands) {
        Output o = run(c);
        ASSERT_EQ(o.status, 0) << describe(o);
    }
    Output dec = decode({dir / "trace", "--noprefix", "-c", tracedrv});
    EXPECT_EQ(dec.status, 0) << describe(dec);
    EXPECT_EQ(compare_with_golden(dec.stdout_text, read_file(golden_dir + "/tracedrv.txt")), "");
}

TEST(EndToEnd, DecodeRejectsWhatIsNotATrace) {
    TempDir dir;
    Output missing = decode({dir / "nothing-here"});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.stderr_text.find("no such file or directory"), std::string::npos)
        << describe(missing);
    Output empty = decode({dir.path()});
    EXPECT_EQ(empty.status, 2);
    EXPECT_NE(empty.stderr_text.find("no CTF trace"), std::string::npos) << describe(empty);
}

}  // namespace
}  // namespace wpptrace::testing
