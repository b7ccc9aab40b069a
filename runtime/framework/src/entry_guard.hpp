// entry_guard.hpp - the one choke point between the framework's C entry points (what drivers
// call, and what the framework calls in drivers) and its C++ inside: an exception never crosses
// into C code; it becomes an NTSTATUS (std::bad_alloc: STATUS_INSUFFICIENT_RESOURCES, anything
// else: STATUS_INTERNAL_ERROR) and a verifier finding against the driver involved.
//
//   extern "C" NTSTATUS WdfDeviceCreate(...) {
//       return guarded(__func__, [&] { return device_create(...); });
//   }
#pragma once

#include <type_traits>

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

}  // namespace wpptrace::framework
