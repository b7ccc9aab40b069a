// bench_trace_calls.cpp - what one trace call costs: TraceEvents disabled three ways (driver
// off, level below, flag masked), enabled but not recorded, and recording under a real LTTng
// session, each beside its reference: the bare floor (a relaxed atomic load and a predicted
// branch) and a hand-written LTTng-UST tracepoint with the same payload.
//
// This program is itself a driver (module "bench", one control GUID, three flags). Run it
// through bench/run-bench, which starts a private session daemon and a session recording
// wpp:verbose and bench_raw:record; the recording benchmarks refuse to run (SkipWithError)
// when their event is not actually recorded, so no number of a non-recording run can be
// published by mistake. Benchmark names:
//   BM_floor                    load + branch, nothing else
//   BM_wpp_off_{driver,level,flag}, BM_raw_idle, BM_wpp_no_session   nothing recorded
//   BM_{wpp,raw}_rec_{none,2int,int_str}                              recorded
// clang-format off
#define WPP_CONTROL_GUIDS                                                                      \
    WPP_DEFINE_CONTROL_GUID(BenchTraceGuid, (6b1c9a8e,3f0d,4c52,9e1a,7d2b40c6f311),            \
                            WPP_DEFINE_BIT(FLAG_A) WPP_DEFINE_BIT(FLAG_B) WPP_DEFINE_BIT(FLAG_C))
// clang-format on

#include <wpp/wpp.h>

#include "bench_raw_tp.h"

#include <atomic>
#include <cstdint>
#include <cstring>

#include <benchmark/benchmark.h>

// Globals with external linkage: the compiler can neither fold the gate nor the arguments.
std::atomic<std::uint32_t> bench_floor_gate{0};  // never set: the branch is never taken
std::uint64_t bench_sink = 0;
int bench_value = 42;
int bench_value2 = -7;
const char* bench_text = "0123456789abcdef0123456789abcdef";  // 32 bytes

namespace {

// ---- the hand-written reference: what a careful engineer writes with LTTng-UST alone ---------

constexpr std::uint8_t kLevelVerbose = 5;  // TRACE_LEVEL_VERBOSE, as wpp records it
constexpr std::uint32_t kFlagA = 1;
constexpr const char* kDriver = "bench";
constexpr std::size_t kRawMaxText = 256;  // bytes of a string kept; longer ones are cut
constexpr std::size_t kRawWords = 2 + kRawMaxText / 8;

// int, then the string as wpp encodes it: a length word and the bytes in zero-padded words.
inline std::uint32_t raw_pack_int_str(std::uint64_t* w, int value, const char* text) {
    w[0] = static_cast<std::uint64_t>(static_cast<std::int64_t>(value));
    std::size_t n = strnlen(text, kRawMaxText);
    w[1] = n;
    std::size_t count = (n + 7) / 8;
    if (count) {
        w[2 + count - 1] = 0;
        std::memcpy(&w[2], text, n);
    }
    return static_cast<std::uint32_t>(2 + count);
}

#define RAW_TRACE_INT_STR(EVENT, ID, VALUE, TEXT)                                           \
    do {                                                                                    \
        if (lttng_ust_tracepoint_enabled(bench_raw, EVENT)) {                               \
            std::uint64_t raw_words_[kRawWords];                                            \
            std::uint32_t raw_count_ = raw_pack_int_str(raw_words_, (VALUE), (TEXT));       \
            lttng_ust_do_tracepoint(bench_raw, EVENT, (ID), kLevelVerbose, kFlagA, kDriver, \
                                    raw_words_, raw_count_);                                \
        }                                                                                   \
    } while (0)

// ---- helpers ---------------------------------------------------------------------------------

[[gnu::noinline, gnu::cold]] void floor_taken() {
    bench_sink = bench_sink + 1;
}

// Sets a control selection for one benchmark and reopens everything afterwards.
class Selection {
  public:
    explicit Selection(const char* text) { ok_ = wpptrace_configure(text) == 0; }
    ~Selection() { wpptrace_configure(""); }
    Selection(const Selection&) = delete;
    Selection& operator=(const Selection&) = delete;
    bool ok() const { return ok_; }

  private:
    bool ok_ = false;
};

// The gate alone (no LTTng state), as WPP_LEVEL_FLAGS_ENABLED reads it.
#define BENCH_GATE_OPEN(LEVEL, FLAG) \
    ((wpp_enabled_flags(&WPP_CONTROL(WPP_BIT_##FLAG), (LEVEL)) & WPP_MASK(WPP_BIT_##FLAG)) != 0)

bool require(benchmark::State& state, bool condition, const char* why) {
    if (!condition) state.SkipWithError(why);
    return condition;
}

constexpr const char* kNotRecording =
    "not recording: run bench/run-bench (needs a session recording wpp:verbose and "
    "bench_raw:record)";

// ---- the floor -------------------------------------------------------------------------------

void BM_floor(benchmark::State& state) {
    for (auto _ : state) {
        if (__builtin_expect((bench_floor_gate.load(std::memory_order_relaxed) & 1u) != 0, 0))
            floor_taken();
    }
}
BENCHMARK(BM_floor);

// ---- disabled --------------------------------------------------------------------------------

void BM_wpp_off_driver(benchmark::State& state) {
    Selection selection("other");  // no rule names module "bench"
    if (!require(state, selection.ok() && !BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A),
                 "gate still open"))
        return;
    for (auto _ : state)
        TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "value %d name %s", bench_value, bench_text);
}
BENCHMARK(BM_wpp_off_driver);

void BM_wpp_off_level(benchmark::State& state) {
    Selection selection("bench:ERROR");  // VERBOSE is below ERROR
    if (!require(state,
                 selection.ok() && !BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A) &&
                     BENCH_GATE_OPEN(TRACE_LEVEL_ERROR, FLAG_A),
                 "level selection not as expected"))
        return;
    for (auto _ : state)
        TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "value %d name %s", bench_value, bench_text);
}
BENCHMARK(BM_wpp_off_level);

void BM_wpp_off_flag(benchmark::State& state) {
    Selection selection("bench:VERBOSE:FLAG_A");  // FLAG_B masked
    if (!require(state,
                 selection.ok() && !BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_B) &&
                     BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A),
                 "flag selection not as expected"))
        return;
    for (auto _ : state)
        TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_B, "value %d name %s", bench_value, bench_text);
}
BENCHMARK(BM_wpp_off_flag);

