// trace.h - WPP configuration of the tracedrv sample: one control GUID, two flags.
#pragma once

#define WPP_CONTROL_GUIDS                                                        \
    WPP_DEFINE_CONTROL_GUID(CtlGuid, (d58c126f, b309, 11d1, 969e, 0000f875a5bc), \
                            WPP_DEFINE_BIT(TRACELEVELONE) WPP_DEFINE_BIT(TRACELEVELTWO))

#include <wpp/wpp.h>
