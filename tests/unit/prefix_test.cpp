#include "wpptrace/decoder/prefix.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "wpptrace/decoder/time_format.hpp"

namespace wpptrace::decoder {
namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
// 06/10/2005-14:25:43.968 UTC, the reference's sample line.
constexpr std::int64_t kSampleTime = 1118413543 * kSecond + 968'123'456;

const TimeOptions kUtc{TimeMode::utc, TimePrecision::milliseconds};

EventContext sample_event() {
    EventContext e;
    e.module = "tracedrv";
    e.file = "/src/general/tracing/tracedriver/tracedrv.c";
    e.line = 258;
    e.function = "TracedrvDispatchDeviceControl";
    e.level = 4;
    e.flags = "FLAG_ONE";
    e.cpu = 0;
    e.pid = 0x338;
    e.tid = 0xe40;
    e.sequence = 17;
    e.timestamp_ns = kSampleTime;
    return e;
}

std::string render(std::string_view format, const EventContext& event, TimeOptions time = kUtc) {
    Prefix prefix(format, time);
    std::string out;
    prefix.render(event, out);
    return out;
}

// Sets TZ for one test and puts the old value back.
class ScopedTimeZone {
  public:
    explicit ScopedTimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) old_ = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (old_)
            setenv("TZ", old_->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }

  private:
    std::optional<std::string> old_;
};

TEST(Prefix, RendersTheDefaultPrefixLikeTracefmt) {
    EXPECT_EQ(render(Prefix::default_format, sample_event()),
              "[0]0338.0E40::06/10/2005-14:25:43.968 [tracedrv]");
    EventContext e = sample_event();
    e.cpu = 13;
    e.pid = 0x12345;  // wider than the 04 minimum
    e.tid = 7;
    EXPECT_EQ(render(Prefix::default_format, e),
              "[13]12345.0007::06/10/2005-14:25:43.968 [tracedrv]");
}

TEST(Prefix, DefaultsToTheDefaultPrefixInLocalTime) {
    ScopedTimeZone zone("EST5");  // UTC-5, no daylight saving
    Prefix prefix;
    EXPECT_EQ(prefix.format(), Prefix::default_format);
    std::string out;
    prefix.render(sample_event(), out);
    EXPECT_EQ(out, "[0]0338.0E40::06/10/2005-09:25:43.968 [tracedrv]");
}

TEST(Prefix, RendersTheReferenceCustomPrefix) {
    EventContext e = sample_event();
    e.pid = 0xaf4;
    e.tid = 0xc64;
    e.timestamp_ns = 1059141339 * kSecond + 998'000'000;
    EXPECT_EQ(render("%2!s!: %!FUNC!: %8!04x!.%3!04x!: %4!s!:", e),
              "tracedrv_c258: TracedrvDispatchDeviceControl: 0af4.0c64: 07/25/2003-13:55:39.998:");
}

TEST(Prefix, RendersEveryNumberedField) {
    struct Case {
        const char* format;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"%1!s!", "tracedrv"},
        {"%2!s!", "tracedrv_c258"},
        {"%3!d!", "3648"},
        {"%3!04X!", "0E40"},
        {"%4!s!", "06/10/2005-14:25:43.968"},
        {"%5!d!", "0"},
        {"%6!u!", "0"},
        {"%7!u!", "17"},
        {"%7!08x!", "00000011"},
        {"%8!x!", "338"},
        {"%8!#06x!", "0x0338"},
        {"%9!d!", "0"},
        {"%9!3d!|", "  0|"},
        {"%9!-3d!|", "0  |"},
        {"%1!10s!|", "  tracedrv|"},
        {"%1!-10s!|", "tracedrv  |"},
        {"%1!.5s!", "trace"},
        {"%2!.8s!", "tracedrv"},
        {"%2!16s!|", "   tracedrv_c258|"},
        {"%4!.10s!", "06/10/2005"},
        {"%4!25s!", "  06/10/2005-14:25:43.968"},
        {"%1!S!", "tracedrv"},  // a wide string conversion shows the same text
        {"%7!I64u!", "17"},
    };
    for (const Case& c : cases) EXPECT_EQ(render(c.format, sample_event()), c.expected) << c.format;
}

TEST(Prefix, HostIsTheTracesMachine) {
    EventContext e = sample_event();
    e.host = "vm2";
    EXPECT_EQ(render("%!HOST!|%1!s!|", e), "vm2|" + std::string(e.module) + "|");
    EXPECT_TRUE(render(Prefix::default_host_format, e).starts_with("vm2 ["));
}

