// packet_index_file.cpp - reads LTTng's packet index files (see packet_index_file.hpp).
#include "packet_index_file.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace wpptrace::decoder::ctf {
namespace {

constexpr std::uint32_t index_magic = 0xC1F1DCC1;
constexpr std::uint64_t header_bytes = 16;
constexpr std::uint64_t entry_bytes_1_0 = 7 * 8, entry_bytes_1_1 = 9 * 8;
constexpr std::uint64_t max_index_bytes = std::uint64_t{256} << 20;

std::uint64_t big_endian(const unsigned char* p, int bytes) {
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v = v << 8 | p[i];
    return v;
}

}  // namespace

PacketIndexFile read_packet_index_file(const std::string& stream_path) {
    namespace fs = std::filesystem;
    PacketIndexFile index;
    const fs::path stream(stream_path);
    const fs::path path = stream.parent_path() / "index" / (stream.filename().string() + ".idx");
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return index;
    index.present = true;
    // Only a regular file of sane size: a FIFO would block, a device never end.
    if (!S_ISREG(st.st_mode) || static_cast<std::uint64_t>(st.st_size) > max_index_bytes) {
        index.error = path.string() + ": not a regular file of at most 256 MiB";
        return index;
    }
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes(static_cast<std::size_t>(st.st_size));
    if (!in.read(reinterpret_cast<char*>(bytes.data()),
                 static_cast<std::streamsize>(bytes.size()))) {
        index.error = path.string() + ": cannot read";
        return index;
    }
    if (bytes.size() < header_bytes || big_endian(bytes.data(), 4) != index_magic) {
        index.error = path.string() + ": not an LTTng packet index";
        return index;
    }
    const std::uint64_t major = big_endian(bytes.data() + 4, 4);
    const std::uint64_t minor = big_endian(bytes.data() + 8, 4);
    const std::uint64_t entry_bytes = big_endian(bytes.data() + 12, 4);
    const bool v1_1 = major > 1 || (major == 1 && minor >= 1);
    if (major != 1 || entry_bytes < (v1_1 ? entry_bytes_1_1 : entry_bytes_1_0) ||
        (bytes.size() - header_bytes) % entry_bytes != 0) {
        index.error = path.string() + ": packet index of an unknown version or entry size";
        return index;
    }
    std::uint64_t next_free = 0;
    for (std::uint64_t at = header_bytes; at < bytes.size(); at += entry_bytes) {
        const unsigned char* p = bytes.data() + at;
        PacketIndexEntry e;
        e.offset = big_endian(p, 8);
        e.packet_bits = big_endian(p + 8, 8);
        e.content_bits = big_endian(p + 16, 8);
        e.begin = big_endian(p + 24, 8);
        e.end = big_endian(p + 32, 8);
        e.discarded = big_endian(p + 40, 8);
        e.stream_id = big_endian(p + 48, 8);
        if (v1_1) {
            e.has_instance_and_seq = true;
            e.instance_id = big_endian(p + 56, 8);
            e.seq_num = big_endian(p + 64, 8);
        }
        if (e.offset < next_free || e.packet_bits == 0 || e.packet_bits % 8 ||
            e.content_bits > e.packet_bits || e.packet_bits / 8 > (std::uint64_t{1} << 40)) {
            index.error = path.string() + ": entry " +
                          std::to_string((at - header_bytes) / entry_bytes) +
                          " contradicts the others";
            index.entries.clear();
            return index;
        }
        next_free = e.offset + e.packet_bits / 8;
        index.entries.push_back(e);
    }
    return index;
}

}  // namespace wpptrace::decoder::ctf
