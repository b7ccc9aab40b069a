// ifr_config.hpp - the in-flight recorder's settings from the environment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wpptrace::runtime {

// What a recorder's messages carry for time, as the WPP recorder's UseTimeStamp and
// PreciseTimeStamp on Windows (README, "Flight recorder": what each costs).
enum class IfrTime : std::uint8_t {
    none,         // no clock read: the dump orders each thread's messages by sequence
    millisecond,  // CLOCK_REALTIME_COARSE: the kernel tick's resolution (the default)
    precise,      // the TSC with its calibration, else CLOCK_REALTIME
};

struct IfrSettings {
    bool enabled = true;                    // WPPTRACE_IFR=off turns every recorder off
    unsigned long ring_bytes = 16ul << 10;  // per thread ring (WPPTRACE_IFR=SIZE)
    std::uint32_t rings = 16;               // threads with a ring (WPPTRACE_IFR_RINGS)
    IfrTime time = IfrTime::millisecond;    // WPPTRACE_IFR_TIME
};

// "off", "on", or a size: 65536, 64K, 1M. nullopt when malformed.
std::optional<IfrSettings> parse_ifr_setting(std::string_view text, IfrSettings settings);

// "none", "ms" (or "millisecond"), "precise". nullopt when unknown.
std::optional<IfrTime> parse_ifr_time(std::string_view text);

// A driver's registry values WppRecorder_UseTimeStamp and WppRecorder_PreciseTimeStamp (-1 when
// absent) as a mode: UseTimeStamp 0 is none; PreciseTimeStamp 1 (with UseTimeStamp 1 or absent)
// is precise; UseTimeStamp 1 alone is millisecond; neither set is nullopt (the process's
// default).
std::optional<IfrTime> ifr_time_from_registry(long use_timestamp, long precise_timestamp);

// WPPTRACE_IFR, WPPTRACE_IFR_RINGS and WPPTRACE_IFR_TIME, read once; a malformed value is reported
// on stderr once and ignored.
const IfrSettings& ifr_settings();

}  // namespace wpptrace::runtime
