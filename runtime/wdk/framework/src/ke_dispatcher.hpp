// ke_dispatcher.hpp - the kernel's dispatcher inside the framework: what a wait sleeps on, the
// thread objects, and the per-thread state (IRQL, critical regions) the Ke/Ex/Ps routines and
// the execution engine share.
//
// One wait primitive serves every dispatcher object: a waiter re-checks its objects each time
// any object's state rises (dispatcher_signal), sleeping on one process-wide futex word in
// between, so that objects in a driver's memory (KEVENT, KTIMER, KMUTEX...) need no teardown.
#pragma once

#include <pthread.h>
#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <wdm.h>

#include "framework_state.hpp"

// The kernel thread object: a dispatcher object signalled when the thread ends.
struct _KTHREAD {
    static constexpr std::uint32_t live_magic = 0x5468'7264;  // "Thrd"
    DISPATCHER_HEADER Header;                                 // ThreadObject
    std::uint32_t magic = live_magic;
    std::atomic<long> references{1};
    pid_t tid = 0;
    bool system = false;  // created by PsCreateSystemThread
    wpptrace::framework::DriverRecord* owner = nullptr;
    pthread_t pthread{};
    bool joined = false;  // under the thread table's lock
    std::atomic<KPRIORITY> priority{8};
    NTSTATUS exit_status = STATUS_PENDING;
};

namespace wpptrace::framework {

// ---- IRQL and per-thread regions (ke_sync.cpp, ke_thread.cpp) -----------------------------
// Sets the calling thread's IRQL without checks (the engine runs DPCs at DISPATCH_LEVEL).
void set_current_irql(KIRQL irql);
// An IRQL finding against the driver whose code is at caller.
void report_irql(const void* caller, std::string text);
int critical_region_depth();
int guarded_region_depth();
// After a callback that left regions entered (reported): the thread starts clean again.
void reset_thread_regions();

// ---- Clocks (ke_time.cpp) -------------------------------------------------------------------
std::int64_t monotonic_ns();
// 100 ns units since 1601-01-01 UTC (Windows' system time).
std::int64_t system_time_100ns();
// Monotonic nanoseconds at which a Windows timeout (negative relative, positive absolute
// system time, 100 ns units) expires.
std::int64_t deadline_of(LONGLONG due_100ns);

// ---- Waiting (ke_wait.cpp) ------------------------------------------------------------------
// Wakes every waiter to re-check its objects; call after raising any signal state.
void dispatcher_signal();
// Calls ready() until it returns true (true) or the monotonic deadline passes (false).
bool dispatcher_wait_until(const std::function<bool()>& ready,
                           std::optional<std::int64_t> deadline_ns);
// KeWaitForMultipleObjects' work, with the IRQL check charged to caller.
NTSTATUS wait_for_objects(const void* caller, const char* entry, ULONG count, void* const* objects,
                          int wait_type, PLARGE_INTEGER timeout);

// ---- Threads (ps_thread.cpp) ----------------------------------------------------------------
PKTHREAD current_thread();
void thread_reference(PKTHREAD thread);
void thread_release(PKTHREAD thread);
// At unload: waits briefly for the driver's system threads and joins them; false (reported) if
// one still runs, so that its code must stay mapped.
bool ps_release_driver(DriverRecord* owner);

// ---- Executive state of a driver (ex_sync.cpp, ex_pool.cpp) ---------------------------------
// At unload: resources never deleted are reported and freed; the pool opt-in is forgotten.
void ex_release_driver(DriverRecord* owner);
void pool_runtime_forget(DriverRecord* owner);

}  // namespace wpptrace::framework
