// wdf_object.cpp - the WDF object tree: attributes, contexts, parent/child links and deletion.
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "entry_guard.hpp"
#include "fx_memory.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {
namespace {
// One lock for every tree of the process: links change rarely (object creation, deletion),
// and callbacks never run under it.
std::mutex tree_mutex;
// Guards references/zombie: whether the last reference or the deletion comes last.
std::mutex reference_mutex;

// A deleted object that is still referenced waits for its last dereference (true).
bool defer_destroy(FxObject* object) {
    std::lock_guard lock(reference_mutex);
    if (object->references.load() <= 0) return false;
    object->zombie = true;
    return true;
}

void destroy_and_free(FxObject* o) {
    if (o->destroy) call_driver(o->driver, "EvtDestroyCallback", o->destroy, o->handle());
    if (o->keep_after_delete())
        retire_request(static_cast<FxRequest*>(o));
    else
        delete o;
}

void collect_post_order(FxObject* object, std::vector<FxObject*>& out) {
    for (auto it = object->children.rbegin(); it != object->children.rend(); ++it)
        collect_post_order(*it, out);
    out.push_back(object);
}
}  // namespace

const char* fx_type_name(FxType type) {
    switch (type) {
        case FxType::driver:
            return "WDFDRIVER";
        case FxType::device:
            return "WDFDEVICE";
        case FxType::queue:
            return "WDFQUEUE";
        case FxType::request:
            return "WDFREQUEST";
        case FxType::key:
            return "WDFKEY";
        case FxType::wait_lock:
            return "WDFWAITLOCK";
        case FxType::spin_lock:
            return "WDFSPINLOCK";
        case FxType::general:
            return "WDFOBJECT";
        case FxType::resources:
            return "WDFCMRESLIST";
        case FxType::io_target:
            return "WDFIOTARGET";
        case FxType::wmi_provider:
            return "WDFWMIPROVIDER";
        case FxType::wmi_instance:
            return "WDFWMIINSTANCE";
        case FxType::memory:
            return "WDFMEMORY";
        case FxType::string:
            return "WDFSTRING";
        case FxType::collection:
            return "WDFCOLLECTION";
        case FxType::file_object:
            return "WDFFILEOBJECT";
        case FxType::timer:
            return "WDFTIMER";
        case FxType::work_item:
            return "WDFWORKITEM";
        case FxType::dpc:
            return "WDFDPC";
    }
    return "WDFOBJECT";
}

FxObject::~FxObject() {
    for (auto& c : contexts) std::free(c.memory);
    magic = 0;
}

FxObject* fx_object(WDFOBJECT handle, const char* entry) {
    auto* o = static_cast<FxObject*>(handle);
    if (!o || o->magic != FxObject::live_magic) {
        report_issue(calling_driver(__builtin_return_address(0)), IssueKind::device_misuse,
                     std::string(entry) + ": invalid or deleted WDF handle");
        return nullptr;
    }
    return o;
}

NTSTATUS fx_allocate_context(FxObject* object, PWDF_OBJECT_ATTRIBUTES attributes, void** context) {
    if (!attributes || !attributes->ContextTypeInfo) return STATUS_SUCCESS;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO type = attributes->ContextTypeInfo->UniqueType
                                              ? attributes->ContextTypeInfo->UniqueType
                                              : attributes->ContextTypeInfo;
    for (const auto& c : object->contexts)
        if (c.type == type) return STATUS_OBJECT_NAME_COLLISION;  // as WdfObjectAllocateContext
    std::size_t size = attributes->ContextSizeOverride > type->ContextSize
                           ? attributes->ContextSizeOverride
                           : type->ContextSize;
    std::size_t rounded = (size + 15) / 16 * 16;
    void* memory = std::aligned_alloc(16, rounded ? rounded : 16);
    if (!memory) return STATUS_INSUFFICIENT_RESOURCES;
    std::memset(memory, 0, rounded ? rounded : 16);
    object->contexts.push_back({type, memory});
    if (context) *context = memory;
    return STATUS_SUCCESS;
}

NTSTATUS fx_initialize(FxObject* object, PWDF_OBJECT_ATTRIBUTES attributes, FxObject* parent) {
    if (attributes) {
        if (attributes->Size != sizeof(WDF_OBJECT_ATTRIBUTES)) return STATUS_INVALID_PARAMETER;
        object->cleanup = attributes->EvtCleanupCallback;
        object->destroy = attributes->EvtDestroyCallback;
        NTSTATUS status = fx_allocate_context(object, attributes, nullptr);
        if (!NT_SUCCESS(status)) return status;
    }
    if (parent) {
        std::lock_guard lock(tree_mutex);
        object->parent = parent;
        parent->children.push_back(object);
    }
    return STATUS_SUCCESS;
}

void fx_delete(FxObject* object) {
    std::vector<FxObject*> order;
    {
        std::lock_guard lock(tree_mutex);
        if (object->parent) std::erase(object->parent->children, object);
        object->parent = nullptr;
        collect_post_order(object, order);
    }
    for (FxObject* o : order) o->framework_cleanup();
    for (FxObject* o : order)
        if (o->cleanup) call_driver(o->driver, "EvtCleanupCallback", o->cleanup, o->handle());
    std::vector<FxObject*> deferred;
    for (FxObject* o : order)
        if (defer_destroy(o)) deferred.push_back(o);
    for (FxObject* o : order)
        if (o->destroy && std::find(deferred.begin(), deferred.end(), o) == deferred.end())
            call_driver(o->driver, "EvtDestroyCallback", o->destroy, o->handle());
    for (FxObject* o : order) {
        if (std::find(deferred.begin(), deferred.end(), o) != deferred.end()) continue;
        if (o->keep_after_delete())
            retire_request(static_cast<FxRequest*>(o));
        else
            delete o;
    }
}

