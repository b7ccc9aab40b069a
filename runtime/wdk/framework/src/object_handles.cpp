// object_handles.cpp - reference counts and the kernel handle table (object_handles.hpp).
#include "object_handles.hpp"

#include <mutex>
#include <string>
#include <unordered_map>

#include "framework_state.hpp"

namespace wpptrace::framework {
namespace {

struct Entry {
    ObjectKind kind;
    DISPATCHER_HEADER* header;
    LONG references;
    std::function<void(void*)> on_last_reference;
};

struct HandleEntry {
    void* object;
    ObjectKind kind;
    ACCESS_MASK access;
};

std::mutex objects_mutex;
std::unordered_map<void*, Entry> objects;
std::unordered_map<ULONG_PTR, HandleEntry> handles;
ULONG_PTR next_handle = 0;

// Kernel handles have the top bit set on Windows (OBJ_KERNEL_HANDLE), and are multiples of 4.
constexpr ULONG_PTR kernel_handle_bit = ULONG_PTR{1} << (sizeof(ULONG_PTR) * 8 - 1);

constexpr ACCESS_MASK generic_all = 0x10000000, maximum_allowed = 0x02000000;

}  // namespace

const char* object_kind_name(ObjectKind kind) {
    switch (kind) {
        case ObjectKind::other:
            return "object";
        case ObjectKind::device:
            return "device";
        case ObjectKind::file:
            return "file";
        case ObjectKind::driver:
            return "driver";
        case ObjectKind::event:
            return "event";
        case ObjectKind::thread:
            return "thread";
        case ObjectKind::process:
            return "process";
        case ObjectKind::registry_key:
            return "registry key";
        case ObjectKind::semaphore:
            return "semaphore";
        case ObjectKind::mutex:
            return "mutex";
        case ObjectKind::timer:
            return "timer";
    }
    return "object";
}

void object_register(void* object, ObjectKind kind, DISPATCHER_HEADER* header,
                     std::function<void(void*)> on_last_reference) {
    std::lock_guard lock(objects_mutex);
    objects[object] = Entry{kind, header, 1, std::move(on_last_reference)};
}

LONG object_reference(void* object) {
    std::lock_guard lock(objects_mutex);
    auto [it, added] = objects.try_emplace(object, Entry{ObjectKind::other, nullptr, 1, {}});
    return ++it->second.references;
}

LONG object_dereference(void* object, const void* caller) {
    std::function<void(void*)> last;
    {
        std::lock_guard lock(objects_mutex);
        auto it = objects.find(object);
        if (it == objects.end()) {
            report_issue(driver_of_address(caller), IssueKind::device_misuse,
                         "ObDereferenceObject of an object with no reference left");
            return 0;
        }
        if (--it->second.references > 0) return it->second.references;
        last = std::move(it->second.on_last_reference);
        objects.erase(it);
    }
    if (last) last(object);
    return 0;
}

std::optional<ObjectInfo> object_info(void* object) {
    std::lock_guard lock(objects_mutex);
    auto it = objects.find(object);
    if (it == objects.end()) return std::nullopt;
    return ObjectInfo{it->second.kind, it->second.header, it->second.references};
}

void object_forget(void* object) {
    std::lock_guard lock(objects_mutex);
    objects.erase(object);
}

HANDLE handle_create(void* object, ObjectKind kind, ACCESS_MASK granted_access) {
    object_reference(object);
    std::lock_guard lock(objects_mutex);
    next_handle += 4;
    ULONG_PTR value = kernel_handle_bit | next_handle;
    handles[value] = HandleEntry{object, kind, granted_access};
    return reinterpret_cast<HANDLE>(value);
}

NTSTATUS handle_lookup(HANDLE handle, void** object, ObjectKind* kind) {
    std::lock_guard lock(objects_mutex);
    auto it = handles.find(reinterpret_cast<ULONG_PTR>(handle));
    if (it == handles.end()) return STATUS_INVALID_HANDLE;
    if (object) *object = it->second.object;
    if (kind) *kind = it->second.kind;
    return STATUS_SUCCESS;
}

NTSTATUS handle_reference(HANDLE handle, std::optional<ObjectKind> expected,
                          ACCESS_MASK desired_access, void** object, ObjectKind* kind,
                          ACCESS_MASK* granted_access) {
    std::lock_guard lock(objects_mutex);
    auto it = handles.find(reinterpret_cast<ULONG_PTR>(handle));
    if (it == handles.end()) return STATUS_INVALID_HANDLE;
    const HandleEntry& h = it->second;
    if (expected && *expected != h.kind) return STATUS_OBJECT_TYPE_MISMATCH;
    desired_access &= ~maximum_allowed;
    if (!(h.access & generic_all) && (h.access & desired_access) != desired_access)
        return STATUS_ACCESS_DENIED;
    auto [entry, added] = objects.try_emplace(h.object, Entry{h.kind, nullptr, 1, {}});
    ++entry->second.references;
    if (object) *object = h.object;
    if (kind) *kind = h.kind;
    if (granted_access) *granted_access = h.access;
    return STATUS_SUCCESS;
}

NTSTATUS handle_close(HANDLE handle) {
    void* object;
    {
        std::lock_guard lock(objects_mutex);
        auto it = handles.find(reinterpret_cast<ULONG_PTR>(handle));
        if (it == handles.end()) return STATUS_INVALID_HANDLE;
        object = it->second.object;
        handles.erase(it);
    }
    object_dereference(object);
    return STATUS_SUCCESS;
}

}  // namespace wpptrace::framework
