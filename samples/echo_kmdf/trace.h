/*
 * trace.h - WPP configuration of the echo sample, KMDF port. The WDM form has the same flags
 * and message texts under its own control GUID, so that the two traces compare line by line.
 */
#ifndef ECHO_KMDF_TRACE_H
#define ECHO_KMDF_TRACE_H

#define WPP_CONTROL_GUIDS                                                                  \
    WPP_DEFINE_CONTROL_GUID(EchoKmdfTraceGuid, (c2b85e06, 4f1a, 47d3, 9e6b, 1a08f4c3d5e2), \
                            WPP_DEFINE_BIT(DBG_INIT)         /* 0x0001 */                  \
                            WPP_DEFINE_BIT(DBG_PNP)          /* 0x0002 */                  \
                            WPP_DEFINE_BIT(DBG_POWER)        /* 0x0004 */                  \
                            WPP_DEFINE_BIT(DBG_CREATE_CLOSE) /* 0x0008 */                  \
                            WPP_DEFINE_BIT(DBG_READ)         /* 0x0010 */                  \
                            WPP_DEFINE_BIT(DBG_WRITE)        /* 0x0020 */                  \
                            WPP_DEFINE_BIT(DBG_IOCTL))       /* 0x0040 */

#include <wpp/wpp.h>

#define EchoTrace TraceEvents

#endif /* ECHO_KMDF_TRACE_H */
