#include "wpptrace/decoder/output/csv_field.hpp"

namespace wpptrace::decoder {

// One pass over the bytes (string_view::find_first_of calls memchr once per byte).
bool csv_needs_quotes(std::string_view text) {
    for (const char c : text)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
    return false;
}

void append_csv_field(std::string& out, std::string_view text) {
    if (!csv_needs_quotes(text)) {
        out += text;
        return;
    }
    out += '"';
    for (std::size_t start = 0;;) {
        const std::size_t quote = text.find('"', start);
        if (quote == std::string_view::npos) {
            out.append(text, start);
            break;
        }
        out.append(text, start, quote + 1 - start);
        out += '"';  // the quote doubled
        start = quote + 1;
    }
    out += '"';
}

}  // namespace wpptrace::decoder
