// driver_host.cpp - loading a driver binary and running its entry and unload paths.
#include "wpptrace/host/driver_host.hpp"

#include <dlfcn.h>
#include <strings.h>
#include <wpp/runtime.h>

#include <algorithm>
#include <optional>

#include <filesystem>

#include "elf_image_check.hpp"
#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "fx_driver_entry.hpp"
#include "fx_object.hpp"
#include "io_setup.hpp"
#include "pool.hpp"
#include "registry_store.hpp"
#include "stack_queries.hpp"
#include "wdm_device.hpp"
#include "wdm_irp.hpp"

namespace wpptrace::host {

using framework::DriverRecord;

std::string default_driver_name(const std::string& path) {
    std::string stem = std::filesystem::path(path).stem().string();
    if (stem.rfind("lib", 0) == 0) stem.erase(0, 3);
    return stem;
}

namespace detail {

// Fills in a DRIVER_OBJECT as the I/O manager does before DriverEntry.
void prepare_driver_object(LoadedDriver::State& s, const std::string& name) {
    s.record.name = name;
    s.record.driver_name = L"\\Driver\\" + framework::widen(name);
    s.record.registry_path =
        L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\" + framework::widen(name);
    s.record.driver_object = &s.driver_object;
    s.driver_object.Type = IO_TYPE_DRIVER;
    s.driver_object.Size = sizeof(DRIVER_OBJECT);
    s.driver_object.DriverExtension = &s.extension;
    s.extension.DriverObject = &s.driver_object;
    for (auto& dispatch : s.driver_object.MajorFunction)
        dispatch = framework::invalid_device_request;
    RtlInitUnicodeString(&s.driver_object.DriverName, s.record.driver_name.c_str());
    RtlInitUnicodeString(&s.extension.ServiceKeyName, s.record.driver_name.c_str() + 8);
    RtlInitUnicodeString(&s.registry_path, s.record.registry_path.c_str());
}

}  // namespace detail

LoadedDriver::LoadedDriver(std::unique_ptr<State> state) : state_(std::move(state)) {}
LoadedDriver::~LoadedDriver() {
    unload();
}
const std::string& LoadedDriver::name() const {
    return state_->record.name;
}
NTSTATUS LoadedDriver::entry_status() const {
    return state_->entry_status;
}
PDRIVER_OBJECT LoadedDriver::driver_object() {
    return &state_->driver_object;
}
std::vector<Finding> LoadedDriver::findings() const {
    std::vector<Finding> out;
    for (auto& issue : state_->record.issues())
        out.push_back({issue.kind, state_->record.name, issue.text});
    return out;
}

void LoadedDriver::unload() {
    State& s = *state_;
    if (s.unloaded) return;
    s.unloaded = true;
    DriverRecord* record = &s.record;
    if (NT_SUCCESS(s.entry_status) && s.driver_object.DriverUnload) {
        // KMDF drivers have the framework's unload routine here: EvtDriverUnload, the driver
        // object's cleanup and destroy callbacks (WPP_CLEANUP), then their own DriverUnload.
        framework::guarded_void(
            "DriverUnload",
            [&] {
                framework::call_driver(record, "DriverUnload", s.driver_object.DriverUnload,
                                       &s.driver_object);
            },
            record);
    }
    // Timers, DPCs, work items and system threads of the driver: none may run into its code
    // once it is unmapped (a thread that never ends keeps it mapped).
    bool code_idle = framework::exec::release_driver(record);
    int left = 0;
    for (PDEVICE_OBJECT d = s.driver_object.DeviceObject; d; d = d->NextDevice) ++left;
    if (left && s.handle)
        framework::report_issue(
            record, FindingKind::device_misuse,
            "unloaded with " + std::to_string(left) + " device object(s) not deleted");
    framework::release_request_tombstones(record);
    framework::release_deleted_devices(record);
    if (s.handle) framework::pool_release_driver(record);
    framework::unregister_driver(&s.driver_object);
    if (s.handle && code_idle) dlclose(s.handle);
    s.handle = nullptr;
}

}  // namespace wpptrace::host

