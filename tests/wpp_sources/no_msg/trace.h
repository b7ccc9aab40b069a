// trace.h - the WPP configuration of a sensor driver shaped like the WDK's sensor and camera
// samples: trace functions with `...` and no MSG, whose text is their prefix and suffix
// (SENSOR_FunctionEnter(...)), one whose PRE/POST hold a status (SENSOR_FunctionExit), and a
// check-and-goto (CHECK_HR_GOTO(EXP, LABEL, ...)) whose PRE/POST do the goto.
#ifndef SENSORS_TRACE_H
#define SENSORS_TRACE_H

#define WPP_CONTROL_GUIDS                                                                 \
    WPP_DEFINE_CONTROL_GUID(SensorsTraceGuid, (0f6c2a44, 8b1d, 4c35, a7e0, 51d9e3b2c7f8), \
                            WPP_DEFINE_BIT(EntryExit) WPP_DEFINE_BIT(DataFlow)            \
                                WPP_DEFINE_BIT(Init))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

// SENSOR_FunctionExit(status): the status is held in the PRE for the prefix's argument.
#define WPP_LEVEL_FLAGS_SENSOREXIT_ENABLED(LEVEL, FLAGS, status) \
    WPP_LEVEL_FLAGS_ENABLED(LEVEL, FLAGS)
#define WPP_LEVEL_FLAGS_SENSOREXIT_LOGGER(LEVEL, FLAGS, status) WPP_LEVEL_FLAGS_LOGGER(LEVEL, FLAGS)
// clang-format off
#define WPP_LEVEL_FLAGS_SENSOREXIT_PRE(LEVEL, FLAGS, status) { NTSTATUS __status = status;
#define WPP_LEVEL_FLAGS_SENSOREXIT_POST(LEVEL, FLAGS, status) ; }

// CHECK_HR_GOTO(expression, label): traces and jumps when the expression fails.
#define WPP_CHECKHRGOTO_EXP_LABEL_PRE(HR, label) if (FAILED(hr = (HR))) {
#define WPP_CHECKHRGOTO_EXP_LABEL_POST(HR, label) ; goto label; }
// clang-format on
#define WPP_CHECKHRGOTO_EXP_LABEL_ENABLED(HR, label) WPP_LEVEL_ENABLED(Init)
#define WPP_CHECKHRGOTO_EXP_LABEL_LOGGER(HR, label) WPP_LEVEL_LOGGER(Init)

// begin_wpp config
// USEPREFIX (SENSOR_FunctionEnter, "%!STDPREFIX! SENSOR %!FUNC! FunctionEnter");
// FUNC SENSOR_FunctionEnter{LEVEL=TRACE_LEVEL_VERBOSE,FLAGS=EntryExit}(...);
// USEPREFIX (SENSOR_FunctionExit, "%!STDPREFIX! SENSOR %!FUNC! FunctionExit: %!STATUS!", __status);
// FUNC SENSOR_FunctionExit{LEVEL=TRACE_LEVEL_VERBOSE,FLAGS=EntryExit}(SENSOREXIT);
// USEPREFIX (CHECK_HR_GOTO, "%!STDPREFIX!");
// FUNC CHECK_HR_GOTO(CHECKHRGOTO_EXP, LABEL, ...);
// USESUFFIX (CHECK_HR_GOTO, " failed %!HRESULT!", hr);
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// end_wpp

#endif  // SENSORS_TRACE_H
