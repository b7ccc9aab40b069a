/*
 * trace.h - the WPP configuration of a C driver whose trace function declares a wide format,
 * as the WDK's camera samples' DMFTRACE and the audio samples' LogInformation do.
 */
#ifndef CAMERA_TRACE_H
#define CAMERA_TRACE_H

#define WPP_CONTROL_GUIDS                                                                \
    WPP_DEFINE_CONTROL_GUID(CameraTraceGuid, (1e5b8c92, 7a4f, 4d36, 9b21, e8f0c3d5a746), \
                            WPP_DEFINE_BIT(DMFT_INIT) WPP_DEFINE_BIT(DMFT_GENERAL))

#define WPP_LEVEL_FLAG_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAG_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

/*
 * begin_wpp config
 * FUNC DMFTRACE(FLAG, LEVEL, MSG, ...);
 * end_wpp
 */

#endif /* CAMERA_TRACE_H */
