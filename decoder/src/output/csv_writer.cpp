// csv_writer.cpp - one RFC 4180 row per event, every prefix field in a column of its own.
#include <charconv>

#include "wpptrace/decoder/output/csv_field.hpp"
#include "writers.hpp"

namespace wpptrace::decoder {

namespace {

std::string_view base_name(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

class CsvWriter final : public EventWriter {
  public:
    CsvWriter(TimeOptions time, bool with_host) : time_(time), with_host_(with_host) {}

    std::string_view header() const override {
        return with_host_
                   ? "sequence,time,time_ns,host,cpu,pid,tid,process,driver,file_line,file,line,"
                     "function,level,level_name,flags,msg_id,status,message\r\n"
                   : "sequence,time,time_ns,cpu,pid,tid,process,driver,file_line,file,line,"
                     "function,level,level_name,flags,msg_id,status,message\r\n";
    }

    void write(const DecodedEvent& event, std::string& out) override {
        const EventContext& c = event.context;
        number(out, c.sequence);
        if (c.time_granularity == TimeGranularity::none) {  // no time recorded: empty fields
            out += ",,";
        } else {
            time_.append(c.timestamp_ns, out, c.time_granularity);  // never quoted: [0-9/:.-]
            out += ',';
            signed_number(out, c.timestamp_ns);
        }
        if (with_host_) field(out, c.host);
        number(out, c.cpu);
        number(out, c.pid);
        number(out, c.tid);
        field(out, event.process);
        field(out, c.module);
        if (event.known) {
            // tracefmt's %2: the file's base name with '.' as '_', then the line.
            const std::string_view base = base_name(c.file);
            if (csv_needs_quotes(base)) {  // rare: a file name with a comma or a quote
                std::string file_line;
                for (char ch : base) file_line += ch == '.' ? '_' : ch;
                append_digits(file_line, c.line);
                append_csv_field(out, file_line);
            } else {
                for (char ch : base) out += ch == '.' ? '_' : ch;
                append_digits(out, c.line);
            }
            out += ',';
            field(out, c.file);
            number(out, c.line);
            field(out, c.function);
        } else {
            out += ",,,,";  // no call site without a catalog entry
        }
        number(out, c.level);
        field(out, level_text(c));
        field(out, c.flags);
        append_id(out, event.msg_id);
        out += ',';
        out += status_name(event);
        out += ',';
        append_csv_field(out, event.message);
        out += csv_eol;
    }

  private:
    static void append_digits(std::string& out, std::uint64_t value) {
        char text[24];
        out.append(text, std::to_chars(text, text + sizeof text, value).ptr);
    }
    static void number(std::string& out, std::uint64_t value) {
        append_digits(out, value);
        out += ',';
    }
    static void signed_number(std::string& out, std::int64_t value) {
        char text[24];
        out.append(text, std::to_chars(text, text + sizeof text, value).ptr);
        out += ',';
    }
    static void field(std::string& out, std::string_view text) {
        append_csv_field(out, text);
        out += ',';
    }

    TimeFormatter time_;
    bool with_host_;
};

}  // namespace

std::unique_ptr<EventWriter> make_csv_writer(TimeOptions time, bool with_host) {
    return std::make_unique<CsvWriter>(time, with_host);
}

}  // namespace wpptrace::decoder
