#include "framework_state.hpp"

#include <mutex>
#include <unordered_map>

namespace wpptrace::framework {
namespace {
std::mutex drivers_mutex;
std::unordered_map<PDRIVER_OBJECT, DriverRecord*> drivers;
}  // namespace

DriverRecord* find_driver(PDRIVER_OBJECT driver_object) {
    std::lock_guard lock(drivers_mutex);
    auto it = drivers.find(driver_object);
    return it == drivers.end() ? nullptr : it->second;
}

void register_driver(PDRIVER_OBJECT driver_object, DriverRecord* record) {
    std::lock_guard lock(drivers_mutex);
    drivers[driver_object] = record;
}

void unregister_driver(PDRIVER_OBJECT driver_object) {
    std::lock_guard lock(drivers_mutex);
    drivers.erase(driver_object);
}

bool injected_failure(PDRIVER_OBJECT driver_object, const char* call, NTSTATUS& status) {
    DriverRecord* record = find_driver(driver_object);
    if (!record) return false;
    auto it = record->injections.find(call);
    if (it == record->injections.end()) return false;
    status = it->second;
    return true;
}

}  // namespace wpptrace::framework
