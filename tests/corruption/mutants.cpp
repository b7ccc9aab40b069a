// mutants.cpp - seeded damage to a copy of the intact trace (see mutants.hpp).
#include "mutants.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace wpptrace::corruption {
namespace {

namespace fs = std::filesystem;

// LTTng-UST's packet header: magic (4 bytes), trace UUID (16), stream class id (4), stream
// instance id (8); the packet context follows up to the first event.
constexpr std::uint64_t packet_header_bytes = 32;
// The compact event header: a 5-bit class id and a 27-bit timestamp (the extended form,
// for ids of 31 and more, is longer: its first 4 bytes are still header).
constexpr std::uint64_t event_header_bytes = 4;

// splitmix64: the same numbers on every platform and library (std:: distributions are not).
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    // A position in [lo, hi), hi > lo.
    std::uint64_t in(std::uint64_t lo, std::uint64_t hi) { return lo + below(hi - lo); }

  private:
    std::uint64_t state_;
};

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_all(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

// The packets of stream file `file` that bytes [lo, hi) overlap.
std::set<std::size_t> touched(const IntactTrace& t, std::size_t file, std::uint64_t lo,
                              std::uint64_t hi) {
    std::set<std::size_t> hit;
    for (std::size_t i : t.packets_of(file)) {
        const Packet& p = t.packets[i];
        if (p.offset < hi && lo < p.offset + p.bytes) hit.insert(i);
    }
    return hit;
}

std::string at(const IntactTrace& t, std::size_t file, std::uint64_t offset) {
    return t.stream_files[file] + " byte " + std::to_string(offset);
}

// One flipped bit at a bit position in [lo_bit, hi_bit) of `file`.
Mutant flip(const IntactTrace& t, Kind kind, Random& r, std::size_t file, std::uint64_t lo_bit,
            std::uint64_t hi_bit) {
    const std::uint64_t bit = r.in(lo_bit, hi_bit);
    Mutant m;
    m.kind = kind;
    m.edits.push_back({Mutant::Edit::Op::xor_byte,
                       t.stream_files[file],
                       {},
                       bit / 8,
                       1,
                       static_cast<std::uint8_t>(1u << (bit % 8))});
    m.damaged = touched(t, file, bit / 8, bit / 8 + 1);
    m.what = at(t, file, bit / 8) + " bit " + std::to_string(bit % 8);
    return m;
}

// 1 to 512 zeroed bytes from a place inside packet `p` (into the next packet, at times).
Mutant zero(const IntactTrace& t, Kind kind, Random& r, const Packet& p) {
    const std::uint64_t from = r.in(p.offset, p.offset + p.bytes);
    const std::uint64_t bytes = 1 + r.below(512);
    Mutant m;
    m.kind = kind;
    m.edits.push_back({Mutant::Edit::Op::zero, t.stream_files[p.file], {}, from, bytes, 0});
    m.damaged = touched(t, p.file, from, from + bytes);
    m.what = at(t, p.file, from) + ": " + std::to_string(bytes) + " bytes zeroed";
    return m;
}

Mutant cut_stream(const IntactTrace& t, Kind kind, std::size_t file, std::uint64_t offset) {
    Mutant m;
    m.kind = kind;
    m.edits.push_back({Mutant::Edit::Op::cut, t.stream_files[file], {}, offset, 0, 0});
    m.damaged = touched(t, file, offset, UINT64_MAX);
    m.what = t.stream_files[file] + " cut at byte " + std::to_string(offset);
    return m;
}

Mutant cut_metadata(Kind kind, std::uint64_t offset) {
    Mutant m;
    m.kind = kind;
    m.edits.push_back({Mutant::Edit::Op::cut, "metadata", {}, offset, 0, 0});
    m.metadata_end = offset;
    m.what = "metadata cut at byte " + std::to_string(offset);
    return m;
}

Mutant stray(const IntactTrace& t, Random& r) {
    Mutant m;
    m.kind = Kind::stray_file;
    Mutant::Edit e;
    e.op = Mutant::Edit::Op::add_file;
    switch (r.below(5)) {
        case 0:
            e.file = "notes.txt";
            e.other = "copied from the test machine on Friday\n";
            break;
        case 1:
            e.file = "channel9_0";
            for (int i = 0; i < 4096; ++i) e.other += static_cast<char>(r.next());
            break;
        case 2:
            e.file = "wpp_99";
            break;
        case 3:
            e.op = Mutant::Edit::Op::add_dir;
            e.file = "old";
            break;
        default: {  // the start of a stream, under another name: a cut copy
            const std::size_t file = r.below(t.stream_files.size());
            e.file = t.stream_files[file] + ".bak";
            e.other = read_all(t.stream_dir + "/" + t.stream_files[file]);
            e.other.resize(e.other.size() / 2 + 1);
            break;
        }
    }
    m.what = (e.op == Mutant::Edit::Op::add_dir ? "a directory " : "a stray file ") + e.file +
             " (" + std::to_string(e.other.size()) + " bytes)";
    m.edits.push_back(std::move(e));
    return m;
}

}  // namespace

const char* kind_name(Kind kind) {
    switch (kind) {
        case Kind::packet_header_bit:
            return "bit flip, packet header";
        case Kind::packet_context_bit:
            return "bit flip, packet context";
        case Kind::event_header_bit:
            return "bit flip, event header";
        case Kind::event_payload_bit:
            return "bit flip, event context/payload";
        case Kind::zeroed_range:
            return "zeroed range";
        case Kind::stream_cut_at_packet:
            return "stream cut at a packet";
        case Kind::stream_cut_inside_packet:
            return "stream cut inside a packet";
        case Kind::metadata_cut_at_packet:
            return "metadata cut at a packet";
        case Kind::metadata_cut_inside_packet:
            return "metadata cut inside a packet";
        case Kind::swapped_streams:
            return "stream files swapped";
        case Kind::stray_file:
            return "stray file";
        case Kind::packet_header_bit_no_index:
            return "no index: bit flip, packet header";
        case Kind::zeroed_range_no_index:
            return "no index: zeroed range";
    }
    return "?";
}

