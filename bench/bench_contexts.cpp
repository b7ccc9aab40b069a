// bench_contexts.cpp - what LTTng's per-event contexts cost a recorded trace call: the same
// TraceEvents recorded into channels that differ only by their contexts. Run it through
// bench/run-context-bench, which starts a private session daemon and one session with a channel
// per context set, each recording one level's event (contexts belong to a channel, and one event
// enabled in two channels would be recorded twice):
//   wpp:critical     channel ctx_none       no context
//   wpp:verbose      channel ctx_none2      no context (a second channel: the run's own noise)
//   wpp:error        channel ctx_vpid       vpid
//   wpp:warning      channel ctx_vpid_vtid  vpid, vtid
//   wpp:information  channel ctx_all        vpid, vtid, procname (what `wpptrace record` adds)
// The five events share one event class (one probe, the same payload); only the level's value
// differs. The driver's in-flight recorder is turned off: the LTTng path alone is measured.
//   BM_ctx_{none,none2,vpid,vpid_vtid,all}_{2int,int_str}
// clang-format off
#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(BenchCtxGuid, (5a4b3c2d,1e0f,4a9b,8c7d,6e5f4a3b2c1d),         \
                            WPP_DEFINE_BIT(FLAG_A))
// clang-format on

#include <wpp/wpp.h>

#include <cstdint>

#include <benchmark/benchmark.h>

// Globals with external linkage: the compiler can fold none of the arguments.
int bench_value = 42;
int bench_value2 = -7;
const char* bench_text = "0123456789abcdef0123456789abcdef";  // 32 bytes

namespace {

bool recorded(benchmark::State& state, unsigned level) {
    if (wpp_ifr_module_ != nullptr) {
        state.SkipWithError("the in-flight recorder is on");
        return false;
    }
    if (wpp_tracepoint_enabled(level)) return true;
    state.SkipWithError("this level's event is not recorded: run bench/run-context-bench");
    return false;
}

#define CTX_2int(L) TraceEvents(L, FLAG_A, "a %d b %d", bench_value, bench_value2)
#define CTX_int_str(L) TraceEvents(L, FLAG_A, "value %d name %s", bench_value, bench_text)

#define CTX_CASE(NAME, LEVEL, P)                        \
    void BM_ctx_##NAME##_##P(benchmark::State& state) { \
        if (!recorded(state, LEVEL)) return;            \
        for (auto _ : state) CTX_##P(LEVEL);            \
    }                                                   \
    BENCHMARK(BM_ctx_##NAME##_##P);

#define CTX_CASES(P)                            \
    CTX_CASE(none, TRACE_LEVEL_CRITICAL, P)     \
    CTX_CASE(none2, TRACE_LEVEL_VERBOSE, P)     \
    CTX_CASE(vpid, TRACE_LEVEL_ERROR, P)        \
    CTX_CASE(vpid_vtid, TRACE_LEVEL_WARNING, P) \
    CTX_CASE(all, TRACE_LEVEL_INFORMATION, P)

CTX_CASES(2int)
CTX_CASES(int_str)

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    WPP_INIT_TRACING(L"benchctx");
    wpptrace_configure("");
    wpp_ifr* recorder = wpp_ifr_module_;
    wpp_ifr_module_ = nullptr;  // the LTTng path alone
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    wpp_ifr_module_ = recorder;  // WPP_CLEANUP closes (and removes) it
    WPP_CLEANUP();
    return 0;
}
