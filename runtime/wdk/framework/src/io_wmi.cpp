// io_wmi.cpp - WMI for WDM drivers: IoWMIRegistrationControl, and the WMI library
// (WmiSystemControl, WmiCompleteRequest) that turns IRP_MJ_SYSTEM_CONTROL into a driver's
// WMILIB_CONTEXT callbacks: registration information, queries of one or all instances, changes
// of an instance or an item, methods, and enabling events or collection.
#include "io_wmi.hpp"

#include <cstring>
#include <mutex>
#include <set>
#include <unordered_map>
#include <vector>

#include "entry_guard.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {
namespace {

std::mutex wmi_mutex;
std::set<PDEVICE_OBJECT> registered;
// IRP_MN_QUERY_ALL_DATA in a wmilib driver: the instance lengths its callback fills in, until
// WmiCompleteRequest lays the instances out in the WNODE_ALL_DATA.
struct AllDataQuery {
    std::vector<ULONG> lengths;
};
std::unordered_map<PIRP, AllDataQuery> all_data_queries;

ULONG align8(ULONG n) {
    return (n + 7) & ~7u;
}

bool same_guid(const GUID& a, const GUID& b) {
    return std::memcmp(&a, &b, sizeof(GUID)) == 0;
}

NTSTATUS complete(PIRP irp, NTSTATUS status, ULONG_PTR information) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = information;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

// IRP_MN_REGINFO(_EX) of a wmilib driver: its GUID list, as WMIREGINFO.
NTSTATUS wmilib_reginfo(PWMILIB_CONTEXT lib, PDEVICE_OBJECT device, PIRP irp) {
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    ULONG flags = 0;
    UNICODE_STRING instance_name{};
    PUNICODE_STRING registry_path = nullptr;
    UNICODE_STRING mof_name{};
    PDEVICE_OBJECT pdo = nullptr;
    NTSTATUS status = STATUS_SUCCESS;
    if (lib->QueryWmiRegInfo)
        status =
            call_driver(find_driver(device->DriverObject), "QueryWmiRegInfo", lib->QueryWmiRegInfo,
                        device, &flags, &instance_name, &registry_path, &mof_name, &pdo);
    if (!NT_SUCCESS(status)) return complete(irp, status, 0);
    std::wstring path = wide(registry_path), mof = wide(&mof_name), base = wide(&instance_name);
    if (instance_name.Buffer) ExFreePool(instance_name.Buffer);  // the library frees it
    ULONG count = lib->GuidCount;
    ULONG header =
        static_cast<ULONG>(offsetof(WMIREGINFOW, WmiRegGuid) + count * sizeof(WMIREGGUIDW));
    ULONG path_at = header, mof_at = path_at + counted_string_bytes(path);
    ULONG base_at = mof_at + (mof.empty() ? 0 : counted_string_bytes(mof));
    ULONG needed = base_at + (base.empty() ? 0 : counted_string_bytes(base));
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
    info->RegistryPath = path_at;
    write_counted_string(out + path_at, path);
    if (!mof.empty()) {
        info->MofResourceName = mof_at;
        write_counted_string(out + mof_at, mof);
    }
    if (!base.empty()) write_counted_string(out + base_at, base);
    for (ULONG i = 0; i < count; ++i) {
        WMIREGGUIDW& g = info->WmiRegGuid[i];
        g.Guid = *lib->GuidList[i].Guid;
        g.Flags = lib->GuidList[i].Flags | flags;
        g.InstanceCount = lib->GuidList[i].InstanceCount;
        if (g.Flags & WMIREG_FLAG_INSTANCE_PDO)
            g.Pdo = reinterpret_cast<ULONG_PTR>(pdo);
        else if (g.Flags & WMIREG_FLAG_INSTANCE_BASENAME)
            g.BaseNameOffset = base_at;
    }
    return complete(irp, STATUS_SUCCESS, needed);
}

}  // namespace

bool wmi_is_registered(PDEVICE_OBJECT device) {
    std::lock_guard lock(wmi_mutex);
    return registered.count(device) != 0;
}

