#include "wpptrace/decoder/format_engine.hpp"

#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "custom_types_builtin.hpp"
#include "extended_render.hpp"
#include "wpptrace/decoder/win_names.hpp"

namespace wpptrace::decoder {

namespace {

constexpr std::uint64_t kCountMask = 0xffffffffu;
// Bits between the count and the cut bit; the recorder leaves them 0, so a set one means the
// words are not what the catalog says.
constexpr std::uint64_t kReservedCountBits = ~(kCountMask | WPP_STRING_CUT_BIT);

bool has_flag(const wpp_spec& spec, int flag) {
    return (spec.flags & flag) != 0;
}

std::size_t width_of(const wpp_spec& spec) {
    return spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
}

// Pads the field that starts at `start` and shows `shown` characters to the spec's width.
void pad_field(std::string& out, std::size_t start, std::size_t shown, const wpp_spec& spec) {
    const std::size_t width = width_of(spec);
    if (width <= shown) return;
    if (has_flag(spec, WPP_FLAG_MINUS))
        out.append(width - shown, ' ');
    else
        out.insert(start, width - shown, ' ');
}

void append_number(std::string& out, std::uint64_t value) {
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void append_marker(std::string& out, std::uint32_t argument, std::string_view what) {
    out += "[wpptrace: argument ";
    append_number(out, argument);
    out += what;
    out += ']';
}

// One argument's words, once its encoding is known and its bounds are checked.
struct Argument {
    std::uint64_t word = 0;                  // WORD; for strings the count word
    std::span<const std::uint64_t> units{};  // strings: the packed units
    std::uint32_t count = 0;                 // strings: units recorded
    bool cut = false;                        // strings: the recorder cut the text
    bool null = false;                       // memory: the pointer was NULL
};

enum class Fetch { ok, missing, corrupt };

unsigned unit_size(int encoding) {
    switch (encoding) {
        case WPP_ENC_UTF16:
            return 2;
        case WPP_ENC_UTF32:
            return 4;
        default:
            return 1;
    }
}

Fetch fetch(std::span<const std::uint64_t> args, std::size_t& pos, int encoding, Argument& arg) {
    if (pos >= args.size()) return Fetch::missing;
    arg.word = args[pos++];
    arg.null = false;
    if (encoding == WPP_ENC_WORD) return Fetch::ok;
    const std::uint64_t count = arg.word & kCountMask;
    const std::uint64_t words = (count * unit_size(encoding) + 7) / 8;
    // Memory-like values mark a NULL pointer with a count of 0 and WPP_NULL_POINTER_BIT.
    const bool memory = encoding >= WPP_ENC_MEMORY16 && encoding <= WPP_ENC_BINARY;
    const std::uint64_t reserved =
        memory ? kReservedCountBits & ~WPP_NULL_POINTER_BIT : kReservedCountBits;
    arg.null = memory && (arg.word & WPP_NULL_POINTER_BIT) != 0;
    if ((arg.word & reserved) != 0 || (arg.null && arg.word != WPP_NULL_POINTER_BIT) ||
        count > WPP_MAX_STRING_UNITS || words > args.size() - pos) {
        pos = args.size();  // the next argument's start is unknown now
        return Fetch::corrupt;
    }
    arg.count = static_cast<std::uint32_t>(count);
    arg.cut = (arg.word & WPP_STRING_CUT_BIT) != 0;
    arg.units = args.subspan(pos, static_cast<std::size_t>(words));
    pos += static_cast<std::size_t>(words);
    return Fetch::ok;
}

// The recorder packs units in host byte order (abi.h), so a byte view of the words is the text.
const unsigned char* unit_bytes(const Argument& arg) {
    return reinterpret_cast<const unsigned char*>(arg.units.data());
}

std::uint32_t unit_at(const Argument& arg, std::size_t index, unsigned size) {
    const unsigned char* p = unit_bytes(arg) + index * size;
    if (size == 2) {
        std::uint16_t u;
        std::memcpy(&u, p, 2);
        return u;
    }
    std::uint32_t u;
    std::memcpy(&u, p, 4);
    return u;
}

void render_string(std::string& out, const wpp_spec& spec, const Argument& arg) {
    const char* text = reinterpret_cast<const char*>(unit_bytes(arg));
    const void* nul = arg.count ? std::memchr(text, 0, arg.count) : nullptr;
    const std::size_t length = nul ? static_cast<const char*>(nul) - text : arg.count;
    std::size_t shown = length;
    if (spec.precision >= 0 && static_cast<std::size_t>(spec.precision) < shown)
        shown = static_cast<std::size_t>(spec.precision);
    const std::size_t start = out.size();
    out.append(text, shown);
    // "..." only where the recorder cut the text, not where the NUL or the precision ended it.
    if (arg.cut && !nul && shown == length) {
        out += "...";
        shown += 3;
    }
    pad_field(out, start, shown, spec);
}

// Decodes the code point at units[i] (UTF-16 pairs are joined; a lone surrogate becomes
// U+FFFD) and advances i. Returns 0 at a NUL unit.
std::uint32_t next_code_point(const Argument& arg, unsigned size, std::size_t& i) {
    std::uint32_t u = unit_at(arg, i++, size);
    if (size != 2 || u < 0xd800 || u > 0xdfff) return u;
    if (u <= 0xdbff && i < arg.count) {
        const std::uint32_t low = unit_at(arg, i, size);
        if (low >= 0xdc00 && low <= 0xdfff) {
            ++i;
            return 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
        }
    }
    return 0xfffd;
}

void render_wide_string(std::string& out, const wpp_spec& spec, const Argument& arg, int encoding) {
    const unsigned size = unit_size(encoding);
    // Width and precision count characters (code points), as they count WCHARs on Windows.
    const std::size_t limit = spec.precision >= 0 ? static_cast<std::size_t>(spec.precision)
                                                  : static_cast<std::size_t>(-1);
    const std::size_t start = out.size();
    std::size_t shown = 0, i = 0;
    bool ended = false;  // by a NUL or the precision, not by the recorded count
    while (i < arg.count) {
        if (shown == limit) {
            ended = true;
            break;
        }
        const std::uint32_t cp = next_code_point(arg, size, i);
        if (cp == 0) {
            ended = true;
            break;
        }
        append_utf8(out, cp);
        ++shown;
    }
    if (arg.cut && !ended) {
        out += "...";
        shown += 3;
    }
    pad_field(out, start, shown, spec);
}

void render_character(std::string& out, const wpp_spec& spec, std::uint64_t value, bool wide) {
    const std::size_t start = out.size();
    std::size_t shown = 0;
    if (wide) {
        const auto cp = static_cast<std::uint32_t>(value);
        if (cp != 0) {
            append_utf8(out, cp);
            shown = 1;
        }
    } else if (const auto byte = static_cast<char>(value & 0xff); byte != 0) {
        // A NUL would end the line for every reader of the output; it shows as nothing.
        out += byte;
        shown = 1;
    }
    pad_field(out, start, shown, spec);
}

void render_pointer(std::string& out, const wpp_spec& spec, std::uint64_t value) {
    // MSVC's %p on x64: 16 uppercase hex digits, no 0x.
    static constexpr char kHex[] = "0123456789ABCDEF";
    const std::size_t start = out.size();
    char digits[16];
    for (int i = 15; i >= 0; --i, value >>= 4) digits[i] = kHex[value & 0xf];
    out.append(digits, 16);
    pad_field(out, start, 16, spec);
}

void render_floating(std::string& out, const wpp_spec& spec, std::uint64_t bits) {
    // Rebuild the conversion for snprintf from the parsed fields, so nothing but what the
    // shared parser accepted reaches the C library.
    char format[32];
    char* p = format;
    *p++ = '%';
    if (has_flag(spec, WPP_FLAG_MINUS)) *p++ = '-';
    if (has_flag(spec, WPP_FLAG_PLUS)) *p++ = '+';
    if (has_flag(spec, WPP_FLAG_HASH)) *p++ = '#';
    if (has_flag(spec, WPP_FLAG_ZERO)) *p++ = '0';
    if (has_flag(spec, WPP_FLAG_SPACE)) *p++ = ' ';
    if (spec.width >= 0) p = std::to_chars(p, format + 20, spec.width).ptr;
    if (spec.precision >= 0) {
        *p++ = '.';
        p = std::to_chars(p, format + 26, spec.precision).ptr;
    }
    *p++ = spec.conversion;
    *p = 0;
    const double value = std::bit_cast<double>(bits);
    const std::size_t start = out.size();
    constexpr std::size_t kGuess = 64;
    out.resize(start + kGuess);
    int n = std::snprintf(out.data() + start, kGuess + 1, format, value);
    if (n < 0) n = 0;
    if (static_cast<std::size_t>(n) > kGuess) {
        // Bounded: width and precision are at most WPP_SPEC_MAX_WIDTH, a double has 309
        // integer digits at most.
        out.resize(start + static_cast<std::size_t>(n));
        std::snprintf(out.data() + start, static_cast<std::size_t>(n) + 1, format, value);
    }
    out.resize(start + static_cast<std::size_t>(n));
}

const char* spec_error_message(int error) {
    switch (error) {
        case WPP_SPEC_ERR_TRUNCATED:
            return "the format ends inside the conversion";
        case WPP_SPEC_ERR_STAR:
            return "'*' width or precision is not supported";
        case WPP_SPEC_ERR_TOO_WIDE:
            return "width or precision too large";
        case WPP_SPEC_ERR_CONVERSION:
            return "unknown conversion character";
        case WPP_SPEC_ERR_SIZE:
            return "size prefix not valid with this conversion";
        case WPP_SPEC_ERR_EXTENDED_NAME:
            return "malformed %!NAME!";
        case WPP_SPEC_ERR_FLAGS:
            return wpp_check_message(WPP_CHECK_FLAGS_IN_MESSAGE);
        default:
            return "malformed conversion";
    }
}

PieceKind kind_of(const wpp_spec& spec, int encoding) {
    switch (wpp_spec_class(&spec)) {
        case WPP_CLASS_INTEGER:
            return PieceKind::integer;
        case WPP_CLASS_CHAR:
            return PieceKind::character;
        case WPP_CLASS_WIDE_CHAR:
            return PieceKind::wide_character;
        case WPP_CLASS_POINTER:
            return PieceKind::pointer;
        case WPP_CLASS_FLOAT:
            return PieceKind::floating;
        default:
            return encoding == WPP_ENC_BYTES ? PieceKind::string : PieceKind::wide_string;
    }
}

class Builder {
  public:
    explicit Builder(PreparedMessage& m) : m_(m) {}

    void literal(std::string_view text) {
        if (text.empty()) return;
        // Adjacent literal text (around a "%%") becomes one piece.
        if (!m_.pieces.empty() && m_.pieces.back().kind == PieceKind::literal &&
            m_.pieces.back().text_begin + m_.pieces.back().text_length == m_.text.size()) {
            m_.text += text;
            m_.pieces.back().text_length += static_cast<std::uint32_t>(text.size());
            return;
        }
        Piece piece;
        piece.text_begin = static_cast<std::uint32_t>(m_.text.size());
        piece.text_length = static_cast<std::uint32_t>(text.size());
        m_.text += text;
        m_.pieces.push_back(piece);
    }

    // Adds a piece whose text (the marker for error/extended) is `marker`.
    void add(Piece piece, std::string_view marker) {
        piece.text_begin = static_cast<std::uint32_t>(m_.text.size());
        piece.text_length = static_cast<std::uint32_t>(marker.size());
        m_.text += marker;
        m_.pieces.push_back(piece);
    }

  private:
    PreparedMessage& m_;
};

std::string argument_marker(std::uint32_t argument, std::string_view reason) {
    std::string marker;
    append_marker(marker, argument, std::string(": ") + std::string(reason));
    return marker;
}

FormatProblem problem_of_check(int check) {
    switch (check) {
        case WPP_CHECK_OK:
            return FormatProblem::none;
        case WPP_CHECK_BAD_SPEC:
        case WPP_CHECK_FLAGS_IN_MESSAGE:
            return FormatProblem::bad_conversion;
        case WPP_CHECK_TOO_FEW_ARGUMENTS:
            return FormatProblem::missing_type;
        case WPP_CHECK_TOO_MANY_ARGUMENTS:
            return FormatProblem::extra_types;
        default:
            return FormatProblem::type_mismatch;
    }
}

}  // namespace

const char* describe(FormatProblem problem) {
    switch (problem) {
        case FormatProblem::none:
            return "ok";
        case FormatProblem::bad_conversion:
            return "malformed conversion in the format";
        case FormatProblem::extended_unsupported:
            return "extended %!NAME! type not supported";
        case FormatProblem::type_mismatch:
            return "argument type does not fit its conversion";
        case FormatProblem::missing_type:
            return "more conversions than argument types";
        case FormatProblem::extra_types:
            return "more argument types than conversions";
        case FormatProblem::missing_argument:
            return "argument missing from the event";
        case FormatProblem::corrupt_argument:
            return "corrupt argument";
        case FormatProblem::trailing_words:
            return "extra words after the last argument";
        case FormatProblem::unknown_type:
            return "unknown %!NAME! custom type";
    }
    return "unknown problem";
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) cp = 0xfffd;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        const char s[] = {static_cast<char>(0xc0 | (cp >> 6)),
                          static_cast<char>(0x80 | (cp & 0x3f))};
        out.append(s, 2);
    } else if (cp < 0x10000) {
        const char s[] = {static_cast<char>(0xe0 | (cp >> 12)),
                          static_cast<char>(0x80 | ((cp >> 6) & 0x3f)),
                          static_cast<char>(0x80 | (cp & 0x3f))};
        out.append(s, 3);
    } else {
        const char s[] = {
            static_cast<char>(0xf0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3f)),
            static_cast<char>(0x80 | ((cp >> 6) & 0x3f)), static_cast<char>(0x80 | (cp & 0x3f))};
        out.append(s, 4);
    }
}

