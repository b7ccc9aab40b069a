// control_config.hpp - which drivers, levels and flags a controller asked for.
//
// `wpptrace record --driver Serial --level INFORMATION --flags DBG_INIT|DBG_PNP` passes its
// selection to the traced process in WPPTRACE_CONTROL, the way an ETW controller fills WPP's
// control block when it enables a provider:
//
//   WPPTRACE_CONTROL = rule[;rule...]      rule = MODULE[:LEVEL[:FLAGS]]
//   MODULE: driver name or *     LEVEL: TRACE_LEVEL_x, x (INFORMATION...) or 0..15
//   FLAGS:  NAME|NAME|0x3 or *   (names are the module's WPP_DEFINE_BIT names, any control GUID)
//
// Unset: every module records everything its LTTng session enables. Set: a module no rule
// names stays closed, so its trace calls cost one load.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <wpp/abi.h>

namespace wpptrace::runtime {

struct ControlRule {
    std::string module;              // "*" matches any
    unsigned level = WPP_MAX_LEVEL;  // highest level recorded
    std::vector<std::string> flags;  // flag names or numbers; empty or "*" = all
};

struct ControlConfig {
    std::vector<ControlRule> rules;

    // nullopt with `error` set when the text is malformed.
    static std::optional<ControlConfig> parse(std::string_view text, std::string& error);
    const ControlRule* find(std::string_view module) const;
};

// Parses "INFORMATION", "TRACE_LEVEL_INFORMATION" or "4"; nullopt when unknown.
std::optional<unsigned> parse_level(std::string_view text);

// The flag mask a rule selects within one control GUID (bit names as in wpp_control_desc).
std::uint32_t flag_mask(const ControlRule& rule, const wpp_control_desc& control);

// Fills a control block: enabled[l] = mask for l <= level, 0 above; 0 everywhere when closed.
void open_block(wpp_control_block& block, unsigned level, std::uint32_t mask);
void close_block(wpp_control_block& block);

}  // namespace wpptrace::runtime
