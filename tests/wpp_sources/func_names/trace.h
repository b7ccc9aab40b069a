// trace.h - the WPP configuration of a C++ driver shaped like the WDK's SoundWire samples'
// ACPI reader: every message starts with %!FUNC!, the function as MSVC's __FUNCTION__ names it.
#ifndef ACPIREADER_TRACE_H
#define ACPIREADER_TRACE_H

#define WPP_CONTROL_GUIDS                                                                    \
    WPP_DEFINE_CONTROL_GUID(AcpiReaderTraceGuid, (4b9f2c73, 5d1e, 4e28, 9a3c, 7f0b6d1e2c85), \
                            WPP_DEFINE_BIT(TRACE_ACPI))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

// begin_wpp config
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// end_wpp

#endif  // ACPIREADER_TRACE_H
