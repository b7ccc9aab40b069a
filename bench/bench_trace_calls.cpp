// bench_trace_calls.cpp - what one trace call costs: TraceEvents disabled three ways (driver
// off, level below, flag masked), enabled but not recorded, and recording under a real LTTng
// session, each beside its references with the same payload: the bare floor (a relaxed atomic
// load and a predicted branch), a hand-written LTTng-UST tracepoint, lttng_ust_tracef,
// lttng_ust_tracelog (INFO), snprintf into a stack buffer, and spdlog (null sink; async file
// sink under /tmp, removed afterwards).
//
// This program is itself a driver (module "bench", one control GUID, three flags). Run it
// through bench/run-bench, which starts a private session daemon and a session recording
// wpp:verbose, bench_raw:record, lttng_ust_tracef:* and lttng_ust_tracelog:*; the recording
// benchmarks refuse to run (SkipWithError) when their event is not actually recorded, so no
// number of a non-recording run can be published by mistake. Payloads P:
//   none         "no arguments"
//   2int         two ints
//   int_str      an int and a 32-byte string
//   8int         eight ints
//   status_guid  an NTSTATUS and a GUID: wpptrace records %!STATUS! %!GUID! (a word, then the
//                GUID's 16 bytes; names and text come later, in the decoder); printf-style peers
//                format the same values as a driver writer would without those types:
//                0x%08x and the GUID field by field
// Benchmark names:
//   BM_floor                                      load + branch, nothing else
//   BM_wpp_off_{driver,level,flag}_P, BM_raw_idle, BM_wpp_no_session      nothing recorded
//   BM_{wpp,raw,tracef,tracelog}_rec_P            recorded
//   BM_{wpp,raw}_mt_int_str/threads:{1,2}         recorded by one and two threads at once
//   BM_snprintf_P, BM_spdlog_{null,async}_P       the same message, formatted in the process
// clang-format off
#define WPP_CONTROL_GUIDS                                                                      \
    WPP_DEFINE_CONTROL_GUID(BenchTraceGuid, (6b1c9a8e,3f0d,4c52,9e1a,7d2b40c6f311),            \
                            WPP_DEFINE_BIT(FLAG_A) WPP_DEFINE_BIT(FLAG_B) WPP_DEFINE_BIT(FLAG_C))
// clang-format on

#include <wpp/wpp.h>

#include "bench_raw_tp.h"

#include <lttng/tracef.h>
#include <lttng/tracelog.h>
#include <unistd.h>

#include <atomic>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>

#if BENCH_HAVE_SPDLOG
#include <spdlog/async.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>
#endif

// Globals with external linkage: the compiler can neither fold the gate nor the arguments.
std::atomic<std::uint32_t> bench_floor_gate{0};  // never set: the branch is never taken
std::uint64_t bench_sink = 0;
int bench_value = 42;
int bench_value2 = -7;
const char* bench_text = "0123456789abcdef0123456789abcdef";  // 32 bytes
int bench_v[8] = {1, -2, 3, -4, 50000, -60000, 7000000, -80000000};
NTSTATUS bench_status = static_cast<NTSTATUS>(0xC0000001u);  // STATUS_UNSUCCESSFUL
GUID bench_guid = {0x6b1c9a8e, 0x3f0d, 0x4c52, {0x9e, 0x1a, 0x7d, 0x2b, 0x40, 0xc6, 0xf3, 0x11}};

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

// ---- the payloads, one macro each per way of tracing -----------------------------------------
// The same message every way; only the conversion syntax differs (printf has no %I64x: PRIx64;
// spdlog uses fmt's {}). The GUID: see the top of the file.

#define WPP_none(L, F) TraceEvents(L, F, "no arguments")
#define WPP_2int(L, F) TraceEvents(L, F, "a %d b %d", bench_value, bench_value2)
#define WPP_int_str(L, F) TraceEvents(L, F, "value %d name %s", bench_value, bench_text)
#define WPP_8int(L, F)                                                                     \
    TraceEvents(L, F, "eight %d %d %d %d %d %d %d %d", bench_v[0], bench_v[1], bench_v[2], \
                bench_v[3], bench_v[4], bench_v[5], bench_v[6], bench_v[7])
