/*
 * wdmsec.h - IoCreateDeviceSecure and the SDDL strings for device objects.
 *
 * The host has no security descriptors: IoCreateDeviceSecure checks its arguments as documented
 * (an SDDL string is required) and creates the device with IoCreateDevice; the descriptor and
 * the class GUID (which on Windows may override it from the registry) change nothing here.
 */
#ifndef WPPTRACE_WDMSEC_H
#define WPPTRACE_WDMSEC_H

#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

static const UNICODE_STRING SDDL_DEVOBJ_KERNEL_ONLY = RTL_CONSTANT_STRING(L"D:P");
static const UNICODE_STRING SDDL_DEVOBJ_INF_SUPPLIED = RTL_CONSTANT_STRING(L"");
static const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL = RTL_CONSTANT_STRING(L"D:P(A;;GA;;;SY)");
static const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL =
    RTL_CONSTANT_STRING(L"D:P(A;;GA;;;SY)(A;;GA;;;BA)");
static const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RX =
    RTL_CONSTANT_STRING(L"D:P(A;;GA;;;SY)(A;;GRGX;;;BA)");
static const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R =
    RTL_CONSTANT_STRING(L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)");
static const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R =
    RTL_CONSTANT_STRING(L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)");
static const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX =
    RTL_CONSTANT_STRING(L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGWGX;;;WD)(A;;GRGWGX;;;RC)");
static const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL_WORLD_ALL_RES_ALL =
    RTL_CONSTANT_STRING(L"D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GA;;;WD)(A;;GA;;;RC)");

static inline NTSTATUS IoCreateDeviceSecure(PDRIVER_OBJECT DriverObject, ULONG DeviceExtensionSize,
                                            PUNICODE_STRING DeviceName, DEVICE_TYPE DeviceType,
                                            ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                                            PCUNICODE_STRING DefaultSDDLString,
                                            LPCGUID DeviceClassGuid, PDEVICE_OBJECT* DeviceObject) {
    (void)DeviceClassGuid;
    if (!DefaultSDDLString || !DefaultSDDLString->Buffer) return STATUS_INVALID_PARAMETER;
    return IoCreateDevice(DriverObject, DeviceExtensionSize, DeviceName, DeviceType,
                          DeviceCharacteristics, Exclusive, DeviceObject);
}

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDMSEC_H */
