// metadata_text.cpp - depacketizes CTF metadata (see metadata_text.hpp).
#include "metadata_text.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
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

std::string_view whole_declarations(std::string_view text, std::vector<std::string>& cut_events) {
    std::size_t depth = 0, end = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {  // a string: up to its closing quote
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
        } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            const std::size_t close = text.find("*/", i + 2);
            i = close == std::string_view::npos ? text.size() : close + 1;
        } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
            const std::size_t close = text.find('\n', i);
            i = close == std::string_view::npos ? text.size() : close;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && depth > 0) {
            --depth;
        } else if (c == ';' && depth == 0) {
            end = i + 1;
        }
    }
    // The declaration begun after `end`: an event whose name was read says which one is lost.
    std::string_view rest = text.substr(end);
    const std::size_t event = rest.find("event");
    if (event != std::string_view::npos && rest.find('{', event) != std::string_view::npos) {
        const std::size_t name = rest.find("name", event);
        const std::size_t open = name == std::string_view::npos ? name : rest.find('"', name);
        const std::size_t close = open == std::string_view::npos ? open : rest.find('"', open + 1);
        if (close != std::string_view::npos)
            cut_events.emplace_back(rest.substr(open + 1, close - open - 1));
    }
    return text.substr(0, end);
}

std::string metadata_text_from_bytes(const std::string& bytes, std::string& text,
                                     MetadataCut* cut) {
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
        if (cut && at > 0 && bytes.size() - at < header_bytes) {  // cut inside a header
            cut->cut = true;
            cut->at = cut->whole_bytes = at;
            // Packets split the text anywhere: the last whole one may end inside a declaration.
            std::vector<std::string> events;
            text.resize(whole_declarations(text, events).size());
            cut->cut_events = std::move(events);
            return {};
        }
        if (bytes.size() - at < header_bytes || u32_at(bytes, at, swap) != packet_magic)
            return "metadata packet at byte " + std::to_string(at) + " has no valid header";
        std::uint64_t content_bits = u32_at(bytes, at + 24, swap);
        std::uint64_t packet_bits = u32_at(bytes, at + 28, swap);
        if (bytes[at + 32] != 0 || bytes[at + 33] != 0) return "compressed or encrypted metadata";
        if (packet_bits % 8 || content_bits % 8 || packet_bits / 8 < header_bytes ||
            content_bits > packet_bits || content_bits / 8 < header_bytes)
            return "metadata packet at byte " + std::to_string(at) + " has bad sizes";
        if (packet_bits / 8 > bytes.size() - at) {
            if (!cut) return "metadata ends inside a packet at byte " + std::to_string(at);
            // The whole packets' text, then the cut packet's whole declarations.
            cut->cut = true;
            cut->at = at;
            cut->whole_bytes = at;
            const std::size_t content_end =
                std::min<std::size_t>(bytes.size(), at + content_bits / 8);
            text.append(bytes, at + header_bytes, content_end - (at + header_bytes));
            std::vector<std::string> events;
            const std::size_t keep = whole_declarations(text, events).size();
            text.resize(keep);
            cut->cut_events = std::move(events);
            return {};
        }
        text.append(bytes, at + header_bytes, content_bits / 8 - header_bytes);
        at += packet_bits / 8;
    }
    if (cut) {  // cut at a packet boundary, inside a declaration that the next packet ends
        std::vector<std::string> events;
        const std::size_t keep = whole_declarations(text, events).size();
        if (text.find_first_not_of(" \t\r\n", keep) != std::string::npos) {
            cut->cut = cut->at_packet_end = true;
            cut->at = cut->whole_bytes = bytes.size();
            cut->cut_events = std::move(events);
            text.resize(keep);
        }
    }
    return {};
}

std::string read_metadata_text(const std::string& path, std::string& text, MetadataCut* cut) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return "cannot read " + path + ": " + std::strerror(errno);
    if (!S_ISREG(st.st_mode)) return path + ": not a regular file";
    if (static_cast<std::uint64_t>(st.st_size) > max_file)
        return path + ": metadata larger than 64 MiB";
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return "cannot read " + path;
    auto size = static_cast<std::uint64_t>(in.tellg());
    if (size > max_file) return path + ": metadata larger than 64 MiB";
    in.seekg(0);
    std::string bytes(size, '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return "cannot read " + path;
    std::string error = metadata_text_from_bytes(bytes, text, cut);
    return error.empty() ? error : path + ": " + error;
}

}  // namespace wpptrace::decoder::ctf
