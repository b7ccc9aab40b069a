// fx_memory.hpp - the framework memory object, shared by WdfMemory* (wdf_memory.cpp) and the
// memory objects over a request's buffers (wdf_request_memory.cpp).
#pragma once

#include "fx_object.hpp"

namespace wpptrace::framework {

struct FxMemory : FxObject {
    void* buffer = nullptr;
    std::size_t size = 0;
    bool from_pool = false;     // WdfMemoryCreate: the framework frees the buffer
    bool preallocated = false;  // WdfMemoryCreatePreallocated: WdfMemoryAssignBuffer allowed
    int request_side = 0;       // over a request's buffer (1 input, 2 output): the request's
    explicit FxMemory(DriverRecord* r) : FxObject(FxType::memory, r) {}
    ~FxMemory() override;
};

}  // namespace wpptrace::framework
