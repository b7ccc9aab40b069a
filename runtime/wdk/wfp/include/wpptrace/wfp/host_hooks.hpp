// host_hooks.hpp - how the filter engine reports to the host. The engine (runtime/wdk/wfp) links no
// framework code: it sits beside the framework, on the WDK headers alone. The host, which links
// both, installs these reporters when it loads (runtime/wdk/host/src/wfp_reporting.cpp), so that
// a Fwps call the engine cannot emulate, or a callout's misuse, is named in the host's report
// against the calling driver, as the framework's own calls are.
#pragma once

#include <fwptypes.h>  // NTSTATUS, through its include of wdm.h

#include <string>

#include <wpptrace/wdk/c_entry.hpp>

namespace wpptrace::wfp {

using UnsupportedReporter = NTSTATUS (*)(const void* caller, const char* function, NTSTATUS status,
                                         const char* why);
using MisuseReporter = void (*)(const void* caller, const std::string& text);
// An exception a C entry point stopped (c_entry.hpp); must not throw.
using ExceptionReporter = void (*)(const char* entry, const wdk::StoppedException& stopped);

void set_reporters(UnsupportedReporter unsupported, MisuseReporter misuse,
                   ExceptionReporter exception);

// Without reporters installed (the engine alone), both print to stderr.
NTSTATUS report_unsupported(const void* caller, const char* function, NTSTATUS status,
                            const char* why);
void report_misuse(const void* caller, const std::string& text);
void report_stopped_exception(const char* entry, const wdk::StoppedException& stopped) noexcept;

}  // namespace wpptrace::wfp
