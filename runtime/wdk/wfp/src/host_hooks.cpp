// host_hooks.cpp - the reporters the framework installs (see host_hooks.hpp).
#include "wpptrace/wfp/host_hooks.hpp"

#include <atomic>
#include <cstdio>

namespace wpptrace::wfp {
namespace {
std::atomic<UnsupportedReporter> unsupported_reporter{nullptr};
std::atomic<MisuseReporter> misuse_reporter{nullptr};
std::atomic<ExceptionReporter> exception_reporter{nullptr};
}  // namespace

void set_reporters(UnsupportedReporter unsupported, MisuseReporter misuse,
                   ExceptionReporter exception) {
    unsupported_reporter = unsupported;
    misuse_reporter = misuse;
    exception_reporter = exception;
}

NTSTATUS report_unsupported(const void* caller, const char* function, NTSTATUS status,
                            const char* why) {
    if (UnsupportedReporter r = unsupported_reporter) return r(caller, function, status, why);
    std::fprintf(stderr, "wpptrace: wfp: %s is not supported by the host (%s): 0x%08x\n", function,
                 why, static_cast<unsigned>(status));
    return status;
}

void report_misuse(const void* caller, const std::string& text) {
    if (MisuseReporter r = misuse_reporter) return r(caller, text);
    std::fprintf(stderr, "wpptrace: wfp: %s\n", text.c_str());
}

void report_stopped_exception(const char* entry, const wdk::StoppedException& stopped) noexcept {
    if (ExceptionReporter r = exception_reporter) return r(entry, stopped);
    std::fprintf(stderr, "wpptrace: wfp: %s: %s\n", entry, stopped.what);
}

}  // namespace wpptrace::wfp
