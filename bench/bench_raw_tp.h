/*
 * bench_raw_tp.h - a hand-written LTTng-UST provider `bench_raw` with exactly the payload of
 * wpptrace's `wpp` events (wpp/tracepoint.h): msg_id (uint64, hex), level (uint8 enum),
 * flags (uint32, hex), driver (string), args (sequence of uint64 words, uint32 length). The
 * benchmark records it beside TraceEvents to show what the macros add to a raw tracepoint.
 *
 *   bench_raw:record  enabled by bench/run-bench: the recording reference
 *   bench_raw:idle    never enabled: the disabled-tracepoint reference
 *
 * The probes are compiled into the benchmark program (bench_raw_probes.cpp), once.
 * (Not clang-formatted: LTTng-UST's macro language.)
 */
#pragma GCC system_header
// clang-format off

#undef LTTNG_UST_TRACEPOINT_PROVIDER
#define LTTNG_UST_TRACEPOINT_PROVIDER bench_raw

#undef LTTNG_UST_TRACEPOINT_INCLUDE
#define LTTNG_UST_TRACEPOINT_INCLUDE "bench_raw_tp.h"

#if !defined(BENCH_RAW_TP_H) || defined(LTTNG_UST_TRACEPOINT_HEADER_MULTI_READ)
#define BENCH_RAW_TP_H

#include <lttng/tracepoint.h>
#include <stdint.h>

LTTNG_UST_TRACEPOINT_ENUM(bench_raw, level,
    LTTNG_UST_TP_ENUM_VALUES(
        lttng_ust_field_enum_value("NONE", 0)
        lttng_ust_field_enum_value("CRITICAL", 1)
        lttng_ust_field_enum_value("ERROR", 2)
        lttng_ust_field_enum_value("WARNING", 3)
        lttng_ust_field_enum_value("INFORMATION", 4)
        lttng_ust_field_enum_value("VERBOSE", 5)
        lttng_ust_field_enum_range("RESERVED", 6, 255)))

LTTNG_UST_TRACEPOINT_EVENT_CLASS(bench_raw, message_class,
    LTTNG_UST_TP_ARGS(uint64_t, msg_id, uint8_t, level, uint32_t, flags, const char*, driver,
                      const uint64_t*, words, uint32_t, word_count),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, msg_id, msg_id)
        lttng_ust_field_enum(bench_raw, level, uint8_t, level, level)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_string(driver, driver)
        lttng_ust_field_sequence(uint64_t, args, words, uint32_t, word_count)))

#define BENCH_RAW_EVENT(name)                                                                  \
    LTTNG_UST_TRACEPOINT_EVENT_INSTANCE(bench_raw, message_class, bench_raw, name,             \
        LTTNG_UST_TP_ARGS(uint64_t, msg_id, uint8_t, level, uint32_t, flags,                   \
                          const char*, driver, const uint64_t*, words, uint32_t, word_count))  \
    LTTNG_UST_TRACEPOINT_LOGLEVEL(bench_raw, name, LTTNG_UST_TRACEPOINT_LOGLEVEL_DEBUG)

BENCH_RAW_EVENT(record)
BENCH_RAW_EVENT(idle)

#endif /* BENCH_RAW_TP_H */

#include <lttng/tracepoint-event.h>
// clang-format on
