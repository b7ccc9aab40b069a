// End-to-end: the WFP callout sample in the host, fed the flows of its host.json (IPv4 and
// IPv6, some blocked by its registry rules), under a real LTTng session (a private
// lttng-sessiond around this program); the host's verdicts and the decoded decisions agree.
#include <gtest/gtest.h>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

const std::string config = WFP_CALLOUT_CONFIG;
const std::string stream_edit_config = WFP_STREAM_EDIT_CONFIG;

Output record(const TempDir& dir, std::vector<std::string> host_args,
              const std::string& host_config = config) {
    std::vector<std::string> argv = {tool, "record", "-o",       dir / "trace",
                                     "--", host,     "--config", host_config};
    argv.insert(argv.end(), host_args.begin(), host_args.end());
    return run(argv);
}

std::string decoded(const TempDir& dir, const std::string& log = "WfpCallout.log") {
    Output dec = run({tool, "decode", dir / "trace", "-o", dir / "out", "--noprefix"});
    EXPECT_EQ(dec.status, 0) << describe(dec);
    EXPECT_NE(read_file(dir / "out/summary.txt").find("unknown: 0, format errors: 0"),
              std::string::npos)
        << read_file(dir / "out/summary.txt");
    return read_file(dir / ("out/" + log));
}

TEST(WfpCallout, FlowsArePermittedOrBlockedByRuleAndTracedWithAddressesAndPorts) {
    TempDir dir;
    Output rec = record(dir, {});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    const std::string& out = rec.stdout_text;
    EXPECT_TRUE(contains(out,
                         "host: flow tcp 10.0.0.1:50000 -> 93.184.216.34:443 outbound: "
                         "2 permitted, 0 blocked"))
        << out;
    EXPECT_TRUE(contains(out,
                         "host: flow tcp 10.0.0.1:50001 -> 192.0.2.10:23 outbound: "
                         "0 permitted, 1 blocked"))
        << out;
    EXPECT_TRUE(contains(out,
                         "host: flow udp [fd00::1]:50004 -> [2001:db8::53]:53 outbound: "
                         "0 permitted, 1 blocked"))
        << out;
    EXPECT_TRUE(contains(out, "host: summary: flows: 5 permitted, 4 blocked")) << out;
    EXPECT_TRUE(contains(out, "0 completion problem(s), 0 leak report(s), 0 finding(s)")) << out;

    std::string log = decoded(dir);
    EXPECT_EQ(compare_with_golden(log, read_file(golden_dir + "/wfp_callout.txt")), "") << log;
}

// The rules come from the registry: another blocked port turns other flows around.
TEST(WfpCallout, RulesComeFromTheParametersKey) {
    TempDir dir;
    Output rec = record(dir, {"--param", "WfpCallout:BlockedRemotePort=443"});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    EXPECT_TRUE(contains(rec.stdout_text, "host: summary: flows: 4 permitted, 5 blocked"))
        << rec.stdout_text;
    std::string log = decoded(dir);
    EXPECT_TRUE(contains(log,
                         "BLOCK TCP 10.0.0.1:50000 -> 93.184.216.34:443 (filter 1, remote port "
                         "rule)"))
        << log;
    EXPECT_TRUE(contains(log, "PERMIT TCP 10.0.0.1:50001 -> 192.0.2.10:23 (filter 1, no rule)"))
        << log;
    EXPECT_TRUE(
        contains(log, "unloading: 3 connection(s) permitted, 5 blocked, 0 flow context(s) left"))
        << log;
}

// The stream-inspection sample: a flow context from flow established to the stream layer,
// outbound lines gathered with need-more-data and edited by clone + inject + absorb, inbound
// data that drops the connection, flowDeleteFn with each flow's totals; a connection to another
// port is not inspected (the stream callout is conditional on its context).
TEST(WfpStreamEdit, StreamDataIsEditedInjectedOrDroppedAndFlowContextsEndWithTheFlow) {
    TempDir dir;
    Output rec = record(dir, {}, stream_edit_config);
    ASSERT_EQ(rec.status, 0) << describe(rec);
    const std::string& out = rec.stdout_text;
    EXPECT_TRUE(
        contains(out,
                 "host: stream tcp 10.0.0.1:50100 -> 192.0.2.80:80 outbound: sent \"GET "
                 "/login?user=bob&password=secret HTTP/1.1\\r\\nX-Token: secret\\r\\n\\r\\n\", "
                 "delivered \"GET /login?user=bob&password=****** HTTP/1.1\\r\\nX-Token: "
                 "******\\r\\n\\r\\n\""))
        << out;
    EXPECT_TRUE(
        contains(out,
                 "host: stream tcp [fd00::1]:50101 -> [2001:db8::80]:80 outbound: received "
                 "\"HTTP/1.1 200 OK\\r\\nX-Evil: EVIL\\r\\nnever seen\\r\\n\", delivered \"\""))
        << out;
    EXPECT_TRUE(
        contains(out,
                 "host: stream tcp [fd00::1]:50101 -> [2001:db8::80]:80 outbound: connection "
                 "reset by a callout"))
        << out;
    EXPECT_TRUE(
        contains(out,
                 "host: stream tcp 10.0.0.1:50102 -> 198.51.100.9:443 outbound: sent "
                 "\"not inspected: secret\\r\\n\", delivered \"not inspected: secret\\r\\n\""))
        << out;
    EXPECT_TRUE(contains(out, "0 completion problem(s), 0 leak report(s), 0 finding(s)")) << out;

    std::string log = decoded(dir, "WfpStreamEdit.log");
    EXPECT_EQ(compare_with_golden(log, read_file(golden_dir + "/wfp_stream_edit.txt")), "") << log;
}

}  // namespace
}  // namespace wpptrace::testing
