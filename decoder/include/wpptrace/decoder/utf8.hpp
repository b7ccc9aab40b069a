// utf8.hpp - strict UTF-8 (RFC 3629, as JSON requires): no overlong forms, no UTF-16 surrogates,
// nothing above U+10FFFF. The one validator of the decoder: catalog files refuse text that fails
// it, the JSON writer replaces each byte that starts no valid sequence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace wpptrace::decoder {

// The length (1 to 4) of the valid UTF-8 sequence that starts at text[at], or 0 when none does
// (a stray continuation byte, a truncated, overlong or out-of-range sequence, a surrogate).
constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[at + k]); };
    const auto continuation = [&](std::size_t k) {
        return at + k < text.size() && (byte(k) & 0xC0) == 0x80;
    };
    const std::uint8_t b0 = byte(0);
    if (b0 < 0x80) return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) return continuation(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!continuation(1) || !continuation(2)) return 0;
        if (b0 == 0xE0 && byte(1) < 0xA0) return 0;   // overlong
        if (b0 == 0xED && byte(1) >= 0xA0) return 0;  // a UTF-16 surrogate
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3)) return 0;
        if (b0 == 0xF0 && byte(1) < 0x90) return 0;   // overlong
        if (b0 == 0xF4 && byte(1) >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;  // a continuation byte, C0, C1 (always overlong) or F5..FF
}

constexpr bool is_valid_utf8(std::string_view text) noexcept {
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8_sequence_length(text, at);
        if (length == 0) return false;
        at += length;
    }
    return true;
}

}  // namespace wpptrace::decoder
