#include "wpptrace/decoder/time_format.hpp"

#include <ctime>

namespace wpptrace::decoder {

namespace {

char* put_digits(char* p, long long value, int count) {
    for (int i = count - 1; i >= 0; --i, value /= 10) p[i] = static_cast<char>('0' + value % 10);
    return p + count;
}

}  // namespace

void TimeFormatter::append(std::int64_t ns, std::string& out) {
    // Floor division, so that times before 1970 keep a positive fraction.
    std::int64_t second = ns / 1'000'000'000;
    std::int64_t fraction = ns % 1'000'000'000;
    if (fraction < 0) {
        fraction += 1'000'000'000;
        --second;
    }
    if (!cached_ || second != cached_second_) {
        const auto t = static_cast<std::time_t>(second);
        std::tm tm{};
        const bool converted = options_.mode == TimeMode::utc ? gmtime_r(&t, &tm) != nullptr
                                                              : localtime_r(&t, &tm) != nullptr;
        if (!converted) tm = std::tm{};  // out of the C library's range: show a zero date
        char* p = cached_text_;
        p = put_digits(p, tm.tm_mon + 1, 2);
        *p++ = '/';
        p = put_digits(p, tm.tm_mday, 2);
        *p++ = '/';
        const long long year = 1900LL + tm.tm_year;
        // Four digits as tracefmt shows; years outside 0..9999 keep all their digits.
        if (year >= 0 && year <= 9999) {
            p = put_digits(p, year, 4);
        } else {
            const std::string text = std::to_string(year);
            for (char c : text) *p++ = c;
        }
        *p++ = '-';
        p = put_digits(p, tm.tm_hour, 2);
        *p++ = ':';
        p = put_digits(p, tm.tm_min, 2);
        *p++ = ':';
        p = put_digits(p, tm.tm_sec, 2);
        cached_length_ = static_cast<std::size_t>(p - cached_text_);
        cached_second_ = second;
        cached_ = true;
    }
    char buffer[48];
    char* p = buffer;
    for (std::size_t i = 0; i < cached_length_; ++i) *p++ = cached_text_[i];
    *p++ = '.';
    switch (options_.precision) {
        case TimePrecision::milliseconds:
            p = put_digits(p, fraction / 1'000'000, 3);
            break;
        case TimePrecision::microseconds:
            p = put_digits(p, fraction / 1'000, 6);
            break;
        case TimePrecision::nanoseconds:
            p = put_digits(p, fraction, 9);
            break;
    }
    out.append(buffer, p);
}

}  // namespace wpptrace::decoder
