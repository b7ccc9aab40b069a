// intact_trace.cpp - the packets, events and metadata declarations of the intact trace (see
// intact_trace.hpp).
#include "intact_trace.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <stdexcept>

#include "metadata_text.hpp"
#include "packet_index_file.hpp"
#include "stream_reader.hpp"
#include "trace_layout.hpp"
#include "tsdl_parser.hpp"

namespace wpptrace::corruption {
namespace {

namespace fs = std::filesystem;
namespace ctf = wpptrace::decoder::ctf;

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t u32_at(const std::string& b, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = v << 8 | static_cast<std::uint8_t>(b[at + i]);
    return v;
}

// LTTng's packetized metadata (little-endian here): a 37-byte header (magic, UUID, checksum,
// content and packet sizes in bits, ...), then text. Fills the text and, for each of its
// bytes, the file byte it came from.
void metadata_packets(const std::string& bytes, IntactTrace& t, std::string& text,
                      std::vector<std::uint64_t>& file_at) {
    constexpr std::uint32_t magic = 0x75D11D57;
    constexpr std::size_t header = 37;
    for (std::size_t at = 0; at < bytes.size();) {
        if (at + header > bytes.size() || u32_at(bytes, at) != magic)
            throw std::runtime_error("metadata: not a packetized LTTng metadata file");
        const std::size_t content = u32_at(bytes, at + 24) / 8, size = u32_at(bytes, at + 28) / 8;
        if (content < header || content > size || at + size > bytes.size())
            throw std::runtime_error("metadata: a packet of impossible size");
        t.metadata_packets.push_back(at);
        for (std::size_t i = at + header; i < at + content; ++i) {
            text += bytes[i];
            file_at.push_back(i);
        }
        at += size;
    }
}

// The top-level declarations of TSDL `text`: for each, where it starts and ends (the index
// just after its `;`), outside strings and comments.
std::vector<std::pair<std::size_t, std::size_t>> declarations(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
        } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            const std::size_t end = text.find("*/", i + 2);
            i = end == std::string::npos ? text.size() : end + 1;
        } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
            const std::size_t end = text.find('\n', i);
            i = end == std::string::npos ? text.size() : end;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}') {
            --depth;
        } else if (c == ';' && depth == 0) {
            found.emplace_back(start, i + 1);
            start = i + 1;
        }
    }
    return found;
}

// The declarations' ends, as file bytes, for stream and event classes.
void metadata_declarations(const std::string& path, IntactTrace& t) {
    const std::string bytes = file_bytes(path);
    t.metadata_bytes = bytes.size();
    std::string text;
    std::vector<std::uint64_t> file_at;
    metadata_packets(bytes, t, text, file_at);
    static const std::regex keyword(R"(^\s*(?:/\*[^]*?\*/\s*)*(\w+))");
    static const std::regex id(R"(\bid\s*=\s*(\d+)\s*;)");
    static const std::regex stream_id(R"(\bstream_id\s*=\s*(\d+)\s*;)");
    for (const auto& [start, end] : declarations(text)) {
        const std::string decl = text.substr(start, end - start);
        std::smatch m;
        if (!std::regex_search(decl, m, keyword)) continue;
        const std::uint64_t file_end = file_at[end - 1] + 1;
        if (m[1] == "stream") {
            std::uint64_t class_id = 0;
            if (std::regex_search(decl, m, id)) class_id = std::stoull(m[1]);
            t.stream_class_end[class_id] = file_end;
        } else if (m[1] == "event") {
            std::smatch i, s;
            if (!std::regex_search(decl, i, id)) continue;
            const std::uint64_t stream =
                std::regex_search(decl, s, stream_id) ? std::stoull(s[1]) : 0;
            t.event_class_end[{stream, std::stoull(i[1])}] = file_end;
        }
    }
}

