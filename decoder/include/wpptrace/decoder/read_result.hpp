// read_result.hpp - the summary of reading traces: a result, not an exception, because a
// partial read (some traces or streams unreadable, the others decoded) is a normal outcome.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wpptrace::decoder {

struct ReadResult {
    std::vector<std::string> traces;    // trace directories found
    std::vector<std::string> errors;    // what could not be read; reading went on where it could
    std::vector<std::string> warnings;  // what was skipped, such as a file that is no stream
    std::uint64_t events = 0;           // events read, all providers
    std::uint64_t other_events = 0;     // events of other providers (ignored)
    bool complete = false;              // every trace read to its end
    // A live reading the user stopped (SIGINT, SIGTERM, SIGHUP) before the session ended: the
    // drivers still running then are no sign of a crash.
    int stopped_by_signal = 0;
};

}  // namespace wpptrace::decoder