#define WPP_status_guid(L, F) \
    TraceEvents(L, F, "status %!STATUS! guid %!GUID!", bench_status, &bench_guid)

#define FMT_none "no arguments"
#define ARGS_none
#define FMT_2int "a %d b %d"
#define ARGS_2int , bench_value, bench_value2
#define FMT_int_str "value %d name %s"
#define ARGS_int_str , bench_value, bench_text
#define FMT_8int "eight %d %d %d %d %d %d %d %d"
#define ARGS_8int \
    , bench_v[0], bench_v[1], bench_v[2], bench_v[3], bench_v[4], bench_v[5], bench_v[6], bench_v[7]
#define FMT_status_guid "status 0x%08x guid %08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x"
#define ARGS_status_guid                                                                    \
    , static_cast<unsigned>(bench_status), static_cast<unsigned>(bench_guid.Data1),         \
        bench_guid.Data2, bench_guid.Data3, bench_guid.Data4[0], bench_guid.Data4[1],       \
        bench_guid.Data4[2], bench_guid.Data4[3], bench_guid.Data4[4], bench_guid.Data4[5], \
        bench_guid.Data4[6], bench_guid.Data4[7]

#define SPD_none "no arguments"
#define SPD_2int "a {} b {}"
#define SPD_int_str "value {} name {}"
#define SPD_8int "eight {} {} {} {} {} {} {} {}"
#define SPD_status_guid \
    "status 0x{:08x} guid {:08x}-{:04x}-{:04x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}"

// The hand-written tracepoint: the same words wpp records, packed by hand.
inline std::uint32_t raw_pack_none(std::uint64_t*) {
    return 0;
}
inline std::uint32_t raw_pack_2int(std::uint64_t* w) {
    w[0] = static_cast<std::uint64_t>(static_cast<std::int64_t>(bench_value));
    w[1] = static_cast<std::uint64_t>(static_cast<std::int64_t>(bench_value2));
    return 2;
}
inline std::uint32_t raw_pack_int_str(std::uint64_t* w) {
    return raw_pack_int_str(w, bench_value, bench_text);
}
inline std::uint32_t raw_pack_8int(std::uint64_t* w) {
    for (int i = 0; i < 8; ++i)
        w[i] = static_cast<std::uint64_t>(static_cast<std::int64_t>(bench_v[i]));
    return 8;
}
inline std::uint32_t raw_pack_status_guid(std::uint64_t* w) {
    w[0] = static_cast<std::uint64_t>(static_cast<std::int64_t>(bench_status));
    w[1] = sizeof bench_guid;  // the memory layout: a byte count, then the bytes
    std::memcpy(&w[2], &bench_guid, sizeof bench_guid);
    return 4;
}

// ---- the floor -------------------------------------------------------------------------------

void BM_floor(benchmark::State& state) {
    for (auto _ : state) {
        if (__builtin_expect((bench_floor_gate.load(std::memory_order_relaxed) & 1u) != 0, 0))
            floor_taken();
    }
}
BENCHMARK(BM_floor);

// ---- raw disabled, and gate open with nobody recording ---------------------------------------

// A raw tracepoint no session enables: LTTng's own disabled cost.
void BM_raw_idle(benchmark::State& state) {
    if (!require(state, !lttng_ust_tracepoint_enabled(bench_raw, idle),
                 "bench_raw:idle is enabled by some session"))
        return;
    for (auto _ : state) RAW_TRACE_INT_STR(idle, 0x5eed0001u, bench_value, bench_text);
}
BENCHMARK(BM_raw_idle);

// Gate open, but no session records wpp:information: the gate load plus LTTng's state load, and,
// with the driver's in-flight recorder on (the default), the message into it (bench_ifr.cpp
// measures that alone; WPPTRACE_IFR=off gives the old case).
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

bool wpp_recording(benchmark::State& state) {
    return require(state,
                   BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A) &&
                       WPP_LEVEL_FLAGS_ENABLED(TRACE_LEVEL_VERBOSE, FLAG_A),
                   kNotRecording);
}

bool raw_recording(benchmark::State& state) {
    return require(state, lttng_ust_tracepoint_enabled(bench_raw, record), kNotRecording);
}

