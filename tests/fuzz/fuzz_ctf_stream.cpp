// fuzz_ctf_stream: a CTF stream file (untrusted) read with the metadata of the committed
// intact trace (an LTTng-UST 2.13 per-UID trace): packets indexed, every event decoded and
// mapped to visitor calls, exactly the fast reader's steps. Every read must stay within the
// input (AddressSanitizer checks it), every size be validated, and a packet that validated
// must read again to the same events.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "event_view.hpp"
#include "metadata_text.hpp"
#include "stream_reader.hpp"
#include "trace_layout.hpp"
#include "tsdl_parser.hpp"

namespace {

using namespace wpptrace::decoder;
using namespace wpptrace::decoder::ctf;

struct NullVisitor : TraceVisitor {
    std::uint64_t calls = 0;
    void on_message(const WppEvent& e) override { calls += e.args.size() + e.driver.size() + 1; }
    void on_catalog_message(MessageInfo) override { ++calls; }
    void on_catalog_module(ModuleInfo) override { ++calls; }
    void on_discarded_events(std::uint64_t, bool, LostFrom) override { ++calls; }
    void on_discarded_packets(std::uint64_t, bool, LostFrom) override { ++calls; }
    void on_malformed_event(std::string_view, std::string_view) override { ++calls; }
};

TraceLayout* load_layout() {
    static TraceLayout layout;
    std::string text;
    std::string error = read_metadata_text(FUZZ_METADATA, text);
    TraceClass trace;
    if (error.empty()) error = parse_tsdl(text, trace);
    if (error.empty()) error = build_trace_layout(std::move(trace), layout);
    if (!error.empty()) {
        std::fprintf(stderr, "fuzz_ctf_stream: %s\n", error.c_str());
        std::abort();
    }
    return &layout;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static TraceLayout* layout = load_layout();
    static EventClasses* classes = [] {
        auto* c = new EventClasses;
        c->add_trace(*layout);
        return c;
    }();
    // A copy of exactly `size` bytes: any read past the end is an AddressSanitizer finding.
    std::vector<std::uint8_t> bytes(data, data + size);
    StreamFile file;
    file.open_bytes(bytes.data(), bytes.size(), "input");
    std::vector<Value> values(layout->slots);
    std::vector<PacketInfo> packets;
    // The contained walk (damaged packets marked, resynchronised on the next packet that
    // decodes): every packet it keeps must read as the plain index would.
    walk_packets(*layout, file, 0, nullptr, packets, values);
    std::erase_if(packets, [](const PacketInfo& p) { return !p.damage.empty(); });
    for (const PacketInfo& p : packets)
        if (p.offset + p.bytes > file.size()) std::abort();  // a kept packet inside the file
    NullVisitor visitor;
    ReadResult result;
    WppEventMapper mapper(visitor, result);
    for (const PacketInfo& p : packets) {
        if (!validate_packet(*layout, file, p, values).empty()) continue;
        PacketCursor cursor;
        if (!cursor.start(*layout, file, p, values.data())) std::abort();  // validated above
        while (const EventLayout* event = cursor.next()) {
            std::int64_t ns = 0;
            layout->ns_from_origin(cursor.clock(), ns);
            const auto& stream_classes = classes->of(*cursor.stream());
            mapper.map(
                stream_classes[static_cast<std::size_t>(event - cursor.stream()->events.data())],
                EventView{cursor.data(), values.data(), ns});
        }
        if (cursor.error()) {
            std::fprintf(stderr, "fuzz_ctf_stream: a validated packet failed: %s\n",
                         cursor.error());
            std::abort();
        }
    }
    return 0;
}
