// tsdl_parser.cpp - a recursive-descent parser of TSDL (CTF 1.8 metadata), see tsdl_parser.hpp.
#include "tsdl_parser.hpp"

#include <wpptrace/c_syntax/integer_literal.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wpptrace::decoder::ctf {
namespace {

// Deeper type nesting than this is refused: no trace needs it, and it bounds recursion.
constexpr std::uint32_t max_depth = 48;
// Entries kept of an env block: LTTng writes about 15; untrusted text cannot grow it further.
constexpr std::size_t max_env_entries = 256;
constexpr std::size_t max_text = std::size_t{64} << 20;

struct ParseError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Token {
    enum class Kind : std::uint8_t { end, identifier, number, string, punct } kind = Kind::end;
    std::string_view text;  // identifier, number, punctuation; string: without its quotes
    int line = 0;
};

class Lexer {
  public:
    explicit Lexer(std::string_view text) : text_(text) {}

    Token next() {
        skip_space_and_comments();
        Token t;
        t.line = line_;
        if (at_ >= text_.size()) return t;
        char c = text_[at_];
        std::size_t begin = at_;
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            while (at_ < text_.size() &&
                   (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '_'))
                ++at_;
            t.kind = Token::Kind::identifier;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (at_ < text_.size() && std::isalnum(static_cast<unsigned char>(text_[at_])))
                ++at_;
            t.kind = Token::Kind::number;
        } else if (c == '"') {
            ++at_;
            while (at_ < text_.size() && text_[at_] != '"') {
                if (text_[at_] == '\\' && at_ + 1 < text_.size()) ++at_;
                if (text_[at_] == '\n') ++line_;
                ++at_;
            }
            if (at_ >= text_.size()) fail(t.line, "unterminated string");
            t.kind = Token::Kind::string;
            t.text = text_.substr(begin + 1, at_ - begin - 1);
            ++at_;
            return t;
        } else {
            t.kind = Token::Kind::punct;
            if (text_.substr(at_, 3) == "...")
                at_ += 3;
            else if (text_.substr(at_, 2) == ":=")
                at_ += 2;
            else
                ++at_;
        }
        t.text = text_.substr(begin, at_ - begin);
        return t;
    }

    [[noreturn]] static void fail(int line, const std::string& what) {
        throw ParseError("metadata line " + std::to_string(line) + ": " + what);
    }

  private:
    void skip_space_and_comments() {
        while (at_ < text_.size()) {
            char c = text_[at_];
            if (c == '\n') {
                ++line_, ++at_;
            } else if (std::isspace(static_cast<unsigned char>(c)) || c == '\0') {
                ++at_;
            } else if (text_.substr(at_, 2) == "/*") {
                std::size_t end = text_.find("*/", at_ + 2);
                if (end == std::string_view::npos) fail(line_, "unterminated comment");
                for (std::size_t i = at_; i < end; ++i) line_ += text_[i] == '\n';
                at_ = end + 2;
            } else if (text_.substr(at_, 2) == "//") {
                while (at_ < text_.size() && text_[at_] != '\n') ++at_;
            } else {
                return;
            }
        }
    }

    std::string_view text_;
    std::size_t at_ = 0;
    int line_ = 1;
};

using Kind = FieldClass::Kind;

class Parser {
  public:
    Parser(std::string_view text, TraceClass& trace) : lexer_(text), trace_(trace) {
        advance();
        // Types declared before the trace block (LTTng writes its typealiases first) use the
        // trace's byte order: that is resolved when the trace is read (ByteOrder::native).
    }

    void parse() {
        while (token_.kind != Token::Kind::end) top_level();
        finish();
    }

  private:
    // ---- tokens ----------------------------------------------------------------------------
    void advance() { token_ = lexer_.next(); }
    bool is(std::string_view punct_or_word) const {
        return (token_.kind == Token::Kind::punct || token_.kind == Token::Kind::identifier) &&
               token_.text == punct_or_word;
    }
    bool accept(std::string_view s) {
        if (!is(s)) return false;
        advance();
        return true;
    }
    void expect(std::string_view s) {
        if (!accept(s)) fail("expected '" + std::string(s) + "'");
    }
    std::string identifier() {
        if (token_.kind != Token::Kind::identifier) fail("expected a name");
        std::string s(token_.text);
        advance();
        return s;
    }
    [[noreturn]] void fail(const std::string& what) const {
        std::string near =
            token_.kind == Token::Kind::end ? "end of text" : "'" + std::string(token_.text) + "'";
        Lexer::fail(token_.line, what + " near " + near);
    }

