// stream_reader.cpp - packets and events of CTF stream files (see stream_reader.hpp).
#include "stream_reader.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "packet_index_file.hpp"
#include "unique_handles.hpp"

namespace wpptrace::decoder::ctf {
namespace {

constexpr std::uint64_t lttng_packet_magic = 0xC1FC1FC1;

bool seen(const DecodeState& s, Role role) {
    return s.roles_seen & (1u << static_cast<int>(role));
}
std::uint64_t role(const DecodeState& s, Role r) {
    return s.roles[static_cast<int>(r)];
}

// Decodes the packet header and context at `offset`; fills `info`. The state is left after
// the context, its clock at the packet's beginning.
std::string decode_packet_start(const TraceLayout& layout, const StreamFile& file,
                                std::uint64_t offset, PacketInfo& info, DecodeState& s,
                                const StreamLayout*& stream) {
    std::uint64_t left = file.size() - offset;
    s.data = file.data() + offset;
    // Until the packet size is known, reads may go to the end of the file.
    s.end = left > (std::uint64_t{1} << 60) ? std::uint64_t{1} << 63 : left * 8;
    s.bit = 0;
    s.roles_seen = 0;
    s.error = nullptr;
    if (!decode_scope(layout.packet_header, s)) return std::string("packet header: ") + s.error;
    if (seen(s, Role::magic) && role(s, Role::magic) != lttng_packet_magic)
        return "bad packet magic number";
    if (const Node* uuid = layout.packet_header.node_of("uuid");
        uuid && !layout.trace.uuid.empty() &&
        (uuid->op == Node::Op::array || uuid->op == Node::Op::text_array) && uuid->length == 16 &&
        uuid->children[0].size == 8) {
        const Value& v = s.values[uuid->slot];
        static const char hex[] = "0123456789abcdef";
        std::string text;
        for (int i = 0; i < 16; ++i) {
            std::uint8_t b = s.data[v.bit / 8 + static_cast<std::uint64_t>(i)];
            if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
            text += hex[b >> 4];
            text += hex[b & 15];
        }
        if (text != layout.trace.uuid) return "packet of another trace (UUID " + text + ")";
    }
    info.stream_id = seen(s, Role::stream_id) ? role(s, Role::stream_id) : 0;
    if (!seen(s, Role::stream_id) && layout.streams.size() != 1)
        return "packet without a stream id";
    auto it =
        seen(s, Role::stream_id) ? layout.streams.find(info.stream_id) : layout.streams.begin();
    if (it == layout.streams.end())
        return "packet of unknown stream class " + std::to_string(info.stream_id);
    stream = &it->second;
    info.stream_id = it->first;
    info.has_instance_id = seen(s, Role::stream_instance_id);
    info.instance_id = role(s, Role::stream_instance_id);
    if (!decode_scope(stream->packet_context, s)) return std::string("packet context: ") + s.error;
    if (!seen(s, Role::packet_size)) return "packet without a packet size";
    std::uint64_t packet_bits = role(s, Role::packet_size);
    std::uint64_t content_bits =
        seen(s, Role::content_size) ? role(s, Role::content_size) : packet_bits;
    if (packet_bits % 8 || packet_bits == 0) return "packet size not a whole number of bytes";
    if (packet_bits / 8 > left) return "packet larger than the rest of the file";
    if (content_bits > packet_bits) return "packet content larger than the packet";
    if (s.bit > content_bits) return "packet context larger than the packet content";
    info.offset = offset;
    info.bytes = packet_bits / 8;
    info.content_bits = content_bits;
    info.body_bit = s.bit;
    info.has_begin = seen(s, Role::timestamp_begin);
    info.begin = role(s, Role::timestamp_begin);
    info.has_end = seen(s, Role::timestamp_end);
    info.end = role(s, Role::timestamp_end);
    info.has_seq_num = seen(s, Role::packet_seq_num);
    info.seq_num = role(s, Role::packet_seq_num);
    info.has_discarded = seen(s, Role::events_discarded);
    info.discarded = role(s, Role::events_discarded);
    info.has_cpu_id = seen(s, Role::cpu_id);
    info.cpu_id = role(s, Role::cpu_id);
    s.end = content_bits;
    // Events' narrow timestamps count from the packet's beginning time.
    if (info.has_begin) s.clock = info.begin;
    return {};
}

const EventLayout* decode_event(const StreamLayout& stream, DecodeState& s) {
    s.roles_seen = 0;
    if (!decode_scope(stream.event_header, s)) return nullptr;
    std::uint64_t id = 0;
    if (seen(s, Role::event_id))
        id = role(s, Role::event_id);
    else if (!stream.events.empty())
        id = stream.events.front().event->id;
    const EventLayout* event = stream.find(id);
    if (!event) {
        s.error = "an event of an unknown class";
        return nullptr;
    }
    if (!decode_scope(stream.event_context, s) || !decode_scope(event->context, s) ||
        !decode_scope(event->payload, s))
        return nullptr;
    return event;
}

}  // namespace

StreamFile::~StreamFile() {
    if (mapped_) ::munmap(const_cast<std::uint8_t*>(data_), size_);
}

StreamFile::StreamFile(StreamFile&& other) noexcept
    : path_(std::move(other.path_)),
      data_(other.data_),
      size_(other.size_),
      mapped_(other.mapped_) {
    other.data_ = nullptr;
    other.size_ = 0;
    other.mapped_ = false;
}

std::string StreamFile::open(const std::string& path) {
    path_ = path;
    const util::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return "cannot open " + path + ": " + std::strerror(errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return "cannot read " + path;
    size_ = static_cast<std::uint64_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd.get(), 0);
        if (p == MAP_FAILED) return "cannot map " + path + ": " + std::strerror(errno);
        ::madvise(p, size_, MADV_SEQUENTIAL);
        data_ = static_cast<const std::uint8_t*>(p);
        mapped_ = true;
    }
    return {};
}

