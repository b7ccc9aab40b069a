// wdf_request_memory.cpp - a request's buffers as framework memory objects and as MDLs. Both
// are children of the request: asking twice gives the same object, and they go when the request
// is completed (the driver must not delete them).
#include "entry_guard.hpp"
#include "fx_memory.hpp"

namespace wpptrace::framework {

namespace {

// An MDL the framework built over a buffered request's buffer.
struct FxRequestMdl : FxObject {
    MDL mdl{};
    int side = 0;
    explicit FxRequestMdl(DriverRecord* r) : FxObject(FxType::general, r) {}
};

FxRequest* request_of(WDFREQUEST request, const char* entry) {
    return fx_cast<FxRequest>(request, FxType::request, entry);
}

NTSTATUS retrieve(FxRequest* r, int side, PVOID* buffer, size_t* length) {
    auto request = reinterpret_cast<WDFREQUEST>(r);
    return side == 1 ? WdfRequestRetrieveInputBuffer(request, 0, buffer, length)
                     : WdfRequestRetrieveOutputBuffer(request, 0, buffer, length);
}

NTSTATUS request_memory(WDFREQUEST request, int side, WDFMEMORY* memory, const char* entry) {
    FxRequest* r = request_of(request, entry);
    if (!r || !memory) return STATUS_INVALID_PARAMETER;
    if (r->completed.load()) return STATUS_INVALID_DEVICE_REQUEST;
    for (FxObject* child : r->children)
        if (child->type == FxType::memory && static_cast<FxMemory*>(child)->request_side == side) {
            *memory = reinterpret_cast<WDFMEMORY>(child);
            return STATUS_SUCCESS;
        }
    PVOID buffer = nullptr;
    size_t length = 0;
    NTSTATUS status = retrieve(r, side, &buffer, &length);
    if (!NT_SUCCESS(status)) return status;
    auto* m = new FxMemory(r->driver);
    m->buffer = buffer;
    m->size = length;
    m->request_side = side;
    fx_initialize(m, nullptr, r);
    *memory = reinterpret_cast<WDFMEMORY>(m);
    return STATUS_SUCCESS;
}

// The IRP's own MDL where the I/O manager made one for this side (direct I/O), else one the
// framework builds over the buffer.
NTSTATUS request_mdl(WDFREQUEST request, int side, PMDL* out, const char* entry) {
    FxRequest* r = request_of(request, entry);
    if (!r || !out) return STATUS_INVALID_PARAMETER;
    if (r->completed.load()) return STATUS_INVALID_DEVICE_REQUEST;
    PIRP irp = r->irp;
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    bool direct = false;
    switch (r->request_type) {
        case WdfRequestTypeRead:
        case WdfRequestTypeWrite:
            direct = r->device && r->device->io_type == WdfDeviceIoDirect;
            break;
        case WdfRequestTypeDeviceControl:
        case WdfRequestTypeDeviceControlInternal: {
            ULONG method = METHOD_FROM_CTL_CODE(s->Parameters.DeviceIoControl.IoControlCode);
            direct = side == 2 && (method == METHOD_IN_DIRECT || method == METHOD_OUT_DIRECT);
            break;
        }
        default:
            break;
    }
    PVOID buffer = nullptr;
    size_t length = 0;
    NTSTATUS status = retrieve(r, side, &buffer, &length);
    if (!NT_SUCCESS(status)) return status;
    if (direct && irp->MdlAddress) {
        *out = irp->MdlAddress;
        return STATUS_SUCCESS;
    }
    for (FxObject* child : r->children)
        if (auto* m = dynamic_cast<FxRequestMdl*>(child); m && m->side == side) {
            *out = &m->mdl;
            return STATUS_SUCCESS;
        }
    auto* m = new FxRequestMdl(r->driver);
    m->side = side;
    m->mdl.Size = sizeof(MDL);
    m->mdl.MdlFlags = MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL;
    m->mdl.MappedSystemVa = buffer;
    m->mdl.StartVa = buffer;
    m->mdl.ByteCount = static_cast<ULONG>(length);
    fx_initialize(m, nullptr, r);
    *out = &m->mdl;
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST request, WDFMEMORY* memory) {
    return guarded("WdfRequestRetrieveInputMemory", [&] {
        return request_memory(request, 1, memory, "WdfRequestRetrieveInputMemory");
    });
}

extern "C" NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST request, WDFMEMORY* memory) {
    return guarded("WdfRequestRetrieveOutputMemory", [&] {
        return request_memory(request, 2, memory, "WdfRequestRetrieveOutputMemory");
    });
}

extern "C" NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST request, PMDL* mdl) {
    return guarded("WdfRequestRetrieveInputWdmMdl",
                   [&] { return request_mdl(request, 1, mdl, "WdfRequestRetrieveInputWdmMdl"); });
}

extern "C" NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST request, PMDL* mdl) {
    return guarded("WdfRequestRetrieveOutputWdmMdl",
                   [&] { return request_mdl(request, 2, mdl, "WdfRequestRetrieveOutputWdmMdl"); });
}

}  // namespace wpptrace::framework
