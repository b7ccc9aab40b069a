// execution_engine.hpp - one engine for everything that runs later: DPCs on the host's DPC
// thread at DISPATCH_LEVEL, timers on its timer thread (which signal the timer and queue its
// DPC), and work items on a small pool of worker threads at PASSIVE_LEVEL. KDPC/KTIMER, IO and
// executive work items, and the KMDF timer, work item and DPC objects are all built on it.
//
// Every item is charged to a driver (its owner): when the driver unloads, its queued items are
// removed and reported, and the engine waits for its running ones, so that nothing runs into
// unloaded code.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <wdm.h>

#include "framework_state.hpp"

typedef struct _KDPC KDPC, *PKDPC;
typedef struct _KTIMER KTIMER, *PKTIMER;

namespace wpptrace::framework::exec {

// ---- DPCs -----------------------------------------------------------------------------------
// Queues the DPC (FALSE if it already is); high importance goes to the front.
bool dpc_insert(PKDPC dpc, void* argument1, void* argument2, DriverRecord* owner);
// Takes a queued DPC out of the queue (TRUE if it was queued).
bool dpc_remove(PKDPC dpc);
// Returns when every DPC queued before the call has run.
void dpc_flush();
// True on the DPC thread while it runs this DPC's routine.
bool dpc_running_here(PKDPC dpc);
// Returns when the DPC is neither queued nor running (at once on the thread running it).
void dpc_wait_idle(PKDPC dpc);

// ---- Timers ---------------------------------------------------------------------------------
// Sets the timer (due: Windows' 100 ns convention, period_ns 0 for a one-shot); TRUE if it
// was already set.
bool timer_set(PKTIMER timer, LONGLONG due_100ns, std::int64_t period_ns, PKDPC dpc,
               DriverRecord* owner);
bool timer_cancel(PKTIMER timer);

// ---- Work items (PASSIVE_LEVEL) -------------------------------------------------------------
// Queues fn under key (false, nothing queued, if key is already queued).
bool work_queue(const void* key, DriverRecord* owner, std::function<void()> fn);
bool work_remove(const void* key);
bool work_queued(const void* key);
bool work_running_here(const void* key);
// Returns when key is neither queued nor running (at once on the thread running it).
void work_wait_idle(const void* key);

// ---- Memory going away ----------------------------------------------------------------------
// Cancels the timers, queued DPCs and queued work items that live in [begin, begin + bytes)
// (memory being freed: Windows bug-checks with TIMER_OR_DPC_INVALID) and describes them ("a
// timer still set, a queued DPC"); empty if there were none. A DPC or work item running now
// may free its own memory: it is neither waited for nor reported.
std::string release_range(const void* begin, std::size_t bytes);

// ---- Unload ---------------------------------------------------------------------------------
// Cancels what the driver left queued or set (reported as device misuse) and waits for what of
// it still runs, system threads included; false if something of it still runs.
bool release_driver(DriverRecord* owner);

}  // namespace wpptrace::framework::exec
