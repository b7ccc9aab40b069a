// event_writer.hpp - how one decoded event becomes output: tracefmt text, CSV or JSON lines.
//
//   std::unique_ptr<EventWriter> writer = make_event_writer(OutputFormat::csv, time_options);
//   out += writer->header();          // once per file: the CSV header row
//   writer->write(event, out);        // per event: appends one complete line
//   writer->write_summary(summary, out);   // JSON: the closing {"type":"summary",...} line
//
// Writers append to the caller's buffer and keep nothing per event, so a decoder can reuse one
// buffer for the whole trace: no allocation per event once the buffer has grown.
//
// Text (tracefmt):  [0]7FEB.7FF0::11/21/2026-11:47:36.083 [Serial]Baud rate is 38400
// CSV (RFC 4180, CRLF), one header row, then one row per event with the columns
//   sequence,time,time_ns,cpu,pid,tid,process,driver,file_line,file,line,function,level,
//   level_name,flags,msg_id,status,message
// JSON lines: one object per event, always these keys in this order:
//   {"type":"event","sequence":1,"time":"2026-11-21T11:47:36.083123456+01:00",
//    "time_ns":1795258056083123456,"cpu":0,"pid":32747,"tid":32752,"process":"wpptrace-host",
//    "driver":"Serial","msg_id":"0x1e39c5b1c4912b26","status":"decoded","file":"driver.c",
//    "line":68,"function":"DriverEntry","level":4,"level_name":"TRACE_LEVEL_INFORMATION",
//    "flags":"DBG_INIT","message":"Baud rate is 38400"}
//   With the host (events of several machines, or asked for), CSV has a `host` column and JSON
//   a "host" key, each right after time_ns.
//   status is "decoded", "unknown" (file, line, function and flags are then null) or
//   "format_error"; the last two add "error" (what went wrong, in words) and "args" (the
//   event's raw argument words as "0x..." strings, for tools that decode them otherwise).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "wpptrace/decoder/decode_summary.hpp"
#include "wpptrace/decoder/format_engine.hpp"
#include "wpptrace/decoder/prefix.hpp"
#include "wpptrace/decoder/time_format.hpp"

namespace wpptrace::decoder {

enum class OutputFormat : std::uint8_t { text, csv, json };

// The usual file name extension of a format, with its dot: ".log", ".csv", ".jsonl".
std::string_view file_extension(OutputFormat format);

// One decoded event as the writers see it. Views: valid during the write() call only.
struct DecodedEvent {
    EventContext context;      // the prefix fields: time, CPU, PID, TID, driver, call site...
    std::string_view process;  // the process name (LTTng's procname context), may be empty
    std::uint64_t msg_id = 0;
    bool known = false;        // the catalog knows msg_id (call-site fields are filled)
    RenderStatus status;       // known: the first problem met while rendering the message
    std::string_view prefix;   // text output: the line prefix already rendered, or empty
    std::string_view message;  // the message text; for an unknown id, its Unknown(...) line
    std::span<const std::uint64_t> args;  // the event's raw argument words
};

class EventWriter {
  public:
    virtual ~EventWriter() = default;
    // What every file of this format starts with (CSV's header row, with its CRLF); else "".
    virtual std::string_view header() const { return {}; }
    // Appends one event, as one complete line.
    virtual void write(const DecodedEvent& event, std::string& out) = 0;
    // Appends the summary as a line of this format and returns true; false (nothing appended)
    // when the format has no place for it (text and CSV: the summary is text of its own).
    virtual bool write_summary(const DecodeSummary& summary, std::string& out) {
        (void)summary, (void)out;
        return false;
    }
};

// The message of an event whose id no catalog knows, in the shape of tracefmt's
// `Unknown( 76): GUID=ac5ec775-... (No Format Information found).`: our identity is the 64-bit
// id and the driver, so:
//   Unknown(0x1e39c5b1c4912b26): Driver=Serial, 5 argument words (No Format Information found).
void append_unknown_message(std::string& out, std::uint64_t msg_id, std::string_view driver,
                            std::size_t argument_words);

// The fields every writer (and the babeltrace2 plugin) shows the same way:
// A message id as tracefmt-style text: "0x" and 16 hex digits.
void append_id(std::string& out, std::uint64_t id);

// What a format error says in words: "argument 2: argument missing".
void append_problem(std::string& out, const RenderStatus& status);

// The status column / key: "decoded", "unknown", "format_error".
std::string_view status_name(const DecodedEvent& event);

// The level as %!LEVEL! shows it: the catalog's own level text, else the TRACE_LEVEL_* name.
std::string_view level_text(const EventContext& context);

// `time` says how CSV's time column is written (tracefmt style, local, UTC or relative); JSON
// always writes ISO 8601 with nanoseconds, in UTC when time.mode is utc, else local with its
// offset. Text output takes its time from the prefix (and its host too: %!HOST!).
// `with_host`: CSV and JSON add the host column / key (EventContext::host).
std::unique_ptr<EventWriter> make_event_writer(OutputFormat format, TimeOptions time = {},
                                               bool with_host = false);

}  // namespace wpptrace::decoder
