// object_handles.hpp - the object manager's two tables: reference counts of kernel objects, and
// the kernel handle table (HANDLE -> a referenced object, its type and granted access).
//
// Any module that creates a kernel object others may reference (a thread of
// PsCreateSystemThread, a registry key of ZwOpenKey, a device of IoCreateDevice) registers it
// with one reference, the creator's, and the routine that frees it when the count reaches zero;
// ObReferenceObject/ObDereferenceObject count on it, and ObReferenceObjectByHandle turns a handle
// into a referenced pointer after checking the type. A dispatcher object (thread, event) gives
// its DISPATCHER_HEADER so that a wait on a handle's object can find what to wait on.
//
//   // PsCreateSystemThread:
//   object_register(thread, ObjectKind::thread, &thread->Header, [](void* t) { delete ...; });
//   *ThreadHandle = handle_create(thread, ObjectKind::thread, THREAD_ALL_ACCESS);
//   object_dereference(thread);            // the handle holds it now
//   // ZwClose(handle): handle_close(handle) -> dereferences, frees at zero
#pragma once

#include <functional>
#include <optional>

#include <wdm.h>

namespace wpptrace::framework {

enum class ObjectKind : int {
    other = 0,  // an object nobody registered: counted, never freed by the object manager
    device,
    file,
    driver,
    event,
    thread,
    process,
    registry_key,
    semaphore,
    mutex,
    timer,
};
const char* object_kind_name(ObjectKind kind);

struct ObjectInfo {
    ObjectKind kind = ObjectKind::other;
    DISPATCHER_HEADER* header = nullptr;  // waitable objects
    LONG references = 0;
};

// Registers a new object with one reference. on_last_reference (may be empty) runs, outside the
// table's lock, when the count reaches zero; the object is forgotten then.
void object_register(void* object, ObjectKind kind, DISPATCHER_HEADER* header,
                     std::function<void(void*)> on_last_reference);
// +1 / -1, returning the new count. An object never registered is registered on its first
// reference as ObjectKind::other, with one reference for its owner besides this one.
LONG object_reference(void* object);
// A dereference below zero (more dereferences than references) is reported against `caller`'s
// driver as device misuse, and ignored.
LONG object_dereference(void* object, const void* caller = nullptr);
std::optional<ObjectInfo> object_info(void* object);
// Drops the object from the table without running its routine (its owner frees it anyway).
void object_forget(void* object);

// A new kernel handle (OBJ_KERNEL_HANDLE values: negative, multiples of 4) to object, which it
// references.
HANDLE handle_create(void* object, ObjectKind kind, ACCESS_MASK granted_access);
// The handle's object, referenced for the caller; STATUS_INVALID_HANDLE for an unknown handle,
// STATUS_OBJECT_TYPE_MISMATCH when it is not of `expected` kind (unless expected is empty),
// STATUS_ACCESS_DENIED when the handle was not granted `desired_access`.
NTSTATUS handle_reference(HANDLE handle, std::optional<ObjectKind> expected,
                          ACCESS_MASK desired_access, void** object, ObjectKind* kind = nullptr,
                          ACCESS_MASK* granted_access = nullptr);
// The handle's object and kind without taking a reference (valid while the handle is open).
NTSTATUS handle_lookup(HANDLE handle, void** object, ObjectKind* kind);
// Closes the handle (dereferencing its object); STATUS_INVALID_HANDLE if it is not open.
NTSTATUS handle_close(HANDLE handle);

}  // namespace wpptrace::framework
