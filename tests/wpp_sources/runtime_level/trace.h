// trace.h - the WPP configuration of a driver whose levels are decided at run time: a message's
// own debug level (RT_TRACE_F(COMPID, msg->dbgLevel, (...))) and a conditional expression
// (TracePrint(ok ? TRACE_LEVEL_INFORMATION : TRACE_LEVEL_WARNING, ...)).
#ifndef LEVELEXPR_TRACE_H
#define LEVELEXPR_TRACE_H

#define WPP_CONTROL_GUIDS                                                              \
    WPP_DEFINE_CONTROL_GUID(LevelExprGuid, (7b3d9e20, 1c5a, 4f08, 9d6e, a4c1f2e3b5d7), \
                            WPP_DEFINE_BIT(COMP_CMD) WPP_DEFINE_BIT(TRACE_DEVICE))

#define WPP_COMPID_LEVEL_ENABLED(CTL, LEVEL)          \
    ((WPP_CONTROL(WPP_BIT_##CTL).Level >= (LEVEL)) && \
     (WPP_CONTROL(WPP_BIT_##CTL).Flags[WPP_FLAG_NO(WPP_BIT_##CTL)] & WPP_MASK(WPP_BIT_##CTL)))
#define WPP_COMPID_LEVEL_LOGGER(CTL, LEVEL) (WPP_CONTROL(WPP_BIT_##CTL).Logger),
#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= (lvl))

// begin_wpp config
// FUNC RT_TRACE_F(COMPID, LEVEL, (MSG, ...));
// FUNC TracePrint(LEVEL, FLAGS, MSG, ...);
// end_wpp

#endif  // LEVELEXPR_TRACE_H
