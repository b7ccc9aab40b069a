// wdm_device.hpp - the framework's bookkeeping per DEVICE_OBJECT (what DEVOBJ_EXTENSION is to
// Windows: what the device is attached to, its name, its power state) and helpers the host and
// the KMDF layer share.
#pragma once

#include <string>

#include "framework_state.hpp"

struct _DEVOBJ_EXTENSION {
    PDEVICE_OBJECT DeviceObject = nullptr;
    PDEVICE_OBJECT AttachedTo = nullptr;  // the device this one sits on
    std::wstring name;                    // \Device\..., empty if unnamed
    bool is_pdo = false;                  // created by the host's bus driver
    std::wstring instance_id;             // PDOs: ROOT#<name>#0000
    DEVICE_POWER_STATE power = PowerDeviceD0;
    void* fx_device = nullptr;  // the KMDF device object, for the framework's dispatch
};

namespace wpptrace::framework {

// The top of the stack `device` is in.
PDEVICE_OBJECT attached_device(PDEVICE_OBJECT device);
// "Serial \Device\Serial0" or "Serial (unnamed FDO)": how reports name a device.
std::string describe_device(PDEVICE_OBJECT device);
// Frees the device objects a driver deleted (kept until unload, so that late references from
// IRPs still in flight stay valid).
void release_deleted_devices(DriverRecord* record);
// Marks a device as a PDO of the host's bus, with its device instance id.
void mark_pdo(PDEVICE_OBJECT pdo, const std::wstring& instance_id);

}  // namespace wpptrace::framework
