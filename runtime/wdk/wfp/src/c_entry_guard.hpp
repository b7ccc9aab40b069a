// c_entry_guard.hpp - the filter engine's side of the choke point at its C entry points
// (wpptrace/wdk/c_entry.hpp): an exception becomes the entry's NTSTATUS and is reported through
// the host's reporter (host_hooks.hpp).
#pragma once

#include <utility>

#include <wpptrace/wdk/c_entry.hpp>

#include "wpptrace/wfp/host_hooks.hpp"

namespace wpptrace::wfp {

template <class Body>
NTSTATUS guarded(const char* entry, Body&& body) noexcept {
    return wdk::c_entry(
        [&](const wdk::StoppedException& stopped) { report_stopped_exception(entry, stopped); },
        std::forward<Body>(body));
}

}  // namespace wpptrace::wfp
