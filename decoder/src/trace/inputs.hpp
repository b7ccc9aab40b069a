// inputs.hpp - the trace directories below what the user named, each checked before any
// reader sees it.
//
// Finding the trace directories and guarding their metadata (metadata_guard.hpp) is our own
// code on file names and bytes, run in the calling process. Our own reader reads the
// directories as they are (it contains damage itself, and skips the files that are no
// streams). Only when babeltrace2 must read them is a directory whose metadata babeltrace2
// would hang on, whose streams end inside a packet, or that holds files that are no streams,
// replaced by a stand-in under $TMPDIR: links to the good files, copies of the cut ones up to
// their last whole packet.
#pragma once

#include <cstdint>
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

// What babeltrace2 could not read in a trace directory as it is.
struct StreamCut {
    std::string file;
    std::uint64_t whole_bytes = 0, size = 0;
};
struct InputDamage {
    bool metadata_cut = false;
    std::uint64_t metadata_whole_bytes = 0;
    std::vector<StreamCut> cuts;
};

struct TraceInputs {
    std::vector<std::string> dirs;               // the trace directories found
    std::vector<std::vector<std::string>> skip;  // per directory: its files that are no streams
    std::vector<InputDamage> damage;             // per directory
    ScratchDir scratch;                          // holds babeltrace2's stand-ins
};

// Every trace directory below `inputs` (session or trace directories); what cannot be read
// goes to result.errors, files that are no streams to result.warnings.
TraceInputs find_trace_inputs(const std::vector<std::string>& inputs, ReadResult& result);

// The directories babeltrace2 reads for `found` (stand-ins where needed) and their names as
// found; what makes a stand-in, and what it leaves out, goes to `result`.
struct BabeltraceInputs {
    std::vector<std::string> dirs, names;
};
BabeltraceInputs babeltrace_inputs(TraceInputs& found, ReadResult& result);

}  // namespace wpptrace::decoder
