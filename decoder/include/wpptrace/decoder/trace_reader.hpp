// trace_reader.hpp - reads CTF traces (LTTng sessions) and hands the decoder every wpp and
// wpp_catalog event in time order, and every loss LTTng recorded.
//
// A session directory holds several traces (per-UID and per-PID buffers, one per ABI) with a
// stream per CPU; snapshots and rotations repeat a trace's UUID in several directories. The
// reader finds every `metadata` below its inputs (decoder/src/trace/inputs.hpp) and reads them
// with one of two backends, which map events to visitor calls with the one WppEventMapper
// (wpp_event_mapper.hpp) and so report exactly the same calls and results:
//   - the fast reader (default): our own CTF 1.8 reader for what LTTng-UST writes
//     (decoder/src/trace/backends/ctf): TSDL parsed, every packet decoded once to prove the read
//     will succeed, then the streams merged by time as babeltrace2's muxer does, all in this
//     process (no child, no pipe);
//   - libbabeltrace2 (decoder/src/trace/backends/babeltrace): directories of one trace UUID to
//     one `source.ctf.fs` (which drops packets seen twice), every stream port to one muxer, read
//     in a child process (below).
// Environment variable WPPTRACE_READER picks: `auto` (default: the fast reader; traces it does
// not fully understand, such as an unknown TSDL construct or a corrupt packet, go to
// babeltrace2 whole, before any event is reported), `fast` (the fast reader only: what it
// cannot read is an error) or `babeltrace`. Nothing of babeltrace2 leaks into this header.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "wpptrace/decoder/read_result.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder {

// Reads every trace under `inputs` (session directories or trace directories), with the
// reader WPPTRACE_READER selects (see the top of this file).
//
// On the babeltrace2 path: libbabeltrace2 2.0.4 crashes or loops forever on some corrupt stream
// files, so it runs in a child process (see serve_reader_child()) that sends what it reads over
// a pipe; the
// visitor is called in the calling thread, as the records arrive. If the child dies of a signal,
// the events it read before are kept (already visited) and `errors` says "babeltrace2 crashed
// (SIGSEGV) while reading DIR: the output stops at event N". If it sends nothing, neither an event
// nor a heartbeat (it beats several times a second while babeltrace2 works), for
// WPPTRACE_READ_TIMEOUT seconds (environment variable; default 10, fractions allowed, 0 turns
// the watchdog off), it is stopped and `errors` says "babeltrace2 made no progress for 10 s
// reading DIR; stopped". Time the visitor itself takes does not count. In both cases
// `complete` is false. The child never outlives the call, even when the visitor throws.
ReadResult read_traces(const std::vector<std::string>& inputs, TraceVisitor& visitor);

// Reads a live session through lttng-relayd (`url`: net://HOST[:PORT]/host/HOSTNAME/SESSION)
// with babeltrace2's src.ctf.lttng-live, in a child process as above (what relayd sends is
// untrusted input too), until the session ends. The visitor gets the events as they come, and
// on_caught_up() whenever the reader waits for more. The first SIGINT, SIGTERM or SIGHUP (with
// install_interrupt_cleanup()) ends the reading instead of the process: what was read is kept,
// `complete` stays true and `warnings` says which signal stopped it.
//
// Several sessions (`urls`: machines streaming to one or more relay daemons) are read at once,
// a child process each, and merged by time: a line is passed on once every other session has
// a later one waiting, said that its streams were idle past it (lttng-live's inactivity
// messages, once per live timer), or ended. A session silent for 3 s stops holding the others
// back; a line of it that then comes earlier than one passed on is counted in a warning.
// net://HOST[:PORT]/host/*/SESSION stands for the session SESSION of every machine the relay
// daemon lists when the reading starts (resolve_live_urls()).
ReadResult read_live(const std::vector<std::string>& urls, TraceVisitor& visitor);

// The sessions `urls` name: each URL as it is, but net://HOST[:PORT]/host/*/SESSION, which
// becomes the session SESSION of every machine that relay daemon lists now (asked by a reader
// child process: what a relay daemon says is untrusted input), in URL order. Throws Error for
// a URL that is not net://HOST[:PORT]/host/..., a session named twice, a relay daemon that does
// not answer or lists no such session. For a caller that needs to know how many sessions it
// will read before read_live(), which resolves its URLs so (a resolved list stays as it is).
std::vector<std::string> resolve_live_urls(const std::vector<std::string>& urls);

// For a program's main(), first thing: in the babeltrace2 reader's child mode (a hidden
// command line the reader gives itself) reads as asked and returns the exit status; otherwise
// returns nothing, and from then on the reader's child is a fresh run of this program
// (posix_spawn of /proc/self/exe) rather than a fork() of it, which would inherit the locks of
// its threads. A program that does not call it gets a fork().
std::optional<int> serve_reader_child(int argc, char** argv);

// The machines the traces below `inputs` were recorded on: each trace's `hostname` (the env
// block of its metadata; "" for a trace without one), distinct and sorted. A relayd's output
// holds one directory per machine; a local session, one host. Read from the metadata only (a
// few milliseconds), so that a decode knows before its first event whether events of several
// machines will merge. A trace whose metadata cannot be parsed is left out (read_traces()
// reports it).
std::vector<std::string> trace_hosts(const std::vector<std::string>& inputs);

}  // namespace wpptrace::decoder
