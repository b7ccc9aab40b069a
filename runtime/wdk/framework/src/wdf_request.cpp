// wdf_request.cpp - requests: one per I/O IRP that reaches a queue. Completing one completes its
// IRP and deletes it (its children and callbacks first); the object stays behind as a tombstone
// until the driver unloads, so that a second completion is found and reported, not a crash.
#include <mutex>
#include <unordered_map>

#include "entry_guard.hpp"
#include "fx_object.hpp"
#include "wdm_device.hpp"
#include "wdm_irp.hpp"

namespace wpptrace::framework {

namespace {

std::mutex tombstones_mutex;
std::unordered_map<DriverRecord*, std::vector<FxRequest*>> tombstones;

FxRequest* fx_request_of(WDFREQUEST request, const char* entry) {
    return fx_cast<FxRequest>(request, FxType::request, entry);
}

std::string describe_request(FxRequest* r) {
    char text[48];
    std::snprintf(text, sizeof text, "WDFREQUEST %p (", static_cast<void*>(r));
    return text + std::string(request_type_name(r->request_type)) + ") on " +
           describe_device(r->device ? r->device->self : nullptr);
}

// The buffer of a request, by how the device and the control code transfer data.
NTSTATUS request_buffer(FxRequest* r, bool output, size_t minimum, PVOID* buffer, size_t* length) {
    if (!buffer) return STATUS_INVALID_PARAMETER;
    PIRP irp = r->irp;
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    void* data = nullptr;
    size_t size = 0;
    auto direct = [&]() -> void* {
        return irp->MdlAddress ? MmGetSystemAddressForMdlSafe(irp->MdlAddress, NormalPagePriority)
                               : nullptr;
    };
    WDF_DEVICE_IO_TYPE io = r->device ? r->device->io_type : WdfDeviceIoBuffered;
    switch (r->request_type) {
        case WdfRequestTypeRead:
        case WdfRequestTypeWrite:
            if (output != (r->request_type == WdfRequestTypeRead))
                return STATUS_INVALID_DEVICE_REQUEST;
            if (io == WdfDeviceIoNeither) return STATUS_INVALID_DEVICE_REQUEST;
            size = r->request_type == WdfRequestTypeRead ? s->Parameters.Read.Length
                                                         : s->Parameters.Write.Length;
            data = io == WdfDeviceIoDirect ? direct() : irp->AssociatedIrp.SystemBuffer;
            break;
        case WdfRequestTypeDeviceControl:
        case WdfRequestTypeDeviceControlInternal: {
            ULONG method = METHOD_FROM_CTL_CODE(s->Parameters.DeviceIoControl.IoControlCode);
            if (method == METHOD_NEITHER) return STATUS_INVALID_DEVICE_REQUEST;
            size = output ? s->Parameters.DeviceIoControl.OutputBufferLength
                          : s->Parameters.DeviceIoControl.InputBufferLength;
            data = output && method != METHOD_BUFFERED ? direct() : irp->AssociatedIrp.SystemBuffer;
            break;
        }
        default:
            return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (size == 0 || !data || size < minimum) return STATUS_BUFFER_TOO_SMALL;
    *buffer = data;
    if (length) *length = size;
    return STATUS_SUCCESS;
}

}  // namespace

const char* request_type_name(WDF_REQUEST_TYPE type) {
    switch (type) {
        case WdfRequestTypeCreate:
            return "create";
        case WdfRequestTypeClose:
            return "close";
        case WdfRequestTypeRead:
            return "read";
        case WdfRequestTypeWrite:
            return "write";
        case WdfRequestTypeDeviceControl:
            return "device control";
        case WdfRequestTypeDeviceControlInternal:
            return "internal device control";
        case WdfRequestTypeCleanup:
            return "cleanup";
        default:
            return "other";
    }
}

FxRequest* request_create(FxDevice* device, PIRP irp) {
    auto* r = new FxRequest(device->driver);
    r->irp = irp;
    r->device = device;
    UCHAR major = IoGetCurrentIrpStackLocation(irp)->MajorFunction;
    switch (major) {
        case IRP_MJ_CREATE:
            r->request_type = WdfRequestTypeCreate;
            break;
        case IRP_MJ_CLOSE:
            r->request_type = WdfRequestTypeClose;
            break;
        case IRP_MJ_READ:
            r->request_type = WdfRequestTypeRead;
            break;
        case IRP_MJ_WRITE:
            r->request_type = WdfRequestTypeWrite;
            break;
        case IRP_MJ_DEVICE_CONTROL:
            r->request_type = WdfRequestTypeDeviceControl;
            break;
        case IRP_MJ_INTERNAL_DEVICE_CONTROL:
            r->request_type = WdfRequestTypeDeviceControlInternal;
            break;
        case IRP_MJ_CLEANUP:
            r->request_type = WdfRequestTypeCleanup;
            break;
        default:
            r->request_type = WdfRequestTypeOther;
            break;
    }
    request_watch_irp_cancel(r);
    return r;
}

void request_complete(FxRequest* r, NTSTATUS status, const char* entry) {
    if (r->created_by_driver) {
        // The KMDF verifier: a request the driver created goes with WdfObjectDelete (or
        // WdfRequestReuse), never with WdfRequestComplete.
        report_issue(r->driver, IssueKind::device_misuse,
                     std::string(entry) + ": " + describe_request(r) +
                         " was created by the driver (WdfRequestCreate): delete it instead");
        return;
    }
    if (request_sent_to_target(r)) {
        report_issue(r->driver, IssueKind::device_misuse,
                     std::string(entry) + ": " + describe_request(r) +
                         " completed while an I/O target still owns it (sent, not completed)");
        return;
    }
    bool expected = false;
    if (!r->completed.compare_exchange_strong(expected, true)) {
        report_issue(r->driver, IssueKind::double_completion,
                     std::string(entry) + ": " + describe_request(r) + " completed twice");
        return;
    }
    PIRP irp = r->irp;
    FxQueue* queue = r->queue;
    request_unwatch_irp_cancel(r);
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = r->information;
    fx_delete(r);  // children, then the request's own callbacks; r stays as a tombstone
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    if (queue) queue_request_done(queue, r);
}

void retire_request(FxRequest* request) {
    std::lock_guard lock(tombstones_mutex);
    tombstones[request->driver].push_back(request);
}

void release_request_tombstones(DriverRecord* record) {
    std::vector<FxRequest*> dead;
    {
        std::lock_guard lock(tombstones_mutex);
        auto it = tombstones.find(record);
        if (it == tombstones.end()) return;
        dead = std::move(it->second);
        tombstones.erase(it);
    }
    for (FxRequest* r : dead) delete r;
}

extern "C" void WdfRequestComplete(WDFREQUEST request, NTSTATUS status) {
    guarded_void("WdfRequestComplete", [&] {
        if (FxRequest* r = fx_request_of(request, "WdfRequestComplete"))
            request_complete(r, status, "WdfRequestComplete");
    });
}

extern "C" void WdfRequestCompleteWithInformation(WDFREQUEST request, NTSTATUS status,
                                                  ULONG_PTR information) {
    guarded_void("WdfRequestCompleteWithInformation", [&] {
        FxRequest* r = fx_request_of(request, "WdfRequestCompleteWithInformation");
        if (!r) return;
        if (!r->completed.load()) r->information = information;
        request_complete(r, status, "WdfRequestCompleteWithInformation");
    });
}

extern "C" void WdfRequestSetInformation(WDFREQUEST request, ULONG_PTR information) {
    if (FxRequest* r = fx_request_of(request, "WdfRequestSetInformation"))
        r->information = information;
}

extern "C" ULONG_PTR WdfRequestGetInformation(WDFREQUEST request) {
    FxRequest* r = fx_request_of(request, "WdfRequestGetInformation");
    return r ? r->information : 0;
}

extern "C" NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST request, size_t minimum, PVOID* buffer,
                                                  size_t* length) {
    return guarded("WdfRequestRetrieveInputBuffer", [&]() -> NTSTATUS {
        FxRequest* r = fx_request_of(request, "WdfRequestRetrieveInputBuffer");
        return r ? request_buffer(r, false, minimum, buffer, length) : STATUS_INVALID_PARAMETER;
    });
}

extern "C" NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST request, size_t minimum,
                                                   PVOID* buffer, size_t* length) {
    return guarded("WdfRequestRetrieveOutputBuffer", [&]() -> NTSTATUS {
        FxRequest* r = fx_request_of(request, "WdfRequestRetrieveOutputBuffer");
        return r ? request_buffer(r, true, minimum, buffer, length) : STATUS_INVALID_PARAMETER;
    });
}

