// fuzz_event_writers: one event with arbitrary fields (they come from a trace and a catalog:
// untrusted bytes) through the text, CSV and JSON writers, and a summary with arbitrary texts
// through its JSON form.
//
// Input: a FuzzedDataProvider stream: time options, numbers, status, argument words, then the
// texts (module, process, file, function, level text, flags, message). Beyond "no crash", the
// target checks that every JSON line is one line of valid JSON (nlohmann rejects invalid UTF-8
// too) whose message is the original one wherever it was valid UTF-8 without control
// characters, and that every CSV row reads back (RFC 4180) into its 18 fields with the driver,
// the process and the message unchanged.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/decode_summary.hpp"
#include "wpptrace/decoder/output/event_writer.hpp"

namespace {

using namespace wpptrace::decoder;

void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_event_writers: invariant broken: %s\n", what);
        std::abort();
    }
}

// RFC 4180 fields of one CRLF-terminated record; an empty vector when it is not one.
std::vector<std::string> read_csv_record(std::string_view row) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (quoted) {
            if (c != '"')
                field += c;
            else if (i + 1 < row.size() && row[i + 1] == '"')
                field += row[++i];
            else
                quoted = false;
        } else if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            was_quoted = false;
        } else if (c == '\r' && i + 2 == row.size() && row[i + 1] == '\n') {
            fields.push_back(std::move(field));
            return fields;
        } else if (c == '"' || c == '\r' || c == '\n') {
            return {};  // a quote or line break outside quotes: not what the writer must write
        } else {
            field += c;
        }
    }
    return {};
}

bool plain_utf8(std::string_view text) {
    // Only the cheap, certain case: printable ASCII.
    for (char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider provider(data, size);
    TimeOptions time;
    time.mode = provider.PickValueInArray({TimeMode::local, TimeMode::utc, TimeMode::relative});
    time.precision = provider.PickValueInArray(
        {TimePrecision::milliseconds, TimePrecision::microseconds, TimePrecision::nanoseconds});
    DecodedEvent event;
    EventContext& c = event.context;
    c.line = provider.ConsumeIntegral<std::uint32_t>();
    c.level = provider.ConsumeIntegral<std::uint8_t>();
    c.cpu = provider.ConsumeIntegral<std::uint32_t>();
    c.pid = provider.ConsumeIntegral<std::uint32_t>();
    c.tid = provider.ConsumeIntegral<std::uint32_t>();
    c.sequence = provider.ConsumeIntegral<std::uint64_t>();
    c.timestamp_ns = provider.ConsumeIntegral<std::int64_t>();
    c.time_granularity = provider.PickValueInArray(
        {TimeGranularity::nanoseconds, TimeGranularity::milliseconds, TimeGranularity::none});
    event.msg_id = provider.ConsumeIntegral<std::uint64_t>();
    event.known = provider.ConsumeBool();
    event.status.problem = static_cast<FormatProblem>(
        provider.ConsumeIntegralInRange<int>(0, static_cast<int>(FormatProblem::trailing_words)));
    event.status.argument = provider.ConsumeIntegral<std::uint32_t>();
    std::vector<std::uint64_t> args(provider.ConsumeIntegralInRange<std::size_t>(0, 16));
    for (auto& word : args) word = provider.ConsumeIntegral<std::uint64_t>();
    event.args = args;
    const std::string module = provider.ConsumeRandomLengthString(128);
    const std::string process = provider.ConsumeRandomLengthString(64);
    const std::string file = provider.ConsumeRandomLengthString(128);
    const std::string function = provider.ConsumeRandomLengthString(128);
    const std::string level_text = provider.ConsumeRandomLengthString(64);
    const std::string flags = provider.ConsumeRandomLengthString(64);
    std::string message = provider.ConsumeRemainingBytesAsString();
    c.module = module;
    event.process = process;
    c.file = file;
    c.function = function;
    c.level_text = level_text;
    c.flags = flags;
    event.message = message;

    std::string text;
    make_event_writer(OutputFormat::text, time)->write(event, text);
    require(text == std::string(event.message) + "\n", "text is not prefix + message + LF");

    std::string line;
    make_event_writer(OutputFormat::json, time)->write(event, line);
    require(!line.empty() && line.back() == '\n' && line.find('\n') == line.size() - 1,
            "a JSON event is not one line");
    nlohmann::json parsed = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    require(!parsed.is_discarded(), "a JSON event is not valid JSON");
    if (c.time_granularity == TimeGranularity::none)
        require(parsed["time_ns"].is_null() && parsed["time"].is_null(), "a time where none was");
    else
        require(parsed["time_ns"] == c.timestamp_ns, "time_ns changed");
    if (plain_utf8(message)) require(parsed["message"] == message, "the JSON message changed");
    if (plain_utf8(module)) require(parsed["driver"] == module, "the JSON driver changed");

    auto csv = make_event_writer(OutputFormat::csv, time);
    const std::vector<std::string> header = read_csv_record(csv->header());
    std::string row;
    csv->write(event, row);
    const std::vector<std::string> fields = read_csv_record(row);
    require(fields.size() == header.size() && header.size() == 18,
            "a CSV row does not read back into its columns");
    require(fields[7] == module && fields[6] == process && fields[17] == message,
            "a CSV field changed");

    DecodeSummary summary;
    summary.events = c.sequence;
    summary.per_driver[module] = c.pid;
    summary.warnings = {file, function};
    summary.errors = {message};
    summary.unfinished = {flags};
    std::string summary_line;
    summary.append_json(summary_line);
    nlohmann::json parsed_summary =
        nlohmann::json::parse(summary_line, nullptr, /*allow_exceptions=*/false);
    require(!parsed_summary.is_discarded(), "the JSON summary is not valid JSON");
    require(parsed_summary["events"] == c.sequence, "the JSON summary's count changed");
    return 0;
}
