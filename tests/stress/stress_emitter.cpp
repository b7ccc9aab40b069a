// stress_emitter THREADS MESSAGES [RATE]: a traced module whose THREADS threads each emit MESSAGES
// numbered messages "PID THREAD SEQ" (SEQ from 0) as fast as they can (or RATE messages a second
// per thread, paced every 100 messages: bench/many-machines), then exits cleanly.
// On success it prints "pid PID threads THREADS messages MESSAGES" so the driver knows what
// each process emitted without trusting the trace.
#define WPP_CONTROL_GUIDS                                                           \
    WPP_DEFINE_CONTROL_GUID(StressGuid, (5a7e3c11, 2b4d, 4f60, 9e8a, 1c2d3e4f5a6b), \
                            WPP_DEFINE_BIT(STRESS_FLAG))
#include <wpp/wpp.h>

#include <unistd.h>

#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: %s THREADS MESSAGES [RATE]\n", argv[0]);
        return 2;
    }
    const unsigned threads = static_cast<unsigned>(std::strtoul(argv[1], nullptr, 10));
    const unsigned messages = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
    const unsigned pid = static_cast<unsigned>(getpid());
    const double rate = argc == 4 ? std::strtod(argv[3], nullptr) : 0;  // 0: no pacing

    WPP_INIT_TRACING(L"stress");
    if (!WPP_FLAG_ENABLED(STRESS_FLAG)) {
        // Nothing would be recorded: the driver's accounting would fail for a wrong reason.
        std::fprintf(stderr, "stress_emitter: tracing is not enabled\n");
        return 1;
    }
    // All threads start together so that they compete for the ring buffers.
    std::barrier start(static_cast<std::ptrdiff_t>(threads));
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            start.arrive_and_wait();
            const auto begin = std::chrono::steady_clock::now();
            for (unsigned seq = 0; seq < messages; ++seq) {
                if (rate > 0 && seq % 100 == 0)
                    std::this_thread::sleep_until(
                        begin + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                    std::chrono::duration<double>(seq / rate)));
                TraceEvents(TRACE_LEVEL_INFORMATION, STRESS_FLAG, "%u %u %u", pid, t, seq);
            }
        });
    for (auto& w : workers) w.join();
    WPP_CLEANUP();
    std::printf("pid %u threads %u messages %u\n", pid, threads, messages);
    return 0;
}
