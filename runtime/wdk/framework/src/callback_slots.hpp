// callback_slots.hpp - which driver callback each thread is in (CallbackScope, entry_guard.hpp
// writes it). Each thread that calls into a driver takes a slot in a fixed table, with no
// allocation, so that a signal handler or a watchdog can read the table at any time: the host's
// fault reporting (runtime/wdk/host/src/fault_watch.cpp) names the driver and the callback a crash
// or a hang happened in.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace wpptrace::framework {

struct CallbackSlot {
    std::atomic<bool> used{false};
    std::atomic<const char*> driver{nullptr};
    std::atomic<const char*> callback{nullptr};  // null: in no callback
    std::atomic<std::int64_t> since_ns{0};       // CLOCK_MONOTONIC, when the callback began
};

// More threads than a host runs (one per workload thread); a thread beyond it goes unwatched.
inline constexpr std::size_t callback_slot_count = 512;
extern CallbackSlot callback_slots[callback_slot_count];

// The calling thread's slot, claimed on first use; nullptr when the table is full.
CallbackSlot* claim_callback_slot() noexcept;
// The calling thread's slot if it has one (async-signal-safe: a plain thread_local pointer).
CallbackSlot* current_callback_slot() noexcept;
// From now on each thread that claims a slot also gets an alternate signal stack, so that a
// fault handler runs even on a stack overflow.
void give_threads_alternate_signal_stacks() noexcept;

std::int64_t monotonic_now_ns() noexcept;

}  // namespace wpptrace::framework
