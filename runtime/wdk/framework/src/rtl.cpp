// rtl.cpp - the run-time library routines drivers use on strings and memory, and DbgBreakPoint.
#include <wdm.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <cwchar>
#include <cwctype>
#include <fstream>
#include <string>

#include "pool.hpp"

namespace {
bool debugger_attached() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("TracerPid:", 0) == 0) return std::stol(line.substr(10)) != 0;
    return false;
}
}  // namespace

extern "C" void DbgBreakPoint(void) {
    if (debugger_attached()) {
        std::raise(SIGTRAP);
        return;
    }
    std::fprintf(stderr, "host: DbgBreakPoint() with no debugger attached: continuing\n");
}

extern "C" void RtlInitUnicodeString(PUNICODE_STRING destination, PCWSTR source) {
    std::size_t bytes = source ? std::wcslen(source) * sizeof(WCHAR) : 0;
    // Length is a USHORT counting bytes: cut at a whole character below 64 KiB, as on Windows.
    const std::size_t max_bytes = (0xffff / sizeof(WCHAR) - 1) * sizeof(WCHAR);
    if (bytes > max_bytes) bytes = max_bytes;
    destination->Length = static_cast<USHORT>(bytes);
    destination->MaximumLength = static_cast<USHORT>(source ? bytes + sizeof(WCHAR) : 0);
    destination->Buffer = const_cast<PWCH>(source);
}

extern "C" void RtlInitAnsiString(PANSI_STRING destination, PCSZ source) {
    std::size_t bytes = source ? std::strlen(source) : 0;
    if (bytes > 0xfffe) bytes = 0xfffe;
    destination->Length = static_cast<USHORT>(bytes);
    destination->MaximumLength = static_cast<USHORT>(source ? bytes + 1 : 0);
    destination->Buffer = const_cast<PCHAR>(source);
}

extern "C" void RtlCopyUnicodeString(PUNICODE_STRING destination, PCUNICODE_STRING source) {
    if (!source || !source->Buffer) {
        destination->Length = 0;
        return;
    }
    USHORT bytes =
        source->Length < destination->MaximumLength ? source->Length : destination->MaximumLength;
    bytes -= bytes % sizeof(WCHAR);
    std::memmove(destination->Buffer, source->Buffer, bytes);
    destination->Length = bytes;
    if (bytes + sizeof(WCHAR) <= destination->MaximumLength)
        destination->Buffer[bytes / sizeof(WCHAR)] = L'\0';
}

extern "C" BOOLEAN RtlEqualUnicodeString(PCUNICODE_STRING a, PCUNICODE_STRING b,
                                         BOOLEAN case_insensitive) {
    if (a->Length != b->Length) return FALSE;
    for (USHORT i = 0; i < a->Length / sizeof(WCHAR); ++i) {
        WCHAR x = a->Buffer[i], y = b->Buffer[i];
        if (case_insensitive) {
            x = static_cast<WCHAR>(std::towupper(static_cast<wint_t>(x)));
            y = static_cast<WCHAR>(std::towupper(static_cast<wint_t>(y)));
        }
        if (x != y) return FALSE;
    }
    return TRUE;
}

extern "C" NTSTATUS RtlAppendUnicodeStringToString(PUNICODE_STRING destination,
                                                   PCUNICODE_STRING source) {
    if (!source || source->Length == 0) return STATUS_SUCCESS;
    if (destination->Length + source->Length > destination->MaximumLength)
        return STATUS_BUFFER_TOO_SMALL;
    std::memmove(reinterpret_cast<char*>(destination->Buffer) + destination->Length, source->Buffer,
                 source->Length);
    destination->Length = static_cast<USHORT>(destination->Length + source->Length);
    if (destination->Length + sizeof(WCHAR) <= destination->MaximumLength)
        destination->Buffer[destination->Length / sizeof(WCHAR)] = L'\0';
    return STATUS_SUCCESS;
}

extern "C" void RtlFreeUnicodeString(PUNICODE_STRING string) {
    if (string->Buffer) wpptrace::framework::pool_free(string->Buffer, 0, false);
    string->Buffer = nullptr;
    string->Length = string->MaximumLength = 0;
}

extern "C" SIZE_T RtlCompareMemory(const void* source1, const void* source2, SIZE_T length) {
    auto a = static_cast<const unsigned char*>(source1);
    auto b = static_cast<const unsigned char*>(source2);
    SIZE_T i = 0;
    while (i < length && a[i] == b[i]) ++i;
    return i;
}
