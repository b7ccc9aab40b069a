// fuzz_prefix: a prefix as given with --prefix or TRACE_FORMAT_PREFIX (untrusted text) parsed,
// then rendered with an arbitrary event context (the context comes from a trace).
//
// Input: PREFIX '\0' CONTEXT. Without the NUL the whole input is the prefix and the event has
// default fields. CONTEXT feeds a FuzzedDataProvider: time options, numbers, then the texts.
// Beyond "no crash", the target checks that a malformed prefix is a PrefixError with a position
// inside it, and that the per-second time cache never changes what is rendered.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "wpptrace/decoder/prefix.hpp"

namespace {

using namespace wpptrace::decoder;

void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_prefix: invariant broken: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string_view format = input.substr(0, nul);
    const std::string_view context_bytes =
        nul == std::string_view::npos ? std::string_view{} : input.substr(nul + 1);

    FuzzedDataProvider provider(reinterpret_cast<const std::uint8_t*>(context_bytes.data()),
                                context_bytes.size());
    TimeOptions time;
    time.mode = provider.ConsumeBool() ? TimeMode::utc : TimeMode::local;
    time.precision = provider.PickValueInArray(
        {TimePrecision::milliseconds, TimePrecision::microseconds, TimePrecision::nanoseconds});
    EventContext event;
    event.line = provider.ConsumeIntegral<std::uint32_t>();
    event.level = provider.ConsumeIntegral<std::uint8_t>();
    event.cpu = provider.ConsumeIntegral<std::uint32_t>();
    event.pid = provider.ConsumeIntegral<std::uint32_t>();
    event.tid = provider.ConsumeIntegral<std::uint32_t>();
    event.sequence = provider.ConsumeIntegral<std::uint64_t>();
    event.timestamp_ns = provider.ConsumeIntegral<std::int64_t>();
    const std::int64_t other_timestamp_ns = provider.ConsumeIntegral<std::int64_t>();
    const std::string module = provider.ConsumeRandomLengthString(256);
    const std::string file = provider.ConsumeRandomLengthString(256);
    const std::string function = provider.ConsumeRandomLengthString(256);
    const std::string level_text = provider.ConsumeRandomLengthString(256);
    const std::string flags = provider.ConsumeRemainingBytesAsString();
    event.module = module;
    event.file = file;
    event.function = function;
    event.level_text = level_text;
    event.flags = flags;

    try {
        Prefix prefix(format, time);
        std::string first;
        prefix.render(event, first);

        // A Prefix whose time cache holds another second must render the same text.
        Prefix cached(format, time);
        EventContext other = event;
        other.timestamp_ns = other_timestamp_ns;
        std::string scratch;
        cached.render(other, scratch);
        std::string second;
        cached.render(event, second);
        require(first == second, "the time cache changed the rendered prefix");
    } catch (const PrefixError& error) {
        require(error.position() <= format.size(), "PrefixError position past the prefix");
    }
    return 0;
}
