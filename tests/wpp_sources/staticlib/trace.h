/*
 * trace.h - the driver's WPP configuration: the static library's control GUID first (a copy,
 * with the library's flags, so that the library's control index 0 is this one), then the
 * driver's own.
 */
#ifndef STATICHOST_TRACE_H
#define STATICHOST_TRACE_H

#define WPP_CONTROL_GUIDS                                                                        \
    WPP_DEFINE_CONTROL_GUID(SharedStaticLibs, (81b20feb, 73a8, 4b62, 95bc, 354477c97a6f),        \
                            WPP_DEFINE_BIT(Error) WPP_DEFINE_BIT(Unusual) WPP_DEFINE_BIT(Noise)) \
    WPP_DEFINE_CONTROL_GUID(AppSpecificFlags, (81b20fec, 73a8, 4b62, 95bc, 354477c97a6f),        \
                            WPP_DEFINE_BIT(EntryExit) WPP_DEFINE_BIT(Initialization))

#endif /* STATICHOST_TRACE_H */
