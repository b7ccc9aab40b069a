#include "control_config.hpp"

#include <charconv>

namespace wpptrace::runtime {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::optional<std::uint64_t> parse_number(std::string_view s) {
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s.remove_prefix(2);
        base = 16;
    }
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
    if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return value;
}

}  // namespace

std::optional<unsigned> parse_level(std::string_view text) {
    static constexpr std::pair<std::string_view, unsigned> names[] = {
        {"NONE", 0},    {"CRITICAL", 1},    {"FATAL", 1},   {"ERROR", 2},
        {"WARNING", 3}, {"INFORMATION", 4}, {"VERBOSE", 5},
    };
    text = trim(text);
    if (text.starts_with("TRACE_LEVEL_")) text.remove_prefix(12);
    for (const auto& [name, value] : names)
        if (text == name) return value;
    if (auto n = parse_number(text); n && *n <= WPP_MAX_LEVEL) return static_cast<unsigned>(*n);
    return std::nullopt;
}

std::optional<ControlConfig> ControlConfig::parse(std::string_view text, std::string& error) {
    ControlConfig config;
    for (std::string_view rule_text : split(text, ';')) {
        rule_text = trim(rule_text);
        if (rule_text.empty()) continue;
        auto fields = split(rule_text, ':');
        if (fields.size() > 3 || trim(fields[0]).empty()) {
            error = "bad rule '" + std::string(rule_text) + "' (want MODULE[:LEVEL[:FLAGS]])";
            return std::nullopt;
        }
        ControlRule rule;
        rule.module = trim(fields[0]);
        if (fields.size() > 1 && !trim(fields[1]).empty()) {
            auto level = parse_level(fields[1]);
            if (!level) {
                error = "unknown level '" + std::string(trim(fields[1])) + "'";
                return std::nullopt;
            }
            rule.level = *level;
        }
        if (fields.size() > 2)
            for (std::string_view flag : split(fields[2], '|'))
                if (!trim(flag).empty() && trim(flag) != "*") rule.flags.emplace_back(trim(flag));
        config.rules.push_back(std::move(rule));
    }
    return config;
}

const ControlRule* ControlConfig::find(std::string_view module) const {
    for (const auto& rule : rules)
        if (rule.module == module || rule.module == "*") return &rule;
    return nullptr;
}

std::uint32_t flag_mask(const ControlRule& rule, const wpp_control_desc& control) {
    if (rule.flags.empty()) return 0xffffffffu;
    std::uint32_t mask = 0;
    std::vector<std::string_view> bits = split(control.bits ? control.bits : "", '\n');
    for (const auto& flag : rule.flags) {
        if (auto n = parse_number(flag)) {
            mask |= static_cast<std::uint32_t>(*n);
            continue;
        }
        for (std::size_t bit = 0; bit < bits.size() && bit < 32; ++bit)
            if (bits[bit] == flag) mask |= 1u << bit;
    }
    return mask;
}

void open_block(wpp_control_block& block, unsigned level, std::uint32_t mask) {
    for (unsigned l = 0; l <= WPP_MAX_LEVEL; ++l)
        __atomic_store_n(&block.enabled[l], l <= level ? mask : 0u, __ATOMIC_RELAXED);
    block.Level = static_cast<std::uint8_t>(level);
    block.Flags[0] = mask;
}

void close_block(wpp_control_block& block) {
    for (auto& word : block.enabled) __atomic_store_n(&word, 0u, __ATOMIC_RELAXED);
    block.Level = 0;
    block.Flags[0] = 0;
}

}  // namespace wpptrace::runtime
