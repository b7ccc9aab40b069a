#include "text.hpp"

#include <wpptrace/c_syntax/integer_literal.hpp>

#include <cctype>

namespace wpptrace::tracewpp {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool is_ident_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool is_identifier(std::string_view text) {
    if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0]))) return false;
    for (char c : text)
        if (!is_ident_char(c)) return false;
    return true;
}

std::size_t skip_literal(std::string_view text, std::size_t at) {
    const char quote = text[at];
    std::size_t i = at + 1;
    while (i < text.size() && text[i] != quote) i += text[i] == '\\' ? 2 : 1;
    return i < text.size() ? i + 1 : text.size();
}

bool is_string_literal(std::string_view text) {
    text = trim(text);
    if (text.empty()) return false;
    while (!text.empty()) {
        if (text.starts_with("L\"")) text.remove_prefix(1);
        if (text.front() != '"') return false;
        std::size_t end = skip_literal(text, 0);
        if (end < 2 || text[end - 1] != '"') return false;
        text = trim(text.substr(end));
    }
    return true;
}

bool parenthesized(std::string_view& rest, std::string_view& inside) {
    rest = trim(rest);
    if (!rest.starts_with("(")) return false;
    int depth = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        if (c == '"' || c == '\'') {
            i = skip_literal(rest, i) - 1;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            inside = rest.substr(1, i - 1);
            rest = rest.substr(i + 1);
            return true;
        }
    }
    return false;
}

std::vector<std::string_view> split_top_level(std::string_view text) {
    std::vector<std::string_view> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            i = skip_literal(text, i) - 1;
        } else if (c == '(' || c == '{' || c == '[') {
            ++depth;
        } else if (c == ')' || c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(text.substr(start));
    return parts;
}

std::string first_argument(std::string_view parenthesized_text) {
    std::string_view inside;
    if (!parenthesized(parenthesized_text, inside)) return {};
    return std::string(trim(split_top_level(inside)[0]));
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
    const auto literal = c_syntax::parse_signed_literal(text);
    return literal ? c_syntax::exact_value(*literal) : std::nullopt;
}

}  // namespace wpptrace::tracewpp
