// wpp/detail/function_name.hpp - %!FUNC! in C++: the function's name as MSVC's __FUNCTION__
// gives it, derived at compile time from __PRETTY_FUNCTION__ (no run-time cost).
//
// MSVC's __FUNCTION__ is the name qualified by its namespaces and classes, without return type
// or parameters: `ACPIREADER::AcpiReader::EvaluateAdr`. From GCC's and Clang's
// __PRETTY_FUNCTION__ ("NTSTATUS ACPIREADER::AcpiReader::EvaluateAdr(ULONG*)"):
//   - return type, parameters and qualifiers (const, [with T = int]) are dropped;
//   - a class template's arguments are the instance's: `Ring<int>::Push` (GCC writes
//     `Ring<T>::Push(T) [with T = int]`; the binding is substituted, in MSVC's spelling of the
//     built-in types: `short`, not GCC's `short int`);
//   - constructors, destructors and operators keep their names: `Queue::Queue`,
//     `Queue::~Queue`, `Queue::operator==`, `Queue::operator bool`;
//   - a lambda is `Enclosing::Function::<lambda>::operator()` (MSVC numbers its lambdas,
//     `<lambda_1>`; the number is the compiler's own and is not reproduced);
//   - the anonymous namespace is MSVC's `` `anonymous-namespace' ``.
#pragma once

#include <cstddef>
#include <string_view>

namespace wpp::detail {

template <std::size_t N>
struct function_name {
    char data[N]{};
    std::size_t length = 0;

    constexpr void append(std::string_view text) {
        for (char c : text)
            if (length + 1 < N) data[length++] = c;
    }
};

namespace function_name_detail {

constexpr bool is_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

constexpr bool opens(char c) {
    return c == '(' || c == '<' || c == '[' || c == '{';
}

constexpr bool closes(char c) {
    return c == ')' || c == '>' || c == ']' || c == '}';
}

// The index of the bracket that opens the group closed at text[close].
constexpr std::size_t group_start(std::string_view text, std::size_t close) {
    int depth = 0;
    for (std::size_t i = close + 1; i-- > 0;) {
        if (closes(text[i])) ++depth;
        if (opens(text[i]) && --depth == 0) return i;
    }
    return 0;
}

// Where the token "operator" starts at the top level of `text`, or npos.
constexpr std::size_t operator_token(std::string_view text) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(' || c == '[' || c == '{' || c == '<')
            ++depth;
        else if (c == ')' || c == ']' || c == '}' || c == '>')
            --depth;
        if (depth == 0 && text.substr(i).starts_with("operator") &&
            (i == 0 || !is_identifier_char(text[i - 1])) &&
            (i + 8 == text.size() || !is_identifier_char(text[i + 8])))
            return i;
    }
    return std::string_view::npos;
}

// Drops a trailing parameter list (and what follows it: const, &, noexcept): "f(int) const".
constexpr std::string_view without_parameters(std::string_view text) {
    const std::size_t close = text.rfind(')');
    if (close == std::string_view::npos) return text;
    return text.substr(0, group_start(text, close));
}

// The value bound to template parameter `name` in "T = int; U = char" (GCC) or
// "T = int, U = char" (Clang), or an empty view.
constexpr std::string_view binding(std::string_view bindings, std::string_view name) {
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0; i <= bindings.size(); ++i) {
        const char c = i < bindings.size() ? bindings[i] : ';';
        if (opens(c)) ++depth;
        if (closes(c)) --depth;
        if (depth != 0 || (c != ';' && c != ',')) continue;
        std::string_view item = bindings.substr(start, i - start);
        while (item.starts_with(' ')) item.remove_prefix(1);
        if (item.starts_with(name) && item.substr(name.size()).starts_with(" = "))
            return item.substr(name.size() + 3);
        start = i + 1;
    }
    return {};
}

// GCC spells some built-in types the long way ("short int"); MSVC the short way.
template <std::size_t N>
constexpr void use_msvc_type_spellings(function_name<N>& name) {
    constexpr std::string_view gcc[] = {
        "long long unsigned int", "long long int", "long unsigned int",
        "short unsigned int",     "long int",      "short int"};
    constexpr std::string_view msvc[] = {"unsigned __int64", "__int64", "unsigned long",
                                         "unsigned short",   "long",    "short"};
    function_name<N> out;
    const std::string_view text(name.data, name.length);
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (i == 0 || !is_identifier_char(text[i - 1])) {
            for (std::size_t k = 0; k < sizeof gcc / sizeof gcc[0] && !replaced; ++k) {
                const std::size_t end = i + gcc[k].size();
                if (text.substr(i).starts_with(gcc[k]) &&
                    (end == text.size() || !is_identifier_char(text[end]))) {
                    out.append(msvc[k]);
                    i = end;
                    replaced = true;
                }
            }
        }
        if (!replaced) out.append(text.substr(i++, 1));
    }
    name = out;
}

// One scope of the name, template parameters replaced by their values.
template <std::size_t N>
constexpr void append_substituted(function_name<N>& out, std::string_view text,
                                  std::string_view bindings) {
    int angle = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (angle > 0 && is_identifier_char(c) && (i == 0 || !is_identifier_char(text[i - 1]))) {
            std::size_t end = i;
            while (end < text.size() && is_identifier_char(text[end])) ++end;
            const std::string_view word = text.substr(i, end - i);
            const std::string_view value = binding(bindings, word);
            out.append(value.empty() ? word : value);
            i = end;
            continue;
        }
        if (c == '<') ++angle;
        if (c == '>') --angle;
        out.append(text.substr(i, 1));
        ++i;
    }
}

}  // namespace function_name_detail

