// ifr_reader.hpp - reads in-flight recorder files (<wpp/ifr_format.h>): what a process's
// drivers left in their recorders, alive or dead, as visitor calls through the one
// WppEventMapper, so that `wpptrace ifr dump` decodes with the decode pipeline.
//
// A recorder file is untrusted input: every size, position and count is checked. A file that is
// no recorder, or whose header is impossible, is an error naming it; a ring whose records do not
// chain (sizes, sequence numbers) stops there with a warning, keeping the whole records before.
// A message that was being written when the process died (a torn one) is reported, never
// decoded. Nothing is ever shown that the file does not hold as a whole record.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "wpptrace/decoder/read_result.hpp"
#include "wpptrace/decoder/time_format.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder {

// What a recorder's header says, and what its rings held.
struct IfrRecorderInfo {
    std::string file;
    std::string module, log, path, build_id, process, fault;
    std::uint32_t pid = 0;
    std::uint32_t ring_count = 0, ring_bytes = 0;
    bool closed = false;  // WPP_CLEANUP or WppRecorderLogDelete closed it
    bool live = false;    // its process still maps it (set by the file reader)
    std::int64_t created_ns = 0;
    // What the messages' times are: the recorder's mode (precise, milliseconds: the kernel's
    // tick clock, or none), the clock (WPP_IFR_CLOCK_*) and its resolution (0: not known).
    TimeGranularity time_granularity = TimeGranularity::nanoseconds;
    std::uint32_t clock = 0;
    std::uint32_t clock_resolution_ns = 0;
    std::uint64_t messages = 0;    // whole messages found
    std::uint64_t unrecorded = 0;  // from threads past the rings
    std::uint64_t dropped = 0;     // larger than a ring
    std::uint64_t torn = 0;        // cut off by the process's end
};

// One message of a recorder, its time converted to ns since the epoch (floored to the
// millisecond in millisecond mode; 0 when the recorder read no clock).
struct IfrMessage {
    std::int64_t time_ns = 0;
    std::uint64_t sequence = 0;
    std::uint64_t msg_id = 0;
    std::uint32_t ring = 0;
    std::uint32_t tid = 0;
    std::uint32_t flags = 0;
    std::uint32_t cpu = 0;  // the CPU it was written on, when has_cpu
    bool has_cpu = false;
    std::uint8_t level = 0;
    std::uint32_t first_word = 0, word_count = 0;  // in IfrImage::words
};

struct IfrImage {
    IfrRecorderInfo info;
    std::vector<IfrMessage> messages;  // ring by ring, oldest first
    std::vector<std::uint64_t> words;
    std::vector<std::string> warnings;  // rings cut short, torn messages
};

// Where a live process's rings were before and after the file was copied: records are taken
// from max(tail in the copy, tail_after) to head_before, which were whole throughout the copy.
struct IfrRingBounds {
    std::uint64_t head_before = 0, tail_after = 0;
};

// Parses one recorder image. Throws Error ("NAME: ...") when it is no recorder or its header
// is impossible. `live`: per ring bounds of a recorder still written (empty for a dead one);
// with them no message counts as torn.
IfrImage parse_ifr_image(std::span<const unsigned char> image, const std::string& name,
                         std::span<const IfrRingBounds> live = {});

// The recorder files an argument names: a file, a directory of *.ifr, or a process id (its
// directory under the recorder directory). Throws Error when there is none.
std::vector<std::string> find_ifr_files(const std::string& argument);

// The recorder directory (WPPTRACE_IFR_DIR, else $XDG_RUNTIME_DIR/wpptrace/ifr, else
// /tmp/wpptrace-UID/ifr), as the runtime chooses it.
std::string ifr_base_dir();

// Reads one file (copying it; a live recorder with its ring bounds around the copy). Throws
// Error naming the file when it cannot be read or is no recorder.
IfrImage read_ifr_file(const std::string& path);

// The recorder's time mode in words, for `ifr list` and the dump's note: "precise (TSC)",
// "ms (tick 4 ms)", "none".
std::string describe_ifr_clock(const IfrRecorderInfo& info);

// Every message of `files` to the visitor in time order, each recorder's catalog first: from
// the driver binary its header names, when that binary has the recorded build id (else its
// messages stay Unknown, with a warning). Messages of one millisecond (or of a recorder that
// read no clock) go by thread id, then in the thread's order: the order of threads within one
// tick was not recorded. Torn messages, a fault the host noted, unrecorded and
// dropped messages are warnings of the result.
ReadResult read_recorders(const std::vector<std::string>& files, TraceVisitor& visitor);

// The same over images already parsed (the fuzz target), without catalogs.
void visit_ifr_images(const std::vector<IfrImage>& images, TraceVisitor& visitor,
                      ReadResult& result);

}  // namespace wpptrace::decoder
