// metadata_text.cpp - depacketizes CTF metadata (see metadata_text.hpp).
#include "metadata_text.hpp"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>

namespace wpptrace::decoder::ctf {
namespace {

constexpr std::uint32_t packet_magic = 0x75d11d57;
// magic, uuid[16], checksum, content_size, packet_size (bits), compression, encryption,
// checksum scheme, major, minor
constexpr std::size_t header_bytes = 37;
constexpr std::size_t max_file = std::size_t{64} << 20;

std::uint32_t u32_at(const std::string& bytes, std::size_t at, bool swap) {
    std::uint32_t v;
    std::memcpy(&v, bytes.data() + at, 4);
    return swap ? __builtin_bswap32(v) : v;
}

}  // namespace

std::string metadata_text_from_bytes(const std::string& bytes, std::string& text) {
    text.clear();
    if (bytes.size() > max_file) return "metadata larger than 64 MiB";
    bool packetized = false, swap = false;
    if (bytes.size() >= 4) {
        packetized = u32_at(bytes, 0, false) == packet_magic;
        swap = !packetized && u32_at(bytes, 0, true) == packet_magic;
        packetized = packetized || swap;
    }
    if (!packetized) {
        text = bytes;
        return {};
    }
    std::size_t at = 0;
    while (at < bytes.size()) {
        if (bytes.size() - at < header_bytes || u32_at(bytes, at, swap) != packet_magic)
            return "metadata packet at byte " + std::to_string(at) + " has no valid header";
        std::uint64_t content_bits = u32_at(bytes, at + 24, swap);
        std::uint64_t packet_bits = u32_at(bytes, at + 28, swap);
        if (bytes[at + 32] != 0 || bytes[at + 33] != 0) return "compressed or encrypted metadata";
        if (packet_bits % 8 || content_bits % 8 || packet_bits / 8 < header_bytes ||
            content_bits > packet_bits || content_bits / 8 < header_bytes)
            return "metadata packet at byte " + std::to_string(at) + " has bad sizes";
        if (packet_bits / 8 > bytes.size() - at)
            return "metadata ends inside a packet at byte " + std::to_string(at);
        text.append(bytes, at + header_bytes, content_bits / 8 - header_bytes);
        at += packet_bits / 8;
    }
    return {};
}

std::string read_metadata_text(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return "cannot read " + path;
    auto size = static_cast<std::uint64_t>(in.tellg());
    if (size > max_file) return path + ": metadata larger than 64 MiB";
    in.seekg(0);
    std::string bytes(size, '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return "cannot read " + path;
    std::string error = metadata_text_from_bytes(bytes, text);
    return error.empty() ? error : path + ": " + error;
}

}  // namespace wpptrace::decoder::ctf
