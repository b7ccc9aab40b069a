// wdf_hardware.cpp - the calls that need hardware the host's root bus does not provide: no
// resources, no interrupt to connect, no USB device. Each fails as documented and is named in
// the host's report.
#include "entry_guard.hpp"
#include "fx_object.hpp"

using namespace wpptrace::framework;

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

extern "C" NTSTATUS WdfUsbTargetDeviceCreate(WDFDEVICE, PWDF_OBJECT_ATTRIBUTES, WDFUSBDEVICE* usb) {
    if (usb) *usb = nullptr;
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceCreate",
                              STATUS_NOT_SUPPORTED, "the host's bus is not a USB hub");
}

extern "C" NTSTATUS WdfUsbTargetDeviceCreateWithParameters(WDFDEVICE, PWDF_USB_DEVICE_CREATE_CONFIG,
                                                           PWDF_OBJECT_ATTRIBUTES,
                                                           WDFUSBDEVICE* usb) {
    if (usb) *usb = nullptr;
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceCreateWithParameters",
                              STATUS_NOT_SUPPORTED, "the host's bus is not a USB hub");
}

extern "C" UCHAR WdfUsbTargetDeviceGetNumInterfaces(WDFUSBDEVICE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceGetNumInterfaces",
                       STATUS_INVALID_HANDLE, "no USB target device can exist on the host");
    return 0;
}

extern "C" WDFUSBINTERFACE WdfUsbTargetDeviceGetInterface(WDFUSBDEVICE, UCHAR) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceGetInterface",
                       STATUS_INVALID_HANDLE, "no USB target device can exist on the host");
    return nullptr;
}

extern "C" UCHAR WdfUsbInterfaceGetNumConfiguredPipes(WDFUSBINTERFACE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbInterfaceGetNumConfiguredPipes",
                       STATUS_INVALID_HANDLE, "no USB interface can exist on the host");
    return 0;
}
