// wdf_control_device.cpp - control devices: WDFDEVICE_INIT structures the driver allocates for
// named, non-PnP devices (WdfDeviceCreate then makes the device without attaching it to a
// stack), WdfControlFinishInitializing, the shutdown notification, WdfDeviceInitFree.
#include "entry_guard.hpp"
#include "fx_device_init.hpp"

namespace wpptrace::framework {

namespace {
std::mutex shutdown_mutex;
std::vector<std::pair<FxDevice*, PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION>> shutdown_list;
}  // namespace

// Runs the shutdown notifications of a driver's control devices (before its unload).
void control_devices_shutdown(DriverRecord* record) {
    std::vector<std::pair<FxDevice*, PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION>> due;
    {
        std::lock_guard lock(shutdown_mutex);
        for (auto it = shutdown_list.begin(); it != shutdown_list.end();) {
            if (it->first->driver == record) {
                due.push_back(*it);
                it = shutdown_list.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto& [device, notify] : due)
        call_driver(device->driver, "EvtDeviceShutdownNotification", notify,
                    reinterpret_cast<WDFDEVICE>(device));
}

void control_device_register_shutdown(FxDevice* device, PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION fn) {
    std::lock_guard lock(shutdown_mutex);
    shutdown_list.emplace_back(device, fn);
}

void control_device_forget(FxDevice* device) {
    std::lock_guard lock(shutdown_mutex);
    std::erase_if(shutdown_list, [&](const auto& entry) { return entry.first == device; });
}

extern "C" PWDFDEVICE_INIT WdfControlDeviceInitAllocate(WDFDRIVER driver, PCUNICODE_STRING sddl) {
    return guarded(
        "WdfControlDeviceInitAllocate",
        [&]() -> PWDFDEVICE_INIT {
            auto* fx = fx_cast<FxDriver>(driver, FxType::driver, "WdfControlDeviceInitAllocate");
            if (!fx) return nullptr;
            if (!sddl || !sddl->Buffer || sddl->Length == 0) {
                report_issue(fx->driver, IssueKind::device_misuse,
                             "WdfControlDeviceInitAllocate without an SDDL string");
                return nullptr;
            }
            auto* init = new WDFDEVICE_INIT;
            init->driver = fx;
            init->control = true;
            init->allocated = true;
            init->sddl = wide(sddl);
            return init;
        },
        PWDFDEVICE_INIT{});
}

extern "C" void WdfControlDeviceInitSetShutdownNotification(
    PWDFDEVICE_INIT init, PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION notification, UCHAR flags) {
    if (!init || !init->control) {
        report_issue(calling_driver(__builtin_return_address(0)), IssueKind::device_misuse,
                     "WdfControlDeviceInitSetShutdownNotification on an init that is not a "
                     "control device's");
        return;
    }
    init->shutdown_notification = notification;
    init->shutdown_flags = flags;
}

extern "C" void WdfControlFinishInitializing(WDFDEVICE device) {
    auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfControlFinishInitializing");
    if (!d) return;
    if (!d->control) {
        report_issue(d->driver, IssueKind::device_misuse,
                     "WdfControlFinishInitializing on a device that is not a control device");
        return;
    }
    d->self->Flags &= ~DO_DEVICE_INITIALIZING;
}

extern "C" void WdfDeviceInitFree(PWDFDEVICE_INIT init) {
    guarded_void("WdfDeviceInitFree", [&] {
        if (!init) return;
        if (!init->allocated) {
            // The framework's own init (EvtDriverDeviceAdd's) is not the driver's to free.
            report_issue(init->driver ? init->driver->driver : nullptr, IssueKind::device_misuse,
                         "WdfDeviceInitFree on an init the framework allocated");
            return;
        }
        delete init;
    });
}

extern "C" void WdfDeviceInitSetCharacteristics(PWDFDEVICE_INIT init, ULONG characteristics,
                                                BOOLEAN or_in) {
    if (!init) return;
    init->characteristics = or_in ? init->characteristics | characteristics : characteristics;
}

extern "C" NTSTATUS WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT init, PCUNICODE_STRING sddl) {
    return guarded("WdfDeviceInitAssignSDDLString", [&]() -> NTSTATUS {
        if (!init) return STATUS_INVALID_PARAMETER;
        init->sddl = sddl ? wide(sddl) : std::wstring();
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfDeviceInitSetPowerPolicyOwnership(PWDFDEVICE_INIT init, BOOLEAN owner) {
    if (init) init->power_policy_owner = owner ? 1 : 0;
}

extern "C" void WdfDeviceInitSetRequestAttributes(PWDFDEVICE_INIT init,
                                                  PWDF_OBJECT_ATTRIBUTES attributes) {
    if (!init || !attributes || attributes->Size != sizeof(WDF_OBJECT_ATTRIBUTES)) {
        report_issue(calling_driver(__builtin_return_address(0)), IssueKind::device_misuse,
                     "WdfDeviceInitSetRequestAttributes: no init or attributes of the wrong size");
        return;
    }
    init->request_attributes = *attributes;
    init->request_attributes.ParentObject = nullptr;  // a request's parent is the framework's
    init->has_request_attributes = true;
}

}  // namespace wpptrace::framework
