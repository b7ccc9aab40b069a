// flight_emitter COUNT [--error] [--wait-dump DIR] [--kill]: a traced module for
// tests/e2e/flight_recorder_test. Pinned to CPU 0 (so that its messages share one ring buffer,
// in order), it traces "sequence N" for N in 0..COUNT-1 at INFORMATION; with --error then one
// "failed after sequence COUNT-1" at ERROR; with --wait-dump it waits (at most 20 s) until a
// directory error-* appears in DIR, a flight recorder's dump, says "dump seen while running" and
// traces "after the dump" (exit 3 when none came); with --kill it ends by SIGKILL, else cleanly.
#define WPP_CONTROL_GUIDS                                                           \
    WPP_DEFINE_CONTROL_GUID(FlightGuid, (2d6b8f40, 93a1, 4c57, b0e2, 7f1d3c5a9e84), \
                            WPP_DEFINE_BIT(FLIGHT_FLAG))
#include <wpp/wpp.h>

#include <sched.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>

namespace {

bool dump_in(const std::string& dir) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename().string().starts_with("error-")) return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s COUNT [--error] [--wait-dump DIR] [--kill]\n", argv[0]);
        return 2;
    }
    const unsigned count = static_cast<unsigned>(std::strtoul(argv[1], nullptr, 10));
    bool error = false, kill_self = false;
    std::string wait_dir;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--error") == 0)
            error = true;
        else if (std::strcmp(argv[i], "--kill") == 0)
            kill_self = true;
        else if (std::strcmp(argv[i], "--wait-dump") == 0 && i + 1 < argc)
            wait_dir = argv[++i];
    }
    cpu_set_t cpu0;
    CPU_ZERO(&cpu0);
    CPU_SET(0, &cpu0);
    sched_setaffinity(0, sizeof cpu0, &cpu0);

    WPP_INIT_TRACING(L"flight");
    for (unsigned seq = 0; seq < count; ++seq)
        TraceEvents(TRACE_LEVEL_INFORMATION, FLIGHT_FLAG, "sequence %u", seq);
    if (error) TraceEvents(TRACE_LEVEL_ERROR, FLIGHT_FLAG, "failed after sequence %u", count - 1);
    if (!wait_dir.empty()) {
        bool seen = false;
        for (int i = 0; i < 2000 && !(seen = dump_in(wait_dir)); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (!seen) {
            std::fprintf(stderr, "flight_emitter: no dump in %s\n", wait_dir.c_str());
            return 3;
        }
        std::printf("dump seen while running\n");
        std::fflush(stdout);
        TraceEvents(TRACE_LEVEL_INFORMATION, FLIGHT_FLAG, "after the dump");
    }
    if (kill_self) raise(SIGKILL);
    WPP_CLEANUP();
    return 0;
}
