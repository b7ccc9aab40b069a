// wdf_workitem.cpp - WDFWORKITEM: EvtWorkItemFunc on the execution engine's worker threads at
// PASSIVE_LEVEL. Deleting the work item (itself or with its parent) removes it from the queue
// and waits for a running callback.
#include <wdfworkitem.h>

#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "ke_dispatcher.hpp"
#include "wdf_deferred.hpp"

namespace wpptrace::framework {

namespace {

struct FxWorkItem : FxObject {
    WDF_WORKITEM_CONFIG config{};
    explicit FxWorkItem(DriverRecord* r) : FxObject(FxType::work_item, r) {}
    void framework_cleanup() override {
        exec::work_remove(this);
        exec::work_wait_idle(this);
    }
};

FxWorkItem* work_item_of(WDFWORKITEM item, const char* entry) {
    return fx_cast<FxWorkItem>(item, FxType::work_item, entry);
}

}  // namespace

extern "C" NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG config,
                                      PWDF_OBJECT_ATTRIBUTES attributes, WDFWORKITEM* item) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfWorkItemCreate", [&]() -> NTSTATUS {
        NTSTATUS status;
        if (injected_failure(record, "WdfWorkItemCreate", status)) return status;
        if (!config || !item || !config->EvtWorkItemFunc) return STATUS_INVALID_PARAMETER;
        if (config->Size != sizeof(WDF_WORKITEM_CONFIG)) return STATUS_INFO_LENGTH_MISMATCH;
        FxObject* parent = nullptr;
        status = deferred_parent(attributes, "WdfWorkItemCreate", &parent);
        if (!NT_SUCCESS(status)) return status;
        auto* w = new FxWorkItem(parent->driver);
        w->config = *config;
        status = deferred_create(w, attributes, parent);
        if (NT_SUCCESS(status)) *item = reinterpret_cast<WDFWORKITEM>(w);
        return status;
    });
}

extern "C" void WdfWorkItemEnqueue(WDFWORKITEM item) {
    guarded_void("WdfWorkItemEnqueue", [&] {
        FxWorkItem* w = work_item_of(item, "WdfWorkItemEnqueue");
        if (!w) return;
        PFN_WDF_WORKITEM callback = w->config.EvtWorkItemFunc;
        DriverRecord* record = w->driver;
        // Already queued (not yet running): nothing to do, as documented.
        exec::work_queue(w, record,
                         [=] { call_driver(record, "EvtWorkItemFunc", callback, item); });
    });
}

extern "C" void WdfWorkItemFlush(WDFWORKITEM item) {
    const void* caller = __builtin_return_address(0);
    guarded_void("WdfWorkItemFlush", [&] {
        FxWorkItem* w = work_item_of(item, "WdfWorkItemFlush");
        if (!w) return;
        if (may_wait_for_callback(caller, "WdfWorkItemFlush", exec::work_running_here(w)))
            exec::work_wait_idle(w);
    });
}

extern "C" WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM item) {
    FxWorkItem* w = work_item_of(item, "WdfWorkItemGetParentObject");
    return w && w->parent ? w->parent->handle() : nullptr;
}

}  // namespace wpptrace::framework
