// wdf_wmi.cpp - KMDF WMI: providers (one data block GUID each) and their instances on a device,
// registration with WMI (IoWMIRegistrationControl on the device object, as KMDF does when the
// first instance registers), and the framework's IRP_MJ_SYSTEM_CONTROL: IRPs for this device
// object become EvtWmiInstanceQueryInstance / SetInstance / SetItem / ExecuteMethod and
// EvtWmiProviderFunctionControl; IRPs for another device object go down the stack.
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

#include "entry_guard.hpp"
#include "fx_object.hpp"
#include "io_wmi.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {

struct FxWmiInstance;

struct FxWmiProvider : FxObject {
    FxDevice* device = nullptr;
    WDF_WMI_PROVIDER_CONFIG config{};
    std::vector<FxWmiInstance*> instances;  // in creation order: the instance index
    bool events_enabled = false, collection_enabled = false;
    explicit FxWmiProvider(DriverRecord* r) : FxObject(FxType::wmi_provider, r) {}
    void framework_cleanup() override;
};

struct FxWmiInstance : FxObject {
    FxWmiProvider* provider = nullptr;
    WDF_WMI_INSTANCE_CONFIG config{};
    bool registered = false;
    explicit FxWmiInstance(DriverRecord* r) : FxObject(FxType::wmi_instance, r) {}
    void framework_cleanup() override;
};

