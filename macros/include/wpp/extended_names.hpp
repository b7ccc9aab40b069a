// wpp/extended_names.hpp - the %!NAME! types WPP builds in, and the names a format uses.
//
// Cold-path C++ shared by the runtime's init check and `wpptrace catalog --check`: a %!name!
// that is not built in must be declared by a CUSTOM_TYPE record of the same module.
//
//   for (const std::string& name : wpp::detail::extended_names("state %!state! at %!FUNC!"))
//       if (!wpp::detail::is_builtin_extended_name(name)) ...;   // "state"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extended_types.h"
#include "format_spec.h"

namespace wpp::detail {

// Built in: a name of WPP's table (extended_types.h); any other %!name! is a custom type.
inline bool is_builtin_extended_name(std::string_view name) {
    return wpp_ext_find(name.data(), static_cast<std::uint32_t>(name.size())).render !=
           WPP_EXT_CUSTOM;
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
