// injectable_calls.cpp - the framework calls whose failure a configuration can inject
// ("inject" in host.json, --inject on the command line): each calls injected_failure() with
// its own name. A name not listed here would never fail, so the host refuses it.
#include <string_view>
#include <vector>

#include "wpptrace/host/host_config.hpp"

namespace wpptrace::host {

const std::vector<std::string_view>& injectable_calls() {
    static const std::vector<std::string_view> calls = {
        // KMDF object creation and the driver's own setup
        "WdfDriverCreate", "WdfDriverOpenParametersRegistryKey", "WdfDeviceCreate",
        "WdfDeviceCreateDeviceInterface", "WdfDeviceCreateSymbolicLink", "WdfIoQueueCreate",
        "WdfIoTargetCreate", "WdfIoTargetOpen", "WdfRequestCreate", "WdfMemoryCreate",
        "WdfTimerCreate", "WdfDpcCreate", "WdfWorkItemCreate", "WdfWmiProviderCreate",
        "WdfWmiInstanceCreate",
        // WDM
        "IoCreateDevice", "IoCreateSymbolicLink", "IoAllocateMdl", "IoAllocateWorkItem",
        "PsCreateSystemThread", "ExAllocateTimer",
        // pool and lookaside allocations (these return NULL)
        "ExAllocatePool2", "ExAllocatePoolWithTag", "ExAllocatePoolZero",
        "ExAllocatePoolUninitialized", "ExAllocatePoolQuotaZero",
        "ExAllocatePoolQuotaUninitialized", "ExAllocatePoolWithQuotaTag",
        "ExAllocateFromNPagedLookasideList", "ExAllocateFromPagedLookasideList",
        "ExAllocateFromLookasideListEx"};
    return calls;
}

void check_injectable(const std::string& call, const std::string& where) {
    for (std::string_view known : injectable_calls())
        if (call == known) return;
    throw ConfigError(
        where + ": " + wdk::unknown_name_message("call", call, injectable_calls()) +
        " (the calls that can fail on purpose are listed in runtime/wdk/host/README.md)");
}

}  // namespace wpptrace::host