    struct Depth {
        explicit Depth(Parser& p) : p_(p) {
            if (++p_.depth_ > static_cast<int>(max_depth)) p_.fail("types nested too deeply");
        }
        ~Depth() { --p_.depth_; }
        Parser& p_;
    };

    // ---- values ----------------------------------------------------------------------------
    static std::optional<std::uint64_t> number_value(std::string_view text) {
        return c_syntax::parse_unsigned_literal(text);
    }

    // An integer literal, possibly negative: its bit pattern and whether it was negative.
    std::int64_t signed_number() {
        bool negative = accept("-");
        if (!negative) accept("+");
        if (token_.kind != Token::Kind::number) fail("expected a number");
        auto value = number_value(token_.text);
        if (!value) fail("bad number");
        advance();
        const auto bits = c_syntax::bit_pattern({negative, *value});
        if (!bits) fail("number out of range");
        return *bits;
    }
    std::uint64_t unsigned_number() {
        if (token_.kind != Token::Kind::number) fail("expected a number");
        auto value = number_value(token_.text);
        if (!value) fail("bad number");
        advance();
        return *value;
    }

    // Any right-hand side of `key = value;`: a number, a string or dotted words, as text.
    std::string value_text() {
        if (token_.kind == Token::Kind::string) {
            std::string s(token_.text);
            advance();
            return s;
        }
        if (is("-") || is("+") || token_.kind == Token::Kind::number)
            return std::to_string(signed_number());
        std::string s = identifier();
        while (accept(".")) {
            s += '.';  // appended apart: g++ 12 -O3 warns wrongly on "." + string
            s += identifier();
        }
        return s;
    }

    // `key` or `key.sub.sub`
    std::string dotted_key() {
        std::string key = identifier();
        while (accept(".")) {
            key += '.';
            key += identifier();
        }
        return key;
    }

    // ---- top level -------------------------------------------------------------------------
    void top_level() {
        if (accept(";")) return;
        if (accept("typealias")) {
            FieldClassPtr type = type_specifier();
            expect(":=");
            std::string name = alias_name();
            expect(";");
            aliases_[name] = type;
            return;
        }
        if (accept("typedef")) {
            NamedField declared = declaration();
            expect(";");
            aliases_[declared.name] = declared.type;
            return;
        }
        if (accept("trace")) return trace_block();
        if (accept("clock")) return clock_block();
        if (accept("stream")) return stream_block();
        if (accept("event")) return event_block();
        if (accept("env")) return env_block();
        if (accept("callsite")) return skip_block();
        if (is("struct") || is("enum") || is("variant") || is("integer") || is("floating_point") ||
            is("string")) {
            type_specifier();  // a named struct/enum/variant definition, registered by name
            expect(";");
            return;
        }
        fail("unknown metadata statement");
    }

    std::string alias_name() {
        std::string name = identifier();
        while (token_.kind == Token::Kind::identifier) {
            name += ' ';
            name += identifier();
        }
        return name;
    }

    void skip_block() {
        expect("{");
        while (!accept("}")) {
            dotted_key();
            if (accept(":=")) {
                type_specifier();
            } else {
                expect("=");
                value_text();
            }
            expect(";");
        }
        expect(";");
    }

    // `env { key = value; ... };`: LTTng names the machine (hostname) and the tracer there.
    void env_block() {
        expect("{");
        while (!accept("}")) {
            std::string key = dotted_key();
            expect("=");
            std::string value = value_text();
            if (trace_.env.size() < max_env_entries) trace_.env[key] = std::move(value);
            expect(";");
        }
        expect(";");
    }

    void trace_block() {
        expect("{");
        while (!accept("}")) {
            std::string key = dotted_key();
            if (key == "packet.header") {
                expect(":=");
                trace_.packet_header = type_specifier();
            } else {
                expect("=");
                std::string value = value_text();
                if (key == "uuid") {
                    trace_.uuid = canonical_uuid(value);
                } else if (key == "byte_order") {
                    if (value == "le")
                        trace_.byte_order = ByteOrder::little;
                    else if (value == "be" || value == "network")
                        trace_.byte_order = ByteOrder::big;
                    else
                        fail("unknown trace byte order");
                } else if (key == "major") {
                    if (value != "1") fail("CTF major version is not 1");
                }
            }
            expect(";");
        }
        expect(";");
        seen_trace_ = true;
    }

