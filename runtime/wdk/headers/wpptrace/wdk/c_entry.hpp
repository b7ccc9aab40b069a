// c_entry.hpp - the one choke point between a C entry point of the emulated WDK (what a driver
// calls in the framework or the filter engine) and its C++ inside: no exception crosses into
// driver code. std::bad_alloc becomes STATUS_INSUFFICIENT_RESOURCES, as the kernel fails an
// allocation; any other exception is an internal error of the emulation, STATUS_INTERNAL_ERROR.
// Either way the layer's reporter hears of it first (the framework: a verifier finding against
// the driver; the filter engine: the reporter the host installs).
//
//   extern "C" NTSTATUS FwpsFlowAbort0(UINT64 flowId) {
//       return wdk::c_entry(report, [&] { return engine().abort_flow(flowId); });
//   }
//
// Not a header for drivers: the framework and the filter engine, which both sit on these
// headers, share it from here.
#pragma once

#include <exception>
#include <new>
#include <type_traits>

#include <wdm.h>

namespace wpptrace::wdk {

enum class StoppedKind { out_of_memory, exception, unknown };

// An exception an entry point stopped: what it becomes, and what to report.
struct StoppedException {
    StoppedKind kind;
    NTSTATUS status;
    const char* what;  // std::exception::what(), else a fixed text
};

// Call inside a catch block: classifies the exception in flight.
inline StoppedException stopped_exception() noexcept {
    try {
        throw;
    } catch (const std::bad_alloc&) {
        return {StoppedKind::out_of_memory, STATUS_INSUFFICIENT_RESOURCES, "out of memory"};
    } catch (const std::exception& e) {
        return {StoppedKind::exception, STATUS_INTERNAL_ERROR, e.what()};
    } catch (...) {
        return {StoppedKind::unknown, STATUS_INTERNAL_ERROR, "unknown exception"};
    }
}

// Runs body; on an exception, calls report(const StoppedException&) (which must not throw) and
// returns the exception's status (NTSTATUS bodies: any body returning LONG) or `failure` (other
// results).
template <class Report, class Body, class Result = std::invoke_result_t<Body&>>
Result c_entry(Report&& report, Body&& body, Result failure = Result{}) noexcept
    requires(!std::is_void_v<Result>) {
    try {
        return body();
    } catch (...) {
        const StoppedException stopped = stopped_exception();
        report(stopped);
        if constexpr (std::is_same_v<Result, NTSTATUS>) return stopped.status;
        return failure;
    }
}

// The same for a body without a result.
template <class Report, class Body>
void c_entry_void(Report&& report, Body&& body) noexcept {
    try {
        body();
    } catch (...) {
        report(stopped_exception());
    }
}

}  // namespace wpptrace::wdk
