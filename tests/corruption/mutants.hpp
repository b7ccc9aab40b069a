// mutants.hpp - seeded damage to a copy of the intact trace, and what each damage touches.
//
// A mutant is one kind of damage (a flipped bit in a packet header, a packet context, an event
// header or an event's context and payload; a zeroed range; a stream cut at or inside a
// packet; metadata cut at or inside one of its packets; two stream files swapped; a stray
// file), drawn from a fixed seed so that every run damages the same bytes. It knows which
// packets its bytes fall in (those are lost, at most) and, for a metadata cut, where the
// metadata ends: every other message of the intact trace must still be decoded.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "intact_trace.hpp"

namespace wpptrace::corruption {

enum class Kind {
    packet_header_bit,
    packet_context_bit,
    event_header_bit,
    event_payload_bit,
    zeroed_range,
    stream_cut_at_packet,
    stream_cut_inside_packet,
    metadata_cut_at_packet,
    metadata_cut_inside_packet,
    swapped_streams,
    stray_file,
    // Without `index/` (a trace copied without it): damage found by decoding alone.
    packet_header_bit_no_index,
    zeroed_range_no_index,
};
inline constexpr int kinds = 13;

const char* kind_name(Kind kind);

struct Mutant {
    Kind kind{};
    std::string what;               // the damage in words: file, byte, bit
    std::set<std::size_t> damaged;  // packets (IntactTrace::packets) whose bytes it touches
    std::uint64_t metadata_end = UINT64_MAX;  // a metadata cut: the bytes left
    // Applies the damage to `stream_dir`, a copy of the intact trace's stream directory.
    void apply(const std::string& stream_dir) const;

    // What apply() does, in data: bytes XORed, zeroed, a file cut, swapped or added.
    struct Edit {
        enum class Op { xor_byte, zero, cut, swap, add_file, add_dir, remove } op{};
        std::string file, other;  // other: the file swapped with; add_file: the content
        std::uint64_t offset = 0, bytes = 0;
        std::uint8_t mask = 0;
    };
    std::vector<Edit> edits;
};

// `count` mutants from `seed`, the kinds in turn.
std::vector<Mutant> make_mutants(const IntactTrace& trace, std::uint64_t seed, int count);

}  // namespace wpptrace::corruption
