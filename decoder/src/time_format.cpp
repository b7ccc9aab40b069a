#include "wpptrace/decoder/time_format.hpp"

#include <charconv>
#include <ctime>
#include <string_view>

namespace wpptrace::decoder {

namespace {

char* put_digits(char* p, long long value, int count) {
    for (int i = count - 1; i >= 0; --i, value /= 10) p[i] = static_cast<char>('0' + value % 10);
    return p + count;
}

char* put_fraction(char* p, std::int64_t fraction_ns, TimePrecision precision) {
    switch (precision) {
        case TimePrecision::milliseconds:
            return put_digits(p, fraction_ns / 1'000'000, 3);
        case TimePrecision::microseconds:
            return put_digits(p, fraction_ns / 1'000, 6);
        case TimePrecision::nanoseconds:
            break;
    }
    return put_digits(p, fraction_ns, 9);
}

// Years outside 0..9999 (out of tracefmt's range) keep all their digits.
char* put_year(char* p, long long year) {
    if (year >= 0 && year <= 9999) return put_digits(p, year, 4);
    const std::string text = std::to_string(year);
    for (char c : text) *p++ = c;
    return p;
}

}  // namespace

bool parse_time_mode(std::string_view text, TimeMode& mode) {
    if (text == "local")
        mode = TimeMode::local;
    else if (text == "utc" || text == "gmt")
        mode = TimeMode::utc;
    else if (text == "relative")
        mode = TimeMode::relative;
    else
        return false;
    return true;
}

void TimeFormatter::cache_second(std::int64_t second) {
    const auto t = static_cast<std::time_t>(second);
    std::tm tm{};
    const bool utc = options_.mode == TimeMode::utc;
    const bool converted = utc ? gmtime_r(&t, &tm) != nullptr : localtime_r(&t, &tm) != nullptr;
    if (!converted) tm = std::tm{};  // out of the C library's range: show a zero date
    const long long year = 1900LL + tm.tm_year;
    char* p = cached_text_;
    if (options_.style == TimeStyle::iso8601) {
        p = put_year(p, year);
        *p++ = '-';
        p = put_digits(p, tm.tm_mon + 1, 2);
        *p++ = '-';
        p = put_digits(p, tm.tm_mday, 2);
        *p++ = 'T';
    } else {
        p = put_digits(p, tm.tm_mon + 1, 2);
        *p++ = '/';
        p = put_digits(p, tm.tm_mday, 2);
        *p++ = '/';
        p = put_year(p, year);
        *p++ = '-';
    }
    p = put_digits(p, tm.tm_hour, 2);
    *p++ = ':';
    p = put_digits(p, tm.tm_min, 2);
    *p++ = ':';
    p = put_digits(p, tm.tm_sec, 2);
    cached_length_ = static_cast<std::size_t>(p - cached_text_);

    // ISO 8601 names its zone: Z, or the local offset of this very second (DST moves it).
    zone_length_ = 0;
    if (options_.style == TimeStyle::iso8601) {
        char* z = zone_text_;
        if (utc) {
            *z++ = 'Z';
        } else {
            long offset = converted ? tm.tm_gmtoff : 0;
            *z++ = offset < 0 ? '-' : '+';
            if (offset < 0) offset = -offset;
            z = put_digits(z, offset / 3600 % 100, 2);
            *z++ = ':';
            z = put_digits(z, offset / 60 % 60, 2);
        }
        zone_length_ = static_cast<std::size_t>(z - zone_text_);
    }
    cached_second_ = second;
    cached_ = true;
}

void TimeFormatter::append_relative(std::int64_t ns, std::string& out, TimePrecision precision) {
    if (!origin_set_) {
        origin_ns_ = ns;
        origin_set_ = true;
    }
    // Unsigned arithmetic: the difference of any two int64 times fits in 64 bits.
    const bool negative = ns < origin_ns_;
    const std::uint64_t delta =
        negative ? static_cast<std::uint64_t>(origin_ns_) - static_cast<std::uint64_t>(ns)
                 : static_cast<std::uint64_t>(ns) - static_cast<std::uint64_t>(origin_ns_);
    char buffer[40];
    char* p = buffer;
    if (negative) *p++ = '-';
    p = std::to_chars(p, buffer + sizeof buffer, delta / 1'000'000'000).ptr;
    *p++ = '.';
    p = put_fraction(p, static_cast<std::int64_t>(delta % 1'000'000'000), precision);
    out.append(buffer, p);
}

void TimeFormatter::append(std::int64_t ns, std::string& out, TimeGranularity granularity) {
    if (granularity == TimeGranularity::none) {
        out += '-';
        return;
    }
    const TimePrecision precision = granularity == TimeGranularity::milliseconds
                                        ? TimePrecision::milliseconds
                                        : options_.precision;
    if (options_.mode == TimeMode::relative) {
        append_relative(ns, out, precision);
        return;
    }
    // Floor division, so that times before 1970 keep a positive fraction.
    std::int64_t second = ns / 1'000'000'000;
    std::int64_t fraction = ns % 1'000'000'000;
    if (fraction < 0) {
        fraction += 1'000'000'000;
        --second;
    }
    if (!cached_ || second != cached_second_) cache_second(second);
    char buffer[64];
    char* p = buffer;
    for (std::size_t i = 0; i < cached_length_; ++i) *p++ = cached_text_[i];
    *p++ = '.';
    p = put_fraction(p, fraction, precision);
    for (std::size_t i = 0; i < zone_length_; ++i) *p++ = zone_text_[i];
    out.append(buffer, p);
}

}  // namespace wpptrace::decoder
