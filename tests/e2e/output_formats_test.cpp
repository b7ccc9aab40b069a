// End-to-end: the decoder's output formats on a real recorded trace (the Serial and tracedrv
// samples in the host, under a private lttng-sessiond): CSV, JSON lines, --summary-only,
// --no-summary, relative time, and decoding a trace that carries no catalog from exported
// catalog files alone.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

using nlohmann::json;

const std::string serial = SERIAL_DRIVER;
const std::string tracedrv = TRACEDRV_DRIVER;

const std::vector<std::string> kCsvHeader = {
    "sequence", "time",       "time_ns",   "cpu",    "pid",    "tid",
    "process",  "driver",     "file_line", "file",   "line",   "function",
    "level",    "level_name", "flags",     "msg_id", "status", "message"};

Output decode(std::vector<std::string> args) {
    args.insert(args.begin(), {tool, "decode"});
    return run(args);
}

// Serial and tracedrv in one host: 16 events, some messages with commas.
void record_samples(const std::string& trace) {
    Output rec = run(
        {tool, "record", "-o", trace, "--", host, "--param", "Serial:RxFIFO=4", serial, tracedrv});
    ASSERT_EQ(rec.status, 0) << describe(rec);
}

// An RFC 4180 reader for the test: records end with CRLF, quoted fields may hold anything.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(field.empty() && record.empty() && !quoted) << "the CSV does not end with CRLF";
    return records;
}

std::string without_cr(std::string text) {
    std::erase(text, '\r');
    return text;
}

TEST(OutputFormats, CsvHasAHeaderRowAndOneRowPerEventWithEveryPrefixField) {
    TempDir dir;
    record_samples(dir / "trace");
    Output text = decode({dir / "trace", "--noprefix"});
    ASSERT_EQ(text.status, 0) << describe(text);
    Output csv = decode({dir / "trace", "--csv", "--utc"});
    ASSERT_EQ(csv.status, 0) << describe(csv);

    const auto records = parse_csv(csv.stdout_text);
    const auto messages = lines_of(text.stdout_text);
    ASSERT_EQ(records.size(), 17u) << csv.stdout_text;
    EXPECT_EQ(records[0], kCsvHeader);
    std::int64_t last_time = 0;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto& row = records[i];
        ASSERT_EQ(row.size(), kCsvHeader.size()) << csv.stdout_text;
        EXPECT_EQ(row[0], std::to_string(i));      // sequence
        EXPECT_EQ(row[16], "decoded");             // status
        EXPECT_EQ(row[17], messages[i - 1]);       // the message, as the text shows it
        EXPECT_GE(std::stoll(row[2]), last_time);  // time_ns, in time order
        last_time = std::stoll(row[2]);
        EXPECT_TRUE(row[7] == "Serial" || row[7] == "tracedrv") << row[7];
    }
    // A message with commas is quoted.
    EXPECT_NE(csv.stdout_text.find(",decoded,\"IOCTL = 1, name TRACEDRV_IOCTL, ratio 0.25\"\r\n"),
              std::string::npos)
        << csv.stdout_text;

    // -o: one CSV per driver, each with its header, and a merged one.
    Output files = decode({dir / "trace", "--csv", "--utc", "-o", dir / "out"});
    ASSERT_EQ(files.status, 0) << describe(files);
    const std::string serial_csv = read_file(dir / "out/Serial.csv");
    EXPECT_EQ(parse_csv(serial_csv).size(), 9u);
    EXPECT_EQ(compare_with_golden(without_cr(serial_csv), read_file(golden_dir + "/serial.csv")),
              "");
    EXPECT_EQ(parse_csv(read_file(dir / "out/tracedrv.csv")).size(), 9u);
    EXPECT_EQ(read_file(dir / "out/merged.csv"), csv.stdout_text);
    EXPECT_NE(read_file(dir / "out/summary.txt").find("Events: 16, decoded: 16"),
              std::string::npos);
}