namespace {

struct DeviceWmi {
    std::vector<FxWmiProvider*> providers;
    std::wstring mof_resource;
    bool registered = false;  // with IoWMIRegistrationControl
};

std::recursive_mutex wmi_mutex;
std::map<FxDevice*, DeviceWmi> devices;

// A child of the device that forgets its WMI state when the device goes (after its providers,
// which are created after it).
struct FxDeviceWmiState : FxObject {
    FxDevice* device;
    FxDeviceWmiState(DriverRecord* r, FxDevice* d) : FxObject(FxType::general, r), device(d) {}
    void framework_cleanup() override {
        std::lock_guard lock(wmi_mutex);
        auto it = devices.find(device);
        if (it == devices.end()) return;
        if (it->second.registered) IoWMIRegistrationControl(device->self, WMIREG_ACTION_DEREGISTER);
        devices.erase(it);
    }
};

// The device's WMI state, created (with its cleanup) on first use.
DeviceWmi& device_wmi(FxDevice* d) {
    std::lock_guard lock(wmi_mutex);
    auto it = devices.find(d);
    if (it != devices.end()) return it->second;
    fx_initialize(new FxDeviceWmiState(d->driver, d), nullptr, d);
    return devices[d];
}

FxWmiProvider* provider_of(WDFWMIPROVIDER handle, const char* entry) {
    return fx_cast<FxWmiProvider>(handle, FxType::wmi_provider, entry);
}
FxWmiInstance* instance_of(WDFWMIINSTANCE handle, const char* entry) {
    return fx_cast<FxWmiInstance>(handle, FxType::wmi_instance, entry);
}

bool same_guid(const GUID& a, const GUID& b) {
    return std::memcmp(&a, &b, sizeof(GUID)) == 0;
}

ULONG align8(ULONG n) {
    return (n + 7) & ~7u;
}

// The device registers once its first instance does; later instances update the GUID list.
NTSTATUS register_device(FxDevice* d) {
    std::lock_guard lock(wmi_mutex);
    DeviceWmi& w = device_wmi(d);
    if (w.registered) return IoWMIRegistrationControl(d->self, WMIREG_ACTION_UPDATE_GUIDS);
    NTSTATUS status = IoWMIRegistrationControl(d->self, WMIREG_ACTION_REGISTER);
    if (NT_SUCCESS(status)) w.registered = true;
    return status;
}

std::vector<FxWmiInstance*> registered_instances(FxWmiProvider* p) {
    std::vector<FxWmiInstance*> out;
    for (FxWmiInstance* i : p->instances)
        if (i->registered) out.push_back(i);
    return out;
}

NTSTATUS complete(PIRP irp, NTSTATUS status, ULONG_PTR information) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = information;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

// One instance's data into out (avail bytes); *used: the bytes written, or needed.
NTSTATUS query_instance(FxWmiInstance* i, ULONG avail, void* out, ULONG* used) {
    const WDF_WMI_PROVIDER_CONFIG& pc = i->provider->config;
    *used = 0;
    if (avail < pc.MinInstanceBufferSize) {
        *used = pc.MinInstanceBufferSize;
        return STATUS_BUFFER_TOO_SMALL;
    }
    if (i->config.UseContextForQuery) {
        if (i->contexts.empty()) return STATUS_INVALID_DEVICE_REQUEST;
        std::memcpy(out, i->contexts.front().memory, pc.MinInstanceBufferSize);
        *used = pc.MinInstanceBufferSize;
        return STATUS_SUCCESS;
    }
    if (!i->config.EvtWmiInstanceQueryInstance) return STATUS_INVALID_DEVICE_REQUEST;
    return call_driver(i->driver, "EvtWmiInstanceQueryInstance",
                       i->config.EvtWmiInstanceQueryInstance, reinterpret_cast<WDFWMIINSTANCE>(i),
                       avail, out, used);
}

NTSTATUS query_all(FxWmiProvider* p, PIRP irp) {
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    auto* w = static_cast<PWNODE_ALL_DATA>(s->Parameters.WMI.Buffer);
    ULONG size = s->Parameters.WMI.BufferSize;
    std::vector<FxWmiInstance*> instances = registered_instances(p);
    ULONG count = static_cast<ULONG>(instances.size());
    ULONG offset = align8(static_cast<ULONG>(offsetof(WNODE_ALL_DATA, OffsetInstanceDataAndLength) +
                                             count * sizeof(OFFSETINSTANCEDATAANDLENGTH)));
    ULONG at = offset;
    bool too_small = size < offset;
    std::vector<OFFSETINSTANCEDATAANDLENGTH> layout(count);
    for (ULONG n = 0; n < count; ++n) {
        ULONG avail = !too_small && size > at ? size - at : 0;
        ULONG used = 0;
        void* out = avail ? static_cast<unsigned char*>(s->Parameters.WMI.Buffer) + at : nullptr;
        NTSTATUS status = query_instance(instances[n], avail, out, &used);
        if (status == STATUS_BUFFER_TOO_SMALL) {
            too_small = true;
        } else if (!NT_SUCCESS(status)) {
            return complete(irp, status, 0);
        }
        layout[n] = {at, used};
        at = align8(at + used);
    }
    if (too_small) return complete(irp, STATUS_SUCCESS, wnode_too_small(w, at));
    w->DataBlockOffset = offset;
    w->InstanceCount = count;
    w->OffsetInstanceNameOffsets = 0;  // PDO instance names: WMI makes them
    w->WnodeHeader.Flags |= WNODE_FLAG_PDO_INSTANCE_NAMES;
    for (ULONG n = 0; n < count; ++n) w->OffsetInstanceDataAndLength[n] = layout[n];
    w->WnodeHeader.BufferSize = at;
    return complete(irp, STATUS_SUCCESS, at);
}

NTSTATUS reginfo(FxDevice* d, PIRP irp) {
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    std::vector<FxWmiProvider*> providers;
    std::wstring mof;
    {
        std::lock_guard lock(wmi_mutex);
        providers = device_wmi(d).providers;
        mof = device_wmi(d).mof_resource;
    }
    std::wstring path = d->driver ? d->driver->registry_path : std::wstring();
    ULONG count = static_cast<ULONG>(providers.size());
    ULONG header =
        static_cast<ULONG>(offsetof(WMIREGINFOW, WmiRegGuid) + count * sizeof(WMIREGGUIDW));
    ULONG mof_at = header + counted_string_bytes(path);
    ULONG needed = mof_at + (mof.empty() ? 0 : counted_string_bytes(mof));
    if (s->Parameters.WMI.BufferSize < needed) {
        if (s->Parameters.WMI.BufferSize >= sizeof(ULONG))
            *static_cast<PULONG>(s->Parameters.WMI.Buffer) = needed;
        return complete(irp, STATUS_BUFFER_TOO_SMALL, sizeof(ULONG));
    }
    auto* out = static_cast<unsigned char*>(s->Parameters.WMI.Buffer);
    std::memset(out, 0, needed);
    auto* info = reinterpret_cast<PWMIREGINFOW>(out);
    info->BufferSize = needed;
    info->GuidCount = count;
    info->RegistryPath = header;
    write_counted_string(out + header, path);
    if (!mof.empty()) {
        info->MofResourceName = mof_at;
        write_counted_string(out + mof_at, mof);
    }
    for (ULONG n = 0; n < count; ++n) {
        FxWmiProvider* p = providers[n];
        WMIREGGUIDW& g = info->WmiRegGuid[n];
        g.Guid = p->config.Guid;
        g.Flags = WMIREG_FLAG_INSTANCE_PDO;
        if (p->config.Flags & WdfWmiProviderExpensive) g.Flags |= WMIREG_FLAG_EXPENSIVE;
        if (p->config.Flags & WdfWmiProviderEventOnly) g.Flags |= WMIREG_FLAG_EVENT_ONLY_GUID;
        g.InstanceCount = static_cast<ULONG>(registered_instances(p).size());
        g.Pdo = reinterpret_cast<ULONG_PTR>(d->pdo);
    }
    return complete(irp, STATUS_SUCCESS, needed);
}

}  // namespace