    std::string canonical_uuid(std::string value) {
        if (value.size() != 36) fail("bad uuid");
        for (std::size_t i = 0; i < value.size(); ++i) {
            char& c = value[i];
            bool dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !std::isxdigit(static_cast<unsigned char>(c))) fail("bad uuid");
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return value;
    }

    void clock_block() {
        ClockClass clock;
        expect("{");
        while (!accept("}")) {
            std::string key = dotted_key();
            expect("=");
            if (key == "freq") {
                clock.frequency = unsigned_number();
                if (clock.frequency == 0) fail("clock frequency 0");
            } else if (key == "offset_s") {
                clock.offset_seconds = signed_number();
            } else if (key == "offset") {
                clock.offset_cycles = unsigned_number();
            } else {
                std::string value = value_text();
                if (key == "name") clock.name = value;
                if (key == "uuid") clock.uuid = canonical_uuid(value);
            }
            expect(";");
        }
        expect(";");
        if (clock.name.empty()) fail("clock without a name");
        trace_.clocks.push_back(clock);
    }

    void stream_block() {
        StreamClass stream;
        expect("{");
        while (!accept("}")) {
            std::string key = dotted_key();
            if (accept(":=")) {
                FieldClassPtr type = type_specifier();
                if (key == "event.header")
                    stream.event_header = type;
                else if (key == "packet.context")
                    stream.packet_context = type;
                else if (key == "event.context")
                    stream.event_context = type;
                else
                    fail("unknown stream scope");
            } else {
                expect("=");
                if (key == "id") {
                    stream.id = unsigned_number();
                } else {
                    value_text();
                }
            }
            expect(";");
        }
        expect(";");
        if (!trace_.streams.emplace(stream.id, std::move(stream)).second)
            fail("stream id defined twice");
    }

    void event_block() {
        EventClass event;
        expect("{");
        while (!accept("}")) {
            std::string key = dotted_key();
            if (accept(":=")) {
                FieldClassPtr type = type_specifier();
                if (key == "fields")
                    event.payload = type;
                else if (key == "context")
                    event.context = type;
                else
                    fail("unknown event scope");
            } else {
                expect("=");
                if (key == "id")
                    event.id = unsigned_number();
                else if (key == "stream_id")
                    event.stream_id = unsigned_number();
                else if (key == "name")
                    event.name = value_text();
                else
                    value_text();
            }
            expect(";");
        }
        expect(";");
        events_.push_back(std::move(event));
    }

    void finish() {
        if (!seen_trace_) fail("no trace block");
        if (trace_.streams.empty() && !events_.empty()) {
            trace_.streams.emplace(0, StreamClass{});  // a trace may omit its only stream
        }
        for (auto& event : events_) {
            auto stream = trace_.streams.find(event.stream_id);
            if (stream == trace_.streams.end())
                Lexer::fail(0, "event '" + event.name + "' of an unknown stream");
            std::uint64_t id = event.id;
            if (!stream->second.events.emplace(id, std::move(event)).second)
                Lexer::fail(0, "event id " + std::to_string(id) + " defined twice");
        }
    }

    // ---- types -----------------------------------------------------------------------------
    // Named types and typedefs can nest without the parser recursing: the depth is counted
    // on the types themselves, which bounds the reader's recursion and destruction too.
    void set_depth(FieldClass& type, std::uint32_t children_depth) {
        type.depth = children_depth + 1;
        if (type.depth > max_depth) fail("types nested too deeply");
    }

    FieldClassPtr type_specifier() {
        Depth depth(*this);
        if (accept("integer")) return integer_body();
        if (accept("floating_point")) return floating_body();
        if (accept("string")) {
            auto type = std::make_shared<FieldClass>();
            type->kind = Kind::string;
            type->alignment = 8;
            if (accept("{")) {
                while (!accept("}")) {
                    dotted_key();
                    expect("=");
                    value_text();
                    expect(";");
                }
            }
            return type;
        }
        if (accept("enum")) return enum_type();
        if (accept("struct")) return struct_type();
        if (accept("variant")) return variant_type();
        if (token_.kind == Token::Kind::identifier) {
            std::string name = alias_name();
            return alias(name);
        }
        fail("expected a type");
    }

    FieldClassPtr alias(const std::string& name) {
        auto it = aliases_.find(name);
        if (it == aliases_.end()) fail("unknown type '" + name + "'");
        return it->second;
    }

