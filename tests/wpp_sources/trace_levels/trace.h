/*
 * trace.h - the WPP configuration of a library-style driver shaped like the WDK's WDI
 * samples: WPP_USE_TRACE_LEVELS, one control GUID with a DUMMY bit, and trace functions whose
 * only condition is LEVEL, a TRACE_LEVEL_* value (not a flag). WPP's own DoTraceMessage then
 * takes a level too.
 */
#ifndef WDILIB_TRACE_H
#define WDILIB_TRACE_H

#define WPP_USE_TRACE_LEVELS

#define WPP_CONTROL_GUIDS                                                              \
    WPP_DEFINE_CONTROL_GUID(WdiLibCtlGuid, (6a1f1d2e, 0c4b, 4f57, 8e44, 9d2f3c1b7a60), \
                            WPP_DEFINE_BIT(DUMMY))

#define WPP_LEVEL_EXP_ENABLED(LEVEL, EXP) WPP_LEVEL_ENABLED(LEVEL)
#define WPP_LEVEL_EXP_LOGGER(LEVEL, EXP) WPP_LEVEL_LOGGER(LEVEL)

/*
 * begin_wpp config
 * FUNC WdiTrace(LEVEL, MSG, ...);
 * FUNC WdiTraceStatus(LEVEL, EXP);
 * USESUFFIX(WdiTraceStatus, "status %!STATUS!", EXP);
 * end_wpp
 */

#endif /* WDILIB_TRACE_H */