ULONG wnode_data_offset(PIRP irp) {
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    ULONG offset = 0, header = 0;
    if (s->MinorFunction == IRP_MN_EXECUTE_METHOD) {
        offset = static_cast<PWNODE_METHOD_ITEM>(s->Parameters.WMI.Buffer)->DataBlockOffset;
        header = static_cast<ULONG>(offsetof(WNODE_METHOD_ITEM, VariableData));
    } else {
        offset = static_cast<PWNODE_SINGLE_INSTANCE>(s->Parameters.WMI.Buffer)->DataBlockOffset;
        header = static_cast<ULONG>(offsetof(WNODE_SINGLE_INSTANCE, VariableData));
    }
    return offset ? offset : align8(header);
}

ULONG wnode_too_small(PVOID buffer, ULONG needed) {
    auto* t = static_cast<PWNODE_TOO_SMALL>(buffer);
    t->WnodeHeader.BufferSize = sizeof(WNODE_TOO_SMALL);
    t->WnodeHeader.Flags |= WNODE_FLAG_TOO_SMALL;
    t->SizeNeeded = needed;
    return sizeof(WNODE_TOO_SMALL);
}

ULONG counted_string_bytes(const std::wstring& text) {
    return align8(static_cast<ULONG>(sizeof(USHORT) + text.size() * sizeof(WCHAR)));
}

void write_counted_string(unsigned char* at, const std::wstring& text) {
    USHORT bytes = static_cast<USHORT>(text.size() * sizeof(WCHAR));
    std::memcpy(at, &bytes, sizeof bytes);
    // The characters follow a USHORT: 2-aligned, and a WCHAR here is 4 bytes (memcpy, not a
    // misaligned store).
    if (!text.empty()) std::memcpy(at + sizeof(USHORT), text.data(), bytes);
}

NTSTATUS wmi_complete(PIRP irp, NTSTATUS status, ULONG used) {
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    PVOID buffer = s->Parameters.WMI.Buffer;
    ULONG_PTR information = 0;
    switch (s->MinorFunction) {
        case IRP_MN_QUERY_SINGLE_INSTANCE:
        case IRP_MN_EXECUTE_METHOD: {
            ULONG offset = wnode_data_offset(irp);
            if (status == STATUS_BUFFER_TOO_SMALL) {
                information = wnode_too_small(buffer, offset + used);
                status = STATUS_SUCCESS;  // WMI reads the size needed and asks again
            } else if (NT_SUCCESS(status)) {
                if (s->MinorFunction == IRP_MN_EXECUTE_METHOD) {
                    auto* w = static_cast<PWNODE_METHOD_ITEM>(buffer);
                    w->DataBlockOffset = offset;
                    w->SizeDataBlock = used;
                } else {
                    auto* w = static_cast<PWNODE_SINGLE_INSTANCE>(buffer);
                    w->DataBlockOffset = offset;
                    w->SizeDataBlock = used;
                }
                static_cast<PWNODE_HEADER>(buffer)->BufferSize = offset + used;
                information = offset + used;
            }
            break;
        }
        case IRP_MN_CHANGE_SINGLE_INSTANCE:
        case IRP_MN_CHANGE_SINGLE_ITEM:
        case IRP_MN_ENABLE_EVENTS:
        case IRP_MN_DISABLE_EVENTS:
        case IRP_MN_ENABLE_COLLECTION:
        case IRP_MN_DISABLE_COLLECTION:
            break;
        default:
            information = used;
            break;
    }
    return complete(irp, status, information);
}

extern "C" NTSTATUS IoWMIRegistrationControl(PDEVICE_OBJECT device, ULONG action) {
    return guarded("IoWMIRegistrationControl", [&]() -> NTSTATUS {
        if (!device || device->Type != IO_TYPE_DEVICE) return STATUS_INVALID_PARAMETER;
        std::lock_guard lock(wmi_mutex);
        switch (action) {
            case WMIREG_ACTION_REGISTER:
                // WMI then asks the device for its GUIDs (IRP_MN_REGINFO_EX) when it needs them.
                return registered.insert(device).second ? STATUS_SUCCESS
                                                        : STATUS_OBJECT_NAME_COLLISION;
            case WMIREG_ACTION_DEREGISTER:
                return registered.erase(device) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
            case WMIREG_ACTION_REREGISTER:
            case WMIREG_ACTION_UPDATE_GUIDS:
            case WMIREG_ACTION_BLOCK_IRPS:
                return registered.count(device) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
            default:
                return STATUS_INVALID_PARAMETER;
        }
    });
}

