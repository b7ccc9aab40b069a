/*
 * trace.h - the WPP configuration of a driver shaped like the WDK's WPP tracing sample
 * (tracedrv), written as that sample writes it: its control GUID and two flags, the
 * WPP_LEVEL_FLAGS pair for DoTraceLevelMessage (declared with -func: by the build), and
 * TRACE_RETURN, a trace function without MSG whose PRE/POST trace a failing status only.
 * Nothing here knows about wpptrace: tracewpp (wpptrace_tracewpp) reads the config block.
 */
#ifndef TRACEDRV_TRACE_H
#define TRACEDRV_TRACE_H

#define WPP_CONTROL_GUIDS                                                        \
    WPP_DEFINE_CONTROL_GUID(CtlGuid, (d58c126f, b309, 11d1, 969e, 0000f875a5bc), \
                            WPP_DEFINE_BIT(FLAG_ONE) WPP_DEFINE_BIT(FLAG_TWO))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

/* TRACE_RETURN(status): only a failure is traced ("trace-if"), written as the WDK writes it. */
// clang-format off
#define WPP_FLAG_EXP_PRE(FLAGS, HR) {if (HR != STATUS_SUCCESS) {
#define WPP_FLAG_EXP_POST(FLAGS, HR) ;}}
// clang-format on
#define WPP_FLAG_EXP_ENABLED(FLAGS, HR) WPP_FLAG_ENABLED(FLAGS)
#define WPP_FLAG_EXP_LOGGER(FLAGS, HR) WPP_FLAG_LOGGER(FLAGS)

/*
 * begin_wpp config
 * CUSTOM_TYPE(state, ItemEnum(_MachineState));
 * USEPREFIX(TRACE_RETURN, "%!STDPREFIX!");
 * FUNC TRACE_RETURN{FLAG=FLAG_ONE}(EXP);
 * USESUFFIX(TRACE_RETURN, "Function Return=%!STATUS!", EXP);
 * end_wpp
 */

#endif /* TRACEDRV_TRACE_H */
