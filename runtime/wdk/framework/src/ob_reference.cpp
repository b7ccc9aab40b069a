// ob_reference.cpp - ObfReferenceObject / ObfDereferenceObject, ObReferenceObjectByHandle and
// ObReferenceObjectByPointer over the object table (object_handles.hpp), and the object types
// they check against (*PsThreadType, *IoFileObjectType, ...).
#include <optional>

#include "entry_guard.hpp"
#include "io_file_object.hpp"
#include "object_handles.hpp"

using wpptrace::framework::ObjectKind;

struct _OBJECT_TYPE {
    ObjectKind kind;
};

namespace {

_OBJECT_TYPE file_type{ObjectKind::file}, device_type{ObjectKind::device},
    driver_type{ObjectKind::driver}, event_type{ObjectKind::event},
    semaphore_type{ObjectKind::semaphore}, thread_type{ObjectKind::thread},
    process_type{ObjectKind::process}, key_type{ObjectKind::registry_key};
POBJECT_TYPE file_type_pointer = &file_type, device_type_pointer = &device_type,
             driver_type_pointer = &driver_type, event_type_pointer = &event_type,
             semaphore_type_pointer = &semaphore_type, thread_type_pointer = &thread_type,
             process_type_pointer = &process_type, key_type_pointer = &key_type;

std::optional<ObjectKind> kind_of(POBJECT_TYPE type) {
    if (!type) return std::nullopt;
    return type->kind;
}

}  // namespace

extern "C" {
POBJECT_TYPE* IoFileObjectType = &file_type_pointer;
POBJECT_TYPE* IoDeviceObjectType = &device_type_pointer;
POBJECT_TYPE* IoDriverObjectType = &driver_type_pointer;
POBJECT_TYPE* ExEventObjectType = &event_type_pointer;
POBJECT_TYPE* ExSemaphoreObjectType = &semaphore_type_pointer;
POBJECT_TYPE* PsThreadType = &thread_type_pointer;
POBJECT_TYPE* PsProcessType = &process_type_pointer;
POBJECT_TYPE* CmKeyObjectType = &key_type_pointer;
}

namespace wpptrace::framework {

extern "C" LONG_PTR ObfReferenceObject(PVOID object) {
    if (!object) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "ObReferenceObject(NULL)");
        return 0;
    }
    // A file a kernel caller opened (IoGetDeviceObjectPointer) counts its own references.
    if (is_counted_file_object(object)) {
        long count = 0;
        file_object_reference(static_cast<PFILE_OBJECT>(object), &count);
        return count;
    }
    return object_reference(object);
}

extern "C" LONG_PTR ObfDereferenceObject(PVOID object) {
    const void* caller = __builtin_return_address(0);
    if (!object) {
        report_issue(driver_of_address(caller), IssueKind::device_misuse,
                     "ObDereferenceObject(NULL)");
        return 0;
    }
    return guarded("ObDereferenceObject", [&] {
        // Its last reference sends IRP_MJ_CLEANUP and IRP_MJ_CLOSE to the device, then frees it.
        if (is_counted_file_object(object)) {
            long count = 0;
            file_object_dereference(static_cast<PFILE_OBJECT>(object), &count);
            return LONG_PTR{count};
        }
        return LONG_PTR{object_dereference(object, caller)};
    });
}

extern "C" NTSTATUS ObReferenceObjectByHandle(HANDLE handle, ACCESS_MASK desired_access,
                                              POBJECT_TYPE object_type, KPROCESSOR_MODE mode,
                                              PVOID* object,
                                              POBJECT_HANDLE_INFORMATION information) {
    if (!object) return STATUS_INVALID_PARAMETER;
    *object = nullptr;
    ACCESS_MASK granted = 0;
    // Kernel-mode callers are granted any access, as on Windows; user-mode ones what the
    // handle was opened with.
    NTSTATUS status =
        handle_reference(handle, kind_of(object_type), mode == UserMode ? desired_access : 0,
                         object, nullptr, &granted);
    if (NT_SUCCESS(status) && information) {
        information->HandleAttributes = 0;
        information->GrantedAccess = granted;
    }
    return status;
}

extern "C" NTSTATUS ObReferenceObjectByPointer(PVOID object, ACCESS_MASK, POBJECT_TYPE object_type,
                                               KPROCESSOR_MODE) {
    if (!object) return STATUS_INVALID_PARAMETER;
    auto info = object_info(object);
    if (object_type && info && info->kind != ObjectKind::other && info->kind != object_type->kind)
        return STATUS_OBJECT_TYPE_MISMATCH;
    object_reference(object);
    return STATUS_SUCCESS;
}

}  // namespace wpptrace::framework