namespace wpptrace::host {

DriverHost::DriverHost() : bus_(make_bus_driver()) {}

DriverHost::~DriverHost() {
    unload_all();
    bus_.reset();
    for (auto& device : devices_)
        if (device->pdo) IoDeleteDevice(device->pdo);
    // The IRPs the host sent go last: a driver may complete one late (or twice).
    std::lock_guard lock(io_mutex_);
    ios_.clear();
}

LoadedDriver& DriverHost::load(DriverSpec spec) {
    std::string name = spec.name.empty() ? default_driver_name(spec.path) : spec.name;
    if (find(name)) throw LoadError("a driver named " + name + " is already loaded");
    auto state = std::make_unique<LoadedDriver::State>();
    LoadedDriver::State& s = *state;
    s.path = spec.path;
    detail::prepare_driver_object(s, name);
    // The Parameters key, fresh for this run (registry_store.hpp: one store for every reader).
    framework::registry::seed_driver_parameters(&s.record, spec.parameters);
    // The in-flight recorder's size, as WDF's LogPages: 4 KiB pages per thread ring (rounded up
    // to a power of two, at least 16 KiB); 0 turns the driver's recorder off.
    if (auto pages = spec.parameters.find("LogPages"); pages != spec.parameters.end())
        if (std::optional<ULONG> count = pages->second.as_dword())
            wpptrace_ifr_configure(name.c_str(), std::min<unsigned long>(*count, 16384ul) * 4096ul);
    // Its time stamps, as the WPP recorder's INF values on Windows (1 = on): none,
    // millisecond or precise (wpptrace_ifr_configure_timestamps).
    auto dword = [&](const char* value) -> long {
        auto it = spec.parameters.find(value);
        if (it == spec.parameters.end()) return -1;
        std::optional<ULONG> v = it->second.as_dword();
        return v ? static_cast<long>(*v != 0) : -1;
    };
    wpptrace_ifr_configure_timestamps(name.c_str(), dword("WppRecorder_UseTimeStamp"),
                                      dword("WppRecorder_PreciseTimeStamp"));
    s.record.injections = std::move(spec.injections);

    // A cut or garbage file would fault inside dlopen (SIGBUS past its end): refused first.
    check_driver_image(spec.path);
    s.handle = dlopen(spec.path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!s.handle) throw LoadError("cannot load driver " + spec.path + ": " + dlerror());
    auto entry = reinterpret_cast<PDRIVER_INITIALIZE>(dlsym(s.handle, "DriverEntry"));
    if (!entry) {
        dlclose(s.handle);
        throw LoadError("driver " + spec.path + " has no DriverEntry (is it extern \"C\"?)");
    }
    Dl_info info{};
    dladdr(reinterpret_cast<void*>(entry), &info);
    for (auto& other : drivers_)
        if (other->state_->record.module_base == info.dli_fbase) {
            // One image, one set of globals: a second instance needs its own host process.
            dlclose(s.handle);
            throw LoadError("driver " + spec.path + " is already loaded as " + other->name() +
                            " (run another host process for a second instance)");
        }
    s.record.module_base = info.dli_fbase;
    s.record.driver_entry = entry;
    // Windows' image entry point of a KMDF driver is FxDriverEntry, which calls DriverEntry.
    s.driver_object.DriverInit = FxDriverEntry;
    framework::register_driver(&s.driver_object, &s.record);

    s.entry_status = FxDriverEntry(&s.driver_object, &s.registry_path);
    drivers_.push_back(std::unique_ptr<LoadedDriver>(new LoadedDriver(std::move(state))));
    return *drivers_.back();
}

LoadedDriver* DriverHost::find(const std::string& name) {
    for (auto& driver : drivers_)
        if (strcasecmp(driver->name().c_str(), name.c_str()) == 0) return driver.get();
    return nullptr;
}

void DriverHost::unload_all() {
    for (auto it = devices_.rbegin(); it != devices_.rend(); ++it)
        if (!(*it)->removed && (*it)->pdo) remove_device(**it);
    while (!drivers_.empty()) {
        drivers_.back()->unload();
        auto found = drivers_.back()->findings();
        findings_.insert(findings_.end(), found.begin(), found.end());
        drivers_.pop_back();
    }
}

std::vector<Finding> DriverHost::findings() const {
    std::vector<Finding> out = findings_;
    for (auto& driver : drivers_) {
        auto found = driver->findings();
        out.insert(out.end(), found.begin(), found.end());
    }
    auto found = bus_->findings();
    out.insert(out.end(), found.begin(), found.end());
    return out;
}

std::vector<std::string> static_children(const Device& device) {
    return framework::static_children_of_stack(device.pdo);
}

bool reported_failed(const Device& device) {
    return framework::stack_reported_failed(device.pdo);
}

}  // namespace wpptrace::host
