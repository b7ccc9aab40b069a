// wdf_dpc.cpp - WDFDPC: a KDPC of the execution engine whose routine runs EvtDpcFunc at
// DISPATCH_LEVEL. Deleting the DPC object (itself or with its parent) removes it from the queue
// and waits for a running callback.
#include <wdfdpc.h>

#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "ke_dispatcher.hpp"
#include "wdf_deferred.hpp"

namespace wpptrace::framework {

namespace {

struct FxDpc : FxObject {
    WDF_DPC_CONFIG config{};
    KDPC dpc{};
    explicit FxDpc(DriverRecord* r) : FxObject(FxType::dpc, r) {}
    void framework_cleanup() override {
        exec::dpc_remove(&dpc);
        exec::dpc_wait_idle(&dpc);
    }
    // Touches nothing of the object after the callback, which may delete it.
    static void run(PKDPC, void* context, void*, void*) {
        auto* d = static_cast<FxDpc*>(context);
        call_driver(d->driver, "EvtDpcFunc", d->config.EvtDpcFunc,
                    reinterpret_cast<WDFDPC>(d->handle()));
    }
};

FxDpc* dpc_of(WDFDPC dpc, const char* entry) {
    return fx_cast<FxDpc>(dpc, FxType::dpc, entry);
}

}  // namespace

extern "C" NTSTATUS WdfDpcCreate(PWDF_DPC_CONFIG config, PWDF_OBJECT_ATTRIBUTES attributes,
                                 WDFDPC* dpc) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfDpcCreate", [&]() -> NTSTATUS {
        NTSTATUS status;
        if (injected_failure(record, "WdfDpcCreate", status)) return status;
        if (!config || !dpc || !config->EvtDpcFunc) return STATUS_INVALID_PARAMETER;
        if (config->Size != sizeof(WDF_DPC_CONFIG)) return STATUS_INFO_LENGTH_MISMATCH;
        FxObject* parent = nullptr;
        status = deferred_parent(attributes, "WdfDpcCreate", &parent);
        if (!NT_SUCCESS(status)) return status;
        if (attributes->ExecutionLevel == WdfExecutionLevelPassive)
            return STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL;  // a DPC runs at DISPATCH_LEVEL
        auto* d = new FxDpc(parent->driver);
        d->config = *config;
        KeInitializeDpc(&d->dpc, FxDpc::run, d);
        status = deferred_create(d, attributes, parent);
        if (NT_SUCCESS(status)) *dpc = reinterpret_cast<WDFDPC>(d);
        return status;
    });
}

extern "C" BOOLEAN WdfDpcEnqueue(WDFDPC dpc) {
    return guarded(
        "WdfDpcEnqueue",
        [&]() -> BOOLEAN {
            FxDpc* d = dpc_of(dpc, "WdfDpcEnqueue");
            return d && exec::dpc_insert(&d->dpc, nullptr, nullptr, d->driver) ? TRUE : FALSE;
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN WdfDpcCancel(WDFDPC dpc, BOOLEAN wait) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "WdfDpcCancel",
        [&]() -> BOOLEAN {
            FxDpc* d = dpc_of(dpc, "WdfDpcCancel");
            if (!d) return FALSE;
            bool removed = exec::dpc_remove(&d->dpc);
            if (wait && may_wait_for_callback(caller, "WdfDpcCancel(Wait=TRUE)",
                                              exec::dpc_running_here(&d->dpc)))
                exec::dpc_wait_idle(&d->dpc);
            return removed ? TRUE : FALSE;
        },
        BOOLEAN{FALSE});
}

extern "C" WDFOBJECT WdfDpcGetParentObject(WDFDPC dpc) {
    FxDpc* d = dpc_of(dpc, "WdfDpcGetParentObject");
    return d && d->parent ? d->parent->handle() : nullptr;
}

extern "C" PKDPC WdfDpcWdmGetDpc(WDFDPC dpc) {
    FxDpc* d = dpc_of(dpc, "WdfDpcWdmGetDpc");
    return d ? &d->dpc : nullptr;
}

}  // namespace wpptrace::framework
