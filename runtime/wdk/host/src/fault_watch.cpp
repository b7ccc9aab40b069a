// fault_watch.cpp - which driver callback each thread is in, and what a crash or a hang in one
// prints (fault_watch.hpp).
//
// Each thread that calls into a driver takes a slot in a fixed table (no allocation, so that
// the signal handler and the watchdog can read it at any time); the slot holds the driver's
// name, the innermost callback and when it started.
#include "wpptrace/host/fault_watch.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "entry_guard.hpp"

namespace wpptrace::framework {
namespace {

struct Slot {
    std::atomic<bool> used{false};
    std::atomic<const char*> driver{nullptr};
    std::atomic<const char*> callback{nullptr};
    std::atomic<std::int64_t> since_ns{0};
};

// More threads than a host runs (one per workload thread); a thread beyond it goes unwatched.
Slot slots[512];
std::atomic<bool> reporting{false};

std::int64_t now_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

// The thread's slot, as a plain pointer for the signal handler: reading it needs no TLS
// constructor.
thread_local Slot* current_slot = nullptr;

// The thread's slot and its alternate signal stack (per thread, as sigaltstack is), given
// back when the thread ends.
struct ThreadSlot {
    Slot* slot = nullptr;
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

Slot* claim_slot() {
    if (current_slot) return current_slot;
    for (Slot& s : slots) {
        bool expected = false;
        if (s.used.compare_exchange_strong(expected, true)) {
            thread_slot.slot = &s;
            current_slot = &s;
            break;
        }
    }
    if (reporting && !thread_slot.alt_stack) {
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

// Async-signal-safe text building: appends to a fixed buffer.
struct Text {
    char buffer[512];
    std::size_t size = 0;
    Text& operator<<(const char* s) {
        while (s && *s && size < sizeof buffer) buffer[size++] = *s++;
        return *this;
    }
    void write_to(int fd) const {
        std::size_t done = 0;
        while (done < size) {
            ssize_t n = ::write(fd, buffer + done, size - done);
            if (n <= 0) return;
            done += static_cast<std::size_t>(n);
        }
    }
};

const char* signal_name(int sig) {
    switch (sig) {
        case SIGSEGV:
            return "SIGSEGV";
        case SIGBUS:
            return "SIGBUS";
        case SIGILL:
            return "SIGILL";
        case SIGFPE:
            return "SIGFPE";
        case SIGABRT:
            return "SIGABRT";
        default:
            return "a fatal signal";
    }
}

void on_fatal_signal(int sig, siginfo_t*, void*) {
    Slot* slot = current_slot;
    const char* callback = slot ? slot->callback.load() : nullptr;
    Text text;
    if (callback) {
        const char* driver = slot->driver.load();
        text << "host: " << (driver ? driver : "(unknown driver)") << " crashed ("
             << signal_name(sig) << ") in " << callback << "\n";
        text.write_to(STDERR_FILENO);
        _exit(host::exit_driver_crashed);
    }
    // Not in a driver: the host's own fault; the default action (core dump) is more useful.
    text << "host: crashed (" << signal_name(sig) << ") outside any driver callback\n";
    text.write_to(STDERR_FILENO);
    // SA_RESETHAND restored the default action; the signal is delivered again on return
    // (a fault re-executes; raise() covers the signals that were sent).
    raise(sig);
}

void watchdog(std::chrono::milliseconds timeout) {
    const std::int64_t limit = std::chrono::nanoseconds(timeout).count();
    const auto period =
        std::min(std::chrono::milliseconds(100), timeout / 4 + std::chrono::milliseconds(1));
    for (;;) {
        std::this_thread::sleep_for(period);
        std::int64_t now = now_ns();
        for (Slot& s : slots) {
            if (!s.used) continue;
            const char* callback = s.callback.load();
            if (!callback || now - s.since_ns.load() < limit) continue;
            const char* driver = s.driver.load();
            char within[32];
            if (timeout.count() % 1000 == 0)
                std::snprintf(within, sizeof within, "%lld s",
                              static_cast<long long>(timeout.count() / 1000));
            else
                std::snprintf(within, sizeof within, "%lld ms",
                              static_cast<long long>(timeout.count()));
            std::fprintf(stderr, "host: %s did not return from %s within %s\n",
                         driver ? driver : "(unknown driver)", callback, within);
            std::fflush(stderr);
            // The hung thread cannot be unwound; what it traced is in the buffers already.
            _exit(host::exit_driver_hung);
        }
    }
}

}  // namespace

CallbackScope::CallbackScope(const DriverRecord* record, const char* callback) noexcept {
    slot_ = claim_slot();
    if (!slot_) return;
    auto* slot = static_cast<Slot*>(slot_);
    previous_driver_ = slot->driver.load();
    previous_callback_ = slot->callback.load();
    previous_since_ns_ = slot->since_ns.load();
    slot->since_ns = now_ns();
    slot->driver = record ? record->name.c_str() : nullptr;
    slot->callback = callback;  // last: the watchdog reads the callback first
}

CallbackScope::~CallbackScope() {
    if (!slot_) return;
    auto* slot = static_cast<Slot*>(slot_);
    slot->callback = nullptr;
    slot->driver = previous_driver_;
    slot->since_ns = previous_since_ns_;
    slot->callback = previous_callback_;
}

}  // namespace wpptrace::framework

namespace wpptrace::host {

void install_fault_reporting(std::chrono::milliseconds callback_timeout) {
    framework::reporting = true;
    struct sigaction action {};
    action.sa_sigaction = framework::on_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) sigaction(sig, &action, nullptr);
    framework::claim_slot();  // the main thread's alternate stack
    if (callback_timeout.count() > 0) std::thread(framework::watchdog, callback_timeout).detach();
}

}  // namespace wpptrace::host
