// The decoder's output formats: CSV fields (RFC 4180), JSON strings, the text, CSV and JSON
// writers on one event, the unknown-message line and the summary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "wpptrace/decoder/decode_summary.hpp"
#include "wpptrace/decoder/output/csv_field.hpp"
#include "wpptrace/decoder/output/event_writer.hpp"
#include "wpptrace/decoder/output/json_string.hpp"

namespace wpptrace::decoder {
namespace {

using nlohmann::json;

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kSampleTime = 1118413543 * kSecond + 968'123'456;  // 2005-06-10 14:25:43
const TimeOptions kUtc{TimeMode::utc, TimePrecision::milliseconds};

std::string csv(std::string_view text) {
    std::string out;
    append_csv_field(out, text);
    return out;
}

std::string json_string(std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

// The event of the reference's sample line, decoded.
DecodedEvent decoded_event(std::string_view message) {
    DecodedEvent e;
    e.context.module = "tracedrv";
    e.context.file = "src/tracedrv.c";
    e.context.line = 258;
    e.context.function = "TracedrvDispatchDeviceControl";
    e.context.level = 4;
    e.context.flags = "FLAG_ONE";
    e.context.cpu = 1;
    e.context.pid = 0x338;
    e.context.tid = 0xe40;
    e.context.sequence = 7;
    e.context.timestamp_ns = kSampleTime;
    e.process = "wpptrace-host";
    e.msg_id = 0x1e39c5b1c4912b26;
    e.known = true;
    e.message = message;
    return e;
}

const std::uint64_t kArgs[] = {0x2a, 0xffffffffffffffff};

DecodedEvent unknown_event(std::string& text) {
    DecodedEvent e;
    e.context.module = "Serial";
    e.context.level = 2;
    e.context.pid = 10;
    e.context.tid = 11;
    e.context.sequence = 1;
    e.context.timestamp_ns = kSampleTime;
    e.msg_id = 0x0fb488042d4882d5;
    e.args = kArgs;
    append_unknown_message(text, e.msg_id, e.context.module, e.args.size());
    e.message = text;
    return e;
}

std::string write(OutputFormat format, const DecodedEvent& event, TimeOptions time = kUtc) {
    auto writer = make_event_writer(format, time);
    std::string out;
    writer->write(event, out);
    return out;
}

// ---- CSV fields ------------------------------------------------------------------------------

TEST(CsvField, PlainTextIsWrittenAsItIs) {
    EXPECT_EQ(csv(""), "");
    EXPECT_EQ(csv("IOCTL = 1"), "IOCTL = 1");
    EXPECT_EQ(csv(" spaces kept "), " spaces kept ");
    EXPECT_EQ(csv("semi;colon 'single' \\back"), "semi;colon 'single' \\back");
}

TEST(CsvField, CommaQuoteAndLineBreaksAreQuotedWithQuotesDoubled) {
    EXPECT_EQ(csv("a,b"), "\"a,b\"");
    EXPECT_EQ(csv("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv("\""), "\"\"\"\"");
    EXPECT_EQ(csv("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csv("cr\r"), "\"cr\r\"");
    EXPECT_EQ(csv("\"\","), "\"\"\"\"\",\"");
}

// ---- JSON strings ----------------------------------------------------------------------------

TEST(JsonString, EscapesQuotesBackslashesAndControlCharacters) {
    EXPECT_EQ(json_string(""), "\"\"");
    EXPECT_EQ(json_string("a \"b\" \\c"), R"("a \"b\" \\c")");
    EXPECT_EQ(json_string("\n\r\t\b\f"), R"("\n\r\t\b\f")");
    EXPECT_EQ(json_string(std::string_view("\x01\x1f\0z", 4)), R"("\u0001\u001f\u0000z")");
    EXPECT_EQ(json_string("\x7f/"), "\"\x7f/\"");  // DEL and '/' need no escape
}

TEST(JsonString, KeepsValidUtf8) {
    EXPECT_EQ(json_string("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"),
              "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");
    EXPECT_EQ(json_string("\xef\xbf\xbf\xf4\x8f\xbf\xbf"), "\"\xef\xbf\xbf\xf4\x8f\xbf\xbf\"");
}

TEST(JsonString, ReplacesEachInvalidUtf8ByteWithTheReplacementCharacter) {
    const std::string r = "\xef\xbf\xbd";  // U+FFFD
    struct Case {
        const char* bytes;
        std::string expected;
    };
    const Case cases[] = {
        {"\xff", r},                          // never in UTF-8
        {"\x80", r},                          // a stray continuation byte
        {"a\xc3", "a" + r},                   // cut at the end
        {"\xe2\x82z", r + r + "z"},           // cut before another character
        {"\xc0\xaf", r + r},                  // overlong '/'
        {"\xe0\x80\xaf", r + r + r},          // overlong, three bytes
        {"\xed\xa0\x80", r + r + r},          // a UTF-16 surrogate
        {"\xf4\x90\x80\x80", r + r + r + r},  // above U+10FFFF
        {"\xf8\x88\x80\x80\x80", r + r + r + r + r},
    };
    for (const Case& c : cases)
        EXPECT_EQ(json_string(c.bytes), "\"" + c.expected + "\"") << c.bytes;
}

TEST(JsonString, AnyBytesGiveValidJson) {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    for (int i = 255; i >= 0; --i) all += static_cast<char>(i);
    const std::string text = json_string(all);
    json parsed = json::parse(text);  // throws on invalid JSON or invalid UTF-8
    ASSERT_TRUE(parsed.is_string());
    EXPECT_EQ(parsed.get<std::string>().substr(0, 128), all.substr(0, 128));  // ASCII intact
}

// ---- writers ---------------------------------------------------------------------------------

TEST(TextWriter, WritesThePrefixThenTheMessage) {
    DecodedEvent e = decoded_event("IOCTL = 1");
    e.prefix = "[1]0338.0E40::06/10/2005-14:25:43.968 [tracedrv]";
    EXPECT_EQ(write(OutputFormat::text, e),
              "[1]0338.0E40::06/10/2005-14:25:43.968 [tracedrv]IOCTL = 1\n");
    e.prefix = {};
    EXPECT_EQ(write(OutputFormat::text, e), "IOCTL = 1\n");
}

TEST(CsvWriter, HeaderNamesEveryColumnOfTheRows) {
    auto writer = make_event_writer(OutputFormat::csv, kUtc);
    EXPECT_EQ(writer->header(),
              "sequence,time,time_ns,cpu,pid,tid,process,driver,file_line,file,line,function,"
              "level,level_name,flags,msg_id,status,message\r\n");
}

TEST(CsvWriter, WritesEveryPrefixFieldInItsOwnColumn) {
    EXPECT_EQ(write(OutputFormat::csv, decoded_event("IOCTL = 1")),
              "7,06/10/2005-14:25:43.968,1118413543968123456,1,824,3648,wpptrace-host,tracedrv,"
              "tracedrv_c258,src/tracedrv.c,258,TracedrvDispatchDeviceControl,4,"
              "TRACE_LEVEL_INFORMATION,FLAG_ONE,0x1e39c5b1c4912b26,decoded,IOCTL = 1\r\n");
}

// Events of several machines: a host column after time_ns, "host" after "time_ns".
TEST(CsvWriter, HostColumnFollowsTimeNsWhenAsked) {
    auto writer = make_event_writer(OutputFormat::csv, kUtc, true);
    EXPECT_TRUE(writer->header().starts_with("sequence,time,time_ns,host,cpu,pid,"));
    DecodedEvent e = decoded_event("IOCTL = 1");
    e.context.host = "vm,2";
    std::string row;
    writer->write(e, row);
    EXPECT_TRUE(row.starts_with("7,06/10/2005-14:25:43.968,1118413543968123456,\"vm,2\",1,824,"))
        << row;
}

TEST(JsonWriter, HostKeyFollowsTimeNsWhenAsked) {
    DecodedEvent e = decoded_event("IOCTL = 1");
    e.context.host = "vm2";
    std::string line;
    make_event_writer(OutputFormat::json, kUtc, true)->write(e, line);
    EXPECT_NE(line.find("\"time_ns\":1118413543968123456,\"host\":\"vm2\",\"cpu\":1,"),
              std::string::npos)
        << line;
    EXPECT_EQ(write(OutputFormat::json, e).find("\"host\""), std::string::npos) << "not asked";
}

TEST(CsvWriter, QuotesAMessageWithCommasQuotesAndLineBreaks) {
    const std::string row =
        write(OutputFormat::csv, decoded_event("name \"TRACEDRV\", ratio 0.25\nnext"));
    EXPECT_TRUE(row.ends_with(",decoded,\"name \"\"TRACEDRV\"\", ratio 0.25\nnext\"\r\n")) << row;
}

TEST(CsvWriter, QuotesCallSiteFieldsThatNeedIt) {
    DecodedEvent e = decoded_event("m");
    e.context.file = "dir,1/my \"odd\".c";
    e.context.function = "operator,";
    const std::string row = write(OutputFormat::csv, e);
    EXPECT_NE(row.find(",tracedrv,\"my \"\"odd\"\"_c258\",\"dir,1/my \"\"odd\"\".c\",258,"
                       "\"operator,\",4,"),
              std::string::npos)
        << row;
}

TEST(Writers, AppendToWhatTheBufferHolds) {
    for (OutputFormat format : {OutputFormat::text, OutputFormat::csv, OutputFormat::json}) {
        std::string out = "kept|";
        auto writer = make_event_writer(format, kUtc);
        writer->write(decoded_event("first"), out);
        writer->write(decoded_event("second"), out);
        EXPECT_TRUE(out.starts_with("kept|")) << out;
        EXPECT_NE(out.find("first"), std::string::npos);
        EXPECT_LT(out.find("first"), out.find("second"));
    }
}

TEST(CsvWriter, TimeColumnFollowsTheTimeMode) {
    const std::string hires =
        write(OutputFormat::csv, decoded_event("m"), {TimeMode::utc, TimePrecision::nanoseconds});
    EXPECT_TRUE(hires.starts_with("7,06/10/2005-14:25:43.968123456,1118413543968123456,")) << hires;
    auto writer = make_event_writer(OutputFormat::csv, {TimeMode::relative});
    std::string out;
    DecodedEvent e = decoded_event("m");
    writer->write(e, out);
    e.context.timestamp_ns += 2'500'000'000;
    writer->write(e, out);
    EXPECT_TRUE(out.starts_with("7,0.000,1118413543968123456,")) << out;
    EXPECT_NE(out.find("\r\n7,2.500,1118413546468123456,"), std::string::npos) << out;
}

TEST(CsvWriter, UnknownEventHasNoCallSiteColumns) {
    std::string text;
    EXPECT_EQ(write(OutputFormat::csv, unknown_event(text)),
              "1,06/10/2005-14:25:43.968,1118413543968123456,0,10,11,,Serial,,,,,2,"
              "TRACE_LEVEL_ERROR,,0x0fb488042d4882d5,unknown,"
              "\"Unknown(0x0fb488042d4882d5): Driver=Serial, 2 argument words (No Format "
              "Information found).\"\r\n");
}

TEST(JsonWriter, WritesOneObjectWithTypedFieldsPerLine) {
    const std::string line = write(OutputFormat::json, decoded_event("IOCTL = 1"));
    EXPECT_EQ(line,
              R"({"type":"event","sequence":7,"time":"2005-06-10T14:25:43.968123456Z",)"
              R"("time_ns":1118413543968123456,"cpu":1,"pid":824,"tid":3648,)"
              R"("process":"wpptrace-host","driver":"tracedrv","msg_id":"0x1e39c5b1c4912b26",)"
              R"("status":"decoded","file":"src/tracedrv.c","line":258,)"
              R"("function":"TracedrvDispatchDeviceControl","level":4,)"
              R"("level_name":"TRACE_LEVEL_INFORMATION","flags":"FLAG_ONE",)"
              R"("message":"IOCTL = 1"})"
              "\n");
    json parsed = json::parse(line);
    EXPECT_TRUE(parsed["time_ns"].is_number_integer());
    EXPECT_EQ(parsed["time_ns"].get<std::int64_t>(), kSampleTime);
    EXPECT_TRUE(parsed["line"].is_number_unsigned());
    EXPECT_FALSE(parsed.contains("args"));  // decoded cleanly: the text says it all
}

TEST(JsonWriter, TimeIsAlwaysIso8601WithNanoseconds) {
    const std::string line = write(OutputFormat::json, decoded_event("m"), kUtc);
    EXPECT_EQ(json::parse(line)["time"], "2005-06-10T14:25:43.968123456Z");
}

TEST(JsonWriter, EscapesTheMessage) {
    const std::string line = write(OutputFormat::json, decoded_event("tab\there \"q\" \xff"));
    EXPECT_EQ(json::parse(line)["message"], "tab\there \"q\" \xef\xbf\xbd");
}

TEST(JsonWriter, MarksAnUnknownMessageAndKeepsItsRawWords) {
    std::string text;
    json parsed = json::parse(write(OutputFormat::json, unknown_event(text)));
    EXPECT_EQ(parsed["status"], "unknown");
    EXPECT_TRUE(parsed["file"].is_null());
    EXPECT_TRUE(parsed["line"].is_null());
    EXPECT_TRUE(parsed["function"].is_null());
    EXPECT_TRUE(parsed["flags"].is_null());
    EXPECT_EQ(parsed["error"], "no format information found");
    EXPECT_EQ(parsed["args"], json::array({"0x2a", "0xffffffffffffffff"}));
    EXPECT_EQ(parsed["message"],
              "Unknown(0x0fb488042d4882d5): Driver=Serial, 2 argument words (No Format "
              "Information found).");
}

TEST(JsonWriter, MarksAFormatErrorWithItsArgument) {
    DecodedEvent e = decoded_event("value [wpptrace: argument 2 missing]");
    e.status = {FormatProblem::missing_argument, 2};
    e.args = std::span<const std::uint64_t>(kArgs, 1);
    json parsed = json::parse(write(OutputFormat::json, e));
    EXPECT_EQ(parsed["status"], "format_error");
    EXPECT_EQ(parsed["error"],
              std::string("argument 2: ") + describe(FormatProblem::missing_argument));
    EXPECT_EQ(parsed["args"], json::array({"0x2a"}));
    EXPECT_EQ(parsed["file"], "src/tracedrv.c");
}

TEST(JsonWriter, KeysAreTheSameForEveryDecodedEvent) {
    std::vector<std::string> keys;
    for (const char* message : {"a", "b,\"c\"", ""}) {
        json parsed = json::parse(write(OutputFormat::json, decoded_event(message)));
        std::string these;
        for (const auto& [key, value] : parsed.items()) these += key + ",";
        keys.push_back(these);
    }
    EXPECT_EQ(keys[0], keys[1]);
    EXPECT_EQ(keys[0], keys[2]);
}

// ---- unknown line and summary ----------------------------------------------------------------

TEST(UnknownMessage, KeepsTracefmtsShapeWithOurIdentity) {
    std::string out;
    append_unknown_message(out, 0x1e39c5b1c4912b26, "Serial", 5);
    EXPECT_EQ(out,
              "Unknown(0x1e39c5b1c4912b26): Driver=Serial, 5 argument words (No Format "
              "Information found).");
    out.clear();
    append_unknown_message(out, 0x76, "tracedrv", 1);
    EXPECT_EQ(out,
              "Unknown(0x0000000000000076): Driver=tracedrv, 1 argument word (No Format "
              "Information found).");
}

DecodeSummary sample_summary() {
    DecodeSummary s;
    s.events = 12;
    s.decoded = 9;
    s.unknown = 2;
    s.format_errors = 1;
    s.lost_events = 3;
    s.catalog_messages = 40;
    s.per_driver = {{"Serial", 7}, {"tracedrv", 5}};
    s.unfinished = {"Serial (process 12)"};
    s.warnings = {"a \"quoted\" warning"};
    s.complete = true;
    return s;
}

TEST(DecodeSummary, TextEndsItsCountsWithTracefmtsLine) {
    const std::string text = sample_summary().text();
    EXPECT_TRUE(
        text.starts_with("Events: 12, decoded: 9, unknown: 2, format errors: 1\n"
                         "Lost: 3 events, 0 packets\n"
                         "  [Serial] 7 events\n"
                         "  [tracedrv] 5 events\n"
                         "Catalog: 40 messages\n"
                         "Processing completed   Events: 12, EventsLost: 3 :: Format "
                         "Errors: 1, Unknowns: 2\n"))
        << text;
    EXPECT_NE(text.find("Warning: Serial (process 12) started but never reached WPP_CLEANUP"),
              std::string::npos);
}

TEST(DecodeSummary, JsonCarriesEveryCountTyped) {
    std::string line;
    const DecodeSummary summary = sample_summary();
    summary.append_json(line);
    json parsed = json::parse(line);
    EXPECT_EQ(parsed["type"], "summary");
    EXPECT_EQ(parsed["events"], 12);
    EXPECT_EQ(parsed["decoded"], 9);
    EXPECT_EQ(parsed["unknown"], 2);
    EXPECT_EQ(parsed["format_errors"], 1);
    EXPECT_EQ(parsed["lost_events"], 3);
    EXPECT_EQ(parsed["lost_packets"], 0);
    EXPECT_EQ(parsed["losses_uncounted"], false);
    EXPECT_EQ(parsed["per_driver"], json({{"Serial", 7}, {"tracedrv", 5}}));
    EXPECT_EQ(parsed["unfinished"], json::array({"Serial (process 12)"}));
    EXPECT_EQ(parsed["warnings"], json::array({"a \"quoted\" warning"}));
    EXPECT_EQ(parsed["errors"], json::array());
    EXPECT_EQ(parsed["complete"], true);
    EXPECT_EQ(parsed["exit_status"], summary.exit_status());
    EXPECT_EQ(parsed["exit_status"], 1);
}

TEST(JsonWriter, WritesTheSummaryAsTheLastLine) {
    auto writer = make_event_writer(OutputFormat::json, kUtc);
    std::string out;
    ASSERT_TRUE(writer->write_summary(sample_summary(), out));
    EXPECT_TRUE(out.ends_with("}\n"));
    EXPECT_EQ(json::parse(out)["type"], "summary");
    for (OutputFormat text_like : {OutputFormat::text, OutputFormat::csv}) {
        std::string none;
        EXPECT_FALSE(make_event_writer(text_like, kUtc)->write_summary(sample_summary(), none));
        EXPECT_EQ(none, "");
    }
}

}  // namespace
}  // namespace wpptrace::decoder