    FieldClassPtr integer_body() {
        auto type = std::make_shared<FieldClass>();
        type->kind = Kind::integer;
        bool aligned = false;
        expect("{");
        while (!accept("}")) {
            std::string key = dotted_key();
            expect("=");
            if (key == "size") {
                type->size =
                    static_cast<std::uint32_t>(std::min<std::uint64_t>(unsigned_number(), 1000));
            } else if (key == "align") {
                type->alignment = alignment_value(unsigned_number());
                aligned = true;
            } else if (key == "signed") {
                std::string v = value_text();
                if (v == "true" || v == "1" || v == "TRUE")
                    type->is_signed = true;
                else if (v == "false" || v == "0" || v == "FALSE")
                    type->is_signed = false;
                else
                    fail("bad signed value");
            } else if (key == "byte_order") {
                type->byte_order = byte_order_value(value_text());
            } else if (key == "encoding") {
                std::string v = value_text();
                type->text = v == "UTF8" || v == "ASCII" || v == "utf8" || v == "ascii";
            } else if (key == "map") {
                std::string v = value_text();  // clock.NAME.value
                if (v.rfind("clock.", 0) != 0 || v.size() < 13 ||
                    v.compare(v.size() - 6, 6, ".value") != 0)
                    fail("bad integer map");
                type->clock = v.substr(6, v.size() - 12);
            } else {
                value_text();  // base: display only
            }
            expect(";");
        }
        if (type->size < 1 || type->size > 64) fail("integer size must be 1 to 64 bits");
        if (!aligned) type->alignment = type->size % 8 ? 1 : 8;
        return type;
    }

    FieldClassPtr floating_body() {
        auto type = std::make_shared<FieldClass>();
        type->kind = Kind::floating;
        std::uint64_t exp = 0, mant = 0;
        bool aligned = false;
        expect("{");
        while (!accept("}")) {
            std::string key = dotted_key();
            expect("=");
            if (key == "exp_dig")
                exp = unsigned_number();
            else if (key == "mant_dig")
                mant = unsigned_number();
            else if (key == "align") {
                type->alignment = alignment_value(unsigned_number());
                aligned = true;
            } else if (key == "byte_order")
                type->byte_order = byte_order_value(value_text());
            else
                value_text();
            expect(";");
        }
        if (!((exp == 8 && mant == 24) || (exp == 11 && mant == 53)))
            fail("only 32- and 64-bit floating point is supported");
        type->size = static_cast<std::uint32_t>(exp + mant);
        if (!aligned) type->alignment = 8;
        return type;
    }

    std::uint32_t alignment_value(std::uint64_t v) {
        if (v == 0 || v > 4096 || (v & (v - 1))) fail("alignment must be a power of two");
        return static_cast<std::uint32_t>(v);
    }

    ByteOrder byte_order_value(const std::string& v) {
        if (v == "le") return ByteOrder::little;
        if (v == "be" || v == "network") return ByteOrder::big;
        if (v == "native") return ByteOrder::native;
        fail("unknown byte order");
    }

    FieldClassPtr enum_type() {
        std::string name;
        if (token_.kind == Token::Kind::identifier) name = identifier();
        FieldClassPtr container;
        if (accept(":")) {
            if (accept("integer"))
                container = integer_body();
            else
                container = alias(alias_name());
        } else if (!is("{")) {
            auto it = enums_.find(name);
            if (it == enums_.end()) fail("unknown enum '" + name + "'");
            return it->second;
        } else {
            container = alias("int");
        }
        if (container->kind != Kind::integer) fail("enum container is not an integer");
        auto type = std::make_shared<FieldClass>(*container);
        type->is_enum = true;
        type->mappings.clear();
        expect("{");
        std::int64_t next = 0;
        while (!accept("}")) {
            EnumMapping m;
            if (token_.kind == Token::Kind::string) {
                m.label = std::string(token_.text);
                advance();
            } else {
                m.label = identifier();
            }
            if (accept("=")) {
                m.low = signed_number();
                m.high = accept("...") ? signed_number() : m.low;
            } else {
                m.low = m.high = next;
            }
            next = static_cast<std::int64_t>(static_cast<std::uint64_t>(m.high) + 1);
            type->mappings.push_back(std::move(m));
            if (!accept(",")) {
                expect("}");
                break;
            }
        }
        if (!name.empty()) enums_[name] = type;
        return type;
    }

