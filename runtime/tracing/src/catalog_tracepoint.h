/*
 * catalog_tracepoint.h - LTTng-UST provider `wpp_catalog`: the catalog travels in the trace.
 *
 * WPP_INIT_TRACING records one wpp_catalog:module event and one wpp_catalog:message event per
 * call site of the module, so that a trace that saw the driver start decodes without side
 * files. Enable with `lttng enable-event -u 'wpp_catalog:*'` next to 'wpp:*'.
 */
#pragma GCC system_header

#undef LTTNG_UST_TRACEPOINT_PROVIDER
#define LTTNG_UST_TRACEPOINT_PROVIDER wpp_catalog

#undef LTTNG_UST_TRACEPOINT_INCLUDE
#define LTTNG_UST_TRACEPOINT_INCLUDE "catalog_tracepoint.h"

#if !defined(WPPTRACE_CATALOG_TRACEPOINT_H) || defined(LTTNG_UST_TRACEPOINT_HEADER_MULTI_READ)
#define WPPTRACE_CATALOG_TRACEPOINT_H

#include <lttng/tracepoint.h>
// The LTTng provider DSL reads best as LTTng documents it.
// clang-format off
#include <stdint.h>
#include <wpp/abi.h>

LTTNG_UST_TRACEPOINT_EVENT(
    wpp_catalog, module,
    LTTNG_UST_TP_ARGS(const char*, name, const char*, path, const char*, build_id, const char*,
                      controls),
    LTTNG_UST_TP_FIELDS(lttng_ust_field_string(name, name) lttng_ust_field_string(path, path)
                            lttng_ust_field_string(build_id, build_id)
                        /* one line per control GUID: "Name guid BIT0 BIT1 ..." */
                        lttng_ust_field_string(controls, controls)
                        /* 1: this runtime records wpp_catalog:module_end, so a missing end
                           means the module never ended (older traces lack the field) */
                        lttng_ust_field_integer(uint8_t, ends_recorded, 1)))
LTTNG_UST_TRACEPOINT_LOGLEVEL(wpp_catalog, module, LTTNG_UST_TRACEPOINT_LOGLEVEL_INFO)

/* The module's end (WPP_CLEANUP, or unloaded without it): a module the trace saw start but
   never end was killed, or the trace stopped before it ended; the decoder says so. */
LTTNG_UST_TRACEPOINT_EVENT(wpp_catalog, module_end,
    LTTNG_UST_TP_ARGS(const char*, name, const char*, how),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_string(how, how)))
LTTNG_UST_TRACEPOINT_LOGLEVEL(wpp_catalog, module_end, LTTNG_UST_TRACEPOINT_LOGLEVEL_INFO)

LTTNG_UST_TRACEPOINT_EVENT(
    wpp_catalog, message, LTTNG_UST_TP_ARGS(const struct wpp_site*, site),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, msg_id, site->id)
            lttng_ust_field_string(module, site->module)
                lttng_ust_field_integer(uint32_t, control, site->control)
                    lttng_ust_field_integer_hex(uint32_t, flag_mask, site->flag_mask)
                        lttng_ust_field_string(file, site->file)
                            lttng_ust_field_integer(uint32_t, line, site->line)
                                lttng_ust_field_string(function, site->function)
                                    lttng_ust_field_string(level, site->level)
                                        lttng_ust_field_string(flags, site->flags)
                                            lttng_ust_field_string(format, site->format)
                                                lttng_ust_field_string(types, site->types)
                        /* WPP_SITE_* bits; older traces lack the field (read as 0) */
                        lttng_ust_field_integer_hex(uint32_t, attributes, site->attributes)))
LTTNG_UST_TRACEPOINT_LOGLEVEL(wpp_catalog, message, LTTNG_UST_TRACEPOINT_LOGLEVEL_INFO)

// clang-format on
#endif /* WPPTRACE_CATALOG_TRACEPOINT_H */

#include <lttng/tracepoint-event.h>
