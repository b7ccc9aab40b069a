// format_engine.hpp - renders a message's format string with an event's argument words, the way
// tracefmt renders a WPP message (Windows printf semantics and WPP's %!NAME! extended types).
//
// A catalog entry is prepared once (prepare()): its format is split into literal pieces and
// argument pieces, each argument piece knowing its conversion, its source type and how the
// recorder stored it (wpp_arg_encoding). render() then walks the pieces for every event of that
// message without parsing or allocating anything beyond the growth of the caller's buffer.
//
// Traces are untrusted input. Nothing an event or a catalog entry holds can make render() read out
// of bounds or allocate without bound: every problem becomes a RenderStatus (the first problem
// met) and a marker in the text in place of the argument, and the rest of the message is still
// rendered. The markers, all ASCII:
//
//   [wpptrace: argument N missing]        the event's words end before argument N
//   [wpptrace: argument N corrupt]        argument N's recorded count does not fit the event
//   [wpptrace: argument N: <reason>]      the catalog's type for argument N does not fit its
//                                         conversion (reason: wpp_check_message), or the catalog
//                                         has no type for it, or its position is unknown
//   [wpptrace: bad conversion "%y": <reason>]   the format itself is malformed there
//   [wpptrace: %!NAME! unknown type]      a custom type the catalog does not define
//
// Arguments are numbered from 1 in the order of the format's conversions (tracefmt's "parameter
// N" counts the same way, from %10). A string the recorder cut (WPP_STRING_CUT_BIT) is rendered
// followed by "...". The renderings of the extended types are listed in the README
// (Instrumenting: extended types) and in extended_types.h.
#pragma once

#include <wpp/format_spec.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/custom_type.hpp"

namespace wpptrace::decoder {

// Why a message could not be rendered exactly as written. The first ones are problems of the
// catalog entry (every event of the message has them); missing/corrupt/trailing of one event.
enum class FormatProblem : std::uint8_t {
    none,
    bad_conversion,        // a malformed conversion in the format (also %!FLAGS! in a message)
    extended_unsupported,  // kept for callers; no built-in extended type reports it any more
    type_mismatch,         // an argument's type does not fit its conversion
    missing_type,          // more conversions than argument types
    extra_types,           // more argument types than conversions
    missing_argument,      // the event's words end before an argument
    corrupt_argument,      // a count larger than the event's remaining words, or a bad size
    trailing_words,        // words left over after the last argument
    unknown_type,          // a %!name! custom type the lookup does not know
};

// A short English description of a problem ("argument missing", ...).
const char* describe(FormatProblem problem);

struct RenderStatus {
    FormatProblem problem = FormatProblem::none;  // the first problem met
    std::uint32_t argument = 0;                   // 1-based argument concerned; 0: none
    bool ok() const { return problem == FormatProblem::none; }
    bool format_error() const { return problem != FormatProblem::none; }
    friend bool operator==(const RenderStatus&, const RenderStatus&) = default;
};

// ---- custom types (WPP's CUSTOM_TYPE): custom_type.hpp ------------------------------------

// Appends `value` (truncated to type.bits) as `type` renders it: a list or enumeration value's
// name, a set's bit names joined by '|' (bits without a name as one hex number, "0" when no bit
// is set and no item is 0); an unknown value as its decimal number.
void append_custom(std::string& out, const CustomType& type, std::uint64_t value);

// ---- prepared messages ----------------------------------------------------------------------

// What a piece of a prepared message renders.
enum class PieceKind : std::uint8_t {
    literal,         // text of the format ("%%" folded in as "%", call-site types filled in)
    integer,         // d i u x X o
    character,       // c hc: one byte
    wide_character,  // C lc wc: one code point, rendered as UTF-8
    pointer,         // p: 16 uppercase hex digits
    floating,        // e E f g G
    string,          // s hs Z hZ %!ASTR! %!ANSTR! %!CSTR!: bytes (WPP_ENC_BYTES)
    wide_string,     // S ls ws wZ %!WSTR! %!USTR!: UTF-16 or UTF-32 units, rendered as UTF-8
    extended,        // %!NAME! with a WORD or memory argument: see Piece::extended
    custom,          // a CUSTOM_TYPE (built-in like %!bool! or the catalog's): Piece::custom
    std_prefix,      // %!STDPREFIX!: the std_prefix passed to render()
    error,           // cannot be rendered (see the marker); may still consume an argument
};

struct Piece {
    PieceKind kind = PieceKind::literal;
    // wpp_encoding of the argument this piece consumes, 0 when it consumes none. An `error`
    // piece whose type is merely mismatched still consumes its argument so that the following
    // arguments stay aligned.
    std::uint8_t encoding = 0;
    char type = 0;               // wpp_arg_type, 0 when none
    std::uint8_t extended = 0;   // wpp_ext_render for `extended` pieces
    std::uint32_t argument = 0;  // 1-based argument number; 0 for literals
    std::uint32_t custom = 0;    // index in PreparedMessage::custom_types for `custom` pieces
    // literal: the text; error: the marker (both in PreparedMessage::text)
    std::uint32_t text_begin = 0;
    std::uint32_t text_length = 0;
    wpp_spec spec{};  // the conversion; offsets refer to PreparedMessage::format
};

struct PreparedMessage {
    std::string format;  // the catalog's format, for the spec offsets
    std::string text;    // literal text and markers the pieces refer to
    std::vector<Piece> pieces;
    std::vector<CustomType> custom_types;  // copies: the message outlives any lookup
    std::uint32_t argument_count = 0;      // argument pieces (conversions that take an argument)
    // The catalog entry's own problem (wpp_check_format's verdict, or an unknown custom type),
    // reported by every render; ok() when the entry is sound. catalog_error says it in words
    // ("" when sound).
    RenderStatus catalog_status;
    std::string catalog_error;
    bool uses_std_prefix = false;  // a %!STDPREFIX! piece: render() needs the prefix text

    bool ok() const { return catalog_status.ok(); }
};

// Call-site types (%!FUNC! %!FILE! %!LINE! %!COMPNAME! %!LEVEL! %!SPACE!) are filled in from
// `message`; %!name! types that are neither built in nor known to `custom_types` (may be null)
// render a marker and make the message a format error (FormatProblem::unknown_type).
PreparedMessage prepare(const MessageInfo& message, const CustomTypeLookup* custom_types);
PreparedMessage prepare(const MessageInfo& message);  // no custom types
PreparedMessage prepare(const std::string& format, const std::string& types);

// Appends the message rendered with `args` to `out` and returns the first problem met.
// std_prefix: the text %!STDPREFIX! renders (the decoder passes the rendered line prefix).
RenderStatus render(const PreparedMessage& message, std::span<const std::uint64_t> args,
                    std::string& out, std::string_view std_prefix = {});

// ---- building blocks, shared with the prefix engine --------------------------------------

// Appends `value` (a recorded word, sign- or zero-extended) under an integer conversion
// (d i u x X o): truncated to the spec's size, then read as signed for d/i, with C's flags,
// width and precision.
void append_integer(std::string& out, const wpp_spec& spec, std::uint64_t value);

// Applies a string conversion's precision (in bytes) and width to the text appended to `out`
// since `start`: cut to the precision, then padded with spaces (left with '-').
void justify_text(std::string& out, std::size_t start, const wpp_spec& spec);

// Appends `text` under a string conversion (precision, width, '-').
void append_text(std::string& out, const wpp_spec& spec, std::string_view text);

// Appends the UTF-8 form of a code point; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(std::string& out, std::uint32_t code_point);

}  // namespace wpptrace::decoder
