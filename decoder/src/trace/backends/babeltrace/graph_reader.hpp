// graph_reader.hpp - the two halves of read_traces(), private to the trace library.
//
// Finding the trace directories and guarding their metadata is our own code on file names and
// bytes: it runs in the calling process, which so owns the scratch directory of trimmed
// stand-ins and knows what is being read when the reader dies. Running the babeltrace2 graph
// over them is where libbabeltrace2 can crash or hang: isolated_reader.cpp runs it in a child.
#pragma once

#include <string>
#include <vector>

#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::decoder::detail {

// A directory under /tmp created on first use and removed, with everything in it, at the end.
class ScratchDir {
  public:
    ScratchDir() = default;
    ~ScratchDir();
    ScratchDir(ScratchDir&& other) noexcept;
    ScratchDir& operator=(ScratchDir&&) = delete;
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    // The directory's path, created now if it is not yet; "" when it cannot be created.
    const std::string& path();

  private:
    std::string path_;
};

struct TraceInputs {
    std::vector<std::string> dirs;   // what babeltrace2 reads (trimmed stand-ins included)
    std::vector<std::string> names;  // the same directories as the user named them
    ScratchDir scratch;              // holds the stand-ins
};

// Every trace directory below `inputs` (session or trace directories); what cannot be read
// goes to result.errors.
TraceInputs find_trace_inputs(const std::vector<std::string>& inputs, ReadResult& result);

// What the graph tells the process that runs it, besides the visitor's events.
class GraphObserver {
  public:
    virtual ~GraphObserver() = default;
    // The graph is built and about to run: result.traces and result.errors are final but for
    // what reading itself adds.
    virtual void on_graph_ready(const ReadResult& result) = 0;
    // The graph did a step: a batch of messages (events of any provider or none at all) or a
    // turn that produced nothing yet.
    virtual void on_progress(const ReadResult& result) = 0;
};

// Reads `dirs` with babeltrace2 into `visitor`, adding to `result` (complete when it ends
// with no error in it). Can crash or never return on corrupt stream files.
void run_graph(const std::vector<std::string>& dirs, TraceVisitor& visitor, ReadResult& result,
               GraphObserver& observer);

}  // namespace wpptrace::decoder::detail
