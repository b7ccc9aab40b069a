// wdf_usb.cpp - KMDF USB targets on a host without USB: no target device can be created, so
// every call on a USB handle has one that cannot exist. Each fails as documented and is named
// in the host's report.
#include "entry_guard.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {

namespace {
constexpr const char* no_hub = "the host's bus is not a USB hub";
constexpr const char* no_handle = "no USB target, interface or pipe can exist on the host";
}  // namespace

extern "C" NTSTATUS WdfUsbTargetDeviceCreate(WDFDEVICE, PWDF_OBJECT_ATTRIBUTES, WDFUSBDEVICE* usb) {
    if (usb) *usb = nullptr;
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceCreate",
                              STATUS_NOT_SUPPORTED, no_hub);
}

extern "C" NTSTATUS WdfUsbTargetDeviceCreateWithParameters(WDFDEVICE, PWDF_USB_DEVICE_CREATE_CONFIG,
                                                           PWDF_OBJECT_ATTRIBUTES,
                                                           WDFUSBDEVICE* usb) {
    if (usb) *usb = nullptr;
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceCreateWithParameters",
                              STATUS_NOT_SUPPORTED, no_hub);
}

extern "C" NTSTATUS WdfUsbTargetDeviceSelectConfig(WDFUSBDEVICE, PWDF_OBJECT_ATTRIBUTES,
                                                   PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS) {
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceSelectConfig",
                              STATUS_INVALID_HANDLE, no_handle);
}

extern "C" NTSTATUS WdfUsbTargetDeviceRetrieveConfigDescriptor(WDFUSBDEVICE, PVOID, PUSHORT) {
    return report_unsupported(__builtin_return_address(0),
                              "WdfUsbTargetDeviceRetrieveConfigDescriptor", STATUS_INVALID_HANDLE,
                              no_handle);
}

extern "C" NTSTATUS WdfUsbTargetDeviceSendControlTransferSynchronously(
    WDFUSBDEVICE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS, PWDF_USB_CONTROL_SETUP_PACKET,
    PWDF_MEMORY_DESCRIPTOR, PULONG transferred) {
    if (transferred) *transferred = 0;
    return report_unsupported(__builtin_return_address(0),
                              "WdfUsbTargetDeviceSendControlTransferSynchronously",
                              STATUS_INVALID_HANDLE, no_handle);
}

extern "C" UCHAR WdfUsbTargetDeviceGetNumInterfaces(WDFUSBDEVICE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceGetNumInterfaces",
                       STATUS_INVALID_HANDLE, no_handle);
    return 0;
}

extern "C" WDFUSBINTERFACE WdfUsbTargetDeviceGetInterface(WDFUSBDEVICE, UCHAR) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetDeviceGetInterface",
                       STATUS_INVALID_HANDLE, no_handle);
    return nullptr;
}

extern "C" UCHAR WdfUsbInterfaceGetNumConfiguredPipes(WDFUSBINTERFACE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbInterfaceGetNumConfiguredPipes",
                       STATUS_INVALID_HANDLE, no_handle);
    return 0;
}

extern "C" WDFUSBPIPE WdfUsbInterfaceGetConfiguredPipe(WDFUSBINTERFACE, UCHAR,
                                                       PWDF_USB_PIPE_INFORMATION) {
    report_unsupported(__builtin_return_address(0), "WdfUsbInterfaceGetConfiguredPipe",
                       STATUS_INVALID_HANDLE, no_handle);
    return nullptr;
}

extern "C" WDFIOTARGET WdfUsbTargetPipeGetIoTarget(WDFUSBPIPE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetPipeGetIoTarget",
                       STATUS_INVALID_HANDLE, no_handle);
    return nullptr;
}

extern "C" void WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(WDFUSBPIPE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetPipeSetNoMaximumPacketSizeCheck",
                       STATUS_INVALID_HANDLE, no_handle);
}

extern "C" BOOLEAN WdfUsbTargetPipeIsInEndpoint(WDFUSBPIPE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetPipeIsInEndpoint",
                       STATUS_INVALID_HANDLE, no_handle);
    return FALSE;
}

extern "C" BOOLEAN WdfUsbTargetPipeIsOutEndpoint(WDFUSBPIPE) {
    report_unsupported(__builtin_return_address(0), "WdfUsbTargetPipeIsOutEndpoint",
                       STATUS_INVALID_HANDLE, no_handle);
    return FALSE;
}

extern "C" NTSTATUS WdfUsbTargetPipeFormatRequestForRead(WDFUSBPIPE, WDFREQUEST, WDFMEMORY,
                                                         PWDFMEMORY_OFFSET) {
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetPipeFormatRequestForRead",
                              STATUS_INVALID_HANDLE, no_handle);
}

extern "C" NTSTATUS WdfUsbTargetPipeFormatRequestForWrite(WDFUSBPIPE, WDFREQUEST, WDFMEMORY,
                                                          PWDFMEMORY_OFFSET) {
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetPipeFormatRequestForWrite",
                              STATUS_INVALID_HANDLE, no_handle);
}

extern "C" NTSTATUS WdfUsbTargetPipeResetSynchronously(WDFUSBPIPE, WDFREQUEST,
                                                       PWDF_REQUEST_SEND_OPTIONS) {
    return report_unsupported(__builtin_return_address(0), "WdfUsbTargetPipeResetSynchronously",
                              STATUS_INVALID_HANDLE, no_handle);
}

}  // namespace wpptrace::framework
