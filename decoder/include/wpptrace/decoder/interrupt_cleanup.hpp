// interrupt_cleanup.hpp - what an interrupted wpptrace leaves behind: nothing of its own.
//
// Temporary files (output written under a temporary name until it is complete) and scratch
// directories (trimmed stand-ins of damaged traces under /tmp) are registered here while they
// exist. A command that calls install_interrupt_cleanup() first has SIGINT, SIGTERM and SIGHUP
// handled by a thread of their own: it removes every registered path and ends the process
// with 128 + the signal number (130 for Ctrl-C, 143 for SIGTERM), as a shell reports a
// process the signal killed. Without install_interrupt_cleanup() (the library in tests) the
// registry only records, and the signals keep their default action.
#pragma once

#include <string>

namespace wpptrace::decoder {

// Call once, before any other thread starts (it blocks the signals in the calling thread,
// which every later thread and child inherits).
void install_interrupt_cleanup();

// While set (not nullptr), the first SIGINT, SIGTERM or SIGHUP calls `action(signal)` from the
// signal thread instead of ending the process: a live reading stops and finishes its output.
// A second signal ends the process as usual.
void set_interrupt_action(void (*action)(int sig));

// A file or a directory (removed with everything in it) to remove on interruption.
void register_cleanup_path(const std::string& path);
void unregister_cleanup_path(const std::string& path);

// mkdtemp(pattern), registered in the same step (no signal can come in between); "" when it
// cannot be created.
std::string create_registered_temp_dir(std::string pattern);

}  // namespace wpptrace::decoder
