/*
 * trace.h - the WPP configuration of a driver shaped like the WDK's Serial sample, written as
 * that sample writes it: WPP_CHECK_FOR_NULL_STRING, one control GUID with thirteen DBG_* bits,
 * the WPP_LEVEL_FLAGS pair for SerialDbgPrintEx (declared by the build, -func:), and a
 * fallback for builds without WPP tracing (EVENT_TRACING undefined).
 */
#ifndef SERIAL_TRACE_H
#define SERIAL_TRACE_H

#if !defined(EVENT_TRACING)
#define WPP_INIT_TRACING(DriverObject, RegistryPath)
#define WPP_CLEANUP(DriverObject)
#else
#define WPP_CHECK_FOR_NULL_STRING /* a NULL %s is traced as "NULL" */

#define WPP_CONTROL_GUIDS                                                                \
    WPP_DEFINE_CONTROL_GUID(SerialTraceGuid, (f3a79ab6, 9827, 4419, 9465, 45cf949ef659), \
                            WPP_DEFINE_BIT(DBG_INIT)         /* bit  0 = 0x00000001 */   \
                            WPP_DEFINE_BIT(DBG_PNP)          /* bit  1 = 0x00000002 */   \
                            WPP_DEFINE_BIT(DBG_POWER)        /* bit  2 = 0x00000004 */   \
                            WPP_DEFINE_BIT(DBG_WMI)          /* bit  3 = 0x00000008 */   \
                            WPP_DEFINE_BIT(DBG_CREATE_CLOSE) /* bit  4 = 0x00000010 */   \
                            WPP_DEFINE_BIT(DBG_IOCTLS)       /* bit  5 = 0x00000020 */   \
                            WPP_DEFINE_BIT(DBG_WRITE)        /* bit  6 = 0x00000040 */   \
                            WPP_DEFINE_BIT(DBG_READ)         /* bit  7 = 0x00000080 */   \
                            WPP_DEFINE_BIT(DBG_DPC)          /* bit  8 = 0x00000100 */   \
                            WPP_DEFINE_BIT(DBG_INTERRUPT)    /* bit  9 = 0x00000200 */   \
                            WPP_DEFINE_BIT(DBG_LOCKS)        /* bit 10 = 0x00000400 */   \
                            WPP_DEFINE_BIT(DBG_QUEUEING)     /* bit 11 = 0x00000800 */   \
                            WPP_DEFINE_BIT(DBG_HW_ACCESS) /* bit 12 = 0x00001000 */)

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)
#endif

#endif /* SERIAL_TRACE_H */
