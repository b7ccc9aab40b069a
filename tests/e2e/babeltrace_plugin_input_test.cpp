// End-to-end: what the babeltrace2 plugin (filter.wpp.decode) does with everything that is not
// a wpp message, and with bad input, on the committed traces (tests/data/traces), no daemon:
// other events pass unchanged, wrong parameters and unreadable catalogs are babeltrace2 errors
// that name the problem, never a crash of babeltrace2.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "babeltrace_plugin_output.hpp"
#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

const std::string intact = traces + "/intact";

std::vector<std::string> lines_with(const std::string& text, const std::string& part) {
    std::vector<std::string> out;
    for (const auto& line : lines_of(text))
        if (contains(line, part)) out.push_back(line);
    return out;
}

TEST(BabeltracePluginInput, OtherEventsPassUnchanged) {
    Output plain = run({"babeltrace2", intact});
    ASSERT_EQ(plain.status, 0) << describe(plain);
    Output passed =
        babeltrace({intact, "-c", "filter.wpp.decode", "-p", "pass-catalog-events=true"});
    ASSERT_EQ(passed.status, 0) << describe(passed);
    const auto catalog = lines_with(plain.stdout_text, "wpp_catalog:");
    ASSERT_GT(catalog.size(), 10u);
    const auto copied = lines_with(passed.stdout_text, "wpp_catalog:");
    ASSERT_EQ(copied.size(), catalog.size());
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const std::size_t payload = catalog[i].rfind("}, { ");
        EXPECT_EQ(copied[i].substr(0, payload), catalog[i].substr(0, payload));
        const PrettyEvent theirs = parse_pretty(catalog[i])[0];
        const PrettyEvent ours = parse_pretty(copied[i])[0];
        ASSERT_EQ(ours.payload.size(), theirs.payload.size()) << copied[i];
        for (const auto& [key, value] : theirs.payload) {
            // babeltrace2 2.0.4 reads an empty CTF string as a string of length 0 without
            // ending the text: text.pretty, which prints the text, shows an earlier event's
            // value there; the copy (length and bytes) is really empty.
            if (ours.payload.at(key).empty()) continue;
            EXPECT_EQ(ours.payload.at(key), value) << key << " in " << copied[i];
        }
    }
    // Each wpp event keeps its name, time and contexts; only its payload is the decoded one.
    const auto before = lines_with(plain.stdout_text, " wpp:");
    const auto after = lines_with(passed.stdout_text, " wpp:");
    ASSERT_EQ(after.size(), before.size());
    ASSERT_EQ(before.size(), 16u);
    for (std::size_t i = 0; i < before.size(); ++i) {
        const std::size_t payload = before[i].rfind("}, { ");
        EXPECT_EQ(after[i].substr(0, payload), before[i].substr(0, payload));
        EXPECT_TRUE(contains(after[i], "{ message = \"")) << after[i];
    }
}

