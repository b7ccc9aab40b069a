#include "ifr_config.hpp"

#include <cstdio>
#include <cstdlib>

#include <wpp/ifr_format.h>

namespace wpptrace::runtime {

std::optional<IfrSettings> parse_ifr_setting(std::string_view text, IfrSettings settings) {
    if (text == "off" || text == "0") {
        settings.enabled = false;
        return settings;
    }
    if (text == "on" || text.empty()) return settings;
    unsigned long long value = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        value = value * 10 + static_cast<unsigned>(text[i] - '0');
        if (value > WPP_IFR_MAX_RING_BYTES) return std::nullopt;
    }
    if (i == 0) return std::nullopt;
    std::string_view unit = text.substr(i);
    if (unit == "K" || unit == "k" || unit == "KiB")
        value <<= 10;
    else if (unit == "M" || unit == "m" || unit == "MiB")
        value <<= 20;
    else if (!unit.empty())
        return std::nullopt;
    if (value == 0 || value > WPP_IFR_MAX_RING_BYTES) return std::nullopt;
    settings.ring_bytes = static_cast<unsigned long>(value);
    return settings;
}

std::optional<IfrTime> parse_ifr_time(std::string_view text) {
    if (text == "none") return IfrTime::none;
    if (text == "ms" || text == "millisecond") return IfrTime::millisecond;
    if (text == "precise") return IfrTime::precise;
    return std::nullopt;
}

std::optional<IfrTime> ifr_time_from_registry(long use_timestamp, long precise_timestamp) {
    if (use_timestamp == 0) return IfrTime::none;
    if (precise_timestamp > 0) return IfrTime::precise;
    if (use_timestamp > 0 || precise_timestamp == 0) return IfrTime::millisecond;
    return std::nullopt;
}

const IfrSettings& ifr_settings() {
    static const IfrSettings settings = [] {
        IfrSettings s;
        if (const char* text = std::getenv("WPPTRACE_IFR")) {
            if (auto parsed = parse_ifr_setting(text, s))
                s = *parsed;
            else
                std::fprintf(stderr,
                             "wpptrace: ignoring WPPTRACE_IFR=%s: expected off, on, or bytes per "
                             "thread (65536, 64K, 1M; at most 64M)\n",
                             text);
        }
        if (const char* text = std::getenv("WPPTRACE_IFR_RINGS")) {
            char* end = nullptr;
            unsigned long n = std::strtoul(text, &end, 10);
            if (end != text && !*end && n >= 1 && n <= WPP_IFR_MAX_RINGS)
                s.rings = static_cast<std::uint32_t>(n);
            else
                std::fprintf(stderr, "wpptrace: ignoring WPPTRACE_IFR_RINGS=%s: expected 1 to %u\n",
                             text, WPP_IFR_MAX_RINGS);
        }
        if (const char* text = std::getenv("WPPTRACE_IFR_TIME")) {
            if (auto time = parse_ifr_time(text))
                s.time = *time;
            else
                std::fprintf(stderr,
                             "wpptrace: ignoring WPPTRACE_IFR_TIME=%s: expected none, ms or "
                             "precise\n",
                             text);
        }
        return s;
    }();
    return settings;
}

}  // namespace wpptrace::runtime
