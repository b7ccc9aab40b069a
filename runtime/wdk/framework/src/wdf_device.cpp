// wdf_device.cpp - KMDF devices: EvtDriverDeviceAdd through the framework's AddDevice,
// WdfDeviceCreate, and the framework's dispatch routine, which turns PnP and power IRPs into
// the PnP/power callbacks and I/O IRPs into requests on the device's queues.
#include <cstring>

#include "entry_guard.hpp"
#include "fx_device_init.hpp"
#include "fx_object.hpp"
#include "object_namespace.hpp"
#include "wdm_device.hpp"
#include "wdm_irp.hpp"

namespace wpptrace::framework {

namespace {

FxDevice* fx_device_of(WDFDEVICE device, const char* entry) {
    return fx_cast<FxDevice>(device, FxType::device, entry);
}

WDFDEVICE handle_of(FxDevice* device) {
    return reinterpret_cast<WDFDEVICE>(device);
}

std::vector<FxQueue*> queues_of(FxDevice* device) {
    std::lock_guard lock(device->queues_mutex);
    return device->queues;
}

void set_interfaces_state(FxDevice* device, bool enable) {
    for (auto& link : device->interfaces) IoSetDeviceInterfaceState(&link, enable);
}

// D0 entry as KMDF sequences it: D0Entry, D0EntryPostInterruptsEnabled, queues started,
// then self-managed I/O (init the first time, restart afterwards).
NTSTATUS power_up(FxDevice* d, WDF_POWER_DEVICE_STATE previous) {
    WDFDEVICE h = handle_of(d);
    NTSTATUS status = STATUS_SUCCESS;
    if (d->pnp.EvtDeviceD0Entry)
        status = call_driver(d->driver, "EvtDeviceD0Entry", d->pnp.EvtDeviceD0Entry, h, previous);
    if (!NT_SUCCESS(status)) return status;
    d->in_d0 = true;
    POWER_STATE state{};
    state.DeviceState = PowerDeviceD0;
    PoSetPowerState(d->self, DevicePowerState, state);
    if (d->pnp.EvtDeviceD0EntryPostInterruptsEnabled)
        status = call_driver(d->driver, "EvtDeviceD0EntryPostInterruptsEnabled",
                             d->pnp.EvtDeviceD0EntryPostInterruptsEnabled, h, previous);
    if (!NT_SUCCESS(status)) return status;
    for (FxQueue* q : queues_of(d)) {
        queue_start(q);
        if (q->power_managed) queue_power_up(q);
    }
    if (!d->self_managed_io_started) {
        d->self_managed_io_started = true;
        if (d->pnp.EvtDeviceSelfManagedIoInit)
            status = call_driver(d->driver, "EvtDeviceSelfManagedIoInit",
                                 d->pnp.EvtDeviceSelfManagedIoInit, h);
    } else if (d->pnp.EvtDeviceSelfManagedIoRestart) {
        status = call_driver(d->driver, "EvtDeviceSelfManagedIoRestart",
                             d->pnp.EvtDeviceSelfManagedIoRestart, h);
    }
    return status;
}

void power_down(FxDevice* d, WDF_POWER_DEVICE_STATE target) {
    if (!d->in_d0) return;
    WDFDEVICE h = handle_of(d);
    if (d->self_managed_io_started && d->pnp.EvtDeviceSelfManagedIoSuspend)
        call_driver(d->driver, "EvtDeviceSelfManagedIoSuspend",
                    d->pnp.EvtDeviceSelfManagedIoSuspend, h);
    for (FxQueue* q : queues_of(d))
        if (q->power_managed) {
            queue_stop(q);
            queue_power_down(q, target == WdfPowerDeviceD3Final);
        }
    if (d->pnp.EvtDeviceD0ExitPreInterruptsDisabled)
        call_driver(d->driver, "EvtDeviceD0ExitPreInterruptsDisabled",
                    d->pnp.EvtDeviceD0ExitPreInterruptsDisabled, h, target);
    if (d->pnp.EvtDeviceD0Exit)
        call_driver(d->driver, "EvtDeviceD0Exit", d->pnp.EvtDeviceD0Exit, h, target);
    d->in_d0 = false;
    POWER_STATE state{};
    state.DeviceState = PowerDeviceD3;
    PoSetPowerState(d->self, DevicePowerState, state);
}

NTSTATUS start_device(FxDevice* d) {
    WDFDEVICE h = handle_of(d);
    NTSTATUS status = STATUS_SUCCESS;
    if (d->pnp.EvtDevicePrepareHardware)
        status = call_driver(d->driver, "EvtDevicePrepareHardware", d->pnp.EvtDevicePrepareHardware,
                             h, reinterpret_cast<WDFCMRESLIST>(d->raw),
                             reinterpret_cast<WDFCMRESLIST>(d->translated));
    if (!NT_SUCCESS(status)) return status;
    d->prepared = true;
    status = power_up(d, WdfPowerDeviceD3Final);
    if (!NT_SUCCESS(status)) {
        power_down(d, WdfPowerDeviceD3Final);
        if (d->pnp.EvtDeviceReleaseHardware)
            call_driver(d->driver, "EvtDeviceReleaseHardware", d->pnp.EvtDeviceReleaseHardware, h,
                        reinterpret_cast<WDFCMRESLIST>(d->translated));
        d->prepared = false;
        return status;
    }
    set_interfaces_state(d, true);
    child_lists_start(d);
    idle_start(d);
    return STATUS_SUCCESS;
}

// After the queues' purge at removal: flush self-managed I/O and release the hardware.
void release_device(FxDevice* d) {
    WDFDEVICE h = handle_of(d);
    if (d->self_managed_io_started && d->pnp.EvtDeviceSelfManagedIoFlush)
        call_driver(d->driver, "EvtDeviceSelfManagedIoFlush", d->pnp.EvtDeviceSelfManagedIoFlush,
                    h);
    if (d->prepared && d->pnp.EvtDeviceReleaseHardware)
        call_driver(d->driver, "EvtDeviceReleaseHardware", d->pnp.EvtDeviceReleaseHardware, h,
                    reinterpret_cast<WDFCMRESLIST>(d->translated));
    d->prepared = false;
}

// Surprise removal as KMDF sequences it: EvtDeviceSurpriseRemoval, the power-down (EvtIoStop
// with the purge action), the purge of the power-managed queues, flush and release; the rest
// (self-managed I/O cleanup, the objects) at IRP_MN_REMOVE_DEVICE.
NTSTATUS surprise_remove_device(FxDevice* d, PIRP irp) {
    if (!d->surprise_removed) {
        d->surprise_removed = true;
        idle_stop(d);
        set_interfaces_state(d, false);
        if (d->pnp.EvtDeviceSurpriseRemoval)
            call_driver(d->driver, "EvtDeviceSurpriseRemoval", d->pnp.EvtDeviceSurpriseRemoval,
                        handle_of(d));
        power_down(d, WdfPowerDeviceD3Final);
        for (FxQueue* q : queues_of(d))
            if (q->power_managed) queue_purge(q);
        release_device(d);
    }
    irp->IoStatus.Status = STATUS_SUCCESS;
    IoSkipCurrentIrpStackLocation(irp);
    return IoCallDriver(d->lower, irp);
}

// Removal as KMDF sequences it: power down to D3Final, purge the queues, flush self-managed
// I/O, release hardware, clean up self-managed I/O; then the WDM part and the object tree.
NTSTATUS remove_device(FxDevice* d, PIRP irp) {
    WDFDEVICE h = handle_of(d);
    idle_stop(d);
    set_interfaces_state(d, false);
    power_down(d, WdfPowerDeviceD3Final);
    for (FxQueue* q : queues_of(d)) queue_purge(q);
    if (!d->surprise_removed) release_device(d);
    if (d->self_managed_io_started && d->pnp.EvtDeviceSelfManagedIoCleanup)
        call_driver(d->driver, "EvtDeviceSelfManagedIoCleanup",
                    d->pnp.EvtDeviceSelfManagedIoCleanup, h);
    for (auto& link : d->symbolic_links) {
        UNICODE_STRING name;
        RtlInitUnicodeString(&name, link.c_str());
        IoDeleteSymbolicLink(&name);
    }
    d->symbolic_links.clear();

    irp->IoStatus.Status = STATUS_SUCCESS;
    IoSkipCurrentIrpStackLocation(irp);
    NTSTATUS status = IoCallDriver(d->lower, irp);
    PDEVICE_OBJECT self = d->self;
    IoDetachDevice(d->lower);
    self->DeviceObjectExtension->fx_device = nullptr;
    fx_delete(d);
    IoDeleteDevice(self);
    return status;
}

NTSTATUS complete_irp(PIRP irp, NTSTATUS status, ULONG_PTR information = 0) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = information;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS pass_down(FxDevice* d, PIRP irp) {
    IoSkipCurrentIrpStackLocation(irp);
    return IoCallDriver(d->lower, irp);
}

NTSTATUS dispatch_pnp(FxDevice* d, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    switch (stack->MinorFunction) {
        case IRP_MN_START_DEVICE: {
            // The bus starts first, then the function driver (forward and wait).
            NTSTATUS status = forward_and_wait(d->lower, irp);
            if (NT_SUCCESS(status)) status = start_device(d);
            return complete_irp(irp, status);
        }
        case IRP_MN_QUERY_REMOVE_DEVICE: {
            NTSTATUS status = STATUS_SUCCESS;
            if (d->pnp.EvtDeviceQueryRemove)
                status = call_driver(d->driver, "EvtDeviceQueryRemove", d->pnp.EvtDeviceQueryRemove,
                                     handle_of(d));
            if (!NT_SUCCESS(status)) return complete_irp(irp, status);
            // WdfDeviceSetStaticStopRemove(FALSE): the device cannot be removed for now.
            if (d->static_stop_remove > 0) return complete_irp(irp, STATUS_DEVICE_BUSY);
            irp->IoStatus.Status = STATUS_SUCCESS;
            return pass_down(d, irp);
        }
        case IRP_MN_CANCEL_REMOVE_DEVICE:
        case IRP_MN_QUERY_STOP_DEVICE:
        case IRP_MN_CANCEL_STOP_DEVICE:
            irp->IoStatus.Status = STATUS_SUCCESS;
            return pass_down(d, irp);
        case IRP_MN_REMOVE_DEVICE:
            return remove_device(d, irp);
        case IRP_MN_SURPRISE_REMOVAL:
            return surprise_remove_device(d, irp);
        default:
            return pass_down(d, irp);
    }
}

NTSTATUS dispatch_power(FxDevice* d, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    if (stack->MinorFunction != IRP_MN_SET_POWER ||
        stack->Parameters.Power.Type != DevicePowerState)
        return pass_down(d, irp);
    DEVICE_POWER_STATE target = stack->Parameters.Power.State.DeviceState;
    std::lock_guard power(d->power_mutex);
    if (target == PowerDeviceD0 && !d->in_d0 && d->prepared) {
        NTSTATUS status = forward_and_wait(d->lower, irp);
        if (NT_SUCCESS(status)) status = power_up(d, WdfPowerDeviceD3);
        return complete_irp(irp, status);
    }
    if (target != PowerDeviceD0 && d->in_d0)
        power_down(
            d, static_cast<WDF_POWER_DEVICE_STATE>(WdfPowerDeviceD0 + (target - PowerDeviceD0)));
    irp->IoStatus.Status = STATUS_SUCCESS;
    return pass_down(d, irp);
}

FxQueue* queue_for(FxDevice* d, UCHAR major) {
    std::lock_guard lock(d->queues_mutex);
    auto it = d->dispatch.find(major);
    if (it != d->dispatch.end()) return it->second;
    if (major == IRP_MJ_READ || major == IRP_MJ_WRITE || major == IRP_MJ_DEVICE_CONTROL ||
        major == IRP_MJ_INTERNAL_DEVICE_CONTROL)
        return d->default_queue;
    return nullptr;
}

}  // namespace

void FxDevice::framework_cleanup() {
    idle_stop(this);
    for (auto& link : interfaces) RtlFreeUnicodeString(&link);
    interfaces.clear();
    if (!control && !parent_fdo) return;
    // A control device goes with WdfObjectDelete or with its driver, a child PDO with its
    // parent: its queues first, then its links and its device object.
    control_device_forget(this);
    pdo_forget(this);
    for (FxQueue* q : queues_of(this)) queue_purge(q);
    for (auto& link : symbolic_links) {
        UNICODE_STRING name;
        RtlInitUnicodeString(&name, link.c_str());
        IoDeleteSymbolicLink(&name);
    }
    symbolic_links.clear();
    self->DeviceObjectExtension->fx_device = nullptr;
    IoDeleteDevice(self);
}

NTSTATUS fx_add_device(PDRIVER_OBJECT driver_object, PDEVICE_OBJECT pdo) {
    DriverRecord* record = find_driver(driver_object);
    return guarded(
        "EvtDriverDeviceAdd",
        [&]() -> NTSTATUS {
            if (!record || !record->fx) return STATUS_INVALID_DEVICE_STATE;
            FxDriver* fx = record->fx;
            if (!fx->config.EvtDriverDeviceAdd) return STATUS_SUCCESS;
            WDFDEVICE_INIT init;
            init.driver = fx;
            init.pdo = pdo;
            NTSTATUS status =
                call_driver(record, "EvtDriverDeviceAdd", fx->config.EvtDriverDeviceAdd,
                            reinterpret_cast<WDFDRIVER>(fx), &init);
            FxDevice* device = init.created;
            if (!NT_SUCCESS(status)) {
                // As KMDF: a failed device add leaves nothing behind.
                if (device) {
                    PDEVICE_OBJECT self = device->self;
                    IoDetachDevice(device->lower);
                    self->DeviceObjectExtension->fx_device = nullptr;
                    fx_delete(device);
                    IoDeleteDevice(self);
                }
                return status;
            }
            if (device) device->self->Flags &= ~DO_DEVICE_INITIALIZING;
            return status;
        },
        NTSTATUS{}, record);
}

void apply_request_attributes(FxDevice* d, FxRequest* request) {
    if (!d->has_request_attributes) return;
    // Each request gets the context and callbacks WdfDeviceInitSetRequestAttributes gave.
    fx_allocate_context(request, &d->request_attributes, nullptr);
    request->cleanup = d->request_attributes.EvtCleanupCallback;
    request->destroy = d->request_attributes.EvtDestroyCallback;
}

NTSTATUS fx_dispatch(PDEVICE_OBJECT device_object, PIRP irp) {
    auto* d = static_cast<FxDevice*>(device_object->DeviceObjectExtension->fx_device);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    if (!d) return invalid_device_request(device_object, irp);
    switch (stack->MajorFunction) {
        case IRP_MJ_PNP:
            return dispatch_pnp(d, irp);
        case IRP_MJ_POWER:
            return dispatch_power(d, irp);
        case IRP_MJ_SYSTEM_CONTROL:
            return fx_wmi_dispatch(d, irp);
        default:
            break;
    }
    // Opens, cleanups and closes go to the device's file objects (wdf_fileobject.cpp).
    if (stack->MajorFunction == IRP_MJ_CREATE || stack->MajorFunction == IRP_MJ_CLEANUP ||
        stack->MajorFunction == IRP_MJ_CLOSE)
        return fileobject_dispatch(d, irp);
    FxQueue* queue = queue_for(d, stack->MajorFunction);
    if (!queue) {
        if (d->filter) return pass_down(d, irp);
        switch (stack->MajorFunction) {
            // Without a queue for them, KMDF opens and closes files itself.
            case IRP_MJ_CREATE:
            case IRP_MJ_CLEANUP:
            case IRP_MJ_CLOSE:
                return complete_irp(irp, STATUS_SUCCESS);
            default:
                return complete_irp(irp, STATUS_INVALID_DEVICE_REQUEST);
        }
    }
    // A request for a power-managed queue of an idled device brings it back to D0 first.
    if (queue->power_managed) idle_wake(d);
    FxRequest* request = request_create(d, irp);
    apply_request_attributes(d, request);
    IoMarkIrpPending(irp);
    queue_add_request(queue, request);
    return STATUS_PENDING;
}

extern "C" void WdfDeviceInitSetPnpPowerEventCallbacks(PWDFDEVICE_INIT init,
                                                       PWDF_PNPPOWER_EVENT_CALLBACKS callbacks) {
    if (init && callbacks && callbacks->Size == sizeof(WDF_PNPPOWER_EVENT_CALLBACKS))
        init->pnp = *callbacks;
}

extern "C" void WdfDeviceInitSetIoType(PWDFDEVICE_INIT init, WDF_DEVICE_IO_TYPE io_type) {
    if (init)
        init->io_type = io_type == WdfDeviceIoBufferedOrDirect ? WdfDeviceIoBuffered : io_type;
}

extern "C" NTSTATUS WdfDeviceInitAssignName(PWDFDEVICE_INIT init, PCUNICODE_STRING name) {
    return guarded(__func__, [&]() -> NTSTATUS {
        if (!init) return STATUS_INVALID_PARAMETER;
        init->name = wide(name);
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfDeviceInitSetDeviceType(PWDFDEVICE_INIT init, DEVICE_TYPE type) {
    if (init) init->device_type = type;
}

extern "C" void WdfDeviceInitSetExclusive(PWDFDEVICE_INIT init, BOOLEAN exclusive) {
    if (init) init->exclusive = exclusive != FALSE;
}

extern "C" void WdfFdoInitSetFilter(PWDFDEVICE_INIT init) {
    if (init) init->filter = true;
}

extern "C" NTSTATUS WdfDeviceCreate(PWDFDEVICE_INIT* device_init, PWDF_OBJECT_ATTRIBUTES attributes,
                                    WDFDEVICE* device) {
    return guarded("WdfDeviceCreate", [&]() -> NTSTATUS {
        if (!device_init || !*device_init || !device) return STATUS_INVALID_PARAMETER;
        WDFDEVICE_INIT* init = *device_init;
        if (init->control && init->name.empty()) return STATUS_INVALID_DEVICE_REQUEST;
        if (init->pdo_init && (init->device_id.empty() || !init->parent))
            return STATUS_INVALID_DEVICE_REQUEST;               // a child needs its device ID
        if (init->created) return STATUS_INVALID_DEVICE_STATE;  // one device per init
        DriverRecord* record = init->driver->driver;
        NTSTATUS status;
        if (injected_failure(record, "WdfDeviceCreate", status)) return status;
        UNICODE_STRING name;
        RtlInitUnicodeString(&name, init->name.c_str());
        PDEVICE_OBJECT self = nullptr;
        status = IoCreateDevice(
            init->driver->wdm, 0, init->name.empty() ? nullptr : &name,
            init->pdo_init ? FILE_DEVICE_BUS_EXTENDER : init->device_type,
            (init->pdo_init ? FILE_AUTOGENERATED_DEVICE_NAME : 0) | init->characteristics,
            init->exclusive, &self);
        if (!NT_SUCCESS(status)) return status;
        auto* d = new FxDevice(record);
        d->fx_driver = init->driver;
        d->self = self;
        d->pdo = init->pdo;
        d->pnp = init->pnp;
        d->io_type = init->io_type;
        d->filter = init->filter;
        d->file_config = init->file_config;
        d->file_attributes = init->file_attributes;
        d->has_file_attributes = init->has_file_attributes;
        d->exclusive = init->exclusive;
        d->control = init->control;
        d->power_policy_owner =
            init->power_policy_owner >= 0 ? init->power_policy_owner != 0 : !init->filter;
        d->request_attributes = init->request_attributes;
        d->has_request_attributes = init->has_request_attributes;
        WDF_DEVICE_STATE_INIT(&d->device_state);
        if (init->pdo_init) {
            d->parent_fdo = init->parent;
            d->pdo = self;
            mark_pdo(self, init->device_id + L"\\" + init->instance_id);
        }
        // A child PDO belongs to its bus FDO: it goes when the parent goes.
        status = fx_initialize(
            d, attributes, init->pdo_init ? static_cast<FxObject*>(init->parent) : init->driver);
        if (!NT_SUCCESS(status)) {
            delete d;
            IoDeleteDevice(self);
            return status;
        }
        d->raw = new FxResources(record);
        d->translated = new FxResources(record);
        fx_initialize(d->raw, nullptr, d);
        fx_initialize(d->translated, nullptr, d);
        if (d->io_type == WdfDeviceIoBuffered) self->Flags |= DO_BUFFERED_IO;
        if (d->io_type == WdfDeviceIoDirect) self->Flags |= DO_DIRECT_IO;
        self->Flags |= DO_POWER_PAGABLE;
        self->DeviceObjectExtension->fx_device = d;
        if (!d->control && !d->parent_fdo) d->lower = IoAttachDeviceToDeviceStack(self, init->pdo);
        if (d->filter && d->lower) {
            // A filter transfers data as the device below it does (KMDF ignores its own
            // WdfDeviceInitSetIoType), so that requests pass through it unchanged.
            const ULONG transfer = DO_BUFFERED_IO | DO_DIRECT_IO;
            self->Flags = (self->Flags & ~transfer) | (d->lower->Flags & transfer);
            d->io_type = (self->Flags & DO_BUFFERED_IO) ? WdfDeviceIoBuffered
                         : (self->Flags & DO_DIRECT_IO) ? WdfDeviceIoDirect
                                                        : WdfDeviceIoNeither;
            self->DeviceType = d->lower->DeviceType;
        }
        if (init->pdo_init) pdo_created(d, init);
        if (init->has_child_list) child_list_create_default(d, init);
        if (d->control && init->shutdown_notification)
            control_device_register_shutdown(d, init->shutdown_notification);
        init->created = d;
        *device = handle_of(d);
        // The init structure is the framework's now, as the WDK documents.
        if (init->allocated) delete init;
        *device_init = nullptr;
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfDeviceCreateDeviceInterface(WDFDEVICE device, const GUID* guid,
                                                   PCUNICODE_STRING reference) {
    return guarded("WdfDeviceCreateDeviceInterface", [&]() -> NTSTATUS {
        FxDevice* d = fx_device_of(device, "WdfDeviceCreateDeviceInterface");
        if (!d || !guid) return STATUS_INVALID_PARAMETER;
        NTSTATUS status;
        if (injected_failure(d->driver, "WdfDeviceCreateDeviceInterface", status)) return status;
        UNICODE_STRING link{};
        status =
            IoRegisterDeviceInterface(d->pdo, guid, const_cast<PUNICODE_STRING>(reference), &link);
        if (!NT_SUCCESS(status)) return status;
        d->interfaces.push_back(link);
        if (d->in_d0) IoSetDeviceInterfaceState(&d->interfaces.back(), TRUE);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfDeviceCreateSymbolicLink(WDFDEVICE device, PCUNICODE_STRING link_name) {
    return guarded("WdfDeviceCreateSymbolicLink", [&]() -> NTSTATUS {
        FxDevice* d = fx_device_of(device, "WdfDeviceCreateSymbolicLink");
        if (!d || !link_name) return STATUS_INVALID_PARAMETER;
        NTSTATUS status;
        if (injected_failure(d->driver, "WdfDeviceCreateSymbolicLink", status)) return status;
        const std::wstring& target = d->self->DeviceObjectExtension->name;
        if (target.empty()) return STATUS_INVALID_DEVICE_STATE;  // needs WdfDeviceInitAssignName
        UNICODE_STRING device_name;
        RtlInitUnicodeString(&device_name, target.c_str());
        status = IoCreateSymbolicLink(const_cast<PUNICODE_STRING>(link_name), &device_name);
        if (NT_SUCCESS(status)) d->symbolic_links.push_back(wide(link_name));
        return status;
    });
}

extern "C" PDEVICE_OBJECT WdfDeviceWdmGetDeviceObject(WDFDEVICE device) {
    FxDevice* d = fx_device_of(device, "WdfDeviceWdmGetDeviceObject");
    return d ? d->self : nullptr;
}

extern "C" PDEVICE_OBJECT WdfDeviceWdmGetAttachedDevice(WDFDEVICE device) {
    FxDevice* d = fx_device_of(device, "WdfDeviceWdmGetAttachedDevice");
    return d ? d->lower : nullptr;
}

extern "C" PDEVICE_OBJECT WdfDeviceWdmGetPhysicalDevice(WDFDEVICE device) {
    FxDevice* d = fx_device_of(device, "WdfDeviceWdmGetPhysicalDevice");
    return d ? d->pdo : nullptr;
}

extern "C" WDFDRIVER WdfDeviceGetDriver(WDFDEVICE device) {
    FxDevice* d = fx_device_of(device, "WdfDeviceGetDriver");
    return d ? reinterpret_cast<WDFDRIVER>(d->fx_driver) : nullptr;
}

extern "C" ULONG WdfCmResourceListGetCount(WDFCMRESLIST list) {
    fx_cast<FxResources>(list, FxType::resources, "WdfCmResourceListGetCount");
    return 0;
}

}  // namespace wpptrace::framework
