/*
 * wdf.h - the KMDF side of the emulated driver framework (first part: the driver object).
 *
 * WdfDriverCreate ties a framework driver object to the WDM one; its EvtCleanupCallback runs
 * when the host unloads the driver (where drivers call WPP_CLEANUP), its EvtDestroyCallback
 * after that. A driver whose DriverEntry fails is not unloaded through these: it cleans up
 * itself, as the Serial sample does.
 */
#ifndef WPPTRACE_WDF_H
#define WPPTRACE_WDF_H

#include <string.h>

#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFOBJECT__* WDFOBJECT;
typedef struct WDFDRIVER__* WDFDRIVER;
typedef struct WDFKEY__* WDFKEY;
typedef struct WDFDEVICE_INIT* PWDFDEVICE_INIT;

typedef void EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP* PFN_WDF_OBJECT_CONTEXT_CLEANUP;
typedef void EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY* PFN_WDF_OBJECT_CONTEXT_DESTROY;
typedef NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit);
typedef EVT_WDF_DRIVER_DEVICE_ADD* PFN_WDF_DRIVER_DEVICE_ADD;
typedef void EVT_WDF_DRIVER_UNLOAD(WDFDRIVER Driver);
typedef EVT_WDF_DRIVER_UNLOAD* PFN_WDF_DRIVER_UNLOAD;

typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
    PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
    int ExecutionLevel;
    int SynchronizationScope;
    WDFOBJECT ParentObject;
    size_t ContextSizeOverride;
    const void* ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

typedef struct _WDF_DRIVER_CONFIG {
    ULONG Size;
    PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
    PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
    ULONG DriverInitFlags;
    ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;

#define WDF_NO_OBJECT_ATTRIBUTES ((PWDF_OBJECT_ATTRIBUTES)0)
#define WDF_NO_HANDLE ((void*)0)

static inline void WDF_OBJECT_ATTRIBUTES_INIT(PWDF_OBJECT_ATTRIBUTES Attributes) {
    memset(Attributes, 0, sizeof *Attributes);
    Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
}

static inline void WDF_DRIVER_CONFIG_INIT(PWDF_DRIVER_CONFIG Config,
                                          PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_DRIVER_CONFIG);
    Config->EvtDriverDeviceAdd = EvtDriverDeviceAdd;
}

NTSTATUS WdfDriverCreate(PDRIVER_OBJECT DriverObject, PCUNICODE_STRING RegistryPath,
                         PWDF_OBJECT_ATTRIBUTES DriverAttributes, PWDF_DRIVER_CONFIG DriverConfig,
                         WDFDRIVER* Driver);
PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER Driver);

/* The driver's Parameters key (the host's --param NAME=VALUE). */
#define KEY_READ 0x20019
NTSTATUS WdfDriverOpenParametersRegistryKey(WDFDRIVER Driver, ULONG DesiredAccess,
                                            PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY* Key);
NTSTATUS WdfRegistryQueryULong(WDFKEY Key, PCUNICODE_STRING ValueName, PULONG Value);
void WdfRegistryClose(WDFKEY Key);

#define DECLARE_CONST_UNICODE_STRING(Name, Text) \
    const UNICODE_STRING Name = {sizeof(Text) - sizeof(WCHAR), sizeof(Text), (PWCH)(Text)}

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDF_H */
