// rtl_strsafe.cpp - ntstrsafe.h's bounded string functions (semantics in the header).
#include <ntstrsafe.h>

#include <cstring>
#include <cwchar>
#include <string>

#include "rtl_format.hpp"

namespace wpptrace::framework {
namespace {

template <typename Char>
size_t length_within(const Char* text, size_t max) {
    size_t n = 0;
    while (n < max && text[n]) ++n;
    return n;
}

template <typename Char>
bool valid_size(const Char* dest, size_t cch) {
    return dest && cch != 0 && cch <= NTSTRSAFE_MAX_CCH;
}

// Writes up to cch - 1 characters of `text` (length n) at dest and terminates it.
template <typename Char>
NTSTATUS put(Char* dest, size_t cch, const Char* text, size_t n) {
    const bool fits = n < cch;
    const size_t count = fits ? n : cch - 1;
    if (count) memmove(dest, text, count * sizeof(Char));
    dest[count] = 0;
    return fits ? STATUS_SUCCESS : STATUS_BUFFER_OVERFLOW;
}

template <typename Char>
NTSTATUS copy_n(Char* dest, size_t cch, const Char* src, size_t max_copy) {
    if (!valid_size(dest, cch)) return STATUS_INVALID_PARAMETER;
    if (!src || max_copy > NTSTRSAFE_MAX_CCH) {
        dest[0] = 0;
        return STATUS_INVALID_PARAMETER;
    }
    return put(dest, cch, src, length_within(src, max_copy));
}

template <typename Char>
NTSTATUS cat_n(Char* dest, size_t cch, const Char* src, size_t max_append) {
    if (!valid_size(dest, cch) || !src || max_append > NTSTRSAFE_MAX_CCH) {
        return STATUS_INVALID_PARAMETER;
    }
    const size_t used = length_within(dest, cch);
    if (used == cch) return STATUS_INVALID_PARAMETER;  // not terminated within its size
    return put(dest + used, cch - used, src, length_within(src, max_append));
}

// Narrows wide text for an A function: characters above 0xff have no single byte.
std::string narrow_text(const std::wstring& text) {
    std::string out;
    out.reserve(text.size());
    for (wchar_t c : text) out += c <= 0xff ? static_cast<char>(c) : '?';
    return out;
}

NTSTATUS vprintf_a(char* dest, size_t cch, const char* format, va_list args) {
    if (!valid_size(dest, cch)) return STATUS_INVALID_PARAMETER;
    if (!format) {
        dest[0] = 0;
        return STATUS_INVALID_PARAMETER;
    }
    const std::string text = narrow_text(format_windows(format, args));
    return put(dest, cch, text.data(), text.size());
}

NTSTATUS vprintf_w(wchar_t* dest, size_t cch, const wchar_t* format, va_list args) {
    if (!valid_size(dest, cch)) return STATUS_INVALID_PARAMETER;
    if (!format) {
        dest[0] = 0;
        return STATUS_INVALID_PARAMETER;
    }
    const std::wstring text = format_windows(format, args);
    return put(dest, cch, text.data(), text.size());
}

template <typename Char>
NTSTATUS length(const Char* text, size_t max, size_t* result) {
    NTSTATUS status = STATUS_INVALID_PARAMETER;
    size_t n = 0;
    if (text && max <= NTSTRSAFE_MAX_CCH) {
        n = length_within(text, max);
        if (n < max) {
            status = STATUS_SUCCESS;
        } else {
            n = 0;
        }
    }
    if (result) *result = n;
    return status;
}

// ---- UNICODE_STRING destinations ----
bool valid_unicode(PCUNICODE_STRING s) {
    return s && s->Length % sizeof(WCHAR) == 0 && s->MaximumLength % sizeof(WCHAR) == 0 &&
           s->Length <= s->MaximumLength && (s->Buffer || s->MaximumLength == 0);
}

NTSTATUS unicode_put(PUNICODE_STRING dest, size_t offset_chars, const WCHAR* text, size_t n) {
    const size_t room = dest->MaximumLength / sizeof(WCHAR) - offset_chars;
    const size_t count = n <= room ? n : room;
    if (count) memmove(dest->Buffer + offset_chars, text, count * sizeof(WCHAR));
    dest->Length = static_cast<USHORT>((offset_chars + count) * sizeof(WCHAR));
    return n <= room ? STATUS_SUCCESS : STATUS_BUFFER_OVERFLOW;
}

}  // namespace
}  // namespace wpptrace::framework

namespace fw = wpptrace::framework;

