// findings.hpp - the kinds of verifier findings the framework reports against a driver, as
// Driver Verifier and the KMDF verifier would (the host lists them in its report).
#pragma once

namespace wpptrace::framework {

enum class FindingKind {
    double_completion,  // an IRP or a request completed twice
    never_completed,    // a request the driver never completed
    pool_leak,          // pool still allocated when the driver unloaded
    pool_misuse,        // bad tag, bad pointer, double free
    device_misuse,      // devices left behind, not detached, bad handles...
    irql,               // PAGED_CODE at DISPATCH_LEVEL, waits at raised IRQL
    exception,          // a C++ exception reached a C entry point
    unsupported,        // a call the host cannot emulate (hardware it lacks): failed as documented
    assertion,          // ASSERT/NT_ASSERT failed in a DBG build (RtlAssert)
};
const char* finding_kind_name(FindingKind kind);

}  // namespace wpptrace::framework
