// ke_wait.cpp - waiting on dispatcher objects (events, timers, mutexes, semaphores, threads),
// mutexes and semaphores themselves, and KeDelayExecutionThread.
//
// All waiters sleep on one futex word, bumped by dispatcher_signal() whenever an object's
// state rises; a waiter then re-checks its own objects. Acquiring an object (a synchronization
// event or timer, a semaphore unit, a mutex) is a compare-and-swap on its SignalState, so two
// waiters never both take one unit.
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>
#include <ctime>
#include <string>
#include <vector>

#include <km/ke_wait.h>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework {
namespace {

std::atomic<std::uint32_t> generation{0};
std::atomic<int> sleepers{0};

long futex(std::atomic<std::uint32_t>* word, int op, std::uint32_t value, const timespec* t) {
    return syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(word), op, value, t, nullptr, 0);
}

bool cas(volatile LONG* state, LONG expected, LONG desired) {
    return __atomic_compare_exchange_n(state, &expected, desired, false, __ATOMIC_SEQ_CST,
                                       __ATOMIC_SEQ_CST);
}

LONG load(volatile LONG* state) {
    return __atomic_load_n(state, __ATOMIC_SEQ_CST);
}

bool known_type(LONG type) {
    switch (type) {
        case EventNotificationObject:
        case EventSynchronizationObject:
        case MutantObject:
        case SemaphoreObject:
        case ThreadObject:
        case TimerNotificationObject:
        case TimerSynchronizationObject:
            return true;
        default:
            return false;
    }
}

// Satisfies a wait on one object for the calling thread, taking what the wait takes.
bool try_acquire(DISPATCHER_HEADER* header, PKTHREAD me) {
    volatile LONG* state = &header->SignalState;
    switch (header->Type) {
        case EventSynchronizationObject:
        case TimerSynchronizationObject:
            return cas(state, 1, 0);
        case SemaphoreObject:
            for (LONG count = load(state); count > 0; count = load(state))
                if (cas(state, count, count - 1)) return true;
            return false;
        case MutantObject: {
            auto* mutex = reinterpret_cast<PKMUTANT>(header);
            if (__atomic_load_n(&mutex->OwnerThread, __ATOMIC_SEQ_CST) == me) {
                __atomic_sub_fetch(state, 1, __ATOMIC_SEQ_CST);  // recursion
                return true;
            }
            if (!cas(state, 1, 0)) return false;
            __atomic_store_n(&mutex->OwnerThread, me, __ATOMIC_SEQ_CST);
            return true;
        }
        default:  // notification events and timers, threads: signalled stays signalled
            return load(state) > 0;
    }
}

// Gives back what try_acquire took (a WaitAll that could not take every object).
void undo_acquire(DISPATCHER_HEADER* header) {
    switch (header->Type) {
        case EventSynchronizationObject:
        case TimerSynchronizationObject:
            __atomic_store_n(&header->SignalState, 1, __ATOMIC_SEQ_CST);
            break;
        case SemaphoreObject:
            __atomic_add_fetch(&header->SignalState, 1, __ATOMIC_SEQ_CST);
            break;
        case MutantObject: {
            auto* mutex = reinterpret_cast<PKMUTANT>(header);
            if (load(&header->SignalState) == 0)
                __atomic_store_n(&mutex->OwnerThread, nullptr, __ATOMIC_SEQ_CST);
            __atomic_add_fetch(&header->SignalState, 1, __ATOMIC_SEQ_CST);
            break;
        }
        default:
            return;
    }
    dispatcher_signal();
}

}  // namespace

void dispatcher_signal() {
    generation.fetch_add(1, std::memory_order_seq_cst);
    if (sleepers.load(std::memory_order_seq_cst))
        futex(&generation, FUTEX_WAKE_PRIVATE, INT_MAX, nullptr);
}

