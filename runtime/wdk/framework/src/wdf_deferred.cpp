// wdf_deferred.cpp - shared checks of the KMDF timer, work item and DPC objects.
#include "wdf_deferred.hpp"

#include <string>

#include <wdftimer.h>

#include "ke_dispatcher.hpp"

namespace wpptrace::framework {

NTSTATUS deferred_parent(PWDF_OBJECT_ATTRIBUTES attributes, const char* entry, FxObject** parent) {
    if (!attributes || !attributes->ParentObject) return STATUS_WDF_PARENT_NOT_SPECIFIED;
    if (attributes->Size != sizeof(WDF_OBJECT_ATTRIBUTES)) return STATUS_INFO_LENGTH_MISMATCH;
    FxObject* p = fx_object(attributes->ParentObject, entry);
    if (!p) return STATUS_INVALID_PARAMETER;
    for (FxObject* up = p; up; up = up->parent)
        if (up->type == FxType::device) {
            *parent = p;
            return STATUS_SUCCESS;
        }
    report_issue(p->driver, IssueKind::device_misuse,
                 std::string(entry) + ": the parent " + fx_type_name(p->type) +
                     " does not belong to a device");
    return STATUS_INVALID_DEVICE_REQUEST;
}

bool may_wait_for_callback(const void* caller, const char* what, bool running_here) {
    if (KeGetCurrentIrql() > PASSIVE_LEVEL) {
        report_irql(caller, std::string(what) + " at IRQL " + std::to_string(KeGetCurrentIrql()) +
                                " (waits for a callback: PASSIVE_LEVEL only)");
        return false;
    }
    if (running_here) {
        report_irql(caller,
                    std::string(what) + " from its own callback (it would wait for itself)");
        return false;
    }
    return true;
}

}  // namespace wpptrace::framework