// A CTF 1.8 trace of another provider with what LTTng's own traces lack: an enumeration, a
// variant selected by it (lttng-modules' network headers have such), a sequence; and a wpp
// event without the fields of one (another wpptrace version, another tool).
void write_shapes_trace(const std::string& dir) {
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/metadata") << R"(/* CTF 1.8 */
typealias integer { size = 8; align = 8; signed = false; } := uint8_t;
typealias integer { size = 32; align = 8; signed = false; } := uint32_t;
typealias integer { size = 64; align = 8; signed = false; } := uint64_t;
trace {
	major = 1;
	minor = 8;
	byte_order = le;
	packet.header := struct { uint32_t magic; uint32_t stream_id; };
};
env { hostname = "handmade"; };
clock { name = "monotonic"; freq = 1000000000; offset_s = 1700000000; };
typealias integer { size = 64; align = 8; signed = false; map = clock.monotonic.value; }
	:= uint64_clock_monotonic_t;
stream {
	id = 0;
	event.header := struct { uint32_t id; uint64_clock_monotonic_t timestamp; };
	packet.context := struct { uint64_t content_size; uint64_t packet_size; };
};
event {
	name = "other:shapes";
	id = 0;
	stream_id = 0;
	fields := struct {
		enum : uint8_t { circle = 0, square = 1 } kind;
		variant <kind> { uint32_t circle; string square; } shape;
		uint8_t _count;
		uint32_t values[_count];
	};
};
event {
	name = "wpp:broken";
	id = 1;
	stream_id = 0;
	fields := struct { uint32_t msg_id; };
};
)";
    std::string events;
    auto put = [&events](std::uint64_t value, int bytes) {
        for (int i = 0; i < bytes; ++i) events += static_cast<char>(value >> (8 * i));
    };
    put(0, 4), put(1000, 8), put(0, 1), put(7, 4), put(2, 1), put(1, 4), put(2, 4);  // circle 7
    put(0, 4), put(2000, 8), put(1, 1), events.append("side", 5), put(0, 1);  // square "side"
    put(1, 4), put(3000, 8), put(42, 4);  // wpp:broken: a wpp event without its fields
    const std::string body = events;
    events.clear();
    const std::uint64_t bits = (8 + 16 + body.size()) * 8;
    put(0xC1FC1FC1, 4), put(0, 4), put(bits, 8), put(bits, 8);  // header, context
    std::ofstream(dir + "/stream_0", std::ios::binary) << events << body;
}

TEST(BabeltracePluginInput, OtherProvidersAndMalformedWppEventsPassUnchanged) {
    TempDir dir;
    write_shapes_trace(dir / "shapes");
    Output plain = run({"babeltrace2", dir / "shapes"});
    ASSERT_EQ(plain.status, 0) << describe(plain);
    ASSERT_TRUE(contains(plain.stdout_text, R"(shape = { "side" })")) << plain.stdout_text;
    Output filtered = babeltrace({dir / "shapes", "-c", "filter.wpp.decode"});
    ASSERT_EQ(filtered.status, 0) << describe(filtered);
    EXPECT_EQ(filtered.stdout_text, plain.stdout_text);
    EXPECT_TRUE(contains(plain.stdout_text, "wpp:broken: { msg_id = 42 }")) << plain.stdout_text;
    EXPECT_TRUE(contains(filtered.stderr_text,
                         "event wpp:broken is not a wpptrace event this decoder knows"))
        << describe(filtered);
}

// A failed run: babeltrace2's own error exit, with our cause in it, and no signal.
void expect_error(const std::vector<std::string>& args, const std::string& cause) {
    Output o = babeltrace(args);
    EXPECT_EQ(o.status, 1) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, "filter.wpp.decode")) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, cause)) << describe(o);
}

TEST(BabeltracePluginInput, WrongParametersAreErrorsThatNameThem) {
    expect_error({intact, "-c", "filter.wpp.decode", "-p", "catalgo=\"x\""},
                 "unknown parameter 'catalgo'");
    expect_error({intact, "-c", "filter.wpp.decode", "-p", "catalog=12"},
                 "parameter 'catalog' must be a path or an array of paths");
    expect_error({intact, "-c", "filter.wpp.decode", "-p", "pass-catalog-events=\"yes\""},
                 "parameter 'pass-catalog-events' must be a boolean");
    expect_error({intact, "-c", "filter.wpp.decode", "-p", "catalog=\"/nonexistent/x.json\""},
                 "/nonexistent/x.json");
}

TEST(BabeltracePluginInput, CorruptCatalogsAreErrorsThatNameTheFile) {
    TempDir dir;
    {
        std::ofstream(dir / "cut.json") << R"({"format": "wpptrace-catalog", "messages": [{"id")";
        std::ofstream(dir / "garbage.so") << std::string(4096, '\x7f');
    }
    expect_error(
        {intact, "-c", "filter.wpp.decode", "-p", "catalog=\"" + (dir / "cut.json") + "\""},
        dir / "cut.json");
    expect_error(
        {intact, "-c", "filter.wpp.decode", "-p", "catalog=\"" + (dir / "garbage.so") + "\""},
        dir / "garbage.so");
}

}  // namespace
}  // namespace wpptrace::testing
