/*
 * trace.h - a static library's own WPP configuration, as the WDK documents it for static
 * libraries: a control GUID of its own (its value does not matter: the library never calls
 * WPP_INIT_TRACING) with three flags. The driver that links the library repeats this control
 * GUID first in its own WPP_CONTROL_GUIDS.
 */
#ifndef MYLIB_TRACE_H
#define MYLIB_TRACE_H

#define WPP_CONTROL_GUIDS                           \
    WPP_DEFINE_CONTROL_GUID(mylib, (0, 0, 0, 0, 0), \
                            WPP_DEFINE_BIT(Error) WPP_DEFINE_BIT(Unusual) WPP_DEFINE_BIT(Noise))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

// begin_wpp config
// FUNC LibTrace(LEVEL, FLAGS, MSG, ...);
// end_wpp

#endif /* MYLIB_TRACE_H */
