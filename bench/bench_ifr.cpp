// bench_ifr.cpp - what the in-flight recorder costs a trace call: one message into the recorder
// alone (no session records its level), the same with the recorder off (the gate open, nobody
// records: what a call cost before the recorder), LTTng recording with the recorder on and off
// (the recorder's share of an always-on setup), the disabled floor, on 1 and 2 threads. Run it
// through bench/run-ifr-bench (a private session recording wpp:verbose, as bench/run-bench).
//
// This program is a driver (module "benchifr"); its recorders live in a private temporary
// directory, 64 KiB per thread ring: the default one (millisecond times) that WPP_INIT_TRACING
// opens, and one per other time mode, opened by the runtime as the registry values
// WppRecorder_UseTimeStamp / WppRecorder_PreciseTimeStamp would. A benchmark of another mode, or
// "recorder off", swaps the driver's recorder pointer (wpp_ifr_module_) around it; off is what
// WPPTRACE_IFR=off leaves.
//   BM_floor                               a relaxed load and a predicted branch
//   BM_disabled_int_str                    the driver's control closed: the disabled floor
//   BM_ifr_{ms,precise,none}_{2int,int_str}/threads:{1,2}   into the recorder only
//                                          (wpp:information unrecorded), in each time mode
//   BM_none_int_str                        gate open, recorder off, no session: nothing recorded
//   BM_lttng_{ifr,noifr}_{2int,int_str}/threads:{1,2}   LTTng recording, recorder on / off
//   BM_clock_{tsc,realtime,realtime_coarse}   the clocks of the time modes, alone
//   BM_pack_string32                       what %s adds before the recorder: strnlen and memcpy
//                                          of the 32-byte string into words, as emit.h does
//   BM_ifr_none_6int                       six ints, no clock: as many words as int + string
//                                          (int, count, 4 words of text) without a string
//   BM_cpu_rseq, BM_cpu_rdtscp, BM_cpu_sched_getcpu   ways to learn the CPU: the rseq area's
//                                          cpu_id (what the recorder reads), rdtscp's TSC_AUX,
//                                          glibc's sched_getcpu()
// clang-format off
#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(BenchIfrGuid, (3d2c1b0a,9e8f,4a7b,8c6d,5e4f3a2b1c0d),         \
                            WPP_DEFINE_BIT(FLAG_A))
// clang-format on

#include <wpp/wpp.h>

#include <sched.h>
#include <stdlib.h>
#include <sys/rseq.h>
#include <time.h>
#include <unistd.h>

#include <string.h>

#include <atomic>
#include <cstdint>
#include <string>

#include <benchmark/benchmark.h>

// Globals with external linkage: the compiler can fold neither the gate nor the arguments.
std::atomic<std::uint32_t> bench_floor_gate{0};
std::uint64_t bench_sink = 0;
int bench_value = 42;
int bench_value2 = -7;
const char* bench_text = "0123456789abcdef0123456789abcdef";  // 32 bytes

