// json_writer.cpp - JSON lines: one object per event with typed fields, the summary last.
#include <charconv>

#include "wpptrace/decoder/output/json_string.hpp"
#include "writers.hpp"

namespace wpptrace::decoder {

namespace {

TimeOptions iso_time(TimeOptions time) {
    return {time.mode == TimeMode::utc ? TimeMode::utc : TimeMode::local,
            TimePrecision::nanoseconds, TimeStyle::iso8601};
}

class JsonWriter final : public EventWriter {
  public:
    JsonWriter(TimeOptions time, bool with_host) : time_(iso_time(time)), with_host_(with_host) {}

    void write(const DecodedEvent& event, std::string& out) override {
        const EventContext& c = event.context;
        out += "{\"type\":\"event\",\"sequence\":";
        digits(out, c.sequence);
        if (c.time_granularity == TimeGranularity::none) {  // no time recorded
            out += ",\"time\":null,\"time_ns\":null";
        } else {
            out += ",\"time\":\"";
            // digits and -:.TZ+ only: nothing to escape
            time_.append(c.timestamp_ns, out, c.time_granularity);
            out += "\",\"time_ns\":";
            char text[24];
            out.append(text, std::to_chars(text, text + sizeof text, c.timestamp_ns).ptr);
        }
        if (with_host_) {
            out += ",\"host\":";
            append_json_string(out, c.host);
        }
        out += ",\"cpu\":";
        digits(out, c.cpu);
        out += ",\"pid\":";
        digits(out, c.pid);
        out += ",\"tid\":";
        digits(out, c.tid);
        out += ",\"process\":";
        append_json_string(out, event.process);
        out += ",\"driver\":";
        append_json_string(out, c.module);
        out += ",\"msg_id\":\"";
        append_id(out, event.msg_id);
        out += '"';
        out += ",\"status\":\"";
        out += status_name(event);
        out += '"';
        if (event.known) {
            out += ",\"file\":";
            append_json_string(out, c.file);
            out += ",\"line\":";
            digits(out, c.line);
            out += ",\"function\":";
            append_json_string(out, c.function);
        } else {
            out += ",\"file\":null,\"line\":null,\"function\":null";
        }
        out += ",\"level\":";
        digits(out, c.level);
        out += ",\"level_name\":";
        append_json_string(out, level_text(c));
        out += ",\"flags\":";
        if (event.known)
            append_json_string(out, c.flags);
        else
            out += "null";
        out += ",\"message\":";
        append_json_string(out, event.message);
        if (!event.known || event.status.format_error()) {
            out += ",\"error\":\"";
            if (event.known)
                append_problem(out, event.status);  // ASCII words and digits
            else
                out += "no format information found";
            out += "\",\"args\":[";
            for (std::size_t i = 0; i < event.args.size(); ++i) {
                if (i) out += ',';
                hex(out, event.args[i]);
            }
            out += ']';
        }
        out += "}\n";
    }

    bool write_summary(const DecodeSummary& summary, std::string& out) override {
        summary.append_json(out);
        out += '\n';
        return true;
    }

  private:
    static void digits(std::string& out, std::uint64_t value) {
        char text[24];
        out.append(text, std::to_chars(text, text + sizeof text, value).ptr);
    }
    // 64-bit values as "0x..." strings: JSON numbers lose precision above 2^53 in many parsers.
    static void hex(std::string& out, std::uint64_t value) {
        char text[16];
        out += "\"0x";
        out.append(text, std::to_chars(text, text + sizeof text, value, 16).ptr);
        out += '"';
    }

    TimeFormatter time_;
    bool with_host_;
};

}  // namespace

std::unique_ptr<EventWriter> make_json_writer(TimeOptions time, bool with_host) {
    return std::make_unique<JsonWriter>(time, with_host);
}

}  // namespace wpptrace::decoder
