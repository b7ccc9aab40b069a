// execution_engine.cpp - the DPC thread, the timer thread and the worker threads
// (execution_engine.hpp).
//
// One mutex guards the three queues and what runs; the threads start on first use and live
// as long as the process (the engine is never destroyed, so no thread outlives its state).
// Driver code never runs under the mutex.
#include "execution_engine.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <km/ke_timer.h>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework::exec {
namespace {

constexpr unsigned max_workers = 8;
constexpr auto unload_grace = std::chrono::seconds(5);

struct QueuedDpc {
    PKDPC dpc;
    DriverRecord* owner;
    std::uint64_t sequence;
};

struct SetTimer {
    std::multimap<std::int64_t, PKTIMER>::iterator position;
    std::int64_t period_ns;
    PKDPC dpc;
    DriverRecord* owner;
};

struct QueuedWork {
    const void* key;
    DriverRecord* owner;
    std::function<void()> fn;
};

struct RunningWork {
    const void* key;
    DriverRecord* owner;
    pid_t tid;
};

struct Engine {
    std::mutex mutex;
    std::condition_variable dpc_ready, timer_changed, work_ready, idle;

    std::deque<QueuedDpc> dpcs;
    std::uint64_t dpc_sequence = 0;
    PKDPC running_dpc = nullptr;
    DriverRecord* running_dpc_owner = nullptr;
    std::uint64_t running_dpc_sequence = 0;
    pid_t dpc_tid = 0;
    bool dpc_thread = false;

    std::multimap<std::int64_t, PKTIMER> timer_queue;
    std::unordered_map<PKTIMER, SetTimer> timers;
    bool timer_thread = false;

