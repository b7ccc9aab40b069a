// registry_store.cpp - the process's registry (registry_store.hpp).
#include "registry_store.hpp"

#include <cwctype>
#include <mutex>

namespace wpptrace::framework::registry {
namespace {

struct Key {
    std::wstring path;  // as first created
    std::vector<std::pair<std::wstring, RegistryValue>> values;
    std::vector<std::wstring> subkeys;  // names, in creation order
};

std::mutex registry_mutex;
std::map<std::wstring, Key> keys;  // by lower-case path

std::wstring lower(const std::wstring& text) {
    std::wstring out = text;
    for (auto& c : out) c = static_cast<wchar_t>(std::towlower(static_cast<wint_t>(c)));
    return out;
}

bool same(const std::wstring& a, const std::wstring& b) {
    return lower(a) == lower(b);
}

std::wstring parent_of(const std::wstring& path) {
    auto slash = path.rfind(L'\\');
    return slash == std::wstring::npos || slash == 0 ? std::wstring() : path.substr(0, slash);
}

Key* find_locked(const std::wstring& path) {
    auto it = keys.find(lower(normalize(path)));
    return it == keys.end() ? nullptr : &it->second;
}

// Creates `path` under an existing parent; \Registry itself is the root.
bool create_locked(const std::wstring& path, bool* created) {
    if (created) *created = false;
    if (path.empty()) return false;
    std::wstring key = lower(path);
    if (keys.count(key)) return true;
    std::wstring parent = parent_of(path);
    if (!parent.empty()) {
        auto p = keys.find(lower(parent));
        if (p == keys.end()) return false;
        p->second.subkeys.push_back(path.substr(parent.size() + 1));
    }
    keys.emplace(key, Key{path, {}, {}});
    if (created) *created = true;
    return true;
}

void ensure_locked(const std::wstring& path) {
    if (path.empty() || keys.count(lower(path))) return;
    ensure_locked(parent_of(path));
    create_locked(path, nullptr);
}

void delete_locked(const std::wstring& path) {
    auto it = keys.find(lower(path));
    if (it == keys.end()) return;
    for (const auto& sub : std::vector<std::wstring>(it->second.subkeys))
        delete_locked(path + L"\\" + sub);
    keys.erase(lower(path));
    if (auto p = keys.find(lower(parent_of(path))); p != keys.end()) {
        std::wstring name = path.substr(parent_of(path).size() + 1);
        std::erase_if(p->second.subkeys, [&](const std::wstring& s) { return same(s, name); });
    }
}

}  // namespace

std::wstring service_key(const DriverRecord* record) {
    return record ? normalize(record->registry_path) : std::wstring();
}

std::wstring parameters_key(const DriverRecord* record) {
    return record ? service_key(record) + L"\\Parameters" : std::wstring();
}

void seed_driver_parameters(const DriverRecord* record,
                            const std::map<std::string, RegistryValue>& values) {
    std::wstring service = service_key(record), parameters = parameters_key(record);
    if (service.empty()) return;
    std::lock_guard lock(registry_mutex);
    delete_locked(service);
    ensure_locked(parameters);
    Key& key = keys.at(lower(parameters));
    for (const auto& [name, value] : values) key.values.emplace_back(widen(name), value);
}

std::wstring device_key(const std::wstring& instance_id, ULONG key_type) {
    const std::wstring machine = L"\\Registry\\Machine\\System\\CurrentControlSet";
    std::wstring key;
    if (key_type == 1) {  // PLUGPLAY_REGKEY_DEVICE
        std::wstring path = instance_id;
        for (auto& c : path)
            if (c == L'#') c = L'\\';
        key = machine + L"\\Enum\\" + path + L"\\Device Parameters";
    } else if (key_type == 2) {  // PLUGPLAY_REGKEY_DRIVER
        key = machine + L"\\Control\\Class\\" + instance_id;
    } else {
        return {};
    }
    ensure_key(key);
    return key;
}

std::wstring normalize(const std::wstring& path) {
    std::wstring out = path;
    while (!out.empty() && out.back() == L'\\') out.pop_back();
    if (out.size() < 9 || !same(out.substr(0, 9), L"\\Registry")) return {};
    if (out.size() > 9 && out[9] != L'\\') return {};
    return out;
}

std::wstring join(const std::wstring& key, const std::wstring& relative) {
    std::wstring rest = relative;
    while (!rest.empty() && rest.front() == L'\\') rest.erase(0, 1);
    return rest.empty() ? normalize(key) : normalize(key + L"\\" + rest);
}

bool key_exists(const std::wstring& key) {
    std::lock_guard lock(registry_mutex);
    return find_locked(key) != nullptr;
}

bool create_key(const std::wstring& key, bool* created) {
    std::lock_guard lock(registry_mutex);
    keys.try_emplace(L"\\registry", Key{L"\\Registry", {}, {}});
    return create_locked(normalize(key), created);
}

void ensure_key(const std::wstring& key) {
    std::lock_guard lock(registry_mutex);
    ensure_locked(normalize(key));
}

bool delete_key(const std::wstring& key) {
    std::lock_guard lock(registry_mutex);
    if (!find_locked(key)) return false;
    delete_locked(normalize(key));
    return true;
}

std::optional<RegistryValue> query_value(const std::wstring& key, const std::wstring& name) {
    std::lock_guard lock(registry_mutex);
    Key* k = find_locked(key);
    if (!k) return std::nullopt;
    for (const auto& [n, v] : k->values)
        if (same(n, name)) return v;
    return std::nullopt;
}

bool set_value(const std::wstring& key, const std::wstring& name, const RegistryValue& value) {
    std::lock_guard lock(registry_mutex);
    Key* k = find_locked(key);
    if (!k) return false;
    for (auto& [n, v] : k->values)
        if (same(n, name)) {
            v = value;
            return true;
        }
    k->values.emplace_back(name, value);
    return true;
}

bool delete_value(const std::wstring& key, const std::wstring& name) {
    std::lock_guard lock(registry_mutex);
    Key* k = find_locked(key);
    if (!k) return false;
    return std::erase_if(k->values, [&](const auto& entry) { return same(entry.first, name); }) > 0;
}

std::optional<std::wstring> subkey_at(const std::wstring& key, ULONG index) {
    std::lock_guard lock(registry_mutex);
    Key* k = find_locked(key);
    if (!k || index >= k->subkeys.size()) return std::nullopt;
    return k->subkeys[index];
}

std::optional<std::pair<std::wstring, RegistryValue>> value_at(const std::wstring& key,
                                                               ULONG index) {
    std::lock_guard lock(registry_mutex);
    Key* k = find_locked(key);
    if (!k || index >= k->values.size()) return std::nullopt;
    return k->values[index];
}

ULONG subkey_count(const std::wstring& key) {
    std::lock_guard lock(registry_mutex);
    Key* k = find_locked(key);
    return k ? static_cast<ULONG>(k->subkeys.size()) : 0;
}

ULONG value_count(const std::wstring& key) {
    std::lock_guard lock(registry_mutex);
    Key* k = find_locked(key);
    return k ? static_cast<ULONG>(k->values.size()) : 0;
}

}  // namespace wpptrace::framework::registry
