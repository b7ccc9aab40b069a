// rtl_string_convert.cpp - counted-string routines of km/rtl_strings.h: appending, comparing,
// case, ANSI <-> Unicode, numbers as text (semantics in the header).
#include <wdm.h>

#include <cstring>
#include <cwchar>
#include <cwctype>
#include <string>

#include "framework_state.hpp"
#include "pool.hpp"

namespace wpptrace::framework {
namespace {

constexpr ULONG string_tag = 0x67727453;  // 'Strg': strings the run-time library allocated

size_t chars(PCUNICODE_STRING s) {
    return s && s->Buffer ? s->Length / sizeof(WCHAR) : 0;
}

WCHAR upcase(WCHAR c) {
    return static_cast<WCHAR>(std::towupper(static_cast<wint_t>(c)));
}
WCHAR downcase(WCHAR c) {
    return static_cast<WCHAR>(std::towlower(static_cast<wint_t>(c)));
}

template <typename Char, typename Fold>
LONG compare(const Char* a, size_t na, const Char* b, size_t nb, Fold fold) {
    const size_t n = na < nb ? na : nb;
    for (size_t i = 0; i < n; ++i) {
        const long x = static_cast<long>(fold(a[i])), y = static_cast<long>(fold(b[i]));
        if (x != y) return x < y ? -1 : 1;
    }
    return na == nb ? 0 : na < nb ? -1 : 1;
}

// Gives `dest` room for `bytes`: from pool when allocating (charged to the calling driver),
// else what it has; STATUS_BUFFER_OVERFLOW if that is too small.
template <typename String>
NTSTATUS make_room(String* dest, size_t bytes, BOOLEAN allocate, const void* caller) {
    if (bytes > 0xffff) return STATUS_INVALID_PARAMETER;
    if (allocate) {
        void* buffer =
            pool_allocate(driver_of_address(caller), bytes ? bytes : 1, string_tag, true);
        if (!buffer) return STATUS_NO_MEMORY;
        dest->Buffer = static_cast<decltype(dest->Buffer)>(buffer);
        dest->MaximumLength = static_cast<USHORT>(bytes);
        return STATUS_SUCCESS;
    }
    return dest->Buffer && dest->MaximumLength >= bytes ? STATUS_SUCCESS : STATUS_BUFFER_OVERFLOW;
}

NTSTATUS convert_case(PUNICODE_STRING dest, PCUNICODE_STRING src, BOOLEAN allocate,
                      WCHAR (*fold)(WCHAR), const void* caller) {
    if (!dest || !src) return STATUS_INVALID_PARAMETER;
    const size_t n = chars(src);
    std::wstring text(src->Buffer ? src->Buffer : L"", n);
    NTSTATUS status = make_room(dest, n * sizeof(WCHAR), allocate, caller);
    if (!NT_SUCCESS(status)) return status;
    for (size_t i = 0; i < n; ++i) dest->Buffer[i] = fold(text[i]);
    dest->Length = static_cast<USHORT>(n * sizeof(WCHAR));
    return STATUS_SUCCESS;
}

int digit_of(WCHAR c, ULONG base) {
    int v = c >= L'0' && c <= L'9'   ? c - L'0'
            : c >= L'a' && c <= L'z' ? c - L'a' + 10
            : c >= L'A' && c <= L'Z' ? c - L'A' + 10
                                     : 99;
    return v < static_cast<int>(base) ? v : -1;
}

// RtlUnicodeStringToInteger's rules (whitespace, sign, 0x/0o/0b with Base 0, stop at the first
// non-digit; an empty string or a bad base is an invalid parameter).
NTSTATUS to_integer(const std::wstring& text, ULONG base, PULONG value) {
    if (!value || text.empty() || (base != 0 && base != 2 && base != 8 && base != 10 && base != 16))
        return STATUS_INVALID_PARAMETER;
    size_t i = 0;
    while (i < text.size() && (text[i] == L' ' || text[i] == L'\t')) ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == L'-' || text[i] == L'+')) negative = text[i++] == L'-';
    if (base == 0) {
        base = 10;
        if (i + 1 < text.size() && text[i] == L'0') {
            const WCHAR p = text[i + 1];
            if (p == L'x' || p == L'X')
                base = 16, i += 2;
            else if (p == L'o' || p == L'O')
                base = 8, i += 2;
            else if (p == L'b' || p == L'B')
                base = 2, i += 2;
        }
    }
    ULONG result = 0;
    for (; i < text.size() && digit_of(text[i], base) >= 0; ++i)
        result = result * base + static_cast<ULONG>(digit_of(text[i], base));
    *value = negative ? 0u - result : result;
    return STATUS_SUCCESS;
}

