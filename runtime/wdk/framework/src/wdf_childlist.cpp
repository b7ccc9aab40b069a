// wdf_childlist.cpp - dynamic child lists: the descriptions a bus driver reports present or
// missing, and the PDO the framework has the driver create for each present child
// (EvtChildListCreateDevice) on a started parent, deleted when the child goes missing.
#include <cstring>

#include "entry_guard.hpp"
#include "fx_device_init.hpp"

namespace wpptrace::framework {

namespace {

struct FxChildList : FxObject {
    FxDevice* device = nullptr;
    WDF_CHILD_LIST_CONFIG config{};
    struct Entry {
        std::vector<unsigned char> id, address;
        FxDevice* pdo = nullptr;
        bool reported = true;  // during a scan: reported present again
    };
    std::mutex mutex;
    std::vector<std::unique_ptr<Entry>> entries;
    bool scanning = false;
    explicit FxChildList(DriverRecord* r) : FxObject(FxType::general, r) {}
    WDFCHILDLIST handle_() { return reinterpret_cast<WDFCHILDLIST>(this); }
    void framework_cleanup() override;
};

std::mutex lists_mutex;
std::vector<FxChildList*> lists;  // live child lists, to find them by handle and by device

FxChildList* list_of(WDFCHILDLIST handle, const char* entry) {
    auto* o = fx_object(handle, entry);
    if (!o) return nullptr;
    std::lock_guard lock(lists_mutex);
    for (FxChildList* l : lists)
        if (l == o) return l;
    report_issue(
        o->driver, IssueKind::device_misuse,
        std::string(entry) + ": handle is a " + fx_type_name(o->type) + ", not a WDFCHILDLIST");
    return nullptr;
}

PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER id_of(FxChildList::Entry& e) {
    return reinterpret_cast<PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER>(e.id.data());
}
PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER address_of(FxChildList::Entry& e) {
    return e.address.empty()
               ? nullptr
               : reinterpret_cast<PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER>(e.address.data());
}

bool same_child(FxChildList* l, FxChildList::Entry& e,
                PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER id) {
    if (l->config.EvtChildListIdentificationDescriptionCompare)
        return call_driver(l->driver, "EvtChildListIdentificationDescriptionCompare",
                           l->config.EvtChildListIdentificationDescriptionCompare, l->handle_(),
                           id_of(e), id) != FALSE;
    return std::memcmp(e.id.data(), id, e.id.size()) == 0;
}

// The list's own copy of a description: the driver's duplicate callback, else its bytes.
NTSTATUS copy_id(FxChildList* l, FxChildList::Entry& e,
                 PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER id) {
    e.id.assign(l->config.IdentificationDescriptionSize, 0);
    if (l->config.EvtChildListIdentificationDescriptionDuplicate) {
        reinterpret_cast<PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER>(e.id.data())
            ->IdentificationDescriptionSize = l->config.IdentificationDescriptionSize;
        return call_driver(l->driver, "EvtChildListIdentificationDescriptionDuplicate",
                           l->config.EvtChildListIdentificationDescriptionDuplicate, l->handle_(),
                           id, id_of(e));
    }
    std::memcpy(e.id.data(), id, e.id.size());
    return STATUS_SUCCESS;
}

NTSTATUS copy_address(FxChildList* l, FxChildList::Entry& e,
                      PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER address) {
    if (!address || l->config.AddressDescriptionSize == 0) return STATUS_SUCCESS;
    if (!e.address.empty() && l->config.EvtChildListAddressDescriptionCleanup)
        call_driver(l->driver, "EvtChildListAddressDescriptionCleanup",
                    l->config.EvtChildListAddressDescriptionCleanup, l->handle_(), address_of(e));
    e.address.assign(l->config.AddressDescriptionSize, 0);
    if (l->config.EvtChildListAddressDescriptionDuplicate)
        return call_driver(l->driver, "EvtChildListAddressDescriptionDuplicate",
                           l->config.EvtChildListAddressDescriptionDuplicate, l->handle_(), address,
                           address_of(e));
    std::memcpy(e.address.data(), address, e.address.size());
    return STATUS_SUCCESS;
}

void cleanup_entry(FxChildList* l, FxChildList::Entry& e) {
    if (!e.address.empty() && l->config.EvtChildListAddressDescriptionCleanup)
        call_driver(l->driver, "EvtChildListAddressDescriptionCleanup",
                    l->config.EvtChildListAddressDescriptionCleanup, l->handle_(), address_of(e));
    if (l->config.EvtChildListIdentificationDescriptionCleanup)
        call_driver(l->driver, "EvtChildListIdentificationDescriptionCleanup",
                    l->config.EvtChildListIdentificationDescriptionCleanup, l->handle_(), id_of(e));
}

// The driver creates the child's PDO from a framework-owned init, as on a bus relations query.
void create_pdo(FxChildList* l, FxChildList::Entry& e) {
    if (e.pdo || !l->device->prepared || l->device->surprise_removed) return;
    WDFDEVICE_INIT init;
    init.driver = l->device->fx_driver;
    init.pdo_init = true;
    init.parent = l->device;
    NTSTATUS status =
        call_driver(l->driver, "EvtChildListCreateDevice", l->config.EvtChildListCreateDevice,
                    l->handle_(), id_of(e), &init);
    if (!NT_SUCCESS(status) || !init.created) {
        if (NT_SUCCESS(status))
            report_issue(l->driver, IssueKind::device_misuse,
                         "EvtChildListCreateDevice succeeded without creating the child's "
                         "device (WdfDeviceCreate)");
        if (init.created) fx_delete(init.created);
        return;
    }
    e.pdo = init.created;
    pdo_add_child(l->device, e.pdo);
}

void remove_pdo(FxChildList::Entry& e) {
    if (!e.pdo) return;
    FxDevice* pdo = e.pdo;
    e.pdo = nullptr;
    fx_delete(pdo);  // its framework cleanup deletes the device object and forgets the child
}

NTSTATUS create_list(FxDevice* d, PWDF_CHILD_LIST_CONFIG config, PWDF_OBJECT_ATTRIBUTES attributes,
                     FxChildList** out) {
    if (!config || config->Size != sizeof(WDF_CHILD_LIST_CONFIG) ||
        config->IdentificationDescriptionSize <
            sizeof(WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER) ||
        !config->EvtChildListCreateDevice)
        return STATUS_INVALID_PARAMETER;
    auto* l = new FxChildList(d->driver);
    l->device = d;
    l->config = *config;
    NTSTATUS status = fx_initialize(l, attributes, d);  // a child list belongs to its device
    if (!NT_SUCCESS(status)) {
        delete l;
        return status;
    }
    std::lock_guard lock(lists_mutex);
    lists.push_back(l);
    *out = l;
    return STATUS_SUCCESS;
}

}  // namespace

void FxChildList::framework_cleanup() {
    {
        std::lock_guard lock(lists_mutex);
        std::erase(lists, this);
    }
    if (device && device->default_child_list == this) device->default_child_list = nullptr;
    std::vector<std::unique_ptr<Entry>> gone;
    {
        std::lock_guard lock(mutex);
        gone.swap(entries);
    }
    // The PDOs are children of the same device, which is going with them: only the
    // descriptions are the list's to clean up.
    for (auto& e : gone) cleanup_entry(this, *e);
}

void child_list_create_default(FxDevice* d, const WDFDEVICE_INIT* init) {
    WDF_CHILD_LIST_CONFIG config = init->child_list_config;
    WDF_OBJECT_ATTRIBUTES attributes = init->child_list_attributes;
    FxChildList* l = nullptr;
    if (NT_SUCCESS(
            create_list(d, &config, init->has_child_list_attributes ? &attributes : nullptr, &l)))
        d->default_child_list = l;
}

void child_lists_start(FxDevice* d) {
    std::vector<FxChildList*> mine;
    {
        std::lock_guard lock(lists_mutex);
        for (FxChildList* l : lists)
            if (l->device == d) mine.push_back(l);
    }
    for (FxChildList* l : mine) {
        if (l->config.EvtChildListScanForChildren)
            call_driver(l->driver, "EvtChildListScanForChildren",
                        l->config.EvtChildListScanForChildren, l->handle_());
        std::vector<FxChildList::Entry*> entries;
        {
            std::lock_guard lock(l->mutex);
            for (auto& e : l->entries) entries.push_back(e.get());
        }
        for (auto* e : entries) create_pdo(l, *e);
    }
}

extern "C" void WdfFdoInitSetDefaultChildListConfig(PWDFDEVICE_INIT init,
                                                    PWDF_CHILD_LIST_CONFIG config,
                                                    PWDF_OBJECT_ATTRIBUTES attributes) {
    if (!init || !config || config->Size != sizeof(WDF_CHILD_LIST_CONFIG)) {
        report_issue(calling_driver(__builtin_return_address(0)), IssueKind::device_misuse,
                     "WdfFdoInitSetDefaultChildListConfig: no init or a config of the wrong size");
        return;
    }
    init->child_list_config = *config;
    init->has_child_list = true;
    if (attributes) {
        init->child_list_attributes = *attributes;
        init->child_list_attributes.ParentObject = nullptr;
        init->has_child_list_attributes = true;
    }
}

extern "C" WDFCHILDLIST WdfFdoGetDefaultChildList(WDFDEVICE fdo) {
    auto* d = fx_cast<FxDevice>(fdo, FxType::device, "WdfFdoGetDefaultChildList");
    return d ? reinterpret_cast<WDFCHILDLIST>(d->default_child_list) : nullptr;
}

extern "C" NTSTATUS WdfChildListCreate(WDFDEVICE device, PWDF_CHILD_LIST_CONFIG config,
                                       PWDF_OBJECT_ATTRIBUTES attributes, WDFCHILDLIST* out) {
    return guarded("WdfChildListCreate", [&]() -> NTSTATUS {
        auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfChildListCreate");
        if (!d || !out) return STATUS_INVALID_PARAMETER;
        FxChildList* l = nullptr;
        NTSTATUS status = create_list(d, config, attributes, &l);
        if (NT_SUCCESS(status)) *out = l->handle_();
        return status;
    });
}

extern "C" WDFDEVICE WdfChildListGetDevice(WDFCHILDLIST list) {
    FxChildList* l = list_of(list, "WdfChildListGetDevice");
    return l ? reinterpret_cast<WDFDEVICE>(l->device) : nullptr;
}

extern "C" NTSTATUS WdfChildListAddOrUpdateChildDescriptionAsPresent(
    WDFCHILDLIST list, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER id,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER address) {
    return guarded("WdfChildListAddOrUpdateChildDescriptionAsPresent", [&]() -> NTSTATUS {
        FxChildList* l = list_of(list, "WdfChildListAddOrUpdateChildDescriptionAsPresent");
        if (!l || !id ||
            id->IdentificationDescriptionSize != l->config.IdentificationDescriptionSize)
            return STATUS_INVALID_PARAMETER;
        if (address && address->AddressDescriptionSize != l->config.AddressDescriptionSize)
            return STATUS_INVALID_PARAMETER;
        FxChildList::Entry* entry = nullptr;
        std::vector<FxChildList::Entry*> all;
        {
            std::lock_guard lock(l->mutex);
            for (auto& e : l->entries) all.push_back(e.get());
        }
        for (auto* e : all)
            if (same_child(l, *e, id)) entry = e;
        if (entry) {
            entry->reported = true;
            NTSTATUS status = copy_address(l, *entry, address);
            return NT_SUCCESS(status) ? STATUS_OBJECT_NAME_EXISTS : status;
        }
        auto fresh = std::make_unique<FxChildList::Entry>();
        NTSTATUS status = copy_id(l, *fresh, id);
        if (NT_SUCCESS(status)) status = copy_address(l, *fresh, address);
        if (!NT_SUCCESS(status)) return status;
        entry = fresh.get();
        {
            std::lock_guard lock(l->mutex);
            l->entries.push_back(std::move(fresh));
        }
        if (!l->scanning) create_pdo(l, *entry);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfChildListUpdateChildDescriptionAsMissing(
    WDFCHILDLIST list, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER id) {
    return guarded("WdfChildListUpdateChildDescriptionAsMissing", [&]() -> NTSTATUS {
        FxChildList* l = list_of(list, "WdfChildListUpdateChildDescriptionAsMissing");
        if (!l || !id) return STATUS_INVALID_PARAMETER;
        std::unique_ptr<FxChildList::Entry> gone;
        std::vector<FxChildList::Entry*> all;
        {
            std::lock_guard lock(l->mutex);
            for (auto& e : l->entries) all.push_back(e.get());
        }
        FxChildList::Entry* match = nullptr;
        for (auto* e : all)
            if (same_child(l, *e, id)) match = e;
        if (!match) return STATUS_NO_SUCH_DEVICE;
        {
            std::lock_guard lock(l->mutex);
            for (auto it = l->entries.begin(); it != l->entries.end(); ++it)
                if (it->get() == match) {
                    gone = std::move(*it);
                    l->entries.erase(it);
                    break;
                }
        }
        remove_pdo(*gone);
        cleanup_entry(l, *gone);
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfChildListBeginScan(WDFCHILDLIST list) {
    guarded_void("WdfChildListBeginScan", [&] {
        FxChildList* l = list_of(list, "WdfChildListBeginScan");
        if (!l) return;
        std::lock_guard lock(l->mutex);
        l->scanning = true;
        for (auto& e : l->entries) e->reported = false;
    });
}

extern "C" void WdfChildListEndScan(WDFCHILDLIST list) {
    guarded_void("WdfChildListEndScan", [&] {
        FxChildList* l = list_of(list, "WdfChildListEndScan");
        if (!l) return;
        std::vector<std::unique_ptr<FxChildList::Entry>> gone;
        std::vector<FxChildList::Entry*> present;
        {
            std::lock_guard lock(l->mutex);
            l->scanning = false;
            for (auto it = l->entries.begin(); it != l->entries.end();) {
                if (!(*it)->reported) {
                    gone.push_back(std::move(*it));
                    it = l->entries.erase(it);
                } else {
                    present.push_back(it->get());
                    ++it;
                }
            }
        }
        for (auto& e : gone) {
            remove_pdo(*e);
            cleanup_entry(l, *e);
        }
        for (auto* e : present) create_pdo(l, *e);
    });
}

}  // namespace wpptrace::framework
