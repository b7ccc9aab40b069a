// registry_value.cpp - building and reading registry values
// (wpptrace/framework/registry_value.hpp).
#include "wpptrace/framework/registry_value.hpp"

#include <cstring>

namespace wpptrace::framework {

RegistryValue::RegistryValue(ULONG value) : type(dword), data(sizeof value) {
    std::memcpy(data.data(), &value, sizeof value);
}

RegistryValue RegistryValue::string(const std::wstring& text, ULONG value_type) {
    std::vector<unsigned char> bytes((text.size() + 1) * sizeof(WCHAR), 0);
    std::memcpy(bytes.data(), text.c_str(), text.size() * sizeof(WCHAR));
    return {value_type, std::move(bytes)};
}

RegistryValue RegistryValue::multi_string(const std::vector<std::wstring>& texts) {
    // Each string with its NUL, then one more NUL that ends the list.
    std::wstring all;
    for (const auto& t : texts) all += t + L'\0';
    std::vector<unsigned char> bytes((all.size() + 1) * sizeof(WCHAR), 0);
    if (!all.empty()) std::memcpy(bytes.data(), all.data(), all.size() * sizeof(WCHAR));
    return {multi_sz, std::move(bytes)};
}

RegistryValue RegistryValue::binary_data(std::vector<unsigned char> bytes) {
    return {binary, std::move(bytes)};
}

std::optional<ULONG> RegistryValue::as_dword() const {
    if ((type != dword && type != binary) || data.size() != sizeof(ULONG)) return std::nullopt;
    ULONG value;
    std::memcpy(&value, data.data(), sizeof value);
    return value;
}

std::optional<std::wstring> RegistryValue::as_string() const {
    if (type != sz && type != expand_sz) return std::nullopt;
    std::wstring text(data.size() / sizeof(WCHAR), L'\0');
    if (!text.empty()) std::memcpy(text.data(), data.data(), text.size() * sizeof(WCHAR));
    if (auto nul = text.find(L'\0'); nul != std::wstring::npos) text.resize(nul);
    return text;
}

std::string registry_type_name(ULONG type) {
    switch (type) {
        case RegistryValue::none:
            return "REG_NONE";
        case RegistryValue::sz:
            return "REG_SZ";
        case RegistryValue::expand_sz:
            return "REG_EXPAND_SZ";
        case RegistryValue::binary:
            return "REG_BINARY";
        case RegistryValue::dword:
            return "REG_DWORD";
        case RegistryValue::multi_sz:
            return "REG_MULTI_SZ";
        case RegistryValue::qword:
            return "REG_QWORD";
    }
    return std::to_string(type);
}

}  // namespace wpptrace::framework
