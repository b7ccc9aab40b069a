// interrupt_cleanup.cpp - the registry of temporary paths and the thread that removes them on
// SIGINT, SIGTERM or SIGHUP (see interrupt_cleanup.hpp).
//
// The signals are taken with sigwait() in an ordinary thread, not in a handler: removing a
// directory tree is not async-signal-safe. The thread holds the registry's lock from the
// signal to _exit(), so the main thread cannot create a temporary it would miss.
#include "wpptrace/decoder/interrupt_cleanup.hpp"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

namespace wpptrace::decoder {
namespace {

std::mutex registry_lock;
std::set<std::string>& registry() {
    static std::set<std::string> paths;
    return paths;
}

sigset_t interrupt_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, sig);
    return set;
}

std::atomic<void (*)(int)> interrupt_action{nullptr};

[[noreturn]] void wait_for_interrupt(sigset_t signals) {
    int sig = 0;
    while (sigwait(&signals, &sig) != 0) {
    }
    if (auto action = interrupt_action.exchange(nullptr)) {
        action(sig);
        while (sigwait(&signals, &sig) != 0) {
        }
    }
    registry_lock.lock();  // held until _exit: nothing new is created meanwhile
    for (const std::string& path : registry()) {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    _exit(128 + sig);
}

}  // namespace

void install_interrupt_cleanup() {
    const sigset_t signals = interrupt_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread(wait_for_interrupt, signals).detach();
}

void set_interrupt_action(void (*action)(int sig)) {
    interrupt_action = action;
}

void register_cleanup_path(const std::string& path) {
    std::lock_guard lock(registry_lock);
    registry().insert(path);
}

void unregister_cleanup_path(const std::string& path) {
    std::lock_guard lock(registry_lock);
    registry().erase(path);
}

std::string create_registered_temp_dir(std::string pattern) {
    std::lock_guard lock(registry_lock);
    if (!mkdtemp(pattern.data())) return {};
    registry().insert(pattern);
    return pattern;
}

}  // namespace wpptrace::decoder
