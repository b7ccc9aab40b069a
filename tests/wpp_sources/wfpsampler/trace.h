// trace.h - the WPP configuration of a driver shaped like the WDK's WFPSampler callout driver,
// written as that sample writes it: DbgPrintEx(COMPID, LEVEL, MSG, ...) as a WPP function whose
// gate compares the control's level with the DbgPrintEx level, under the default Error,
// Unusual and Noise flags.
#ifndef WFPSAMPLER_TRACE_H
#define WFPSAMPLER_TRACE_H

#define WPP_CONTROL_GUIDS                                                                        \
    WPP_DEFINE_CONTROL_GUID(WFPSamplerCalloutDriver, (8f2d6c41, 0b7e, 4a3c, 9d21, 6e5f4a3b2c1d), \
                            WPP_DEFINE_BIT(Error) WPP_DEFINE_BIT(Unusual) WPP_DEFINE_BIT(Noise))

#define WPP_COMPID_LEVEL_LOGGER(COMPID, LEVEL) WPP_LEVEL_LOGGER(Error)
#define WPP_COMPID_LEVEL_ENABLED(COMPID, LEVEL) (WPP_CONTROL(WPP_BIT_Error).Level >= LEVEL)

// begin_wpp config
// FUNC DbgPrintEx(COMPID, LEVEL, MSG, ...);
// end_wpp

#endif  // WFPSAMPLER_TRACE_H
