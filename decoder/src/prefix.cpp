#include "wpptrace/decoder/prefix.hpp"

#include <charconv>
#include <iterator>
#include <utility>

#include "wpptrace/decoder/format_engine.hpp"

namespace wpptrace::decoder {

namespace {

[[noreturn]] void fail(const std::string& format, std::size_t position, const std::string& what) {
    throw PrefixError(
        "malformed prefix \"" + format + "\" at position " + std::to_string(position) + ": " + what,
        position);
}

std::string_view base_name(std::string_view path) {
    // Catalog paths may come from Windows-style sources too.
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void append_number(std::string& out, std::uint64_t value) {
    char buffer[24];
    out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
}

}  // namespace

std::string_view level_name(std::uint8_t level, std::string_view flags) {
    static constexpr std::string_view kNames[] = {
        "TRACE_LEVEL_NONE",      "TRACE_LEVEL_CRITICAL",    "TRACE_LEVEL_ERROR",
        "TRACE_LEVEL_WARNING",   "TRACE_LEVEL_INFORMATION", "TRACE_LEVEL_VERBOSE",
        "TRACE_LEVEL_RESERVED6", "TRACE_LEVEL_RESERVED7",   "TRACE_LEVEL_RESERVED8",
        "TRACE_LEVEL_RESERVED9"};
    static constexpr std::string_view kNumbers[] = {"10", "11", "12", "13", "14", "15"};
    if (level == 0) return flags.empty() ? kNames[0] : flags;
    if (level < std::size(kNames)) return kNames[level];
    // WPP_MAX_LEVEL is 15; anything above was clamped by the recorder.
    return kNumbers[(level > 15 ? 15 : level) - 10];
}

Prefix::Prefix(std::string_view format, TimeOptions time) : format_(format), time_(time) {
    parse();
}

void Prefix::parse() {
    const std::string& f = format_;
    auto add_literal = [this](std::string_view text) {
        if (!pieces_.empty() && pieces_.back().kind == Kind::literal &&
            pieces_.back().text_begin + pieces_.back().text_length == text_.size()) {
            pieces_.back().text_length += static_cast<std::uint32_t>(text.size());
        } else {
            Piece piece;
            piece.text_begin = static_cast<std::uint32_t>(text_.size());
            piece.text_length = static_cast<std::uint32_t>(text.size());
            pieces_.push_back(piece);
        }
        text_ += text;
    };

    std::size_t i = 0;
    while (i < f.size()) {
        const std::size_t percent = f.find('%', i);
        if (percent == std::string::npos) {
            add_literal(std::string_view(f).substr(i));
            break;
        }
        add_literal(std::string_view(f).substr(i, percent - i));
        i = percent + 1;
        if (i >= f.size()) fail(f, percent, "'%' at the end of the prefix");
        const char code = f[i];
        if (code == '%') {
            add_literal("%");
            ++i;
            continue;
        }
        if (code == '!') {
            const std::size_t close = f.find('!', i + 1);
            if (close == std::string::npos) fail(f, percent, "'%!' without a closing '!'");
            const std::string_view name = std::string_view(f).substr(i + 1, close - i - 1);
            static constexpr std::pair<std::string_view, Kind> kNames[] = {
                {"FUNC", Kind::function},     {"LEVEL", Kind::level},     {"FLAGS", Kind::flags},
                {"COMPNAME", Kind::compname}, {"SUBCOMP", Kind::subcomp}, {"FILE", Kind::file},
                {"LINE", Kind::line},         {"HOST", Kind::host}};
            Piece piece;
            bool known = false;
            for (const auto& [known_name, kind] : kNames) {
                if (name == known_name) {
                    piece.kind = kind;
                    known = true;
                }
            }
            if (!known) fail(f, percent, "unknown prefix name %!" + std::string(name) + "!");
            pieces_.push_back(piece);
            i = close + 1;
            continue;
        }
        if (code < '1' || code > '9')
            fail(f, percent, std::string("unknown prefix code '%") + code + "'");
        if (i + 1 >= f.size() || f[i + 1] != '!')
            fail(f, i + 1, std::string("expected '!fmt!' after %") + code);
        const std::size_t fmt_begin = i + 2;
        const std::size_t close = f.find('!', fmt_begin);
        if (close == std::string::npos)
            fail(f, i + 1, std::string("'!fmt!' of %") + code + " without a closing '!'");
        if (close == fmt_begin) fail(f, fmt_begin, std::string("empty '!fmt!' for %") + code);

        // The field's conversion goes through the shared parser, as "%" + fmt.
        // Built by append: GCC 12 at -O3 sees a false -Wrestrict in "%" + std::string&&.
        std::string conversion = "%";
        conversion.append(f, fmt_begin, close - fmt_begin);
        Piece piece;
        const int kind = wpp_next_spec(conversion.c_str(), 0, &piece.spec);
        if (kind != WPP_SPEC_ARGUMENT || piece.spec.begin != 0 ||
            piece.spec.end != conversion.size())
            fail(f, fmt_begin, "bad conversion '" + conversion + "' for %" + code);
        static constexpr Kind kFields[] = {Kind::module,   Kind::file_line,   Kind::tid,
                                           Kind::time,     Kind::kernel_time, Kind::user_time,
                                           Kind::sequence, Kind::pid,         Kind::cpu};
        piece.kind = kFields[code - '1'];
        const int cls = wpp_spec_class(&piece.spec);
        const bool text_field = code == '1' || code == '2' || code == '4';
        if (text_field && cls != WPP_CLASS_STRING && cls != WPP_CLASS_WIDE_STRING)
            fail(f, fmt_begin, std::string("%") + code + " needs a string conversion (s)");
        if (!text_field && cls != WPP_CLASS_INTEGER)
            fail(f, fmt_begin,
                 std::string("%") + code + " needs an integer conversion (d i u x X o)");
        pieces_.push_back(piece);
        i = close + 1;
    }
}

void Prefix::render(const EventContext& event, std::string& out) {
    for (const Piece& piece : pieces_) {
        const std::size_t start = out.size();
        switch (piece.kind) {
            case Kind::literal:
                out.append(text_, piece.text_begin, piece.text_length);
                break;
            case Kind::module:
                append_text(out, piece.spec, event.module);
                break;
            case Kind::file_line: {
                // tracefmt's %2: the base name with '.' as '_', then the line: tracedrv_c258.
                for (char c : base_name(event.file)) out += c == '.' ? '_' : c;
                append_number(out, event.line);
                justify_text(out, start, piece.spec);
                break;
            }
            case Kind::tid:
                append_integer(out, piece.spec, event.tid);
                break;
            case Kind::time:
                time_.append(event.timestamp_ns, out, event.time_granularity);
                justify_text(out, start, piece.spec);
                break;
            case Kind::kernel_time:
            case Kind::user_time:
                append_integer(out, piece.spec, 0);
                break;
            case Kind::sequence:
                append_integer(out, piece.spec, event.sequence);
                break;
            case Kind::pid:
                append_integer(out, piece.spec, event.pid);
                break;
            case Kind::cpu:
                append_integer(out, piece.spec, event.cpu);
                break;
            case Kind::function:
                out += event.function;
                break;
            case Kind::level:
                out += event.level_text.empty() ? level_name(event.level, event.flags)
                                                : event.level_text;
                break;
            case Kind::flags:
                out += event.flags;
                break;
            case Kind::compname:
                out += event.module;
                break;
            case Kind::subcomp:
                break;
            case Kind::file:
                out += base_name(event.file);
                break;
            case Kind::line:
                append_number(out, event.line);
                break;
            case Kind::host:
                out += event.host;
                break;
        }
    }
}

}  // namespace wpptrace::decoder
