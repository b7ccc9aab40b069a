// wdf_hardware.cpp - the calls that need hardware the host's root bus does not provide: no
// resources, no interrupt to connect, no USB device. Each fails as documented and is named in
// the host's report.
#include "entry_guard.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {

extern "C" PCM_PARTIAL_RESOURCE_DESCRIPTOR WdfCmResourceListGetDescriptor(WDFCMRESLIST list,
                                                                          ULONG) {
    // Every index is beyond the (empty) list.
    fx_cast<FxResources>(list, FxType::resources, "WdfCmResourceListGetDescriptor");
    return nullptr;
}

extern "C" NTSTATUS WdfInterruptCreate(WDFDEVICE, PWDF_INTERRUPT_CONFIG, PWDF_OBJECT_ATTRIBUTES,
                                       WDFINTERRUPT* interrupt) {
    if (interrupt) *interrupt = nullptr;
    return report_unsupported(__builtin_return_address(0), "WdfInterruptCreate",
                              STATUS_NOT_SUPPORTED,
                              "the host's bus assigns no interrupt resource to connect");
}

extern "C" WDFDEVICE WdfInterruptGetDevice(WDFINTERRUPT) {
    report_unsupported(__builtin_return_address(0), "WdfInterruptGetDevice", STATUS_INVALID_HANDLE,
                       "no interrupt object can exist on the host");
    return nullptr;
}

}  // namespace wpptrace::framework