    FieldClassPtr struct_type() {
        std::string name;
        if (token_.kind == Token::Kind::identifier) name = identifier();
        if (!is("{")) {
            auto it = structs_.find(name);
            if (it == structs_.end()) fail("unknown struct '" + name + "'");
            return it->second;
        }
        auto type = std::make_shared<FieldClass>();
        type->kind = Kind::structure;
        type->alignment = 1;
        fields_into(*type);
        if (accept("align")) {
            expect("(");
            type->alignment = std::max(type->alignment, alignment_value(unsigned_number()));
            expect(")");
        }
        std::uint32_t deepest = 0;
        for (const auto& f : type->fields) {
            type->alignment = std::max(type->alignment, f.type->alignment);
            deepest = std::max(deepest, f.type->depth);
        }
        set_depth(*type, deepest);
        if (!name.empty()) structs_[name] = type;
        return type;
    }

    FieldClassPtr variant_type() {
        std::string name, tag;
        if (token_.kind == Token::Kind::identifier) name = identifier();
        if (accept("<")) {
            tag = dotted_key();
            expect(">");
        }
        if (!is("{")) {
            auto it = variants_.find(name);
            if (it == variants_.end()) fail("unknown variant '" + name + "'");
            auto type = std::make_shared<FieldClass>(*it->second);
            if (!tag.empty()) type->tag = tag;
            return type;
        }
        auto type = std::make_shared<FieldClass>();
        type->kind = Kind::variant;
        type->alignment = 1;
        type->tag = tag;
        fields_into(*type);
        std::uint32_t deepest = 0;
        for (const auto& f : type->fields) deepest = std::max(deepest, f.type->depth);
        set_depth(*type, deepest);
        if (!name.empty()) variants_[name] = type;
        return type;
    }

    // `{ TYPE name; ... }`, typealiases allowed inside.
    void fields_into(FieldClass& type) {
        expect("{");
        while (!accept("}")) {
            if (accept(";")) continue;
            if (accept("typealias")) {
                FieldClassPtr t = type_specifier();
                expect(":=");
                aliases_[alias_name()] = t;
                expect(";");
                continue;
            }
            NamedField field = declaration();
            expect(";");
            for (const auto& f : type.fields)
                if (f.name == field.name) fail("field '" + field.name + "' defined twice");
            type.fields.push_back(std::move(field));
        }
    }

    // `TYPE name[dims]`; TYPE may be words naming an alias (`unsigned long x`): the last
    // word is then the declared name.
    NamedField declaration() {
        NamedField field;
        if (token_.kind == Token::Kind::identifier && !is("integer") && !is("struct") &&
            !is("enum") && !is("variant") && !is("string") && !is("floating_point")) {
            std::vector<std::string> words;
            while (token_.kind == Token::Kind::identifier) words.push_back(identifier());
            if (words.size() < 2) fail("a declaration without a type");
            field.name = words.back();
            words.pop_back();
            std::string alias_text = words[0];
            for (std::size_t i = 1; i < words.size(); ++i) alias_text += " " + words[i];
            field.type = alias(alias_text);
        } else {
            field.type = type_specifier();
            field.name = identifier();
        }
        field.type = declarator_suffix(field.type);
        return field;
    }

    // `[N]` arrays and `[name]` sequences after a declarator; the last is the innermost.
    FieldClassPtr declarator_suffix(FieldClassPtr type) {
        std::vector<std::pair<std::uint64_t, std::string>> dims;
        while (accept("[")) {
            if (token_.kind == Token::Kind::number) {
                dims.emplace_back(unsigned_number(), std::string());
            } else {
                dims.emplace_back(0, dotted_key());
            }
            expect("]");
            if (dims.size() > 8) fail("too many dimensions");
        }
        for (auto it = dims.rbegin(); it != dims.rend(); ++it) {
            auto array = std::make_shared<FieldClass>();
            array->kind = it->second.empty() ? Kind::array : Kind::sequence;
            array->length = it->first;
            array->length_name = it->second;
            array->element = type;
            array->alignment = type->alignment;
            set_depth(*array, type->depth);
            type = array;
        }
        return type;
    }

    Lexer lexer_;
    Token token_;
    TraceClass& trace_;
    int depth_ = 0;
    bool seen_trace_ = false;
    std::map<std::string, FieldClassPtr> aliases_, structs_, enums_, variants_;
    std::vector<EventClass> events_;
};

}  // namespace

std::string parse_tsdl(std::string_view text, TraceClass& trace) {
    if (text.size() > max_text) return "metadata larger than 64 MiB";
    try {
        trace = TraceClass{};
        Parser parser(text, trace);
        parser.parse();
        return {};
    } catch (const ParseError& e) {
        return e.what();
    }
}

}  // namespace wpptrace::decoder::ctf
