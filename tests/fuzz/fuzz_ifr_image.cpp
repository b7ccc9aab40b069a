// fuzz_ifr_image: an in-flight recorder file (untrusted: what a crashed or hostile process left)
// parsed and its messages mapped to visitor calls, exactly `wpptrace ifr dump`'s steps after
// reading the file. Every read must stay within the input (AddressSanitizer checks it), every
// size be validated, and what comes out must be whole records: each message's words within the
// image's words, at most WPP_BLOB_WORDS of them, sequence numbers rising by one per ring, and
// times no finer than the recorder's time mode (none: 0; millisecond: whole milliseconds).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

#include <wpp/ifr_format.h>

#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/ifr_reader.hpp"

namespace {

using namespace wpptrace::decoder;

struct NullVisitor : TraceVisitor {
    std::uint64_t calls = 0;
    void on_message(const WppEvent& e) override { calls += e.args.size() + e.driver.size() + 1; }
    void on_catalog_message(MessageInfo) override { ++calls; }
    void on_catalog_module(ModuleInfo) override { ++calls; }
    void on_discarded_events(std::uint64_t, bool, LostFrom) override { ++calls; }
    void on_discarded_packets(std::uint64_t, bool, LostFrom) override { ++calls; }
    void on_malformed_event(std::string_view, std::string_view) override { ++calls; }
};

void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<IfrImage> images;
    try {
        images.push_back(parse_ifr_image(std::span<const unsigned char>(data, size), "fuzz"));
    } catch (const Error&) {
        return 0;  // refused with a message: fine
    }
    const IfrImage& image = images[0];
    std::vector<std::uint64_t> last(image.info.ring_count, 0);
    for (const IfrMessage& m : image.messages) {
        check(m.word_count <= WPP_BLOB_WORDS, "a message with more words than a blob");
        check(std::uint64_t{m.first_word} + m.word_count <= image.words.size(),
              "a message's words outside the image's");
        check(m.ring < image.info.ring_count, "a message of a ring the header does not have");
        check(last[m.ring] == 0 || m.sequence == last[m.ring] + 1,
              "sequence numbers not rising by one in a ring");
        last[m.ring] = m.sequence;
        // Times at the recorded granularity: none where no clock was read, whole milliseconds
        // from the tick clock.
        if (image.info.time_granularity == TimeGranularity::none)
            check(m.time_ns == 0, "a time from a recorder that read no clock");
        if (image.info.time_granularity == TimeGranularity::milliseconds)
            check(m.time_ns % 1000000 == 0, "sub-millisecond digits from the tick clock");
    }
    check(image.info.messages == image.messages.size(), "message count");
    NullVisitor visitor;
    ReadResult result;
    visit_ifr_images(images, visitor, result);
    check(result.events == image.messages.size(), "every message mapped once");
    return 0;
}
