// End-to-end: the babeltrace2 plugin (filter.wpp.decode, decoder/plugin) run by the babeltrace2
// command on real recordings of the samples: it gives the message texts and prefix fields that
// `wpptrace decode` gives for the same trace, with the catalog from the trace or from `catalog=`
// paths alone; in front of sink.ctf.fs it writes a trace that babeltrace2 reads back with those
// fields; after src.ctf.lttng-live it decodes a live session (a private lttng-relayd).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "babeltrace_plugin_output.hpp"
#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

using nlohmann::json;

const std::string serial = SERIAL_DRIVER;
const std::string tracedrv = TRACEDRV_DRIVER;

// The events of `wpptrace decode TRACE --json ARGS...`, in order.
std::vector<json> decode_json(const std::string& trace, std::vector<std::string> args = {}) {
    args.insert(args.begin(), {tool, "decode", trace, "--json"});
    Output o = run(args);
    EXPECT_LE(o.status, 1) << describe(o);
    std::vector<json> events;
    for (const auto& line : lines_of(o.stdout_text)) {
        json j = json::parse(line);
        if (j["type"] == "event") events.push_back(std::move(j));
    }
    return events;
}

// What the plugin's fields must be: those of decode's JSON (absent call site: "" and 0). Other
// events (LTTng's state dump, which `record` enables) pass through, and are left out here.
void expect_same_events(const std::vector<PrettyEvent>& all, const std::vector<json>& decoded) {
    std::vector<PrettyEvent> plugin;
    for (const PrettyEvent& event : all)
        if (event.name.starts_with("wpp:")) plugin.push_back(event);
    ASSERT_EQ(plugin.size(), decoded.size());
    for (std::size_t i = 0; i < plugin.size(); ++i) {
        const auto& p = plugin[i].payload;
        const json& d = decoded[i];
        SCOPED_TRACE("event " + std::to_string(i + 1) + ": " + d.dump());
        EXPECT_EQ(p.at("message"), d["message"].get<std::string>());
        EXPECT_EQ(p.at("status"), d["status"].get<std::string>());
        EXPECT_EQ(p.at("driver"), d["driver"].get<std::string>());
        EXPECT_EQ(p.at("file"), d["file"].is_null() ? "" : d["file"].get<std::string>());
        EXPECT_EQ(p.at("line"), d["line"].is_null() ? "0" : std::to_string(d["line"].get<int>()));
        EXPECT_EQ(p.at("function"),
                  d["function"].is_null() ? "" : d["function"].get<std::string>());
        EXPECT_EQ(p.at("level"), std::to_string(d["level"].get<int>()));
        EXPECT_EQ(p.at("level_name"), d["level_name"].get<std::string>());
        EXPECT_EQ(p.at("flags"), d["flags"].is_null() ? "" : d["flags"].get<std::string>());
        EXPECT_EQ(std::stoull(p.at("msg_id"), nullptr, 16),
                  std::stoull(d["msg_id"].get<std::string>(), nullptr, 16));
        EXPECT_EQ(p.at("sequence"), std::to_string(i + 1));
        EXPECT_EQ(plugin[i].common_context.at("vtid"), std::to_string(d["tid"].get<int>()));
    }
}

TEST(BabeltracePlugin, GivesTheMessagesAndPrefixFieldsOfDecodeAndWritesThemAsCtf) {
    TempDir dir;
    Output rec = run({tool, "record", "-o", dir / "trace", "--", host, "--param", "Serial:RxFIFO=4",
                      serial, tracedrv});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    const std::vector<json> decoded = decode_json(dir / "trace");
    ASSERT_EQ(decoded.size(), 16u);

    // In front of sink.text.pretty (the babeltrace2 command's default sink).
    Output pretty = babeltrace({dir / "trace", "-c", "filter.wpp.decode"});
    ASSERT_EQ(pretty.status, 0) << describe(pretty);
    const std::vector<PrettyEvent> events = parse_pretty(pretty.stdout_text);
    expect_same_events(events, decoded);
    // The catalog events fed the catalog and are gone.
    EXPECT_FALSE(contains(pretty.stdout_text, "wpp_catalog:")) << pretty.stdout_text;

    // In front of sink.ctf.fs: a CTF trace that babeltrace2 reads back with the same fields.
    Output written = babeltrace({dir / "trace", "-c", "filter.wpp.decode", "-c", "sink.ctf.fs",
                                 "-p", "path=\"" + (dir / "formatted") + "\""});
    ASSERT_EQ(written.status, 0) << describe(written);
    Output back = run({"babeltrace2", dir / "formatted"});
    ASSERT_EQ(back.status, 0) << describe(back);
    EXPECT_EQ(back.stdout_text, pretty.stdout_text);
    // A formatted trace run through the filter again stays as it is.
    Output again = babeltrace({dir / "formatted", "-c", "filter.wpp.decode"});
    ASSERT_EQ(again.status, 0) << describe(again);
    EXPECT_EQ(again.stdout_text, pretty.stdout_text);
}

