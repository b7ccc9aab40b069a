// event_pipeline.hpp - runs a producer of visitor calls on a second thread and replays its
// calls, in order, on the calling thread: reading and merging on one core, formatting (the
// caller's visitor) on the other. Calls travel in batches (a few thousand events, copied once)
// through a queue of at most four batches, so memory stays bounded whatever the trace.
//
//     run_pipelined([&](TraceVisitor& out) { merge_streams(out); }, visitor);
//
// If the caller's visitor throws, the producer is stopped at its next batch and joined, then
// the exception goes on; if the producer throws, the exception reaches the caller after the
// calls made before it.
#pragma once

#include <functional>

#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::decoder::ctf {

void run_pipelined(const std::function<void(TraceVisitor&)>& produce, TraceVisitor& visitor);

}  // namespace wpptrace::decoder::ctf
