// zw_registry.cpp - registry keys through kernel handles (km/zw.h): ZwOpenKey, ZwCreateKey,
// ZwQueryValueKey, ZwSetValueKey, ZwDeleteValueKey, ZwEnumerateKey, ZwEnumerateValueKey,
// ZwQueryKey, ZwDeleteKey, ZwFlushKey, ZwClose and IoOpenDeviceRegistryKey, over the process's
// registry (registry_store.hpp). A key handle's object is a RegistryKeyObject naming its path.
#include <cstring>
#include <string>
#include <vector>

#include "entry_guard.hpp"
#include "object_handles.hpp"
#include "registry_store.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework::registry {
namespace {

struct RegistryKeyObject {
    std::wstring path;
};

}  // namespace

HANDLE open_key_handle(const std::wstring& key, ACCESS_MASK access) {
    auto* object = new RegistryKeyObject{normalize(key)};
    object_register(object, ObjectKind::registry_key, nullptr,
                    [](void* o) { delete static_cast<RegistryKeyObject*>(o); });
    HANDLE handle = handle_create(object, ObjectKind::registry_key, access);
    object_dereference(object);  // the handle holds it now
    return handle;
}

std::optional<std::wstring> key_of_handle(HANDLE handle) {
    void* object = nullptr;
    ObjectKind kind;
    if (!NT_SUCCESS(handle_lookup(handle, &object, &kind)) || kind != ObjectKind::registry_key)
        return std::nullopt;
    return static_cast<RegistryKeyObject*>(object)->path;
}

}  // namespace wpptrace::framework::registry

namespace wpptrace::framework {
namespace {

namespace reg = wpptrace::framework::registry;

// Every Zw call wants PASSIVE_LEVEL; Driver Verifier reports one made above it.
void check_passive(const char* function, const void* caller) {
    if (KeGetCurrentIrql() != PASSIVE_LEVEL)
        report_issue(driver_of_address(caller), IssueKind::irql,
                     std::string(function) + " at IRQL " + std::to_string(KeGetCurrentIrql()) +
                         " (must be PASSIVE_LEVEL)");
}

// The key an open handle names, or the status a call on it fails with.
NTSTATUS key_path(HANDLE handle, std::wstring& path) {
    auto key = reg::key_of_handle(handle);
    if (!key) {
        void* object;
        ObjectKind kind;
        return NT_SUCCESS(handle_lookup(handle, &object, &kind)) ? STATUS_OBJECT_TYPE_MISMATCH
                                                                 : STATUS_INVALID_HANDLE;
    }
    if (!reg::key_exists(*key)) return STATUS_KEY_DELETED;
    path = *key;
    return STATUS_SUCCESS;
}

// The full path OBJECT_ATTRIBUTES names: ObjectName, relative to RootDirectory if given.
NTSTATUS target_path(POBJECT_ATTRIBUTES attributes, std::wstring& path) {
    if (!attributes || !attributes->ObjectName) return STATUS_INVALID_PARAMETER;
    std::wstring name = wide(attributes->ObjectName);
    if (attributes->RootDirectory) {
        std::wstring root;
        NTSTATUS status = key_path(attributes->RootDirectory, root);
        if (!NT_SUCCESS(status)) return status;
        if (!name.empty() && name.front() == L'\\') return STATUS_OBJECT_PATH_SYNTAX_BAD;
        path = reg::join(root, name);
    } else {
        path = reg::normalize(name);
    }
    return path.empty() ? STATUS_OBJECT_PATH_SYNTAX_BAD : STATUS_SUCCESS;
}

// The information structures: built whole, then copied as ZwQuery* copy them. A buffer that
// cannot hold the fixed part gets nothing (STATUS_BUFFER_TOO_SMALL); one that holds the fixed
// part but not the rest gets the fixed part (STATUS_BUFFER_OVERFLOW). *result_length is the
// size of the whole in both cases.
class Information {
  public:
    explicit Information(std::size_t fixed) : fixed_(fixed), bytes_(fixed, 0) {}
    template <class T>
    T* header() {
        return reinterpret_cast<T*>(bytes_.data());
    }
    // Appends at the given alignment; returns the offset.
    ULONG append(const void* data, std::size_t size, std::size_t alignment = 1) {
        std::size_t offset = (bytes_.size() + alignment - 1) / alignment * alignment;
        bytes_.resize(offset + size);
        if (size) std::memcpy(bytes_.data() + offset, data, size);
        return static_cast<ULONG>(offset);
    }
    NTSTATUS deliver(PVOID out, ULONG length, PULONG result_length) const {
        if (result_length) *result_length = static_cast<ULONG>(bytes_.size());
        if (length < fixed_) return STATUS_BUFFER_TOO_SMALL;
        if (!out) return STATUS_INVALID_PARAMETER;
        if (length < bytes_.size()) {
            std::memcpy(out, bytes_.data(), fixed_);
            return STATUS_BUFFER_OVERFLOW;
        }
        std::memcpy(out, bytes_.data(), bytes_.size());
        return STATUS_SUCCESS;
    }

