// trace.h - WPP configuration of the tracedrv sample, written as the WDK's tracing sample writes
// it: one control GUID with two flags; the WPP_LEVEL_FLAGS pair that gates DoTraceLevelMessage
// (declared to tracewpp by the build, -func:, see CMakeLists.txt); and the config block read by
// tracewpp: the machine state as a CUSTOM_TYPE (%!state!) and TRACE_RETURN, a trace function
// without MSG whose PRE/POST trace a failing status only, by name (%!STATUS!).
#pragma once

#define WPP_CONTROL_GUIDS                                                        \
    WPP_DEFINE_CONTROL_GUID(CtlGuid, (d58c126f, b309, 11d1, 969e, 0000f875a5bc), \
                            WPP_DEFINE_BIT(TRACELEVELONE) WPP_DEFINE_BIT(TRACELEVELTWO))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

// TRACE_RETURN(status) is gated by its flag alone, and traces only a status that is not
// STATUS_SUCCESS ("trace-if": PRE opens the condition, POST closes it).
// clang-format off
#define WPP_FLAG_EXP_PRE(FLAGS, HR) {if (HR != STATUS_SUCCESS) {
#define WPP_FLAG_EXP_POST(FLAGS, HR) ;}}
// clang-format on
#define WPP_FLAG_EXP_ENABLED(FLAGS, HR) WPP_FLAG_ENABLED(FLAGS)
#define WPP_FLAG_EXP_LOGGER(FLAGS, HR) WPP_FLAG_LOGGER(FLAGS)

// begin_wpp config
// CUSTOM_TYPE(state, ItemEnum(_MachineState));
// USEPREFIX(TRACE_RETURN, "%!STDPREFIX!");
// FUNC TRACE_RETURN{FLAG=TRACELEVELONE}(EXP);
// USESUFFIX(TRACE_RETURN, "Function Return=%!STATUS!", EXP);
// end_wpp