extern "C" void WdfRequestGetParameters(WDFREQUEST request, PWDF_REQUEST_PARAMETERS parameters) {
    FxRequest* r = fx_request_of(request, "WdfRequestGetParameters");
    if (!r || !parameters) return;
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(r->irp);
    WDF_REQUEST_PARAMETERS_INIT(parameters);
    parameters->MinorFunction = s->MinorFunction;
    parameters->Type = r->request_type;
    switch (r->request_type) {
        case WdfRequestTypeCreate:
            parameters->Parameters.Create.SecurityContext = s->Parameters.Create.SecurityContext;
            parameters->Parameters.Create.Options = s->Parameters.Create.Options;
            parameters->Parameters.Create.FileAttributes = s->Parameters.Create.FileAttributes;
            parameters->Parameters.Create.ShareAccess = s->Parameters.Create.ShareAccess;
            parameters->Parameters.Create.EaLength = s->Parameters.Create.EaLength;
            break;
        case WdfRequestTypeRead:
            parameters->Parameters.Read.Length = s->Parameters.Read.Length;
            parameters->Parameters.Read.Key = s->Parameters.Read.Key;
            parameters->Parameters.Read.DeviceOffset = s->Parameters.Read.ByteOffset.QuadPart;
            break;
        case WdfRequestTypeWrite:
            parameters->Parameters.Write.Length = s->Parameters.Write.Length;
            parameters->Parameters.Write.Key = s->Parameters.Write.Key;
            parameters->Parameters.Write.DeviceOffset = s->Parameters.Write.ByteOffset.QuadPart;
            break;
        case WdfRequestTypeDeviceControl:
        case WdfRequestTypeDeviceControlInternal:
            parameters->Parameters.DeviceIoControl.OutputBufferLength =
                s->Parameters.DeviceIoControl.OutputBufferLength;
            parameters->Parameters.DeviceIoControl.InputBufferLength =
                s->Parameters.DeviceIoControl.InputBufferLength;
            parameters->Parameters.DeviceIoControl.IoControlCode =
                s->Parameters.DeviceIoControl.IoControlCode;
            parameters->Parameters.DeviceIoControl.Type3InputBuffer =
                s->Parameters.DeviceIoControl.Type3InputBuffer;
            break;
        default:
            break;
    }
}

extern "C" WDFQUEUE WdfRequestGetIoQueue(WDFREQUEST request) {
    FxRequest* r = fx_request_of(request, "WdfRequestGetIoQueue");
    return r ? reinterpret_cast<WDFQUEUE>(r->queue) : nullptr;
}

extern "C" PIRP WdfRequestWdmGetIrp(WDFREQUEST request) {
    FxRequest* r = fx_request_of(request, "WdfRequestWdmGetIrp");
    return r && !r->completed.load() ? r->irp : nullptr;
}

}  // namespace wpptrace::framework
