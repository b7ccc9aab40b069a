#include "extended_render.hpp"

#include <arpa/inet.h>

#include <cinttypes>
#include <cstdio>
#include <ctime>

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

std::uint16_t le16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>(p[0] | p[1] << 8);
}

constexpr std::int64_t kTicksPerSecond = 10'000'000;
constexpr std::int64_t kSecondsFrom1601To1970 = 11'644'473'600;

}  // namespace

void append_guid(std::string& out, std::span<const std::uint8_t, 16> b) {
    // Data1..Data3 little-endian as the GUID struct holds them, Data4 in byte order.
    append_format(out, "%08" PRIx32 "-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x", le32(&b[0]),
                  unsigned{le16(&b[4])}, unsigned{le16(&b[6])}, unsigned{b[8]}, unsigned{b[9]},
                  unsigned{b[10]}, unsigned{b[11]}, unsigned{b[12]}, unsigned{b[13]},
                  unsigned{b[14]}, unsigned{b[15]});
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
    const std::time_t seconds =
        static_cast<std::time_t>(filetime / kTicksPerSecond - kSecondsFrom1601To1970);
    const auto millis = static_cast<unsigned>(filetime % kTicksPerSecond / 10'000);
    std::tm tm{};
    if (!gmtime_r(&seconds, &tm)) {
        append_format(out, "%" PRId64, filetime);
        return;
    }
    append_format(out, "%02d/%02d/%04d-%02d:%02d:%02d.%03u", tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
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
