// decode_summary.hpp - what a decode run saw: the counts tracefmt closes its output with, plus
// LTTng's losses and the drivers that never ended.
//
//   DecodeSummary summary = decode(options, stdout);
//   std::fputs(summary.text().c_str(), stderr);
//   return summary.exit_status();
//
// text() is for people and keeps tracefmt's closing line for tools that grep it:
//
//   Events: 16, decoded: 16, unknown: 0, format errors: 0
//   Lost: 0 events, 0 packets
//     [Serial] 8 events
//     [tracedrv] 8 events
//   Catalog: 49 messages
//   Processing completed   Events: 16, EventsLost: 0 :: Format Errors: 0, Unknowns: 0
//
// With show_hosts, each host's counts follow the drivers' lines:
//
//   Host m1: 8 events, decoded: 8, unknown: 0, format errors: 0; lost: 0 events, 0 packets
//     [Serial] 4 events
//
// append_json() is one JSON object, {"type":"summary",...}, the last line of --json output.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wpptrace::decoder {

// The counts of one machine's traces, when events come from several (a relayd's output).
struct HostSummary {
    std::uint64_t events = 0, decoded = 0, unknown = 0, format_errors = 0;
    std::uint64_t lost_events = 0, lost_packets = 0;
    bool losses_uncounted = false;
    std::map<std::string, std::uint64_t> per_driver;
};

struct DecodeSummary {
    std::uint64_t events = 0;         // wpp:* events read
    std::uint64_t decoded = 0;        // printed with their format
    std::uint64_t unknown = 0;        // no catalog entry
    std::uint64_t format_errors = 0;  // printed, but an argument could not be rendered
    std::uint64_t lost_events = 0;    // LTTng discarded events (ring buffer full)
    std::uint64_t lost_packets = 0;   // LTTng lost packets
    bool losses_uncounted = false;    // the trace reported losses without a count
    // Losses of a channel that carries catalog records only (format strings, module starts and
    // ends; wpptrace record keeps them apart): not messages, but messages may decode Unknown.
    std::uint64_t catalog_records_lost = 0;
    std::uint64_t catalog_packets_lost = 0;
    bool catalog_losses_uncounted = false;
    // A channel that carries module ends lost events: a driver without an end may have lost its
    // end record, and is not said to have crashed.
    bool end_records_may_be_lost = false;
    std::uint64_t malformed = 0;         // wpp events whose fields this decoder does not know
    std::uint64_t corrupt_counters = 0;  // loss counters that cannot be true (corrupt packets)
    std::uint64_t catalog_messages = 0;  // distinct messages known to the catalog
    // Drivers the trace saw start (WPP_INIT_TRACING) but not end (WPP_CLEANUP or unload): their
    // process was killed or crashed, or the trace stopped first, or (end_records_may_be_lost)
    // their end record was lost.
    std::vector<std::string> unfinished;  // "Serial (process 1234)"
    std::map<std::string, std::uint64_t> per_driver;
    // By host (the trace's hostname); text() and append_json() show it when show_hosts is set
    // (traces of several machines, or `decode --host`), so one machine's summary stays as it was.
    std::map<std::string, HostSummary> per_host;
    bool show_hosts = false;
    std::vector<std::string> errors;    // fatal and non-fatal reading problems
    std::vector<std::string> warnings;  // catalog sources that were partly unusable
    bool complete = false;              // every trace read to its end

    // 0: clean; 1: decoded, but something was lost, unknown, malformed, corrupt or ended early;
    // 2: nothing readable.
    int exit_status() const;
    std::string text() const;  // the closing summary, tracefmt-like
    // Appends {"type":"summary","events":16,...,"exit_status":0} (no newline). Field names are
    // those of this struct; per_driver is an object, the lists arrays of strings.
    void append_json(std::string& out) const;
};

}  // namespace wpptrace::decoder
