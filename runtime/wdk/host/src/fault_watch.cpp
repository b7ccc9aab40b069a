// fault_watch.cpp - what a crash or a hang in a driver callback prints (fault_watch.hpp); the
// framework keeps, per thread, which callback is running (callback_slots.hpp).
#include "wpptrace/host/fault_watch.hpp"

#include <signal.h>
#include <unistd.h>

#include <wpp/runtime.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <thread>

#include "callback_slots.hpp"

namespace wpptrace::host {
namespace {

using framework::CallbackSlot;

// Async-signal-safe text building: appends to a fixed buffer.
struct Text {
    char buffer[512];
    std::size_t size = 0;
    Text& operator<<(const char* s) {
        while (s && *s && size < sizeof buffer) buffer[size++] = *s++;
        return *this;
    }
    // Into every open in-flight recorder of the process, so that `wpptrace ifr dump` names the
    // fault (without the trailing newline).
    void note_in_recorders() const {
        char note[sizeof buffer + 1];
        std::size_t n = size;
        while (n > 0 && buffer[n - 1] == '\n') --n;
        std::memcpy(note, buffer, n);
        note[n] = 0;
        wpptrace_ifr_note_fault(note);
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
    CallbackSlot* slot = framework::current_callback_slot();
    const char* callback = slot ? slot->callback.load() : nullptr;
    Text text;
    if (callback) {
        const char* driver = slot->driver.load();
        text << "host: " << (driver ? driver : "(unknown driver)") << " crashed ("
             << signal_name(sig) << ") in " << callback << "\n";
        text.note_in_recorders();
        text.write_to(STDERR_FILENO);
        _exit(exit_driver_crashed);
    }
    // Not in a driver: the host's own fault; the default action (core dump) is more useful.
    text << "host: crashed (" << signal_name(sig) << ") outside any driver callback\n";
    text.note_in_recorders();
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
        std::int64_t now = framework::monotonic_now_ns();
        for (CallbackSlot& s : framework::callback_slots) {
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
            char note[256];
            std::snprintf(note, sizeof note, "host: %s did not return from %s within %s",
                          driver ? driver : "(unknown driver)", callback, within);
            wpptrace_ifr_note_fault(note);
            std::fprintf(stderr, "%s\n", note);
            std::fflush(stderr);
            // The hung thread cannot be unwound; what it traced is in the buffers already.
            _exit(exit_driver_hung);
        }
    }
}

}  // namespace

void install_fault_reporting(std::chrono::milliseconds callback_timeout) {
    framework::give_threads_alternate_signal_stacks();
    struct sigaction action {};
    action.sa_sigaction = on_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) sigaction(sig, &action, nullptr);
    framework::claim_callback_slot();  // the main thread's alternate stack
    if (callback_timeout.count() > 0) std::thread(watchdog, callback_timeout).detach();
}

}  // namespace wpptrace::host