NTSTATUS integer_text(ULONGLONG value, ULONG base, PUNICODE_STRING string) {
    if (!string) return STATUS_INVALID_PARAMETER;
    if (base == 0) base = 10;
    if (base != 2 && base != 8 && base != 10 && base != 16) return STATUS_INVALID_PARAMETER;
    std::wstring digits;
    do {
        digits.insert(digits.begin(), L"0123456789ABCDEF"[value % base]);
        value /= base;
    } while (value);
    const size_t bytes = digits.size() * sizeof(WCHAR);
    if (!string->Buffer || bytes > string->MaximumLength) return STATUS_BUFFER_OVERFLOW;
    std::wmemcpy(string->Buffer, digits.data(), digits.size());
    string->Length = static_cast<USHORT>(bytes);
    if (bytes + sizeof(WCHAR) <= string->MaximumLength) string->Buffer[digits.size()] = L'\0';
    return STATUS_SUCCESS;
}

}  // namespace
}  // namespace wpptrace::framework

namespace fw = wpptrace::framework;

extern "C" {

void RtlInitString(PSTRING DestinationString, PCSZ SourceString) {
    RtlInitAnsiString(DestinationString, SourceString);
}

NTSTATUS RtlAppendUnicodeToString(PUNICODE_STRING Destination, PCWSTR Source) {
    if (!Destination) return STATUS_INVALID_PARAMETER;
    if (!Source) return STATUS_SUCCESS;
    const size_t bytes = std::wcslen(Source) * sizeof(WCHAR);
    if (Destination->Length + bytes > Destination->MaximumLength) return STATUS_BUFFER_TOO_SMALL;
    std::memmove(reinterpret_cast<char*>(Destination->Buffer) + Destination->Length, Source, bytes);
    Destination->Length = static_cast<USHORT>(Destination->Length + bytes);
    if (Destination->Length + sizeof(WCHAR) <= Destination->MaximumLength)
        Destination->Buffer[Destination->Length / sizeof(WCHAR)] = L'\0';
    return STATUS_SUCCESS;
}

LONG RtlCompareUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                             BOOLEAN CaseInSensitive) {
    return fw::compare(
        String1->Buffer, fw::chars(String1), String2->Buffer, fw::chars(String2),
        CaseInSensitive ? fw::upcase : +[](WCHAR c) { return c; });
}

LONG RtlCompareString(const STRING* String1, const STRING* String2, BOOLEAN CaseInSensitive) {
    auto fold = [CaseInSensitive](CHAR c) {
        const auto u = static_cast<unsigned char>(c);
        return CaseInSensitive && u >= 'a' && u <= 'z' ? u - 32u : u;
    };
    return fw::compare(String1->Buffer, String1->Length, String2->Buffer, String2->Length, fold);
}

BOOLEAN RtlEqualString(const STRING* String1, const STRING* String2, BOOLEAN CaseInSensitive) {
    return String1->Length == String2->Length &&
           RtlCompareString(String1, String2, CaseInSensitive) == 0;
}

BOOLEAN RtlPrefixUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                               BOOLEAN CaseInSensitive) {
    const size_t n = fw::chars(String1);
    if (n > fw::chars(String2)) return FALSE;
    return fw::compare(
               String1->Buffer, n, String2->Buffer, n,
               CaseInSensitive ? fw::upcase : +[](WCHAR c) { return c; }) == 0;
}

void RtlCopyString(PSTRING DestinationString, const STRING* SourceString) {
    if (!SourceString || !SourceString->Buffer) {
        DestinationString->Length = 0;
        return;
    }
    USHORT n = SourceString->Length < DestinationString->MaximumLength
                   ? SourceString->Length
                   : DestinationString->MaximumLength;
    std::memmove(DestinationString->Buffer, SourceString->Buffer, n);
    DestinationString->Length = n;
    if (n < DestinationString->MaximumLength) DestinationString->Buffer[n] = '\0';
}

WCHAR RtlUpcaseUnicodeChar(WCHAR SourceCharacter) {
    return fw::upcase(SourceCharacter);
}
WCHAR RtlDowncaseUnicodeChar(WCHAR SourceCharacter) {
    return fw::downcase(SourceCharacter);
}

NTSTATUS RtlUpcaseUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                BOOLEAN AllocateDestinationString) {
    return fw::convert_case(DestinationString, SourceString, AllocateDestinationString, fw::upcase,
                            __builtin_return_address(0));
}
NTSTATUS RtlDowncaseUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                  BOOLEAN AllocateDestinationString) {
    return fw::convert_case(DestinationString, SourceString, AllocateDestinationString,
                            fw::downcase, __builtin_return_address(0));
}

