// framework_state.hpp - the per-driver state shared by the WDM/WDF entry points and the host.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <wdf.h>

namespace wpptrace::framework {

struct FxDriver {
    PDRIVER_OBJECT wdm = nullptr;
    WDF_DRIVER_CONFIG config{};
    WDF_OBJECT_ATTRIBUTES attributes{};
};

struct DriverRecord {
    std::string name;
    std::wstring driver_name;    // \Driver\<name>
    std::wstring registry_path;  // \Registry\Machine\System\CurrentControlSet\Services\<name>
    std::map<std::string, ULONG> parameters;
    std::map<std::string, NTSTATUS> injections;
    std::unique_ptr<FxDriver> fx;  // set by WdfDriverCreate
};

// The record of a driver object the host created; nullptr for anything else.
DriverRecord* find_driver(PDRIVER_OBJECT driver_object);
void register_driver(PDRIVER_OBJECT driver_object, DriverRecord* record);
void unregister_driver(PDRIVER_OBJECT driver_object);

// The status a test asked a framework call of this driver to fail with, if any.
bool injected_failure(PDRIVER_OBJECT driver_object, const char* call, NTSTATUS& status);

}  // namespace wpptrace::framework
