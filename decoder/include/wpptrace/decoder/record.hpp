// record.hpp - `wpptrace record`: a tracelog-like session around one command, on LTTng.
//
// Creates an LTTng session (contexts vpid, vtid, procname), enables the wpp events for the
// chosen drivers and level, runs the command with the WPP selection in its environment
// (WPPTRACE_CONTROL: flags are applied before arguments are evaluated), then stops and destroys
// the session, which flushes the trace to disk. Drives the `lttng` command of lttng-tools, the
// interface users know and that the tests exercise, against whichever session daemon the
// environment designates (see scripts/with-private-lttng).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder {

struct RecordOptions {
    std::vector<std::string> command;  // what to run under the session
    std::string output;                // trace directory; empty: ./wpptrace-<date>-<time>
    std::string session;               // LTTng session name; empty: wpptrace-<pid>
    std::vector<std::string> drivers;  // WPP driver names; empty: all
    std::string level;                 // WPP level name or number; empty: all levels
    std::string flags;                 // "DBG_INIT|DBG_PNP" or "0x3"; empty: all flags
    std::uint64_t subbuffer_bytes = 1 << 20;
    unsigned subbuffers = 8;
    bool verbose = false;  // echo the lttng commands
};

struct RecordResult {
    std::string trace_dir;
    int command_status = 0;  // the command's exit status (128 + signal when killed)
};

// A session that could not be set up or run (error.hpp).
class RecordError : public Error {
  public:
    using Error::Error;
};

// LTTng log level name for a WPP level ("INFORMATION" -> "TRACE_INFO"); throws RecordError.
std::string lttng_loglevel_for(const std::string& wpp_level);

RecordResult record(const RecordOptions& options);

}  // namespace wpptrace::decoder
