// driver_host.cpp - loading a driver binary and running its entry and unload paths.
#include "wpptrace/host/driver_host.hpp"

#include <dlfcn.h>

#include <cstdio>
#include <filesystem>

#include <wdf.h>

#include "framework_state.hpp"

namespace wpptrace::host {

using framework::DriverRecord;

struct LoadedDriver::State {
    DriverRecord record;
    void* handle = nullptr;
    DRIVER_OBJECT driver_object{};
    DRIVER_EXTENSION extension{};
    UNICODE_STRING registry_path{};
    NTSTATUS entry_status = STATUS_UNSUCCESSFUL;
    bool unloaded = false;
};

namespace {

std::wstring widen(const std::string& s) {
    return std::wstring(s.begin(), s.end());
}

const struct {
    NTSTATUS code;
    const char* name;
} known_statuses[] = {
    {STATUS_SUCCESS, "STATUS_SUCCESS"},
    {STATUS_PENDING, "STATUS_PENDING"},
    {STATUS_DEVICE_POWERED_OFF, "STATUS_DEVICE_POWERED_OFF"},
    {STATUS_UNSUCCESSFUL, "STATUS_UNSUCCESSFUL"},
    {STATUS_NOT_IMPLEMENTED, "STATUS_NOT_IMPLEMENTED"},
    {STATUS_INVALID_PARAMETER, "STATUS_INVALID_PARAMETER"},
    {STATUS_INVALID_DEVICE_REQUEST, "STATUS_INVALID_DEVICE_REQUEST"},
    {STATUS_OBJECT_NAME_NOT_FOUND, "STATUS_OBJECT_NAME_NOT_FOUND"},
    {STATUS_INSUFFICIENT_RESOURCES, "STATUS_INSUFFICIENT_RESOURCES"},
    {STATUS_NOT_SUPPORTED, "STATUS_NOT_SUPPORTED"},
    {STATUS_BUFFER_TOO_SMALL, "STATUS_BUFFER_TOO_SMALL"},
    {STATUS_DRIVER_INTERNAL_ERROR, "STATUS_DRIVER_INTERNAL_ERROR"},
};

}  // namespace

std::string default_driver_name(const std::string& path) {
    std::string stem = std::filesystem::path(path).stem().string();
    if (stem.rfind("lib", 0) == 0) stem.erase(0, 3);
    return stem;
}

std::string describe_status(NTSTATUS status) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08X", static_cast<unsigned>(status));
    for (const auto& known : known_statuses)
        if (known.code == status) return std::string(known.name) + " (" + hex + ")";
    return hex;
}

NTSTATUS parse_status(const std::string& text) {
    for (const auto& known : known_statuses)
        if (text == known.name) return known.code;
    std::size_t used = 0;
    unsigned long value = 0;
    try {
        value = std::stoul(text, &used, 0);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || value > 0xffffffffUL)
        throw std::invalid_argument("unknown NTSTATUS '" + text + "' (a STATUS_ name or 0x...)");
    return static_cast<NTSTATUS>(static_cast<std::uint32_t>(value));
}

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

void LoadedDriver::unload() {
    State& s = *state_;
    if (s.unloaded) return;
    s.unloaded = true;
    if (NT_SUCCESS(s.entry_status)) {
        // KMDF order: EvtDriverUnload, then the driver object's cleanup and destroy callbacks
        // (drivers call WPP_CLEANUP in the cleanup callback), then the WDM unload routine.
        if (auto& fx = s.record.fx) {
            auto handle = reinterpret_cast<WDFDRIVER>(fx.get());
            if (fx->config.EvtDriverUnload) fx->config.EvtDriverUnload(handle);
            if (fx->attributes.EvtCleanupCallback)
                fx->attributes.EvtCleanupCallback(reinterpret_cast<WDFOBJECT>(handle));
            if (fx->attributes.EvtDestroyCallback)
                fx->attributes.EvtDestroyCallback(reinterpret_cast<WDFOBJECT>(handle));
        }
        if (s.driver_object.DriverUnload) s.driver_object.DriverUnload(&s.driver_object);
    }
    framework::unregister_driver(&s.driver_object);
    if (s.handle) dlclose(s.handle);
    s.handle = nullptr;
}

DriverHost::DriverHost() = default;
DriverHost::~DriverHost() {
    unload_all();
}

LoadedDriver& DriverHost::load(DriverSpec spec) {
    auto state = std::make_unique<LoadedDriver::State>();
    LoadedDriver::State& s = *state;
    s.record.name = spec.name.empty() ? default_driver_name(spec.path) : spec.name;
    s.record.driver_name = L"\\Driver\\" + widen(s.record.name);
    s.record.registry_path =
        L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\" + widen(s.record.name);
    s.record.parameters = std::move(spec.parameters);
    s.record.injections = std::move(spec.injections);

    s.handle = dlopen(spec.path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!s.handle) throw LoadError("cannot load driver " + spec.path + ": " + dlerror());
    auto entry = reinterpret_cast<PDRIVER_INITIALIZE>(dlsym(s.handle, "DriverEntry"));
    if (!entry) {
        dlclose(s.handle);
        throw LoadError("driver " + spec.path + " has no DriverEntry (is it extern \"C\"?)");
    }
    s.driver_object.Type = 4;  // IO_TYPE_DRIVER
    s.driver_object.Size = sizeof(DRIVER_OBJECT);
    s.driver_object.DriverExtension = &s.extension;
    s.driver_object.DriverInit = entry;
    s.extension.DriverObject = &s.driver_object;
    RtlInitUnicodeString(&s.driver_object.DriverName, s.record.driver_name.c_str());
    RtlInitUnicodeString(&s.extension.ServiceKeyName, s.record.driver_name.c_str() + 8);
    RtlInitUnicodeString(&s.registry_path, s.record.registry_path.c_str());
    framework::register_driver(&s.driver_object, &s.record);

    s.entry_status = entry(&s.driver_object, &s.registry_path);
    drivers_.push_back(std::unique_ptr<LoadedDriver>(new LoadedDriver(std::move(state))));
    return *drivers_.back();
}

void DriverHost::unload_all() {
    while (!drivers_.empty()) {
        drivers_.back()->unload();
        drivers_.pop_back();
    }
}

}  // namespace wpptrace::host
