/* trace.h - the WFP callout sample's WPP control GUID and flags. */
#ifndef WFP_CALLOUT_TRACE_H
#define WFP_CALLOUT_TRACE_H

#define WPP_CONTROL_GUIDS                                                                    \
    WPP_DEFINE_CONTROL_GUID(WfpCalloutTraceGuid, (8b2f4c6e, 1d3a, 4e59, a7c2, 5f90e13b4d68), \
                            WPP_DEFINE_BIT(TRACE_INIT) WPP_DEFINE_BIT(TRACE_CLASSIFY)        \
                                WPP_DEFINE_BIT(TRACE_NOTIFY) WPP_DEFINE_BIT(TRACE_FLOW))
#include <wpp/wpp.h>

#endif