void StreamFile::open_bytes(const std::uint8_t* data, std::uint64_t size, std::string name) {
    path_ = std::move(name);
    data_ = data;
    size_ = size;
}

void StreamFile::release(std::uint64_t offset, std::uint64_t size) const {
    if (!mapped_) return;
    static const auto page = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
    std::uint64_t begin = (offset + page - 1) / page * page;
    std::uint64_t end = (offset + size) / page * page;
    if (end > begin)
        ::madvise(const_cast<std::uint8_t*>(data_) + begin, end - begin, MADV_DONTNEED);
}

std::string index_packets(const TraceLayout& layout, const StreamFile& file,
                          std::uint32_t file_index, std::vector<PacketInfo>& packets,
                          std::vector<Value>& values) {
    DecodeState s;
    s.values = values.data();
    std::uint64_t offset = 0;
    while (offset < file.size()) {
        PacketInfo info;
        info.file = file_index;
        const StreamLayout* stream = nullptr;
        std::string error = decode_packet_start(layout, file, offset, info, s, stream);
        if (!error.empty())
            return file.path() + ": packet at byte " + std::to_string(offset) + ": " + error;
        packets.push_back(info);
        // Only its start was read (and the pages the kernel mapped around it).
        file.release(offset, std::min<std::uint64_t>(info.bytes, std::uint64_t{1} << 20));
        offset += info.bytes;
    }
    return {};
}

