// ke_timer.cpp - KTIMER: dispatcher objects the engine's timer thread signals when due, then
// queueing their DPC (execution_engine.cpp). A timer is charged to the driver that sets it.
#include <km/ke_timer.h>
#include <km/ke_wait.h>

#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework {

namespace {
BOOLEAN set_timer(const void* caller, const char* entry, PKTIMER timer, LARGE_INTEGER due,
                  LONG period, PKDPC dpc) {
    return guarded(
        entry,
        [&]() -> BOOLEAN {
            if (period < 0) {
                report_issue(driver_of_address(caller), IssueKind::device_misuse,
                             std::string(entry) + " with a negative period");
                period = 0;
            }
            return exec::timer_set(timer, due.QuadPart, std::int64_t{period} * 1000000, dpc,
                                   driver_of_address(caller));
        },
        BOOLEAN{FALSE});
}
}  // namespace

extern "C" void KeInitializeTimerEx(PKTIMER timer, TIMER_TYPE type) {
    timer->Header.Type =
        type == SynchronizationTimer ? TimerSynchronizationObject : TimerNotificationObject;
    timer->Header.SignalState = 0;
    timer->DueTime.QuadPart = 0;
    InitializeListHead(&timer->TimerListEntry);
    timer->Dpc = nullptr;
    timer->Processor = 0;
    timer->Period = 0;
}

extern "C" void KeInitializeTimer(PKTIMER timer) {
    KeInitializeTimerEx(timer, NotificationTimer);
}

extern "C" BOOLEAN KeSetTimer(PKTIMER timer, LARGE_INTEGER due, PKDPC dpc) {
    return set_timer(__builtin_return_address(0), "KeSetTimer", timer, due, 0, dpc);
}

extern "C" BOOLEAN KeSetTimerEx(PKTIMER timer, LARGE_INTEGER due, LONG period, PKDPC dpc) {
    return set_timer(__builtin_return_address(0), "KeSetTimerEx", timer, due, period, dpc);
}

extern "C" BOOLEAN KeSetCoalescableTimer(PKTIMER timer, LARGE_INTEGER due, ULONG period, ULONG,
                                         PKDPC dpc) {
    return set_timer(__builtin_return_address(0), "KeSetCoalescableTimer", timer, due,
                     static_cast<LONG>(period), dpc);
}

extern "C" BOOLEAN KeCancelTimer(PKTIMER timer) {
    return guarded(
        "KeCancelTimer", [&]() -> BOOLEAN { return exec::timer_cancel(timer); }, BOOLEAN{FALSE});
}

extern "C" BOOLEAN KeReadStateTimer(PKTIMER timer) {
    return __atomic_load_n(&timer->Header.SignalState, __ATOMIC_SEQ_CST) ? TRUE : FALSE;
}

}  // namespace wpptrace::framework