void append_integer(std::string& out, const wpp_spec& spec, std::uint64_t value) {
    const int bits = wpp_spec_integer_bits(&spec);
    const char conversion = spec.conversion;
    std::uint64_t magnitude = bits == 64 ? value : value & ((std::uint64_t{1} << bits) - 1);
    char sign = 0;
    if (conversion == 'd' || conversion == 'i') {
        const int shift = 64 - bits;
        const auto s = static_cast<std::int64_t>(magnitude << shift) >> shift;
        if (s < 0) {
            sign = '-';
            magnitude = 0 - static_cast<std::uint64_t>(s);
        } else if (has_flag(spec, WPP_FLAG_PLUS)) {
            sign = '+';
        } else if (has_flag(spec, WPP_FLAG_SPACE)) {
            sign = ' ';
        }
    }

    char digits[24];
    std::size_t n = 0;
    if (magnitude != 0) {
        if (conversion == 'x' || conversion == 'X') {
            const char* set = conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            char* end = digits + sizeof digits;
            for (std::uint64_t v = magnitude; v; v >>= 4) *--end = set[v & 0xf];
            n = static_cast<std::size_t>(digits + sizeof digits - end);
            std::memmove(digits, end, n);
        } else {
            const int base = conversion == 'o' ? 8 : 10;
            n = static_cast<std::size_t>(
                std::to_chars(digits, digits + sizeof digits, magnitude, base).ptr - digits);
        }
    }

    // C: the precision is the minimum digit count (default 1; ".0" prints no digit for 0).
    std::size_t zeros = 0;
    if (spec.precision >= 0) {
        if (static_cast<std::size_t>(spec.precision) > n) zeros = spec.precision - n;
    } else if (n == 0) {
        zeros = 1;
    }
    if (conversion == 'o' && has_flag(spec, WPP_FLAG_HASH) && zeros == 0) zeros = 1;
    std::string_view prefix;
    if ((conversion == 'x' || conversion == 'X') && has_flag(spec, WPP_FLAG_HASH) && magnitude != 0)
        prefix = conversion == 'X' ? "0X" : "0x";

    const std::size_t body = (sign ? 1 : 0) + prefix.size() + zeros + n;
    const std::size_t width = width_of(spec);
    const std::size_t pad = width > body ? width - body : 0;
    const bool left = has_flag(spec, WPP_FLAG_MINUS);
    const bool zero_pad = !left && has_flag(spec, WPP_FLAG_ZERO) && spec.precision < 0;
    if (!left && !zero_pad) out.append(pad, ' ');
    if (sign) out += sign;
    out += prefix;
    out.append(zeros + (zero_pad ? pad : 0), '0');
    out.append(digits, n);
    if (left) out.append(pad, ' ');
}