extern "C" {

NTSTATUS RtlStringCchCopyA(NTSTRSAFE_PSTR d, size_t cch, NTSTRSAFE_PCSTR s) {
    return fw::copy_n(d, cch, s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCchCopyW(NTSTRSAFE_PWSTR d, size_t cch, NTSTRSAFE_PCWSTR s) {
    return fw::copy_n(d, cch, s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCbCopyA(NTSTRSAFE_PSTR d, size_t cb, NTSTRSAFE_PCSTR s) {
    return fw::copy_n(d, cb, s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCbCopyW(NTSTRSAFE_PWSTR d, size_t cb, NTSTRSAFE_PCWSTR s) {
    return fw::copy_n(d, cb / sizeof(WCHAR), s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCchCopyNA(NTSTRSAFE_PSTR d, size_t cch, NTSTRSAFE_PCSTR s, size_t n) {
    return fw::copy_n(d, cch, s, n);
}
NTSTATUS RtlStringCchCopyNW(NTSTRSAFE_PWSTR d, size_t cch, NTSTRSAFE_PCWSTR s, size_t n) {
    return fw::copy_n(d, cch, s, n);
}
NTSTATUS RtlStringCbCopyNA(NTSTRSAFE_PSTR d, size_t cb, NTSTRSAFE_PCSTR s, size_t n) {
    return fw::copy_n(d, cb, s, n);
}
NTSTATUS RtlStringCbCopyNW(NTSTRSAFE_PWSTR d, size_t cb, NTSTRSAFE_PCWSTR s, size_t n) {
    return fw::copy_n(d, cb / sizeof(WCHAR), s, n / sizeof(WCHAR));
}

NTSTATUS RtlStringCchCatA(NTSTRSAFE_PSTR d, size_t cch, NTSTRSAFE_PCSTR s) {
    return fw::cat_n(d, cch, s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCchCatW(NTSTRSAFE_PWSTR d, size_t cch, NTSTRSAFE_PCWSTR s) {
    return fw::cat_n(d, cch, s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCbCatA(NTSTRSAFE_PSTR d, size_t cb, NTSTRSAFE_PCSTR s) {
    return fw::cat_n(d, cb, s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCbCatW(NTSTRSAFE_PWSTR d, size_t cb, NTSTRSAFE_PCWSTR s) {
    return fw::cat_n(d, cb / sizeof(WCHAR), s, NTSTRSAFE_MAX_CCH);
}
NTSTATUS RtlStringCchCatNA(NTSTRSAFE_PSTR d, size_t cch, NTSTRSAFE_PCSTR s, size_t n) {
    return fw::cat_n(d, cch, s, n);
}
NTSTATUS RtlStringCchCatNW(NTSTRSAFE_PWSTR d, size_t cch, NTSTRSAFE_PCWSTR s, size_t n) {
    return fw::cat_n(d, cch, s, n);
}
NTSTATUS RtlStringCbCatNA(NTSTRSAFE_PSTR d, size_t cb, NTSTRSAFE_PCSTR s, size_t n) {
    return fw::cat_n(d, cb, s, n);
}
NTSTATUS RtlStringCbCatNW(NTSTRSAFE_PWSTR d, size_t cb, NTSTRSAFE_PCWSTR s, size_t n) {
    return fw::cat_n(d, cb / sizeof(WCHAR), s, n / sizeof(WCHAR));
}

NTSTATUS RtlStringCchVPrintfA(NTSTRSAFE_PSTR d, size_t cch, NTSTRSAFE_PCSTR f, va_list a) {
    return fw::vprintf_a(d, cch, f, a);
}
NTSTATUS RtlStringCchVPrintfW(NTSTRSAFE_PWSTR d, size_t cch, NTSTRSAFE_PCWSTR f, va_list a) {
    return fw::vprintf_w(d, cch, f, a);
}
NTSTATUS RtlStringCbVPrintfA(NTSTRSAFE_PSTR d, size_t cb, NTSTRSAFE_PCSTR f, va_list a) {
    return fw::vprintf_a(d, cb, f, a);
}
NTSTATUS RtlStringCbVPrintfW(NTSTRSAFE_PWSTR d, size_t cb, NTSTRSAFE_PCWSTR f, va_list a) {
    return fw::vprintf_w(d, cb / sizeof(WCHAR), f, a);
}
NTSTATUS RtlStringCchPrintfA(NTSTRSAFE_PSTR d, size_t cch, NTSTRSAFE_PCSTR f, ...) {
    va_list a;
    va_start(a, f);
    NTSTATUS status = fw::vprintf_a(d, cch, f, a);
    va_end(a);
    return status;
}
NTSTATUS RtlStringCchPrintfW(NTSTRSAFE_PWSTR d, size_t cch, NTSTRSAFE_PCWSTR f, ...) {
    va_list a;
    va_start(a, f);
    NTSTATUS status = fw::vprintf_w(d, cch, f, a);
    va_end(a);
    return status;
}
NTSTATUS RtlStringCbPrintfA(NTSTRSAFE_PSTR d, size_t cb, NTSTRSAFE_PCSTR f, ...) {
    va_list a;
    va_start(a, f);
    NTSTATUS status = fw::vprintf_a(d, cb, f, a);
    va_end(a);
    return status;
}
NTSTATUS RtlStringCbPrintfW(NTSTRSAFE_PWSTR d, size_t cb, NTSTRSAFE_PCWSTR f, ...) {
    va_list a;
    va_start(a, f);
    NTSTATUS status = fw::vprintf_w(d, cb / sizeof(WCHAR), f, a);
    va_end(a);
    return status;
}

NTSTATUS RtlStringCchLengthA(NTSTRSAFE_PCSTR s, size_t max, size_t* n) {
    return fw::length(s, max, n);
}
NTSTATUS RtlStringCchLengthW(NTSTRSAFE_PCWSTR s, size_t max, size_t* n) {
    return fw::length(s, max, n);
}
NTSTATUS RtlStringCbLengthA(NTSTRSAFE_PCSTR s, size_t max, size_t* n) {
    return fw::length(s, max, n);
}
NTSTATUS RtlStringCbLengthW(NTSTRSAFE_PCWSTR s, size_t max, size_t* n) {
    size_t chars = 0;
    NTSTATUS status = fw::length(s, max / sizeof(WCHAR), &chars);
    if (n) *n = chars * sizeof(WCHAR);
    return status;
}

NTSTATUS RtlUnicodeStringInit(PUNICODE_STRING d, NTSTRSAFE_PCWSTR s) {
    if (!d) return STATUS_INVALID_PARAMETER;
    d->Length = d->MaximumLength = 0;
    d->Buffer = const_cast<PWCH>(s);
    if (!s) return STATUS_SUCCESS;
    const size_t n = fw::length_within(s, NTSTRSAFE_UNICODE_STRING_MAX_CCH + 1);
    if (n > NTSTRSAFE_UNICODE_STRING_MAX_CCH) {
        d->Buffer = nullptr;
        return STATUS_INVALID_PARAMETER;
    }
    d->Length = static_cast<USHORT>(n * sizeof(WCHAR));
    d->MaximumLength = static_cast<USHORT>(d->Length + sizeof(WCHAR));
    if (d->MaximumLength < d->Length) d->MaximumLength = d->Length;
    return STATUS_SUCCESS;
}
NTSTATUS RtlUnicodeStringValidate(PCUNICODE_STRING s) {
    return fw::valid_unicode(s) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}
NTSTATUS RtlUnicodeStringCopy(PUNICODE_STRING d, PCUNICODE_STRING s) {
    if (!fw::valid_unicode(d) || !fw::valid_unicode(s)) return STATUS_INVALID_PARAMETER;
    return fw::unicode_put(d, 0, s->Buffer, s->Length / sizeof(WCHAR));
}
NTSTATUS RtlUnicodeStringCopyString(PUNICODE_STRING d, NTSTRSAFE_PCWSTR s) {
    if (!fw::valid_unicode(d) || !s) return STATUS_INVALID_PARAMETER;
    return fw::unicode_put(d, 0, s, wcslen(s));
}
NTSTATUS RtlUnicodeStringCat(PUNICODE_STRING d, PCUNICODE_STRING s) {
    if (!fw::valid_unicode(d) || !fw::valid_unicode(s)) return STATUS_INVALID_PARAMETER;
    return fw::unicode_put(d, d->Length / sizeof(WCHAR), s->Buffer, s->Length / sizeof(WCHAR));
}
NTSTATUS RtlUnicodeStringCatString(PUNICODE_STRING d, NTSTRSAFE_PCWSTR s) {
    if (!fw::valid_unicode(d) || !s) return STATUS_INVALID_PARAMETER;
    return fw::unicode_put(d, d->Length / sizeof(WCHAR), s, wcslen(s));
}
NTSTATUS RtlUnicodeStringVPrintf(PUNICODE_STRING d, NTSTRSAFE_PCWSTR f, va_list a) {
    if (!fw::valid_unicode(d) || !f) return STATUS_INVALID_PARAMETER;
    const std::wstring text = fw::format_windows(f, a);
    return fw::unicode_put(d, 0, text.data(), text.size());
}
NTSTATUS RtlUnicodeStringPrintf(PUNICODE_STRING d, NTSTRSAFE_PCWSTR f, ...) {
    va_list a;
    va_start(a, f);
    NTSTATUS status = RtlUnicodeStringVPrintf(d, f, a);
    va_end(a);
    return status;
}

}  // extern "C"
