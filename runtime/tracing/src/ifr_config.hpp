// ifr_config.hpp - the in-flight recorder's settings from the environment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wpptrace::runtime {

struct IfrSettings {
    bool enabled = true;                    // WPPTRACE_IFR=off turns every recorder off
    unsigned long ring_bytes = 16ul << 10;  // per thread ring (WPPTRACE_IFR=SIZE)
    std::uint32_t rings = 16;               // threads with a ring (WPPTRACE_IFR_RINGS)
};

// "off", "on", or a size: 65536, 64K, 1M. nullopt when malformed.
std::optional<IfrSettings> parse_ifr_setting(std::string_view text, IfrSettings settings);

// WPPTRACE_IFR and WPPTRACE_IFR_RINGS, read once; a malformed value is reported on stderr once
// and ignored.
const IfrSettings& ifr_settings();

}  // namespace wpptrace::runtime
