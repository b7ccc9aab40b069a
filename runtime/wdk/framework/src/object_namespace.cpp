// object_namespace.cpp - IoCreateSymbolicLink/IoDeleteSymbolicLink and
// IoRegisterDeviceInterface/IoSetDeviceInterfaceState over one per-process namespace (each
// host process has its own, as each UMDF host does).
#include "object_namespace.hpp"

#include <cwctype>
#include <map>
#include <mutex>

#include "entry_guard.hpp"
#include "pool.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {
namespace {

std::mutex namespace_mutex;
std::map<std::wstring, PDEVICE_OBJECT> devices;
std::map<std::wstring, SymbolicLink> links;
std::map<std::wstring, DeviceInterface> interfaces;

std::wstring key_of(const std::wstring& name) {
    std::wstring key = name;
    for (auto& c : key) c = static_cast<wchar_t>(std::towlower(static_cast<wint_t>(c)));
    return key;
}

}  // namespace

std::wstring guid_text(const GUID& g) {
    wchar_t text[40];
    std::swprintf(text, 40, L"{%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}", g.Data1, g.Data2,
                  g.Data3, g.Data4[0], g.Data4[1], g.Data4[2], g.Data4[3], g.Data4[4], g.Data4[5],
                  g.Data4[6], g.Data4[7]);
    return text;
}

bool object_namespace_insert_device(const std::wstring& name, PDEVICE_OBJECT device) {
    std::lock_guard lock(namespace_mutex);
    return devices.emplace(key_of(name), device).second;
}

void object_namespace_remove_device(const std::wstring& name) {
    std::lock_guard lock(namespace_mutex);
    devices.erase(key_of(name));
}

PDEVICE_OBJECT object_namespace_find_device(const std::wstring& name) {
    std::lock_guard lock(namespace_mutex);
    std::wstring key = key_of(name);
    // Follow a symbolic link (one level, as \DosDevices\COM1 -> \Device\Serial0).
    if (auto l = links.find(key); l != links.end()) key = key_of(l->second.target);
    auto it = devices.find(key);
    return it == devices.end() ? nullptr : it->second;
}

std::vector<SymbolicLink> symbolic_links() {
    std::lock_guard lock(namespace_mutex);
    std::vector<SymbolicLink> out;
    for (const auto& [key, link] : links) out.push_back(link);
    return out;
}

std::vector<DeviceInterface> device_interfaces() {
    std::lock_guard lock(namespace_mutex);
    std::vector<DeviceInterface> out;
    for (const auto& [key, i] : interfaces) out.push_back(i);
    return out;
}

void remove_device_interfaces(PDEVICE_OBJECT pdo) {
    std::lock_guard lock(namespace_mutex);
    std::erase_if(interfaces, [&](const auto& entry) { return entry.second.pdo == pdo; });
}

extern "C" NTSTATUS IoCreateSymbolicLink(PUNICODE_STRING link_name, PUNICODE_STRING device_name) {
    return guarded("IoCreateSymbolicLink", [&]() -> NTSTATUS {
        std::wstring link = wide(link_name), target = wide(device_name);
        if (link.empty() || target.empty()) return STATUS_OBJECT_NAME_INVALID;
        NTSTATUS status;
        if (injected_failure(driver_of_address(__builtin_return_address(0)), "IoCreateSymbolicLink",
                             status))
            return status;
        std::lock_guard lock(namespace_mutex);
        if (!links.emplace(key_of(link), SymbolicLink{link, target}).second)
            return STATUS_OBJECT_NAME_COLLISION;
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS IoDeleteSymbolicLink(PUNICODE_STRING link_name) {
    return guarded("IoDeleteSymbolicLink", [&]() -> NTSTATUS {
        std::lock_guard lock(namespace_mutex);
        return links.erase(key_of(wide(link_name))) ? STATUS_SUCCESS : STATUS_OBJECT_NAME_NOT_FOUND;
    });
}

extern "C" NTSTATUS IoRegisterDeviceInterface(PDEVICE_OBJECT pdo, const GUID* guid,
                                              PUNICODE_STRING reference,
                                              PUNICODE_STRING link_name) {
    DriverRecord* caller = driver_of_address(__builtin_return_address(0));
    return guarded("IoRegisterDeviceInterface", [&]() -> NTSTATUS {
        if (!pdo || !guid || !link_name) return STATUS_INVALID_PARAMETER;
        auto* ext = pdo->DeviceObjectExtension;
        if (!ext || !ext->is_pdo) return STATUS_INVALID_DEVICE_REQUEST;  // needs the PDO
        std::wstring ref = wide(reference);
        std::wstring link = L"\\??\\" + ext->instance_id + L"#" + guid_text(*guid);
        if (!ref.empty()) link += L"\\" + ref;
        {
            std::lock_guard lock(namespace_mutex);
            // Registering twice gives the same link, still in its current state.
            interfaces.emplace(key_of(link), DeviceInterface{link, *guid, ref, pdo, false});
        }
        std::size_t bytes = (link.size() + 1) * sizeof(WCHAR);
        auto* buffer =
            static_cast<PWCH>(pool_allocate(caller, bytes, 0x53464457 /* 'SFDW' */, true));
        if (!buffer) return STATUS_INSUFFICIENT_RESOURCES;
        std::wmemcpy(buffer, link.c_str(), link.size() + 1);
        link_name->Buffer = buffer;
        link_name->Length = static_cast<USHORT>(link.size() * sizeof(WCHAR));
        link_name->MaximumLength = static_cast<USHORT>(bytes);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS IoSetDeviceInterfaceState(PUNICODE_STRING link_name, BOOLEAN enable) {
    return guarded("IoSetDeviceInterfaceState", [&]() -> NTSTATUS {
        std::lock_guard lock(namespace_mutex);
        auto it = interfaces.find(key_of(wide(link_name)));
        if (it == interfaces.end()) return STATUS_OBJECT_NAME_NOT_FOUND;
        it->second.enabled = enable != FALSE;
        return STATUS_SUCCESS;
    });
}

}  // namespace wpptrace::framework
