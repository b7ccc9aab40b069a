/*
 * trace.h - the WPP configuration of a WDM network driver shaped like the WDK's Wi-Fi samples:
 * component bits across two control GUIDs, RT_TRACE(COMPID, LEVEL, (MSG, ...)) with the
 * message as a parenthesized group, and the driver's own gates written in WPP's internal
 * vocabulary (WPP_CONTROL(...).Level, .Flags[WPP_FLAG_NO(...)], WPP_MASK). The levels are the
 * driver's DBG_* numbers, which are trace levels.
 */
#ifndef RTWLAN_TRACE_H
#define RTWLAN_TRACE_H

#define DBG_SERIOUS 2 /* an error */
#define DBG_WARNING 3
#define DBG_LOUD 4 /* information */
#define DBG_TRACE 5

#define WPP_CONTROL_GUIDS                                                            \
    WPP_DEFINE_CONTROL_GUID(RtWlanMain, (3f0e6a51, 6d3c, 4b7e, 9a0e, 2b61c8f5d101),  \
                            WPP_DEFINE_BIT(COMP_INIT) WPP_DEFINE_BIT(COMP_SEND)      \
                                WPP_DEFINE_BIT(COMP_RECV))                           \
    WPP_DEFINE_CONTROL_GUID(RtWlanExtra, (3f0e6a51, 6d3c, 4b7e, 9a0e, 2b61c8f5d102), \
                            WPP_DEFINE_BIT(COMP_SCAN) WPP_DEFINE_BIT(COMP_POWER))

/* The driver's own gates, written against WPP's control block. */
#define WPP_COMPID_LEVEL_ENABLED(CTL, LEVEL)          \
    ((WPP_CONTROL(WPP_BIT_##CTL).Level >= (LEVEL)) && \
     (WPP_CONTROL(WPP_BIT_##CTL).Flags[WPP_FLAG_NO(WPP_BIT_##CTL)] & WPP_MASK(WPP_BIT_##CTL)))
#define WPP_COMPID_LEVEL_LOGGER(CTL, LEVEL) (WPP_CONTROL(WPP_BIT_##CTL).Logger),

/*
 * begin_wpp config
 * FUNC RT_TRACE(COMPID, LEVEL, (MSG, ...));
 * FUNC RT_TRACE_F(COMPID, LEVEL, (MSG, ...));
 * end_wpp
 */

#endif /* RTWLAN_TRACE_H */