void justify_text(std::string& out, std::size_t start, const wpp_spec& spec) {
    std::size_t shown = out.size() - start;
    if (spec.precision >= 0 && static_cast<std::size_t>(spec.precision) < shown) {
        shown = static_cast<std::size_t>(spec.precision);
        out.resize(start + shown);
    }
    pad_field(out, start, shown, spec);
}

void append_text(std::string& out, const wpp_spec& spec, std::string_view text) {
    const std::size_t start = out.size();
    if (spec.precision >= 0 && static_cast<std::size_t>(spec.precision) < text.size())
        text = text.substr(0, static_cast<std::size_t>(spec.precision));
    out += text;
    pad_field(out, start, text.size(), spec);
}

namespace {

// Whether a parsed conversion takes an argument (an extended type may take none).
bool takes_argument(int kind, const wpp_spec& spec) {
    return kind == WPP_SPEC_ARGUMENT ||
           (kind == WPP_SPEC_EXTENDED && spec.ext_arg != WPP_EXT_ARG_NONE);
}

// The text a call-site type (%!FUNC! ...) stands for; false for the other extended types.
bool call_site_text(int render, const MessageInfo& message, std::string& text) {
    switch (render) {
        case WPP_EXT_FUNC:
            text = message.function;
            return true;
        case WPP_EXT_FILE:
            text = message.file;
            return true;
        case WPP_EXT_LINE:
            text = std::to_string(message.line);
            return true;
        case WPP_EXT_COMPNAME:
            text = message.module;
            return true;
        case WPP_EXT_LEVEL:
            // DoTraceMessage has no level: WPP's "LEVEL" there is the flag.
            text = message.level.empty() ? message.flags : message.level;
            return true;
        case WPP_EXT_SPACE:
            text = " ";
            return true;
        default:
            return false;
    }
}

}  // namespace

