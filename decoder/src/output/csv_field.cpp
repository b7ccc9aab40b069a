#include "wpptrace/decoder/output/csv_field.hpp"

namespace wpptrace::decoder {

void append_csv_field(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
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
