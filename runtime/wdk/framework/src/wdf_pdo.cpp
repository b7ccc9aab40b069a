// wdf_pdo.cpp - child devices of KMDF bus drivers: the IDs and descriptions a driver gives a
// child's WDFDEVICE_INIT, its PDO (WdfDeviceCreate), and the static child list of the parent
// FDO. The host has no driver to load on a child: it lists the children in its report
// (static_children), and they are deleted with their parent.
#include <algorithm>

#include "entry_guard.hpp"
#include "fx_device_init.hpp"
#include "stack_queries.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {

namespace {

std::mutex children_mutex;
struct Child {
    FxDevice* device;
    std::string description;  // "<device ID>\<instance ID> (hardware IDs: ..., text)"
};
std::map<FxDevice*, std::vector<Child>> children;  // parent FDO -> its static children

NTSTATUS pdo_init_only(PWDFDEVICE_INIT init, const void* string, const char* entry) {
    if (!init || !string) return STATUS_INVALID_PARAMETER;
    if (!init->pdo_init) {
        report_issue(init->driver ? init->driver->driver : nullptr, IssueKind::device_misuse,
                     std::string(entry) + " on an init that is not a child PDO's");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    return STATUS_SUCCESS;
}

std::string describe_child(const WDFDEVICE_INIT* init) {
    std::string text = narrow(init->device_id) + "\\" + narrow(init->instance_id);
    std::string ids;
    for (auto& id : init->hardware_ids) ids += (ids.empty() ? "" : ", ") + narrow(id);
    if (!ids.empty()) text += " (hardware IDs: " + ids + ")";
    for (auto& [locale, description] : init->texts)
        if (locale == init->default_locale) text += " \"" + narrow(description) + "\"";
    return text;
}

std::mutex pending_mutex;
std::map<FxDevice*, std::string> descriptions;  // created children, until added

}  // namespace

// Called by WdfDeviceCreate for a child's init (the description outlives the init).
void pdo_created(FxDevice* device, const WDFDEVICE_INIT* init) {
    std::lock_guard lock(pending_mutex);
    descriptions[device] = describe_child(init);
}

void pdo_forget(FxDevice* device) {
    {
        std::lock_guard lock(pending_mutex);
        descriptions.erase(device);
    }
    std::lock_guard lock(children_mutex);
    children.erase(device);
    for (auto& [parent, list] : children)
        std::erase_if(list, [&](const Child& c) { return c.device == device; });
}

std::vector<std::string> static_children_of_stack(PDEVICE_OBJECT pdo) {
    std::vector<std::string> out;
    if (!pdo) return out;
    std::lock_guard lock(children_mutex);
    for (PDEVICE_OBJECT d = pdo->AttachedDevice; d; d = d->AttachedDevice) {
        auto* fx = static_cast<FxDevice*>(d->DeviceObjectExtension->fx_device);
        auto it = fx ? children.find(fx) : children.end();
        if (it == children.end()) continue;
        for (auto& child : it->second) out.push_back(child.description);
    }
    return out;
}

extern "C" PWDFDEVICE_INIT WdfPdoInitAllocate(WDFDEVICE parent) {
    return guarded(
        "WdfPdoInitAllocate",
        [&]() -> PWDFDEVICE_INIT {
            auto* d = fx_cast<FxDevice>(parent, FxType::device, "WdfPdoInitAllocate");
            if (!d) return nullptr;
            if (d->control || d->parent_fdo) {
                report_issue(d->driver, IssueKind::device_misuse,
                             "WdfPdoInitAllocate: the parent must be a bus driver's FDO");
                return nullptr;
            }
            auto* init = new WDFDEVICE_INIT;
            init->driver = d->fx_driver;
            init->pdo_init = true;
            init->allocated = true;
            init->parent = d;
            return init;
        },
        PWDFDEVICE_INIT{});
}

extern "C" NTSTATUS WdfPdoInitAssignDeviceID(PWDFDEVICE_INIT init, PCUNICODE_STRING id) {
    return guarded(__func__, [&]() -> NTSTATUS {
        NTSTATUS status = pdo_init_only(init, id, "WdfPdoInitAssignDeviceID");
        if (NT_SUCCESS(status)) init->device_id = wide(id);
        return status;
    });
}

extern "C" NTSTATUS WdfPdoInitAssignInstanceID(PWDFDEVICE_INIT init, PCUNICODE_STRING id) {
    return guarded(__func__, [&]() -> NTSTATUS {
        NTSTATUS status = pdo_init_only(init, id, "WdfPdoInitAssignInstanceID");
        if (NT_SUCCESS(status)) init->instance_id = wide(id);
        return status;
    });
}

extern "C" NTSTATUS WdfPdoInitAddHardwareID(PWDFDEVICE_INIT init, PCUNICODE_STRING id) {
    return guarded(__func__, [&]() -> NTSTATUS {
        NTSTATUS status = pdo_init_only(init, id, "WdfPdoInitAddHardwareID");
        if (NT_SUCCESS(status)) init->hardware_ids.push_back(wide(id));
        return status;
    });
}

extern "C" NTSTATUS WdfPdoInitAddCompatibleID(PWDFDEVICE_INIT init, PCUNICODE_STRING id) {
    return guarded(__func__, [&]() -> NTSTATUS {
        NTSTATUS status = pdo_init_only(init, id, "WdfPdoInitAddCompatibleID");
        if (NT_SUCCESS(status)) init->compatible_ids.push_back(wide(id));
        return status;
    });
}

extern "C" NTSTATUS WdfPdoInitAddDeviceText(PWDFDEVICE_INIT init, PCUNICODE_STRING description,
                                            PCUNICODE_STRING location, LCID locale) {
    return guarded(__func__, [&]() -> NTSTATUS {
        NTSTATUS status = pdo_init_only(init, description, "WdfPdoInitAddDeviceText");
        if (!NT_SUCCESS(status)) return status;
        if (!location) return STATUS_INVALID_PARAMETER;
        init->texts.emplace_back(locale, wide(description));
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfPdoInitSetDefaultLocale(PWDFDEVICE_INIT init, LCID locale) {
    if (NT_SUCCESS(pdo_init_only(init, &locale, "WdfPdoInitSetDefaultLocale")))
        init->default_locale = locale;
}

NTSTATUS pdo_add_child(FxDevice* parent, FxDevice* c) {
    std::string description;
    {
        std::lock_guard lock(pending_mutex);
        description = descriptions[c];
    }
    std::lock_guard lock(children_mutex);
    auto& list = children[parent];
    for (auto& existing : list)
        if (existing.device == c) return STATUS_OBJECT_NAME_COLLISION;
    list.push_back({c, description});
    c->self->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

extern "C" NTSTATUS WdfFdoAddStaticChild(WDFDEVICE fdo, WDFDEVICE child) {
    return guarded("WdfFdoAddStaticChild", [&]() -> NTSTATUS {
        auto* parent = fx_cast<FxDevice>(fdo, FxType::device, "WdfFdoAddStaticChild");
        auto* c = fx_cast<FxDevice>(child, FxType::device, "WdfFdoAddStaticChild");
        if (!parent || !c) return STATUS_INVALID_PARAMETER;
        if (c->parent_fdo != parent) return STATUS_INVALID_DEVICE_REQUEST;
        return pdo_add_child(parent, c);
    });
}

extern "C" WDFDEVICE WdfPdoGetParent(WDFDEVICE device) {
    auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfPdoGetParent");
    return d ? reinterpret_cast<WDFDEVICE>(d->parent_fdo) : nullptr;
}

}  // namespace wpptrace::framework
