// inputs.hpp - the trace directories below what the user named, each checked before any
// reader sees it.
//
// Finding the trace directories and guarding their metadata (metadata_guard.hpp) is our own
// code on file names and bytes, run in the calling process, which so owns the scratch directory
// of trimmed stand-ins and knows what is being read when a reader dies. A directory whose
// metadata babeltrace2 would hang on, whose streams end inside a packet, or that holds files
// that are no streams, is replaced by a stand-in under $TMPDIR: links to the good files, copies
// of the cut ones up to their last whole packet.
#pragma once

#include <string>
#include <vector>

#include "wpptrace/decoder/read_result.hpp"

namespace wpptrace::decoder {

// A directory under $TMPDIR (else /tmp) created on first use and removed, with everything in it,
// at the end (and by an interrupted decode: interrupt_cleanup.hpp).
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
    std::vector<std::string> dirs;   // what the readers read (trimmed stand-ins included)
    std::vector<std::string> names;  // the same directories as the user named them
    ScratchDir scratch;              // holds the stand-ins
};

// Every trace directory below `inputs` (session or trace directories); what cannot be read
// goes to result.errors.
TraceInputs find_trace_inputs(const std::vector<std::string>& inputs, ReadResult& result);

}  // namespace wpptrace::decoder