namespace {

// The first field that places a decoded packet (its size, times, stream) in which it
// contradicts its index entry, or "".
std::string disagreement(const PacketInfo& p, const PacketIndexEntry& e) {
    if (p.bytes * 8 != e.packet_bits) return "packet size";
    if (p.content_bits != e.content_bits) return "content size";
    if (p.has_begin && p.begin != e.begin) return "beginning time";
    if (p.has_end && p.end != e.end) return "end time";
    if (p.stream_id != e.stream_id) return "stream class";
    if (e.has_instance_and_seq && p.has_instance_id && p.instance_id != e.instance_id)
        return "stream instance";
    // The loss counters (sequence number, discarded events) are not compared: they have
    // checks of their own, which report an impossible value as corruption (fast_reader.cpp).
    return {};
}

// A damaged packet's place in its stream, as its index entry gives it.
void take_from_index(PacketInfo& p, const PacketIndexEntry& e) {
    p.stream_id = e.stream_id;
    p.has_instance_id = e.has_instance_and_seq;
    p.instance_id = e.instance_id;
    p.has_seq_num = e.has_instance_and_seq;
    p.seq_num = e.seq_num;
    p.begin = e.begin;
    p.end = e.end;
    p.has_begin = p.has_end = true;
}

// The next offset after `from` where a packet header and context decode whole: the packet
// magic, in either byte order, then a decode that succeeds. file.size() when there is none.
std::uint64_t next_packet_start(const TraceLayout& layout, const StreamFile& file,
                                std::uint64_t from, DecodeState& s) {
    static const std::uint8_t little[4] = {0xC1, 0x1F, 0xFC, 0xC1};
    static const std::uint8_t big[4] = {0xC1, 0xFC, 0x1F, 0xC1};
    const std::uint8_t* magic = layout.trace.byte_order == ByteOrder::big ? big : little;
    for (std::uint64_t at = from + 1; at + 4 <= file.size();) {
        const void* hit = ::memmem(file.data() + at, file.size() - at, magic, 4);
        if (!hit) break;
        at = static_cast<std::uint64_t>(static_cast<const std::uint8_t*>(hit) - file.data());
        PacketInfo probe;
        const StreamLayout* stream = nullptr;
        if (decode_packet_start(layout, file, at, probe, s, stream).empty()) return at;
        ++at;
    }
    return file.size();
}

}  // namespace

bool index_of_another_stream(const TraceLayout& layout, const StreamFile& file,
                             const PacketIndexFile& index, std::vector<Value>& values) {
    constexpr std::size_t probes = 16;  // enough to tell, few enough to cost nothing
    DecodeState s;
    s.values = values.data();
    std::size_t agree = 0, disagree = 0;
    for (const PacketIndexEntry& e : index.entries) {
        if (agree + disagree == probes) break;
        if (e.offset >= file.size()) continue;
        PacketInfo info;
        const StreamLayout* stream = nullptr;
        if (!decode_packet_start(layout, file, e.offset, info, s, stream).empty()) continue;
        const bool same =
            info.stream_id == e.stream_id &&
            (!e.has_instance_and_seq || !info.has_instance_id || info.instance_id == e.instance_id);
        ++(same ? agree : disagree);
    }
    return agree == 0 && disagree > 0;
}

