// wdf_driver.cpp - the KMDF driver object: FxDriverEntry, WdfDriverCreate (which installs the
// framework's AddDevice, dispatch and unload routines), the unload path, the Parameters key.
#include <cwchar>
#include <string>

#include "entry_guard.hpp"
#include "fx_driver_entry.hpp"
#include "fx_object.hpp"
#include "registry_store.hpp"
#include "wdm_irp.hpp"

namespace wpptrace::framework {

namespace {

struct FxKey : FxObject {
    explicit FxKey(DriverRecord* r) : FxObject(FxType::key, r) {}
};

// The unload routine WdfDriverCreate installs: EvtDriverUnload, then the driver object's
// tree (cleanup callbacks, where drivers call WPP_CLEANUP, then destroy callbacks), then a WDM
// unload routine the driver may have set itself.
void fx_driver_unload(PDRIVER_OBJECT driver_object) {
    DriverRecord* record = find_driver(driver_object);
    if (!record || !record->fx) return;
    FxDriver* fx = record->fx;
    control_devices_shutdown(record);  // the system shuts down before the drivers go
    if (fx->config.EvtDriverUnload)
        call_driver(record, "EvtDriverUnload", fx->config.EvtDriverUnload,
                    reinterpret_cast<WDFDRIVER>(fx));
    PDRIVER_UNLOAD chained = fx->driver_unload;
    record->fx = nullptr;
    fx_delete(fx);
    if (chained) call_driver(record, "DriverUnload", chained, driver_object);
}

FxDriver* fx_driver_of(WDFDRIVER driver, const char* entry) {
    return fx_cast<FxDriver>(driver, FxType::driver, entry);
}

}  // namespace

void discard_fx_driver(PDRIVER_OBJECT driver_object) {
    DriverRecord* record = find_driver(driver_object);
    if (!record || !record->fx) return;
    // No callbacks: a driver whose DriverEntry failed cleans up itself, as on Windows.
    FxDriver* fx = record->fx;
    record->fx = nullptr;
    std::vector<FxObject*> pending{fx};
    while (!pending.empty()) {
        FxObject* o = pending.back();
        pending.pop_back();
        pending.insert(pending.end(), o->children.begin(), o->children.end());
        delete o;
    }
}

extern "C" NTSTATUS FxDriverEntry(PDRIVER_OBJECT driver_object, PUNICODE_STRING registry_path) {
    DriverRecord* record = find_driver(driver_object);
    if (!record || !record->driver_entry) return STATUS_INVALID_PARAMETER;
    return guarded(
        "DriverEntry",
        [&]() -> NTSTATUS {
            NTSTATUS status = call_driver(record, "DriverEntry", record->driver_entry,
                                          driver_object, registry_path);
            if (!NT_SUCCESS(status)) {
                discard_fx_driver(driver_object);
                return status;
            }
            if (record->fx && driver_object->DriverUnload != fx_driver_unload) {
                // A KMDF driver that set its own DriverUnload: the framework's runs, then it.
                record->fx->driver_unload = driver_object->DriverUnload;
                driver_object->DriverUnload = fx_driver_unload;
            }
            return status;
        },
        NTSTATUS{}, record);
}

extern "C" NTSTATUS WdfDriverCreate(PDRIVER_OBJECT driver_object, PCUNICODE_STRING registry_path,
                                    PWDF_OBJECT_ATTRIBUTES attributes, PWDF_DRIVER_CONFIG config,
                                    WDFDRIVER* driver) {
    DriverRecord* record = find_driver(driver_object);
    return guarded(
        "WdfDriverCreate",
        [&]() -> NTSTATUS {
            NTSTATUS status;
            if (injected_failure(record, "WdfDriverCreate", status)) return status;
            if (!record || !registry_path || !config || config->Size != sizeof(WDF_DRIVER_CONFIG) ||
                (attributes && attributes->Size != sizeof(WDF_OBJECT_ATTRIBUTES)))
                return STATUS_INVALID_PARAMETER;
            if (record->fx) return STATUS_INVALID_DEVICE_REQUEST;  // one per driver
            auto* fx = new FxDriver(record);
            fx->wdm = driver_object;
            fx->config = *config;
            status = fx_initialize(fx, attributes, nullptr);
            if (!NT_SUCCESS(status)) {
                delete fx;
                return status;
            }
            record->fx = fx;
            // As KMDF does: the framework handles AddDevice and every IRP of this driver.
            fx->driver_unload = driver_object->DriverUnload;
            driver_object->DriverUnload = fx_driver_unload;
            if (!(config->DriverInitFlags & WdfDriverInitNonPnpDriver))
                driver_object->DriverExtension->AddDevice = fx_add_device;
            if (!(config->DriverInitFlags & WdfDriverInitNoDispatchOverride))
                for (auto& dispatch : driver_object->MajorFunction) dispatch = fx_dispatch;
            if (driver) *driver = reinterpret_cast<WDFDRIVER>(fx);
            return STATUS_SUCCESS;
        },
        NTSTATUS{}, record);
}

extern "C" PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER driver) {
    FxDriver* fx = fx_driver_of(driver, "WdfDriverWdmGetDriverObject");
    return fx ? fx->wdm : nullptr;
}

extern "C" WDFDRIVER WdfGetDriver(void) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return record ? reinterpret_cast<WDFDRIVER>(record->fx) : nullptr;
}

extern "C" NTSTATUS WdfDriverOpenParametersRegistryKey(WDFDRIVER driver, ULONG,
                                                       PWDF_OBJECT_ATTRIBUTES attributes,
                                                       WDFKEY* key) {
    return guarded("WdfDriverOpenParametersRegistryKey", [&]() -> NTSTATUS {
        FxDriver* fx = fx_driver_of(driver, "WdfDriverOpenParametersRegistryKey");
        if (!fx || !key) return STATUS_INVALID_PARAMETER;
        NTSTATUS status;
        if (injected_failure(fx->driver, "WdfDriverOpenParametersRegistryKey", status))
            return status;
        auto* k = new FxKey(fx->driver);
        status = fx_initialize(k, attributes, fx);
        if (!NT_SUCCESS(status)) {
            delete k;
            return status;
        }
        *key = reinterpret_cast<WDFKEY>(k);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfRegistryQueryULong(WDFKEY key, PCUNICODE_STRING value_name, PULONG value) {
    return guarded("WdfRegistryQueryULong", [&]() -> NTSTATUS {
        auto* k = fx_cast<FxKey>(key, FxType::key, "WdfRegistryQueryULong");
        if (!k || !value_name || !value) return STATUS_INVALID_PARAMETER;
        auto found = registry::query_value(registry::parameters_key(k->driver), wide(value_name));
        if (!found) return STATUS_OBJECT_NAME_NOT_FOUND;
        auto dword = found->as_dword();
        if (!dword) return STATUS_OBJECT_TYPE_MISMATCH;  // documented: not a REG_DWORD
        *value = *dword;
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfRegistryClose(WDFKEY key) {
    guarded_void("WdfRegistryClose", [&] {
        if (auto* k = fx_cast<FxKey>(key, FxType::key, "WdfRegistryClose")) fx_delete(k);
    });
}

}  // namespace wpptrace::framework