TEST(OutputFormats, JsonLinesAreOneTypedObjectPerEventThenTheSummary) {
    TempDir dir;
    record_samples(dir / "trace");
    Output text = decode({dir / "trace", "--noprefix"});
    ASSERT_EQ(text.status, 0) << describe(text);
    Output out = decode({dir / "trace", "--json", "--utc"});
    ASSERT_EQ(out.status, 0) << describe(out);
    EXPECT_NE(out.stderr_text.find("Events: 16,"), std::string::npos);  // people see it too

    const auto lines = lines_of(out.stdout_text);
    const auto messages = lines_of(text.stdout_text);
    ASSERT_EQ(lines.size(), 17u) << out.stdout_text;
    const std::regex iso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z)");
    for (std::size_t i = 0; i < 16; ++i) {
        json event = json::parse(lines[i]);
        EXPECT_EQ(event["type"], "event");
        EXPECT_EQ(event["sequence"], i + 1);
        EXPECT_EQ(event["status"], "decoded");
        EXPECT_EQ(event["message"], messages[i]);
        EXPECT_TRUE(event["time_ns"].is_number_integer());
        EXPECT_TRUE(event["pid"].is_number_integer());
        EXPECT_TRUE(event["line"].is_number_integer());
        EXPECT_TRUE(std::regex_match(event["time"].get<std::string>(), iso)) << event["time"];
        EXPECT_EQ(event["process"], "wpptrace-host");
        EXPECT_FALSE(event.contains("args"));
    }
    json summary = json::parse(lines[16]);
    EXPECT_EQ(summary["type"], "summary");
    EXPECT_EQ(summary["events"], 16);
    EXPECT_EQ(summary["decoded"], 16);
    EXPECT_EQ(summary["per_driver"], json({{"Serial", 8}, {"tracedrv", 8}}));
    EXPECT_EQ(summary["exit_status"], 0);

    Output quiet = decode({dir / "trace", "--json", "-q"});
    EXPECT_EQ(quiet.status, 0);
    EXPECT_EQ(quiet.stderr_text, "");
    EXPECT_EQ(lines_of(quiet.stdout_text).size(), 17u);
}

TEST(OutputFormats, SummaryOnlyWritesTheSummaryAndNoEvents) {
    TempDir dir;
    record_samples(dir / "trace");
    Output text = decode({dir / "trace", "--summary-only"});
    ASSERT_EQ(text.status, 0) << describe(text);
    EXPECT_TRUE(text.stdout_text.starts_with("Events: 16, decoded: 16, unknown: 0"))
        << describe(text);
    EXPECT_NE(text.stdout_text.find("Processing completed   Events: 16, EventsLost: 0 :: Format "
                                    "Errors: 0, Unknowns: 0\n"),
              std::string::npos)
        << describe(text);
    EXPECT_EQ(text.stdout_text.find("Serial Sample"), std::string::npos) << describe(text);
    EXPECT_EQ(text.stderr_text, "");

    Output json_summary = decode({dir / "trace", "--summary-only", "--json"});
    ASSERT_EQ(json_summary.status, 0) << describe(json_summary);
    const auto lines = lines_of(json_summary.stdout_text);
    ASSERT_EQ(lines.size(), 1u) << describe(json_summary);
    EXPECT_EQ(json::parse(lines[0])["events"], 16);

    Output files = decode({dir / "trace", "--summary-only", "-o", dir / "out"});
    ASSERT_EQ(files.status, 0) << describe(files);
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "out"))
        if (!entry.path().filename().string().starts_with("."))  // .wpptrace-output: the list
            names.push_back(entry.path().filename());
    EXPECT_EQ(names, std::vector<std::string>{"summary.txt"});
}

TEST(OutputFormats, NoSummaryLeavesOnlyTheEvents) {
    TempDir dir;
    record_samples(dir / "trace");
    Output text = decode({dir / "trace", "--no-summary"});
    ASSERT_EQ(text.status, 0) << describe(text);
    EXPECT_EQ(text.stderr_text, "");
    EXPECT_EQ(lines_of(text.stdout_text).size(), 16u);

    Output json_lines = decode({dir / "trace", "--no-summary", "--json"});
    ASSERT_EQ(json_lines.status, 0) << describe(json_lines);
    const auto lines = lines_of(json_lines.stdout_text);
    ASSERT_EQ(lines.size(), 16u);
    EXPECT_EQ(json::parse(lines.back())["type"], "event");

    Output files = decode({dir / "trace", "--no-summary", "-o", dir / "out"});
    ASSERT_EQ(files.status, 0) << describe(files);
    EXPECT_EQ(files.stdout_text, "");
    EXPECT_FALSE(std::filesystem::exists(dir / "out/summary.txt"));
    EXPECT_EQ(lines_of(read_file(dir / "out/merged.log")).size(), 16u);
}