bool tracef_recording(benchmark::State& state) {
    return require(state, lttng_ust_tracepoint_lttng_ust_tracef___event.state != 0, kNotRecording);
}

bool tracelog_recording(benchmark::State& state) {
    return require(
        state,
        lttng_ust_tracepoint_lttng_ust_tracelog___LTTNG_UST_TRACEPOINT_LOGLEVEL_INFO.state != 0,
        kNotRecording);
}

#if BENCH_HAVE_SPDLOG
// spdlog's async logger, as its documentation sets it up (queue of 8192, one worker, blocking
// when the queue is full: a dropping policy would time dropped messages), writing to a file
// under /tmp removed afterwards. One logger per benchmark run: the file stays small.
class AsyncFileLogger {
  public:
    AsyncFileLogger() {
        char name[] = "/tmp/wppbench-spdlog-XXXXXX";
        int fd = mkstemp(name);
        if (fd >= 0) close(fd);
        path_ = name;
        pool_ = std::make_shared<spdlog::details::thread_pool>(8192, 1);
        logger_ = std::make_shared<spdlog::async_logger>(
            "async", std::make_shared<spdlog::sinks::basic_file_sink_mt>(path_, true), pool_,
            spdlog::async_overflow_policy::block);
        logger_->set_level(spdlog::level::info);
    }
    ~AsyncFileLogger() {
        logger_->flush();
        logger_.reset();
        pool_.reset();  // joins the worker after it has written what was queued
        std::remove(path_.c_str());
    }
    AsyncFileLogger(const AsyncFileLogger&) = delete;
    AsyncFileLogger& operator=(const AsyncFileLogger&) = delete;
    spdlog::logger& operator*() { return *logger_; }

  private:
    std::string path_;
    std::shared_ptr<spdlog::details::thread_pool> pool_;
    std::shared_ptr<spdlog::async_logger> logger_;
};

spdlog::logger& null_logger() {
    static auto logger = [] {
        auto l = std::make_shared<spdlog::logger>("null",
                                                  std::make_shared<spdlog::sinks::null_sink_mt>());
        l->set_level(spdlog::level::info);
        return l;
    }();
    return *logger;
}

