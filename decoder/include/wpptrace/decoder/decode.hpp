// decode.hpp - turns traces into tracefmt-style text (or CSV, or JSON lines): one log per
// driver and a merged one.
//
//   DecodeOptions options;
//   options.traces = {"/tmp/trace"};
//   options.format = OutputFormat::csv;            // text by default
//   DecodeSummary summary = decode(options, stdout);
//
// Every wpp event is written: decoded with its catalog entry, or as an `Unknown(...)` line
// with its identity when no catalog knows it (never guessed):
//
//   Unknown(0x1e39c5b1c4912b26): Driver=Serial, 5 argument words (No Format Information found).
//
// The summary counts events, LTTng's losses, unknown messages and format errors; nothing is
// dropped silently.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "wpptrace/decoder/decode_summary.hpp"
#include "wpptrace/decoder/output/event_writer.hpp"
#include "wpptrace/decoder/time_format.hpp"

namespace wpptrace::decoder {

struct DecodeOptions {
    std::vector<std::string> traces;  // session or trace directories
    // Instead of `traces`: live sessions through lttng-relayd,
    // net://HOST[:PORT]/host/HOSTNAME/SESSION each (trace_reader.hpp's read_live()), several
    // merged by time with their hosts shown. Lines go out as the events come; with output_dir
    // the files are written in place and grow.
    std::vector<std::string> live_urls;
    // In-flight recorder files (ifr_reader.hpp), read instead of traces: `wpptrace ifr dump`.
    std::vector<std::string> recorders;
    // Driver binaries, exported catalog files, or directories of exported catalogs (every
    // *.json in them: tracefmt's -p). A source that cannot be read is an error.
    std::vector<std::string> catalogs;
    // Directories searched for exported catalogs too (WPPTRACE_CATALOG_PATH, like tracefmt's
    // TRACE_FORMAT_SEARCH_PATH); one that does not exist is skipped with a warning.
    std::vector<std::string> catalog_search_path;
    std::string prefix;  // TRACE_FORMAT_PREFIX syntax; empty: tracefmt's default (text only)
    bool no_prefix = false;
    TimeOptions time;
    OutputFormat format = OutputFormat::text;
    bool write_events = true;   // false: --summary-only
    bool write_summary = true;  // false: --no-summary (no summary.txt, no JSON summary line)
    // <driver>.log|.csv|.jsonl per driver (names escaped: escape_file_name()), merged.*,
    // summary.txt; with traces of several machines, <host>/<driver>.log per host instead.
    std::string output_dir;
    // The host of each event (%!HOST! first in the default prefix, a CSV column, a JSON key,
    // counts per host in the summary) even when the traces are of one machine (--host). With
    // traces of several machines (trace_hosts()), it is shown anyway.
    bool show_host = false;
};

// Decodes into `out` (the merged output; with output_dir, merged.* instead) and, with
// output_dir, into the per-driver files and summary.txt, written under temporary names and
// moved into place at the end, summary.txt last (output_dir.hpp: a directory inside a trace,
// or not empty and not an earlier output, is refused). JSON output ends with the summary line
// unless write_summary is false. Throws WriteError when a write or close fails (nothing of the
// output directory is then left), Error for bad options (PrefixError for a malformed prefix, an
// unreadable catalog, a refused directory).
DecodeSummary decode(const DecodeOptions& options, std::FILE* out);

}  // namespace wpptrace::decoder
