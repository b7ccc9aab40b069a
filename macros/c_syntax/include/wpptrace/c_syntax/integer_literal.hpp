// integer_literal.hpp - C integer literals, read the one way the tracewpp tool (enumerators,
// CUSTOM_TYPE values), the decoder's custom types and its TSDL parser all need.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace wpptrace::c_syntax {

// The value of one integer-literal token, without a sign: decimal, 0x hex, 0b binary (C23; GCC
// and clang long before) or 0 octal, then an optional C suffix: u, l, ll, ul, lu, ull or llu, in
// either case ("ll" and "LL", not "lL"). Nothing else: no sign, no white space, no digit
// separators. nullopt for any other text, a prefix without digits ("0x") and values over
// UINT64_MAX.
constexpr std::optional<std::uint64_t> parse_unsigned_literal(std::string_view token) noexcept {
    unsigned base = 10;
    if (token.size() > 1 && token[0] == '0' && (token[1] == 'x' || token[1] == 'X')) {
        base = 16;
        token.remove_prefix(2);
    } else if (token.size() > 1 && token[0] == '0' && (token[1] == 'b' || token[1] == 'B')) {
        base = 2;
        token.remove_prefix(2);
    } else if (!token.empty() && token[0] == '0') {
        base = 8;  // the leading 0 is a digit of it: "0" is octal zero
    }
    std::uint64_t value = 0;
    std::size_t digits = 0;
    for (; digits < token.size(); ++digits) {
        const char c = token[digits];
        unsigned digit = base;  // not a digit
        if (c >= '0' && c <= '9')
            digit = unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            digit = unsigned(c - 'A' + 10);
        if (digit >= base) break;
        if (value > (UINT64_MAX - digit) / base) return std::nullopt;
        value = value * base + digit;
    }
    if (digits == 0) return std::nullopt;

    std::string_view suffix = token.substr(digits);
    const auto is_long = [](std::string_view s) {
        return s == "l" || s == "L" || s == "ll" || s == "LL";
    };
    if (!suffix.empty() && (suffix.front() == 'u' || suffix.front() == 'U'))
        suffix.remove_prefix(1);
    else if (!suffix.empty() && (suffix.back() == 'u' || suffix.back() == 'U'))
        suffix.remove_suffix(1);
    if (!suffix.empty() && !is_long(suffix)) return std::nullopt;
    return value;
}

// A literal with an optional sign, as written for a value: "-5", "+0x10", " - 1ul ".
struct SignedLiteral {
    bool negative = false;
    std::uint64_t magnitude = 0;
};

// Reads an optional '-' or '+' and one literal (parse_unsigned_literal), with white space allowed
// around both (the sign is C's unary operator).
constexpr std::optional<SignedLiteral> parse_signed_literal(std::string_view text) noexcept {
    const auto trim = [](std::string_view s) {
        constexpr std::string_view space = " \t\n\v\f\r";
        const std::size_t first = s.find_first_not_of(space);
        if (first == std::string_view::npos) return std::string_view{};
        return s.substr(first, s.find_last_not_of(space) - first + 1);
    };
    text = trim(text);
    SignedLiteral literal;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        literal.negative = text.front() == '-';
        text = trim(text.substr(1));
    }
    const auto magnitude = parse_unsigned_literal(text);
    if (!magnitude) return std::nullopt;
    literal.magnitude = *magnitude;
    return literal;
}

// The value when an int64_t holds it (-2^63 to 2^63 - 1), else nullopt.
constexpr std::optional<std::int64_t> exact_value(SignedLiteral literal) noexcept {
    constexpr std::uint64_t max_negative = std::uint64_t{1} << 63;
    if (literal.magnitude > (literal.negative ? max_negative : max_negative - 1))
        return std::nullopt;
    return literal.negative ? static_cast<std::int64_t>(0 - literal.magnitude)
                            : static_cast<std::int64_t>(literal.magnitude);
}

// The 64-bit two's complement pattern, as when the literal sets a 64-bit field of either
// signedness: 0xffffffffffffffff and -1 give the same bits. nullopt only below -2^63.
constexpr std::optional<std::int64_t> bit_pattern(SignedLiteral literal) noexcept {
    if (literal.negative && literal.magnitude > std::uint64_t{1} << 63) return std::nullopt;
    return static_cast<std::int64_t>(literal.negative ? 0 - literal.magnitude : literal.magnitude);
}

}  // namespace wpptrace::c_syntax
