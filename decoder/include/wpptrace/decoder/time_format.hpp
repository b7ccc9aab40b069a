// time_format.hpp - tracefmt's timestamp text: MM/DD/YYYY-HH:MM:SS.mmm (local time by default).
//
// The broken-down date is cached per second, so a stream of events calls localtime_r (or
// gmtime_r) once per second of trace time, not once per event. A TimeFormatter is therefore
// stateful: give each decoding thread its own.
#pragma once

#include <cstdint>
#include <string>

namespace wpptrace::decoder {

enum class TimeMode : std::uint8_t {
    local,  // the process's time zone (TZ), as tracefmt shows by default
    utc,    // tracefmt -utc / -gmt
};

enum class TimePrecision : std::uint8_t {
    milliseconds,  // .mmm (tracefmt's default)
    microseconds,  // .uuuuuu
    nanoseconds,   // .nnnnnnnnn (high resolution, tracefmt -hires)
};

struct TimeOptions {
    TimeMode mode = TimeMode::local;
    TimePrecision precision = TimePrecision::milliseconds;
};

class TimeFormatter {
  public:
    explicit TimeFormatter(TimeOptions options = {}) : options_(options) {}

    // Appends the text of `ns` nanoseconds since the Unix epoch (negative: before it).
    void append(std::int64_t ns, std::string& out);

    TimeOptions options() const { return options_; }

  private:
    TimeOptions options_;
    bool cached_ = false;
    std::int64_t cached_second_ = 0;
    char cached_text_[32] = {};  // "MM/DD/YYYY-HH:MM:SS" of cached_second_
    std::size_t cached_length_ = 0;
};

}  // namespace wpptrace::decoder
