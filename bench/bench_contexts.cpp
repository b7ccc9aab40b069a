// bench_contexts.cpp - what LTTng's per-event contexts cost a recorded trace call: the same
// TraceEvents recorded into channels that differ only by their contexts. Run it through
// bench/run-context-bench, which starts a private session daemon and one session with a channel
// per context set, each recording one level's event (contexts belong to a channel, and one event
// enabled in two channels would be recorded twice):
//   wpp:critical     channel ctx_none       no context
//   wpp:verbose      channel ctx_none2      no context (a second channel: the run's own noise)
//   wpp:error        channel ctx_vpid       vpid
//   wpp:warning      channel ctx_vpid_vtid  vpid, vtid
//   wpp:information  channel ctx_all        vpid, vtid, procname (what `wpptrace record` added)
// The five events share one event class (one probe, the same payload); only the level's value
// differs. The driver's in-flight recorder is turned off: the LTTng path alone is measured.
//
// Two measurements:
//   - Google Benchmark cases BM_ctx_{none,none2,vpid,vpid_vtid,all}_{2int,int_str}, repetitions
//     randomly interleaved (as bench/run-bench);
//   - `--paired ROUNDS BLOCK` (no Google Benchmark): ROUNDS rounds, each timing BLOCK calls of
//     every case in a shuffled order with the thread's CPU clock. Cases a few hundred
//     microseconds apart share the machine's state, so the difference of two cases within a
//     round cancels what other tenants do to both; the table gives the medians of the per-round
//     costs and of those differences. On a shared VM the second is the one to read.
// clang-format off
#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(BenchCtxGuid, (5a4b3c2d,1e0f,4a9b,8c7d,6e5f4a3b2c1d),         \
                            WPP_DEFINE_BIT(FLAG_A))
// clang-format on

#include <wpp/wpp.h>

#include <time.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

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

// ---- the paired measurement --------------------------------------------------------------------

// BLOCK calls of one case; the levels are constants in each loop, as in the benchmarks.
template <unsigned Level>
void block_2int(unsigned n) {
    for (unsigned i = 0; i < n; ++i) CTX_2int(Level);
}
template <unsigned Level>
void block_int_str(unsigned n) {
    for (unsigned i = 0; i < n; ++i) CTX_int_str(Level);
}

struct Case {
    const char* contexts;
    unsigned level;
    void (*two_ints)(unsigned);
    void (*int_str)(unsigned);
};

// In the order of the table; each line's extra cost is over the one named by `over`.
const Case kCases[] = {
    {"none", TRACE_LEVEL_CRITICAL, block_2int<TRACE_LEVEL_CRITICAL>,
     block_int_str<TRACE_LEVEL_CRITICAL>},
    {"none (second channel)", TRACE_LEVEL_VERBOSE, block_2int<TRACE_LEVEL_VERBOSE>,
     block_int_str<TRACE_LEVEL_VERBOSE>},
    {"vpid", TRACE_LEVEL_ERROR, block_2int<TRACE_LEVEL_ERROR>, block_int_str<TRACE_LEVEL_ERROR>},
    {"vpid + vtid", TRACE_LEVEL_WARNING, block_2int<TRACE_LEVEL_WARNING>,
     block_int_str<TRACE_LEVEL_WARNING>},
    {"vpid + vtid + procname", TRACE_LEVEL_INFORMATION, block_2int<TRACE_LEVEL_INFORMATION>,
     block_int_str<TRACE_LEVEL_INFORMATION>},
};
constexpr int kCaseCount = 5;
constexpr int kOver[kCaseCount] = {-1, 0, 0, 2, 3};  // the line each extra is measured over
constexpr int kAll = 4;

std::int64_t thread_cpu_ns() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double quantile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    const double at = q * static_cast<double>(v.size() - 1);
    const std::size_t i = static_cast<std::size_t>(at);
    return i + 1 < v.size() ? v[i] + (at - static_cast<double>(i)) * (v[i + 1] - v[i]) : v[i];
}