    std::deque<QueuedWork> work;
    std::vector<RunningWork> running_work;
    unsigned workers = 0, idle_workers = 0;
};

Engine& engine() {
    static Engine* e = new Engine;  // never destroyed: its threads run until the process ends
    return *e;
}

void dpc_loop();
void timer_loop();
void worker_loop();

bool insert_dpc_locked(Engine& e, PKDPC dpc, void* argument1, void* argument2,
                       DriverRecord* owner) {
    if (dpc->DpcData) return false;
    dpc->SystemArgument1 = argument1;
    dpc->SystemArgument2 = argument2;
    dpc->DpcData = &e;
    QueuedDpc entry{dpc, owner, ++e.dpc_sequence};
    if (dpc->Importance == HighImportance)
        e.dpcs.push_front(entry);
    else
        e.dpcs.push_back(entry);
    if (!e.dpc_thread) {
        e.dpc_thread = true;
        std::thread(dpc_loop).detach();
    }
    e.dpc_ready.notify_one();
    return true;
}

bool erase_dpc_locked(Engine& e, PKDPC dpc) {
    if (!dpc->DpcData) return false;
    auto it = std::find_if(e.dpcs.begin(), e.dpcs.end(),
                           [&](const QueuedDpc& q) { return q.dpc == dpc; });
    if (it != e.dpcs.end()) e.dpcs.erase(it);
    dpc->DpcData = nullptr;
    e.idle.notify_all();
    return true;
}

void dpc_loop() {
    Engine& e = engine();
    set_current_irql(DISPATCH_LEVEL);
    std::unique_lock lock(e.mutex);
    e.dpc_tid = gettid();
    for (;;) {
        e.dpc_ready.wait(lock, [&] { return !e.dpcs.empty(); });
        QueuedDpc q = e.dpcs.front();
        e.dpcs.pop_front();
        PKDPC dpc = q.dpc;
        dpc->DpcData = nullptr;
        PKDEFERRED_ROUTINE routine = dpc->DeferredRoutine;
        void *context = dpc->DeferredContext, *argument1 = dpc->SystemArgument1,
             *argument2 = dpc->SystemArgument2;
        e.running_dpc = dpc;
        e.running_dpc_owner = q.owner;
        e.running_dpc_sequence = q.sequence;
        lock.unlock();
        if (routine)
            call_driver(q.owner, "DeferredRoutine", routine, dpc, context, argument1, argument2);
        if (KeGetCurrentIrql() != DISPATCH_LEVEL) {
            report_issue(q.owner, IssueKind::irql,
                         "DPC routine returned at IRQL " + std::to_string(KeGetCurrentIrql()) +
                             " (it runs, and must return, at DISPATCH_LEVEL)");
            set_current_irql(DISPATCH_LEVEL);
        }
        lock.lock();
        e.running_dpc = nullptr;
        e.running_dpc_owner = nullptr;
        e.idle.notify_all();
    }
}

void expire_locked(Engine& e, PKTIMER timer, std::int64_t now) {
    auto found = e.timers.find(timer);
    SetTimer& set = found->second;
    PKDPC dpc = set.dpc;
    DriverRecord* owner = set.owner;
    if (set.period_ns) {
        // Periodic: due again one period after this expiry was due (after now if it fell
        // behind, rather than in a burst).
        std::int64_t next = set.position->first + set.period_ns;
        if (next <= now) next = now + set.period_ns;
        e.timer_queue.erase(set.position);
        set.position = e.timer_queue.emplace(next, timer);
        timer->DueTime.QuadPart = static_cast<ULONGLONG>(next / 100);
    } else {
        e.timer_queue.erase(set.position);
        e.timers.erase(found);
    }
    __atomic_store_n(&timer->Header.SignalState, 1, __ATOMIC_SEQ_CST);
    dispatcher_signal();
    if (dpc) {
        // As Windows does, the DPC gets the expiry's system time in its two arguments.
        std::int64_t system_time = system_time_100ns();
        insert_dpc_locked(
            e, dpc, reinterpret_cast<void*>(static_cast<ULONG_PTR>(system_time & 0xffffffff)),
            reinterpret_cast<void*>(static_cast<ULONG_PTR>(system_time >> 32)), owner);
    }
}

void timer_loop() {
    Engine& e = engine();
    std::unique_lock lock(e.mutex);
    for (;;) {
        if (e.timer_queue.empty()) {
            e.timer_changed.wait(lock);
            continue;
        }
        std::int64_t now = monotonic_ns();
        auto first = e.timer_queue.begin();
        if (first->first > now) {
            e.timer_changed.wait_for(lock, std::chrono::nanoseconds(first->first - now));
            continue;
        }
        expire_locked(e, first->second, now);
    }
}

bool work_queued_locked(Engine& e, const void* key) {
    return std::any_of(e.work.begin(), e.work.end(),
                       [&](const QueuedWork& w) { return w.key == key; });
}

bool work_running_locked(Engine& e, const void* key) {
    return std::any_of(e.running_work.begin(), e.running_work.end(),
                       [&](const RunningWork& r) { return r.key == key; });
}

void worker_loop() {
    Engine& e = engine();
    set_current_irql(PASSIVE_LEVEL);
    pid_t me = gettid();
    std::unique_lock lock(e.mutex);
    for (;;) {
        ++e.idle_workers;
        e.work_ready.wait(lock, [&] { return !e.work.empty(); });
        --e.idle_workers;
        QueuedWork w = std::move(e.work.front());
        e.work.pop_front();
        e.running_work.push_back({w.key, w.owner, me});
        lock.unlock();
        w.fn();
        w.fn = nullptr;
        if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
            report_issue(w.owner, IssueKind::irql,
                         "work item returned at IRQL " + std::to_string(KeGetCurrentIrql()));
            set_current_irql(PASSIVE_LEVEL);
        }
        if (critical_region_depth() || guarded_region_depth()) {
            report_issue(w.owner, IssueKind::irql,
                         "work item returned inside a critical or guarded region");
            reset_thread_regions();
        }
        lock.lock();
        std::erase_if(e.running_work, [&](const RunningWork& r) { return r.tid == me; });
        e.idle.notify_all();
    }
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

bool dpc_insert(PKDPC dpc, void* argument1, void* argument2, DriverRecord* owner) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    return insert_dpc_locked(e, dpc, argument1, argument2, owner);
}

