// fuzz_tsdl_parser: CTF metadata (untrusted: it comes with every trace), plain or packetized,
// parsed as TSDL and compiled into a reading layout. Beyond "no crash, no hang, no unbounded
// memory", a parse that succeeds must give a layout or a reason, never both nor neither.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "metadata_text.hpp"
#include "trace_layout.hpp"
#include "tsdl_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace wpptrace::decoder::ctf;
    std::string bytes(reinterpret_cast<const char*>(data), size);
    std::string text;
    if (!metadata_text_from_bytes(bytes, text).empty()) return 0;
    TraceClass trace;
    std::string error = parse_tsdl(text, trace);
    if (!error.empty()) return 0;
    TraceLayout layout;
    error = build_trace_layout(std::move(trace), layout);
    if (error.empty() && layout.streams.empty() && layout.slots != layout.packet_header.slots) {
        std::fprintf(stderr, "fuzz_tsdl_parser: slots without streams\n");
        std::abort();
    }
    return 0;
}
