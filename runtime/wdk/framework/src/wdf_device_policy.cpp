// wdf_device_policy.cpp - what a driver tells the framework about its device: PnP and power
// capabilities, idle and wake policy (recorded; the host has no idle detection and no wake
// source), the PnP device state, the device's registry key, and interface queries down the
// stack.
#include "entry_guard.hpp"
#include "fx_object.hpp"
#include "stack_queries.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {

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
        // Only the power policy owner (the function driver, by default) sets idle policy.
        if (!d->power_policy_owner || d->control) return STATUS_INVALID_DEVICE_REQUEST;
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
        if (!d->power_policy_owner || d->control) return STATUS_INVALID_DEVICE_REQUEST;
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

extern "C" void WdfDeviceSetFailed(WDFDEVICE device, WDF_DEVICE_FAILED_ACTION action) {
    FxDevice* d = device_of(device, "WdfDeviceSetFailed");
    if (!d) return;
    if (action != WdfDeviceFailedAttemptRestart && action != WdfDeviceFailedNoRestart) {
        report_issue(d->driver, IssueKind::device_misuse, "WdfDeviceSetFailed: unknown action");
        return;
    }
    d->reported_failed = true;
    d->device_state.Failed = WdfTrue;
}

extern "C" void WdfDeviceSetStaticStopRemove(WDFDEVICE device, BOOLEAN stoppable) {
    FxDevice* d = device_of(device, "WdfDeviceSetStaticStopRemove");
    if (!d) return;
    if (!stoppable) {
        ++d->static_stop_remove;
    } else if (d->static_stop_remove > 0) {
        --d->static_stop_remove;
    } else {
        report_issue(d->driver, IssueKind::device_misuse,
                     "WdfDeviceSetStaticStopRemove(TRUE) without a matching call with FALSE");
    }
}

extern "C" NTSTATUS WdfDeviceStopIdle(WDFDEVICE device, BOOLEAN wait_for_d0) {
    return guarded("WdfDeviceStopIdle", [&]() -> NTSTATUS {
        FxDevice* d = device_of(device, "WdfDeviceStopIdle");
        if (!d) return STATUS_INVALID_PARAMETER;
        if (!d->power_policy_owner) return STATUS_INVALID_DEVICE_REQUEST;
        ++d->idle_stops;
        // An idled device comes back to D0 now; one the host itself powered down (a power
        // cycle) comes back with the host's next D0 IRP.
        idle_wake(d);
        if (d->in_d0) return STATUS_SUCCESS;
        return wait_for_d0 ? STATUS_DEVICE_NOT_READY : STATUS_PENDING;
    });
}

extern "C" void WdfDeviceResumeIdle(WDFDEVICE device) {
    FxDevice* d = device_of(device, "WdfDeviceResumeIdle");
    if (!d) return;
    if (d->idle_stops <= 0) {
        report_issue(d->driver, IssueKind::device_misuse,
                     "WdfDeviceResumeIdle without a matching WdfDeviceStopIdle");
        return;
    }
    --d->idle_stops;
}

extern "C" WDFQUEUE WdfDeviceGetDefaultQueue(WDFDEVICE device) {
    FxDevice* d = device_of(device, "WdfDeviceGetDefaultQueue");
    if (!d) return nullptr;
    std::lock_guard lock(d->queues_mutex);
    return reinterpret_cast<WDFQUEUE>(d->default_queue);
}

extern "C" WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(PDEVICE_OBJECT device) {
    if (!device || !device->DeviceObjectExtension) return nullptr;
    return static_cast<WDFDEVICE>(device->DeviceObjectExtension->fx_device);
}

extern "C" NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY key, PCUNICODE_STRING name, PUSHORT length,
                                                  PUNICODE_STRING value) {
    return guarded("WdfRegistryQueryUnicodeString", [&]() -> NTSTATUS {
        if (!key || !name) return STATUS_INVALID_PARAMETER;
        (void)value;
        if (length) *length = 0;
        // The host's registry values are all REG_DWORD: a name that exists has the wrong type.
        ULONG number = 0;
        NTSTATUS status = WdfRegistryQueryULong(key, name, &number);
        return NT_SUCCESS(status) ? STATUS_OBJECT_TYPE_MISMATCH : status;
    });
}

bool stack_reported_failed(PDEVICE_OBJECT pdo) {
    if (!pdo) return false;
    for (PDEVICE_OBJECT d = pdo->AttachedDevice; d; d = d->AttachedDevice) {
        auto* fx = static_cast<FxDevice*>(d->DeviceObjectExtension->fx_device);
        if (fx && fx->reported_failed) return true;
    }
    return false;
}

}  // namespace wpptrace::framework