void fx_reference(FxObject* object) {
    std::lock_guard lock(reference_mutex);
    ++object->references;
}

void fx_dereference(FxObject* object) {
    {
        std::lock_guard lock(reference_mutex);
        if (object->references.load() <= 0) {
            report_issue(object->driver, IssueKind::device_misuse,
                         std::string("WdfObjectDereference on a ") + fx_type_name(object->type) +
                             " without a reference to drop");
            return;
        }
        if (--object->references > 0 || !object->zombie) return;
    }
    destroy_and_free(object);
}

DriverRecord* calling_driver(const void* return_address) {
    return driver_of_address(return_address);
}

extern "C" PVOID WdfObjectGetTypedContextWorker(WDFOBJECT handle,
                                                PCWDF_OBJECT_CONTEXT_TYPE_INFO type) {
    FxObject* o = fx_object(handle, "WdfObjectGetTypedContextWorker");
    if (!o || !type) return nullptr;
    for (const auto& c : o->contexts)
        if (c.type == type) return c.memory;
    return nullptr;
}

extern "C" NTSTATUS WdfObjectAllocateContext(WDFOBJECT handle, PWDF_OBJECT_ATTRIBUTES attributes,
                                             PVOID* context) {
    return guarded("WdfObjectAllocateContext", [&]() -> NTSTATUS {
        FxObject* o = fx_object(handle, "WdfObjectAllocateContext");
        if (!o || !attributes || !attributes->ContextTypeInfo) return STATUS_INVALID_PARAMETER;
        NTSTATUS status = fx_allocate_context(o, attributes, context);
        if (NT_SUCCESS(status)) {
            // The WDK lets a context bring its own callbacks, run with the object's.
            if (attributes->EvtCleanupCallback && !o->cleanup)
                o->cleanup = attributes->EvtCleanupCallback;
            if (attributes->EvtDestroyCallback && !o->destroy)
                o->destroy = attributes->EvtDestroyCallback;
        }
        return status;
    });
}

extern "C" WDFOBJECT WdfObjectContextGetObject(PVOID context) {
    // Contexts are not behind their object here, so look through the caller's driver tree.
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    if (!record || !record->fx || !context) return nullptr;
    std::vector<FxObject*> pending{record->fx};
    while (!pending.empty()) {
        FxObject* o = pending.back();
        pending.pop_back();
        for (const auto& c : o->contexts)
            if (c.memory == context) return o->handle();
        pending.insert(pending.end(), o->children.begin(), o->children.end());
    }
    return nullptr;
}

extern "C" NTSTATUS WdfObjectCreate(PWDF_OBJECT_ATTRIBUTES attributes, WDFOBJECT* object) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfObjectCreate", [&]() -> NTSTATUS {
        if (!record || !record->fx || !object) return STATUS_INVALID_PARAMETER;
        FxObject* parent = record->fx;
        if (attributes && attributes->ParentObject) {
            parent = fx_object(attributes->ParentObject, "WdfObjectCreate");
            if (!parent) return STATUS_INVALID_PARAMETER;
        }
        auto* o = new FxObject(FxType::general, record);
        NTSTATUS status = fx_initialize(o, attributes, parent);
        if (!NT_SUCCESS(status)) {
            delete o;
            return status;
        }
        *object = o->handle();
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfObjectDelete(WDFOBJECT handle) {
    guarded_void("WdfObjectDelete", [&] {
        FxObject* o = fx_object(handle, "WdfObjectDelete");
        if (!o) return;
        bool own_request =
            o->type == FxType::request && static_cast<FxRequest*>(o)->created_by_driver;
        if (own_request && request_sent_to_target(static_cast<FxRequest*>(o))) {
            report_issue(o->driver, IssueKind::device_misuse,
                         "WdfObjectDelete on a WDFREQUEST that an I/O target still owns (sent, "
                         "not completed)");
            return;
        }
        bool control_device = o->type == FxType::device && static_cast<FxDevice*>(o)->control;
        if (o->type == FxType::driver || (o->type == FxType::device && !control_device) ||
            (o->type == FxType::request && !own_request) || o->type == FxType::resources) {
            // The framework owns these: a PnP device goes with IRP_MN_REMOVE_DEVICE, a request
            // with its completion, the driver with its unload.
            report_issue(o->driver, IssueKind::device_misuse,
                         std::string("WdfObjectDelete on a ") + fx_type_name(o->type) +
                             ", which the framework deletes itself");
            return;
        }
        if (o->zombie) {
            report_issue(
                o->driver, IssueKind::device_misuse,
                std::string("WdfObjectDelete on a ") + fx_type_name(o->type) + " already deleted");
            return;
        }
        if (o->type == FxType::memory && static_cast<FxMemory*>(o)->request_side) {
            report_issue(o->driver, IssueKind::device_misuse,
                         "WdfObjectDelete on the memory object of a request's buffer, which "
                         "the framework deletes with the request");
            return;
        }
        fx_delete(o);
    });
}

extern "C" void WdfObjectReferenceActual(WDFOBJECT handle, PVOID, LONG, const CHAR*) {
    guarded_void("WdfObjectReferenceActual", [&] {
        if (FxObject* o = fx_object(handle, "WdfObjectReferenceActual")) fx_reference(o);
    });
}

extern "C" void WdfObjectDereferenceActual(WDFOBJECT handle, PVOID, LONG, const CHAR*) {
    guarded_void("WdfObjectDereferenceActual", [&] {
        if (FxObject* o = fx_object(handle, "WdfObjectDereferenceActual")) fx_dereference(o);
    });
}

}  // namespace wpptrace::framework
