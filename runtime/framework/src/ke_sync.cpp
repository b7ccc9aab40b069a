// ke_sync.cpp - IRQL, spin locks and events of the kernel (Ke) layer.
//
// The IRQL is per thread: a spin lock raises it to DISPATCH_LEVEL, so PAGED_CODE() and waits
// find the same bugs they find on Windows. Events are futexes on SignalState, so a KEVENT on a
// driver's stack or in its device extension needs no teardown, as on Windows.
#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <ctime>
#include <string>

#include "entry_guard.hpp"

using namespace wpptrace::framework;

namespace {

thread_local KIRQL current_irql = PASSIVE_LEVEL;

long futex(volatile LONG* address, int op, LONG value, const timespec* timeout) {
    return syscall(SYS_futex, const_cast<LONG*>(address), op, value, timeout, nullptr, 0);
}

ULONG_PTR this_thread_tag() {
    static thread_local ULONG_PTR tag = static_cast<ULONG_PTR>(gettid());
    return tag;
}

void report_irql(const void* caller, std::string text) {
    report_issue(driver_of_address(caller), IssueKind::irql, std::move(text));
}

}  // namespace

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
    if (previous == 0)
        futex(&event->Header.SignalState, FUTEX_WAKE_PRIVATE,
              event->Header.Type == SynchronizationEvent ? 1 : INT_MAX, nullptr);
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

extern "C" NTSTATUS KeWaitForSingleObject(PVOID object, KWAIT_REASON, KPROCESSOR_MODE, BOOLEAN,
                                          PLARGE_INTEGER timeout) {
    auto event = static_cast<PRKEVENT>(object);
    if (current_irql > APC_LEVEL && !(timeout && timeout->QuadPart == 0))
        report_irql(__builtin_return_address(0),
                    "KeWaitForSingleObject at IRQL " + std::to_string(current_irql));
    // Deadline on CLOCK_MONOTONIC; Windows' absolute times (positive, 100 ns since 1601) are
    // converted through the wall clock.
    timespec deadline{};
    bool forever = !timeout;
    if (timeout) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        long long wait_100ns = -timeout->QuadPart;
        if (timeout->QuadPart > 0) {
            timespec now{};
            clock_gettime(CLOCK_REALTIME, &now);
            long long now_100ns = (now.tv_sec + 11644473600LL) * 10000000LL + now.tv_nsec / 100;
            wait_100ns = timeout->QuadPart - now_100ns;
        }
        if (wait_100ns < 0) wait_100ns = 0;
        long long ns = deadline.tv_nsec + (wait_100ns % 10000000LL) * 100;
        deadline.tv_sec += wait_100ns / 10000000LL + ns / 1000000000LL;
        deadline.tv_nsec = ns % 1000000000LL;
    }
    volatile LONG* state = &event->Header.SignalState;
    for (;;) {
        if (event->Header.Type == SynchronizationEvent) {
            LONG one = 1;
            if (__atomic_compare_exchange_n(state, &one, 0, false, __ATOMIC_SEQ_CST,
                                            __ATOMIC_SEQ_CST))
                return STATUS_SUCCESS;
        } else if (__atomic_load_n(state, __ATOMIC_SEQ_CST)) {
            return STATUS_SUCCESS;
        }
        timespec left{};
        if (!forever) {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            long long ns =
                (deadline.tv_sec - now.tv_sec) * 1000000000LL + (deadline.tv_nsec - now.tv_nsec);
            if (ns <= 0) return STATUS_TIMEOUT;
            left.tv_sec = ns / 1000000000LL;
            left.tv_nsec = ns % 1000000000LL;
        }
        futex(state, FUTEX_WAIT_PRIVATE, 0, forever ? nullptr : &left);
    }
}