namespace {

wpp_ifr* the_recorder = nullptr;  // the driver's (millisecond mode), saved while swapped
wpp_ifr* precise_recorder = nullptr;
wpp_ifr* timeless_recorder = nullptr;

void recorder_off(const benchmark::State&) {
    wpp_ifr_module_ = nullptr;
}
void recorder_on(const benchmark::State&) {
    wpp_ifr_module_ = the_recorder;
}
void recorder_precise(const benchmark::State&) {
    wpp_ifr_module_ = precise_recorder;
}
void recorder_none(const benchmark::State&) {
    wpp_ifr_module_ = timeless_recorder;
}
void control_closed(const benchmark::State&) {
    wpptrace_configure("nobody");
}
void control_open(const benchmark::State&) {
    wpptrace_configure("");
}

bool lttng_records(benchmark::State& state, unsigned level, bool wanted) {
    if (wpp_tracepoint_enabled(level) == (wanted ? 1 : 0)) return true;
    state.SkipWithError(wanted ? "wpp:verbose not recorded: run bench/run-ifr-bench"
                               : "wpp:information is recorded by some session");
    return false;
}

bool recorder_is(benchmark::State& state, bool on) {
    if ((wpp_ifr_module_ != nullptr) == on) return true;
    state.SkipWithError(on ? "no recorder (WPPTRACE_IFR=off?)" : "the recorder is on");
    return false;
}

[[gnu::noinline, gnu::cold]] void floor_taken() {
    bench_sink = bench_sink + 1;
}

#define IFR_2int(L) TraceEvents(L, FLAG_A, "a %d b %d", bench_value, bench_value2)
#define IFR_int_str(L) TraceEvents(L, FLAG_A, "value %d name %s", bench_value, bench_text)
#define IFR_6int(L)                                                                     \
    TraceEvents(L, FLAG_A, "%d %d %d %d %d %d", bench_value, bench_value2, bench_value, \
                bench_value2, bench_value, bench_value2)

void BM_floor(benchmark::State& state) {
    for (auto _ : state)
        if (__builtin_expect((bench_floor_gate.load(std::memory_order_relaxed) & 1u) != 0, 0))
            floor_taken();
}
BENCHMARK(BM_floor);

void BM_disabled_int_str(benchmark::State& state) {
    for (auto _ : state) IFR_int_str(TRACE_LEVEL_INFORMATION);
}
BENCHMARK(BM_disabled_int_str)->Setup(control_closed)->Teardown(control_open);

void BM_none_int_str(benchmark::State& state) {
    if (!recorder_is(state, false) || !lttng_records(state, TRACE_LEVEL_INFORMATION, false)) return;
    for (auto _ : state) IFR_int_str(TRACE_LEVEL_INFORMATION);
}
BENCHMARK(BM_none_int_str)->Setup(recorder_off)->Teardown(recorder_on);

#define IFR_MODE_CASE(M, P)                                                                     \
    void BM_ifr_##M##_##P(benchmark::State& state) {                                            \
        if (!recorder_is(state, true) || !lttng_records(state, TRACE_LEVEL_INFORMATION, false)) \
            return;                                                                             \
        for (auto _ : state) IFR_##P(TRACE_LEVEL_INFORMATION);                                  \
    }