void Mutant::apply(const std::string& dir) const {
    for (const Edit& e : edits) {
        const std::string path = dir + "/" + e.file;
        switch (e.op) {
            case Edit::Op::xor_byte:
            case Edit::Op::zero: {
                std::string bytes = read_all(path);
                for (std::uint64_t i = e.offset; i < e.offset + e.bytes && i < bytes.size(); ++i)
                    bytes[i] = e.op == Edit::Op::zero ? '\0' : static_cast<char>(bytes[i] ^ e.mask);
                write_all(path, bytes);
                break;
            }
            case Edit::Op::cut:
                fs::resize_file(path, e.offset);
                break;
            case Edit::Op::swap:
                fs::rename(path, dir + "/.swap");
                fs::rename(dir + "/" + e.other, path);
                fs::rename(dir + "/.swap", dir + "/" + e.other);
                break;
            case Edit::Op::add_file:
                write_all(path, e.other);
                break;
            case Edit::Op::add_dir:
                fs::create_directory(path);
                break;
            case Edit::Op::remove:
                fs::remove_all(path);
                break;
        }
    }
}

std::vector<Mutant> make_mutants(const IntactTrace& t, std::uint64_t seed, int count) {
    Random r(seed);
    std::vector<std::size_t> with_events;
    for (std::size_t i = 0; i < t.packets.size(); ++i)
        if (!t.packets[i].events.empty()) with_events.push_back(i);
    if (t.packets.empty() || with_events.empty() || t.stream_files.size() < 2)
        throw std::runtime_error("the intact trace needs packets with events in two streams");
    std::vector<Mutant> mutants;
    for (int n = 0; n < count; ++n) {
        const auto kind = static_cast<Kind>(n % kinds);
        const Packet& p = t.packets[r.below(t.packets.size())];
        const Packet& full = t.packets[with_events[r.below(with_events.size())]];
        const EventSpan& event = full.events[r.below(full.events.size())];
        switch (kind) {
            case Kind::packet_header_bit:
                mutants.push_back(
                    flip(t, kind, r, p.file, p.offset * 8, (p.offset + packet_header_bytes) * 8));
                break;
            case Kind::packet_context_bit:
                mutants.push_back(
                    flip(t, kind, r, p.file, (p.offset + packet_header_bytes) * 8, p.body * 8));
                break;
            case Kind::event_header_bit:
                mutants.push_back(
                    flip(t, kind, r, full.file, event.offset * 8,
                         (event.offset + std::min(event.bytes, event_header_bytes)) * 8));
                break;
            case Kind::event_payload_bit:
                if (event.bytes <= event_header_bytes) {
                    --n;  // an event without context or payload: draw again
                    continue;
                }
                mutants.push_back(flip(t, kind, r, full.file,
                                       (event.offset + event_header_bytes) * 8,
                                       (event.offset + event.bytes) * 8));
                break;
            case Kind::zeroed_range:
                mutants.push_back(zero(t, kind, r, p));
                break;
            case Kind::stream_cut_at_packet:
                mutants.push_back(cut_stream(t, kind, p.file, p.offset));
                break;
            case Kind::stream_cut_inside_packet:
                mutants.push_back(
                    cut_stream(t, kind, p.file, r.in(p.offset + 1, p.offset + p.bytes)));
                break;
            case Kind::metadata_cut_at_packet:
                mutants.push_back(
                    cut_metadata(kind, t.metadata_packets[r.below(t.metadata_packets.size())]));
                break;
            case Kind::metadata_cut_inside_packet: {
                // Half of them near the end (a copy taken while the last events were declared).
                const std::uint64_t cut =
                    r.below(2) ? t.metadata_bytes - 1 - r.below(512) : r.below(t.metadata_bytes);
                mutants.push_back(cut_metadata(kind, cut));
                break;
            }
            case Kind::swapped_streams: {
                const std::size_t a = r.below(t.stream_files.size());
                std::size_t b = r.below(t.stream_files.size() - 1);
                if (b >= a) ++b;
                Mutant m;
                m.kind = kind;
                m.edits.push_back(
                    {Mutant::Edit::Op::swap, t.stream_files[a], t.stream_files[b], 0, 0, 0});
                m.what = t.stream_files[a] + " and " + t.stream_files[b] + " swapped";
                mutants.push_back(std::move(m));
                break;
            }
            case Kind::stray_file:
                mutants.push_back(stray(t, r));
                break;
            case Kind::packet_header_bit_no_index:
                mutants.push_back(
                    flip(t, kind, r, p.file, p.offset * 8, (p.offset + packet_header_bytes) * 8));
                break;
            case Kind::zeroed_range_no_index:
                mutants.push_back(zero(t, kind, r, p));
                break;
        }
    }
    for (Mutant& m : mutants)
        if (m.kind == Kind::packet_header_bit_no_index || m.kind == Kind::zeroed_range_no_index) {
            m.edits.push_back({Mutant::Edit::Op::remove, "index", {}, 0, 0, 0});
            m.what += ", index/ deleted";
        }
    return mutants;
}

}  // namespace wpptrace::corruption
