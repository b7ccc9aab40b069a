/*
 * wdfwmi.h - KMDF WMI providers and instances. A provider is a WMI data block (a GUID) of a
 * device; an instance is one instance of it, answered by the driver's callbacks. The framework
 * registers the device with WMI (IoWMIRegistrationControl) and turns IRP_MJ_SYSTEM_CONTROL into
 * the callbacks; IRPs for other device objects go down the stack.
 *
 *   WDF_WMI_PROVIDER_CONFIG providerConfig;
 *   WDF_WMI_INSTANCE_CONFIG instanceConfig;
 *   WDF_WMI_PROVIDER_CONFIG_INIT(&providerConfig, &MY_DATA_GUID);
 *   providerConfig.MinInstanceBufferSize = sizeof(MY_DATA);
 *   WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(&instanceConfig, &providerConfig);
 *   instanceConfig.Register = TRUE;
 *   instanceConfig.EvtWmiInstanceQueryInstance = MyEvtWmiQuery;
 *   status = WdfWmiInstanceCreate(device, &instanceConfig, WDF_NO_OBJECT_ATTRIBUTES,
 *                                 WDF_NO_HANDLE);
 */
#ifndef WPPTRACE_WDFWMI_H
#define WPPTRACE_WDFWMI_H

#include "km/wmi.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFWMIPROVIDER__* WDFWMIPROVIDER;
typedef struct WDFWMIINSTANCE__* WDFWMIINSTANCE;

typedef enum _WDF_WMI_PROVIDER_CONTROL {
    WdfWmiControlInvalid = 0,
    WdfWmiEventControl,
    WdfWmiInstanceControl
} WDF_WMI_PROVIDER_CONTROL;

typedef enum _WDF_WMI_PROVIDER_FLAGS {
    WdfWmiProviderEventOnly = 0x0001,
    WdfWmiProviderExpensive = 0x0002,
    WdfWmiProviderTracing = 0x0004,
    WdfWmiProviderValidFlags = 0x0007
} WDF_WMI_PROVIDER_FLAGS;

typedef NTSTATUS EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL(WDFWMIPROVIDER WmiProvider,
                                                       WDF_WMI_PROVIDER_CONTROL Control,
                                                       BOOLEAN Enable);
typedef EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL* PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL;

typedef struct _WDF_WMI_PROVIDER_CONFIG {
    ULONG Size;
    GUID Guid;
    ULONG Flags; /* WDF_WMI_PROVIDER_FLAGS */
    /* A query whose buffer is smaller fails with STATUS_BUFFER_TOO_SMALL before the callback. */
    ULONG MinInstanceBufferSize;
    PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL EvtWmiProviderFunctionControl;
} WDF_WMI_PROVIDER_CONFIG, *PWDF_WMI_PROVIDER_CONFIG;

static inline void WDF_WMI_PROVIDER_CONFIG_INIT(PWDF_WMI_PROVIDER_CONFIG Config, const GUID* Guid) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_WMI_PROVIDER_CONFIG);
    memcpy(&Config->Guid, Guid, sizeof(GUID));
}

typedef NTSTATUS EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE(WDFWMIINSTANCE WmiInstance,
                                                     ULONG OutBufferSize, PVOID OutBuffer,
                                                     PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE* PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_INSTANCE(WDFWMIINSTANCE WmiInstance, ULONG InBufferSize,
                                                   PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_INSTANCE* PFN_WDF_WMI_INSTANCE_SET_INSTANCE;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_ITEM(WDFWMIINSTANCE WmiInstance, ULONG DataItemId,
                                               ULONG InBufferSize, PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_ITEM* PFN_WDF_WMI_INSTANCE_SET_ITEM;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD(WDFWMIINSTANCE WmiInstance, ULONG MethodId,
                                                     ULONG InBufferSize, ULONG OutBufferSize,
                                                     PVOID Buffer, PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD* PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD;

typedef struct _WDF_WMI_INSTANCE_CONFIG {
    ULONG Size;
    WDFWMIPROVIDER Provider;                 /* an existing provider, or NULL and: */
    PWDF_WMI_PROVIDER_CONFIG ProviderConfig; /* the provider to create for this instance */
    /* The query answers the instance's context (of MinInstanceBufferSize bytes) itself. */
    BOOLEAN UseContextForQuery;
    BOOLEAN Register; /* register with WMI now (else WdfWmiInstanceRegister) */
    PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE EvtWmiInstanceQueryInstance;
    PFN_WDF_WMI_INSTANCE_SET_INSTANCE EvtWmiInstanceSetInstance;
    PFN_WDF_WMI_INSTANCE_SET_ITEM EvtWmiInstanceSetItem;
    PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD EvtWmiInstanceExecuteMethod;
} WDF_WMI_INSTANCE_CONFIG, *PWDF_WMI_INSTANCE_CONFIG;

static inline void WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER(PWDF_WMI_INSTANCE_CONFIG Config,
                                                         WDFWMIPROVIDER Provider) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
    Config->Provider = Provider;
}
static inline void WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(
    PWDF_WMI_INSTANCE_CONFIG Config, PWDF_WMI_PROVIDER_CONFIG ProviderConfig) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
    Config->ProviderConfig = ProviderConfig;
}

/* One provider per GUID and device: a second one fails with STATUS_OBJECT_NAME_COLLISION. */
NTSTATUS WdfWmiProviderCreate(WDFDEVICE Device, PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
                              PWDF_OBJECT_ATTRIBUTES ProviderAttributes,
                              WDFWMIPROVIDER* WmiProvider);
WDFDEVICE WdfWmiProviderGetDevice(WDFWMIPROVIDER WmiProvider);
BOOLEAN WdfWmiProviderIsEnabled(WDFWMIPROVIDER WmiProvider, WDF_WMI_PROVIDER_CONTROL Control);
/* Instances are indexed in the order they are created (WNODE InstanceIndex). */
NTSTATUS WdfWmiInstanceCreate(WDFDEVICE Device, PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
                              PWDF_OBJECT_ATTRIBUTES InstanceAttributes, WDFWMIINSTANCE* Instance);
NTSTATUS WdfWmiInstanceRegister(WDFWMIINSTANCE WmiInstance);
void WdfWmiInstanceDeregister(WDFWMIINSTANCE WmiInstance);
WDFDEVICE WdfWmiInstanceGetDevice(WDFWMIINSTANCE WmiInstance);
WDFWMIPROVIDER WdfWmiInstanceGetProvider(WDFWMIINSTANCE WmiInstance);
/* The MOF resource the device's WMI classes are described in (reported in IRP_MN_REGINFO). */
NTSTATUS WdfDeviceAssignMofResourceName(WDFDEVICE Device, PCUNICODE_STRING MofResourceName);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFWMI_H */
