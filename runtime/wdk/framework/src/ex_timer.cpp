// ex_timer.cpp - EX_TIMER: a KTIMER and a KDPC of the execution engine around the driver's
// callback, in the driver's pool. A one-shot timer deleted while still set (without Cancel) is
// freed by its own DPC once the callback has run, as Windows defers that deletion.
#include <cstdint>
#include <new>
#include <string>

#include <km/ex_timer.h>

#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "ke_dispatcher.hpp"
#include "pool.hpp"

struct _EX_TIMER {
    static constexpr std::uint32_t live_magic = 0x45785469;  // "ExTi"
    std::uint32_t magic;
    ULONG attributes;
    PEXT_CALLBACK callback;
    PVOID context;
    wpptrace::framework::DriverRecord* owner;
    std::atomic<bool> delete_when_expired;
    std::atomic<bool> periodic;
    EXT_DELETE_PARAMETERS deletion;
    KTIMER timer;
    KDPC dpc;
};

namespace wpptrace::framework {

namespace {

constexpr ULONG ex_timer_tag = 'iTxE';  // poolmon: ExTi
constexpr ULONG known_attributes = EX_TIMER_HIGH_RESOLUTION | EX_TIMER_NO_WAKE;

bool live(const void* caller, const char* entry, PEX_TIMER timer) {
    if (timer && timer->magic == _EX_TIMER::live_magic) return true;
    report_issue(driver_of_address(caller), IssueKind::device_misuse,
                 std::string(entry) + ": not a timer from ExAllocateTimer (or already deleted)");
    return false;
}

void free_timer(PEX_TIMER timer) {
    EXT_DELETE_PARAMETERS deletion = timer->deletion;
    DriverRecord* owner = timer->owner;
    timer->magic = 0;
    timer->~_EX_TIMER();
    pool_free(timer, ex_timer_tag, true);
    if (deletion.DeleteCallback)
        call_driver(owner, "DeleteCallback", deletion.DeleteCallback, deletion.DeleteContext);
}

void expired(PKDPC, void* context, void*, void*) {
    auto* timer = static_cast<PEX_TIMER>(context);
    call_driver(timer->owner, "ExTimerCallback", timer->callback, timer, timer->context);
    if (timer->delete_when_expired && !timer->periodic) free_timer(timer);
}

}  // namespace

extern "C" PEX_TIMER ExAllocateTimer(PEXT_CALLBACK callback, PVOID context, ULONG attributes) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExAllocateTimer",
        [&]() -> PEX_TIMER {
            DriverRecord* owner = driver_of_address(caller);
            NTSTATUS status;
            if (!callback || (attributes & ~known_attributes) ||
                injected_failure(owner, "ExAllocateTimer", status))
                return nullptr;
            void* memory = pool_allocate(owner, sizeof(_EX_TIMER), ex_timer_tag, true);
            if (!memory) return nullptr;
            auto* timer = new (memory) _EX_TIMER{};
            timer->magic = _EX_TIMER::live_magic;
            timer->attributes = attributes;
            timer->callback = callback;
            timer->context = context;
            timer->owner = owner;
            KeInitializeTimerEx(&timer->timer, NotificationTimer);
            KeInitializeDpc(&timer->dpc, expired, timer);
            return timer;
        },
        PEX_TIMER{nullptr});
}

extern "C" BOOLEAN ExSetTimer(PEX_TIMER timer, LONGLONG due, LONGLONG period, PEXT_SET_PARAMETERS) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExSetTimer",
        [&]() -> BOOLEAN {
            if (!live(caller, "ExSetTimer", timer)) return FALSE;
            if (period < 0) {
                report_issue(timer->owner, IssueKind::device_misuse,
                             "ExSetTimer with a negative period");
                period = 0;
            }
            timer->periodic = period != 0;
            return exec::timer_set(&timer->timer, due, period * 100, &timer->dpc, timer->owner);
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN ExCancelTimer(PEX_TIMER timer, PEXT_CANCEL_PARAMETERS) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExCancelTimer",
        [&]() -> BOOLEAN {
            if (!live(caller, "ExCancelTimer", timer)) return FALSE;
            bool was_set = exec::timer_cancel(&timer->timer);
            exec::dpc_remove(&timer->dpc);
            return was_set;
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN ExDeleteTimer(PEX_TIMER timer, BOOLEAN cancel, BOOLEAN wait,
                                 PEXT_DELETE_PARAMETERS parameters) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "ExDeleteTimer",
        [&]() -> BOOLEAN {
            if (!live(caller, "ExDeleteTimer", timer)) return FALSE;
            if (parameters) timer->deletion = *parameters;
            bool passive = KeGetCurrentIrql() == PASSIVE_LEVEL;
            bool was_set = exec::timer_cancel(&timer->timer);
            if (was_set && !cancel) {
                if (timer->periodic) {
                    report_issue(timer->owner, IssueKind::device_misuse,
                                 "ExDeleteTimer of a periodic timer without Cancel: cancelled");
                } else if (!passive) {
                    report_issue(timer->owner, IssueKind::device_misuse,
                                 "ExDeleteTimer without Cancel of a timer still set, above "
                                 "PASSIVE_LEVEL: the host cancels it instead of deleting it "
                                 "once it expired");
                } else {
                    // The one-shot timer expires as set, its callback runs, then it goes.
                    std::int64_t left = static_cast<std::int64_t>(timer->timer.DueTime.QuadPart) -
                                        static_cast<std::int64_t>(KeQueryInterruptTime());
                    exec::timer_set(&timer->timer, left > 0 ? -left : -1, 0, &timer->dpc,
                                    timer->owner);
                    dispatcher_wait_until([&] { return KeReadStateTimer(&timer->timer) != FALSE; },
                                          std::nullopt);
                    was_set = false;
                }
            }
            if (cancel) exec::dpc_remove(&timer->dpc);
            if (exec::dpc_running_here(&timer->dpc)) {
                timer->delete_when_expired = true;  // from its own callback: freed on return
                timer->periodic = false;
                return was_set;
            }
            if (wait && !passive)
                report_irql(caller, "ExDeleteTimer(Wait=TRUE) at IRQL " +
                                        std::to_string(KeGetCurrentIrql()));
            // The memory goes now: a callback still queued or running must be over first.
            exec::dpc_wait_idle(&timer->dpc);
            free_timer(timer);
            return was_set;
        },
        BOOLEAN{FALSE});
}

}  // namespace wpptrace::framework
