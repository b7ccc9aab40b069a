// wdf_collection.cpp - collections of framework objects. Each item is referenced while it is
// in the collection (fx_reference), so an item deleted meanwhile stays valid until it leaves.
#include <algorithm>

#include "entry_guard.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {

namespace {

struct FxCollection : FxObject {
    std::mutex mutex;
    std::vector<FxObject*> items;
    explicit FxCollection(DriverRecord* r) : FxObject(FxType::collection, r) {}
    // Deleting the collection removes (and dereferences) every item.
    void framework_cleanup() override {
        std::vector<FxObject*> gone;
        {
            std::lock_guard lock(mutex);
            gone.swap(items);
        }
        for (FxObject* o : gone) fx_dereference(o);
    }
};

FxCollection* collection_of(WDFCOLLECTION collection, const char* entry) {
    return fx_cast<FxCollection>(collection, FxType::collection, entry);
}

WDFOBJECT item_at(WDFCOLLECTION collection, long index, const char* entry) {
    FxCollection* c = collection_of(collection, entry);
    if (!c) return nullptr;
    std::lock_guard lock(c->mutex);
    if (c->items.empty()) return nullptr;
    if (index < 0) index = static_cast<long>(c->items.size()) - 1;
    if (static_cast<std::size_t>(index) >= c->items.size()) return nullptr;
    return c->items[static_cast<std::size_t>(index)]->handle();
}

}  // namespace

extern "C" NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES attributes,
                                        WDFCOLLECTION* collection) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfCollectionCreate", [&]() -> NTSTATUS {
        if (!record || !record->fx || !collection) return STATUS_INVALID_PARAMETER;
        FxObject* parent = record->fx;
        if (attributes && attributes->ParentObject) {
            parent = fx_object(attributes->ParentObject, "WdfCollectionCreate");
            if (!parent) return STATUS_INVALID_PARAMETER;
        }
        auto* c = new FxCollection(record);
        NTSTATUS status = fx_initialize(c, attributes, parent);
        if (!NT_SUCCESS(status)) {
            delete c;
            return status;
        }
        *collection = reinterpret_cast<WDFCOLLECTION>(c);
        return STATUS_SUCCESS;
    });
}

extern "C" ULONG WdfCollectionGetCount(WDFCOLLECTION collection) {
    FxCollection* c = collection_of(collection, "WdfCollectionGetCount");
    if (!c) return 0;
    std::lock_guard lock(c->mutex);
    return static_cast<ULONG>(c->items.size());
}

extern "C" NTSTATUS WdfCollectionAdd(WDFCOLLECTION collection, WDFOBJECT object) {
    return guarded("WdfCollectionAdd", [&]() -> NTSTATUS {
        FxCollection* c = collection_of(collection, "WdfCollectionAdd");
        FxObject* o = fx_object(object, "WdfCollectionAdd");
        if (!c || !o) return STATUS_INVALID_PARAMETER;
        fx_reference(o);
        std::lock_guard lock(c->mutex);
        c->items.push_back(o);
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfCollectionRemove(WDFCOLLECTION collection, WDFOBJECT item) {
    guarded_void("WdfCollectionRemove", [&] {
        FxCollection* c = collection_of(collection, "WdfCollectionRemove");
        if (!c) return;
        FxObject* found = nullptr;
        {
            std::lock_guard lock(c->mutex);
            auto it = std::find(c->items.begin(), c->items.end(), static_cast<FxObject*>(item));
            if (it != c->items.end()) {
                found = *it;
                c->items.erase(it);
            }
        }
        if (!found) {
            report_issue(c->driver, IssueKind::device_misuse,
                         "WdfCollectionRemove: the object is not in the collection");
            return;
        }
        fx_dereference(found);
    });
}

extern "C" void WdfCollectionRemoveItem(WDFCOLLECTION collection, ULONG index) {
    guarded_void("WdfCollectionRemoveItem", [&] {
        FxCollection* c = collection_of(collection, "WdfCollectionRemoveItem");
        if (!c) return;
        FxObject* found = nullptr;
        {
            std::lock_guard lock(c->mutex);
            if (index < c->items.size()) {
                found = c->items[index];
                c->items.erase(c->items.begin() + index);
            }
        }
        if (!found) {
            report_issue(
                c->driver, IssueKind::device_misuse,
                "WdfCollectionRemoveItem: index " + std::to_string(index) + " is out of range");
            return;
        }
        fx_dereference(found);
    });
}

extern "C" WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION collection, ULONG index) {
    return item_at(collection, static_cast<long>(index), "WdfCollectionGetItem");
}

extern "C" WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION collection) {
    return item_at(collection, 0, "WdfCollectionGetFirstItem");
}

extern "C" WDFOBJECT WdfCollectionGetLastItem(WDFCOLLECTION collection) {
    return item_at(collection, -1, "WdfCollectionGetLastItem");
}

}  // namespace wpptrace::framework