extern "C" NTSTATUS WmiSystemControl(PWMILIB_CONTEXT lib, PDEVICE_OBJECT device, PIRP irp,
                                     PSYSCTL_IRP_DISPOSITION disposition) {
    return guarded("WmiSystemControl", [&]() -> NTSTATUS {
        PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
        *disposition = IrpForward;
        if (s->MinorFunction > IRP_MN_REGINFO_EX) {
            *disposition = IrpNotWmi;
            return irp->IoStatus.Status;
        }
        if (s->Parameters.WMI.ProviderId != reinterpret_cast<ULONG_PTR>(device))
            return irp->IoStatus.Status;  // another device's: the driver passes it down
        *disposition = IrpProcessed;
        DriverRecord* record = find_driver(device->DriverObject);
        if (s->MinorFunction == IRP_MN_REGINFO || s->MinorFunction == IRP_MN_REGINFO_EX)
            return wmilib_reginfo(lib, device, irp);
        const GUID* guid = static_cast<const GUID*>(s->Parameters.WMI.DataPath);
        ULONG index = 0;
        while (index < lib->GuidCount && !(guid && same_guid(*lib->GuidList[index].Guid, *guid)))
            ++index;
        if (index == lib->GuidCount) return complete(irp, STATUS_WMI_GUID_NOT_FOUND, 0);
        auto* buffer = static_cast<PUCHAR>(s->Parameters.WMI.Buffer);
        ULONG size = s->Parameters.WMI.BufferSize;
        ULONG instances = lib->GuidList[index].InstanceCount;
        switch (s->MinorFunction) {
            case IRP_MN_QUERY_SINGLE_INSTANCE: {
                auto* w = reinterpret_cast<PWNODE_SINGLE_INSTANCE>(buffer);
                if (w->InstanceIndex >= instances)
                    return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
                if (!lib->QueryWmiDataBlock) return complete(irp, STATUS_INVALID_DEVICE_REQUEST, 0);
                ULONG offset = wnode_data_offset(irp);
                ULONG length = 0;
                return call_driver(record, "QueryWmiDataBlock", lib->QueryWmiDataBlock, device, irp,
                                   index, w->InstanceIndex, 1UL, &length,
                                   size > offset ? size - offset : 0UL, buffer + offset);
            }
            case IRP_MN_QUERY_ALL_DATA: {
                if (!lib->QueryWmiDataBlock) return complete(irp, STATUS_INVALID_DEVICE_REQUEST, 0);
                ULONG offset = align8(
                    static_cast<ULONG>(offsetof(WNODE_ALL_DATA, OffsetInstanceDataAndLength) +
                                       instances * sizeof(OFFSETINSTANCEDATAANDLENGTH)));
                PULONG lengths;
                {
                    std::lock_guard lock(wmi_mutex);
                    auto& query = all_data_queries[irp];
                    query.lengths.assign(instances, 0);
                    lengths = query.lengths.data();
                }
                return call_driver(record, "QueryWmiDataBlock", lib->QueryWmiDataBlock, device, irp,
                                   index, 0UL, instances, lengths,
                                   size > offset ? size - offset : 0UL, buffer + offset);
            }
            case IRP_MN_CHANGE_SINGLE_INSTANCE: {
                auto* w = reinterpret_cast<PWNODE_SINGLE_INSTANCE>(buffer);
                if (w->InstanceIndex >= instances)
                    return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
                if (!lib->SetWmiDataBlock) return complete(irp, STATUS_WMI_READ_ONLY, 0);
                return call_driver(record, "SetWmiDataBlock", lib->SetWmiDataBlock, device, irp,
                                   index, w->InstanceIndex, w->SizeDataBlock,
                                   buffer + w->DataBlockOffset);
            }
            case IRP_MN_CHANGE_SINGLE_ITEM: {
                auto* w = reinterpret_cast<PWNODE_SINGLE_ITEM>(buffer);
                if (w->InstanceIndex >= instances)
                    return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
                if (!lib->SetWmiDataItem) return complete(irp, STATUS_WMI_READ_ONLY, 0);
                return call_driver(record, "SetWmiDataItem", lib->SetWmiDataItem, device, irp,
                                   index, w->InstanceIndex, w->ItemId, w->SizeDataItem,
                                   buffer + w->DataBlockOffset);
            }
            case IRP_MN_EXECUTE_METHOD: {
                auto* w = reinterpret_cast<PWNODE_METHOD_ITEM>(buffer);
                if (w->InstanceIndex >= instances)
                    return complete(irp, STATUS_WMI_INSTANCE_NOT_FOUND, 0);
                if (!lib->ExecuteWmiMethod) return complete(irp, STATUS_INVALID_DEVICE_REQUEST, 0);
                ULONG offset = wnode_data_offset(irp);
                return call_driver(record, "ExecuteWmiMethod", lib->ExecuteWmiMethod, device, irp,
                                   index, w->InstanceIndex, w->MethodId, w->SizeDataBlock,
                                   size > offset ? size - offset : 0UL, buffer + offset);
            }
            case IRP_MN_ENABLE_EVENTS:
            case IRP_MN_DISABLE_EVENTS:
            case IRP_MN_ENABLE_COLLECTION:
            case IRP_MN_DISABLE_COLLECTION: {
                if (!lib->WmiFunctionControl) return complete(irp, STATUS_SUCCESS, 0);
                bool events = s->MinorFunction <= IRP_MN_DISABLE_EVENTS;
                bool enable = s->MinorFunction == IRP_MN_ENABLE_EVENTS ||
                              s->MinorFunction == IRP_MN_ENABLE_COLLECTION;
                return call_driver(record, "WmiFunctionControl", lib->WmiFunctionControl, device,
                                   irp, index, events ? WmiEventControl : WmiDataBlockControl,
                                   static_cast<BOOLEAN>(enable));
            }
            default:
                return complete(irp, STATUS_INVALID_DEVICE_REQUEST, 0);
        }
    });
}

