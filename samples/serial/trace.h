/*
 * trace.h - WPP configuration of the Serial sample: its control GUID and flags, and its own
 * trace function, SerialDbgPrintEx(LEVEL, FLAGS, MSG, ...), declared in one line.
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

#include <wpp/wpp.h>

#define SerialDbgPrintEx TraceEvents

#endif /* SERIAL_TRACE_H */
