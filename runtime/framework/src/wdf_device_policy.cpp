// wdf_device_policy.cpp - what a driver tells the framework about its device: PnP and power
// capabilities, idle and wake policy (recorded; the host has no idle detection and no wake
// source), the PnP device state, the device's registry key, and interface queries down the
// stack.
#include "entry_guard.hpp"
#include "fx_object.hpp"

using namespace wpptrace::framework;

namespace {

FxDevice* device_of(WDFDEVICE device, const char* entry) {
    return fx_cast<FxDevice>(device, FxType::device, entry);
}

// The IRP comes back to us (the framework allocated it): signal and keep it.
NTSTATUS query_done(PDEVICE_OBJECT, PIRP, PVOID event) {
    KeSetEvent(static_cast<PKEVENT>(event), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

void merge(WDF_TRI_STATE& into, WDF_TRI_STATE from) {
    if (from != WdfUseDefault) into = from;
}

}  // namespace

extern "C" void WdfDeviceSetPnpCapabilities(WDFDEVICE device, PWDF_DEVICE_PNP_CAPABILITIES caps) {
    FxDevice* d = device_of(device, "WdfDeviceSetPnpCapabilities");
    if (!d) return;
    if (!caps || caps->Size != sizeof(WDF_DEVICE_PNP_CAPABILITIES)) {
        report_issue(d->driver, IssueKind::device_misuse,
                     "WdfDeviceSetPnpCapabilities: a structure of the wrong size");
        return;
    }
    d->pnp_caps = *caps;
}

extern "C" void WdfDeviceSetPowerCapabilities(WDFDEVICE device,
                                              PWDF_DEVICE_POWER_CAPABILITIES caps) {
    FxDevice* d = device_of(device, "WdfDeviceSetPowerCapabilities");
    if (!d) return;
    if (!caps || caps->Size != sizeof(WDF_DEVICE_POWER_CAPABILITIES)) {
        report_issue(d->driver, IssueKind::device_misuse,
                     "WdfDeviceSetPowerCapabilities: a structure of the wrong size");
        return;
    }
    d->power_caps = *caps;
}

extern "C" NTSTATUS WdfDeviceAssignS0IdleSettings(WDFDEVICE device,
                                                  PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS settings) {
    return guarded("WdfDeviceAssignS0IdleSettings", [&]() -> NTSTATUS {
        FxDevice* d = device_of(device, "WdfDeviceAssignS0IdleSettings");
        if (!d || !settings || settings->Size != sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS))
            return STATUS_INVALID_PARAMETER;
        if (settings->IdleCaps == IdleCapsInvalid ||
            (settings->DxState != PowerDeviceMaximum &&
             (settings->DxState < PowerDeviceD1 || settings->DxState > PowerDeviceD3)))
            return STATUS_INVALID_PARAMETER;
        // Only the power policy owner (the function driver) sets idle policy.
        if (d->filter || d->control) return STATUS_INVALID_DEVICE_REQUEST;
        // Wake from S0 needs a wake source the host's bus does not have.
        if (settings->IdleCaps != IdleCannotWakeFromS0) return STATUS_POWER_STATE_INVALID;
        d->idle_settings = *settings;
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfDeviceAssignSxWakeSettings(WDFDEVICE device,
                                                  PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS settings) {
    return guarded("WdfDeviceAssignSxWakeSettings", [&]() -> NTSTATUS {
        FxDevice* d = device_of(device, "WdfDeviceAssignSxWakeSettings");
        if (!d || !settings || settings->Size != sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS))
            return STATUS_INVALID_PARAMETER;
        if (d->filter || d->control) return STATUS_INVALID_DEVICE_REQUEST;
        d->wake_settings = *settings;
        // The root bus reports no system wake state for its devices.
        return STATUS_POWER_STATE_INVALID;
    });
}

extern "C" void WdfDeviceSetDeviceState(WDFDEVICE device, PWDF_DEVICE_STATE state) {
    FxDevice* d = device_of(device, "WdfDeviceSetDeviceState");
    if (!d) return;
    if (!state || state->Size != sizeof(WDF_DEVICE_STATE)) {
        report_issue(d->driver, IssueKind::device_misuse,
                     "WdfDeviceSetDeviceState: a structure of the wrong size");
        return;
    }
    merge(d->device_state.Disabled, state->Disabled);
    merge(d->device_state.DontDisplayInUI, state->DontDisplayInUI);
    merge(d->device_state.Failed, state->Failed);
    merge(d->device_state.NotDisableable, state->NotDisableable);
    merge(d->device_state.Removed, state->Removed);
    merge(d->device_state.ResourcesChanged, state->ResourcesChanged);
}

extern "C" void WdfDeviceGetDeviceState(WDFDEVICE device, PWDF_DEVICE_STATE state) {
    FxDevice* d = device_of(device, "WdfDeviceGetDeviceState");
    if (!d || !state) return;
    if (state->Size != sizeof(WDF_DEVICE_STATE)) {
        report_issue(d->driver, IssueKind::device_misuse,
                     "WdfDeviceGetDeviceState: a structure of the wrong size");
        return;
    }
    *state = d->device_state;
}

extern "C" NTSTATUS WdfDeviceOpenRegistryKey(WDFDEVICE device, ULONG key_type, ACCESS_MASK access,
                                             PWDF_OBJECT_ATTRIBUTES attributes, WDFKEY* key) {
    return guarded("WdfDeviceOpenRegistryKey", [&]() -> NTSTATUS {
        FxDevice* d = device_of(device, "WdfDeviceOpenRegistryKey");
        if (!d || !key) return STATUS_INVALID_PARAMETER;
        ULONG kind = key_type & (PLUGPLAY_REGKEY_DEVICE | PLUGPLAY_REGKEY_DRIVER);
        if (kind != PLUGPLAY_REGKEY_DEVICE && kind != PLUGPLAY_REGKEY_DRIVER)
            return STATUS_INVALID_PARAMETER;
        if (d->control) return STATUS_INVALID_DEVICE_REQUEST;  // no device node
        // The host's registry has one set of values per driver: its Parameters.
        return WdfDriverOpenParametersRegistryKey(reinterpret_cast<WDFDRIVER>(d->fx_driver), access,
                                                  attributes, key);
    });
}

extern "C" NTSTATUS WdfFdoQueryForInterface(WDFDEVICE device, const GUID* type,
                                            PINTERFACE interface, USHORT size, USHORT version,
                                            PVOID specific) {
    return guarded("WdfFdoQueryForInterface", [&]() -> NTSTATUS {
        FxDevice* d = device_of(device, "WdfFdoQueryForInterface");
        if (!d || !type || !interface || size < sizeof(INTERFACE)) return STATUS_INVALID_PARAMETER;
        if (!d->lower) return STATUS_INVALID_DEVICE_REQUEST;
        PIRP irp = IoAllocateIrp(d->lower->StackSize, FALSE);
        if (!irp) return STATUS_INSUFFICIENT_RESOURCES;
        irp->IoStatus.Status = STATUS_NOT_SUPPORTED;  // what a stack that knows nothing says
        PIO_STACK_LOCATION s = IoGetNextIrpStackLocation(irp);
        s->MajorFunction = IRP_MJ_PNP;
        s->MinorFunction = IRP_MN_QUERY_INTERFACE;
        s->Parameters.Others.Argument1 = const_cast<GUID*>(type);
        s->Parameters.Others.Argument2 = reinterpret_cast<PVOID>(
            static_cast<ULONG_PTR>(size) | static_cast<ULONG_PTR>(version) << 16);
        s->Parameters.Others.Argument3 = interface;
        s->Parameters.Others.Argument4 = specific;
        KEVENT event;
        KeInitializeEvent(&event, NotificationEvent, FALSE);
        IoSetCompletionRoutine(irp, query_done, &event, TRUE, TRUE, TRUE);
        IoCallDriver(d->lower, irp);
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
        NTSTATUS status = irp->IoStatus.Status;
        IoFreeIrp(irp);
        return status;
    });
}