bool dpc_remove(PKDPC dpc) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    return erase_dpc_locked(e, dpc);
}

void dpc_flush() {
    Engine& e = engine();
    std::unique_lock lock(e.mutex);
    if (e.dpc_tid == gettid()) return;  // a DPC cannot wait for the DPC queue (reported by caller)
    std::uint64_t last = e.dpc_sequence;
    e.idle.wait(lock, [&] {
        if (e.running_dpc && e.running_dpc_sequence <= last) return false;
        return std::none_of(e.dpcs.begin(), e.dpcs.end(),
                            [&](const QueuedDpc& q) { return q.sequence <= last; });
    });
}

bool dpc_running_here(PKDPC dpc) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    return e.running_dpc == dpc && e.dpc_tid == gettid();
}

void dpc_wait_idle(PKDPC dpc) {
    Engine& e = engine();
    std::unique_lock lock(e.mutex);
    if (e.dpc_tid == gettid()) return;
    e.idle.wait(lock, [&] { return !dpc->DpcData && e.running_dpc != dpc; });
}

bool timer_set(PKTIMER timer, LONGLONG due_100ns, std::int64_t period_ns, PKDPC dpc,
               DriverRecord* owner) {
    Engine& e = engine();
    std::int64_t due = deadline_of(due_100ns);
    std::lock_guard lock(e.mutex);
    bool was_set = false;
    if (auto found = e.timers.find(timer); found != e.timers.end()) {
        e.timer_queue.erase(found->second.position);
        e.timers.erase(found);
        was_set = true;
    }
    __atomic_store_n(&timer->Header.SignalState, 0, __ATOMIC_SEQ_CST);
    timer->Dpc = dpc;
    timer->Period = static_cast<LONG>(period_ns / 1000000);
    timer->DueTime.QuadPart = static_cast<ULONGLONG>(due / 100);
    auto position = e.timer_queue.emplace(due, timer);
    e.timers[timer] = {position, period_ns, dpc, owner};
    if (!e.timer_thread) {
        e.timer_thread = true;
        std::thread(timer_loop).detach();
    }
    e.timer_changed.notify_one();
    return was_set;
}

bool timer_cancel(PKTIMER timer) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    auto found = e.timers.find(timer);
    if (found == e.timers.end()) return false;
    e.timer_queue.erase(found->second.position);
    e.timers.erase(found);
    e.timer_changed.notify_one();
    return true;
}

bool work_queue(const void* key, DriverRecord* owner, std::function<void()> fn) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    if (work_queued_locked(e, key)) return false;
    e.work.push_back({key, owner, std::move(fn)});
    if (e.work.size() > e.idle_workers && e.workers < max_workers) {
        ++e.workers;
        std::thread(worker_loop).detach();
    }
    e.work_ready.notify_one();
    return true;
}

bool work_remove(const void* key) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    auto it = std::find_if(e.work.begin(), e.work.end(),
                           [&](const QueuedWork& w) { return w.key == key; });
    if (it == e.work.end()) return false;
    e.work.erase(it);
    e.idle.notify_all();
    return true;
}

bool work_queued(const void* key) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    return work_queued_locked(e, key);
}

bool work_running_here(const void* key) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    pid_t me = gettid();
    return std::any_of(e.running_work.begin(), e.running_work.end(),
                       [&](const RunningWork& r) { return r.key == key && r.tid == me; });
}

void work_wait_idle(const void* key) {
    Engine& e = engine();
    std::unique_lock lock(e.mutex);
    pid_t me = gettid();
    if (std::any_of(e.running_work.begin(), e.running_work.end(),
                    [&](const RunningWork& r) { return r.key == key && r.tid == me; }))
        return;
    e.idle.wait(lock, [&] { return !work_queued_locked(e, key) && !work_running_locked(e, key); });
}

