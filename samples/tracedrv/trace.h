// trace.h - WPP configuration of the tracedrv sample: one control GUID, two flags, and the
// sample's TRACE_RETURN.
#pragma once

#define WPP_CONTROL_GUIDS                                                        \
    WPP_DEFINE_CONTROL_GUID(CtlGuid, (d58c126f, b309, 11d1, 969e, 0000f875a5bc), \
                            WPP_DEFINE_BIT(TRACELEVELONE) WPP_DEFINE_BIT(TRACELEVELTWO))

#include <wpp/wpp.h>

// The WDK sample declares FUNC TRACE_RETURN{FLAG=FLAG_ONE}(EXP) with
// USESUFFIX(TRACE_RETURN, "Function Return=%!STATUS!", EXP) and PRE/POST macros that skip
// STATUS_SUCCESS. The same as a macro: a failing status only, on the first flag. %!STATUS! (the
// status by name) comes with the extended types in a later issue; until then, hex.
#define TRACE_RETURN(Status)                                                               \
    do {                                                                                   \
        NTSTATUS trace_return_status_ = (Status);                                          \
        if (trace_return_status_ != STATUS_SUCCESS)                                        \
            DoTraceMessage(TRACELEVELONE, "Function Return=0x%08x", trace_return_status_); \
    } while (0)
