// entry_guard.hpp - the framework's side of the choke point between its C entry points (what
// drivers call, and what the framework calls in drivers) and its C++ inside
// (wpptrace/wdk/c_entry.hpp): an exception never crosses into C code; it becomes an NTSTATUS
// (std::bad_alloc: STATUS_INSUFFICIENT_RESOURCES, anything else: STATUS_INTERNAL_ERROR) and a
// verifier finding against the driver involved.
//
//   extern "C" NTSTATUS WdfDeviceCreate(...) {
//       return guarded(__func__, [&] { return device_create(...); });
//   }
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>

#include <wpptrace/wdk/c_entry.hpp>

#include "framework_state.hpp"

namespace wpptrace::framework {

// Reports an exception an entry point stopped, as a finding against the driver of `record`
// (or against no known driver).
void report_stopped_exception(const char* entry, DriverRecord* record,
                              const wdk::StoppedException& stopped) noexcept;

// Runs body; on an exception returns its status (NTSTATUS bodies), `failure` (other results)
// or nothing (void bodies).
template <class Body, class Result = std::invoke_result_t<Body&>>
Result guarded(const char* entry, Body&& body, Result failure = Result{},
               DriverRecord* record = nullptr) noexcept requires(!std::is_void_v<Result>) {
    return wdk::c_entry(
        [&](const wdk::StoppedException& stopped) {
            report_stopped_exception(entry, record, stopped);
        },
        std::forward<Body>(body), failure);
}

template <class Body>
void guarded_void(const char* entry, Body&& body, DriverRecord* record = nullptr) noexcept {
    wdk::c_entry_void(
        [&](const wdk::StoppedException& stopped) {
            report_stopped_exception(entry, record, stopped);
        },
        std::forward<Body>(body));
}

// Marks the thread as running `callback` of the driver of `record` for as long as it lives
// (callback_slots.hpp: what the host reports on a crash or a hang). Scopes nest: a dispatch routine
// that the framework runs for a KMDF driver, then its EvtIoRead.
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