// The single stream directory under `root`.
std::string find_stream_dir(const std::string& root) {
    std::vector<std::string> found;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.path().filename() == "metadata") found.push_back(e.path().parent_path().string());
    if (found.size() != 1)
        throw std::runtime_error(root + ": expected one trace directory (one metadata), found " +
                                 std::to_string(found.size()));
    return found.front();
}

}  // namespace

std::vector<std::size_t> IntactTrace::packets_of(std::size_t file) const {
    std::vector<std::size_t> of;
    for (std::size_t i = 0; i < packets.size(); ++i)
        if (packets[i].file == file) of.push_back(i);
    return of;
}

bool IntactTrace::declared_whole(const Packet& p, std::uint64_t cut) const {
    auto stream = stream_class_end.find(p.stream_class);
    if (stream == stream_class_end.end() || stream->second > cut) return false;
    for (std::uint64_t e : p.event_classes) {
        auto event = event_class_end.find({p.stream_class, e});
        if (event == event_class_end.end() || event->second > cut) return false;
    }
    return true;
}

IntactTrace read_intact_trace(const std::string& root) {
    IntactTrace t;
    t.root = root;
    t.stream_dir = find_stream_dir(root);
    const std::string metadata = t.stream_dir + "/metadata";
    metadata_declarations(metadata, t);

    std::string text;
    std::string error = ctf::read_metadata_text(metadata, text);
    ctf::TraceClass trace_class;
    if (error.empty()) error = ctf::parse_tsdl(text, trace_class);
    ctf::TraceLayout layout;
    if (error.empty()) error = ctf::build_trace_layout(std::move(trace_class), layout);
    if (!error.empty()) throw std::runtime_error(metadata + ": " + error);

    for (const auto& e : fs::directory_iterator(t.stream_dir))
        if (e.is_regular_file() && e.path().filename() != "metadata")
            t.stream_files.push_back(e.path().filename().string());
    std::sort(t.stream_files.begin(), t.stream_files.end());

    std::vector<ctf::Value> values(layout.slots);
    for (std::size_t f = 0; f < t.stream_files.size(); ++f) {
        const std::string path = t.stream_dir + "/" + t.stream_files[f];
        ctf::StreamFile file;
        if (error = file.open(path); !error.empty()) throw std::runtime_error(error);
        const ctf::PacketIndexFile index = ctf::read_packet_index_file(path);
        std::vector<ctf::PacketInfo> infos;
        ctf::walk_packets(layout, file, 0, &index, infos, values);
        for (const ctf::PacketInfo& info : infos) {
            if (!info.damage.empty())
                throw std::runtime_error(path + ": the intact trace has a damaged packet at byte " +
                                         std::to_string(info.offset) + ": " + info.damage);
            Packet p;
            p.file = f;
            p.offset = info.offset;
            p.bytes = info.bytes;
            p.body = info.offset + info.body_bit / 8;
            p.stream_class = info.stream_id;
            if (!layout.ns_from_origin(info.begin, p.begin_ns) ||
                !layout.ns_from_origin(info.end, p.end_ns))
                throw std::runtime_error(path + ": packet times out of range");
            ctf::PacketCursor cursor;
            if (!cursor.start(layout, file, info, values.data()))
                throw std::runtime_error(path + ": a packet does not read");
            for (;;) {
                const std::uint64_t start = info.offset + cursor.bytes_read();
                const ctf::EventLayout* event = cursor.next();
                if (!event) break;
                EventSpan span;
                span.offset = start;
                span.bytes = info.offset + cursor.bytes_read() - start;
                span.message = event->event->name.starts_with("wpp:");
                p.messages += span.message;
                p.event_classes.insert(event->event->id);
                p.events.push_back(span);
            }
            if (cursor.error())
                throw std::runtime_error(path + ": an event does not decode: " + cursor.error());
            t.messages += p.messages;
            t.packets.push_back(std::move(p));
        }
    }
    return t;
}

}  // namespace wpptrace::corruption
