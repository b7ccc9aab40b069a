// enums.cpp - C enum declarations, for CUSTOM_TYPE(name, ItemEnum(E)): WPP takes the names and
// values from the PDB; here they come from the scanned files and sources themselves.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>

#include "text.hpp"
#include "wpptrace/tracewpp/config.hpp"

namespace wpptrace::tracewpp {
namespace {

// Comments and literals blanked out (newlines kept), so that neither can hold a false `enum`.
std::string code_only(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out.compare(i, 2, "//") == 0) {
            while (i < out.size() && out[i] != '\n') out[i++] = ' ';
        } else if (out.compare(i, 2, "/*") == 0) {
            std::size_t end = out.find("*/", i + 2);
            end = end == std::string::npos ? out.size() : end + 2;
            for (; i < end; ++i)
                if (out[i] != '\n') out[i] = ' ';
            --i;
        } else if (out[i] == '"' || out[i] == '\'') {
            std::size_t end = skip_literal(out, i);
            for (std::size_t j = i; j < end; ++j)
                if (out[j] != '\n') out[j] = ' ';
            i = end - 1;
        }
    }
    return out;
}

// A constant expression over integer literals and earlier enumerators:
// | ^ & << >> + - * / % ~ (), in 64-bit signed arithmetic. What a compiler would reject or leave
// undefined (a division by zero, an overflow, a shift by a negative count or by 64 and more) is
// an arithmetic fault: an error of the file, not a value (nor a SIGFPE, nor a wrapped value).
class Evaluator {
  public:
    Evaluator(std::string_view text, const std::map<std::string, std::int64_t>& known)
        : text_(text), known_(known) {}

    std::optional<std::int64_t> evaluate(std::string& why) {
        auto value = binary(0);
        skip_space();
        if (value && pos_ != text_.size()) {
            fail("unexpected \"" + std::string(text_.substr(pos_)) + "\"");
            value.reset();
        }
        if (!value) why = why_;
        return value;
    }
    // The failure was an arithmetic fault rather than something the scan cannot evaluate.
    bool faulted() const { return faulted_; }

  private:
    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    void fail(std::string why) {
        if (why_.empty()) why_ = std::move(why);
    }
    std::optional<std::int64_t> fault(std::string why) {
        if (why_.empty()) faulted_ = true;
        fail(std::move(why));
        return std::nullopt;
    }
    std::optional<std::int64_t> overflow(std::int64_t a, std::string_view op, std::int64_t b) {
        return fault(std::to_string(a) + " " + std::string(op) + " " + std::to_string(b) +
                     " overflows a 64-bit signed value");
    }
    // Operators by precedence, lowest first.
    static int precedence(std::string_view op) {
        if (op == "|") return 1;
        if (op == "^") return 2;
        if (op == "&") return 3;
        if (op == "<<" || op == ">>") return 4;
        if (op == "+" || op == "-") return 5;
        if (op == "*" || op == "/" || op == "%") return 6;
        return 0;
    }
    std::string_view peek_operator() {
        skip_space();
        if (pos_ >= text_.size()) return {};
        std::string_view two = text_.substr(pos_, 2);
        if (two == "<<" || two == ">>") return two;
        std::string_view one = text_.substr(pos_, 1);
        return precedence(one) ? one : std::string_view{};
    }
    std::optional<std::int64_t> apply(std::int64_t a, std::string_view op, std::int64_t b) {
        std::int64_t r = 0;
        if (op == "|") return a | b;
        if (op == "^") return a ^ b;
        if (op == "&") return a & b;
        if (op == "<<" || op == ">>") {
            if (b < 0 || b > 63)
                return fault("shift count " + std::to_string(b) + " out of range (0 to 63)");
            if (op == ">>") return a >> b;
            r = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << b);
            if ((r >> b) != a) return overflow(a, op, b);  // bits (or the sign) shifted out
            return r;
        }
        if (op == "+") return __builtin_add_overflow(a, b, &r) ? overflow(a, op, b) : r;
        if (op == "-") return __builtin_sub_overflow(a, b, &r) ? overflow(a, op, b) : r;
        if (op == "*") return __builtin_mul_overflow(a, b, &r) ? overflow(a, op, b) : r;
        if (b == 0)
            return fault(op == "/" ? "division by zero" : "remainder of a division by zero");
        if (a == INT64_MIN && b == -1) return overflow(a, op, b);  // the quotient is 2^63
        return op == "/" ? a / b : a % b;
    }
    std::optional<std::int64_t> binary(int min_precedence) {
        auto left = unary();
        while (left) {
            std::string_view op = peek_operator();
            int p = op.empty() ? 0 : precedence(op);
            if (p == 0 || p <= min_precedence) break;
            pos_ += op.size();
            auto right = binary(p);
            if (!right) return std::nullopt;
            left = apply(*left, op, *right);
        }
        return left;
    }
    std::optional<std::int64_t> unary() {
        // Nesting beyond any real enumerator's is refused rather than recursed into.
        struct Depth {
            int& depth;
            explicit Depth(int& d) : depth(++d) {}
            ~Depth() { --depth; }
        } guard(depth_);
        if (depth_ > 256) {
            fail("the expression nests too deeply");
            return std::nullopt;
        }
        skip_space();
        if (pos_ >= text_.size()) {
            fail("missing value");
            return std::nullopt;
        }
        const char c = text_[pos_];
        if (c == '-' || c == '~' || c == '+') {
            ++pos_;
            auto v = unary();
            if (!v) return v;
            if (c == '-' && *v == INT64_MIN)
                return fault("-(" + std::to_string(*v) + ") overflows a 64-bit signed value");
            return c == '-' ? -*v : c == '~' ? ~*v : *v;
        }
        if (c == '(') {
            ++pos_;
            auto v = binary(0);
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != ')') {
                fail("missing ')'");
                return std::nullopt;
            }
            ++pos_;
            return v;
        }
        std::size_t start = pos_;
        while (pos_ < text_.size() && is_ident_char(text_[pos_])) ++pos_;
        std::string_view token = text_.substr(start, pos_ - start);
        if (token.empty()) {
            fail("unexpected \"" + std::string(text_.substr(start)) + "\"");
            return std::nullopt;
        }
        if (std::isdigit(static_cast<unsigned char>(token[0]))) {
            auto v = parse_integer(token);
            if (!v) fail("\"" + std::string(token) + "\" is not an integer literal");
            return v;
        }
        auto it = known_.find(std::string(token));
        if (it == known_.end()) {
            fail("\"" + std::string(token) + "\" is not an earlier enumerator or a literal");
            return std::nullopt;
        }
        return it->second;
    }

    std::string_view text_;
    const std::map<std::string, std::int64_t>& known_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    std::string why_;
    bool faulted_ = false;
};