  private:
    std::size_t fixed_;
    std::vector<unsigned char> bytes_;
};

NTSTATUS value_information(const std::wstring& name, const reg::RegistryValue& value,
                           KEY_VALUE_INFORMATION_CLASS information_class, PVOID out, ULONG length,
                           PULONG result_length) {
    const ULONG name_bytes = static_cast<ULONG>(name.size() * sizeof(WCHAR));
    const ULONG data_bytes = static_cast<ULONG>(value.data.size());
    switch (information_class) {
        case KeyValueBasicInformation: {
            Information info(offsetof(KEY_VALUE_BASIC_INFORMATION, Name));
            info.append(name.data(), name_bytes);
            auto* h = info.header<KEY_VALUE_BASIC_INFORMATION>();
            h->TitleIndex = 0;
            h->Type = value.type;
            h->NameLength = name_bytes;
            return info.deliver(out, length, result_length);
        }
        case KeyValueFullInformation:
        case KeyValueFullInformationAlign64: {
            Information info(offsetof(KEY_VALUE_FULL_INFORMATION, Name));
            info.append(name.data(), name_bytes);
            ULONG offset = info.append(value.data.data(), data_bytes,
                                       information_class == KeyValueFullInformation ? 4 : 8);
            auto* h = info.header<KEY_VALUE_FULL_INFORMATION>();
            h->TitleIndex = 0;
            h->Type = value.type;
            h->DataOffset = offset;
            h->DataLength = data_bytes;
            h->NameLength = name_bytes;
            return info.deliver(out, length, result_length);
        }
        case KeyValuePartialInformation:
        case KeyValuePartialInformationAlign64: {
            Information info(offsetof(KEY_VALUE_PARTIAL_INFORMATION, Data));
            info.append(value.data.data(), data_bytes);
            auto* h = info.header<KEY_VALUE_PARTIAL_INFORMATION>();
            h->TitleIndex = 0;
            h->Type = value.type;
            h->DataLength = data_bytes;
            return info.deliver(out, length, result_length);
        }
        default:
            return STATUS_INVALID_PARAMETER;  // documented for a bad class
    }
}

NTSTATUS key_information(const std::wstring& path, KEY_INFORMATION_CLASS information_class,
                         PVOID out, ULONG length, PULONG result_length) {
    std::wstring name = path.substr(path.rfind(L'\\') + 1);
    const ULONG name_bytes = static_cast<ULONG>(name.size() * sizeof(WCHAR));
    switch (information_class) {
        case KeyBasicInformation: {
            Information info(offsetof(KEY_BASIC_INFORMATION, Name));
            info.append(name.data(), name_bytes);
            info.header<KEY_BASIC_INFORMATION>()->NameLength = name_bytes;
            return info.deliver(out, length, result_length);
        }
        case KeyNodeInformation: {
            Information info(offsetof(KEY_NODE_INFORMATION, Name));
            info.append(name.data(), name_bytes);
            auto* h = info.header<KEY_NODE_INFORMATION>();
            h->ClassOffset = 0xffffffff;  // no class
            h->NameLength = name_bytes;
            return info.deliver(out, length, result_length);
        }
        case KeyFullInformation: {
            Information info(offsetof(KEY_FULL_INFORMATION, Class));
            auto* h = info.header<KEY_FULL_INFORMATION>();
            h->ClassOffset = 0xffffffff;
            h->SubKeys = reg::subkey_count(path);
            h->Values = reg::value_count(path);
            for (ULONG i = 0; i < h->SubKeys; ++i)
                if (auto sub = reg::subkey_at(path, i))
                    h->MaxNameLen = std::max<ULONG>(
                        h->MaxNameLen, static_cast<ULONG>(sub->size() * sizeof(WCHAR)));
            for (ULONG i = 0; i < h->Values; ++i)
                if (auto v = reg::value_at(path, i)) {
                    h->MaxValueNameLen = std::max<ULONG>(
                        h->MaxValueNameLen, static_cast<ULONG>(v->first.size() * sizeof(WCHAR)));
                    h->MaxValueDataLen = std::max<ULONG>(h->MaxValueDataLen,
                                                         static_cast<ULONG>(v->second.data.size()));
                }
            return info.deliver(out, length, result_length);
        }
        case KeyNameInformation: {
            // { ULONG NameLength; WCHAR Name[1]; }: the full path.
            Information info(sizeof(ULONG));
            info.append(path.data(), path.size() * sizeof(WCHAR));
            *info.header<ULONG>() = static_cast<ULONG>(path.size() * sizeof(WCHAR));
            return info.deliver(out, length, result_length);
        }
        default:
            return STATUS_INVALID_PARAMETER;
    }
}

NTSTATUS open_or_create(PHANDLE key_handle, ACCESS_MASK access, POBJECT_ATTRIBUTES attributes,
                        bool create, PULONG disposition) {
    if (!key_handle) return STATUS_INVALID_PARAMETER;
    *key_handle = nullptr;
    std::wstring path;
    NTSTATUS status = target_path(attributes, path);
    if (!NT_SUCCESS(status)) return status;
    if (create) {
        bool created = false;
        if (!reg::create_key(path, &created)) return STATUS_OBJECT_NAME_NOT_FOUND;
        if (disposition) *disposition = created ? REG_CREATED_NEW_KEY : REG_OPENED_EXISTING_KEY;
    } else if (!reg::key_exists(path)) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    *key_handle = reg::open_key_handle(path, access);
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" NTSTATUS ZwOpenKey(PHANDLE key_handle, ACCESS_MASK access,
                              POBJECT_ATTRIBUTES attributes) {
    check_passive("ZwOpenKey", __builtin_return_address(0));
    return guarded("ZwOpenKey",
                   [&] { return open_or_create(key_handle, access, attributes, false, nullptr); });
}

extern "C" NTSTATUS ZwCreateKey(PHANDLE key_handle, ACCESS_MASK access,
                                POBJECT_ATTRIBUTES attributes, ULONG, PUNICODE_STRING, ULONG,
                                PULONG disposition) {
    check_passive("ZwCreateKey", __builtin_return_address(0));
    return guarded("ZwCreateKey", [&] {
        return open_or_create(key_handle, access, attributes, true, disposition);
    });
}

extern "C" NTSTATUS ZwQueryValueKey(HANDLE key_handle, PUNICODE_STRING value_name,
                                    KEY_VALUE_INFORMATION_CLASS information_class,
                                    PVOID information, ULONG length, PULONG result_length) {
    check_passive("ZwQueryValueKey", __builtin_return_address(0));
    return guarded("ZwQueryValueKey", [&]() -> NTSTATUS {
        std::wstring path;
        NTSTATUS status = key_path(key_handle, path);
        if (!NT_SUCCESS(status)) return status;
        std::wstring name = wide(value_name);
        auto value = reg::query_value(path, name);
        if (!value) return STATUS_OBJECT_NAME_NOT_FOUND;
        return value_information(name, *value, information_class, information, length,
                                 result_length);
    });
}

extern "C" NTSTATUS ZwSetValueKey(HANDLE key_handle, PUNICODE_STRING value_name, ULONG, ULONG type,
                                  PVOID data, ULONG data_size) {
    check_passive("ZwSetValueKey", __builtin_return_address(0));
    return guarded("ZwSetValueKey", [&]() -> NTSTATUS {
        std::wstring path;
        NTSTATUS status = key_path(key_handle, path);
        if (!NT_SUCCESS(status)) return status;
        if (data_size && !data) return STATUS_INVALID_PARAMETER;
        auto bytes = static_cast<const unsigned char*>(data);
        reg::RegistryValue value(type, std::vector<unsigned char>(bytes, bytes + data_size));
        return reg::set_value(path, wide(value_name), value) ? STATUS_SUCCESS : STATUS_KEY_DELETED;
    });
}

extern "C" NTSTATUS ZwDeleteValueKey(HANDLE key_handle, PUNICODE_STRING value_name) {
    check_passive("ZwDeleteValueKey", __builtin_return_address(0));
    return guarded("ZwDeleteValueKey", [&]() -> NTSTATUS {
        std::wstring path;
        NTSTATUS status = key_path(key_handle, path);
        if (!NT_SUCCESS(status)) return status;
        return reg::delete_value(path, wide(value_name)) ? STATUS_SUCCESS
                                                         : STATUS_OBJECT_NAME_NOT_FOUND;
    });
}

extern "C" NTSTATUS ZwEnumerateKey(HANDLE key_handle, ULONG index,
                                   KEY_INFORMATION_CLASS information_class, PVOID information,
                                   ULONG length, PULONG result_length) {
    check_passive("ZwEnumerateKey", __builtin_return_address(0));
    return guarded("ZwEnumerateKey", [&]() -> NTSTATUS {
        std::wstring path;
        NTSTATUS status = key_path(key_handle, path);
        if (!NT_SUCCESS(status)) return status;
        auto sub = reg::subkey_at(path, index);
        if (!sub) return STATUS_NO_MORE_ENTRIES;
        if (information_class != KeyBasicInformation && information_class != KeyNodeInformation &&
            information_class != KeyFullInformation)
            return STATUS_INVALID_PARAMETER;
        return key_information(path + L"\\" + *sub, information_class, information, length,
                               result_length);
    });
}

extern "C" NTSTATUS ZwEnumerateValueKey(HANDLE key_handle, ULONG index,
                                        KEY_VALUE_INFORMATION_CLASS information_class,
                                        PVOID information, ULONG length, PULONG result_length) {
    check_passive("ZwEnumerateValueKey", __builtin_return_address(0));
    return guarded("ZwEnumerateValueKey", [&]() -> NTSTATUS {
        std::wstring path;
        NTSTATUS status = key_path(key_handle, path);
        if (!NT_SUCCESS(status)) return status;
        auto value = reg::value_at(path, index);
        if (!value) return STATUS_NO_MORE_ENTRIES;
        return value_information(value->first, value->second, information_class, information,
                                 length, result_length);
    });
}

extern "C" NTSTATUS ZwQueryKey(HANDLE key_handle, KEY_INFORMATION_CLASS information_class,
                               PVOID information, ULONG length, PULONG result_length) {
    check_passive("ZwQueryKey", __builtin_return_address(0));
    return guarded("ZwQueryKey", [&]() -> NTSTATUS {
        std::wstring path;
        NTSTATUS status = key_path(key_handle, path);
        if (!NT_SUCCESS(status)) return status;
        return key_information(path, information_class, information, length, result_length);
    });
}

extern "C" NTSTATUS ZwDeleteKey(HANDLE key_handle) {
    check_passive("ZwDeleteKey", __builtin_return_address(0));
    return guarded("ZwDeleteKey", [&]() -> NTSTATUS {
        std::wstring path;
        NTSTATUS status = key_path(key_handle, path);
        if (!NT_SUCCESS(status)) return status;
        if (reg::subkey_count(path)) return STATUS_CANNOT_DELETE;
        reg::delete_key(path);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS ZwFlushKey(HANDLE key_handle) {
    std::wstring path;
    return key_path(key_handle, path);
}

extern "C" NTSTATUS ZwClose(HANDLE handle) {
    const void* caller = __builtin_return_address(0);
    return guarded("ZwClose", [&]() -> NTSTATUS {
        NTSTATUS status = handle_close(handle);
        if (status == STATUS_INVALID_HANDLE)
            // Windows raises (and Driver Verifier bug-checks) on closing a bad kernel handle.
            report_issue(driver_of_address(caller), IssueKind::device_misuse,
                         "ZwClose of a handle that is not open");
        return status;
    });
}

extern "C" NTSTATUS IoOpenDeviceRegistryKey(PDEVICE_OBJECT device, ULONG key_type,
                                            ACCESS_MASK access, PHANDLE key_handle) {
    check_passive("IoOpenDeviceRegistryKey", __builtin_return_address(0));
    return guarded("IoOpenDeviceRegistryKey", [&]() -> NTSTATUS {
        if (!device || !key_handle) return STATUS_INVALID_PARAMETER;
        auto* ext = device->DeviceObjectExtension;
        // Documented: the PDO's keys; any other device object is an invalid request.
        if (!ext || !ext->is_pdo) return STATUS_INVALID_DEVICE_REQUEST;
        std::wstring key =
            reg::device_key(ext->instance_id, key_type & ~ULONG{PLUGPLAY_REGKEY_CURRENT_HWPROFILE});
        if (key.empty()) return STATUS_INVALID_PARAMETER;
        *key_handle = reg::open_key_handle(key, access);
        return STATUS_SUCCESS;
    });
}

}  // namespace wpptrace::framework