bool dispatcher_wait_until(const std::function<bool()>& ready,
                           std::optional<std::int64_t> deadline_ns) {
    if (ready()) return true;
    sleepers.fetch_add(1, std::memory_order_seq_cst);
    struct Leave {
        ~Leave() { sleepers.fetch_sub(1, std::memory_order_seq_cst); }
    } leave;
    for (;;) {
        std::uint32_t seen = generation.load(std::memory_order_seq_cst);
        if (ready()) return true;
        timespec left{};
        if (deadline_ns) {
            std::int64_t ns = *deadline_ns - monotonic_ns();
            if (ns <= 0) return false;
            left.tv_sec = ns / 1000000000;
            left.tv_nsec = ns % 1000000000;
        }
        futex(&generation, FUTEX_WAIT_PRIVATE, seen, deadline_ns ? &left : nullptr);
    }
}

NTSTATUS wait_for_objects(const void* caller, const char* entry, ULONG count, void* const* objects,
                          int wait_type, PLARGE_INTEGER timeout) {
    bool poll = timeout && timeout->QuadPart == 0;
    if (KeGetCurrentIrql() > APC_LEVEL && !poll)
        report_irql(caller, std::string(entry) + " at IRQL " + std::to_string(KeGetCurrentIrql()) +
                                (timeout ? " with a non-zero timeout" : " without a timeout"));
    std::vector<DISPATCHER_HEADER*> headers;
    for (ULONG i = 0; i < count; ++i) {
        auto* header = static_cast<DISPATCHER_HEADER*>(objects[i]);
        if (!header || !known_type(header->Type)) {
            report_issue(driver_of_address(caller), IssueKind::device_misuse,
                         std::string(entry) + ": object " + std::to_string(i) +
                             " is not a dispatcher object");
            return STATUS_INVALID_PARAMETER;
        }
        headers.push_back(header);
    }
    PKTHREAD me = current_thread();
    std::optional<std::int64_t> deadline;
    if (timeout) deadline = deadline_of(timeout->QuadPart);
    NTSTATUS result = STATUS_TIMEOUT;
    auto ready = [&] {
        if (wait_type == WaitAny) {
            for (ULONG i = 0; i < count; ++i)
                if (try_acquire(headers[i], me)) {
                    result = STATUS_WAIT_0 + static_cast<NTSTATUS>(i);
                    return true;
                }
            return false;
        }
        for (ULONG i = 0; i < count; ++i)
            if (!try_acquire(headers[i], me)) {
                while (i-- > 0) undo_acquire(headers[i]);
                return false;
            }
        result = STATUS_WAIT_0;
        return true;
    };
    if (!dispatcher_wait_until(ready, poll ? std::optional<std::int64_t>(0) : deadline))
        return STATUS_TIMEOUT;
    return result;
}

extern "C" NTSTATUS KeWaitForSingleObject(PVOID object, KWAIT_REASON, KPROCESSOR_MODE, BOOLEAN,
                                          PLARGE_INTEGER timeout) {
    const void* caller = __builtin_return_address(0);
    return guarded("KeWaitForSingleObject", [&] {
        return wait_for_objects(caller, "KeWaitForSingleObject", 1, &object, WaitAny, timeout);
    });
}

extern "C" NTSTATUS KeWaitForMultipleObjects(ULONG count, PVOID objects[], WAIT_TYPE wait_type,
                                             KWAIT_REASON, KPROCESSOR_MODE, BOOLEAN,
                                             PLARGE_INTEGER timeout, PKWAIT_BLOCK wait_blocks) {
    const void* caller = __builtin_return_address(0);
    return guarded("KeWaitForMultipleObjects", [&]() -> NTSTATUS {
        if (count == 0 || count > MAXIMUM_WAIT_OBJECTS || !objects ||
            (count > THREAD_WAIT_OBJECTS && !wait_blocks) ||
            (wait_type != WaitAll && wait_type != WaitAny)) {
            // Windows bug-checks (MAXIMUM_WAIT_OBJECTS_EXCEEDED) for these.
            report_issue(driver_of_address(caller), IssueKind::device_misuse,
                         "KeWaitForMultipleObjects: " + std::to_string(count) +
                             " objects, wait blocks " + (wait_blocks ? "given" : "missing"));
            return STATUS_INVALID_PARAMETER;
        }
        return wait_for_objects(caller, "KeWaitForMultipleObjects", count, objects, wait_type,
                                timeout);
    });
}

