// live_emitter COUNT INTERVAL_US: a traced module that emits COUNT messages "tick N", one every
// INTERVAL_US microseconds, for bench/live-bench (the latency from the trace call to the line
// `wpptrace decode --live` prints: the event's own timestamp is the time of the call).
#define WPP_CONTROL_GUIDS                                                              \
    WPP_DEFINE_CONTROL_GUID(LiveBenchGuid, (6d1f2a93, 4c5e, 4b70, 8a1d, 2e3f4a5b6c7d), \
                            WPP_DEFINE_BIT(LIVE_BENCH))
#include <wpp/wpp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s COUNT INTERVAL_US\n", argv[0]);
        return 2;
    }
    const unsigned count = static_cast<unsigned>(std::strtoul(argv[1], nullptr, 10));
    const auto interval = std::chrono::microseconds(std::strtoul(argv[2], nullptr, 10));
    WPP_INIT_TRACING(L"livebench");
    if (!WPP_FLAG_ENABLED(LIVE_BENCH)) {
        std::fprintf(stderr, "live_emitter: tracing is not enabled\n");
        return 1;
    }
    auto next = std::chrono::steady_clock::now();
    for (unsigned n = 0; n < count; ++n) {
        TraceEvents(TRACE_LEVEL_INFORMATION, LIVE_BENCH, "tick %u", n);
        next += interval;
        std::this_thread::sleep_until(next);
    }
    WPP_CLEANUP();
    return 0;
}
