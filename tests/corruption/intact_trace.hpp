// intact_trace.hpp - what the corruption suite knows of the intact trace before damaging it:
// every packet of every stream file (read with the fast reader's own stream walk, on the
// intact files only), the byte span of each of its events and how many are wpp messages, and
// where in the metadata file each top-level declaration ends. From this, and from the bytes a
// mutant damages, the suite computes what a decoder must still recover: the messages of the
// packets the damage did not touch.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace wpptrace::corruption {

struct EventSpan {
    std::uint64_t offset = 0, bytes = 0;  // in the stream file
    bool message = false;                 // a wpp:* event: one decoded line
};

struct Packet {
    std::size_t file = 0;  // IntactTrace::stream_files
    std::uint64_t offset = 0, bytes = 0;
    std::uint64_t body = 0;  // the byte where its first event starts (after header and context)
    std::uint64_t stream_class = 0;
    std::set<std::uint64_t> event_classes;  // the ids of the event classes it holds
    std::vector<EventSpan> events;
    std::uint64_t messages = 0;
    std::int64_t begin_ns = 0, end_ns = 0;  // ns since the epoch
};

struct IntactTrace {
    std::string root;                       // the trace directory `wpptrace record -o` wrote
    std::string stream_dir;                 // the directory of metadata, streams and index/
    std::vector<std::string> stream_files;  // names in stream_dir, sorted
    std::vector<Packet> packets;            // by file, then offset
    std::uint64_t messages = 0;
    // The metadata file: its size, where its packets start, and for each top-level
    // declaration the file byte just after its end (a cut at or after it keeps it whole).
    std::uint64_t metadata_bytes = 0;
    std::vector<std::uint64_t> metadata_packets;
    std::uint64_t streams_need = 0;  // the preamble (trace, env, clock) and stream classes
    std::map<std::uint64_t, std::uint64_t> stream_class_end;
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::uint64_t> event_class_end;

    // The packets of stream file `file`, in order.
    std::vector<std::size_t> packets_of(std::size_t file) const;
    // Whether packet `p` still decodes with the metadata cut at byte `cut`.
    bool declared_whole(const Packet& p, std::uint64_t cut) const;
};

// Reads the trace under `root` (one stream directory: ust/uid/N/64-bit). Throws
// std::runtime_error when it is not an intact trace this suite can use.
IntactTrace read_intact_trace(const std::string& root);

}  // namespace wpptrace::corruption