// A raw tracepoint no session enables: LTTng's own disabled cost.
void BM_raw_idle(benchmark::State& state) {
    if (!require(state, !lttng_ust_tracepoint_enabled(bench_raw, idle),
                 "bench_raw:idle is enabled by some session"))
        return;
    for (auto _ : state) RAW_TRACE_INT_STR(idle, 0x5eed0001u, bench_value, bench_text);
}
BENCHMARK(BM_raw_idle);

// Gate open, but no session records wpp:information: the gate load plus LTTng's state load.
void BM_wpp_no_session(benchmark::State& state) {
    Selection selection("");
    if (!require(state,
                 BENCH_GATE_OPEN(TRACE_LEVEL_INFORMATION, FLAG_A) &&
                     !lttng_ust_tracepoint_enabled(wpp, information),
                 "wpp:information is enabled by some session"))
        return;
    for (auto _ : state)
        TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "value %d name %s", bench_value, bench_text);
}
BENCHMARK(BM_wpp_no_session);

// ---- recording: each wpptrace case beside its hand-written twin ------------------------------

bool wpp_recording(benchmark::State& state) {
    return require(state,
                   BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A) &&
                       WPP_LEVEL_FLAGS_ENABLED(TRACE_LEVEL_VERBOSE, FLAG_A),
                   kNotRecording);
}

bool raw_recording(benchmark::State& state) {
    return require(state, lttng_ust_tracepoint_enabled(bench_raw, record), kNotRecording);
}

void BM_wpp_rec_none(benchmark::State& state) {
    Selection selection("");
    if (!wpp_recording(state)) return;
    for (auto _ : state) TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "no arguments");
}
BENCHMARK(BM_wpp_rec_none);

void BM_raw_rec_none(benchmark::State& state) {
    if (!raw_recording(state)) return;
    for (auto _ : state) {
        if (lttng_ust_tracepoint_enabled(bench_raw, record)) {
            std::uint64_t words[1];
            lttng_ust_do_tracepoint(bench_raw, record, 0x5eed0002u, kLevelVerbose, kFlagA, kDriver,
                                    words, 0);
        }
    }
}
BENCHMARK(BM_raw_rec_none);

void BM_wpp_rec_2int(benchmark::State& state) {
    Selection selection("");
    if (!wpp_recording(state)) return;
    for (auto _ : state)
        TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "a %d b %d", bench_value, bench_value2);
}
BENCHMARK(BM_wpp_rec_2int);

void BM_raw_rec_2int(benchmark::State& state) {
    if (!raw_recording(state)) return;
    for (auto _ : state) {
        if (lttng_ust_tracepoint_enabled(bench_raw, record)) {
            std::uint64_t words[2] = {
                static_cast<std::uint64_t>(static_cast<std::int64_t>(bench_value)),
                static_cast<std::uint64_t>(static_cast<std::int64_t>(bench_value2))};
            lttng_ust_do_tracepoint(bench_raw, record, 0x5eed0003u, kLevelVerbose, kFlagA, kDriver,
                                    words, 2);
        }
    }
}
BENCHMARK(BM_raw_rec_2int);

void BM_wpp_rec_int_str(benchmark::State& state) {
    Selection selection("");
    if (!wpp_recording(state)) return;
    for (auto _ : state)
        TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "value %d name %s", bench_value, bench_text);
}
BENCHMARK(BM_wpp_rec_int_str);

void BM_raw_rec_int_str(benchmark::State& state) {
    if (!raw_recording(state)) return;
    for (auto _ : state) RAW_TRACE_INT_STR(record, 0x5eed0004u, bench_value, bench_text);
}
BENCHMARK(BM_raw_rec_int_str);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    WPP_INIT_TRACING(L"bench");
    wpptrace_configure("");  // every benchmark starts from "all open" and restores it
    benchmark::AddCustomContext("wpp:verbose recorded",
                                lttng_ust_tracepoint_enabled(wpp, verbose) ? "yes" : "no");
    benchmark::AddCustomContext("bench_raw:record recorded",
                                lttng_ust_tracepoint_enabled(bench_raw, record) ? "yes" : "no");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    WPP_CLEANUP();
    return 0;
}
