// inputs.cpp - the trace directories below the inputs, with stand-ins for the damaged ones
// (see inputs.hpp).
#include "inputs.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "metadata_guard.hpp"
#include "wpptrace/decoder/interrupt_cleanup.hpp"

namespace wpptrace::decoder {

namespace fs = std::filesystem;

ScratchDir::~ScratchDir() {
    std::error_code ec;
    if (path_.empty()) return;
    fs::remove_all(path_, ec);
    unregister_cleanup_path(path_);
}

ScratchDir::ScratchDir(ScratchDir&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
}

const std::string& ScratchDir::path() {
    // Registered: an interrupted decode removes it too (interrupt_cleanup.hpp).
    // In $TMPDIR when it is set, like other tools' temporaries.
    if (path_.empty()) {
        const char* tmp = std::getenv("TMPDIR");
        const std::string base = tmp && *tmp ? tmp : "/tmp";
        path_ = create_registered_temp_dir(base + "/wpptrace-trim.XXXXXX");
    }
    return path_;
}

namespace {

// A stream file that ends inside a packet: babeltrace2 refuses the whole trace ("Failed to
// index CTF stream file"). A process killed while recording does not cause it (the consumer
// daemon closes its packets at `lttng stop`, per-UID and per-PID buffers alike); a trace copied
// while being written, or a full disk, does. Packets are walked with LTTng-UST's layout (what
// wpptrace traces are): magic 0xC1FC1FC1 at 0, packet_size in bits at 56, both native-endian;
// a file that does not start that way is left to babeltrace2 to judge.
constexpr std::uint32_t ctf_magic = 0xC1FC1FC1u, ctf_magic_swapped = 0xC11FFCC1u;

// The files of a trace directory that are not streams (a stray notes.txt, a FIFO), or that
// cannot be read, are left out of the trace, each named once; the streams cut short are found.
struct StreamScan {
    std::vector<StreamCut> cuts;
    std::vector<std::string> left_out;  // file names
};

StreamScan scan_streams(const std::string& dir, ReadResult& result) {
    StreamScan scan;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        // Hidden files are no streams to either reader; directories (index/) neither.
        if (name == "metadata" || name.starts_with(".")) continue;
        const std::string path = entry.path().string();
        std::error_code type_ec;
        const fs::file_status status = entry.status(type_ec);
        if (type_ec || !fs::exists(status)) {  // a link to nowhere, a file gone meanwhile
            result.errors.push_back(
                path + ": cannot read this stream: " +
                (type_ec ? type_ec.message() : std::string("no such file or directory")) +
                "; its events are missing");
            scan.left_out.push_back(name);
            continue;
        }
        if (fs::is_directory(status)) continue;
        if (!fs::is_regular_file(status)) {
            result.warnings.push_back(path + ": not a regular file, so not a CTF stream: skipped");
            scan.left_out.push_back(name);
            continue;
        }
        const std::uint64_t size = entry.file_size(type_ec);
        if (type_ec || size == 0) continue;  // an empty stream: both readers skip it
        std::ifstream in(entry.path(), std::ios::binary);
        if (!in) {
            result.errors.push_back(path + ": cannot read this stream: " + std::strerror(errno) +
                                    "; its events are missing");
            scan.left_out.push_back(name);
            continue;
        }
        std::uint32_t magic = 0;
        // A file that `index/` lists is a stream even when its first packet is damaged.
        const bool indexed =
            fs::is_regular_file(fs::path(dir) / "index" / (name + ".idx"), type_ec);
        if (size < sizeof magic || !in.read(reinterpret_cast<char*>(&magic), sizeof magic) ||
            (magic != ctf_magic && magic != ctf_magic_swapped)) {
            if (indexed && !in.bad()) {
                scan.cuts.push_back({path, 0, size});  // babeltrace2 cannot read it at all
                continue;
            }
            if (in.bad()) {
                result.errors.push_back(path +
                                        ": cannot read this stream (read error); its "
                                        "events are missing");
            } else {
                result.warnings.push_back(
                    path +
                    ": not a CTF stream (it does not begin with the CTF packet magic): "
                    "skipped");
            }
            scan.left_out.push_back(name);
            continue;
        }
        if (magic != ctf_magic) continue;  // the other byte order: not LTTng-UST's layout here
        std::uint64_t at = 0;
        while (at < size) {
            unsigned char header[64];
            in.clear();
            in.seekg(static_cast<std::streamoff>(at));
            std::uint64_t packet_bits = 0;
            if (size - at < sizeof header ||
                !in.read(reinterpret_cast<char*>(header), sizeof header))
                break;
            std::memcpy(&magic, header, sizeof magic);
            std::memcpy(&packet_bits, header + 56, sizeof packet_bits);
            if (magic != ctf_magic || packet_bits < 8 * sizeof header || packet_bits % 8)
                break;  // a later bad header: cut there too
            if (size - at < packet_bits / 8) break;
            at += packet_bits / 8;
        }
        if (at < size) scan.cuts.push_back({entry.path().string(), at, size});
    }
    if (ec) result.errors.push_back("cannot list " + dir + ": " + ec.message());
    return scan;
}

}  // namespace

