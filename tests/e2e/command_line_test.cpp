// The command-line conventions every tool keeps (issue 16, item 4): --version, exit statuses in
// every --help, exit 2 for bad usage (wpptrace-tracewpp included). No daemon: nothing records
// (record's exit status is in record_session_test.cpp).
#include <filesystem>
#include <fstream>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

const std::string tracewpp = WPPTRACE_TRACEWPP;
const std::string version = WPPTRACE_VERSION_TEXT;

std::string joined(const std::vector<std::string>& argv) {
    std::string text;
    for (const auto& arg : argv) text += arg + " ";
    return text;
}

TEST(CommandLine, EveryToolPrintsItsVersion) {
    const std::vector<std::pair<std::string, std::string>> tools = {
        {tool, "wpptrace"}, {host, "wpptrace-host"}, {tracewpp, "wpptrace-tracewpp"}};
    for (const auto& [path, name] : tools) {
        Output out = run({path, "--version"});
        EXPECT_EQ(out.status, 0) << name << "\n" << describe(out);
        EXPECT_EQ(out.stdout_text, name + " " + version + "\n") << describe(out);
    }
}

TEST(CommandLine, EveryHelpListsTheExitStatuses) {
    const std::vector<std::vector<std::string>> helps = {{tool, "--help"},
                                                         {tool, "record", "--help"},
                                                         {tool, "decode", "--help"},
                                                         {tool, "catalog", "--help"},
                                                         {host, "--help"},
                                                         {tracewpp, "--help"},
                                                         {tracewpp, "-h"}};
    for (const auto& argv : helps) {
        Output out = run(argv);
        EXPECT_EQ(out.status, 0) << joined(argv) << "\n" << describe(out);
        EXPECT_TRUE(contains(out.stdout_text, "Exit status")) << joined(argv) << describe(out);
        EXPECT_TRUE(contains(out.stdout_text, "  2 ") ||
                    contains(out.stdout_text, "2 for bad usage") ||
                    contains(out.stdout_text, "125"))
            << joined(argv) << describe(out);
    }
    EXPECT_TRUE(contains(run({tool, "record", "--help"}).stdout_text,
                         "127      the command was not found"));
    EXPECT_TRUE(contains(run({tool, "record", "--help"}).stdout_text, "--num-subbuf"));
    EXPECT_TRUE(contains(run({host, "--help"}).stdout_text, "5        a driver did not return"));
}

// tracewpp: bad usage and unreadable inputs exit 2 with the file named; a configuration error
// in a file that was read exits 1; a good one 0.
TEST(CommandLine, TracewppExitsTwoForUsageAndOneForConfigurationErrors) {
    TempDir dir;
    const std::string source = dir / "driver.c";
    std::ofstream(source) << "void f(void) {}\n";
    const std::string bad_config = dir / "trace.h";
    std::ofstream(bad_config) << "// begin_wpp config\n// FUNC T(LEVEL, LEVEL, MSG, ...);\n"
                                 "// end_wpp\n";
    const std::string odir = "-odir:" + dir / "out";
    const std::vector<std::vector<std::string>> usage_errors = {
        {tracewpp},
        {tracewpp, "--bogus", source},
        {tracewpp, odir},
        {tracewpp, odir, dir / "no-such-source.c"},
        {tracewpp, odir, "-scan:" + dir / "no-such-trace.h", source},
        {tracewpp, odir, "-ini:" + dir / "no-such.ini", source},
    };
    for (const auto& argv : usage_errors) {
        Output out = run(argv);
        EXPECT_EQ(out.status, 2) << joined(argv) << "\n" << describe(out);
        EXPECT_FALSE(out.stderr_text.empty()) << joined(argv);
    }
    Output missing = run({tracewpp, odir, dir / "no-such-source.c"});
    EXPECT_TRUE(contains(missing.stderr_text, dir / "no-such-source.c:0: error: cannot read"))
        << describe(missing);

    Output config = run({tracewpp, odir, "-scan:" + bad_config, source});
    EXPECT_EQ(config.status, 1) << describe(config);
    EXPECT_TRUE(contains(config.stderr_text,
                         bad_config + ":2: error: FUNC T: parameter LEVEL appears twice"))
        << describe(config);

    Output good = run({tracewpp, odir, "-func:TraceEvents(LEVEL,FLAGS,MSG,...)", source});
    EXPECT_EQ(good.status, 0) << describe(good);
    EXPECT_TRUE(std::filesystem::exists(dir / "out/driver.tmh"));
}

}  // namespace
}  // namespace wpptrace::testing