PreparedMessage prepare(const MessageInfo& message) {
    return prepare(message, nullptr);
}

PreparedMessage prepare(const std::string& format_text, const std::string& types_text) {
    MessageInfo message;
    message.format = format_text;
    message.types = types_text;
    return prepare(message, nullptr);
}

PreparedMessage prepare(const MessageInfo& message, const CustomTypeLookup* custom_types) {
    PreparedMessage m;
    m.format = message.format;
    const char* format = m.format.c_str();
    const char* types = message.types.c_str();
    const std::size_t type_count = std::strlen(types);  // as far as the C checker sees them

    // The catalog entry's verdict comes from the shared checker, so that the recorder, the
    // macros and the decoder agree on what is wrong.
    std::uint8_t encodings[WPP_MAX_ARGS];
    std::uint32_t where_arg = 0;
    wpp_spec where{};
    const int check = wpp_check_format(format, types, encodings, &where_arg, &where);
    if (check != WPP_CHECK_OK) {
        m.catalog_status.problem = problem_of_check(check);
        if (check != WPP_CHECK_BAD_SPEC && check != WPP_CHECK_FLAGS_IN_MESSAGE)
            m.catalog_status.argument = where_arg + 1;
    }

    // A malformed conversion may or may not have taken an argument. If the well-formed
    // conversions alone account for every type, it took none and the arguments after it are
    // still where the types say; otherwise their positions are unknown.
    std::size_t conversions = 0;
    wpp_spec spec{};
    for (std::uint32_t pos = 0;;) {
        const int kind = wpp_next_spec(format, pos, &spec);
        if (kind == WPP_SPEC_END) break;
        pos = spec.end;
        if (takes_argument(kind, spec)) ++conversions;
    }
    const bool unknown_taken_none = conversions == type_count;

    Builder builder(m);
    std::size_t next_type = 0;
    bool lost = false;
    std::string unknown_type_error;  // the first unknown custom type, for catalog_error
    for (std::uint32_t pos = 0;;) {
        const int kind = wpp_next_spec(format, pos, &spec);
        builder.literal(std::string_view(format + pos, spec.begin - pos));
        if (kind == WPP_SPEC_END) break;
        pos = spec.end;
        const std::string_view raw(format + spec.begin, spec.end - spec.begin);
        Piece piece;
        piece.spec = spec;
        switch (kind) {
            case WPP_SPEC_PERCENT:
                builder.literal("%");
                continue;
            case WPP_SPEC_INVALID:
                piece.kind = PieceKind::error;
                builder.add(piece, std::string("[wpptrace: bad conversion \"") + std::string(raw) +
                                       "\": " + spec_error_message(spec.error) + "]");
                lost = lost || !unknown_taken_none;
                continue;
            case WPP_SPEC_EXTENDED:
                if (spec.ext_arg == WPP_EXT_ARG_NONE) {
                    std::string text;
                    if (call_site_text(spec.ext_render, message, text)) {
                        builder.literal(text);
                    } else {  // %!STDPREFIX!
                        piece.kind = PieceKind::std_prefix;
                        builder.add(piece, {});
                        m.uses_std_prefix = true;
                    }
                    continue;
                }
                break;
            default:
                break;
        }
        piece.argument = static_cast<std::uint32_t>(++m.argument_count);
        if (lost) {
            piece.kind = PieceKind::error;
            builder.add(piece,
                        argument_marker(piece.argument, "position unknown after a bad conversion"));
            continue;
        }
        if (next_type >= type_count) {
            piece.kind = PieceKind::error;
            builder.add(piece, argument_marker(piece.argument,
                                               wpp_check_message(WPP_CHECK_TOO_FEW_ARGUMENTS)));
            continue;
        }
        piece.type = types[next_type++];
        piece.encoding = static_cast<std::uint8_t>(wpp_arg_encoding(&spec, piece.type));
        const int fit = wpp_check_argument(&spec, piece.type);
        if (fit != WPP_CHECK_OK) {
            // Still consumes the argument as the recorder stored it: the next ones stay aligned.
            piece.kind = PieceKind::error;
            builder.add(piece, argument_marker(piece.argument, wpp_check_message(fit)));
            continue;
        }
        if (kind == WPP_SPEC_ARGUMENT) {
            piece.kind = kind_of(spec, piece.encoding);
            builder.add(piece, {});
            continue;
        }
        // An extended type that takes an argument.
        const std::string_view name(format + spec.name_begin, spec.name_length);
        if (spec.ext_render == WPP_EXT_STRING) {
            piece.kind =
                piece.encoding == WPP_ENC_BYTES ? PieceKind::string : PieceKind::wide_string;
            builder.add(piece, {});
            continue;
        }
        const CustomType* custom = builtin_custom_type(spec.ext_render);
        if (spec.ext_render == WPP_EXT_CUSTOM && custom_types)
            custom = custom_types->find_custom_type(message.module, name);
        if (spec.ext_render == WPP_EXT_CUSTOM && !custom) {
            // Never a guess: the value's words are consumed, the text says what is missing.
            piece.kind = PieceKind::error;
            builder.add(piece, "[wpptrace: " + std::string(raw) + " unknown type]");
            if (m.catalog_status.ok()) {
                m.catalog_status = {FormatProblem::unknown_type, piece.argument};
                unknown_type_error = "argument " + std::to_string(piece.argument) + ": " +
                                     std::string(raw) + ": unknown custom type";
            }
            continue;
        }
        if (custom) {
            piece.kind = PieceKind::custom;
            piece.custom = static_cast<std::uint32_t>(m.custom_types.size());
            m.custom_types.push_back(*custom);
        } else {
            piece.kind = PieceKind::extended;
            piece.extended = spec.ext_render;
        }
        builder.add(piece, {});
    }

    if (check != WPP_CHECK_OK) {
        if (check == WPP_CHECK_BAD_SPEC || check == WPP_CHECK_FLAGS_IN_MESSAGE) {
            m.catalog_error = "bad conversion \"" +
                              m.format.substr(where.begin, where.end - where.begin) +
                              "\": " + spec_error_message(where.error);
        } else {
            m.catalog_error =
                "argument " + std::to_string(where_arg + 1) + ": " + wpp_check_message(check);
        }
    } else if (!unknown_type_error.empty()) {
        m.catalog_error = std::move(unknown_type_error);
    }
    return m;
}

