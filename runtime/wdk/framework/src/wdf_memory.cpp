// wdf_memory.cpp - framework memory objects: pool buffers freed with their object, buffers the
// driver owns, and bounds-checked copies in and out.
#include <cstring>

#include "entry_guard.hpp"
#include "fx_memory.hpp"
#include "pool.hpp"

namespace wpptrace::framework {

FxMemory::~FxMemory() {
    if (from_pool && buffer) pool_free(buffer, 0, false);
}

namespace {

FxMemory* memory_of(WDFMEMORY memory, const char* entry) {
    return fx_cast<FxMemory>(memory, FxType::memory, entry);
}

// The object's parent: ParentObject if given, else the driver.
NTSTATUS link_memory(FxMemory* m, DriverRecord* record, PWDF_OBJECT_ATTRIBUTES attributes,
                     const char* entry) {
    FxObject* parent = record->fx;
    if (attributes && attributes->ParentObject) {
        parent = fx_object(attributes->ParentObject, entry);
        if (!parent) return STATUS_INVALID_PARAMETER;
    }
    return fx_initialize(m, attributes, parent);
}

}  // namespace

extern "C" NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES attributes, POOL_TYPE, ULONG tag,
                                    size_t size, WDFMEMORY* memory, PVOID* buffer) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfMemoryCreate", [&]() -> NTSTATUS {
        if (!record || !record->fx || !memory || size == 0) return STATUS_INVALID_PARAMETER;
        NTSTATUS status;
        if (injected_failure(record, "WdfMemoryCreate", status)) return status;
        if (tag == 0)
            tag = record->fx->config.DriverPoolTag ? record->fx->config.DriverPoolTag : 'rDxF';
        void* block = pool_allocate(record, size, tag, true);
        if (!block) return STATUS_INSUFFICIENT_RESOURCES;
        auto* m = new FxMemory(record);
        m->buffer = block;
        m->size = size;
        m->from_pool = true;
        status = link_memory(m, record, attributes, "WdfMemoryCreate");
        if (!NT_SUCCESS(status)) {
            delete m;
            return status;
        }
        *memory = reinterpret_cast<WDFMEMORY>(m);
        if (buffer) *buffer = block;
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfMemoryCreatePreallocated(PWDF_OBJECT_ATTRIBUTES attributes, PVOID buffer,
                                                size_t size, WDFMEMORY* memory) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfMemoryCreatePreallocated", [&]() -> NTSTATUS {
        if (!record || !record->fx || !memory || !buffer || size == 0)
            return STATUS_INVALID_PARAMETER;
        auto* m = new FxMemory(record);
        m->buffer = buffer;
        m->size = size;
        m->preallocated = true;
        NTSTATUS status = link_memory(m, record, attributes, "WdfMemoryCreatePreallocated");
        if (!NT_SUCCESS(status)) {
            delete m;
            return status;
        }
        *memory = reinterpret_cast<WDFMEMORY>(m);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY memory, PVOID buffer, size_t size) {
    return guarded("WdfMemoryAssignBuffer", [&]() -> NTSTATUS {
        FxMemory* m = memory_of(memory, "WdfMemoryAssignBuffer");
        if (!m || !buffer || size == 0) return STATUS_INVALID_PARAMETER;
        if (!m->preallocated) return STATUS_INVALID_DEVICE_REQUEST;
        m->buffer = buffer;
        m->size = size;
        return STATUS_SUCCESS;
    });
}

extern "C" PVOID WdfMemoryGetBuffer(WDFMEMORY memory, size_t* size) {
    FxMemory* m = memory_of(memory, "WdfMemoryGetBuffer");
    if (!m) return nullptr;
    if (size) *size = m->size;
    return m->buffer;
}

extern "C" NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY source, size_t offset, PVOID buffer,
                                          size_t count) {
    return guarded("WdfMemoryCopyToBuffer", [&]() -> NTSTATUS {
        FxMemory* m = memory_of(source, "WdfMemoryCopyToBuffer");
        if (!m || !buffer) return STATUS_INVALID_PARAMETER;
        if (offset >= m->size || count > m->size - offset) return STATUS_INVALID_BUFFER_SIZE;
        if (count) std::memcpy(buffer, static_cast<char*>(m->buffer) + offset, count);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY destination, size_t offset, PVOID buffer,
                                            size_t count) {
    return guarded("WdfMemoryCopyFromBuffer", [&]() -> NTSTATUS {
        FxMemory* m = memory_of(destination, "WdfMemoryCopyFromBuffer");
        if (!m || !buffer) return STATUS_INVALID_PARAMETER;
        if (offset >= m->size) return STATUS_INVALID_BUFFER_SIZE;
        if (count > m->size - offset) return STATUS_BUFFER_TOO_SMALL;
        if (count) std::memcpy(static_cast<char*>(m->buffer) + offset, buffer, count);
        return STATUS_SUCCESS;
    });
}

}  // namespace wpptrace::framework
