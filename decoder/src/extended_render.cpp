#include "extended_render.hpp"

#include <arpa/inet.h>

#include <charconv>
#include <cinttypes>
#include <cstdio>

namespace wpptrace::decoder {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";

template <class... A>
void append_format(std::string& out, const char* format, A... args) {
    char text[96];
    const int n = std::snprintf(text, sizeof text, format, args...);
    if (n > 0) out.append(text, static_cast<std::size_t>(n) < sizeof text ? n : sizeof text - 1);
}

std::uint32_t le32(const std::uint8_t* p) {
    return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 |
           std::uint32_t{p[3]} << 24;
}

constexpr std::int64_t kTicksPerSecond = 10'000'000;
constexpr std::int64_t kSecondsFrom1601To1970 = 11'644'473'600;

}  // namespace

void append_guid(std::string& out, std::span<const std::uint8_t, 16> b) {
    // Data1..Data3 little-endian as the GUID struct holds them, Data4 in byte order; written
    // digit by digit (snprintf with eleven arguments costs ten times more).
    static constexpr int kOrder[16] = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
    char text[36];
    char* p = text;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) *p++ = '-';
        const std::uint8_t byte = b[kOrder[i]];
        *p++ = kLowerHex[byte >> 4];
        *p++ = kLowerHex[byte & 0xf];
    }
    out.append(text, sizeof text);
}

void append_ipv4(std::string& out, std::uint32_t v) {
    // The first address byte is the lowest-addressed one, the integer's low byte here.
    append_format(out, "%u.%u.%u.%u", v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24);
}

void append_port(std::string& out, std::uint16_t v) {
    append_format(out, "%u", unsigned((v & 0xff) << 8 | v >> 8));
}

void append_ipv6(std::string& out, std::span<const std::uint8_t, 16> bytes) {
    char text[INET6_ADDRSTRLEN];
    if (inet_ntop(AF_INET6, bytes.data(), text, sizeof text))
        out += text;
    else
        append_hex_bytes(out, bytes);
}

void append_mac(std::string& out, std::span<const std::uint8_t, 6> b) {
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i) out += '-';
        out += kUpperHex[b[i] >> 4];
        out += kUpperHex[b[i] & 0xf];
    }
}

bool append_sid(std::string& out, std::span<const std::uint8_t> b) {
    if (b.size() < 8) return false;
    const unsigned count = b[1];
    if (count > 15 || b.size() != 8u + 4u * count) return false;
    std::uint64_t authority = 0;
    for (int i = 2; i < 8; ++i) authority = authority << 8 | b[i];
    // Windows writes an authority of 2^32 or more in hex.
    if (authority >> 32)
        append_format(out, "S-%u-0x%012" PRIX64, unsigned{b[0]}, authority);
    else
        append_format(out, "S-%u-%" PRIu64, unsigned{b[0]}, authority);
    for (unsigned i = 0; i < count; ++i) append_format(out, "-%" PRIu32, le32(&b[8 + 4 * i]));
    return true;
}

void append_filetime(std::string& out, std::int64_t filetime) {
    if (filetime < 0) {
        append_format(out, "%" PRId64, filetime);
        return;
    }
    // Days since 1601-01-01 to a civil date (H. Hinnant's days_from_civil, inverted), without
    // gmtime_r and snprintf on every event.
    const std::int64_t seconds = filetime / kTicksPerSecond;
    const auto millis = static_cast<unsigned>(filetime % kTicksPerSecond / 10'000);
    const std::int64_t days = seconds / 86400 - kSecondsFrom1601To1970 / 86400;  // from 1970
    const auto second_of_day = static_cast<unsigned>(seconds % 86400);
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2);
    char text[32];
    char* p = text;
    auto two = [&p](unsigned v) {
        *p++ = static_cast<char>('0' + v / 10 % 10);
        *p++ = static_cast<char>('0' + v % 10);
    };
    two(month);
    *p++ = '/';
    two(day);
    *p++ = '/';
    // 1601 to 30828: four digits or five.
    p = std::to_chars(p, text + 16, year).ptr;
    *p++ = '-';
    two(second_of_day / 3600);
    *p++ = ':';
    two(second_of_day / 60 % 60);
    *p++ = ':';
    two(second_of_day % 60);
    *p++ = '.';
    *p++ = static_cast<char>('0' + millis / 100);
    two(millis % 100);
    out.append(text, static_cast<std::size_t>(p - text));
}

void append_duration(std::string& out, std::int64_t hundred_ns) {
    std::uint64_t ticks = static_cast<std::uint64_t>(hundred_ns);
    if (hundred_ns < 0) {
        out += '-';
        ticks = 0 - ticks;
    }
    const std::uint64_t seconds = ticks / kTicksPerSecond;
    const std::uint64_t millis = ticks % kTicksPerSecond / 10'000;
    append_format(out, "%" PRIu64 "~%02u:%02u:%02u.%03u", seconds / 86400,
                  unsigned(seconds / 3600 % 24), unsigned(seconds / 60 % 60),
                  unsigned(seconds % 60), unsigned(millis));
}

void append_wait_time(std::string& out, std::int64_t value) {
    if (value < 0) {
        std::uint64_t ticks = 0 - static_cast<std::uint64_t>(value);
        // A relative wait of |value|; INT64_MIN has no positive twin, shown as its duration.
        append_duration(out, ticks > INT64_MAX ? value : static_cast<std::int64_t>(ticks));
    } else {
        append_filetime(out, value);
    }
}

void append_hex_bytes(std::string& out, std::span<const std::uint8_t> bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i) out += ' ';
        out += kLowerHex[bytes[i] >> 4];
        out += kLowerHex[bytes[i] & 0xf];
    }
}

}  // namespace wpptrace::decoder