#define IFR_CASES(P)                                                                               \
    IFR_MODE_CASE(ms, P)                                                                           \
    BENCHMARK(BM_ifr_ms_##P)->Threads(1)->Threads(2);                                              \
    IFR_MODE_CASE(precise, P)                                                                      \
    BENCHMARK(BM_ifr_precise_##P)                                                                  \
        ->Threads(1)                                                                               \
        ->Threads(2)                                                                               \
        ->Setup(recorder_precise)                                                                  \
        ->Teardown(recorder_on);                                                                   \
    IFR_MODE_CASE(none, P)                                                                         \
    BENCHMARK(BM_ifr_none_##P)                                                                     \
        ->Threads(1)                                                                               \
        ->Threads(2)                                                                               \
        ->Setup(recorder_none)                                                                     \
        ->Teardown(recorder_on);                                                                   \
    void BM_lttng_ifr_##P(benchmark::State& state) {                                               \
        if (!recorder_is(state, true) || !lttng_records(state, TRACE_LEVEL_VERBOSE, true)) return; \
        for (auto _ : state) IFR_##P(TRACE_LEVEL_VERBOSE);                                         \
    }                                                                                              \
    BENCHMARK(BM_lttng_ifr_##P)->Threads(1)->Threads(2);                                           \
    void BM_lttng_noifr_##P(benchmark::State& state) {                                             \
        if (!recorder_is(state, false) || !lttng_records(state, TRACE_LEVEL_VERBOSE, true))        \
            return;                                                                                \
        for (auto _ : state) IFR_##P(TRACE_LEVEL_VERBOSE);                                         \
    }                                                                                              \
    BENCHMARK(BM_lttng_noifr_##P)                                                                  \
        ->Threads(1)                                                                               \
        ->Threads(2)                                                                               \
        ->Setup(recorder_off)                                                                      \
        ->Teardown(recorder_on);

IFR_CASES(2int)
IFR_CASES(int_str)
IFR_MODE_CASE(none, 6int)
BENCHMARK(BM_ifr_none_6int)->Threads(1)->Setup(recorder_none)->Teardown(recorder_on);

void BM_clock_tsc(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(__builtin_ia32_rdtsc());
}
BENCHMARK(BM_clock_tsc);

void BM_clock_realtime(benchmark::State& state) {
    timespec now{};
    for (auto _ : state) {
        clock_gettime(CLOCK_REALTIME, &now);
        benchmark::DoNotOptimize(now);
    }
}
BENCHMARK(BM_clock_realtime);

void BM_clock_realtime_coarse(benchmark::State& state) {
    timespec now{};
    for (auto _ : state) {
        clock_gettime(CLOCK_REALTIME_COARSE, &now);
        benchmark::DoNotOptimize(now);
    }
}
BENCHMARK(BM_clock_realtime_coarse);

void BM_pack_string32(benchmark::State& state) {
    std::uint64_t words[8];
    for (auto _ : state) {
        std::size_t bytes = strnlen(bench_text, 8000);
        __asm__("" : "+r"(bytes));  // as emit.h: the bound hidden, glibc's memcpy
        words[(bytes + 7) / 8 - 1] = 0;
        memcpy(words, bench_text, bytes);
        benchmark::DoNotOptimize(words);
    }
}
BENCHMARK(BM_pack_string32);

void BM_cpu_rseq(benchmark::State& state) {
    if (__rseq_size == 0) {
        state.SkipWithError("no rseq area (glibc.pthread.rseq=0?)");
        return;
    }
    const auto* area = reinterpret_cast<const volatile struct rseq*>(
        static_cast<const char*>(__builtin_thread_pointer()) + __rseq_offset);
    for (auto _ : state) benchmark::DoNotOptimize(area->cpu_id);
}
BENCHMARK(BM_cpu_rseq);

void BM_cpu_rdtscp(benchmark::State& state) {
    unsigned aux = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(__builtin_ia32_rdtscp(&aux));
        benchmark::DoNotOptimize(aux);
    }
}
BENCHMARK(BM_cpu_rdtscp);

void BM_cpu_sched_getcpu(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(sched_getcpu());
}
BENCHMARK(BM_cpu_sched_getcpu);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    char dir[] = "/tmp/wppifrbench.XXXXXX";
    if (!mkdtemp(dir)) return 2;
    setenv("WPPTRACE_IFR_DIR", dir, 1);
    wpptrace_ifr_configure("benchifr", 64 << 10);
    WPP_INIT_TRACING(L"benchifr");
    wpptrace_configure("");
    the_recorder = wpp_ifr_module_;
    // The other modes' recorders of this module, opened as WPP_INIT_TRACING opens its own
    // (the same module description) after the host passed a driver's registry values.
    static const wpp_module_desc module = {
        WPP_MODULE_MAGIC,      WPP_CONTROL_COUNT_,   0,
        wpp_module_name_,      wpp_control_descs_,   WPP_MAIN_CB,
        __start_wpp_site_ptrs, __stop_wpp_site_ptrs, &wpp_linked_sites};
    wpptrace_ifr_configure_timestamps("benchifr", 1, 1);
    wpptrace_ifr_open_module_v2(&module, &precise_recorder, nullptr);
    wpptrace_ifr_configure_timestamps("benchifr", 0, -1);
    wpptrace_ifr_open_module_v2(&module, &timeless_recorder, nullptr);
    benchmark::AddCustomContext("recorder", the_recorder ? "on" : "off");
    benchmark::AddCustomContext("wpp:verbose recorded",
                                lttng_ust_tracepoint_enabled(wpp, verbose) ? "yes" : "no");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    wpptrace_ifr_close_module(&precise_recorder);
    wpptrace_ifr_close_module(&timeless_recorder);
    WPP_CLEANUP();  // removes the recorder's file
    rmdir(dir);
    return 0;
}
