// rtl_guid_string.cpp - RtlStringFromGUID and RtlGUIDFromString: a GUID as
// "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" (upper-case hex), the string allocated from pool.
#include <wdm.h>

#include <cstdio>
#include <cwchar>

#include "framework_state.hpp"
#include "pool.hpp"

namespace wpptrace::framework {
namespace {

constexpr size_t guid_chars = 38;  // {8-4-4-4-12}

int hex_value(WCHAR c) {
    return c >= L'0' && c <= L'9'   ? c - L'0'
           : c >= L'a' && c <= L'f' ? c - L'a' + 10
           : c >= L'A' && c <= L'F' ? c - L'A' + 10
                                    : -1;
}

// Reads `digits` hex digits at text[at]; false if one is not a hex digit.
bool read_hex(const WCHAR* text, size_t at, int digits, unsigned long long& value) {
    value = 0;
    for (int i = 0; i < digits; ++i) {
        const int v = hex_value(text[at + i]);
        if (v < 0) return false;
        value = value * 16 + static_cast<unsigned>(v);
    }
    return true;
}

}  // namespace
}  // namespace wpptrace::framework

namespace fw = wpptrace::framework;

extern "C" {

NTSTATUS RtlStringFromGUID(REFGUID Guid, PUNICODE_STRING GuidString) {
    if (!GuidString) return STATUS_INVALID_PARAMETER;
    char text[fw::guid_chars + 1];
    std::snprintf(text, sizeof text, "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                  Guid.Data1, Guid.Data2, Guid.Data3, Guid.Data4[0], Guid.Data4[1], Guid.Data4[2],
                  Guid.Data4[3], Guid.Data4[4], Guid.Data4[5], Guid.Data4[6], Guid.Data4[7]);
    const size_t bytes = (fw::guid_chars + 1) * sizeof(WCHAR);
    auto* buffer = static_cast<PWCH>(fw::pool_allocate(
        fw::driver_of_address(__builtin_return_address(0)), bytes, 0x67727453 /* 'Strg' */, true));
    if (!buffer) return STATUS_NO_MEMORY;
    for (size_t i = 0; i <= fw::guid_chars; ++i) buffer[i] = static_cast<unsigned char>(text[i]);
    GuidString->Buffer = buffer;
    GuidString->Length = static_cast<USHORT>(fw::guid_chars * sizeof(WCHAR));
    GuidString->MaximumLength = static_cast<USHORT>(bytes);
    return STATUS_SUCCESS;
}

NTSTATUS RtlGUIDFromString(PCUNICODE_STRING GuidString, GUID* Guid) {
    if (!GuidString || !GuidString->Buffer || !Guid ||
        GuidString->Length != fw::guid_chars * sizeof(WCHAR))
        return STATUS_INVALID_PARAMETER;
    const WCHAR* t = GuidString->Buffer;
    if (t[0] != L'{' || t[9] != L'-' || t[14] != L'-' || t[19] != L'-' || t[24] != L'-' ||
        t[37] != L'}')
        return STATUS_INVALID_PARAMETER;
    unsigned long long d1, d2, d3, byte;
    GUID result;
    if (!fw::read_hex(t, 1, 8, d1) || !fw::read_hex(t, 10, 4, d2) || !fw::read_hex(t, 15, 4, d3))
        return STATUS_INVALID_PARAMETER;
    static const size_t byte_at[8] = {20, 22, 25, 27, 29, 31, 33, 35};
    for (int i = 0; i < 8; ++i) {
        if (!fw::read_hex(t, byte_at[i], 2, byte)) return STATUS_INVALID_PARAMETER;
        result.Data4[i] = static_cast<uint8_t>(byte);
    }
    result.Data1 = static_cast<uint32_t>(d1);
    result.Data2 = static_cast<uint16_t>(d2);
    result.Data3 = static_cast<uint16_t>(d3);
    *Guid = result;
    return STATUS_SUCCESS;
}

}  // extern "C"