template <std::size_t N>
consteval auto msvc_function_name(const char (&pretty)[N]) {
    using namespace function_name_detail;
    function_name<2 * N + 64> out;
    std::string_view text(pretty, N - 1);

    // " [with T = int]" (GCC) or " [T = int]" (Clang): the template arguments.
    std::string_view bindings;
    if (text.ends_with(']')) {
        const std::size_t open = group_start(text, text.size() - 1);
        bindings = text.substr(open + 1, text.size() - open - 2);
        if (bindings.starts_with("with ")) bindings.remove_prefix(5);
        text = text.substr(0, open);
        while (text.ends_with(' ')) text.remove_suffix(1);
    }
    // The parameters; a GCC lambda ("f()::<lambda(int)>") names the closure and has none.
    if (!text.ends_with('>')) text = without_parameters(text);
    // A function returning a function pointer: "void (* ns::fp(int))".
    while (text.ends_with(')') && !text.ends_with("operator()")) {
        const std::size_t open = group_start(text, text.size() - 1);
        text = without_parameters(text.substr(open + 1, text.size() - open - 2));
    }
    // The operator's own text may hold any bracket; the scopes are before it.
    const std::size_t op = operator_token(text);
    const std::string_view tail = op == std::string_view::npos ? "" : text.substr(op);
    std::size_t begin = op == std::string_view::npos ? text.size() : op;
    const std::size_t end = begin;
    // Back over the scopes, to the space before them (after the return type).
    while (begin > 0) {
        const char c = text[begin - 1];
        if (closes(c)) {
            begin = group_start(text, begin - 1);
        } else if (is_identifier_char(c) || c == ':' || c == '~') {
            --begin;
        } else {
            break;
        }
    }
    const std::string_view scopes = text.substr(begin, end - begin);

    bool last_is_lambda = false;
    bool first = true;
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0; i <= scopes.size(); ++i) {
        const bool at_end = i == scopes.size();
        if (!at_end) {
            if (opens(scopes[i])) ++depth;
            if (closes(scopes[i])) --depth;
            if (depth != 0 || scopes.substr(i, 2) != "::") continue;
        }
        std::string_view scope = scopes.substr(start, i - start);
        start = i + 2;
        if (scope.empty()) continue;  // the "::" before an operator
        if (!first) out.append("::");
        first = false;
        last_is_lambda = false;
        if (scope == "{anonymous}" || scope == "(anonymous namespace)") {
            out.append("`anonymous-namespace'");
        } else if (scope.starts_with("<lambda") || scope.starts_with("(lambda") ||
                   scope == "(anonymous class)") {
            out.append("<lambda>");
            last_is_lambda = true;
        } else {
            // "f(int)" is the enclosing function of a lambda: its name only.
            std::size_t cut = 0;
            int angle = 0;
            while (cut < scope.size() && !(angle == 0 && scope[cut] == '(')) {
                if (scope[cut] == '<') ++angle;
                if (scope[cut] == '>') --angle;
                ++cut;
            }
            append_substituted(out, scope.substr(0, cut), bindings);
        }
        ++i;
    }
    if (!tail.empty()) {
        if (!first) out.append("::");
        append_substituted(out, tail, bindings);
    } else if (last_is_lambda) {
        out.append("::operator()");
    }
    use_msvc_type_spellings(out);
    return out;
}

}  // namespace wpp::detail
