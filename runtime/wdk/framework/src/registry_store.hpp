// registry_store.hpp - the host's emulated registry: one per process (as the object namespace),
// keys named by their full NT path (\Registry\Machine\System\...), compared case-insensitively,
// each with its values in creation order. Every registry reader and writer of the framework
// shares it: the Zw* key calls, RtlQueryRegistryValues, IoOpenDeviceRegistryKey,
// WdfDriverOpenParametersRegistryKey / WdfRegistryQueryULong and the KMDF device keys. The host
// seeds a driver's Parameters key from its configuration before DriverEntry.
//
//   auto key = registry::parameters_key(record);   // ...\Services\<name>\Parameters
//   if (auto v = registry::query_value(key, L"RxFIFO"); v && v->as_dword()) ...
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "framework_state.hpp"
#include "wpptrace/framework/registry_value.hpp"

namespace wpptrace::framework::registry {

using wpptrace::framework::RegistryValue;

// \Registry\Machine\System\CurrentControlSet\Services\<name>: the driver's service key.
std::wstring service_key(const DriverRecord* record);
// The service key's Parameters subkey (what WdfDriverOpenParametersRegistryKey opens).
std::wstring parameters_key(const DriverRecord* record);
// Replaces the driver's service key with one whose Parameters key holds `values` (the host
// does this before DriverEntry, so that a previous run in the same process leaves nothing).
void seed_driver_parameters(const DriverRecord* record,
                            const std::map<std::string, RegistryValue>& values);

// A device's keys, by its PDO's instance id (ROOT#<device>#0000): PLUGPLAY_REGKEY_DEVICE (1)
// \Registry\Machine\System\CurrentControlSet\Enum\ROOT\<device>\0000\Device Parameters,
// PLUGPLAY_REGKEY_DRIVER (2) ...\Control\Class\<instance id>; "" for another type. The key
// is created (with its parents) on first use, as a PnP device's keys exist on Windows.
std::wstring device_key(const std::wstring& instance_id, ULONG key_type);

// Without trailing separators; "" for a path that is not absolute (\Registry\...).
std::wstring normalize(const std::wstring& path);
std::wstring join(const std::wstring& key, const std::wstring& relative);

bool key_exists(const std::wstring& key);
// Creates the key (false: its parent does not exist). `created` says whether it is new.
bool create_key(const std::wstring& key, bool* created = nullptr);
// Creates the key and any missing parents.
void ensure_key(const std::wstring& key);
// Deletes the key and its subkeys; false if it did not exist.
bool delete_key(const std::wstring& key);

std::optional<RegistryValue> query_value(const std::wstring& key, const std::wstring& name);
// false when the key does not exist.
bool set_value(const std::wstring& key, const std::wstring& name, const RegistryValue& value);
bool delete_value(const std::wstring& key, const std::wstring& name);
// Index-th subkey name / value (creation order), as ZwEnumerateKey / ZwEnumerateValueKey.
std::optional<std::wstring> subkey_at(const std::wstring& key, ULONG index);
std::optional<std::pair<std::wstring, RegistryValue>> value_at(const std::wstring& key,
                                                               ULONG index);
ULONG subkey_count(const std::wstring& key);
ULONG value_count(const std::wstring& key);

// Kernel handles to keys (zw_registry.cpp), for ZwOpenKey & co. and whoever hands out keys:
// a new handle to an existing key, and the key an open handle names (nullopt: not a key handle).
HANDLE open_key_handle(const std::wstring& key, ACCESS_MASK access);
std::optional<std::wstring> key_of_handle(HANDLE handle);

}  // namespace wpptrace::framework::registry
