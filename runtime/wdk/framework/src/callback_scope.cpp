// callback_scope.cpp - the per-thread table of driver callbacks in progress (callback_slots.hpp)
// and CallbackScope, which marks a callback in it.
#include <signal.h>
#include <time.h>

#include <cstdlib>

#include "callback_slots.hpp"
#include "entry_guard.hpp"

namespace wpptrace::framework {

CallbackSlot callback_slots[callback_slot_count];

namespace {

std::atomic<bool> alternate_stacks{false};

// The thread's slot, as a plain pointer for a signal handler: reading it needs no TLS
// constructor.
thread_local CallbackSlot* current_slot = nullptr;

// The thread's slot and its alternate signal stack (per thread, as sigaltstack is), given
// back when the thread ends.
struct ThreadSlot {
    CallbackSlot* slot = nullptr;
    void* alt_stack = nullptr;
    ~ThreadSlot() {
        if (alt_stack) {
            stack_t off{};
            off.ss_flags = SS_DISABLE;
            sigaltstack(&off, nullptr);
            std::free(alt_stack);
        }
        if (slot) {
            current_slot = nullptr;
            slot->callback = nullptr;
            slot->used = false;
        }
    }
};
thread_local ThreadSlot thread_slot;

constexpr std::size_t alt_stack_size = 64 * 1024;

}  // namespace

std::int64_t monotonic_now_ns() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

void give_threads_alternate_signal_stacks() noexcept {
    alternate_stacks = true;
}

CallbackSlot* current_callback_slot() noexcept {
    return current_slot;
}

CallbackSlot* claim_callback_slot() noexcept {
    if (current_slot) return current_slot;
    for (CallbackSlot& s : callback_slots) {
        bool expected = false;
        if (s.used.compare_exchange_strong(expected, true)) {
            thread_slot.slot = &s;
            current_slot = &s;
            break;
        }
    }
    if (alternate_stacks && !thread_slot.alt_stack) {
        stack_t current{};
        if (sigaltstack(nullptr, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
            stack_t alt{};
            alt.ss_sp = std::malloc(alt_stack_size);
            alt.ss_size = alt_stack_size;
            if (alt.ss_sp && sigaltstack(&alt, nullptr) == 0)
                thread_slot.alt_stack = alt.ss_sp;
            else
                std::free(alt.ss_sp);
        }
    }
    return current_slot;
}

CallbackScope::CallbackScope(const DriverRecord* record, const char* callback) noexcept {
    CallbackSlot* slot = claim_callback_slot();
    slot_ = slot;
    if (!slot) return;
    previous_driver_ = slot->driver.load();
    previous_callback_ = slot->callback.load();
    previous_since_ns_ = slot->since_ns.load();
    slot->since_ns = monotonic_now_ns();
    slot->driver = record ? record->name.c_str() : nullptr;
    slot->callback = callback;  // last: the watchdog reads the callback first
}

CallbackScope::~CallbackScope() {
    if (!slot_) return;
    auto* slot = static_cast<CallbackSlot*>(slot_);
    slot->callback = nullptr;
    slot->driver = previous_driver_;
    slot->since_ns = previous_since_ns_;
    slot->callback = previous_callback_;
}

}  // namespace wpptrace::framework
