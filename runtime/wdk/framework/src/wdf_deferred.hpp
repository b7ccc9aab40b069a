// wdf_deferred.hpp - what the KMDF timer, work item and DPC objects share: creation under a
// parent that belongs to a device, and the verifier's checks before a wait for a callback.
#pragma once

#include "fx_object.hpp"

namespace wpptrace::framework {

// The parent the attributes name, checked as WdfTimerCreate/WdfWorkItemCreate/WdfDpcCreate do:
// STATUS_WDF_PARENT_NOT_SPECIFIED without one, STATUS_INVALID_DEVICE_REQUEST if no device is
// among it and its ancestors.
NTSTATUS deferred_parent(PWDF_OBJECT_ATTRIBUTES attributes, const char* entry, FxObject** parent);

// Links a new object under parent with the attributes; deletes it on failure.
template <class T>
NTSTATUS deferred_create(T* object, PWDF_OBJECT_ATTRIBUTES attributes, FxObject* parent) {
    NTSTATUS status = fx_initialize(object, attributes, parent);
    if (!NT_SUCCESS(status)) delete object;
    return status;
}

// Whether a wait for a callback may happen here: at PASSIVE_LEVEL and not from the callback
// itself (running_here); otherwise reported as the KMDF verifier does, and no wait.
bool may_wait_for_callback(const void* caller, const char* what, bool running_here);

}  // namespace wpptrace::framework