extern "C" NTSTATUS WmiCompleteRequest(PDEVICE_OBJECT, PIRP irp, NTSTATUS status, ULONG used,
                                       CCHAR) {
    return guarded("WmiCompleteRequest", [&]() -> NTSTATUS {
        PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
        if (s->MinorFunction != IRP_MN_QUERY_ALL_DATA) return wmi_complete(irp, status, used);
        AllDataQuery query;
        {
            std::lock_guard lock(wmi_mutex);
            auto it = all_data_queries.find(irp);
            if (it != all_data_queries.end()) {
                query = std::move(it->second);
                all_data_queries.erase(it);
            }
        }
        // Lay the instances out: each at an 8-byte boundary, as the driver packed them.
        auto* w = static_cast<PWNODE_ALL_DATA>(s->Parameters.WMI.Buffer);
        ULONG count = static_cast<ULONG>(query.lengths.size());
        ULONG offset =
            align8(static_cast<ULONG>(offsetof(WNODE_ALL_DATA, OffsetInstanceDataAndLength) +
                                      count * sizeof(OFFSETINSTANCEDATAANDLENGTH)));
        if (status == STATUS_BUFFER_TOO_SMALL)
            return complete(irp, STATUS_SUCCESS,
                            wnode_too_small(s->Parameters.WMI.Buffer, offset + used));
        if (!NT_SUCCESS(status)) return complete(irp, status, 0);
        w->DataBlockOffset = offset;
        w->InstanceCount = count;
        w->OffsetInstanceNameOffsets = 0;
        ULONG at = offset;
        for (ULONG i = 0; i < count; ++i) {
            w->OffsetInstanceDataAndLength[i].OffsetInstanceData = at;
            w->OffsetInstanceDataAndLength[i].LengthInstanceData = query.lengths[i];
            at = align8(at + query.lengths[i]);
        }
        w->WnodeHeader.BufferSize = offset + used;
        w->WnodeHeader.Flags &= ~WNODE_FLAG_FIXED_INSTANCE_SIZE;
        return complete(irp, STATUS_SUCCESS, offset + used);
    });
}

}  // namespace wpptrace::framework
