// wpp/wide_format.hpp - wide formats (L"...", as DrvLog* and DMFTRACE declare theirs)
// as the UTF-8 text every reader of a format expects.
//
// C++ converts them at compile time (fixed_string, trace_cpp.hpp). C cannot: a C site whose
// MSG is wide carries WPP_SITE_WIDE_FORMAT and its format points at the wchar_t text; the
// runtime converts it at WPP_INIT_TRACING, the ELF catalog reader when it reads the binary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace wpp::detail {

// Writes the UTF-8 form of one character (U+FFFD for what is not a character) into out[0..4)
// and returns its length.
constexpr std::size_t encode_utf8(std::uint32_t c, char* out) {
    if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) c = 0xfffd;
    if (c < 0x80) {
        out[0] = static_cast<char>(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = static_cast<char>(0xc0 | (c >> 6));
        out[1] = static_cast<char>(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = static_cast<char>(0xe0 | (c >> 12));
        out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        out[2] = static_cast<char>(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = static_cast<char>(0xf0 | (c >> 18));
    out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
    out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    out[3] = static_cast<char>(0x80 | (c & 0x3f));
    return 4;
}

// The UTF-8 text of a NUL-terminated wchar_t (UTF-32) string.
inline std::string utf8_of_wide(const wchar_t* text) {
    std::string out;
    char bytes[4];
    for (; text && *text; ++text)
        out.append(bytes, encode_utf8(static_cast<std::uint32_t>(*text), bytes));
    return out;
}

}  // namespace wpp::detail
