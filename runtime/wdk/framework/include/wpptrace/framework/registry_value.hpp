// registry_value.hpp - one value of the host's emulated registry: its type (REG_DWORD, REG_SZ,
// REG_MULTI_SZ, REG_BINARY, ...) and its data as a driver reads it (strings as WCHAR arrays with
// their terminating NULs, as ZwQueryValueKey returns them). A driver's Parameters key in the host
// configuration is a map of these; a number converts to a REG_DWORD, as it always did.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wpp/win_types.h>

namespace wpptrace::framework {

struct RegistryValue {
    // The winnt.h type numbers.
    static constexpr ULONG none = 0, sz = 1, expand_sz = 2, binary = 3, dword = 4, multi_sz = 7,
                           qword = 11;

    ULONG type = dword;
    std::vector<unsigned char> data = std::vector<unsigned char>(sizeof(ULONG), 0);

    RegistryValue() = default;
    RegistryValue(ULONG value);  // NOLINT: a number is a REG_DWORD (JSON and --param compatibility)
    RegistryValue(ULONG value_type, std::vector<unsigned char> bytes)
        : type(value_type), data(std::move(bytes)) {}

    static RegistryValue string(const std::wstring& text, ULONG value_type = sz);
    static RegistryValue multi_string(const std::vector<std::wstring>& texts);
    static RegistryValue binary_data(std::vector<unsigned char> bytes);

    // The REG_DWORD's value (also a 4-byte REG_BINARY's, as WdfRegistryQueryULong accepts).
    std::optional<ULONG> as_dword() const;
    // REG_SZ / REG_EXPAND_SZ text without its NUL.
    std::optional<std::wstring> as_string() const;

    friend bool operator==(const RegistryValue&, const RegistryValue&) = default;
    friend bool operator==(const RegistryValue& v, ULONG value) {
        return v == RegistryValue(value);
    }
};

// "REG_SZ", "REG_DWORD", ... (or the number).
std::string registry_type_name(ULONG type);

}  // namespace wpptrace::framework
