// time_format.hpp - the time text of a decoded event: tracefmt's MM/DD/YYYY-HH:MM:SS.mmm (local
// time by default, or UTC), ISO 8601 for machine output, or seconds since the first event.
//
//   TimeFormatter time({TimeMode::utc, TimePrecision::nanoseconds});
//   time.append(event.timestamp_ns, line);   // "06/10/2005-14:25:43.968123456"
//
// The broken-down date is cached per second, so a stream of events calls localtime_r (or
// gmtime_r) once per second of trace time, not once per event. A TimeFormatter is therefore
// stateful (and, in relative mode, remembers the first time it was given): give each decoding
// thread its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace wpptrace::decoder {

enum class TimeMode : std::uint8_t {
    local,     // the process's time zone (TZ), as tracefmt shows by default
    utc,       // tracefmt -utc / -gmt
    relative,  // seconds since the first time formatted (the first event): "12.345"
};

enum class TimePrecision : std::uint8_t {
    milliseconds,  // .mmm (tracefmt's default)
    microseconds,  // .uuuuuu
    nanoseconds,   // .nnnnnnnnn (high resolution, tracefmt -hires)
};

enum class TimeStyle : std::uint8_t {
    tracefmt,  // 06/10/2005-14:25:43.968
    iso8601,   // 2005-06-10T14:25:43.968Z (UTC) or 2005-06-10T16:25:43.968+02:00 (local)
};

// What an event's time holds: a clock read to the nanosecond (LTTng, a precise in-flight
// recorder), one of millisecond granularity (a recorder's tick clock: no digits past the
// millisecond are shown, whatever the precision asked), or none (a recorder that read no clock:
// the time is shown as "-", or null in JSON).
enum class TimeGranularity : std::uint8_t { nanoseconds, milliseconds, none };

struct TimeOptions {
    TimeMode mode = TimeMode::local;
    TimePrecision precision = TimePrecision::milliseconds;
    TimeStyle style = TimeStyle::tracefmt;  // absolute modes only
};

// Parses a --time argument: "local", "utc" (or "gmt"), "relative". False when unknown.
bool parse_time_mode(std::string_view text, TimeMode& mode);

class TimeFormatter {
  public:
    explicit TimeFormatter(TimeOptions options = {}) : options_(options) {}

    // Appends the text of `ns` nanoseconds since the Unix epoch (negative: before it), to at most
    // the digits `granularity` holds; "-" for TimeGranularity::none.
    void append(std::int64_t ns, std::string& out,
                TimeGranularity granularity = TimeGranularity::nanoseconds);

    TimeOptions options() const { return options_; }

  private:
    void append_relative(std::int64_t ns, std::string& out, TimePrecision precision);
    void cache_second(std::int64_t second);

    TimeOptions options_;
    bool cached_ = false;
    std::int64_t cached_second_ = 0;
    char cached_text_[40] = {};  // the date and time of cached_second_, without the fraction
    std::size_t cached_length_ = 0;
    char zone_text_[8] = {};  // ISO 8601 local: "+02:00" of cached_second_; UTC: "Z"
    std::size_t zone_length_ = 0;
    bool origin_set_ = false;  // relative mode: the first time given
    std::int64_t origin_ns_ = 0;
};

}  // namespace wpptrace::decoder