void FxWmiProvider::framework_cleanup() {
    std::lock_guard lock(wmi_mutex);
    auto it = devices.find(device);
    if (it != devices.end()) std::erase(it->second.providers, this);
}

void FxWmiInstance::framework_cleanup() {
    std::lock_guard lock(wmi_mutex);
    if (provider) std::erase(provider->instances, this);
}

NTSTATUS fx_wmi_dispatch(FxDevice* d, PIRP irp) {
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    if (s->Parameters.WMI.ProviderId != reinterpret_cast<ULONG_PTR>(d->self) ||
        s->MinorFunction > IRP_MN_REGINFO_EX) {
        if (!d->lower) {
            // The bottom of the stack (a PDO): completed as it came.
            NTSTATUS status = irp->IoStatus.Status;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
            return status;
        }
        IoSkipCurrentIrpStackLocation(irp);
        return IoCallDriver(d->lower, irp);
    }
    if (s->MinorFunction == IRP_MN_REGINFO || s->MinorFunction == IRP_MN_REGINFO_EX)
        return reginfo(d, irp);
    const auto* guid = static_cast<const GUID*>(s->Parameters.WMI.DataPath);
    FxWmiProvider* p = nullptr;
    {
        std::lock_guard lock(wmi_mutex);
        auto it = devices.find(d);
        if (it != devices.end() && guid)
            for (FxWmiProvider* candidate : it->second.providers)
                if (same_guid(candidate->config.Guid, *guid)) p = candidate;
    }
    if (!p) return complete(irp, STATUS_WMI_GUID_NOT_FOUND, 0);
    std::vector<FxWmiInstance*> instances = registered_instances(p);
    auto* buffer = static_cast<unsigned char*>(s->Parameters.WMI.Buffer);
    ULONG size = s->Parameters.WMI.BufferSize;
    auto instance_at = [&](ULONG index) -> FxWmiInstance* {
        return index < instances.size() ? instances[index] : nullptr;
    };
    switch (s->MinorFunction) {
        case IRP_MN_QUERY_ALL_DATA:
            return query_all(p, irp);
        case IRP_MN_QUERY_SINGLE_INSTANCE: {
            auto* w = reinterpret_cast<PWNODE_SINGLE_INSTANCE>(buffer);
            FxWmiInstance* i = instance_at(w->InstanceIndex);
            if (!i) return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
            ULONG offset = wnode_data_offset(irp);
            ULONG used = 0;
            NTSTATUS status =
                query_instance(i, size > offset ? size - offset : 0, buffer + offset, &used);
            return wmi_complete(irp, status, used);
        }
        case IRP_MN_CHANGE_SINGLE_INSTANCE: {
            auto* w = reinterpret_cast<PWNODE_SINGLE_INSTANCE>(buffer);
            FxWmiInstance* i = instance_at(w->InstanceIndex);
            if (!i) return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
            if (!i->config.EvtWmiInstanceSetInstance) return complete(irp, STATUS_WMI_READ_ONLY, 0);
            if (w->SizeDataBlock < p->config.MinInstanceBufferSize)
                return complete(irp, STATUS_WMI_SET_FAILURE, 0);
            NTSTATUS status = call_driver(
                i->driver, "EvtWmiInstanceSetInstance", i->config.EvtWmiInstanceSetInstance,
                reinterpret_cast<WDFWMIINSTANCE>(i), w->SizeDataBlock, buffer + w->DataBlockOffset);
            return wmi_complete(irp, status, 0);
        }
        case IRP_MN_CHANGE_SINGLE_ITEM: {
            auto* w = reinterpret_cast<PWNODE_SINGLE_ITEM>(buffer);
            FxWmiInstance* i = instance_at(w->InstanceIndex);
            if (!i) return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
            if (!i->config.EvtWmiInstanceSetItem) return complete(irp, STATUS_WMI_READ_ONLY, 0);
            NTSTATUS status =
                call_driver(i->driver, "EvtWmiInstanceSetItem", i->config.EvtWmiInstanceSetItem,
                            reinterpret_cast<WDFWMIINSTANCE>(i), w->ItemId, w->SizeDataItem,
                            buffer + w->DataBlockOffset);
            return wmi_complete(irp, status, 0);
        }
        case IRP_MN_EXECUTE_METHOD: {
            auto* w = reinterpret_cast<PWNODE_METHOD_ITEM>(buffer);
            FxWmiInstance* i = instance_at(w->InstanceIndex);
            if (!i) return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
            if (!i->config.EvtWmiInstanceExecuteMethod)
                return complete(irp, STATUS_WMI_ITEMID_NOT_FOUND, 0);
            ULONG offset = wnode_data_offset(irp);
            ULONG used = 0;
            NTSTATUS status = call_driver(
                i->driver, "EvtWmiInstanceExecuteMethod", i->config.EvtWmiInstanceExecuteMethod,
                reinterpret_cast<WDFWMIINSTANCE>(i), w->MethodId, w->SizeDataBlock,
                size > offset ? size - offset : 0UL, buffer + offset, &used);
            return wmi_complete(irp, status, used);
        }
        case IRP_MN_ENABLE_EVENTS:
        case IRP_MN_DISABLE_EVENTS:
        case IRP_MN_ENABLE_COLLECTION:
        case IRP_MN_DISABLE_COLLECTION: {
            bool events = s->MinorFunction <= IRP_MN_DISABLE_EVENTS;
            bool enable = s->MinorFunction == IRP_MN_ENABLE_EVENTS ||
                          s->MinorFunction == IRP_MN_ENABLE_COLLECTION;
            (events ? p->events_enabled : p->collection_enabled) = enable;
            NTSTATUS status = STATUS_SUCCESS;
            if (p->config.EvtWmiProviderFunctionControl)
                status = call_driver(p->driver, "EvtWmiProviderFunctionControl",
                                     p->config.EvtWmiProviderFunctionControl,
                                     reinterpret_cast<WDFWMIPROVIDER>(p),
                                     events ? WdfWmiEventControl : WdfWmiInstanceControl,
                                     static_cast<BOOLEAN>(enable));
            return complete(irp, status, 0);
        }
        default:
            return complete(irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
}

namespace {

NTSTATUS provider_create(FxDevice* d, PWDF_WMI_PROVIDER_CONFIG config,
                         PWDF_OBJECT_ATTRIBUTES attributes, FxWmiProvider** out) {
    if (!config || config->Size != sizeof(WDF_WMI_PROVIDER_CONFIG) ||
        (config->Flags & ~static_cast<ULONG>(WdfWmiProviderValidFlags)))
        return STATUS_INVALID_PARAMETER;
    if (config->Flags & WdfWmiProviderTracing)
        // A tracing provider is an ETW control GUID: the host's tracing is WPP over LTTng.
        return report_unsupported(__builtin_return_address(0), "WdfWmiProviderCreate",
                                  STATUS_NOT_SUPPORTED,
                                  "WdfWmiProviderTracing: no ETW control GUIDs in the host");
    NTSTATUS status;
    if (injected_failure(d->driver, "WdfWmiProviderCreate", status)) return status;
    std::lock_guard lock(wmi_mutex);
    DeviceWmi& w = device_wmi(d);
    for (FxWmiProvider* p : w.providers)
        if (same_guid(p->config.Guid, config->Guid)) return STATUS_OBJECT_NAME_COLLISION;
    auto* p = new FxWmiProvider(d->driver);
    p->device = d;
    p->config = *config;
    status = fx_initialize(p, attributes, d);
    if (!NT_SUCCESS(status)) {
        delete p;
        return status;
    }
    w.providers.push_back(p);
    *out = p;
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" NTSTATUS WdfWmiProviderCreate(WDFDEVICE device, PWDF_WMI_PROVIDER_CONFIG config,
                                         PWDF_OBJECT_ATTRIBUTES attributes,
                                         WDFWMIPROVIDER* provider) {
    return guarded("WdfWmiProviderCreate", [&]() -> NTSTATUS {
        auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfWmiProviderCreate");
        if (!d || !provider) return STATUS_INVALID_PARAMETER;
        FxWmiProvider* p = nullptr;
        NTSTATUS status = provider_create(d, config, attributes, &p);
        if (NT_SUCCESS(status)) *provider = reinterpret_cast<WDFWMIPROVIDER>(p);
        return status;
    });
}

extern "C" WDFDEVICE WdfWmiProviderGetDevice(WDFWMIPROVIDER provider) {
    FxWmiProvider* p = provider_of(provider, "WdfWmiProviderGetDevice");
    return p ? reinterpret_cast<WDFDEVICE>(p->device) : nullptr;
}

extern "C" BOOLEAN WdfWmiProviderIsEnabled(WDFWMIPROVIDER provider,
                                           WDF_WMI_PROVIDER_CONTROL control) {
    FxWmiProvider* p = provider_of(provider, "WdfWmiProviderIsEnabled");
    if (!p) return FALSE;
    std::lock_guard lock(wmi_mutex);
    return (control == WdfWmiEventControl ? p->events_enabled : p->collection_enabled) ? TRUE
                                                                                       : FALSE;
}

extern "C" NTSTATUS WdfWmiInstanceCreate(WDFDEVICE device, PWDF_WMI_INSTANCE_CONFIG config,
                                         PWDF_OBJECT_ATTRIBUTES attributes,
                                         WDFWMIINSTANCE* instance) {
    return guarded("WdfWmiInstanceCreate", [&]() -> NTSTATUS {
        auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfWmiInstanceCreate");
        if (!d || !config || config->Size != sizeof(WDF_WMI_INSTANCE_CONFIG))
            return STATUS_INVALID_PARAMETER;
        if (!config->Provider == !config->ProviderConfig) return STATUS_INVALID_PARAMETER;
        NTSTATUS status;
        if (injected_failure(d->driver, "WdfWmiInstanceCreate", status)) return status;
        FxWmiProvider* p = nullptr;
        if (config->Provider) {
            p = provider_of(config->Provider, "WdfWmiInstanceCreate");
            if (!p || p->device != d) return STATUS_INVALID_PARAMETER;
        } else {
            status = provider_create(d, config->ProviderConfig, nullptr, &p);
            if (!NT_SUCCESS(status)) return status;
        }
        if (config->UseContextForQuery &&
            (!attributes || !attributes->ContextTypeInfo || p->config.MinInstanceBufferSize == 0))
            return STATUS_INVALID_PARAMETER;  // the context is the data block
        auto* i = new FxWmiInstance(d->driver);
        i->provider = p;
        i->config = *config;
        i->config.Provider = reinterpret_cast<WDFWMIPROVIDER>(p);
        i->config.ProviderConfig = nullptr;
        status = fx_initialize(i, attributes, p);  // an instance is its provider's child
        if (!NT_SUCCESS(status)) {
            delete i;
            return status;
        }
        {
            std::lock_guard lock(wmi_mutex);
            p->instances.push_back(i);
        }
        if (config->Register) {
            i->registered = true;
            status = register_device(d);
            if (!NT_SUCCESS(status)) {
                fx_delete(i);
                return status;
            }
        }
        if (instance) *instance = reinterpret_cast<WDFWMIINSTANCE>(i);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfWmiInstanceRegister(WDFWMIINSTANCE instance) {
    return guarded("WdfWmiInstanceRegister", [&]() -> NTSTATUS {
        FxWmiInstance* i = instance_of(instance, "WdfWmiInstanceRegister");
        if (!i) return STATUS_INVALID_PARAMETER;
        if (i->registered) return STATUS_OBJECT_NAME_COLLISION;
        i->registered = true;
        NTSTATUS status = register_device(i->provider->device);
        if (!NT_SUCCESS(status)) i->registered = false;
        return status;
    });
}

extern "C" void WdfWmiInstanceDeregister(WDFWMIINSTANCE instance) {
    guarded_void("WdfWmiInstanceDeregister", [&] {
        FxWmiInstance* i = instance_of(instance, "WdfWmiInstanceDeregister");
        if (!i || !i->registered) return;
        i->registered = false;
        IoWMIRegistrationControl(i->provider->device->self, WMIREG_ACTION_UPDATE_GUIDS);
    });
}

extern "C" WDFDEVICE WdfWmiInstanceGetDevice(WDFWMIINSTANCE instance) {
    FxWmiInstance* i = instance_of(instance, "WdfWmiInstanceGetDevice");
    return i ? reinterpret_cast<WDFDEVICE>(i->provider->device) : nullptr;
}

extern "C" WDFWMIPROVIDER WdfWmiInstanceGetProvider(WDFWMIINSTANCE instance) {
    FxWmiInstance* i = instance_of(instance, "WdfWmiInstanceGetProvider");
    return i ? reinterpret_cast<WDFWMIPROVIDER>(i->provider) : nullptr;
}

extern "C" NTSTATUS WdfDeviceAssignMofResourceName(WDFDEVICE device, PCUNICODE_STRING name) {
    return guarded("WdfDeviceAssignMofResourceName", [&]() -> NTSTATUS {
        auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfDeviceAssignMofResourceName");
        if (!d || !name || !name->Length) return STATUS_INVALID_PARAMETER;
        std::lock_guard lock(wmi_mutex);
        DeviceWmi& w = device_wmi(d);
        if (!w.mof_resource.empty()) return STATUS_INVALID_DEVICE_REQUEST;  // once per device
        w.mof_resource = wide(name);
        return STATUS_SUCCESS;
    });
}

}  // namespace wpptrace::framework