NTSTATUS RtlAnsiStringToUnicodeString(PUNICODE_STRING DestinationString, PCANSI_STRING SourceString,
                                      BOOLEAN AllocateDestinationString) {
    if (!DestinationString || !SourceString) return STATUS_INVALID_PARAMETER;
    const size_t n = SourceString->Buffer ? SourceString->Length : 0;
    std::string text(SourceString->Buffer ? SourceString->Buffer : "", n);
    // An allocated string gets room for a terminator too; a caller's buffer needs room for the
    // characters only.
    const size_t bytes = (AllocateDestinationString ? n + 1 : n) * sizeof(WCHAR);
    NTSTATUS status = fw::make_room(DestinationString, bytes, AllocateDestinationString,
                                    __builtin_return_address(0));
    if (!NT_SUCCESS(status)) return status;
    for (size_t i = 0; i < n; ++i)
        DestinationString->Buffer[i] = static_cast<unsigned char>(text[i]);
    DestinationString->Length = static_cast<USHORT>(n * sizeof(WCHAR));
    if (DestinationString->Length + sizeof(WCHAR) <= DestinationString->MaximumLength)
        DestinationString->Buffer[n] = L'\0';
    return STATUS_SUCCESS;
}

NTSTATUS RtlUnicodeStringToAnsiString(PANSI_STRING DestinationString, PCUNICODE_STRING SourceString,
                                      BOOLEAN AllocateDestinationString) {
    if (!DestinationString || !SourceString) return STATUS_INVALID_PARAMETER;
    const size_t n = fw::chars(SourceString);
    std::wstring text(SourceString->Buffer ? SourceString->Buffer : L"", n);
    NTSTATUS status = fw::make_room(DestinationString, n + 1, AllocateDestinationString,
                                    __builtin_return_address(0));
    if (!NT_SUCCESS(status)) {
        // What fits is converted, and the status says it was not all (as Windows does).
        if (status != STATUS_BUFFER_OVERFLOW || !DestinationString->Buffer ||
            DestinationString->MaximumLength == 0)
            return status;
        const size_t fit = DestinationString->MaximumLength - 1u;
        for (size_t i = 0; i < fit; ++i)
            DestinationString->Buffer[i] = text[i] <= 0xff ? static_cast<CHAR>(text[i]) : '?';
        DestinationString->Buffer[fit] = '\0';
        DestinationString->Length = static_cast<USHORT>(fit);
        return STATUS_BUFFER_OVERFLOW;
    }
    for (size_t i = 0; i < n; ++i)
        DestinationString->Buffer[i] = text[i] <= 0xff ? static_cast<CHAR>(text[i]) : '?';
    DestinationString->Buffer[n] = '\0';
    DestinationString->Length = static_cast<USHORT>(n);
    return STATUS_SUCCESS;
}

void RtlFreeAnsiString(PANSI_STRING AnsiString) {
    if (AnsiString->Buffer) fw::pool_free(AnsiString->Buffer, 0, false);
    AnsiString->Buffer = nullptr;
    AnsiString->Length = AnsiString->MaximumLength = 0;
}

ULONG RtlxAnsiStringToUnicodeSize(PCANSI_STRING AnsiString) {
    return static_cast<ULONG>((AnsiString->Length + 1u) * sizeof(WCHAR));
}
ULONG RtlxUnicodeStringToAnsiSize(PCUNICODE_STRING UnicodeString) {
    return static_cast<ULONG>(UnicodeString->Length / sizeof(WCHAR) + 1u);
}

NTSTATUS RtlUnicodeToMultiByteN(PCHAR MultiByteString, ULONG MaxBytesInMultiByteString,
                                PULONG BytesInMultiByteString, PCWCH UnicodeString,
                                ULONG BytesInUnicodeString) {
    ULONG n = BytesInUnicodeString / sizeof(WCHAR);
    if (n > MaxBytesInMultiByteString) n = MaxBytesInMultiByteString;
    for (ULONG i = 0; i < n; ++i)
        MultiByteString[i] = UnicodeString[i] <= 0xff ? static_cast<CHAR>(UnicodeString[i]) : '?';
    if (BytesInMultiByteString) *BytesInMultiByteString = n;
    return STATUS_SUCCESS;
}

NTSTATUS RtlMultiByteToUnicodeN(PWCH UnicodeString, ULONG MaxBytesInUnicodeString,
                                PULONG BytesInUnicodeString, const CHAR* MultiByteString,
                                ULONG BytesInMultiByteString) {
    ULONG n = BytesInMultiByteString;
    if (n > MaxBytesInUnicodeString / sizeof(WCHAR)) n = MaxBytesInUnicodeString / sizeof(WCHAR);
    for (ULONG i = 0; i < n; ++i) UnicodeString[i] = static_cast<unsigned char>(MultiByteString[i]);
    if (BytesInUnicodeString) *BytesInUnicodeString = n * sizeof(WCHAR);
    return STATUS_SUCCESS;
}