TEST(BabeltracePlugin, CatalogParameterDecodesATraceWithoutCatalogEvents) {
    TempDir dir;
    const std::vector<std::vector<std::string>> commands = {
        {"lttng", "--no-sessiond", "create", "bare", "--output=" + (dir / "trace")},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "bare", "wpp:*"},
        {"lttng", "--no-sessiond", "add-context", "-u", "-s", "bare", "-t", "vpid", "-t", "vtid",
         "-t", "procname"},
        {"lttng", "--no-sessiond", "start", "bare"},
        {host, "--param", "Serial:RxFIFO=4", serial, tracedrv},
        {"lttng", "--no-sessiond", "destroy", "bare"},
    };
    for (const auto& c : commands) {
        Output o = run(c);
        ASSERT_EQ(o.status, 0) << describe(o);
    }
    // No catalog at all: every event is decode's Unknown(...) line, with status "unknown".
    Output bare = babeltrace({dir / "trace", "-c", "filter.wpp.decode"});
    ASSERT_EQ(bare.status, 0) << describe(bare);
    const std::vector<PrettyEvent> unknown = parse_pretty(bare.stdout_text);
    ASSERT_EQ(unknown.size(), 16u) << bare.stdout_text;
    for (const auto& e : unknown) EXPECT_EQ(e.payload.at("status"), "unknown");
    expect_same_events(unknown, decode_json(dir / "trace"));

    // The binaries, or a directory of their exported catalogs: decode -c's texts.
    const std::vector<json> decoded = decode_json(dir / "trace", {"-c", serial, "-c", tracedrv});
    for (const auto& e : decoded) ASSERT_EQ(e["status"], "decoded") << e.dump();
    Output binaries = babeltrace({dir / "trace", "-c", "filter.wpp.decode", "-p",
                                  "catalog=[\"" + serial + "\",\"" + tracedrv + "\"]"});
    ASSERT_EQ(binaries.status, 0) << describe(binaries);
    expect_same_events(parse_pretty(binaries.stdout_text), decoded);

    std::filesystem::create_directory(dir / "catalogs");
    ASSERT_EQ(run({tool, "catalog", serial, "-e", dir / "catalogs/serial.json"}).status, 0);
    ASSERT_EQ(run({tool, "catalog", tracedrv, "-e", dir / "catalogs/tracedrv.json"}).status, 0);
    Output directory = babeltrace(
        {dir / "trace", "-c", "filter.wpp.decode", "-p", "catalog=\"" + (dir / "catalogs") + "\""});
    ASSERT_EQ(directory.status, 0) << describe(directory);
    EXPECT_EQ(directory.stdout_text, binaries.stdout_text);
}

TEST(BabeltracePlugin, DecodesALiveSessionAfterSrcCtfLttngLive) {
    TempDir dir;
    // A private lttng-relayd, a live session, the reader attached while the host runs.
    Output live = run({"env", std::string("BABELTRACE_PRELOAD=") + BABELTRACE_PRELOAD,
                       "LIVE_EVENTS=16", LIVE_SCRIPT, dir.path(), plugin_dir, host, "--param",
                       "Serial:RxFIFO=4", serial, tracedrv});
    ASSERT_EQ(live.status, 0) << describe(live) << read_file(dir / "live.err");
    // What the relayd wrote of the same session, decoded by wpptrace decode.
    const std::vector<json> decoded = decode_json(dir / "relayd");
    ASSERT_EQ(decoded.size(), 16u);
    expect_same_events(parse_pretty(read_file(dir / "live.txt")), decoded);
}

// The same under valgrind: the memory check of the plugin after src.ctf.lttng-live that the
// sanitizer stage cannot make (scripts/test-sanitizers says why), on the normal build.
TEST(BabeltracePlugin, DecodesALiveSessionAfterSrcCtfLttngLiveCleanUnderValgrind) {
    if (!std::string(BABELTRACE_PRELOAD).empty())
        GTEST_SKIP() << "a sanitizer build: its plugin needs the ASan runtime, not valgrind";
    if (run({"sh", "-c", "command -v valgrind"}).status != 0)
        GTEST_SKIP() << "no valgrind on the PATH (apt-get install valgrind)";
    TempDir dir;
    Output live = run({"env", "BABELTRACE_VALGRIND=1", "LIVE_EVENTS=16", LIVE_SCRIPT, dir.path(),
                       plugin_dir, host, "--param", "Serial:RxFIFO=4", serial, tracedrv});
    const std::string log = read_file(dir / "valgrind.log");
    ASSERT_EQ(live.status, 0) << describe(live) << read_file(dir / "live.err") << log;
    EXPECT_TRUE(contains(log, "ERROR SUMMARY: 0 errors from 0 contexts")) << log;
    const std::vector<json> decoded = decode_json(dir / "relayd");
    ASSERT_EQ(decoded.size(), 16u);
    expect_same_events(parse_pretty(read_file(dir / "live.txt")), decoded);
}

}  // namespace
}  // namespace wpptrace::testing
