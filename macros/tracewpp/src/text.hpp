// text.hpp - the small text tools of the configuration reader: lines, trimming, C literals,
// balanced parentheses and top-level commas.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wpptrace::tracewpp {

std::vector<std::string_view> split_lines(std::string_view text);
std::string_view trim(std::string_view text);
bool is_ident_char(char c);
bool is_identifier(std::string_view text);
// The index just past the string or character literal that starts at `at`.
std::size_t skip_literal(std::string_view text, std::size_t at);
// One or more adjacent string literals ("a" "b").
bool is_string_literal(std::string_view text);
// `rest` starts with '(': `inside` gets the text up to the matching ')', `rest` what follows.
bool parenthesized(std::string_view& rest, std::string_view& inside);
// Splits at commas outside parentheses, braces and literals.
std::vector<std::string_view> split_top_level(std::string_view text);
// "(NAME, ...)" -> "NAME".
std::string first_argument(std::string_view parenthesized_text);
// A C integer literal, optionally signed (c_syntax::parse_signed_literal), that an int64_t holds.
std::optional<std::int64_t> parse_integer(std::string_view text);

}  // namespace wpptrace::tracewpp
