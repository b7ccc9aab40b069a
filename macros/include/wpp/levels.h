/*
 * wpp/levels.h - trace levels with WPP's numbers, and DbgPrintEx's component ids and levels.
 *
 * Enumerators rather than macros, so that a trace function declared as a macro over another
 * (`#define SerialDbgPrintEx TraceEvents`) still records the level's name in the catalog.
 */
#ifndef WPP_LEVELS_H
#define WPP_LEVELS_H

/* A driver may define the TRACE_LEVEL_* macros itself before its .tmh (as evntrace.h does);
   the enumerators then stand back. */
#ifndef TRACE_LEVEL_INFORMATION
enum wpp_trace_level {
    TRACE_LEVEL_NONE = 0,
    TRACE_LEVEL_CRITICAL = 1,
    TRACE_LEVEL_FATAL = 1,
    TRACE_LEVEL_ERROR = 2,
    TRACE_LEVEL_WARNING = 3,
    TRACE_LEVEL_INFORMATION = 4,
    TRACE_LEVEL_VERBOSE = 5,
    TRACE_LEVEL_RESERVED6 = 6,
    TRACE_LEVEL_RESERVED7 = 7,
    TRACE_LEVEL_RESERVED8 = 8,
    TRACE_LEVEL_RESERVED9 = 9
};
#endif

/* DbgPrintEx levels; a value above 31 is a mask in Windows, traced here as VERBOSE. */
enum wpp_dpfltr_level {
    DPFLTR_ERROR_LEVEL = 0,
    DPFLTR_WARNING_LEVEL = 1,
    DPFLTR_TRACE_LEVEL = 2,
    DPFLTR_INFO_LEVEL = 3,
    DPFLTR_MASK = 0x80000000u
};

/* The DbgPrintEx component ids drivers pass most (the values of dpfilter.h). */
enum wpp_dpfltr_component {
    DPFLTR_SYSTEM_ID = 0,
    DPFLTR_IHVVIDEO_ID = 78,
    DPFLTR_IHVAUDIO_ID = 79,
    DPFLTR_IHVNETWORK_ID = 80,
    DPFLTR_IHVSTREAMING_ID = 81,
    DPFLTR_IHVBUS_ID = 82,
    DPFLTR_IHVDRIVER_ID = 77,
    DPFLTR_DEFAULT_ID = 101
};

/* DbgPrintEx level -> TRACE_LEVEL: error, warning, trace (information), info (verbose). */
static inline unsigned wpp_dpfltr_to_trace_level(unsigned dpfltr_level) {
    return dpfltr_level == DPFLTR_ERROR_LEVEL     ? TRACE_LEVEL_ERROR
           : dpfltr_level == DPFLTR_WARNING_LEVEL ? TRACE_LEVEL_WARNING
           : dpfltr_level == DPFLTR_TRACE_LEVEL   ? TRACE_LEVEL_INFORMATION
                                                  : TRACE_LEVEL_VERBOSE;
}

#endif /* WPP_LEVELS_H */
