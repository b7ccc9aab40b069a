/* trace.h - the stream-editing WFP callout sample's WPP control GUID and flags. */
#ifndef WFP_STREAM_EDIT_TRACE_H
#define WFP_STREAM_EDIT_TRACE_H

#define WPP_CONTROL_GUIDS                                                                       \
    WPP_DEFINE_CONTROL_GUID(WfpStreamEditTraceGuid, (3c1e7d52, 9a4b, 4f06, b8d1, 2e6f0a9c5b73), \
                            WPP_DEFINE_BIT(TRACE_INIT) WPP_DEFINE_BIT(TRACE_FLOW)               \
                                WPP_DEFINE_BIT(TRACE_STREAM))
#include <wpp/wpp.h>

#endif