void walk_packets(const TraceLayout& layout, const StreamFile& file, std::uint32_t file_index,
                  const PacketIndexFile* index, std::vector<PacketInfo>& packets,
                  std::vector<Value>& values) {
    DecodeState s;
    s.values = values.data();
    const std::vector<PacketIndexEntry>* entries =
        index && index->error.empty() && !index->entries.empty() ? &index->entries : nullptr;
    std::size_t next_entry = 0;  // the first entry at or after the walk's offset
    const std::size_t first = packets.size();
    std::uint64_t offset = 0;
    while (offset < file.size()) {
        while (entries && next_entry < entries->size() && (*entries)[next_entry].offset < offset)
            ++next_entry;
        const PacketIndexEntry* entry =
            entries && next_entry < entries->size() && (*entries)[next_entry].offset == offset
                ? &(*entries)[next_entry]
                : nullptr;
        PacketInfo info;
        info.file = file_index;
        const StreamLayout* stream = nullptr;
        std::string error = decode_packet_start(layout, file, offset, info, s, stream);
        if (error.empty() && entry) {
            const std::string field = disagreement(info, *entry);
            if (!field.empty())
                error = "its " + field + " disagrees with the packet index (a corrupt packet " +
                        "context)";
        }
        if (error.empty()) {
            packets.push_back(info);
            // Only its start was read (and the pages the kernel mapped around it).
            file.release(offset, std::min<std::uint64_t>(info.bytes, std::uint64_t{1} << 20));
            offset += info.bytes;
            continue;
        }
        if (error == "packet larger than the rest of the file") error = stream_cut_short;
        // Damaged: resynchronise on the index, else on the next packet that decodes.
        std::uint64_t next = file.size();
        if (entries) {
            std::size_t k = next_entry;
            while (k < entries->size() && (*entries)[k].offset <= offset) ++k;
            if (k < entries->size() && (*entries)[k].offset < file.size())
                next = (*entries)[k].offset;
        } else {
            next = next_packet_start(layout, file, offset, s);
        }
        PacketInfo damaged;
        damaged.file = file_index;
        damaged.offset = offset;
        damaged.bytes = next - offset;
        damaged.damage = std::move(error);
        if (entry) take_from_index(damaged, *entry);
        packets.push_back(std::move(damaged));
        offset = next;
    }
    // Packets the index lists beyond the file's end: the stream was cut at a packet boundary
    // (or emptied).
    if (entries)
        for (const PacketIndexEntry& e : *entries) {
            if (e.offset < file.size()) continue;
            PacketInfo missing;
            missing.file = file_index;
            missing.offset = e.offset;
            missing.bytes = e.packet_bits / 8;
            missing.missing = true;
            missing.damage = "missing: the stream file ends at byte " + std::to_string(file.size());
            take_from_index(missing, e);
            packets.push_back(std::move(missing));
        }
    // A damaged packet the index did not place takes the time between its neighbours, and
    // their stream.
    for (std::size_t i = first; i < packets.size(); ++i) {
        PacketInfo& p = packets[i];
        if (p.damage.empty() || p.has_begin) continue;
        const PacketInfo* before = nullptr;
        const PacketInfo* after = nullptr;
        for (std::size_t k = i; k-- > first;)
            if (packets[k].has_end) {
                before = &packets[k];
                break;
            }
        for (std::size_t k = i + 1; k < packets.size(); ++k)
            if (packets[k].damage.empty() && packets[k].has_begin) {
                after = &packets[k];
                break;
            }
        if (before) {
            p.begin = p.end = before->end;
            p.has_begin = p.has_end = true;
        } else if (after) {
            p.begin = p.end = after->begin;
            p.has_begin = p.has_end = true;
        }
        if (const PacketInfo* ids = after ? after : before) {
            p.stream_id = ids->stream_id;
            p.instance_id = ids->instance_id;
            p.has_instance_id = ids->has_instance_id;
        }
    }
}

std::string validate_packet(const TraceLayout& layout, const StreamFile& file,
                            const PacketInfo& packet, std::vector<Value>& values) {
    PacketCursor cursor;
    if (!cursor.start(layout, file, packet, values.data()))
        return file.path() + ": packet at byte " + std::to_string(packet.offset) + ": " +
               (cursor.error() ? cursor.error() : "unreadable");
    while (cursor.next()) {
    }
    if (cursor.error())
        return file.path() + ": packet at byte " + std::to_string(packet.offset) + ": " +
               cursor.error();
    return {};
}

bool PacketCursor::start(const TraceLayout& layout, const StreamFile& file,
                         const PacketInfo& packet, Value* values) {
    PacketInfo again;
    state_.values = values;
    std::string error = decode_packet_start(layout, file, packet.offset, again, state_, stream_);
    if (!error.empty() || again.bytes != packet.bytes) {
        state_.error = "packet changed while reading";
        return false;
    }
    return true;
}

const EventLayout* PacketCursor::next() {
    if (state_.error || state_.bit >= state_.end) return nullptr;
    return decode_event(*stream_, state_);
}

}  // namespace wpptrace::decoder::ctf
