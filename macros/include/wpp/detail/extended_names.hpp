// wpp/detail/extended_names.hpp - the %!NAME! types WPP builds in, and the names a format uses.
//
// Cold-path C++ shared by the runtime's init check and `wpptrace catalog --check`: a %!name!
// that is not built in must be declared by a CUSTOM_TYPE record of the same module.
//
//   for (const std::string& name : wpp::detail::extended_names("state %!state! at %!FUNC!"))
//       if (!wpp::detail::is_builtin_extended_name(name)) ...;   // "state"
#pragma once

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "format_spec.h"

namespace wpp::detail {

// The names of WPP's defaultwpp.ini and of its prefix (wpp-reference.md section 2), spelled as
// WPP spells them: names are case-sensitive.
inline bool is_builtin_extended_name(std::string_view name) {
    static constexpr std::string_view names[] = {
        "STATUS",   "status",   "HRESULT",   "hresult", "WINERROR", "winerr",    "NDIS_STATUS",
        "NDIS_OID", "GUID",     "guid",      "CLSID",   "IID",      "LIBID",     "IPADDR",
        "PORT",     "bool",     "bool8",     "bool16",  "BOOLEAN",  "irql",      "pnpmj",
        "pnpmn",    "sysctrl",  "b1",        "b2",      "b4",       "TIMESTAMP", "TIME",
        "DATE",     "datetime", "WAITTIME",  "due",     "delta",    "sid",       "USTR",
        "ANSTR",    "ASTR",     "WSTR",      "CSTR",    "BIN",      "HEXDUMP",   "IPV6ADDR",
        "MACADDR",  "FUNC",     "FILE",      "LINE",    "COMPNAME", "LEVEL",     "SPACE",
        "FLAGS",    "SUBCOMP",  "STDPREFIX", "MOD",     "TYP",      "TID",       "NOW",
        "SEQ",      "PID",      "CPU",       "str",     "wstr",     "sv",        "wsv",
        "KEYWORDS", "ipaddr",   "port"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// The %!name! types of a format, in order (repeats included).
inline std::vector<std::string> extended_names(const char* format) {
    std::vector<std::string> found;
    if (!format) return found;
    wpp_spec spec{};
    for (std::uint32_t at = 0;; at = spec.end) {
        wpp_next_spec(format, at, &spec);
        if (spec.kind == WPP_SPEC_END || spec.end <= at) break;
        if (spec.kind == WPP_SPEC_EXTENDED)
            found.emplace_back(format + spec.name_begin, spec.name_length);
    }
    return found;
}

}  // namespace wpp::detail
