// entry_guard.hpp - the one choke point between the framework's C entry points (what drivers
// call, and what the framework calls in drivers) and its C++ inside: an exception never crosses
// into C code; it becomes an NTSTATUS (std::bad_alloc: STATUS_INSUFFICIENT_RESOURCES, anything
// else: STATUS_INTERNAL_ERROR) and a verifier finding against the driver involved.
//
//   extern "C" NTSTATUS WdfDeviceCreate(...) {
//       return guarded(__func__, [&] { return device_create(...); });
//   }
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>

#include "framework_state.hpp"

namespace wpptrace::framework {

// Call inside a catch block: reports the exception in flight and returns its status.
NTSTATUS status_of_current_exception(const char* entry, DriverRecord* record) noexcept;

// Runs body; on an exception returns its status (NTSTATUS bodies), `failure` (other results)
// or nothing (void bodies).
template <class Body, class Result = std::invoke_result_t<Body&>>
Result guarded(const char* entry, Body&& body, Result failure = Result{},
               DriverRecord* record = nullptr) noexcept requires(!std::is_void_v<Result>) {
    try {
        return body();
    } catch (...) {
        NTSTATUS status = status_of_current_exception(entry, record);
        if constexpr (std::is_same_v<Result, NTSTATUS>) return status;
        return failure;
    }
}

template <class Body>
void guarded_void(const char* entry, Body&& body, DriverRecord* record = nullptr) noexcept {
    try {
        body();
    } catch (...) {
        status_of_current_exception(entry, record);
    }
}

// Marks the thread as running `callback` of the driver of `record` for as long as it lives
// (fault_watch.cpp: what a crash or a hang then reports). Scopes nest: a dispatch routine that
// the framework runs for a KMDF driver, then its EvtIoRead.
class CallbackScope {
  public:
    CallbackScope(const DriverRecord* record, const char* callback) noexcept;
    ~CallbackScope();
    CallbackScope(const CallbackScope&) = delete;
    CallbackScope& operator=(const CallbackScope&) = delete;

  private:
    void* slot_ = nullptr;
    const char* previous_driver_ = nullptr;
    const char* previous_callback_ = nullptr;
    std::int64_t previous_since_ns_ = 0;
};

// Every call from the framework into a driver goes through here (`callback` a string literal).
template <class Fn, class... Args>
decltype(auto) call_driver(const DriverRecord* record, const char* callback, Fn&& fn,
                           Args&&... args) {
    CallbackScope scope(record, callback);
    return std::forward<Fn>(fn)(std::forward<Args>(args)...);
}

}  // namespace wpptrace::framework
