/*
 * wpp/tracepoint.h - the LTTng-UST provider `wpp` that every trace message goes through.
 *
 * One event per WPP level, so that LTTng's native log-level selection (`--loglevel`) turns a
 * level off before any argument is prepared: wpp:critical, wpp:error, wpp:warning,
 * wpp:information, wpp:verbose; DoTraceMessage (no level in WPP) records wpp:message. The
 * probes live once, in libwpptrace (runtime/); drivers only reference the tracepoints.
 * Payload: msg_id (the catalog key), level, flags (the message's flag bits, for --filter),
 * driver (the module name, for --filter) and args (the argument words, see abi.h).
 */
#pragma GCC system_header

#undef LTTNG_UST_TRACEPOINT_PROVIDER
#define LTTNG_UST_TRACEPOINT_PROVIDER wpp

#undef LTTNG_UST_TRACEPOINT_INCLUDE
#define LTTNG_UST_TRACEPOINT_INCLUDE "wpp/tracepoint.h"

#if !defined(WPP_TRACEPOINT_H) || defined(LTTNG_UST_TRACEPOINT_HEADER_MULTI_READ)
#define WPP_TRACEPOINT_H

#include <lttng/tracepoint.h>
// The LTTng provider DSL reads best as LTTng documents it.
// clang-format off
#include <stdint.h>

LTTNG_UST_TRACEPOINT_ENUM(
    wpp, level,
    LTTNG_UST_TP_ENUM_VALUES(lttng_ust_field_enum_value("NONE",
                                                        0) lttng_ust_field_enum_value("CRITICAL", 1)
                                 lttng_ust_field_enum_value("ERROR", 2)
                                     lttng_ust_field_enum_value("WARNING", 3)
                                         lttng_ust_field_enum_value("INFORMATION", 4)
                                             lttng_ust_field_enum_value("VERBOSE", 5)
                                                 lttng_ust_field_enum_range("RESERVED", 6, 255)))

LTTNG_UST_TRACEPOINT_EVENT_CLASS(
    wpp, message_class,
    LTTNG_UST_TP_ARGS(uint64_t, msg_id, uint8_t, level, uint32_t, flags, const char*, driver,
                      const uint64_t*, words, uint32_t, word_count),
    LTTNG_UST_TP_FIELDS(lttng_ust_field_integer_hex(uint64_t, msg_id, msg_id)
                            lttng_ust_field_enum(wpp, level, uint8_t, level, level)
                                lttng_ust_field_integer_hex(uint32_t, flags, flags)
                                    lttng_ust_field_string(driver, driver)
                                        lttng_ust_field_sequence(uint64_t, args, words, uint32_t,
                                                                 word_count)))

#define WPP_DETAIL_LEVEL_EVENT(name, lttng_level)                                                 \
    LTTNG_UST_TRACEPOINT_EVENT_INSTANCE(                                                          \
        wpp, message_class, wpp, name,                                                            \
        LTTNG_UST_TP_ARGS(uint64_t, msg_id, uint8_t, level, uint32_t, flags, const char*, driver, \
                          const uint64_t*, words, uint32_t, word_count))                          \
    LTTNG_UST_TRACEPOINT_LOGLEVEL(wpp, name, lttng_level)

WPP_DETAIL_LEVEL_EVENT(critical, LTTNG_UST_TRACEPOINT_LOGLEVEL_CRIT)
WPP_DETAIL_LEVEL_EVENT(error, LTTNG_UST_TRACEPOINT_LOGLEVEL_ERR)
WPP_DETAIL_LEVEL_EVENT(warning, LTTNG_UST_TRACEPOINT_LOGLEVEL_WARNING)
WPP_DETAIL_LEVEL_EVENT(information, LTTNG_UST_TRACEPOINT_LOGLEVEL_INFO)
WPP_DETAIL_LEVEL_EVENT(verbose, LTTNG_UST_TRACEPOINT_LOGLEVEL_DEBUG)
/* DoTraceMessage: WPP gates it by flag only; NOTICE sits just above INFO so that
   `--loglevel INFO` (and anything more verbose) keeps it. */
WPP_DETAIL_LEVEL_EVENT(message, LTTNG_UST_TRACEPOINT_LOGLEVEL_NOTICE)

// clang-format on
#endif /* WPP_TRACEPOINT_H */

#include <lttng/tracepoint-event.h>