TEST(Prefix, TruncatesTheSequenceNumberToItsConversion) {
    EventContext e = sample_event();
    e.sequence = (std::uint64_t{1} << 32) + 5;
    EXPECT_EQ(render("%7!u!", e), "5");  // a ULONG, as in ETW
    EXPECT_EQ(render("%7!I64u!", e), "4294967301");
}

TEST(Prefix, RendersNamedFields) {
    EventContext e = sample_event();
    EXPECT_EQ(render("%!FUNC!", e), "TracedrvDispatchDeviceControl");
    EXPECT_EQ(render("%!LEVEL!", e), "TRACE_LEVEL_INFORMATION");
    EXPECT_EQ(render("%!FLAGS!", e), "FLAG_ONE");
    EXPECT_EQ(render("%!COMPNAME!", e), "tracedrv");
    EXPECT_EQ(render("[%!SUBCOMP!]", e), "[]");
    EXPECT_EQ(render("%!FILE!:%!LINE!", e), "tracedrv.c:258");
    EXPECT_EQ(render("100%% %!LEVEL!%%", e), "100% TRACE_LEVEL_INFORMATION%");
    EXPECT_EQ(render("", e), "");
    EXPECT_EQ(render("plain text", e), "plain text");
}

TEST(Prefix, ShowsTheFlagAsTheLevelOfDoTraceMessage) {
    EventContext e = sample_event();
    e.level = 0;  // DoTraceMessage(FLAG_ONE, ...): WPP's "LEVEL" is the flag
    EXPECT_EQ(render("%!LEVEL!|%!FLAGS!", e), "FLAG_ONE|FLAG_ONE");
    e.flags = "";
    EXPECT_EQ(render("%!LEVEL!", e), "TRACE_LEVEL_NONE");
}

TEST(Prefix, ShowsTheLevelAsWrittenWhenGiven) {
    EventContext e = sample_event();
    e.level = 2;
    e.level_text = "DPFLTR_ERROR_LEVEL";
    EXPECT_EQ(render("%!LEVEL!", e), "DPFLTR_ERROR_LEVEL");
}

TEST(Prefix, NamesEveryLevel) {
    const std::pair<int, std::string_view> cases[] = {
        {1, "TRACE_LEVEL_CRITICAL"},
        {2, "TRACE_LEVEL_ERROR"},
        {3, "TRACE_LEVEL_WARNING"},
        {4, "TRACE_LEVEL_INFORMATION"},
        {5, "TRACE_LEVEL_VERBOSE"},
        {6, "TRACE_LEVEL_RESERVED6"},
        {9, "TRACE_LEVEL_RESERVED9"},
        {10, "10"},
        {15, "15"},
        {200, "15"},
    };
    for (const auto& [level, name] : cases)
        EXPECT_EQ(level_name(static_cast<std::uint8_t>(level), "F"), name) << level;
    EXPECT_EQ(level_name(0, "DBG_INIT"), "DBG_INIT");
}

TEST(Prefix, BuildsFileAndLineFromTheBaseName) {
    struct Case {
        const char* file;
        std::uint32_t line;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"tracedrv.c", 258, "tracedrv_c258"},
        {"src/drv/Queue.c", 2319, "Queue_c2319"},
        {"C:\\src\\serial\\initunlo.c", 125, "initunlo_c125"},
        {"a.b.cpp", 7, "a_b_cpp7"},
        {"noext", 1, "noext1"},
        {"", 0, "0"},
    };
    for (const Case& c : cases) {
        EventContext e = sample_event();
        e.file = c.file;
        e.line = c.line;
        EXPECT_EQ(render("%2!s!", e), c.expected) << c.file;
    }
}

TEST(Prefix, AppendsToTheCallersBufferForEveryEvent) {
    Prefix prefix("%7!u!:", kUtc);
    std::string out = ">";
    EventContext e = sample_event();
    for (std::uint64_t i = 0; i < 3; ++i) {
        e.sequence = i;
        prefix.render(e, out);
    }
    EXPECT_EQ(out, ">0:1:2:");
}

