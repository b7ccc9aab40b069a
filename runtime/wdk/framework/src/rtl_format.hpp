// rtl_format.hpp - printf formatting as Windows' kernel-mode CRT and ntstrsafe.h mean it, for a
// Linux process: %lu and %lx are 32 bits (Windows' long), %I64u/%llu 64, %Iu/%zu pointer-sized;
// %s is the function's own string width, %S the other one, %hs narrow, %ls/%ws wide, %Z an
// ANSI_STRING*, %wZ a UNICODE_STRING*; %p prints the pointer's 16 upper-case hex digits.
// Used by RtlString*Printf, RtlUnicodeStringPrintf and DbgPrint.
#pragma once

#include <cstdarg>
#include <string>

namespace wpptrace::framework {

// Formats into wide text (wchar_t is UTF-32 here). `wide_format` says whether the format is the
// W variant's (then %s is wide) or the A variant's (%s narrow).
std::wstring format_windows(const wchar_t* format, va_list args);
std::wstring format_windows(const char* format, va_list args);

}  // namespace wpptrace::framework
