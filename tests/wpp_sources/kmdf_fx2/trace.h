// trace.h - the WPP configuration of a driver shaped like the WDK's OSR USB FX2 KMDF sample,
// written as that sample writes it: eight DBG_* bits and TraceEvents(LEVEL, FLAGS, MSG, ...).
#ifndef FX2_TRACE_H
#define FX2_TRACE_H

#define WPP_CONTROL_GUIDS                                                                  \
    WPP_DEFINE_CONTROL_GUID(OsrUsbFxTraceGuid, (d23a0c5a, d307, 4f0e, ae8e, E2A355AD5DAB), \
                            WPP_DEFINE_BIT(DBG_INIT)         /* bit  0 = 0x00000001 */     \
                            WPP_DEFINE_BIT(DBG_PNP)          /* bit  1 = 0x00000002 */     \
                            WPP_DEFINE_BIT(DBG_POWER)        /* bit  2 = 0x00000004 */     \
                            WPP_DEFINE_BIT(DBG_WMI)          /* bit  3 = 0x00000008 */     \
                            WPP_DEFINE_BIT(DBG_CREATE_CLOSE) /* bit  4 = 0x00000010 */     \
                            WPP_DEFINE_BIT(DBG_IOCTL)        /* bit  5 = 0x00000020 */     \
                            WPP_DEFINE_BIT(DBG_WRITE)        /* bit  6 = 0x00000040 */     \
                            WPP_DEFINE_BIT(DBG_READ) /* bit  7 = 0x00000080 */)

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

// begin_wpp config
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// end_wpp

#endif  // FX2_TRACE_H