std::string_view word_before(std::string_view code, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && std::isspace(static_cast<unsigned char>(code[end - 1]))) --end;
    std::size_t start = end;
    while (start > 0 && is_ident_char(code[start - 1])) --start;
    return code.substr(start, end - start);
}

}  // namespace

void scan_enums(std::string_view text, EnumScan& into) {
    const std::string code = code_only(text);
    const std::string_view all = code;
    // The line of a view into `all` (code_only keeps the newlines where they were).
    auto line_of = [&](std::string_view part) {
        const auto at = static_cast<std::size_t>(part.data() - all.data());
        return 1 + static_cast<unsigned>(std::count(all.begin(), all.begin() + at, '\n'));
    };
    std::map<std::string, std::int64_t> every_enumerator;  // C enumerators share one scope
    for (std::size_t at = all.find("enum"); at != std::string_view::npos;
         at = all.find("enum", at + 4)) {
        if ((at > 0 && is_ident_char(all[at - 1])) ||
            (at + 4 < all.size() && is_ident_char(all[at + 4])))
            continue;
        const bool is_typedef = word_before(all, at) == "typedef";
        std::size_t i = at + 4;
        auto skip = [&] {
            while (i < all.size() && std::isspace(static_cast<unsigned char>(all[i]))) ++i;
        };
        auto word = [&] {
            skip();
            std::size_t s = i;
            while (i < all.size() && is_ident_char(all[i])) ++i;
            return std::string(all.substr(s, i - s));
        };
        std::string tag = word();
        if (tag == "class" || tag == "struct") tag = word();
        skip();
        if (i < all.size() && all[i] == ':') {  // a C++ underlying type
            ++i;
            while (i < all.size() && all[i] != '{' && all[i] != ';') ++i;
        }
        skip();
        if (i >= all.size() || all[i] != '{') continue;  // a use, not a declaration
        std::size_t close = all.find('}', i);
        if (close == std::string_view::npos) break;
        std::string_view body = all.substr(i + 1, close - i - 1);
        std::vector<std::string> names;
        if (!tag.empty()) names.push_back(tag);
        if (is_typedef) {
            i = close + 1;
            std::string alias = word();
            if (!alias.empty()) names.push_back(alias);
        }
        EnumValues values;
        std::string why;
        std::int64_t next = 0;
        bool next_overflows = false;  // the enumerator before was INT64_MAX
        for (std::string_view item : split_top_level(body)) {
            item = trim(item);
            if (item.empty()) continue;  // the trailing comma
            const unsigned line = line_of(item);
            std::size_t eq = item.find('=');
            std::string name(trim(item.substr(0, eq)));
            if (!is_identifier(name)) {
                why = "enumerator \"" + std::string(item) + "\" is not NAME or NAME = VALUE";
                break;
            }
            if (eq != std::string_view::npos) {
                std::string expression_why;
                Evaluator evaluator(item.substr(eq + 1), every_enumerator);
                auto v = evaluator.evaluate(expression_why);
                if (!v) {
                    why = "the value of " + name + " (" + std::string(trim(item.substr(eq + 1))) +
                          "): " + expression_why;
                    if (evaluator.faulted()) into.faults.push_back({line, why});
                    break;
                }
                next = *v;
            } else if (next_overflows) {
                why = "the value of " + name + " (one more than " + values.back().first +
                      ") overflows a 64-bit signed value";
                into.faults.push_back({line, why});
                break;
            }
            values.emplace_back(name, next);
            every_enumerator[name] = next;
            next_overflows = next == INT64_MAX;
            if (!next_overflows) ++next;
        }
        for (const auto& n : names) {
            if (why.empty()) {
                into.enums[n] = values;
                into.unresolved.erase(n);
            } else if (!into.enums.count(n)) {
                into.unresolved[n] = why;
            }
        }
        at = close;
    }
}

}  // namespace wpptrace::tracewpp