NTSTATUS RtlUnicodeToMultiByteSize(PULONG BytesInMultiByteString, PCWCH UnicodeString,
                                   ULONG BytesInUnicodeString) {
    (void)UnicodeString;
    *BytesInMultiByteString = BytesInUnicodeString / sizeof(WCHAR);
    return STATUS_SUCCESS;
}

NTSTATUS RtlUnicodeStringToOemString(POEM_STRING DestinationString, PCUNICODE_STRING SourceString,
                                     BOOLEAN AllocateDestinationString) {
    return RtlUnicodeStringToAnsiString(DestinationString, SourceString, AllocateDestinationString);
}

// Counted: exactly the characters, no terminator; STATUS_BUFFER_OVERFLOW if they do not fit.
NTSTATUS RtlUnicodeStringToCountedOemString(POEM_STRING DestinationString,
                                            PCUNICODE_STRING SourceString,
                                            BOOLEAN AllocateDestinationString) {
    if (!DestinationString || !SourceString) return STATUS_INVALID_PARAMETER;
    const size_t n = fw::chars(SourceString);
    std::wstring text(SourceString->Buffer ? SourceString->Buffer : L"", n);
    NTSTATUS status =
        fw::make_room(DestinationString, n, AllocateDestinationString, __builtin_return_address(0));
    if (!NT_SUCCESS(status)) return status;
    for (size_t i = 0; i < n; ++i)
        DestinationString->Buffer[i] = text[i] <= 0xff ? static_cast<CHAR>(text[i]) : '?';
    DestinationString->Length = static_cast<USHORT>(n);
    return STATUS_SUCCESS;
}

NTSTATUS RtlUpcaseUnicodeStringToCountedOemString(POEM_STRING DestinationString,
                                                  PCUNICODE_STRING SourceString,
                                                  BOOLEAN AllocateDestinationString) {
    if (!SourceString) return STATUS_INVALID_PARAMETER;
    std::wstring upper(SourceString->Buffer ? SourceString->Buffer : L"", fw::chars(SourceString));
    for (auto& c : upper) c = fw::upcase(c);
    UNICODE_STRING source{SourceString->Length, SourceString->Length, upper.data()};
    return RtlUnicodeStringToCountedOemString(DestinationString, &source,
                                              AllocateDestinationString);
}

NTSTATUS RtlOemStringToUnicodeString(PUNICODE_STRING DestinationString, PCOEM_STRING SourceString,
                                     BOOLEAN AllocateDestinationString) {
    return RtlAnsiStringToUnicodeString(DestinationString, SourceString, AllocateDestinationString);
}

NTSTATUS RtlOemStringToCountedUnicodeString(PUNICODE_STRING DestinationString,
                                            PCOEM_STRING SourceString,
                                            BOOLEAN AllocateDestinationString) {
    return RtlAnsiStringToUnicodeString(DestinationString, SourceString, AllocateDestinationString);
}

// STATUS_BUFFER_OVERFLOW when the result had to be cut (documented for the OEM routine).
NTSTATUS RtlOemToUnicodeN(PWCH UnicodeString, ULONG MaxBytesInUnicodeString,
                          PULONG BytesInUnicodeString, PCCH OemString, ULONG BytesInOemString) {
    ULONG written = 0;
    RtlMultiByteToUnicodeN(UnicodeString, MaxBytesInUnicodeString, &written, OemString,
                           BytesInOemString);
    if (BytesInUnicodeString) *BytesInUnicodeString = written;
    return written < BytesInOemString * sizeof(WCHAR) ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
}

void RtlFreeOemString(POEM_STRING OemString) {
    RtlFreeAnsiString(OemString);
}

NTSTATUS RtlUnicodeStringToInteger(PCUNICODE_STRING String, ULONG Base, PULONG Value) {
    if (!String) return STATUS_INVALID_PARAMETER;
    return fw::to_integer(std::wstring(String->Buffer ? String->Buffer : L"", fw::chars(String)),
                          Base, Value);
}

NTSTATUS RtlCharToInteger(PCSZ String, ULONG Base, PULONG Value) {
    if (!String) return STATUS_INVALID_PARAMETER;
    std::wstring text;
    for (const char* p = String; *p; ++p) text += static_cast<unsigned char>(*p);
    return fw::to_integer(text, Base, Value);
}

NTSTATUS RtlIntegerToUnicodeString(ULONG Value, ULONG Base, PUNICODE_STRING String) {
    return fw::integer_text(Value, Base, String);
}
NTSTATUS RtlInt64ToUnicodeString(ULONGLONG Value, ULONG Base, PUNICODE_STRING String) {
    return fw::integer_text(Value, Base, String);
}

}  // extern "C"
