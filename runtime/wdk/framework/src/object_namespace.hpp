// object_namespace.hpp - the process's object namespace: named devices, symbolic links and
// device interfaces (names compare case-insensitively, as the object manager's do).
#pragma once

#include <string>
#include <vector>

#include <wdm.h>

namespace wpptrace::framework {

bool object_namespace_insert_device(const std::wstring& name, PDEVICE_OBJECT device);
void object_namespace_remove_device(const std::wstring& name);
PDEVICE_OBJECT object_namespace_find_device(const std::wstring& name);

struct SymbolicLink {
    std::wstring link, target;
};
struct DeviceInterface {
    std::wstring link;  // \??\ROOT#<device>#0000#{guid}[\reference]
    GUID guid;
    std::wstring reference;
    PDEVICE_OBJECT pdo;
    bool enabled;
};
std::vector<SymbolicLink> symbolic_links();
std::vector<DeviceInterface> device_interfaces();
// Forgets the interfaces registered on a PDO (when the host deletes it).
void remove_device_interfaces(PDEVICE_OBJECT pdo);

std::wstring guid_text(const GUID& guid);  // {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}

}  // namespace wpptrace::framework
