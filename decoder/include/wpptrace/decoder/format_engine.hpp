// format_engine.hpp - renders a message's format string with an event's argument words, the way
// tracefmt renders a WPP message (Windows printf semantics).
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
//   [wpptrace: argument N corrupt]        argument N's string count does not fit the event
//   [wpptrace: argument N: <reason>]      the catalog's type for argument N does not fit its
//                                         conversion (reason: wpp_check_message), or the catalog
//                                         has no type for it, or its position is unknown
//   [wpptrace: bad conversion "%y": <reason>]   the format itself is malformed there
//   [wpptrace: %!NAME! not supported]     an extended type (not rendered yet)
//
// Arguments are numbered from 1 in the order of the format's conversions (tracefmt's "parameter
// N" counts the same way, from %10). A string the recorder cut (WPP_STRING_CUT_BIT) is rendered
// followed by "...".
#pragma once

#include <wpp/detail/format_spec.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder {

// Why a message could not be rendered exactly as written. The first four are problems of the
// catalog entry (every event of the message has them); the last three of one event's words.
enum class FormatProblem : std::uint8_t {
    none,
    bad_conversion,        // a malformed conversion in the format
    extended_unsupported,  // a %!NAME! conversion (extended types are not rendered yet)
    type_mismatch,         // an argument's type does not fit its conversion
    missing_type,          // more conversions than argument types
    extra_types,           // more argument types than conversions
    missing_argument,      // the event's words end before an argument
    corrupt_argument,      // a string count larger than the event's remaining words
    trailing_words,        // words left over after the last argument
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

// What a piece of a prepared message renders. Extended %!NAME! types get their own kinds here
// once they are supported; until then they are `extended`, rendered as a marker.
enum class PieceKind : std::uint8_t {
    literal,         // text of the format (a "%%" is folded in as "%")
    integer,         // d i u x X o
    character,       // c hc: one byte
    wide_character,  // C lc wc: one code point, rendered as UTF-8
    pointer,         // p: 16 uppercase hex digits
    floating,        // e E f g G
    string,          // s hs Z hZ: bytes (WPP_ENC_BYTES)
    wide_string,     // S ls ws wZ: UTF-16 or UTF-32 units, rendered as UTF-8
    extended,        // %!NAME!: not supported yet; renders its marker
    error,           // cannot be rendered (see the marker); may still consume an argument
};

struct Piece {
    PieceKind kind = PieceKind::literal;
    // wpp_encoding of the argument this piece consumes, 0 when it consumes none. An `error`
    // piece whose type is merely mismatched still consumes its argument so that the following
    // arguments stay aligned.
    std::uint8_t encoding = 0;
    char type = 0;               // wpp_arg_type, 0 when none
    std::uint32_t argument = 0;  // 1-based argument number; 0 for literals
    // literal: the text; error/extended: the marker (both in PreparedMessage::text)
    std::uint32_t text_begin = 0;
    std::uint32_t text_length = 0;
    wpp_spec spec{};  // the conversion; offsets refer to PreparedMessage::format
};

struct PreparedMessage {
    std::string format;  // the catalog's format, for the spec offsets
    std::string text;    // literal text and markers the pieces refer to
    std::vector<Piece> pieces;
    std::uint32_t argument_count = 0;  // argument pieces (conversions that take an argument)
    // The catalog entry's own problem (wpp_check_format's verdict), reported by every render;
    // ok() when the entry is sound. catalog_error says it in words ("" when sound).
    RenderStatus catalog_status;
    std::string catalog_error;

    bool ok() const { return catalog_status.ok(); }
};

PreparedMessage prepare(const MessageInfo& message);
PreparedMessage prepare(const std::string& format, const std::string& types);

// Appends the message rendered with `args` to `out` and returns the first problem met.
RenderStatus render(const PreparedMessage& message, std::span<const std::uint64_t> args,
                    std::string& out);

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