std::string release_range(const void* begin, std::size_t bytes) {
    Engine& e = engine();
    auto inside = [&](const void* p) {
        auto at = reinterpret_cast<std::uintptr_t>(p),
             from = reinterpret_cast<std::uintptr_t>(begin);
        return at >= from && at < from + bytes;
    };
    std::size_t timers = 0, dpcs = 0, work = 0;
    std::vector<QueuedWork> dropped;
    {
        std::lock_guard lock(e.mutex);
        if (e.timers.empty() && e.dpcs.empty() && e.work.empty()) return {};
        for (auto it = e.timers.begin(); it != e.timers.end();) {
            if (!inside(it->first)) {
                ++it;
                continue;
            }
            e.timer_queue.erase(it->second.position);
            it = e.timers.erase(it);
            ++timers;
        }
        for (auto it = e.dpcs.begin(); it != e.dpcs.end();) {
            if (!inside(it->dpc)) {
                ++it;
                continue;
            }
            it = e.dpcs.erase(it);
            ++dpcs;
        }
        for (auto it = e.work.begin(); it != e.work.end();) {
            if (!inside(it->key)) {
                ++it;
                continue;
            }
            dropped.push_back(std::move(*it));
            it = e.work.erase(it);
            ++work;
        }
        if (dpcs || work) e.idle.notify_all();
    }
    std::string text;
    auto add = [&](std::size_t n, const char* one, const char* many) {
        if (!n) return;
        if (!text.empty()) text += ", ";
        text += plural(n, one, many);
    };
    add(timers, "timer still set", "timers still set");
    add(dpcs, "queued DPC", "queued DPCs");
    add(work, "queued work item", "queued work items");
    return text;
}

bool release_driver(DriverRecord* owner) {
    if (!owner) return true;
    Engine& e = engine();
    std::size_t timers = 0, dpcs = 0, work = 0;
    bool finished;
    {
        std::unique_lock lock(e.mutex);
        for (auto it = e.timers.begin(); it != e.timers.end();) {
            if (it->second.owner != owner) {
                ++it;
                continue;
            }
            e.timer_queue.erase(it->second.position);
            it = e.timers.erase(it);
            ++timers;
        }
        for (auto it = e.dpcs.begin(); it != e.dpcs.end();) {
            if (it->owner != owner) {
                ++it;
                continue;
            }
            it->dpc->DpcData = nullptr;
            it = e.dpcs.erase(it);
            ++dpcs;
        }
        std::vector<QueuedWork> dropped;
        for (auto it = e.work.begin(); it != e.work.end();) {
            if (it->owner != owner) {
                ++it;
                continue;
            }
            dropped.push_back(std::move(*it));
            it = e.work.erase(it);
            ++work;
        }
        finished = e.idle.wait_for(lock, unload_grace, [&] {
            return e.running_dpc_owner != owner &&
                   std::none_of(e.running_work.begin(), e.running_work.end(),
                                [&](const RunningWork& r) { return r.owner == owner; });
        });
        lock.unlock();
        dropped.clear();  // the captured state goes outside the lock
    }
    if (timers)
        report_issue(owner, IssueKind::device_misuse,
                     "unloaded with " + plural(timers, "timer", "timers") +
                         " still set: cancelled, never expire into unloaded code");
    if (dpcs)
        report_issue(owner, IssueKind::device_misuse,
                     "unloaded with " + plural(dpcs, "DPC", "DPCs") + " still queued: removed");
    if (work)
        report_issue(
            owner, IssueKind::device_misuse,
            "unloaded with " + plural(work, "work item", "work items") + " still queued: removed");
    if (!finished)
        report_issue(
            owner, IssueKind::device_misuse,
            "a DPC or work item of the driver still runs at unload: its code stays mapped");
    bool threads_done = ps_release_driver(owner);
    ex_release_driver(owner);
    pool_runtime_forget(owner);
    return finished && threads_done;
}

}  // namespace wpptrace::framework::exec
