// record.hpp - `wpptrace record`: a tracelog-like session around one command, on LTTng.
//
// Creates an LTTng session (contexts vpid, vtid; procname only for --live and
// --flight-recorder: the decoder takes the process name from the state dump), enables the wpp
// events for the chosen drivers and level, runs the command with the WPP selection in its
// environment (WPPTRACE_CONTROL: flags are applied before arguments are evaluated), then stops and
// destroys the session, which flushes the trace to disk. Drives the `lttng` command of lttng-tools,
// the interface users know and that the tests exercise, against whichever session daemon the
// environment designates (see scripts/with-private-lttng).
//
// Signals: while record() runs, SIGINT, SIGTERM and SIGHUP do not end the calling process. One
// sent to it by another process (kill) is passed on to the command, as a terminal passes Ctrl-C
// to every process of its foreground group; the terminal's own signals reach the command
// directly, and never the lttng commands, which run in a process group of their own. Once the
// command has ended, the session is always stopped and destroyed: a signal during that (a
// second Ctrl-C) is deferred, with a note on stderr. RecordResult::signal says which signal
// came first.
//
// The output directory must be new or empty: a trace is never replaced nor mixed with another.
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
    // --live: a live session through lttng-relayd (README "Watching live"). `relayd` is the
    // relay daemon's net://HOST[:CONTROL[:DATA]]; empty: a private one on 127.0.0.1, writing the
    // trace under `output`, stopped at the end.
    bool live = false;
    std::string relayd;
    std::uint64_t live_timer_us = 1000000;  // LTTng's default: how often data goes to relayd
    bool wait_viewer = false;    // run the command once a viewer attached (it sees the start)
    double viewer_grace_s = 10;  // how long the private relayd waits for its viewers to finish
    // --flight-recorder: a snapshot session whose overwrite rings keep the last `flight_size_kib`
    // KiB of messages per CPU, dumped under `output` on demand (`wpptrace snapshot`), on the
    // first message matching a `dump_on` condition (LEVEL[:DRIVER,...]; "none": no trigger), and
    // when the command exits 4 or 5 (wpptrace-host: a driver crashed or hung) or is killed by a
    // signal (README "Flight recorder").
    bool flight_recorder = false;
    std::uint64_t flight_size_kib = 1024;
    std::vector<std::string> dump_on = {"ERROR"};
    // --shm-path: the rings in files under this directory (lttng create --shm-path), which
    // outlive the session and consumer daemons: `lttng-crash -x OUT DIR` makes a trace of them.
    std::string flight_shm_path;
};

struct RecordResult {
    std::string trace_dir;   // empty: on the relay daemon --relayd named
    std::string live_url;    // --live: what `wpptrace decode --live` reads
    int command_status = 0;  // the command's exit status (128 + signal when killed)
    int signal = 0;          // the first SIGINT, SIGTERM or SIGHUP record() received; 0: none
    int command_signal = 0;  // the signal that killed the command; 0: it exited
    std::vector<std::string> dumps;  // --flight-recorder: the dump directories, oldest first

    // What `wpptrace record` exits with: 128 + the signal that interrupted it (130 for Ctrl-C,
    // 143 for SIGTERM), as a shell reports a process the signal ended; else the command's status.
    int exit_status() const { return signal ? 128 + signal : command_status; }
};

// What `wpptrace record` exits with, as timeout(1), env(1) and nice(1) do, so that record's own
// failures never pass for the command's status: the command's exit status; 128 + N when the
// command or record was ended by signal N; and these, which are record's:
namespace record_status {
inline constexpr int failed = 125;                // record itself: bad usage, an -o in use, LTTng
inline constexpr int command_not_runnable = 126;  // the command was found but could not be run
inline constexpr int command_not_found = 127;     // no such command
}  // namespace record_status

// A session that could not be set up or run (error.hpp); its exit code is Error::failed, which
// the command line reports as record_status::failed, or one of the command's statuses above.
class RecordError : public Error {
  public:
    using Error::Error;
};

// `wpptrace snapshot`: dumps a running flight recorder (`record --flight-recorder`).
struct SnapshotOptions {
    std::string session;  // empty: the one snapshot session
    std::string output;   // empty: under the session's trace directory
    bool verbose = false;
};
// Returns the dump's directory; throws RecordError (no such session, not a snapshot session).
std::string snapshot(const SnapshotOptions& options);

// What each flight recorder dump among `traces` says caused it: "DIR: dump: REASON" for every
// trace directory, or directory just under one, that holds a reason.txt.
std::vector<std::string> dump_reasons(const std::vector<std::string>& traces);

// LTTng log level name for a WPP level ("INFORMATION" -> "TRACE_INFO"); throws RecordError.
std::string lttng_loglevel_for(const std::string& wpp_level);

// A driver name as --driver and --dump-on take it: letters, digits, _ - . and the wildcard *,
// so that it is safe inside an LTTng filter expression.
bool plain_driver_name(const std::string& name);

// Throws RecordError when the session cannot be set up, or when `options.output` exists and
// is not an empty directory (exit 2).
RecordResult record(const RecordOptions& options);

}  // namespace wpptrace::decoder
