// fault_watch.hpp - naming the driver and the callback when a driver crashes or hangs.
//
// The framework marks, per thread, which driver callback is running (DriverEntry, AddDevice,
// an IRP dispatch routine, EvtIoRead, EvtDeviceD0Entry, ...). With fault reporting installed,
// a fatal signal inside a callback prints "host: Serial crashed (SIGSEGV) in EvtIoDeviceControl"
// and exits with exit_driver_crashed; a callback running longer than the timeout prints
// "host: Serial did not return from EvtDeviceD0Entry within 10 s" and exits with
// exit_driver_hung. Events the driver traced before then are in the LTTng buffers already.
#pragma once

#include <chrono>

namespace wpptrace::host {

inline constexpr int exit_driver_crashed = 4;
inline constexpr int exit_driver_hung = 5;

// Installs SIGSEGV/SIGBUS/SIGILL/SIGFPE/SIGABRT handlers (run on an alternate stack, so that a
// stack overflow is reported too) and, if callback_timeout is not zero, a watchdog thread.
// For a process that runs drivers and has nothing better to do on a fault: wpptrace-host.
void install_fault_reporting(std::chrono::milliseconds callback_timeout);

}  // namespace wpptrace::host