TraceInputs find_trace_inputs(const std::vector<std::string>& inputs, ReadResult& result) {
    TraceInputs found;
    // Trace directories: those holding a `metadata` file, anywhere below the inputs.
    std::vector<std::string> dirs;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!fs::exists(input, ec)) {
            result.errors.push_back(input + ": no such file or directory");
            continue;
        }
        if (!fs::is_directory(input, ec)) {
            result.errors.push_back(input +
                                    ": not a directory (give a trace or session directory)");
            continue;
        }
        std::size_t before = dirs.size();
        if (fs::exists(fs::path(input) / "metadata", ec)) dirs.push_back(input);
        for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end;
             it.increment(ec))
            if (it->path().filename() == "metadata" && it->path().parent_path() != input)
                dirs.push_back(it->path().parent_path().string());
        if (dirs.size() == before) result.errors.push_back(input + ": no CTF trace in it");
    }

    for (const auto& dir : dirs) {
        MetadataCheck check = check_metadata(dir + "/metadata");
        if (!check.error.empty()) {
            result.errors.push_back(check.error);
            continue;
        }
        StreamScan scan = scan_streams(dir, result);
        found.dirs.push_back(dir);
        found.skip.push_back(std::move(scan.left_out));
        found.damage.push_back({check.truncated, check.whole_bytes, std::move(scan.cuts)});
    }
    return found;
}

BabeltraceInputs babeltrace_inputs(TraceInputs& found, ReadResult& result) {
    // A stand-in under $TMPDIR replaces a directory whose metadata babeltrace2 would hang on
    // (metadata_guard.hpp), whose streams end inside a packet, or that holds files that are no
    // streams: links to the good files, copies of the cut ones up to their last whole packet.
    // (Only babeltrace2 needs the copies: our own reader stops at the cut.)
    BabeltraceInputs out;
    for (std::size_t i = 0; i < found.dirs.size(); ++i) {
        const std::string& dir = found.dirs[i];
        const InputDamage& damage = found.damage[i];
        if (!damage.metadata_cut && damage.cuts.empty() && found.skip[i].empty()) {
            out.dirs.push_back(dir);
            out.names.push_back(dir);
            continue;
        }
        if (damage.metadata_cut && damage.metadata_whole_bytes == 0) {
            result.errors.push_back(dir + ": metadata ends inside its first packet: unreadable");
            continue;
        }
        if (found.scratch.path().empty()) {
            result.errors.push_back("cannot create a scratch directory");
            continue;
        }
        std::error_code ec;
        const std::string stand_in = found.scratch.path() + "/" + std::to_string(i);
        const std::uint64_t metadata_bytes = damage.metadata_cut
                                                 ? damage.metadata_whole_bytes
                                                 : fs::file_size(dir + "/metadata", ec);
        std::string error;  // the first failure making the stand-in
        try {
            make_trimmed_copy(dir, stand_in, metadata_bytes, found.skip[i]);
        } catch (const Error& e) {
            error = e.what();
        }
        for (const auto& cut : damage.cuts) {
            if (!error.empty()) break;
            fs::path copy = fs::path(stand_in) / fs::path(cut.file).filename();
            fs::remove(copy, ec);
            // Copied by the kernel (a reflink where the file system shares blocks), never
            // through this process's memory, then cut to its whole packets.
            fs::copy_file(cut.file, copy, ec);
            if (!ec) fs::resize_file(copy, cut.whole_bytes, ec);
            if (ec) error = "cannot write " + copy.string() + ": " + ec.message();
            result.errors.push_back(cut.file +
                                    ": stream ended early (inside a packet): read up to its "
                                    "last whole packet (" +
                                    std::to_string(cut.whole_bytes) + " of " +
                                    std::to_string(cut.size) + " bytes)");
        }
        // The index would point past a cut.
        if (!damage.cuts.empty()) fs::remove_all(fs::path(stand_in) / "index", ec);
        if (!error.empty()) {
            result.errors.push_back(error);
            continue;
        }
        if (damage.metadata_cut)
            result.errors.push_back(dir +
                                    ": metadata ends inside a packet: read up to its last whole "
                                    "packet (" +
                                    std::to_string(damage.metadata_whole_bytes) + " bytes)");
        out.dirs.push_back(stand_in);
        out.names.push_back(dir);
    }
    return out;
}

}  // namespace wpptrace::decoder
