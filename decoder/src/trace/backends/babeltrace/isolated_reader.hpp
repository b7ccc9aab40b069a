// isolated_reader.hpp - this backend's entry: babeltrace2 reads trace directories or a live
// session in a child process, and the caller's visitor gets what it read (see trace_reader.hpp for
// what a crash or a stall then gives).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "wpptrace/decoder/read_result.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder::babeltrace {

// Reads `dirs` (named `names` in messages: the directories as the user gave them) into
// `visitor`; returns `so_far` (what finding the inputs reported) with the reading added.
ReadResult read_with_babeltrace(const std::vector<std::string>& dirs,
                                const std::vector<std::string>& names, ReadResult so_far,
                                TraceVisitor& visitor);

// Reads the live sessions at `urls` through lttng-relayd, merged by time when there are several
// (trace_reader.hpp's read_live()).
ReadResult read_live_with_babeltrace(const std::vector<std::string>& urls, TraceVisitor& visitor);

// The URLs of the live sessions the relay daemon at `relayd_url` (net://HOST:PORT) lists, asked
// by a reader child (what a relay daemon says is untrusted input); `errors` hears why there are
// none when it does not answer.
std::vector<std::string> live_session_urls(const std::string& relayd_url,
                                           std::vector<std::string>& errors);

// trace_reader.hpp's serve_reader_child().
std::optional<int> serve_reader_child(int argc, char** argv);

}  // namespace wpptrace::decoder::babeltrace
