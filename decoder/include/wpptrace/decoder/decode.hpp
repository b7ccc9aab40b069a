// decode.hpp - turns traces into tracefmt-style text: one log per driver and a merged one.
//
//   DecodeOptions options;
//   options.traces = {"/tmp/trace"};
//   DecodeSummary summary = decode(options, stdout);
//
// Every wpp event is printed: decoded with its catalog entry, or as an `Unknown(...)` line
// with its identity when no catalog knows it (never guessed). The summary counts events,
// LTTng's losses, unknown messages and format errors; nothing is dropped silently.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "wpptrace/decoder/time_format.hpp"

namespace wpptrace::decoder {

struct DecodeOptions {
    std::vector<std::string> traces;    // session or trace directories
    std::vector<std::string> catalogs;  // driver binaries or exported catalog files
    std::string prefix;                 // TRACE_FORMAT_PREFIX syntax; empty: tracefmt's default
    bool no_prefix = false;
    TimeOptions time;
    std::string output_dir;  // one <driver>.log per driver + merged.log + summary.txt
};

struct DecodeSummary {
    std::uint64_t events = 0;            // wpp:* events read
    std::uint64_t decoded = 0;           // printed with their format
    std::uint64_t unknown = 0;           // no catalog entry
    std::uint64_t format_errors = 0;     // printed, but an argument could not be rendered
    std::uint64_t lost_events = 0;       // LTTng discarded events (ring buffer full)
    std::uint64_t lost_packets = 0;      // LTTng lost packets
    bool losses_uncounted = false;       // the trace reported losses without a count
    std::uint64_t malformed = 0;         // wpp events whose fields this decoder does not know
    std::uint64_t catalog_messages = 0;  // distinct messages known to the catalog
    // Drivers the trace saw start (WPP_INIT_TRACING) but not end (WPP_CLEANUP or unload): their
    // process was killed or crashed, or the trace stopped first; their streams ended early.
    std::vector<std::string> unfinished;  // "Serial (process 1234)"
    std::map<std::string, std::uint64_t> per_driver;
    std::vector<std::string> errors;    // fatal and non-fatal reading problems
    std::vector<std::string> warnings;  // catalog sources that were partly unusable
    bool complete = false;              // every trace read to its end

    // 0: clean; 1: decoded, but something was lost, unknown, malformed or ended early;
    // 2: nothing readable.
    int exit_status() const;
    std::string text() const;  // the closing summary, tracefmt-like
};

// Decodes into `out` (the merged text) and, with output_dir, into the per-driver files.
// Throws std::runtime_error for bad options (a malformed prefix, an unwritable directory).
DecodeSummary decode(const DecodeOptions& options, std::FILE* out);

}  // namespace wpptrace::decoder
