/*
 * wdfdevice_policy.h - what a KMDF driver tells the framework about its device (wdfdevice.h in
 * the WDK): PnP and power capabilities, idle and wake policy, the device's PnP state, its
 * registry key, and interfaces of the drivers below.
 *
 * The host records capabilities and policies (WdfDeviceGetDeviceState reads the state back).
 * S0 idle works as KMDF's: once the power-managed queues have been empty (nothing queued,
 * nothing with the driver) for IdleTimeout ms, the framework sends a device power IRP for
 * DxState down the stack; a request for a power-managed queue, or WdfDeviceStopIdle, brings the
 * device back to D0 first. Wake (from S0 or Sx) needs a wake source the host lacks.
 */
#ifndef WPPTRACE_WDFDEVICE_POLICY_H
#define WPPTRACE_WDFDEVICE_POLICY_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _WDF_DEVICE_PNP_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE LockSupported;
    WDF_TRI_STATE EjectSupported;
    WDF_TRI_STATE Removable;
    WDF_TRI_STATE DockDevice;
    WDF_TRI_STATE UniqueID;
    WDF_TRI_STATE SilentInstall;
    WDF_TRI_STATE SurpriseRemovalOK;
    WDF_TRI_STATE HardwareDisabled;
    WDF_TRI_STATE NoDisplayInUI;
    ULONG Address;
    ULONG UINumber;
} WDF_DEVICE_PNP_CAPABILITIES, *PWDF_DEVICE_PNP_CAPABILITIES;

static inline void WDF_DEVICE_PNP_CAPABILITIES_INIT(PWDF_DEVICE_PNP_CAPABILITIES Caps) {
    memset(Caps, 0, sizeof *Caps);
    Caps->Size = sizeof(WDF_DEVICE_PNP_CAPABILITIES);
    Caps->LockSupported = Caps->EjectSupported = Caps->Removable = Caps->DockDevice = WdfUseDefault;
    Caps->UniqueID = Caps->SilentInstall = Caps->SurpriseRemovalOK = Caps->HardwareDisabled =
        WdfUseDefault;
    Caps->NoDisplayInUI = WdfUseDefault;
    Caps->Address = (ULONG)-1;
    Caps->UINumber = (ULONG)-1;
}

typedef struct _WDF_DEVICE_POWER_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE DeviceD1;
    WDF_TRI_STATE DeviceD2;
    WDF_TRI_STATE WakeFromD0;
    WDF_TRI_STATE WakeFromD1;
    WDF_TRI_STATE WakeFromD2;
    WDF_TRI_STATE WakeFromD3;
    DEVICE_POWER_STATE DeviceState[PowerSystemMaximum];
    DEVICE_POWER_STATE DeviceWake;
    SYSTEM_POWER_STATE SystemWake;
    ULONG D1Latency;
    ULONG D2Latency;
    ULONG D3Latency;
    DEVICE_POWER_STATE IdealDxStateForSx;
} WDF_DEVICE_POWER_CAPABILITIES, *PWDF_DEVICE_POWER_CAPABILITIES;

static inline void WDF_DEVICE_POWER_CAPABILITIES_INIT(PWDF_DEVICE_POWER_CAPABILITIES Caps) {
    ULONG i;
    memset(Caps, 0, sizeof *Caps);
    Caps->Size = sizeof(WDF_DEVICE_POWER_CAPABILITIES);
    Caps->DeviceD1 = Caps->DeviceD2 = WdfUseDefault;
    Caps->WakeFromD0 = Caps->WakeFromD1 = Caps->WakeFromD2 = Caps->WakeFromD3 = WdfUseDefault;
    for (i = 0; i < sizeof(Caps->DeviceState) / sizeof(Caps->DeviceState[0]); i++)
        Caps->DeviceState[i] = PowerDeviceMaximum;
    Caps->DeviceWake = PowerDeviceMaximum;
    Caps->SystemWake = PowerSystemMaximum;
    Caps->IdealDxStateForSx = PowerDeviceMaximum;
}

void WdfDeviceSetPnpCapabilities(WDFDEVICE Device, PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities);
void WdfDeviceSetPowerCapabilities(WDFDEVICE Device,
                                   PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities);

typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
    IdleCapsInvalid = 0,
    IdleCannotWakeFromS0,
    IdleCanWakeFromS0,
    IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;
typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
    IdleUserControlInvalid = 0,
    IdleDoNotAllowUserControl,
    IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;
typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE {
    DriverManagedIdleTimeout = 0,
    SystemManagedIdleTimeout,
    SystemManagedIdleTimeoutWithHint
} WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE;
#define IdleTimeoutDefaultValue ((ULONG)0)

typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
    ULONG Size;
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
    DEVICE_POWER_STATE DxState;
    ULONG IdleTimeout; /* ms; IdleTimeoutDefaultValue: 5 s */
    WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
    WDF_TRI_STATE Enabled;
    WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
    WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
    WDF_TRI_STATE ExcludeD3Cold;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;

static inline void WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(
    PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings,
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps) {
    memset(Settings, 0, sizeof *Settings);
    Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);
    Settings->IdleTimeout = IdleTimeoutDefaultValue;
    Settings->UserControlOfIdleSettings = IdleAllowUserControl;
    Settings->Enabled = WdfUseDefault;
    Settings->PowerUpIdleDeviceOnSystemWake = WdfUseDefault;
    Settings->IdleCaps = IdleCaps;
    Settings->IdleTimeoutType = DriverManagedIdleTimeout;
    Settings->ExcludeD3Cold = WdfUseDefault;
    Settings->DxState = IdleCaps == IdleCanWakeFromS0 || IdleCaps == IdleUsbSelectiveSuspend
                            ? PowerDeviceMaximum
                            : PowerDeviceD3;
}

/* STATUS_INVALID_PARAMETER for a bad size or DxState; STATUS_INVALID_DEVICE_REQUEST if the
   driver is not the device's power policy owner (a filter). */
NTSTATUS WdfDeviceAssignS0IdleSettings(WDFDEVICE Device,
                                       PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);

typedef enum _WDF_POWER_POLICY_SX_WAKE_USER_CONTROL {
    WakeUserControlInvalid = 0,
    WakeDoNotAllowUserControl,
    WakeAllowUserControl
} WDF_POWER_POLICY_SX_WAKE_USER_CONTROL;

typedef struct _WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS {
    ULONG Size;
    DEVICE_POWER_STATE DxState;
    WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
    WDF_TRI_STATE Enabled;
    BOOLEAN ArmForWakeIfChildrenAreArmedForWake;
    BOOLEAN IndicateChildWakeOnParentWake;
} WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS;

static inline void WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(
    PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings) {
    memset(Settings, 0, sizeof *Settings);
    Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);
    Settings->Enabled = WdfUseDefault;
    Settings->DxState = PowerDeviceMaximum;
    Settings->UserControlOfWakeSettings = WakeAllowUserControl;
}

/* The host's bus cannot wake the system: STATUS_POWER_STATE_INVALID, as for a device whose
   capabilities report no system wake state. */
#ifndef STATUS_POWER_STATE_INVALID
#define STATUS_POWER_STATE_INVALID ((NTSTATUS)0xC00002D3L)
#endif
NTSTATUS WdfDeviceAssignSxWakeSettings(WDFDEVICE Device,
                                       PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);

typedef struct _WDF_DEVICE_STATE {
    ULONG Size;
    WDF_TRI_STATE Disabled;
    WDF_TRI_STATE DontDisplayInUI;
    WDF_TRI_STATE Failed;
    WDF_TRI_STATE NotDisableable;
    WDF_TRI_STATE Removed;
    WDF_TRI_STATE ResourcesChanged;
} WDF_DEVICE_STATE, *PWDF_DEVICE_STATE;

static inline void WDF_DEVICE_STATE_INIT(PWDF_DEVICE_STATE PnpDeviceState) {
    memset(PnpDeviceState, 0, sizeof *PnpDeviceState);
    PnpDeviceState->Size = sizeof(WDF_DEVICE_STATE);
    PnpDeviceState->Disabled = PnpDeviceState->DontDisplayInUI = PnpDeviceState->Failed =
        WdfUseDefault;
    PnpDeviceState->NotDisableable = PnpDeviceState->Removed = PnpDeviceState->ResourcesChanged =
        WdfUseDefault;
}

