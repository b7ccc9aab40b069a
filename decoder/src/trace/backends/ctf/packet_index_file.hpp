// packet_index_file.hpp - LTTng's packet index of a stream file (`index/<stream>.idx`).
//
// The relay and consumer daemons write, beside each stream file, one big-endian entry per
// packet: its offset, sizes, times, discarded-events counter, stream class and (version 1.1)
// instance id and sequence number. The index is a separate file, so damage inside a stream
// leaves it true: the fast reader resynchronises on it after a damaged packet and compares the
// packets it finds against it, so that packets missing from the stream are not lost silently.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wpptrace::decoder::ctf {

struct PacketIndexEntry {
    std::uint64_t offset = 0;  // bytes
    std::uint64_t packet_bits = 0, content_bits = 0;
    std::uint64_t begin = 0, end = 0;  // clock cycles
    std::uint64_t discarded = 0;
    std::uint64_t stream_id = 0;
    std::uint64_t instance_id = 0, seq_num = 0;
    bool has_instance_and_seq = false;  // index version 1.1 and later
};

struct PacketIndexFile {
    bool present = false;  // the file exists
    std::vector<PacketIndexEntry> entries;
    std::string error;  // present but unusable: why (the entries are then empty)
};

// Reads `<dir of stream>/index/<stream name>.idx`. An index that contradicts itself (offsets
// not increasing, a packet overlapping the next, sizes not whole bytes) is unusable.
PacketIndexFile read_packet_index_file(const std::string& stream_path);

}  // namespace wpptrace::decoder::ctf
