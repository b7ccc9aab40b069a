// bench_ifr.cpp - what the in-flight recorder costs a trace call: one message into the recorder
// alone (no session records its level), the same with the recorder off (the gate open, nobody
// records: what a call cost before the recorder), LTTng recording with the recorder on and off
// (the recorder's share of an always-on setup), the disabled floor, on 1 and 2 threads. Run it
// through bench/run-ifr-bench (a private session recording wpp:verbose, as bench/run-bench).
//
// This program is a driver (module "benchifr"); its recorder lives in a private temporary
// directory, 64 KiB per thread ring. "Recorder off" clears the driver's recorder pointer
// (wpp_ifr_module_) around a benchmark, which is what WPPTRACE_IFR=off leaves.
//   BM_floor                               a relaxed load and a predicted branch
//   BM_disabled_int_str                    the driver's control closed: the disabled floor
//   BM_ifr_{2int,int_str}/threads:{1,2}    into the recorder only (wpp:information unrecorded)
//   BM_none_int_str                        gate open, recorder off, no session: nothing recorded
//   BM_lttng_{ifr,noifr}_{2int,int_str}/threads:{1,2}   LTTng recording, recorder on / off
//   BM_clock_tsc, BM_clock_realtime        the recorder's clock and its fallback, alone
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

wpp_ifr* the_recorder = nullptr;  // the driver's, saved while a benchmark turns it off

void recorder_off(const benchmark::State&) {
    wpp_ifr_module_ = nullptr;
}
void recorder_on(const benchmark::State&) {
    wpp_ifr_module_ = the_recorder;
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

#define IFR_CASES(P)                                                                               \
    void BM_ifr_##P(benchmark::State& state) {                                                     \
        if (!recorder_is(state, true) || !lttng_records(state, TRACE_LEVEL_INFORMATION, false))    \
            return;                                                                                \
        for (auto _ : state) IFR_##P(TRACE_LEVEL_INFORMATION);                                     \
    }                                                                                              \
    BENCHMARK(BM_ifr_##P)->Threads(1)->Threads(2);                                                 \
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
    benchmark::AddCustomContext("recorder", the_recorder ? "on" : "off");
    benchmark::AddCustomContext("wpp:verbose recorded",
                                lttng_ust_tracepoint_enabled(wpp, verbose) ? "yes" : "no");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    WPP_CLEANUP();  // removes the recorder's file
    rmdir(dir);
    return 0;
}
