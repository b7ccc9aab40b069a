// ps_thread.cpp - kernel thread objects, system threads and thread handles.
//
// Every host thread that asks gets a thread object (KeGetCurrentThread); PsCreateSystemThread
// starts a host thread at PASSIVE_LEVEL whose object is signalled when it ends. Its handle is one
// of the object manager's (object_handles.hpp): ObReferenceObjectByHandle, the waits and ZwClose
// find the thread there like any other object. PsTerminateSystemThread
// leaves the driver's frames with longjmp back to the thread's start, as the kernel ends a
// thread without unwinding it. At unload the driver's threads are waited for and joined, so
// that none is still inside its code when the host unmaps it.
#include <km/ps.h>

#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <csetjmp>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"
#include "object_handles.hpp"

namespace wpptrace::framework {
namespace {

constexpr auto unload_grace_ns = std::int64_t{5} * 1000000000;

std::mutex threads_mutex;
std::vector<PKTHREAD> system_threads;  // live system thread objects

PKTHREAD new_thread_object() {
    auto* t = new _KTHREAD;
    t->Header.Type = ThreadObject;
    t->Header.SignalState = 0;
    t->tid = gettid();
    return t;
}

// The object of a host thread the framework did not start: made on first use, signalled and
// released when the thread ends.
struct HostThreadObject {
    PKTHREAD object = nullptr;
    ~HostThreadObject() {
        if (!object) return;
        __atomic_store_n(&object->Header.SignalState, 1, __ATOMIC_SEQ_CST);
        dispatcher_signal();
        thread_release(object);
    }
};
thread_local HostThreadObject host_thread;
thread_local PKTHREAD current = nullptr;
thread_local std::jmp_buf* terminate_point = nullptr;

struct Start {
    PKTHREAD thread;
    PKSTART_ROUTINE routine;
    void* context;
};

void end_thread(PKTHREAD thread, NTSTATUS status) {
    if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
        report_issue(thread->owner, IssueKind::irql,
                     "system thread ended at IRQL " + std::to_string(KeGetCurrentIrql()));
        set_current_irql(PASSIVE_LEVEL);
    }
    if (critical_region_depth() || guarded_region_depth()) {
        report_issue(thread->owner, IssueKind::irql,
                     "system thread ended inside a critical or guarded region");
        reset_thread_regions();
    }
    thread->exit_status = status;
    __atomic_store_n(&thread->Header.SignalState, 1, __ATOMIC_SEQ_CST);
    dispatcher_signal();
}

void* run_system_thread(void* argument) {
    std::unique_ptr<Start> start(static_cast<Start*>(argument));
    PKTHREAD thread = start->thread;
    current = thread;
    thread->tid = gettid();
    set_current_irql(PASSIVE_LEVEL);
    // No CallbackScope: a system thread lives as long as its driver wants, which the hang
    // watchdog would take for a callback that never returns.
    std::jmp_buf terminated;
    terminate_point = &terminated;
    if (setjmp(terminated) == 0) {
        start->routine(start->context);
        end_thread(thread, STATUS_SUCCESS);
    }
    terminate_point = nullptr;
    current = nullptr;
    thread_release(thread);  // the running thread's reference
    return nullptr;
}

}  // namespace

PKTHREAD current_thread() {
    if (current) return current;
    host_thread.object = new_thread_object();
    current = host_thread.object;
    return current;
}

void thread_reference(PKTHREAD thread) {
    thread->references.fetch_add(1);
}

void thread_release(PKTHREAD thread) {
    if (thread->references.fetch_sub(1) != 1) return;
    {
        std::lock_guard lock(threads_mutex);
        std::erase(system_threads, thread);
        if (thread->system && !thread->joined) {
            // Last reference: the thread has ended (or is ending, this being its own release).
            if (pthread_equal(thread->pthread, pthread_self()))
                pthread_detach(thread->pthread);
            else
                pthread_join(thread->pthread, nullptr);
            thread->joined = true;
        }
    }
    thread->magic = 0;
    delete thread;
}

bool ps_release_driver(DriverRecord* owner) {
    std::vector<PKTHREAD> mine;
    {
        std::lock_guard lock(threads_mutex);
        for (PKTHREAD t : system_threads)
            if (t->owner == owner) {
                thread_reference(t);
                mine.push_back(t);
            }
    }
    bool all_ended = true;
    std::int64_t deadline = monotonic_ns() + unload_grace_ns;
    for (PKTHREAD t : mine) {
        bool ended = dispatcher_wait_until(
            [&] { return __atomic_load_n(&t->Header.SignalState, __ATOMIC_SEQ_CST) != 0; },
            deadline);
        if (!ended) {
            report_issue(owner, IssueKind::device_misuse,
                         "system thread " + std::to_string(t->tid) +
                             " still runs at unload (PsTerminateSystemThread never called): its "
                             "code stays mapped");
            all_ended = false;
        } else {
            std::lock_guard lock(threads_mutex);
            if (!t->joined) {
                // Wait until it has left every frame, the driver's included.
                pthread_join(t->pthread, nullptr);
                t->joined = true;
            }
            // Over: a handle still open keeps the object, not the driver's record.
            std::erase(system_threads, t);
            t->owner = nullptr;
        }
        thread_release(t);
    }
    // A handle the driver never closed (ZwClose) keeps its thread object, as Windows keeps such
    // a kernel handle for the system's lifetime; the thread itself has ended and been joined.
    return all_ended;
}

