// End-to-end: the WFP callout sample in the host, fed the flows of its host.json (IPv4 and
// IPv6, some blocked by its registry rules), under a real LTTng session (a private
// lttng-sessiond around this program); the host's verdicts and the decoded decisions agree.
#include <gtest/gtest.h>

#include "process.hpp"

namespace {

using wpptrace::testing::compare_with_golden;
using wpptrace::testing::describe;
using wpptrace::testing::Output;
using wpptrace::testing::read_file;
using wpptrace::testing::run;
using wpptrace::testing::TempDir;

const std::string tool = WPPTRACE_TOOL;
const std::string host = WPPTRACE_HOST;
const std::string config = WFP_CALLOUT_CONFIG;
const std::string golden_dir = GOLDEN_DIR;

Output record(const TempDir& dir, std::vector<std::string> host_args) {
    std::vector<std::string> argv = {tool, "record", "-o",       dir / "trace",
                                     "--", host,     "--config", config};
    argv.insert(argv.end(), host_args.begin(), host_args.end());
    return run(argv);
}

std::string decoded(const TempDir& dir) {
    Output dec = run({tool, "decode", dir / "trace", "-o", dir / "out", "--noprefix"});
    EXPECT_EQ(dec.status, 0) << describe(dec);
    EXPECT_NE(read_file(dir / "out/summary.txt").find("unknown: 0, format errors: 0"),
              std::string::npos)
        << read_file(dir / "out/summary.txt");
    return read_file(dir / "out/WfpCallout.log");
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(WfpCallout, FlowsArePermittedOrBlockedByRuleAndTracedWithAddressesAndPorts) {
    TempDir dir;
    Output rec = record(dir, {});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    const std::string& out = rec.stdout_text;
    EXPECT_TRUE(has(out,
                    "host: flow tcp 10.0.0.1:50000 -> 93.184.216.34:443 outbound: "
                    "2 permitted, 0 blocked"))
        << out;
    EXPECT_TRUE(has(out,
                    "host: flow tcp 10.0.0.1:50001 -> 192.0.2.10:23 outbound: "
                    "0 permitted, 1 blocked"))
        << out;
    EXPECT_TRUE(has(out,
                    "host: flow udp [fd00::1]:50004 -> [2001:db8::53]:53 outbound: "
                    "0 permitted, 1 blocked"))
        << out;
    EXPECT_TRUE(has(out, "host: summary: flows: 5 permitted, 4 blocked")) << out;
    EXPECT_TRUE(has(out, "0 completion problem(s), 0 leak report(s), 0 finding(s)")) << out;

    std::string log = decoded(dir);
    EXPECT_EQ(compare_with_golden(log, read_file(golden_dir + "/wfp_callout.txt")), "") << log;
}

// The rules come from the registry: another blocked port turns other flows around.
TEST(WfpCallout, RulesComeFromTheParametersKey) {
    TempDir dir;
    Output rec = record(dir, {"--param", "WfpCallout:BlockedRemotePort=443"});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    EXPECT_TRUE(has(rec.stdout_text, "host: summary: flows: 4 permitted, 5 blocked"))
        << rec.stdout_text;
    std::string log = decoded(dir);
    EXPECT_TRUE(has(log,
                    "BLOCK TCP 10.0.0.1:50000 -> 93.184.216.34:443 (filter 1, remote port "
                    "rule)"))
        << log;
    EXPECT_TRUE(has(log, "PERMIT TCP 10.0.0.1:50001 -> 192.0.2.10:23 (filter 1, no rule)")) << log;
    EXPECT_TRUE(has(log, "unloading: 3 connection(s) permitted, 5 blocked, 0 flow context(s) left"))
        << log;
}

}  // namespace