namespace {

// The bytes a memory-like argument recorded.
std::span<const std::uint8_t> memory_of(const Argument& arg) {
    return {reinterpret_cast<const std::uint8_t*>(arg.units.data()), arg.count};
}

// Renders an extended piece; false when the recorded value is not what the type records (a
// fixed-size value of another size, a cut one, a malformed SID).
bool render_extended(std::string& out, const Piece& piece, const Argument& arg) {
    const auto value32 = static_cast<std::uint32_t>(arg.word);
    const auto value64 = static_cast<std::int64_t>(arg.word);
    switch (piece.extended) {
        case WPP_EXT_NTSTATUS:
            append_ntstatus(out, value32);
            return true;
        case WPP_EXT_HRESULT:
            append_hresult(out, value32);
            return true;
        case WPP_EXT_WINERROR:
            append_win32_error(out, value32);
            return true;
        case WPP_EXT_NDIS_STATUS:
            append_ndis_status(out, value32);
            return true;
        case WPP_EXT_NDIS_OID:
            append_ndis_oid(out, value32);
            return true;
        case WPP_EXT_IPV4:
            append_ipv4(out, value32);
            return true;
        case WPP_EXT_PORT:
            append_port(out, static_cast<std::uint16_t>(arg.word));
            return true;
        case WPP_EXT_TIMESTAMP:
            append_filetime(out, value64);
            return true;
        case WPP_EXT_WAITTIME:
            append_wait_time(out, value64);
            return true;
        case WPP_EXT_DURATION:
            append_duration(out, value64);
            return true;
        default:
            break;
    }
    // Memory-like types.
    if (arg.null) {
        out += "NULL";
        return true;
    }
    const std::span<const std::uint8_t> bytes = memory_of(arg);
    switch (piece.extended) {
        case WPP_EXT_HEXDUMP:
            append_hex_bytes(out, bytes);
            if (arg.cut) out += bytes.empty() ? "..." : " ...";
            return true;
        case WPP_EXT_SID:
            return !arg.cut && append_sid(out, bytes);
        default:
            break;
    }
    if (arg.cut) return false;
    switch (piece.extended) {
        case WPP_EXT_GUID:
            if (bytes.size() != WPP_GUID_BYTES) return false;
            append_guid(out, bytes.first<16>());
            return true;
        case WPP_EXT_IPV6:
            if (bytes.size() != WPP_IPV6_BYTES) return false;
            append_ipv6(out, bytes.first<16>());
            return true;
        case WPP_EXT_MAC:
            if (bytes.size() != WPP_MAC_BYTES) return false;
            append_mac(out, bytes.first<6>());
            return true;
        default:
            return false;
    }
}

}  // namespace

