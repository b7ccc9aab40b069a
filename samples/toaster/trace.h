/*
 * trace.h - WPP configuration of the Toaster sample: its control GUID (this sample's own
 * value) and flags. Messages are TraceEvents(TRACE_LEVEL_x, DBG_x, ...), and KdPrint((...))
 * lines, which trace at DbgPrint's level whatever the flags.
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

#include <wpp/wpp.h>

#endif /* TOASTER_TRACE_H */
