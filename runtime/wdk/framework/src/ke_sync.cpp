// ke_sync.cpp - IRQL, spin locks and events of the kernel (Ke) layer.
//
// The IRQL is per thread: a spin lock raises it to DISPATCH_LEVEL, so PAGED_CODE() and waits
// find the same bugs they find on Windows. Events are futexes on SignalState, so a KEVENT on a
// driver's stack or in its device extension needs no teardown, as on Windows. Waits are in
// ke_wait.cpp, on every kind of dispatcher object.
#include <sched.h>
#include <unistd.h>

#include <string>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework {

namespace {

thread_local KIRQL current_irql = PASSIVE_LEVEL;

ULONG_PTR this_thread_tag() {
    static thread_local ULONG_PTR tag = static_cast<ULONG_PTR>(gettid());
    return tag;
}

}  // namespace

void report_irql(const void* caller, std::string text) {
    report_issue(driver_of_address(caller), IssueKind::irql, std::move(text));
}

void set_current_irql(KIRQL irql) {
    current_irql = irql;
}

extern "C" KIRQL KeGetCurrentIrql(void) {
    return current_irql;
}

extern "C" void KeRaiseIrql(KIRQL new_irql, PKIRQL old_irql) {
    *old_irql = current_irql;
    if (new_irql < current_irql)
        report_irql(__builtin_return_address(0), "KeRaiseIrql to a lower IRQL");
    current_irql = new_irql;
}

extern "C" void KeLowerIrql(KIRQL new_irql) {
    if (new_irql > current_irql)
        report_irql(__builtin_return_address(0), "KeLowerIrql to a higher IRQL");
    current_irql = new_irql;
}

extern "C" void wpptrace_paged_code_violation(const char* function) {
    report_irql(__builtin_return_address(0), std::string("PAGED_CODE in ") + function +
                                                 " at IRQL " + std::to_string(current_irql));
}

extern "C" void KeInitializeSpinLock(PKSPIN_LOCK lock) {
    *lock = 0;
}

extern "C" void KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK lock) {
    // The lock word holds the owner's thread id: acquiring a lock one holds deadlocks on
    // Windows; here it is reported (and the caller continues, as the only runner).
    ULONG_PTR me = this_thread_tag();
    if (__atomic_load_n(lock, __ATOMIC_RELAXED) == me) {
        report_irql(__builtin_return_address(0), "spin lock acquired recursively (deadlock)");
        return;
    }
    for (unsigned spins = 0;; ++spins) {
        ULONG_PTR expected = 0;
        if (__atomic_compare_exchange_n(lock, &expected, me, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            return;
        if (spins > 64) sched_yield();  // a preempted owner would otherwise make us burn a core
    }
}

extern "C" void KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK lock) {
    __atomic_store_n(lock, 0, __ATOMIC_RELEASE);
}

extern "C" KIRQL KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK lock) {
    KIRQL old = current_irql;
    current_irql = DISPATCH_LEVEL;
    KeAcquireSpinLockAtDpcLevel(lock);
    return old;
}

extern "C" void KeReleaseSpinLock(PKSPIN_LOCK lock, KIRQL new_irql) {
    KeReleaseSpinLockFromDpcLevel(lock);
    current_irql = new_irql;
}

extern "C" void KeInitializeEvent(PRKEVENT event, EVENT_TYPE type, BOOLEAN state) {
    event->Header.Type = type;
    event->Header.SignalState = state ? 1 : 0;
}

extern "C" LONG KeSetEvent(PRKEVENT event, KPRIORITY, BOOLEAN) {
    LONG previous = __atomic_exchange_n(&event->Header.SignalState, 1, __ATOMIC_SEQ_CST);
    if (previous == 0) dispatcher_signal();
    return previous;
}

extern "C" void KeClearEvent(PRKEVENT event) {
    __atomic_store_n(&event->Header.SignalState, 0, __ATOMIC_SEQ_CST);
}

extern "C" LONG KeResetEvent(PRKEVENT event) {
    return __atomic_exchange_n(&event->Header.SignalState, 0, __ATOMIC_SEQ_CST);
}

extern "C" LONG KeReadStateEvent(PRKEVENT event) {
    return __atomic_load_n(&event->Header.SignalState, __ATOMIC_SEQ_CST);
}

}  // namespace wpptrace::framework
