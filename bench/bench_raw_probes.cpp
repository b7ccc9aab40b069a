// bench_raw_probes.cpp - the probes of the benchmark's own provider `bench_raw`, compiled into
// the benchmark program once (as a hand-instrumented application would).
#define LTTNG_UST_TRACEPOINT_CREATE_PROBES
#define LTTNG_UST_TRACEPOINT_DEFINE
#include "bench_raw_tp.h"
