// wfp_reporting.cpp - the host wires the filter engine (runtime/wdk/wfp, which links no framework
// code) to the framework's reporters: unsupported Fwps calls and callout misuse are reported
// against the calling driver, as the framework's own calls are.
#include "framework_state.hpp"
#include "wpptrace/wfp/host_hooks.hpp"

namespace wpptrace::framework {
namespace {

void report_wfp_misuse(const void* caller, const std::string& text) {
    report_issue(driver_of_address(caller), IssueKind::device_misuse, text);
}

const bool installed = [] {
    wfp::set_reporters(&report_unsupported, &report_wfp_misuse);
    return true;
}();

}  // namespace
}  // namespace wpptrace::framework