#define BENCH_SPDLOG(P)                                        \
    void BM_spdlog_null_##P(benchmark::State& state) {         \
        spdlog::logger& logger = null_logger();                \
        for (auto _ : state) logger.info(SPD_##P ARGS_##P);    \
    }                                                          \
    BENCHMARK(BM_spdlog_null_##P);                             \
    void BM_spdlog_async_##P(benchmark::State& state) {        \
        AsyncFileLogger logger;                                \
        for (auto _ : state) (*logger).info(SPD_##P ARGS_##P); \
    }                                                          \
    BENCHMARK(BM_spdlog_async_##P);
#else
#define BENCH_SPDLOG(P)
#endif

// ---- every payload: wpp disabled three ways and recording, beside its references -------------

#define BENCH_PAYLOAD(P, RAW_ID)                                                             \
    void BM_wpp_off_driver_##P(benchmark::State& state) {                                    \
        Selection selection("other"); /* no rule names module "bench" */                     \
        if (!require(state, selection.ok() && !BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A), \
                     "gate still open"))                                                     \
            return;                                                                          \
        for (auto _ : state) WPP_##P(TRACE_LEVEL_VERBOSE, FLAG_A);                           \
    }                                                                                        \
    BENCHMARK(BM_wpp_off_driver_##P);                                                        \
    void BM_wpp_off_level_##P(benchmark::State& state) {                                     \
        Selection selection("bench:ERROR"); /* VERBOSE is below ERROR */                     \
        if (!require(state,                                                                  \
                     selection.ok() && !BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A) &&      \
                         BENCH_GATE_OPEN(TRACE_LEVEL_ERROR, FLAG_A),                         \
                     "level selection not as expected"))                                     \
            return;                                                                          \
        for (auto _ : state) WPP_##P(TRACE_LEVEL_VERBOSE, FLAG_A);                           \
    }                                                                                        \
    BENCHMARK(BM_wpp_off_level_##P);                                                         \
    void BM_wpp_off_flag_##P(benchmark::State& state) {                                      \
        Selection selection("bench:VERBOSE:FLAG_A"); /* FLAG_B masked */                     \
        if (!require(state,                                                                  \
                     selection.ok() && !BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_B) &&      \
                         BENCH_GATE_OPEN(TRACE_LEVEL_VERBOSE, FLAG_A),                       \
                     "flag selection not as expected"))                                      \
            return;                                                                          \
        for (auto _ : state) WPP_##P(TRACE_LEVEL_VERBOSE, FLAG_B);                           \
    }                                                                                        \
    BENCHMARK(BM_wpp_off_flag_##P);                                                          \
    void BM_wpp_rec_##P(benchmark::State& state) {                                           \
        Selection selection("");                                                             \
        if (!wpp_recording(state)) return;                                                   \
        for (auto _ : state) WPP_##P(TRACE_LEVEL_VERBOSE, FLAG_A);                           \
    }                                                                                        \
    BENCHMARK(BM_wpp_rec_##P);                                                               \
    void BM_raw_rec_##P(benchmark::State& state) {                                           \
        if (!raw_recording(state)) return;                                                   \
        for (auto _ : state) {                                                               \
            if (lttng_ust_tracepoint_enabled(bench_raw, record)) {                           \
                std::uint64_t words_[kRawWords];                                             \
                std::uint32_t count_ = raw_pack_##P(words_);                                 \
                lttng_ust_do_tracepoint(bench_raw, record, (RAW_ID), kLevelVerbose, kFlagA,  \
                                        kDriver, words_, count_);                            \
            }                                                                                \
        }                                                                                    \
    }                                                                                        \
    BENCHMARK(BM_raw_rec_##P);                                                               \
    void BM_tracef_rec_##P(benchmark::State& state) {                                        \
        if (!tracef_recording(state)) return;                                                \
        for (auto _ : state) lttng_ust_tracef(FMT_##P ARGS_##P);                             \
    }                                                                                        \
    BENCHMARK(BM_tracef_rec_##P);                                                            \
    void BM_tracelog_rec_##P(benchmark::State& state) {                                      \
        if (!tracelog_recording(state)) return;                                              \
        for (auto _ : state)                                                                 \
            lttng_ust_tracelog(LTTNG_UST_TRACEPOINT_LOGLEVEL_INFO, FMT_##P ARGS_##P);        \
    }                                                                                        \
    BENCHMARK(BM_tracelog_rec_##P);                                                          \
    void BM_snprintf_##P(benchmark::State& state) {                                          \
        for (auto _ : state) {                                                               \
            char buffer_[256];                                                               \
            std::snprintf(buffer_, sizeof buffer_, FMT_##P ARGS_##P);                        \
            benchmark::DoNotOptimize(buffer_);                                               \
        }                                                                                    \
    }                                                                                        \
    BENCHMARK(BM_snprintf_##P);                                                              \
    BENCH_SPDLOG(P)

BENCH_PAYLOAD(none, 0x5eed0002u)
BENCH_PAYLOAD(2int, 0x5eed0003u)
BENCH_PAYLOAD(int_str, 0x5eed0004u)
BENCH_PAYLOAD(8int, 0x5eed0005u)
BENCH_PAYLOAD(status_guid, 0x5eed0006u)

// ---- one and two threads recording at once ---------------------------------------------------
// The same loops as BM_{wpp,raw}_rec_int_str, on 1 and 2 threads. Google Benchmark reports, for
// N threads, the wall time divided by the iterations of all threads together; run-bench
// multiplies by N to give the per-call cost each thread pays (equal to 1 thread's: scales).

void BM_wpp_mt_int_str(benchmark::State& state) {
    Selection selection("");  // each thread sets the same selection: harmless
    if (!wpp_recording(state)) return;
    for (auto _ : state) WPP_int_str(TRACE_LEVEL_VERBOSE, FLAG_A);
}
BENCHMARK(BM_wpp_mt_int_str)->Threads(1)->Threads(2)->UseRealTime();

void BM_raw_mt_int_str(benchmark::State& state) {
    if (!raw_recording(state)) return;
    for (auto _ : state) RAW_TRACE_INT_STR(record, 0x5eed0004u, bench_value, bench_text);
}
BENCHMARK(BM_raw_mt_int_str)->Threads(1)->Threads(2)->UseRealTime();

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
