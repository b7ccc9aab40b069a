/*
 * trace.h - WPP configuration of the Serial sample, as the WDK's serial driver writes it: its
 * control GUID and flags, and the WPP_LEVEL_FLAGS pair that gates its trace function,
 * SerialDbgPrintEx(LEVEL, FLAGS, MSG, ...), which the build declares to tracewpp (-func:, see
 * CMakeLists.txt) and each source's .tmh defines. A build without tracewpp (EVENT_TRACING
 * undefined, as the identity test compiles driver.c) traces the same calls with the built-in
 * TraceEvents.
 */
#ifndef SERIAL_TRACE_H
#define SERIAL_TRACE_H

#define WPP_CONTROL_GUIDS                                                                \
    WPP_DEFINE_CONTROL_GUID(SerialTraceGuid, (2c3e1a5d, 9f0b, 4e27, b6a1, 3d5c7e9f1b24), \
                            WPP_DEFINE_BIT(DBG_INIT)         /* 0x0001 */                \
                            WPP_DEFINE_BIT(DBG_PNP)          /* 0x0002 */                \
                            WPP_DEFINE_BIT(DBG_POWER)        /* 0x0004 */                \
                            WPP_DEFINE_BIT(DBG_WMI)          /* 0x0008 */                \
                            WPP_DEFINE_BIT(DBG_CREATE_CLOSE) /* 0x0010 */                \
                            WPP_DEFINE_BIT(DBG_IOCTLS)       /* 0x0020 */                \
                            WPP_DEFINE_BIT(DBG_WRITE)        /* 0x0040 */                \
                            WPP_DEFINE_BIT(DBG_READ)         /* 0x0080 */                \
                            WPP_DEFINE_BIT(DBG_INTERRUPT) /* 0x0100 */)

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

#if !defined(EVENT_TRACING)
#include <wpp/wpp.h>

#define SerialDbgPrintEx TraceEvents
#endif

#endif /* SERIAL_TRACE_H */
