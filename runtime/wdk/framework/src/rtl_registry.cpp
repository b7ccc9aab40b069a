// rtl_registry.cpp - RtlQueryRegistryValues, RtlWriteRegistryValue, RtlDeleteRegistryValue,
// RtlCheckRegistryKey and RtlCreateRegistryKey (km/zw.h) over the process's registry.
#include <cstring>
#include <cwchar>
#include <string>
#include <vector>

#include "entry_guard.hpp"
#include "pool.hpp"
#include "registry_store.hpp"

namespace wpptrace::framework {
namespace {

namespace reg = wpptrace::framework::registry;
using reg::RegistryValue;

constexpr ULONG string_pool_tag = 'QgtR';  // poolmon: RtgQ

// The key RelativeTo and Path name; "" if none.
std::wstring base_key(ULONG relative_to, PCWSTR path) {
    if (relative_to & RTL_REGISTRY_HANDLE) {
        auto key = reg::key_of_handle(const_cast<PWSTR>(path));
        return key ? *key : std::wstring();
    }
    std::wstring rest = path ? path : L"";
    const std::wstring machine = L"\\Registry\\Machine\\System\\CurrentControlSet";
    switch (relative_to & ~ULONG{RTL_REGISTRY_OPTIONAL}) {
        case RTL_REGISTRY_ABSOLUTE:
            return reg::normalize(rest);
        case RTL_REGISTRY_SERVICES:
            return reg::join(machine + L"\\Services", rest);
        case RTL_REGISTRY_CONTROL:
            return reg::join(machine + L"\\Control", rest);
        case RTL_REGISTRY_WINDOWS_NT:
            return reg::join(
                L"\\Registry\\Machine\\Software\\Microsoft\\Windows NT\\CurrentVersion", rest);
        case RTL_REGISTRY_DEVICEMAP:
            return reg::join(L"\\Registry\\Machine\\Hardware\\DeviceMap", rest);
        case RTL_REGISTRY_USER:
            return reg::join(L"\\Registry\\User\\.Default", rest);
    }
    return {};
}

// Bytes of a default string value whose DefaultLength is 0: up to and with its NUL (two for
// a REG_MULTI_SZ).
ULONG default_length(ULONG type, const void* data) {
    auto text = static_cast<const WCHAR*>(data);
    if (!text) return 0;
    if (type == REG_SZ || type == REG_EXPAND_SZ)
        return static_cast<ULONG>((std::wcslen(text) + 1) * sizeof(WCHAR));
    if (type == REG_MULTI_SZ) {
        std::size_t n = 0;
        while (text[n] || text[n + 1]) ++n;
        return static_cast<ULONG>((n + 2) * sizeof(WCHAR));
    }
    return 0;
}

bool is_string(ULONG type) {
    return type == REG_SZ || type == REG_EXPAND_SZ || type == REG_MULTI_SZ;
}

// RTL_QUERY_REGISTRY_DIRECT: stores the value where EntryContext points.
NTSTATUS store_direct(DriverRecord* caller, ULONG type, const unsigned char* data, ULONG length,
                      PVOID entry_context) {
    if (!entry_context) return STATUS_INVALID_PARAMETER;
    if (is_string(type)) {
        auto* string = static_cast<PUNICODE_STRING>(entry_context);
        // Length leaves out the terminating NUL (a REG_MULTI_SZ keeps its inner ones).
        ULONG text_bytes = length >= sizeof(WCHAR) ? length - sizeof(WCHAR) : 0;
        if (text_bytes > 0xfffe - sizeof(WCHAR)) return STATUS_BUFFER_TOO_SMALL;
        if (!string->Buffer) {
            string->Buffer = static_cast<PWCH>(
                pool_allocate(caller, text_bytes + sizeof(WCHAR), string_pool_tag, true));
            if (!string->Buffer) return STATUS_INSUFFICIENT_RESOURCES;
            string->MaximumLength = static_cast<USHORT>(text_bytes + sizeof(WCHAR));
        } else if (text_bytes + sizeof(WCHAR) > string->MaximumLength) {
            return STATUS_BUFFER_TOO_SMALL;
        }
        if (text_bytes) std::memcpy(string->Buffer, data, text_bytes);
        string->Buffer[text_bytes / sizeof(WCHAR)] = L'\0';
        string->Length = static_cast<USHORT>(text_bytes);
        return STATUS_SUCCESS;
    }
    if (length <= sizeof(ULONG)) {
        if (length) std::memcpy(entry_context, data, length);
        return STATUS_SUCCESS;
    }
    // A larger value: the buffer starts with its size as a LONG; negative: data only, positive:
    // length, type, then data.
    LONG size;
    std::memcpy(&size, entry_context, sizeof size);
    auto* out = static_cast<unsigned char*>(entry_context);
    if (size < 0) {
        if (static_cast<ULONG>(-size) < length) return STATUS_BUFFER_TOO_SMALL;
        std::memcpy(out, data, length);
    } else {
        if (static_cast<ULONG>(size) < length + 2 * sizeof(ULONG)) return STATUS_BUFFER_TOO_SMALL;
        std::memcpy(out, &length, sizeof length);
        std::memcpy(out + sizeof(ULONG), &type, sizeof type);
        std::memcpy(out + 2 * sizeof(ULONG), data, length);
    }
    return STATUS_SUCCESS;
}

// One value for one table entry: DIRECT storage or the entry's QueryRoutine (once per string
// of a REG_MULTI_SZ unless NOEXPAND).
NTSTATUS deliver(DriverRecord* caller, PRTL_QUERY_REGISTRY_TABLE entry, const std::wstring& name,
                 ULONG type, std::vector<unsigned char> data, PVOID context) {
    if (entry->Flags & RTL_QUERY_REGISTRY_TYPECHECK) {
        ULONG expected = entry->DefaultType >> RTL_QUERY_REGISTRY_TYPECHECK_SHIFT;
        if (expected != type) return STATUS_OBJECT_TYPE_MISMATCH;
    }
    if (entry->Flags & RTL_QUERY_REGISTRY_DIRECT)
        return store_direct(caller, type, data.data(), static_cast<ULONG>(data.size()),
                            entry->EntryContext);
    std::wstring value_name = name;
    if (type == REG_MULTI_SZ && !(entry->Flags & RTL_QUERY_REGISTRY_NOEXPAND)) {
        std::size_t count = data.size() / sizeof(WCHAR);
        std::vector<WCHAR> text(count + 1, L'\0');
        if (count) std::memcpy(text.data(), data.data(), count * sizeof(WCHAR));
        for (std::size_t at = 0; at < count && text[at];) {
            std::size_t end = at;
            while (text[end]) ++end;
            NTSTATUS status = call_driver(
                caller, "RTL_QUERY_REGISTRY_ROUTINE", entry->QueryRoutine, value_name.data(),
                ULONG{REG_SZ}, static_cast<PVOID>(&text[at]),
                static_cast<ULONG>((end - at + 1) * sizeof(WCHAR)), context, entry->EntryContext);
            if (!NT_SUCCESS(status)) return status;
            at = end + 1;
        }
        return STATUS_SUCCESS;
    }
    // REG_EXPAND_SZ reaches the routine as REG_SZ (the host has no variables to expand).
    ULONG passed_type =
        type == REG_EXPAND_SZ && !(entry->Flags & RTL_QUERY_REGISTRY_NOEXPAND) ? REG_SZ : type;
    return call_driver(caller, "RTL_QUERY_REGISTRY_ROUTINE", entry->QueryRoutine, value_name.data(),
                       passed_type, data.empty() ? nullptr : static_cast<PVOID>(data.data()),
                       static_cast<ULONG>(data.size()), context, entry->EntryContext);
}

NTSTATUS query_entry(DriverRecord* caller, PRTL_QUERY_REGISTRY_TABLE entry, const std::wstring& key,
                     bool key_present, PVOID context) {
    if (entry->Flags & RTL_QUERY_REGISTRY_NOVALUE) {
        return call_driver(caller, "RTL_QUERY_REGISTRY_ROUTINE", entry->QueryRoutine, entry->Name,
                           ULONG{REG_NONE}, nullptr, ULONG{0}, context, entry->EntryContext);
    }
    if (!entry->Name) {  // every value of the key, to the QueryRoutine
        ULONG count = key_present ? reg::value_count(key) : 0;
        if (count == 0 && (entry->Flags & RTL_QUERY_REGISTRY_REQUIRED))
            return STATUS_OBJECT_NAME_NOT_FOUND;
        for (ULONG i = 0; i < count; ++i) {
            auto value = reg::value_at(key, i);
            if (!value) break;
            NTSTATUS status = deliver(caller, entry, value->first, value->second.type,
                                      value->second.data, context);
            if (!NT_SUCCESS(status)) return status;
        }
        return STATUS_SUCCESS;
    }
    std::wstring name = entry->Name;
    auto value = key_present ? reg::query_value(key, name) : std::nullopt;
    if (!value) {
        if (entry->Flags & RTL_QUERY_REGISTRY_REQUIRED) return STATUS_OBJECT_NAME_NOT_FOUND;
        ULONG type = entry->DefaultType & 0xffffff;
        if (type == REG_NONE) return STATUS_SUCCESS;
        ULONG length =
            entry->DefaultLength ? entry->DefaultLength : default_length(type, entry->DefaultData);
        auto bytes = static_cast<const unsigned char*>(entry->DefaultData);
        std::vector<unsigned char> data(bytes, bytes ? bytes + length : bytes);
        // A default is of the type the table says: no type check against itself.
        RTL_QUERY_REGISTRY_TABLE unchecked = *entry;
        unchecked.Flags &= ~ULONG{RTL_QUERY_REGISTRY_TYPECHECK};
        return deliver(caller, &unchecked, name, type, std::move(data), context);
    }
    NTSTATUS status = deliver(caller, entry, name, value->type, value->data, context);
    if (NT_SUCCESS(status) && (entry->Flags & RTL_QUERY_REGISTRY_DELETE))
        reg::delete_value(key, name);
    return status;
}

}  // namespace

extern "C" NTSTATUS RtlQueryRegistryValues(ULONG relative_to, PCWSTR path,
                                           PRTL_QUERY_REGISTRY_TABLE table, PVOID context, PVOID) {
    DriverRecord* caller = driver_of_address(__builtin_return_address(0));
    return guarded("RtlQueryRegistryValues", [&]() -> NTSTATUS {
        if (!table) return STATUS_INVALID_PARAMETER;
        const std::wstring top = base_key(relative_to, path);
        if (top.empty()) return STATUS_INVALID_PARAMETER;
        bool top_present = reg::key_exists(top);
        if (!top_present && !(relative_to & RTL_REGISTRY_OPTIONAL))
            return STATUS_OBJECT_NAME_NOT_FOUND;
        std::wstring key = top;
        bool key_present = top_present;
        for (PRTL_QUERY_REGISTRY_TABLE entry = table; entry->QueryRoutine || entry->Name; ++entry) {
            if (entry->Flags & RTL_QUERY_REGISTRY_TOPKEY) {
                key = top;
                key_present = top_present;
            }
            if (entry->Flags & RTL_QUERY_REGISTRY_SUBKEY) {
                key = reg::join(top, entry->Name ? entry->Name : L"");
                key_present = reg::key_exists(key);
                if (!key_present && !(relative_to & RTL_REGISTRY_OPTIONAL))
                    return STATUS_OBJECT_NAME_NOT_FOUND;
                continue;
            }
            if (!(entry->Flags & RTL_QUERY_REGISTRY_DIRECT) && !entry->QueryRoutine)
                return STATUS_INVALID_PARAMETER;
            NTSTATUS status = query_entry(caller, entry, key, key_present, context);
            if (!NT_SUCCESS(status)) return status;
        }
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS RtlWriteRegistryValue(ULONG relative_to, PCWSTR path, PCWSTR value_name,
                                          ULONG value_type, PVOID value_data, ULONG value_length) {
    return guarded("RtlWriteRegistryValue", [&]() -> NTSTATUS {
        std::wstring key = base_key(relative_to, path);
        if (key.empty() || !value_name) return STATUS_INVALID_PARAMETER;
        // As Windows: the key is created if its parent exists.
        if (!reg::create_key(key)) return STATUS_OBJECT_NAME_NOT_FOUND;
        auto bytes = static_cast<const unsigned char*>(value_data);
        RegistryValue value(
            value_type, std::vector<unsigned char>(bytes, bytes ? bytes + value_length : bytes));
        return reg::set_value(key, value_name, value) ? STATUS_SUCCESS : STATUS_KEY_DELETED;
    });
}

extern "C" NTSTATUS RtlDeleteRegistryValue(ULONG relative_to, PCWSTR path, PCWSTR value_name) {
    return guarded("RtlDeleteRegistryValue", [&]() -> NTSTATUS {
        std::wstring key = base_key(relative_to, path);
        if (key.empty() || !value_name) return STATUS_INVALID_PARAMETER;
        if (!reg::key_exists(key)) return STATUS_OBJECT_NAME_NOT_FOUND;
        return reg::delete_value(key, value_name) ? STATUS_SUCCESS : STATUS_OBJECT_NAME_NOT_FOUND;
    });
}

extern "C" NTSTATUS RtlCheckRegistryKey(ULONG relative_to, PWSTR path) {
    std::wstring key = base_key(relative_to, path);
    if (key.empty()) return STATUS_INVALID_PARAMETER;
    return reg::key_exists(key) ? STATUS_SUCCESS : STATUS_OBJECT_NAME_NOT_FOUND;
}

extern "C" NTSTATUS RtlCreateRegistryKey(ULONG relative_to, PWSTR path) {
    return guarded("RtlCreateRegistryKey", [&]() -> NTSTATUS {
        std::wstring key = base_key(relative_to, path);
        if (key.empty() || (relative_to & RTL_REGISTRY_HANDLE)) return STATUS_INVALID_PARAMETER;
        reg::ensure_key(key);  // documented: each key along the path
        return STATUS_SUCCESS;
    });
}

}  // namespace wpptrace::framework
