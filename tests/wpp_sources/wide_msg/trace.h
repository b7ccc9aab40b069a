// trace.h - the WPP configuration of an audio DSP driver shaped like the WDK's SoundWire
// samples: DrvLog* functions whose formats are wide (L"..."), an IFRLOG parameter naming a
// WppRecorder log, and DrvLogEnter(IFRLOG, ...), which has no message at all.
#ifndef SDCADSP_TRACE_H
#define SDCADSP_TRACE_H

#include <WppRecorder.h>

#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(SdcaDspTraceGuid, (8c4e1b37, 2f6d, 4a90, b1c8, 3e7d5a2f9c06), \
                            WPP_DEFINE_BIT(FLAG_DEVICE_ALL) WPP_DEFINE_BIT(FLAG_FUNCTION) \
                                WPP_DEFINE_BIT(FLAG_STREAM))

#define WPP_LEVEL_FLAGS_LOGGER(LEVEL, FLAGS) WPP_LEVEL_LOGGER(FLAGS)
#define WPP_LEVEL_FLAGS_ENABLED(LEVEL, FLAGS) \
    (WPP_LEVEL_ENABLED(FLAGS) && (WPP_CONTROL(WPP_BIT_##FLAGS).Level >= LEVEL))

// begin_wpp config
// USEPREFIX(DrvLogError,   "%!STDPREFIX!ERROR: ");
// USEPREFIX(DrvLogInfo,    "%!STDPREFIX!INFO: ");
// USEPREFIX(DrvLogEnter,   "%!STDPREFIX!ENTER");
// FUNC DrvLogError{LEVEL=TRACE_LEVEL_ERROR}(IFRLOG, FLAGS, MSG, ...);
// FUNC DrvLogInfo{LEVEL=TRACE_LEVEL_INFORMATION}(IFRLOG, FLAGS, MSG, ...);
// FUNC DrvLogEnter{LEVEL=TRACE_LEVEL_VERBOSE, FLAGS=FLAG_FUNCTION}(IFRLOG, ...);
// end_wpp

#endif  // SDCADSP_TRACE_H