int paired(unsigned rounds, unsigned block) {
    for (const Case& c : kCases)
        if (!wpp_tracepoint_enabled(c.level)) {
            std::fprintf(stderr,
                         "bench_contexts: the event of '%s' is not recorded: run "
                         "bench/run-context-bench\n",
                         c.contexts);
            return 2;
        }
    // per[payload][case][round]: CPU ns per call in that round
    std::vector<double> per[2][kCaseCount];
    unsigned order[2 * kCaseCount];
    for (unsigned i = 0; i < 2 * kCaseCount; ++i) order[i] = i;
    std::uint64_t seed = 0x9e3779b97f4a7c15u;
    for (unsigned w = 0; w < 3; ++w)  // warm-up: every ring touched, every branch learnt
        for (const Case& c : kCases) c.two_ints(block), c.int_str(block);
    for (unsigned r = 0; r < rounds; ++r) {
        for (unsigned i = 2 * kCaseCount - 1; i > 0; --i) {  // a shuffled order per round
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            std::swap(order[i], order[seed % (i + 1)]);
        }
        for (unsigned k : order) {
            const unsigned payload = k / kCaseCount, c = k % kCaseCount;
            const std::int64_t start = thread_cpu_ns();
            (payload ? kCases[c].int_str : kCases[c].two_ints)(block);
            per[payload][c].push_back(static_cast<double>(thread_cpu_ns() - start) / block);
        }
    }
    const char* payloads[] = {"two ints", "int + 32-byte string"};
    for (int p = 0; p < 2; ++p) {
        const double all = quantile(per[p][kAll], 0.5);
        const double none = quantile(per[p][0], 0.5);
        std::printf(
            "\n**%s**, paired: %u rounds of %u calls per case, CPU ns per call; "
            "extra: the median over the rounds of (this line - the line it is over), "
            "with its quartiles; share: extra / a call with all three contexts\n\n",
            payloads[p], rounds, block);
        std::printf(
            "| contexts | ns per call (median) | quartiles | extra over | extra ns "
            "(median) | quartiles | share | / none |\n");
        std::printf("|---|---:|---:|---|---:|---:|---:|---:|\n");
        for (int c = 0; c < kCaseCount; ++c) {
            const double median = quantile(per[p][c], 0.5);
            std::printf("| %s | %.1f | %.1f-%.1f |", kCases[c].contexts, median,
                        quantile(per[p][c], 0.25), quantile(per[p][c], 0.75));
            if (kOver[c] < 0) {
                std::printf(" | | | | %.3fx |\n", median / none);
                continue;
            }
            std::vector<double> diff(rounds);
            for (unsigned r = 0; r < rounds; ++r) diff[r] = per[p][c][r] - per[p][kOver[c]][r];
            const double extra = quantile(diff, 0.5);
            std::printf(" %s | %+.1f | %+.1f..%+.1f | %+.1f %% | %.3fx |\n",
                        kCases[kOver[c]].contexts, extra, quantile(diff, 0.25),
                        quantile(diff, 0.75), 100 * extra / all, median / none);
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const bool pairs = argc >= 2 && std::strcmp(argv[1], "--paired") == 0;
    if (!pairs) {
        benchmark::Initialize(&argc, argv);
        if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    }
    WPP_INIT_TRACING(L"benchctx");
    wpptrace_configure("");
    wpp_ifr* recorder = wpp_ifr_module_;
    wpp_ifr_module_ = nullptr;  // the LTTng path alone
    int status = 0;
    if (pairs) {
        const unsigned rounds = argc >= 3 ? static_cast<unsigned>(std::atoi(argv[2])) : 400;
        const unsigned block = argc >= 4 ? static_cast<unsigned>(std::atoi(argv[3])) : 2000;
        status = rounds && block ? paired(rounds, block) : 2;
    } else {
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
    }
    wpp_ifr_module_ = recorder;  // WPP_CLEANUP closes (and removes) it
    WPP_CLEANUP();
    return status;
}