namespace {

// The system process every thread of the host belongs to.
struct SystemProcess {
    DISPATCHER_HEADER Header{ProcessObject, 0};
} system_process;
}  // namespace

extern "C" PKTHREAD KeGetCurrentThread(void) {
    return current_thread();
}

extern "C" NTSTATUS PsCreateSystemThread(PHANDLE thread_handle, ULONG, POBJECT_ATTRIBUTES,
                                         HANDLE process_handle, PCLIENT_ID client_id,
                                         PKSTART_ROUTINE routine, PVOID context) {
    const void* caller = __builtin_return_address(0);
    return guarded("PsCreateSystemThread", [&]() -> NTSTATUS {
        DriverRecord* owner = driver_of_address(caller);
        NTSTATUS status;
        if (injected_failure(owner, "PsCreateSystemThread", status)) return status;
        if (!thread_handle || !routine) return STATUS_INVALID_PARAMETER;
        if (process_handle) {
            // Drivers create threads in the system process; another process is not emulated.
            report_issue(owner, IssueKind::unsupported,
                         "PsCreateSystemThread in a process other than the system process is not "
                         "supported by the host: failed with STATUS_INVALID_HANDLE");
            return STATUS_INVALID_HANDLE;
        }
        if (KeGetCurrentIrql() != PASSIVE_LEVEL)
            report_irql(caller,
                        "PsCreateSystemThread at IRQL " + std::to_string(KeGetCurrentIrql()));
        auto* thread = new_thread_object();
        thread->system = true;
        thread->owner = driver_of_address(reinterpret_cast<const void*>(routine));
        if (!thread->owner) thread->owner = owner;
        thread->references = 2;  // the running thread's and the object manager's
        {
            std::lock_guard lock(threads_mutex);
            system_threads.push_back(thread);
        }
        auto* start = new Start{thread, routine, context};
        if (int error = pthread_create(&thread->pthread, nullptr, run_system_thread, start)) {
            delete start;
            {
                std::lock_guard lock(threads_mutex);
                std::erase(system_threads, thread);
            }
            thread->joined = true;
            delete thread;
            return error == EAGAIN ? STATUS_INSUFFICIENT_RESOURCES : STATUS_UNSUCCESSFUL;
        }
        // The object manager's reference ends with the last handle or ObDereferenceObject.
        object_register(thread, ObjectKind::thread, &thread->Header,
                        [](void* object) { thread_release(static_cast<PKTHREAD>(object)); });
        *thread_handle = handle_create(thread, ObjectKind::thread, THREAD_ALL_ACCESS);
        object_dereference(thread);  // the handle holds it now
        if (client_id) {
            client_id->UniqueProcess = reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(getpid()));
            client_id->UniqueThread = reinterpret_cast<HANDLE>(thread);
        }
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS PsTerminateSystemThread(NTSTATUS status) {
    PKTHREAD thread = current;
    if (!thread || !thread->system || !terminate_point) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "PsTerminateSystemThread from a thread that is not a system thread");
        return STATUS_INVALID_PARAMETER;
    }
    end_thread(thread, status);
    std::longjmp(*terminate_point, 1);
}

extern "C" PETHREAD PsGetCurrentThread(void) {
    return reinterpret_cast<PETHREAD>(current_thread());
}

extern "C" HANDLE PsGetCurrentThreadId(void) {
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(gettid()));
}

extern "C" PEPROCESS PsGetCurrentProcess(void) {
    return reinterpret_cast<PEPROCESS>(&system_process);
}

extern "C" HANDLE PsGetCurrentProcessId(void) {
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(getpid()));
}

extern "C" HANDLE PsGetThreadId(PETHREAD thread) {
    auto* t = reinterpret_cast<PKTHREAD>(thread);
    return t ? reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(t->tid)) : nullptr;
}

extern "C" HANDLE PsGetProcessId(PEPROCESS) {
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(getpid()));
}

extern "C" BOOLEAN PsIsSystemThread(PETHREAD thread) {
    auto* t = reinterpret_cast<PKTHREAD>(thread);
    return t && t->system ? TRUE : FALSE;
}

extern "C" PEPROCESS PsGetThreadProcess(PETHREAD) {
    return reinterpret_cast<PEPROCESS>(&system_process);
}

extern "C" HANDLE PsGetThreadProcessId(PETHREAD) {
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(getpid()));
}

}  // namespace wpptrace::framework
