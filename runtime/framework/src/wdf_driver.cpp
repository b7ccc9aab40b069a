// wdf_driver.cpp - the KMDF driver object: WdfDriverCreate and the Parameters registry key.
#include <wdf.h>

#include <cwchar>
#include <string>

#include "framework_state.hpp"

using namespace wpptrace::framework;

namespace {
FxDriver* fx_of(WDFDRIVER driver) {
    return reinterpret_cast<FxDriver*>(driver);
}

struct FxKey {
    DriverRecord* record;
};
}  // namespace

extern "C" NTSTATUS WdfDriverCreate(PDRIVER_OBJECT driver_object, PCUNICODE_STRING registry_path,
                                    PWDF_OBJECT_ATTRIBUTES attributes, PWDF_DRIVER_CONFIG config,
                                    WDFDRIVER* driver) {
    NTSTATUS status;
    if (injected_failure(driver_object, "WdfDriverCreate", status)) return status;
    DriverRecord* record = find_driver(driver_object);
    if (!record || !registry_path || !config || config->Size != sizeof(WDF_DRIVER_CONFIG) ||
        (attributes && attributes->Size != sizeof(WDF_OBJECT_ATTRIBUTES)))
        return STATUS_INVALID_PARAMETER;
    if (record->fx) return STATUS_INVALID_DEVICE_REQUEST;  // one framework driver per driver
    auto fx = std::make_unique<FxDriver>();
    fx->wdm = driver_object;
    fx->config = *config;
    if (attributes) fx->attributes = *attributes;
    record->fx = std::move(fx);
    if (driver) *driver = reinterpret_cast<WDFDRIVER>(record->fx.get());
    return STATUS_SUCCESS;
}

extern "C" PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER driver) {
    return driver ? fx_of(driver)->wdm : nullptr;
}

extern "C" NTSTATUS WdfDriverOpenParametersRegistryKey(WDFDRIVER driver, ULONG,
                                                       PWDF_OBJECT_ATTRIBUTES, WDFKEY* key) {
    if (!driver || !key) return STATUS_INVALID_PARAMETER;
    NTSTATUS status;
    if (injected_failure(fx_of(driver)->wdm, "WdfDriverOpenParametersRegistryKey", status))
        return status;
    DriverRecord* record = find_driver(fx_of(driver)->wdm);
    if (!record) return STATUS_INVALID_PARAMETER;
    *key = reinterpret_cast<WDFKEY>(new FxKey{record});
    return STATUS_SUCCESS;
}

extern "C" NTSTATUS WdfRegistryQueryULong(WDFKEY key, PCUNICODE_STRING value_name, PULONG value) {
    if (!key || !value_name || !value) return STATUS_INVALID_PARAMETER;
    std::string name;
    for (USHORT i = 0; i < value_name->Length / sizeof(WCHAR); ++i)
        name += static_cast<char>(value_name->Buffer[i]);
    const auto& parameters = reinterpret_cast<FxKey*>(key)->record->parameters;
    auto it = parameters.find(name);
    if (it == parameters.end()) return STATUS_OBJECT_NAME_NOT_FOUND;
    *value = it->second;
    return STATUS_SUCCESS;
}

extern "C" void WdfRegistryClose(WDFKEY key) {
    delete reinterpret_cast<FxKey*>(key);
}
