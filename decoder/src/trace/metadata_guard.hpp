// metadata_guard.hpp - checks a CTF trace's metadata before babeltrace2 sees it.
//
// babeltrace2 2.0.4 loops forever on packetized metadata (what LTTng writes) whose last packet
// is cut short: a trace copied while recording, a disk that filled up. The guard walks the
// metadata packets; when the file ends inside one, the decoder reads the trace through a
// private copy of the directory whose metadata stops at the last whole packet, and says so.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder {

struct MetadataCheck {
    bool packetized = false;        // LTTng's packet form (else plain TSDL text)
    bool truncated = false;         // the file ends inside a packet
    std::uint64_t whole_bytes = 0;  // bytes of whole packets (the usable part when truncated)
    std::string error;              // unreadable file or nonsense packet header
};

MetadataCheck check_metadata(const std::string& metadata_path);

// Makes `scratch_dir` a stand-in for `trace_dir`: links to its stream and index files (but
// those named in `leave_out`) and a copy of its metadata cut to `whole_bytes`. Throws Error.
void make_trimmed_copy(const std::string& trace_dir, const std::string& scratch_dir,
                       std::uint64_t whole_bytes, const std::vector<std::string>& leave_out = {});

}  // namespace wpptrace::decoder
