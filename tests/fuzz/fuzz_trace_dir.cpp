// fuzz_trace_dir: a whole trace directory (untrusted) read by the fast reader, as `wpptrace
// decode DIR` reads one: its metadata (the committed intact trace's, or the input's own), its
// stream files, their packet indexes and stray files beside them. What fuzz_ctf_stream does
// for one stream with a fixed metadata, this does for the directory: streams of several
// classes and instances merged by time, indexes that disagree with their streams, metadata
// and streams that disagree with each other. No input may crash, hang or read outside a file,
// and what the reader reports must add up.
//
// Input: records of [kind: 1 byte][length: 2 bytes, little-endian][bytes], in any number:
// kind 0 the metadata (else the intact trace's), 1 a stream file (channel0_N in order),
// 2 the packet index of the last stream, 3 a file that is not a stream. Seeds:
// tests/fuzz/corpus/fuzz_trace_dir, the intact trace in this form.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "fast_reader.hpp"

namespace {

namespace fs = std::filesystem;
using namespace wpptrace::decoder;

struct CountingVisitor : TraceVisitor {
    std::uint64_t messages = 0, catalog = 0;
    void on_message(const WppEvent& e) override {
        if (e.args.size() > (std::size_t{1} << 20)) std::abort();  // more words than bytes read
        ++messages;
    }
    void on_catalog_message(MessageInfo) override { ++catalog; }
    void on_catalog_module(ModuleInfo) override { ++catalog; }
    void on_discarded_events(std::uint64_t, bool, LostFrom) override {}
    void on_discarded_packets(std::uint64_t, bool, LostFrom) override {}
    void on_malformed_event(std::string_view, std::string_view) override {}
};

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_file(const fs::path& path, std::string_view bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// One directory per fuzzing process, in memory when /dev/shm is there, emptied per input.
const fs::path& trace_dir() {
    static const fs::path dir = [] {
        fs::path base = fs::exists("/dev/shm") ? "/dev/shm" : fs::temp_directory_path();
        fs::path d = base / ("wpptrace-fuzz-trace-" + std::to_string(getpid()));
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(trace_dir(), ec);
        });
        return d;
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string intact_metadata = read_file(FUZZ_METADATA);
    const fs::path& dir = trace_dir();
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir / "index");

    bool has_metadata = false;
    unsigned streams = 0;
    std::size_t at = 0;
    while (at + 3 <= size) {
        const std::uint8_t kind = data[at] & 3;
        const std::size_t length =
            std::min<std::size_t>(data[at + 1] | (data[at + 2] << 8), size - at - 3);
        const std::string_view bytes(reinterpret_cast<const char*>(data) + at + 3, length);
        at += 3 + length;
        switch (kind) {
            case 0:
                write_file(dir / "metadata", bytes);
                has_metadata = true;
                break;
            case 1:
                write_file(dir / ("channel0_" + std::to_string(streams++)), bytes);
                break;
            case 2:
                if (streams)
                    write_file(dir / "index" / ("channel0_" + std::to_string(streams - 1) + ".idx"),
                               bytes);
                break;
            case 3:
                write_file(dir / "notes.txt", bytes);
                break;
        }
    }
    if (!has_metadata) write_file(dir / "metadata", intact_metadata);

    CountingVisitor visitor;
    ReadResult result;
    try {
        // As inputs.cpp finds them: the stray file is named to be skipped only when it is
        // not a stream; here it is given to the reader, which must skip or contain it itself.
        ctf::read_traces_fast({{dir.string(), {}}}, visitor, result);
    } catch (const ctf::NeedsBabeltrace&) {
        // The reader touches neither the visitor nor the result before it says so.
        if (visitor.messages || visitor.catalog || result.events) std::abort();
        return 0;
    } catch (const Error&) {
        return 0;
    }
    // Every wpp and wpp_catalog event the visitor saw was counted as read.
    if (visitor.messages + visitor.catalog > result.events) std::abort();
    return 0;
}
