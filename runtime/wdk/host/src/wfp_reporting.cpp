// wfp_reporting.cpp - the host wires the filter engine (runtime/wdk/wfp, which links no framework
// code) to the framework's reporters: unsupported Fwps calls and callout misuse are reported
// against the calling driver, as the framework's own calls are.
#include "entry_guard.hpp"
#include "framework_state.hpp"
#include "wpptrace/wfp/host_hooks.hpp"

namespace wpptrace::host {
namespace {

void report_wfp_misuse(const void* caller, const std::string& text) {
    framework::report_issue(framework::driver_of_address(caller),
                            framework::IssueKind::device_misuse, text);
}

// The engine cannot tell which driver made the call: the finding names the entry point.
void report_wfp_exception(const char* entry, const wdk::StoppedException& stopped) {
    framework::report_stopped_exception(entry, nullptr, stopped);
}

const bool installed = [] {
    wfp::set_reporters(&framework::report_unsupported, &report_wfp_misuse, &report_wfp_exception);
    return true;
}();

}  // namespace
}  // namespace wpptrace::host
