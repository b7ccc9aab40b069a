// wmi_query.cpp - the host as WMI: finds which registered device object of a stack provides a
// data block (IRP_MN_REGINFO_EX: its WMIREGINFO), then queries one instance of the block
// (IRP_MN_QUERY_SINGLE_INSTANCE with a WNODE_SINGLE_INSTANCE), asking again with a larger
// buffer when the provider answers WNODE_TOO_SMALL.
#include <cstring>

#include "io_setup.hpp"
#include "io_wmi.hpp"
#include "wdm_device.hpp"

namespace wpptrace::host {

namespace {

constexpr ULONG data_offset = (offsetof(WNODE_SINGLE_INSTANCE, VariableData) + 7) & ~7u;

std::vector<unsigned char> single_instance_request(const GUID& guid, ULONG instance,
                                                   ULONG_PTR provider, ULONG size) {
    std::vector<unsigned char> bytes(size, 0);
    auto* w = reinterpret_cast<PWNODE_SINGLE_INSTANCE>(bytes.data());
    w->WnodeHeader.BufferSize = size;
    w->WnodeHeader.ProviderId = static_cast<ULONG>(provider);
    w->WnodeHeader.Guid = guid;
    w->WnodeHeader.Flags = WNODE_FLAG_SINGLE_INSTANCE | WNODE_FLAG_STATIC_INSTANCE_NAMES;
    w->InstanceIndex = instance;
    w->DataBlockOffset = data_offset;
    return bytes;
}

bool same_guid(const GUID& a, const GUID& b) {
    return std::memcmp(&a, &b, sizeof(GUID)) == 0;
}

}  // namespace

bool DriverHost::wmi_provides(Device& device, PDEVICE_OBJECT provider, const GUID& guid) {
    ULONG size = 4096;
    for (int attempt = 0; attempt < 2; ++attempt) {
        IoSetup setup{.major = IRP_MJ_SYSTEM_CONTROL, .minor = IRP_MN_REGINFO_EX};
        setup.wmi_provider = reinterpret_cast<ULONG_PTR>(provider);
        setup.input.assign(size, 0);
        IoResult r = send(device, setup);
        if (!r.completed) return false;
        if (r.status == STATUS_BUFFER_TOO_SMALL && r.output.size() >= sizeof(ULONG)) {
            std::memcpy(&size, r.output.data(), sizeof size);  // the size it needs
            continue;
        }
        if (!NT_SUCCESS(r.status) || r.output.size() < offsetof(WMIREGINFOW, WmiRegGuid))
            return false;
        const auto* info = reinterpret_cast<const WMIREGINFOW*>(r.output.data());
        std::size_t count = info->GuidCount;
        if (count > (r.output.size() - offsetof(WMIREGINFOW, WmiRegGuid)) / sizeof(WMIREGGUIDW))
            return false;
        for (std::size_t i = 0; i < count; ++i)
            if (same_guid(info->WmiRegGuid[i].Guid, guid) &&
                !(info->WmiRegGuid[i].Flags & WMIREG_FLAG_REMOVE_GUID))
                return true;
        return false;
    }
    return false;
}

WmiResult DriverHost::wmi_query(Device& device, const GUID& guid, ULONG instance) {
    WmiResult result;
    result.status = STATUS_WMI_GUID_NOT_FOUND;
    result.completed = true;
    if (!device.pdo || device.removed) {
        result.status = STATUS_NO_SUCH_DEVICE;
        return result;
    }
    // The stack, top first: WMI's IRPs go to the top, for one registered device object.
    std::vector<PDEVICE_OBJECT> stack;
    for (PDEVICE_OBJECT d = device.pdo; d; d = d->AttachedDevice) stack.insert(stack.begin(), d);
    for (PDEVICE_OBJECT provider : stack) {
        // As WMI: the registered device objects' GUIDs, from IRP_MN_REGINFO_EX.
        if (!framework::wmi_is_registered(provider) || !wmi_provides(device, provider, guid))
            continue;
        ULONG size = 4096;
        for (int attempt = 0; attempt < 2; ++attempt) {
            IoSetup setup{.major = IRP_MJ_SYSTEM_CONTROL, .minor = IRP_MN_QUERY_SINGLE_INSTANCE};
            setup.wmi_provider = reinterpret_cast<ULONG_PTR>(provider);
            setup.wmi_guid = guid;
            setup.input = single_instance_request(guid, instance, setup.wmi_provider, size);
            IoResult r = send(device, setup);
            result.completed = r.completed;
            result.status = r.completed ? r.status : STATUS_PENDING;
            result.provider = framework::describe_device(provider);
            if (!r.completed || !NT_SUCCESS(r.status)) break;
            if (r.output.size() >= sizeof(WNODE_TOO_SMALL)) {
                const auto* header = reinterpret_cast<const WNODE_HEADER*>(r.output.data());
                if (header->Flags & WNODE_FLAG_TOO_SMALL) {
                    size = reinterpret_cast<const WNODE_TOO_SMALL*>(r.output.data())->SizeNeeded;
                    result.status = STATUS_BUFFER_TOO_SMALL;
                    continue;
                }
            }
            if (r.output.size() < data_offset) {
                result.status = STATUS_INVALID_BUFFER_SIZE;  // not a WNODE
                break;
            }
            const auto* w = reinterpret_cast<const WNODE_SINGLE_INSTANCE*>(r.output.data());
            std::size_t from = w->DataBlockOffset, length = w->SizeDataBlock;
            if (from > r.output.size() || length > r.output.size() - from) {
                result.status = STATUS_INVALID_BUFFER_SIZE;
                break;
            }
            result.data.assign(r.output.begin() + static_cast<std::ptrdiff_t>(from),
                               r.output.begin() + static_cast<std::ptrdiff_t>(from + length));
            break;
        }
        if (!result.completed || result.status != STATUS_WMI_GUID_NOT_FOUND) return result;
    }
    return result;
}

}  // namespace wpptrace::host
