/*
 * trace.h - a WPP configuration that the WDK's tracewpp accepts but that wpptrace cannot fully
 * honour yet: an ItemEnum whose enum is declared in a header nobody scans, a type kind of
 * WPP's own templates, a complex type, and a prefix for a function the driver never declared.
 * Each is a warning naming its line; every trace function still builds and traces.
 */
#ifndef TOLERANT_TRACE_H
#define TOLERANT_TRACE_H

#define WPP_CONTROL_GUIDS                                                                  \
    WPP_DEFINE_CONTROL_GUID(TolerantTraceGuid, (9a7d3e52, 6b0c, 4d1f, 8e29, c5b4a3f2e1d0), \
                            WPP_DEFINE_BIT(TRACE_INIT) WPP_DEFINE_BIT(TRACE_IO))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

/*
 * begin_wpp config
 * CUSTOM_TYPE(PowerState, ItemEnum(_DEVICE_POWER_STATE_ELSEWHERE));
 * CUSTOM_TYPE(Tag, ItemPoolTag(x));
 * DEFINE_CPLX_TYPE(SIDSTR, WPP_LOGSID, (PVOID), ItemSid, "s", sid, 0);
 * USEPREFIX(TraceUnknown, "%!STDPREFIX! unknown");
 * FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
 * FUNC TraceInit{LEVEL=TRACE_LEVEL_INFORMATION, FLAGS=TRACE_INIT}(MSG, ...);
 * end_wpp
 */

#endif /* TOLERANT_TRACE_H */
