// The time modes beyond tracefmt's default text: ISO 8601 for machine output, and seconds since
// the first event (what a driver writer reads timings from).
#include "wpptrace/decoder/time_format.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace wpptrace::decoder {
namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kSampleTime = 1118413543 * kSecond + 968'123'456;  // 2005-06-10 14:25:43

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
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

  private:
    std::optional<std::string> old_;
};

std::string times(TimeOptions options, std::initializer_list<std::int64_t> ns) {
    TimeFormatter formatter(options);
    std::string out;
    for (std::int64_t t : ns) {
        if (!out.empty()) out += ' ';
        formatter.append(t, out);
    }
    return out;
}

// An in-flight recorder's times are as fine as its time mode: millisecond times show no more
// digits whatever the precision asked, and a recorder that read no clock shows "-".
TEST(TimeFormat, ATimeShowsNoDigitsFinerThanItsGranularity) {
    ScopedTimeZone utc("UTC");
    TimeFormatter hires({TimeMode::utc, TimePrecision::nanoseconds});
    std::string out;
    hires.append(kSampleTime, out, TimeGranularity::milliseconds);
    out += ' ';
    hires.append(kSampleTime, out, TimeGranularity::none);
    out += ' ';
    hires.append(kSampleTime, out);
    EXPECT_EQ(out, "06/10/2005-14:25:43.968 - 06/10/2005-14:25:43.968123456");
    TimeFormatter relative({TimeMode::relative, TimePrecision::nanoseconds});
    out.clear();
    relative.append(0, out, TimeGranularity::none);  // no time: not the origin
    out += ' ';
    relative.append(kSampleTime, out, TimeGranularity::milliseconds);
    out += ' ';
    relative.append(kSampleTime + 2'000'000, out, TimeGranularity::milliseconds);
    EXPECT_EQ(out, "- 0.000 0.002");
}

TEST(TimeFormat, RelativeModeCountsSecondsFromTheFirstTimeGiven) {
    const TimeOptions relative{TimeMode::relative, TimePrecision::milliseconds};
    EXPECT_EQ(times(relative, {kSampleTime, kSampleTime + 1'500'000'000,
                               kSampleTime + 3600 * kSecond + 7'000'000}),
              "0.000 1.500 3600.007");
}

TEST(TimeFormat, RelativeModeKeepsThePrecisionAsked) {
    EXPECT_EQ(
        times({TimeMode::relative, TimePrecision::nanoseconds}, {kSampleTime, kSampleTime + 1}),
        "0.000000000 0.000000001");
    EXPECT_EQ(times({TimeMode::relative, TimePrecision::microseconds}, {5, 5 + 2'000'123'999}),
              "0.000000 2.000123");
}

TEST(TimeFormat, RelativeModeShowsAnEarlierTimeAsNegative) {
    EXPECT_EQ(times({TimeMode::relative, TimePrecision::milliseconds},
                    {kSampleTime, kSampleTime - 250'000'000}),
              "0.000 -0.250");
}

TEST(TimeFormat, RelativeModeSurvivesTheWholeRangeOfTimes) {
    EXPECT_EQ(times({TimeMode::relative, TimePrecision::nanoseconds}, {INT64_MIN, INT64_MAX}),
              "0.000000000 18446744073.709551615");
}

TEST(TimeFormat, Iso8601InUtcEndsWithZ) {
    const TimeOptions iso{TimeMode::utc, TimePrecision::nanoseconds, TimeStyle::iso8601};
    EXPECT_EQ(times(iso, {kSampleTime, -1}),
              "2005-06-10T14:25:43.968123456Z 1969-12-31T23:59:59.999999999Z");
    EXPECT_EQ(
        times({TimeMode::utc, TimePrecision::milliseconds, TimeStyle::iso8601}, {kSampleTime}),
        "2005-06-10T14:25:43.968Z");
}

TEST(TimeFormat, Iso8601LocalTimeCarriesTheOffsetOfThatDate) {
    ScopedTimeZone zone("EST5EDT,M3.2.0,M11.1.0");  // US Eastern with daylight saving
    const TimeOptions iso{TimeMode::local, TimePrecision::nanoseconds, TimeStyle::iso8601};
    EXPECT_EQ(times(iso, {kSampleTime, 0}),
              "2005-06-10T10:25:43.968123456-04:00 1969-12-31T19:00:00.000000000-05:00");
}

TEST(TimeFormat, Iso8601OffsetsWithMinutes) {
    ScopedTimeZone zone("IST-5:30");  // India, UTC+5:30
    EXPECT_EQ(
        times({TimeMode::local, TimePrecision::milliseconds, TimeStyle::iso8601}, {kSampleTime}),
        "2005-06-10T19:55:43.968+05:30");
}

TEST(TimeFormat, ParsesTheTimeModesOfTheCommandLine) {
    TimeMode mode = TimeMode::local;
    EXPECT_TRUE(parse_time_mode("utc", mode));
    EXPECT_EQ(mode, TimeMode::utc);
    EXPECT_TRUE(parse_time_mode("relative", mode));
    EXPECT_EQ(mode, TimeMode::relative);
    EXPECT_TRUE(parse_time_mode("gmt", mode));
    EXPECT_EQ(mode, TimeMode::utc);
    EXPECT_TRUE(parse_time_mode("local", mode));
    EXPECT_EQ(mode, TimeMode::local);
    for (const char* bad : {"", "UTC", "relativ", "local ", "gmt+1"}) {
        mode = TimeMode::relative;
        EXPECT_FALSE(parse_time_mode(bad, mode)) << bad;
        EXPECT_EQ(mode, TimeMode::relative) << bad;  // left as it was
    }
}

}  // namespace
}  // namespace wpptrace::decoder
