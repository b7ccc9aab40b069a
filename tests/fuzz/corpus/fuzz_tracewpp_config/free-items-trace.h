/*
 * trace.h - the WPP configuration of a WFP callout shaped like the WDK's WFP samples: a list
 * type whose item names are free text (value 2 is "Outbound+Inbound"), an ItemEnum, and
 * DoTraceLevelMessage. The driver's messages also use %!s! and WPP's built-in lists.
 */
#ifndef CALLOUT_TRACE_H
#define CALLOUT_TRACE_H

typedef enum _CALLOUT_STATE { CalloutIdle, CalloutInspecting, CalloutDetached } CALLOUT_STATE;

#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(CalloutTraceGuid, (5e2c7b19, 4a0d, 4e6b, b3f1, 08c7d2a94e3b), \
                            WPP_DEFINE_BIT(TRACE_FLOW) WPP_DEFINE_BIT(TRACE_IRP))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

/*
 * begin_wpp config
 * CUSTOM_TYPE(FWP_DIRECTION, ItemListLong(Outbound, Inbound, Outbound+Inbound));
 * CUSTOM_TYPE(CALLOUT_STATE, ItemEnum(_CALLOUT_STATE));
 * FUNC DoTraceLevelMessage(LEVEL, FLAGS, MSG, ...);
 * end_wpp
 */

#endif /* CALLOUT_TRACE_H */
