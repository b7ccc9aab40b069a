#include "metadata_guard.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

namespace wpptrace::decoder {

namespace fs = std::filesystem;

namespace {
constexpr std::uint32_t packet_magic = 0x75d11d57;  // CTF metadata packet header
// magic(4) uuid(16) checksum(4) content_size(4) packet_size(4) + 5 one-byte fields
constexpr std::size_t header_bytes = 37;
constexpr std::uintmax_t max_metadata_bytes = std::uintmax_t{64} << 20;
}  // namespace

MetadataCheck check_metadata(const std::string& path) {
    MetadataCheck check;
    // Only a regular file: a directory would fail deep in the stream library without a
    // path, and a FIFO would block forever.
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!ec && !fs::is_regular_file(status)) {
        check.error = path + ": not a regular file (" +
                      (fs::is_directory(status) ? "a directory" : "a device, FIFO or socket") +
                      "): this trace cannot be read";
        return check;
    }
    // Bounded: metadata is text of some KiB; a bigger file is no metadata (or a link to a
    // file that never ends) and would only grow memory.
    if (!ec && fs::file_size(path, ec) > max_metadata_bytes && !ec) {
        check.error = path + ": larger than 64 MiB, so no CTF metadata: this trace cannot be read";
        return check;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        check.error = path + ": cannot read: " + std::strerror(errno);
        return check;
    }
    std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
    auto u32 = [&](std::size_t at) {
        std::uint32_t v;
        std::memcpy(&v, &data[at], 4);  // LTTng writes native order; x86_64 only here
        return v;
    };
    if (data.empty()) {  // babeltrace2 would only say that it cannot create the trace
        check.error = path + ": empty (0 bytes): no CTF metadata, this trace cannot be read";
        return check;
    }
    if (data.size() < 4 || u32(0) != packet_magic) return check;  // plain text metadata
    check.packetized = true;
    std::size_t at = 0;
    while (at < data.size()) {
        if (data.size() - at < header_bytes || u32(at) != packet_magic) {
            check.truncated = true;
            break;
        }
        std::uint64_t content_bits = u32(at + 24), packet_bits = u32(at + 28);
        if (packet_bits % 8 || packet_bits / 8 < header_bytes || content_bits > packet_bits) {
            check.truncated = true;  // a header we cannot trust ends what can be used
            break;
        }
        std::uint64_t packet_bytes = packet_bits / 8;
        if (packet_bytes > data.size() - at) {
            check.truncated = true;
            break;
        }
        at += packet_bytes;
        check.whole_bytes = at;
    }
    return check;
}

void make_trimmed_copy(const std::string& trace_dir, const std::string& scratch_dir,
                       std::uint64_t whole_bytes, const std::vector<std::string>& leave_out) {
    std::error_code ec;
    fs::create_directories(scratch_dir, ec);
    if (ec) throw Error("cannot create " + scratch_dir + ": " + ec.message());
    for (const auto& entry : fs::directory_iterator(trace_dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name == "metadata" ||
            std::find(leave_out.begin(), leave_out.end(), name) != leave_out.end())
            continue;
        fs::create_symlink(fs::absolute(entry.path()),
                           fs::path(scratch_dir) / entry.path().filename(), ec);
        if (ec) throw Error("cannot link " + entry.path().string() + ": " + ec.message());
    }
    std::ifstream in(fs::path(trace_dir) / "metadata", std::ios::binary);
    std::vector<char> data(whole_bytes);
    in.read(data.data(), static_cast<std::streamsize>(whole_bytes));
    std::ofstream out(fs::path(scratch_dir) / "metadata", std::ios::binary);
    out.write(data.data(), in.gcount());
    if (!out) throw Error("cannot write " + scratch_dir + "/metadata");
}

}  // namespace wpptrace::decoder
