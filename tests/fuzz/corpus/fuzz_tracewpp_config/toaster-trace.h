/*
 * trace.h - WPP configuration of the Toaster sample, declared as the WDK's featured toaster
 * declares its tracing: the control GUID (this sample's own value) and flags, the
 * WPP_LEVEL_FLAGS pair that gates TraceEvents(LEVEL, FLAGS, MSG, ...), and a config block read
 * by tracewpp: KdPrint((MSG, ...)) in its double-parenthesis form, kept for the lines written
 * for the debugger, traced at a fixed level and flag; TraceEvents for the rest. toaster.c
 * includes the toaster.tmh that tracewpp writes from it.
 */
#ifndef TOASTER_TRACE_H
#define TOASTER_TRACE_H

#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(ToasterTraceGuid, (8f2d6c41, 7a3e, 4b95, a0c8, 5e1f3d9b2c74), \
                            WPP_DEFINE_BIT(DBG_INIT)   /* 0x0001 */                       \
                            WPP_DEFINE_BIT(DBG_PNP)    /* 0x0002 */                       \
                            WPP_DEFINE_BIT(DBG_POWER)  /* 0x0004 */                       \
                            WPP_DEFINE_BIT(DBG_IOCTL)  /* 0x0008 */                       \
                            WPP_DEFINE_BIT(DBG_READ)   /* 0x0010 */                       \
                            WPP_DEFINE_BIT(DBG_WRITE)) /* 0x0020 */

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

/*
 * begin_wpp config
 * FUNC KdPrint{LEVEL=TRACE_LEVEL_INFORMATION, FLAGS=DBG_INIT}((MSG, ...));
 * FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
 * end_wpp
 */

#endif /* TOASTER_TRACE_H */
