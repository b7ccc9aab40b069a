// stream_reader.hpp - the packets and events of CTF stream files, with a compiled trace
// layout (trace_layout.hpp).
//
// A StreamFile maps one stream file. index_packets() walks its packets (header and context
// only) and checks every size against the file; validate_packet() decodes every event of a
// packet without keeping anything, so that a trace is known to be readable to its end before
// a single event is reported. A PacketCursor then reads a packet's events one by one; its
// values stay valid until the next event.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "field_decoder.hpp"
#include "trace_layout.hpp"

namespace wpptrace::decoder::ctf {

// A stream file mapped read-only; pages already read can be dropped to keep memory flat.
class StreamFile {
  public:
    StreamFile() = default;
    ~StreamFile();
    StreamFile(const StreamFile&) = delete;
    StreamFile& operator=(const StreamFile&) = delete;
    StreamFile(StreamFile&& other) noexcept;
    StreamFile& operator=(StreamFile&&) = delete;

    // "" on success.
    std::string open(const std::string& path);
    // The same over bytes owned by the caller (tests, fuzzing).
    void open_bytes(const std::uint8_t* data, std::uint64_t size, std::string name);

    const std::uint8_t* data() const { return data_; }
    std::uint64_t size() const { return size_; }
    const std::string& path() const { return path_; }
    // Tells the kernel the bytes [offset, offset + size) will not be read again soon.
    void release(std::uint64_t offset, std::uint64_t size) const;

  private:
    std::string path_;
    const std::uint8_t* data_ = nullptr;
    std::uint64_t size_ = 0;
    bool mapped_ = false;
};

struct PacketInfo {
    std::uint32_t file = 0;    // index of its StreamFile (the caller's numbering)
    std::uint64_t offset = 0;  // bytes, in the file
    std::uint64_t bytes = 0;   // packet size
    std::uint64_t content_bits = 0;
    std::uint64_t body_bit = 0;  // where its first event starts, from the packet's start
    std::uint64_t stream_id = 0;
    std::uint64_t instance_id = 0;
    bool has_instance_id = false;
    std::uint64_t begin = 0, end = 0;  // clock cycles
    bool has_begin = false, has_end = false;
    std::uint64_t seq_num = 0;
    bool has_seq_num = false;
    std::uint64_t discarded = 0;  // events discarded in the stream so far
    bool has_discarded = false;
    std::uint64_t cpu_id = 0;  // the CPU whose ring buffer wrote it: one per stream
    bool has_cpu_id = false;
    // A packet that cannot be read: "" when it can. Its bytes are skipped, and it is reported
    // as one lost packet; its times and numbers come from the index when there is one.
    std::string damage;
    bool missing = false;                    // listed by the index, beyond the file's end
    std::uint64_t events_before_damage = 0;  // events decoded before the damage (dropped)
};

// The damage of a packet that the end of its file cuts short.
inline constexpr const char* stream_cut_short = "the stream file ends inside it";

struct PacketIndexFile;

// The packets of `file` with damage contained: a packet whose header or context cannot be
// decoded, whose size is impossible, or that contradicts the stream's packet index (`index`,
// may be null) is marked damaged, and the walk resynchronises on the next packet: the next
// offset the index lists, else the next place in the file where a whole packet header and
// context decode. Packets the index lists beyond the file's end are added as missing.
void walk_packets(const TraceLayout& layout, const StreamFile& file, std::uint32_t file_index,
                  const PacketIndexFile* index, std::vector<PacketInfo>& packets,
                  std::vector<Value>& values);

// Whether `index` describes another stream than `file` (stream files renamed or swapped): the
// packets that decode at the offsets it lists all belong to another stream class or instance
// than its entries say. Such an index is not the file's: reading it would call every packet
// of the file damaged.
bool index_of_another_stream(const TraceLayout& layout, const StreamFile& file,
                             const PacketIndexFile& index, std::vector<Value>& values);

// Appends the packets of `file` to `packets`; "" or what is wrong (and where).
std::string index_packets(const TraceLayout& layout, const StreamFile& file,
                          std::uint32_t file_index, std::vector<PacketInfo>& packets,
                          std::vector<Value>& values);

// Decodes every event of `packet` and drops nothing; "" or what is wrong.
std::string validate_packet(const TraceLayout& layout, const StreamFile& file,
                            const PacketInfo& packet, std::vector<Value>& values);

// Reads one packet's events in order.
class PacketCursor {
  public:
    // Starts at the packet's first event; decodes its header and context again (the values
    // of the packet context are needed with every event: cpu_id) and sets the clock.
    bool start(const TraceLayout& layout, const StreamFile& file, const PacketInfo& packet,
               Value* values);
    // The next event, or nullptr at the packet's end (or on a decoding error: error()).
    const EventLayout* next();
    std::uint64_t clock() const { return state_.clock; }
    const char* error() const { return state_.error; }
    const std::uint8_t* data() const { return state_.data; }
    // Bytes from the packet's start to where the next event begins.
    std::uint64_t bytes_read() const { return state_.bit / 8; }
    const StreamLayout* stream() const { return stream_; }

  private:
    DecodeState state_;
    const StreamLayout* stream_ = nullptr;
};

}  // namespace wpptrace::decoder::ctf
