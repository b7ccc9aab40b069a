// json_string.hpp - text as a JSON string, whatever bytes it holds.
//
//   append_json_string(line, message);   // "Baud rate is 38400\n" -> "Baud rate is 38400\n"
//
// Quotes, backslashes and control characters are escaped (\" \\ \n \r \t \b \f, \u00XX for the
// others); valid UTF-8 is kept as it is; each byte that is not part of a valid UTF-8 sequence
// (a stray continuation byte, a truncated or overlong sequence, a surrogate, a value above
// U+10FFFF) becomes U+FFFD, so the output is always valid UTF-8 and valid JSON.
#pragma once

#include <string>
#include <string_view>

namespace wpptrace::decoder {

// Appends `text` between double quotes, escaped.
void append_json_string(std::string& out, std::string_view text);

}  // namespace wpptrace::decoder
