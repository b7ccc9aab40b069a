// fast_reader.hpp - read_traces() without libbabeltrace2, for the traces LTTng-UST writes.
//
// Reads the trace directories that find_trace_inputs() kept: parses each metadata (TSDL),
// indexes and decodes every packet of every stream file once, with damage contained (a
// packet that cannot be read is lost alone, resynchronising on the packet index or the next
// packet that decodes, and is reported with its byte range), then merges the streams by time (as
// babeltrace2's muxer: the oldest first, packets repeated in snapshot directories of one trace UUID
// read once) and calls the visitor exactly as the babeltrace2 path does. When the metadata or the
// layout of a stream is not understood, nothing has been reported yet and the caller reads the
// traces with babeltrace2 instead.
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

// A trace directory, and the names of the files in it that are not streams (inputs.hpp).
struct FastTraceDir {
    std::string dir;
    std::vector<std::string> skip;
};

// Reads `dirs` into `visitor`, adding to `result` (traces, events, other_events, complete).
// Throws NeedsBabeltrace, with neither the visitor nor `result` touched, when these traces
// need babeltrace2.
void read_traces_fast(const std::vector<FastTraceDir>& dirs, TraceVisitor& visitor,
                      ReadResult& result);

}  // namespace wpptrace::decoder::ctf
