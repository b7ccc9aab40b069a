// fast_reader.hpp - read_traces() without libbabeltrace2, for the traces LTTng-UST writes.
//
// Reads the trace directories that find_trace_inputs() kept: parses each metadata (TSDL),
// indexes and decodes every packet of every stream file once to prove the whole read will
// succeed, then merges the streams by time (as babeltrace2's muxer: the oldest first,
// packets repeated in snapshot directories of one trace UUID read once) and calls the
// visitor exactly as the babeltrace2 path does. When anything is not understood, nothing has
// been reported yet and the caller reads the traces with babeltrace2 instead.
#pragma once

#include <string>
#include <vector>

#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/read_result.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder::ctf {

// What this reader does not understand in the traces (an unknown TSDL construct, a corrupt
// packet): the message says what and where.
class NeedsBabeltrace : public Error {
  public:
    using Error::Error;
};

// Reads `dirs` into `visitor`, adding to `result` (traces, events, other_events, complete).
// Throws NeedsBabeltrace, with neither the visitor nor `result` touched, when these traces
// need babeltrace2.
void read_traces_fast(const std::vector<std::string>& dirs, TraceVisitor& visitor,
                      ReadResult& result);

}  // namespace wpptrace::decoder::ctf
