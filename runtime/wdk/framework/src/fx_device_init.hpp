// fx_device_init.hpp - WDFDEVICE_INIT: what a driver configures before WdfDeviceCreate, for a
// PnP device (the framework's AddDevice), a control device (WdfControlDeviceInitAllocate) or a
// child PDO (WdfPdoInitAllocate).
#pragma once

#include <string>
#include <vector>

#include "fx_object.hpp"

struct WDFDEVICE_INIT {
    wpptrace::framework::FxDriver* driver = nullptr;
    PDEVICE_OBJECT pdo = nullptr;
    WDF_PNPPOWER_EVENT_CALLBACKS pnp{};
    WDF_DEVICE_IO_TYPE io_type = WdfDeviceIoBuffered;
    std::wstring name;
    DEVICE_TYPE device_type = FILE_DEVICE_UNKNOWN;
    bool exclusive = false;
    bool filter = false;
    wpptrace::framework::FxDevice* created = nullptr;
    ULONG characteristics = 0;    // WdfDeviceInitSetCharacteristics
    int power_policy_owner = -1;  // WdfDeviceInitSetPowerPolicyOwnership (-1: the default)
    WDF_OBJECT_ATTRIBUTES request_attributes{};  // WdfDeviceInitSetRequestAttributes
    bool has_request_attributes = false;
    // File objects (wdffileobject.h).
    WDF_FILEOBJECT_CONFIG file_config{};
    WDF_OBJECT_ATTRIBUTES file_attributes{};
    bool has_file_attributes = false;
    // Control devices (wdfcontrol.h): allocated by the driver, freed by WdfDeviceCreate or
    // WdfDeviceInitFree.
    bool control = false;
    bool allocated = false;  // by WdfControlDeviceInitAllocate / WdfPdoInitAllocate
    std::wstring sddl;
    PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION shutdown_notification = nullptr;
    UCHAR shutdown_flags = 0;
    // Child PDOs (wdfpdo.h).
    bool pdo_init = false;
    wpptrace::framework::FxDevice* parent = nullptr;
    std::wstring device_id, instance_id;
    std::vector<std::wstring> hardware_ids, compatible_ids;
    std::vector<std::pair<LCID, std::wstring>> texts;  // locale, description
    LCID default_locale = 0x409;
    // The FDO's default child list (wdfchildlist.h).
    WDF_CHILD_LIST_CONFIG child_list_config{};
    WDF_OBJECT_ATTRIBUTES child_list_attributes{};
    bool has_child_list = false, has_child_list_attributes = false;
};
