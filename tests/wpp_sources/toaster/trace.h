/*
 * trace.h - the WPP configuration of a driver shaped like the WDK's featured KMDF Toaster
 * (WppRecorder edition), written as that sample writes it: KdPrint in its double-parenthesis
 * form with fixed conditions, and the IFRLOG functions that name a recorder log.
 */
#pragma once

#define WPP_CONTROL_GUIDS                                                                  \
    WPP_DEFINE_CONTROL_GUID(ToasterSampleKMDF, (32134778, E6AA, 4089, B5A8, 9E58E9EE4687), \
                            WPP_DEFINE_BIT(TRACE_FLAG_DRIVER) WPP_DEFINE_BIT(TRACE_FLAG_DEVICE))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

//
// begin_wpp config
//
// FUNC KdPrint{LEVEL=TRACE_LEVEL_INFORMATION, FLAGS=TRACE_FLAG_DRIVER}((MSG, ...));
// WPP_FLAGS(-public:KdPrint);
//
// FUNC WppPrintDevice{LEVEL=TRACE_LEVEL_INFORMATION, FLAGS=TRACE_FLAG_DEVICE}(IFRLOG, MSG, ...);
// WPP_FLAGS(-public:WppPrintDevice);
//
// FUNC WppPrintDeviceError{LEVEL=TRACE_LEVEL_ERROR, FLAGS=TRACE_FLAG_DEVICE}(IFRLOG, MSG, ...);
// WPP_FLAGS(-public:WppPrintDeviceError);
//
// end_wpp
//
