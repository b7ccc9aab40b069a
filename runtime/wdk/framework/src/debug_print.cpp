// debug_print.cpp - DbgPrint/DbgPrintEx for drivers that do not trace with WPP, and RtlAssert
// (km/debug_print.h): the text goes to standard error, where a kernel debugger would show it.
#include <wdm.h>

#include <cstdio>
#include <string>

#include "framework_state.hpp"
#include "rtl_format.hpp"

namespace wpptrace::framework {
namespace {

ULONG print(const void* caller, const char* prefix, ULONG level, const char* format, va_list args) {
    if (!format) return static_cast<ULONG>(STATUS_INVALID_PARAMETER);
    std::string text;
    for (wchar_t c : format_windows(format, args)) text += c <= 0xff ? static_cast<char>(c) : '?';
    const DriverRecord* record = driver_of_address(caller);
    static const char* const levels[] = {"error", "warning", "trace", "info"};
    std::fprintf(stderr, "wpptrace: DbgPrint: %s: %s%s%s%s", record ? record->name.c_str() : "?",
                 level < 4 ? levels[level] : "", level < 4 ? ": " : "", prefix ? prefix : "",
                 text.c_str());
    if (text.empty() || text.back() != '\n') std::fputc('\n', stderr);
    return static_cast<ULONG>(STATUS_SUCCESS);
}

}  // namespace
}  // namespace wpptrace::framework

namespace fw = wpptrace::framework;

extern "C" {

ULONG(DbgPrint)(PCSTR Format, ...) {
    va_list args;
    va_start(args, Format);
    ULONG status = fw::print(__builtin_return_address(0), nullptr, DPFLTR_INFO_LEVEL, Format, args);
    va_end(args);
    return status;
}

ULONG(DbgPrintEx)(ULONG ComponentId, ULONG Level, PCSTR Format, ...) {
    (void)ComponentId;
    va_list args;
    va_start(args, Format);
    ULONG status = fw::print(__builtin_return_address(0), nullptr, Level, Format, args);
    va_end(args);
    return status;
}

ULONG vDbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, va_list arglist) {
    (void)ComponentId;
    return fw::print(__builtin_return_address(0), nullptr, Level, Format, arglist);
}

ULONG vDbgPrintExWithPrefix(PCSTR Prefix, ULONG ComponentId, ULONG Level, PCSTR Format,
                            va_list arglist) {
    (void)ComponentId;
    return fw::print(__builtin_return_address(0), Prefix, Level, Format, arglist);
}

void RtlAssert(PVOID VoidFailedAssertion, PVOID VoidFileName, ULONG LineNumber,
               PSTR MutableMessage) {
    std::string text = std::string(VoidFileName ? static_cast<const char*>(VoidFileName) : "?") +
                       ":" + std::to_string(LineNumber) + ": assertion failed: " +
                       (VoidFailedAssertion ? static_cast<const char*>(VoidFailedAssertion) : "?");
    if (MutableMessage) text += std::string(" (") + MutableMessage + ")";
    fw::report_issue(fw::driver_of_address(__builtin_return_address(0)), fw::IssueKind::assertion,
                     text);
}

}  // extern "C"