RenderStatus render(const PreparedMessage& m, std::span<const std::uint64_t> args, std::string& out,
                    std::string_view std_prefix) {
    RenderStatus status = m.catalog_status;
    auto note = [&status](FormatProblem problem, std::uint32_t argument) {
        if (status.ok()) status = {problem, argument};
    };
    const char* text = m.text.data();
    std::size_t pos = 0;
    Argument arg;
    for (const Piece& piece : m.pieces) {
        if (piece.kind == PieceKind::literal) {
            out.append(text + piece.text_begin, piece.text_length);
            continue;
        }
        if (piece.kind == PieceKind::std_prefix) {
            out += std_prefix;
            continue;
        }
        if (piece.encoding == 0) {  // an error piece that takes no argument
            out.append(text + piece.text_begin, piece.text_length);
            continue;
        }
        const Fetch fetched = fetch(args, pos, piece.encoding, arg);
        if (fetched == Fetch::missing) {
            note(FormatProblem::missing_argument, piece.argument);
            append_marker(out, piece.argument, " missing");
            continue;
        }
        if (fetched == Fetch::corrupt) {
            note(FormatProblem::corrupt_argument, piece.argument);
            append_marker(out, piece.argument, " corrupt");
            continue;
        }
        switch (piece.kind) {
            case PieceKind::integer:
                append_integer(out, piece.spec, arg.word);
                break;
            case PieceKind::character:
                render_character(out, piece.spec, arg.word, false);
                break;
            case PieceKind::wide_character:
                render_character(out, piece.spec, arg.word, true);
                break;
            case PieceKind::pointer:
                render_pointer(out, piece.spec, arg.word);
                break;
            case PieceKind::floating:
                render_floating(out, piece.spec, arg.word);
                break;
            case PieceKind::string:
                render_string(out, piece.spec, arg);
                break;
            case PieceKind::wide_string:
                render_wide_string(out, piece.spec, arg, piece.encoding);
                break;
            case PieceKind::custom:
                if (piece.custom < m.custom_types.size())
                    append_custom(out, m.custom_types[piece.custom], arg.word);
                break;
            case PieceKind::extended:
                if (!render_extended(out, piece, arg)) {
                    note(FormatProblem::corrupt_argument, piece.argument);
                    append_marker(out, piece.argument, " corrupt");
                }
                break;
            default:  // error: the argument was consumed only to keep the rest aligned
                out.append(text + piece.text_begin, piece.text_length);
                break;
        }
    }
    if (pos < args.size()) note(FormatProblem::trailing_words, 0);
    return status;
}

}  // namespace wpptrace::decoder
