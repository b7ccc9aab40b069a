/*
 * trace.h - WPP configuration of the echo sample, WDM form. The KMDF port has the same flags
 * and message texts under its own control GUID, so that the two traces compare line by line.
 */
#ifndef ECHO_WDM_TRACE_H
#define ECHO_WDM_TRACE_H

#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(EchoWdmTraceGuid, (a7e4c915, 2b6d, 4f08, 8c3a, 9d51e2f07b46), \
                            WPP_DEFINE_BIT(DBG_INIT)         /* 0x0001 */                 \
                            WPP_DEFINE_BIT(DBG_PNP)          /* 0x0002 */                 \
                            WPP_DEFINE_BIT(DBG_POWER)        /* 0x0004 */                 \
                            WPP_DEFINE_BIT(DBG_CREATE_CLOSE) /* 0x0008 */                 \
                            WPP_DEFINE_BIT(DBG_READ)         /* 0x0010 */                 \
                            WPP_DEFINE_BIT(DBG_WRITE)        /* 0x0020 */                 \
                            WPP_DEFINE_BIT(DBG_IOCTL))       /* 0x0040 */

#include <wpp/wpp.h>

#define EchoTrace TraceEvents

#endif /* ECHO_WDM_TRACE_H */
