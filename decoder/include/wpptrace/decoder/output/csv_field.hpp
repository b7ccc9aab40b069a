// csv_field.hpp - one field of an RFC 4180 CSV record.
//
//   append_csv_field(row, "a \"b\", c");   // "a ""b"", c" (quoted: it holds a quote and a comma)
//
// A field holding a comma, a double quote, a CR or an LF is put between double quotes, each
// quote in it doubled; any other field is written as it is. Records end with CRLF (csv_eol).
#pragma once

#include <string>
#include <string_view>

namespace wpptrace::decoder {

inline constexpr std::string_view csv_eol = "\r\n";

void append_csv_field(std::string& out, std::string_view text);

// Whether append_csv_field() would quote `text`.
bool csv_needs_quotes(std::string_view text);

}  // namespace wpptrace::decoder