TEST(Prefix, RejectsMalformedPrefixesNamingThePosition) {
    struct Case {
        const char* format;
        std::size_t position;
        const char* what;
    };
    const std::vector<Case> cases = {
        {"abc%", 3, "'%' at the end of the prefix"},
        {"%0!d!", 0, "unknown prefix code '%0'"},
        {"x %q", 2, "unknown prefix code '%q'"},
        {"%3", 2, "expected '!fmt!' after %3"},
        {"[%3 ]", 3, "expected '!fmt!' after %3"},
        {"%10!d!", 2, "expected '!fmt!' after %1"},
        {"%3!04X", 2, "'!fmt!' of %3 without a closing '!'"},
        {"%3!!", 3, "empty '!fmt!' for %3"},
        {"%3!q!", 3, "bad conversion '%q' for %3"},
        {"%3!*d!", 3, "bad conversion '%*d' for %3"},
        {"%3!dx!", 3, "bad conversion '%dx' for %3"},
        {"%3!%d!", 3, "bad conversion '%%d' for %3"},
        {"%3!s!", 3, "%3 needs an integer conversion (d i u x X o)"},
        {"%9!p!", 3, "%9 needs an integer conversion (d i u x X o)"},
        {"%1!d!", 3, "%1 needs a string conversion (s)"},
        {"%4!x!", 3, "%4 needs a string conversion (s)"},
        {"ok %!NOPE!", 3, "unknown prefix name %!NOPE!"},
        {"%!func!", 0, "unknown prefix name %!func!"},  // names are case-sensitive, as in WPP
        {"%!FUNC", 0, "'%!' without a closing '!'"},
    };
    for (const Case& c : cases) {
        try {
            Prefix prefix(c.format);
            ADD_FAILURE() << "accepted \"" << c.format << '"';
        } catch (const PrefixError& e) {
            EXPECT_EQ(e.position(), c.position) << c.format;
            EXPECT_EQ(std::string(e.what()), "malformed prefix \"" + std::string(c.format) +
                                                 "\" at position " + std::to_string(c.position) +
                                                 ": " + c.what);
        }
    }
}

// ---- time ----------------------------------------------------------------------------------

std::string format_time(std::int64_t ns, TimeOptions options) {
    TimeFormatter formatter(options);
    std::string out;
    formatter.append(ns, out);
    return out;
}

TEST(TimeFormat, FormatsUtcAtEachPrecision) {
    EXPECT_EQ(format_time(kSampleTime, {TimeMode::utc, TimePrecision::milliseconds}),
              "06/10/2005-14:25:43.968");
    EXPECT_EQ(format_time(kSampleTime, {TimeMode::utc, TimePrecision::microseconds}),
              "06/10/2005-14:25:43.968123");
    EXPECT_EQ(format_time(kSampleTime, {TimeMode::utc, TimePrecision::nanoseconds}),
              "06/10/2005-14:25:43.968123456");
    EXPECT_EQ(format_time(0, {TimeMode::utc, TimePrecision::nanoseconds}),
              "01/01/1970-00:00:00.000000000");
}

TEST(TimeFormat, FormatsTimesBeforeTheEpoch) {
    EXPECT_EQ(format_time(-1, {TimeMode::utc, TimePrecision::nanoseconds}),
              "12/31/1969-23:59:59.999999999");
    EXPECT_EQ(format_time(-kSecond, kUtc), "12/31/1969-23:59:59.000");
}

TEST(TimeFormat, FormatsLocalTimeInTheProcessTimeZone) {
    ScopedTimeZone zone("EST5EDT,M3.2.0,M11.1.0");  // US Eastern with daylight saving
    const TimeOptions local{TimeMode::local, TimePrecision::milliseconds};
    EXPECT_EQ(format_time(kSampleTime, local), "06/10/2005-10:25:43.968");  // EDT, UTC-4
    EXPECT_EQ(format_time(0, local), "12/31/1969-19:00:00.000");            // EST, UTC-5
}

TEST(TimeFormat, ReusesTheCachedSecondOnlyWithinThatSecond) {
    TimeFormatter formatter(kUtc);
    std::string out;
    const std::int64_t base = 1118413543 * kSecond;
    for (std::int64_t ns : {base, base + 999'999'999, base + kSecond, base - 1, base + 1}) {
        formatter.append(ns, out);
        out += '|';
    }
    EXPECT_EQ(out,
              "06/10/2005-14:25:43.000|06/10/2005-14:25:43.999|06/10/2005-14:25:44.000|"
              "06/10/2005-14:25:42.999|06/10/2005-14:25:43.000|");
}

TEST(TimeFormat, CrossesMidnightAndYearEnd) {
    // 2004-12-31 23:59:59.5 UTC, then half a second later.
    const std::int64_t t = 1104537599 * kSecond + 500'000'000;
    TimeFormatter formatter(kUtc);
    std::string out;
    formatter.append(t, out);
    out += ' ';
    formatter.append(t + 500'000'000, out);
    EXPECT_EQ(out, "12/31/2004-23:59:59.500 01/01/2005-00:00:00.000");
}

}  // namespace
}  // namespace wpptrace::decoder
