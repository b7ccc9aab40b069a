/*
 * trace.h - WPP configuration of the echo filter sample: its control GUID and flags, the
 * WPP_LEVEL_FLAGS pair that gates TraceEvents(LEVEL, FLAGS, MSG, ...), and the config block
 * tracewpp reads (filter.tmh).
 */
#ifndef ECHO_FILTER_TRACE_H
#define ECHO_FILTER_TRACE_H

#define WPP_CONTROL_GUIDS                                                                    \
    WPP_DEFINE_CONTROL_GUID(EchoFilterTraceGuid, (9b1e4d27, 5c3a, 4f08, 8d6e, 2a7c0f5b3e91), \
                            WPP_DEFINE_BIT(DBG_INIT)    /* 0x0001 */                         \
                            WPP_DEFINE_BIT(DBG_PNP)     /* 0x0002 */                         \
                            WPP_DEFINE_BIT(DBG_FORWARD) /* 0x0004 */                         \
                            WPP_DEFINE_BIT(DBG_IOCTL)   /* 0x0008 */                         \
                            WPP_DEFINE_BIT(DBG_WMI))    /* 0x0010 */

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

/*
 * begin_wpp config
 * FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
 * end_wpp
 */

#endif /* ECHO_FILTER_TRACE_H */