/* Merges the fields that are not WdfUseDefault into the device's state (kept and read back;
   the host's PnP manager does not query it). */
void WdfDeviceSetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);
void WdfDeviceGetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);

typedef enum _WDF_DEVICE_FAILED_ACTION {
    WdfDeviceFailedUndefined = 0,
    WdfDeviceFailedAttemptRestart,
    WdfDeviceFailedNoRestart
} WDF_DEVICE_FAILED_ACTION;
/* Records the failure (the device state's Failed becomes WdfTrue); the host's report lists the
   device as failed by its driver. */
void WdfDeviceSetFailed(WDFDEVICE Device, WDF_DEVICE_FAILED_ACTION FailedAction);
/* FALSE (counted): IRP_MN_QUERY_REMOVE_DEVICE fails with STATUS_DEVICE_BUSY until as many calls
   with TRUE. */
void WdfDeviceSetStaticStopRemove(WDFDEVICE Device, BOOLEAN Stoppable);
/* Keeps the device in D0 until WdfDeviceResumeIdle; an idled device is powered up first
   (STATUS_SUCCESS). A device the host itself powered down (a power cycle) stays down until the
   host's D0: STATUS_PENDING (WaitForD0 FALSE) or STATUS_DEVICE_NOT_READY. */
NTSTATUS WdfDeviceStopIdle(WDFDEVICE Device, BOOLEAN WaitForD0);
void WdfDeviceResumeIdle(WDFDEVICE Device);
WDFQUEUE WdfDeviceGetDefaultQueue(WDFDEVICE Device);
/* The WDFDEVICE of a device object a KMDF driver created (NULL for others). */
WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(PDEVICE_OBJECT DeviceObject);
/* Or-ed into (OrInValues) or replacing the characteristics IoCreateDevice gets. */
void WdfDeviceInitSetCharacteristics(PWDFDEVICE_INIT DeviceInit, ULONG DeviceCharacteristics,
                                     BOOLEAN OrInValues);
/* The device's security descriptor (kept: the host has no users to check against). */
NTSTATUS WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING SDDLString);
/* Whether this driver owns the device's power policy (idle and wake settings); by default the
   function driver does and filters do not. */
void WdfDeviceInitSetPowerPolicyOwnership(PWDFDEVICE_INIT DeviceInit, BOOLEAN IsPowerPolicyOwner);
/* Every request of the device gets this context (and cleanup/destroy callbacks). */
void WdfDeviceInitSetRequestAttributes(PWDFDEVICE_INIT DeviceInit,
                                       PWDF_OBJECT_ATTRIBUTES RequestAttributes);
/* (wdfregistry.h) The host's values are ULONGs: STATUS_OBJECT_TYPE_MISMATCH for a value that
   exists, STATUS_OBJECT_NAME_NOT_FOUND otherwise. */
NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                       PUSHORT ValueByteLength, PUNICODE_STRING Value);
#ifndef STATUS_OBJECT_TYPE_MISMATCH
#define STATUS_OBJECT_TYPE_MISMATCH ((NTSTATUS)0xC0000024L)
#endif

#define PLUGPLAY_REGKEY_DEVICE 1
#define PLUGPLAY_REGKEY_DRIVER 2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4
#define WDF_REGKEY_DEVICE_SUBKEY 0x8
#define WDF_REGKEY_DRIVER_SUBKEY 0x10
/* The host keeps one set of values per driver (its "parameters"): both the device and the
   driver key read them. */
NTSTATUS WdfDeviceOpenRegistryKey(WDFDEVICE Device, ULONG DeviceInstanceKeyType,
                                  ACCESS_MASK DesiredAccess, PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                                  WDFKEY* Key);

/* Sends IRP_MN_QUERY_INTERFACE down the stack and returns its status: STATUS_NOT_SUPPORTED
   unless a driver below fills in the interface. */
NTSTATUS WdfFdoQueryForInterface(WDFDEVICE Fdo, const GUID* InterfaceType, PINTERFACE Interface,
                                 USHORT Size, USHORT Version, PVOID InterfaceSpecificData);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFDEVICE_POLICY_H */