TEST(OutputFormats, RelativeTimeCountsFromTheFirstEvent) {
    TempDir dir;
    record_samples(dir / "trace");
    Output out = decode({dir / "trace", "--time", "relative", "--hires", "--prefix", "%4!s! "});
    ASSERT_EQ(out.status, 0) << describe(out);
    const auto lines = lines_of(out.stdout_text);
    ASSERT_EQ(lines.size(), 16u);
    EXPECT_TRUE(lines[0].starts_with("0.000000000 ")) << lines[0];
    const std::regex relative(R"(\d+\.\d{9} .*)");
    for (const auto& line : lines) EXPECT_TRUE(std::regex_match(line, relative)) << line;
}

// The TMF of this project: a trace recorded without the wpp_catalog events (a session started
// late, or a filter) decodes from exported catalog files alone, exactly as from the binaries.
TEST(OutputFormats, ExportedCatalogsDecodeATraceThatCarriesNoCatalog) {
    TempDir dir;
    const std::vector<std::vector<std::string>> commands = {
        {"lttng", "--no-sessiond", "create", "bare", "--output=" + (dir / "trace")},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "bare", "wpp:*"},
        {"lttng", "--no-sessiond", "add-context", "-u", "-s", "bare", "-t", "vpid", "-t", "vtid",
         "-t", "procname"},
        {"lttng", "--no-sessiond", "start", "bare"},
        {host, "--param", "Serial:RxFIFO=4", serial, tracedrv},
        {"lttng", "--no-sessiond", "destroy", "bare"},
    };
    for (const auto& c : commands) {
        Output o = run(c);
        ASSERT_EQ(o.status, 0) << describe(o);
    }
    std::filesystem::create_directory(dir / "catalogs");
    ASSERT_EQ(run({tool, "catalog", serial, "-e", dir / "catalogs/serial.json"}).status, 0);
    ASSERT_EQ(run({tool, "catalog", tracedrv, "-e", dir / "catalogs/tracedrv.json"}).status, 0);

    // Nothing to decode with: every event is Unknown, with its driver.
    Output bare = decode({dir / "trace", "--noprefix"});
    EXPECT_EQ(bare.status, 1) << describe(bare);
    const auto unknown = lines_of(bare.stdout_text);
    ASSERT_EQ(unknown.size(), 16u) << describe(bare);
    const std::regex unknown_line(
        R"(Unknown\(0x[0-9a-f]{16}\): Driver=(Serial|tracedrv), \d+ argument words? )"
        R"(\(No Format Information found\)\.)");
    for (const auto& line : unknown) EXPECT_TRUE(std::regex_match(line, unknown_line)) << line;
    EXPECT_NE(bare.stderr_text.find("Format Errors: 0, Unknowns: 16"), std::string::npos)
        << describe(bare);

    for (const std::vector<std::string>& format :
         {std::vector<std::string>{"--utc", "--hires"}, std::vector<std::string>{"--json"}}) {
        auto with = [&](std::vector<std::string> args) {
            args.insert(args.begin(), dir / "trace");
            args.insert(args.end(), format.begin(), format.end());
            return decode(args);
        };
        Output binaries = with({"-c", serial, "-c", tracedrv});
        ASSERT_EQ(binaries.status, 0) << describe(binaries);
        Output files =
            with({"-c", dir / "catalogs/serial.json", "-c", dir / "catalogs/tracedrv.json"});
        EXPECT_EQ(files.status, 0) << describe(files);
        EXPECT_EQ(files.stdout_text, binaries.stdout_text);
        Output directory = with({"-c", dir / "catalogs"});  // tracefmt's -p
        EXPECT_EQ(directory.status, 0) << describe(directory);
        EXPECT_EQ(directory.stdout_text, binaries.stdout_text);
        std::vector<std::string> argv = {"env", "WPPTRACE_CATALOG_PATH=" + (dir / "catalogs"), tool,
                                         "decode", dir / "trace"};
        argv.insert(argv.end(), format.begin(), format.end());
        Output search_path = run(argv);
        EXPECT_EQ(search_path.status, 0) << describe(search_path);
        EXPECT_EQ(search_path.stdout_text, binaries.stdout_text);
    }

    // A search path may name directories that do not exist (yet): a warning, not an error.
    Output missing =
        run({"env", "WPPTRACE_CATALOG_PATH=" + (dir / "nowhere") + "::" + (dir / "catalogs"), tool,
             "decode", dir / "trace", "--noprefix"});
    EXPECT_EQ(missing.status, 0) << describe(missing);
    EXPECT_NE(missing.stdout_text.find("Hello, World 1"), std::string::npos) << describe(missing);
    EXPECT_NE(missing.stderr_text.find("nowhere, which is not a directory"), std::string::npos)
        << describe(missing);
}

}  // namespace
}  // namespace wpptrace::testing
