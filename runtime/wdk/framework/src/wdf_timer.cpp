// wdf_timer.cpp - WDFTIMER: a KTIMER and a KDPC of the execution engine. The DPC runs
// EvtTimerFunc at DISPATCH_LEVEL, or, for a passive-level timer, queues it to a worker thread.
// Deleting the timer (itself or with its parent) cancels it and waits for a running callback,
// so the callback never runs after its object is gone.
#include <string>

#include <wdftimer.h>

#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "ke_dispatcher.hpp"
#include "wdf_deferred.hpp"

namespace wpptrace::framework {

namespace {

struct FxTimer : FxObject {
    WDF_TIMER_CONFIG config{};
    bool passive = false;
    KTIMER timer{};
    KDPC dpc{};
    explicit FxTimer(DriverRecord* r) : FxObject(FxType::timer, r) {}

    bool running_here() { return exec::dpc_running_here(&dpc) || exec::work_running_here(this); }

    // Stops the timer and what it queued; with wait, also waits for a running callback.
    bool stop(bool wait) {
        bool was_set = exec::timer_cancel(&timer);
        exec::dpc_remove(&dpc);
        exec::work_remove(this);
        if (wait) {
            exec::dpc_wait_idle(&dpc);
            exec::work_wait_idle(this);
        }
        return was_set;
    }

    void framework_cleanup() override { stop(true); }

    // Runs on the DPC thread, at DISPATCH_LEVEL. Touches nothing of the timer after the
    // callback: the callback may delete its own timer.
    static void expired(PKDPC, void* context, void*, void*) {
        auto* t = static_cast<FxTimer*>(context);
        PFN_WDF_TIMER callback = t->config.EvtTimerFunc;
        auto handle = reinterpret_cast<WDFTIMER>(t->handle());
        DriverRecord* record = t->driver;
        if (!callback) return;
        if (t->passive) {
            exec::work_queue(t, record,
                             [=] { call_driver(record, "EvtTimerFunc", callback, handle); });
            return;
        }
        call_driver(record, "EvtTimerFunc", callback, handle);
    }
};

FxTimer* timer_of(WDFTIMER timer, const char* entry) {
    return fx_cast<FxTimer>(timer, FxType::timer, entry);
}

}  // namespace

extern "C" NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG config, PWDF_OBJECT_ATTRIBUTES attributes,
                                   WDFTIMER* timer) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfTimerCreate", [&]() -> NTSTATUS {
        NTSTATUS status;
        if (injected_failure(record, "WdfTimerCreate", status)) return status;
        if (!config || !timer) return STATUS_INVALID_PARAMETER;
        if (config->Size != sizeof(WDF_TIMER_CONFIG)) return STATUS_INFO_LENGTH_MISMATCH;
        FxObject* parent = nullptr;
        status = deferred_parent(attributes, "WdfTimerCreate", &parent);
        if (!NT_SUCCESS(status)) return status;
        bool passive = attributes->ExecutionLevel == WdfExecutionLevelPassive;
        if (passive && (config->Period != 0 || config->UseHighResolutionTimer)) {
            // Documented: a passive-level timer is a one-shot, standard-resolution timer.
            report_issue(parent->driver, IssueKind::device_misuse,
                         "WdfTimerCreate: a passive-level timer cannot be periodic or "
                         "high-resolution");
            return STATUS_NOT_SUPPORTED;
        }
        if (static_cast<LONG>(config->Period) < 0) return STATUS_INVALID_PARAMETER;
        auto* t = new FxTimer(parent->driver);
        t->config = *config;
        t->passive = passive;
        KeInitializeTimerEx(&t->timer, NotificationTimer);
        KeInitializeDpc(&t->dpc, FxTimer::expired, t);
        status = deferred_create(t, attributes, parent);
        if (NT_SUCCESS(status)) *timer = reinterpret_cast<WDFTIMER>(t);
        return status;
    });
}

extern "C" BOOLEAN WdfTimerStart(WDFTIMER timer, LONGLONG due_time) {
    return guarded(
        "WdfTimerStart",
        [&]() -> BOOLEAN {
            FxTimer* t = timer_of(timer, "WdfTimerStart");
            if (!t) return FALSE;
            return exec::timer_set(&t->timer, due_time, std::int64_t{t->config.Period} * 1000000,
                                   &t->dpc, t->driver);
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN WdfTimerStop(WDFTIMER timer, BOOLEAN wait) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "WdfTimerStop",
        [&]() -> BOOLEAN {
            FxTimer* t = timer_of(timer, "WdfTimerStop");
            if (!t) return FALSE;
            bool may_wait =
                wait && may_wait_for_callback(caller, "WdfTimerStop(Wait=TRUE)", t->running_here());
            return t->stop(may_wait);
        },
        BOOLEAN{FALSE});
}

extern "C" WDFOBJECT WdfTimerGetParentObject(WDFTIMER timer) {
    FxTimer* t = timer_of(timer, "WdfTimerGetParentObject");
    return t && t->parent ? t->parent->handle() : nullptr;
}

}  // namespace wpptrace::framework