extern "C" void KeInitializeMutex(PRKMUTEX mutex, ULONG) {
    mutex->Header.Type = MutantObject;
    mutex->Header.SignalState = 1;
    mutex->OwnerThread = nullptr;
    mutex->Abandoned = FALSE;
    mutex->ApcDisable = 1;
    InitializeListHead(&mutex->MutantListEntry);
}

extern "C" LONG KeReleaseMutex(PRKMUTEX mutex, BOOLEAN) {
    PKTHREAD me = current_thread();
    LONG previous = load(&mutex->Header.SignalState);
    if (__atomic_load_n(&mutex->OwnerThread, __ATOMIC_SEQ_CST) != me || previous > 0) {
        // Windows raises STATUS_MUTANT_NOT_OWNED (a bug check in kernel mode).
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "KeReleaseMutex of a mutex the calling thread does not own");
        return previous;
    }
    if (previous == 0) __atomic_store_n(&mutex->OwnerThread, nullptr, __ATOMIC_SEQ_CST);
    __atomic_add_fetch(&mutex->Header.SignalState, 1, __ATOMIC_SEQ_CST);
    if (previous == 0) dispatcher_signal();
    return previous;
}

extern "C" LONG KeReadStateMutex(PRKMUTEX mutex) {
    return load(&mutex->Header.SignalState);
}

extern "C" void KeInitializeSemaphore(PRKSEMAPHORE semaphore, LONG count, LONG limit) {
    semaphore->Header.Type = SemaphoreObject;
    semaphore->Header.SignalState = count;
    semaphore->Limit = limit;
    if (count < 0 || limit <= 0 || count > limit)
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "KeInitializeSemaphore: count " + std::to_string(count) + ", limit " +
                         std::to_string(limit));
}

extern "C" LONG KeReleaseSemaphore(PRKSEMAPHORE semaphore, KPRIORITY, LONG adjustment, BOOLEAN) {
    for (;;) {
        LONG previous = load(&semaphore->Header.SignalState);
        if (adjustment <= 0 || previous > semaphore->Limit - adjustment) {
            // Windows raises STATUS_SEMAPHORE_LIMIT_EXCEEDED.
            report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                         "KeReleaseSemaphore beyond the limit of " +
                             std::to_string(semaphore->Limit) + " (count " +
                             std::to_string(previous) + ", adjustment " +
                             std::to_string(adjustment) + ")");
            return previous;
        }
        if (cas(&semaphore->Header.SignalState, previous, previous + adjustment)) {
            dispatcher_signal();
            return previous;
        }
    }
}

extern "C" LONG KeReadStateSemaphore(PRKSEMAPHORE semaphore) {
    return load(&semaphore->Header.SignalState);
}

extern "C" NTSTATUS KeDelayExecutionThread(KPROCESSOR_MODE, BOOLEAN, PLARGE_INTEGER interval) {
    const void* caller = __builtin_return_address(0);
    if (KeGetCurrentIrql() > APC_LEVEL)
        report_irql(caller, "KeDelayExecutionThread at IRQL " + std::to_string(KeGetCurrentIrql()));
    if (!interval) return STATUS_INVALID_PARAMETER;
    std::int64_t deadline = deadline_of(interval->QuadPart);
    for (std::int64_t left; (left = deadline - monotonic_ns()) > 0;) {
        timespec t{static_cast<time_t>(left / 1000000000), static_cast<long>(left % 1000000000)};
        nanosleep(&t, nullptr);
    }
    return STATUS_SUCCESS;
}

}  // namespace wpptrace::framework
