#include "wpptrace/decoder/output/event_writer.hpp"

#include <charconv>

#include "writers.hpp"

namespace wpptrace::decoder {

std::string_view file_extension(OutputFormat format) {
    switch (format) {
        case OutputFormat::text:
            break;
        case OutputFormat::csv:
            return ".csv";
        case OutputFormat::json:
            return ".jsonl";
    }
    return ".log";
}

void append_problem(std::string& out, const RenderStatus& status) {
    if (status.argument) {
        out += "argument ";
        out += std::to_string(status.argument);
        out += ": ";
    }
    out += describe(status.problem);
}

std::string_view status_name(const DecodedEvent& event) {
    if (!event.known) return "unknown";
    return event.status.format_error() ? "format_error" : "decoded";
}

std::string_view level_text(const EventContext& context) {
    return context.level_text.empty() ? level_name(context.level, context.flags)
                                      : context.level_text;
}

void append_id(std::string& out, std::uint64_t id) {
    static constexpr char kHex[] = "0123456789abcdef";
    char text[18] = {'0', 'x'};
    for (int i = 17; i >= 2; --i, id >>= 4) text[i] = kHex[id & 0xF];
    out.append(text, sizeof text);
}

void append_unknown_message(std::string& out, std::uint64_t msg_id, std::string_view driver,
                            std::size_t argument_words) {
    out += "Unknown(";
    append_id(out, msg_id);
    out += "): Driver=";
    char text[24];
    out += driver;
    out += ", ";
    out.append(text, std::to_chars(text, text + sizeof text, argument_words).ptr);
    out += argument_words == 1 ? " argument word" : " argument words";
    out += " (No Format Information found).";
}

std::unique_ptr<EventWriter> make_event_writer(OutputFormat format, TimeOptions time,
                                               bool with_host) {
    switch (format) {
        case OutputFormat::text:
            break;
        case OutputFormat::csv:
            return make_csv_writer(time, with_host);
        case OutputFormat::json:
            return make_json_writer(time, with_host);
    }
    return make_text_writer();
}

}  // namespace wpptrace::decoder
