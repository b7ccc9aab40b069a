// wdf_io_target.cpp - KMDF I/O targets: the device's local target (the device below it), remote
// targets opened on a device object or by name, their states (started, stopped with requests
// waiting, closed), formatting requests for a target's transfer type, and the synchronous sends.
#include <cstring>
#include <map>

#include "entry_guard.hpp"
#include "io_file_object.hpp"
#include "io_mdl.hpp"
#include "object_namespace.hpp"
#include "wdf_io_target.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {
namespace {

std::mutex defaults_mutex;
std::map<FxDevice*, FxIoTarget*> default_targets;

WDFIOTARGET handle_of(FxIoTarget* t) {
    return reinterpret_cast<WDFIOTARGET>(t);
}

// The bytes of a WDFMEMORY (with its offsets), through the memory support.
NTSTATUS memory_buffer(WDFMEMORY memory, PWDFMEMORY_OFFSET offsets, TransferBuffer& out) {
    out = TransferBuffer{};
    if (!memory) return STATUS_SUCCESS;
    size_t size = 0;
    auto* data = static_cast<unsigned char*>(WdfMemoryGetBuffer(memory, &size));
    std::size_t offset = offsets ? offsets->BufferOffset : 0;
    std::size_t length = offsets && offsets->BufferLength ? offsets->BufferLength : size - offset;
    if (!data || offset > size || length > size - offset) return STATUS_INVALID_PARAMETER;
    out.data = data + offset;
    out.length = length;
    out.memory = memory;
    out.offset = offset;
    return STATUS_SUCCESS;
}

NTSTATUS descriptor_buffer(const WDF_MEMORY_DESCRIPTOR* d, TransferBuffer& out) {
    out = TransferBuffer{};
    if (!d) return STATUS_SUCCESS;
    switch (d->Type) {
        case WdfMemoryDescriptorTypeBuffer:
            out.data = d->u.BufferType.Buffer;
            out.length = d->u.BufferType.Length;
            return out.data || !out.length ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
        case WdfMemoryDescriptorTypeMdl:
            if (!d->u.MdlType.Mdl) return STATUS_INVALID_PARAMETER;
            out.mdl = d->u.MdlType.Mdl;
            out.data = MmGetSystemAddressForMdlSafe(out.mdl, NormalPagePriority);
            out.length = d->u.MdlType.BufferLength;
            return out.data ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
        case WdfMemoryDescriptorTypeHandle:
            return memory_buffer(d->u.HandleType.Memory, d->u.HandleType.Offsets, out);
        default:
            return STATUS_INVALID_PARAMETER;
    }
}

void undo_format(PIRP irp, FormattedBuffers& b) {
    if (b.own_mdl) mdl_free(b.own_mdl, false);
    if (b.replaced) {
        irp->AssociatedIrp.SystemBuffer = b.saved_system_buffer;
        irp->MdlAddress = b.saved_mdl;
        irp->UserBuffer = b.saved_user_buffer;
    }
    b = FormattedBuffers{};
}

// Puts buffer in the IRP as the target's device expects a read or write buffer.
NTSTATUS place_transfer_buffer(PIRP irp, PDEVICE_OBJECT device, FormattedBuffers& b,
                               const TransferBuffer& buffer, bool to_device) {
    irp->UserBuffer = buffer.data;
    irp->AssociatedIrp.SystemBuffer = nullptr;
    irp->MdlAddress = nullptr;
    if (!buffer.length) return STATUS_SUCCESS;
    if (device->Flags & DO_BUFFERED_IO) {
        const auto* bytes = static_cast<const unsigned char*>(buffer.data);
        if (to_device)
            b.system_buffer.assign(bytes, bytes + buffer.length);
        else
            b.system_buffer.assign(buffer.length, 0);
        if (!to_device) {
            b.copy_back_to = buffer.data;
            b.copy_back_length = buffer.length;
        }
        irp->AssociatedIrp.SystemBuffer = b.system_buffer.data();
    } else if (device->Flags & DO_DIRECT_IO) {
        return STATUS_PENDING;  // the caller describes it with an MDL
    }
    return STATUS_SUCCESS;
}

NTSTATUS place_mdl(PIRP irp, FormattedBuffers& b, const TransferBuffer& buffer) {
    if (!buffer.length) return STATUS_SUCCESS;
    if (buffer.mdl) {
        irp->MdlAddress = buffer.mdl;
        return STATUS_SUCCESS;
    }
    b.own_mdl = mdl_allocate_mapped(nullptr, buffer.data, static_cast<ULONG>(buffer.length));
    if (!b.own_mdl) return STATUS_INSUFFICIENT_RESOURCES;
    irp->MdlAddress = b.own_mdl;
    return STATUS_SUCCESS;
}

void close_target(FxIoTarget* t, WDF_IO_TARGET_STATE final_state) {
    std::deque<FxRequest*> waiting;
    {
        std::lock_guard lock(t->mutex);
        t->state = final_state;
        waiting.swap(t->waiting);
    }
    // As KMDF closes a target: what waited is cancelled, what was sent is cancelled and
    // waited for, then the file is closed.
    for (FxRequest* r : waiting) request_fail_unsent(r, STATUS_CANCELLED);
    cancel_sent_requests(t);
    {
        std::unique_lock lock(t->mutex);
        t->drained.wait(lock, [&] { return t->sent.empty(); });
    }
    if (t->owns_file && t->file) file_object_dereference(t->file);
    t->file = nullptr;
    t->owns_file = false;
    if (!t->is_default) t->target_device = nullptr;
}

NTSTATUS send_synchronously(const void* caller, const char* entry, WDFIOTARGET target,
                            WDFREQUEST request, UCHAR major, ULONG code,
                            PWDF_MEMORY_DESCRIPTOR input, PWDF_MEMORY_DESCRIPTOR output,
                            PLONGLONG device_offset, PWDF_REQUEST_SEND_OPTIONS options,
                            PULONG_PTR bytes) {
    if (bytes) *bytes = 0;
    FxIoTarget* t = io_target_of(target, entry);
    if (!t) return STATUS_INVALID_PARAMETER;
    if (options && options->Size != sizeof(WDF_REQUEST_SEND_OPTIONS))
        return STATUS_INVALID_PARAMETER;
    if (!t->target_device) return STATUS_INVALID_DEVICE_STATE;
    TransferBuffer in, out;
    NTSTATUS status = descriptor_buffer(input, in);
    if (NT_SUCCESS(status)) status = descriptor_buffer(output, out);
    if (!NT_SUCCESS(status)) return status;
    FxRequest* r = nullptr;
    bool own = !request;
    if (own) {
        r = request_create_internal(t->device, t->target_device->StackSize);
        if (!r) return STATUS_INSUFFICIENT_RESOURCES;
    } else {
        r = fx_cast<FxRequest>(request, FxType::request, entry);
        if (!r) return STATUS_INVALID_PARAMETER;
    }
    status = format_transfer(r, t, major, code, in, out, device_offset);
    if (NT_SUCCESS(status)) {
        WDF_REQUEST_SEND_OPTIONS send;
        WDF_REQUEST_SEND_OPTIONS_INIT(&send, WDF_REQUEST_SEND_OPTION_SYNCHRONOUS);
        if (options) {
            send.Flags |= options->Flags & ~WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET;
            send.Timeout = options->Timeout;
        }
        bool sent = request_send(r, t, &send, caller);
        status = r->send->status;
        if (sent && bytes) *bytes = r->send->params.IoStatus.Information;
    }
    if (own) request_destroy_internal(r);
    return status;
}

NTSTATUS format_with_memory(const char* entry, WDFIOTARGET target, WDFREQUEST request, UCHAR major,
                            ULONG code, WDFMEMORY input, PWDFMEMORY_OFFSET in_offset,
                            WDFMEMORY output, PWDFMEMORY_OFFSET out_offset,
                            PLONGLONG device_offset) {
    FxIoTarget* t = io_target_of(target, entry);
    auto* r = fx_cast<FxRequest>(request, FxType::request, entry);
    if (!t || !r) return STATUS_INVALID_PARAMETER;
    if (!t->target_device) return STATUS_INVALID_DEVICE_STATE;
    TransferBuffer in, out;
    NTSTATUS status = memory_buffer(input, in_offset, in);
    if (NT_SUCCESS(status)) status = memory_buffer(output, out_offset, out);
    if (!NT_SUCCESS(status)) return status;
    return format_transfer(r, t, major, code, in, out, device_offset);
}

}  // namespace

FxIoTarget* io_target_of(WDFIOTARGET target, const char* entry) {
    return fx_cast<FxIoTarget>(target, FxType::io_target, entry);
}

void FxIoTarget::framework_cleanup() {
    close_target(this, WdfIoTargetDeleted);
    if (is_default) {
        std::lock_guard lock(defaults_mutex);
        default_targets.erase(device);
    }
}

NTSTATUS format_transfer(FxRequest* r, FxIoTarget* t, UCHAR major, ULONG code,
                         const TransferBuffer& input, const TransferBuffer& output,
                         const LONGLONG* device_offset) {
    if (request_sent_to_target(r)) {
        report_issue(r->driver, IssueKind::device_misuse,
                     "formatting a request an I/O target still owns (sent, not completed)");
        return STATUS_INVALID_DEVICE_STATE;
    }
    if (r->completed.load()) return STATUS_INVALID_DEVICE_STATE;
    FxRequestSend& s = send_state(r);
    PIRP irp = r->irp;
    if (!irp) return STATUS_INVALID_DEVICE_STATE;
    undo_format(irp, s.buffers);
    // A created request's IRP is made deep enough for this target; a received one must be.
    CCHAR needed = t->target_device->StackSize;
    if (irp->CurrentLocation - 1 < needed) {
        if (!s.owns_irp) return STATUS_REQUEST_NOT_ACCEPTED;
        PIRP bigger = IoAllocateIrp(needed, FALSE);
        if (!bigger) return STATUS_INSUFFICIENT_RESOURCES;
        IoFreeIrp(irp);
        r->irp = irp = bigger;
    }
    FormattedBuffers& b = s.buffers;
    b.replaced = true;
    b.saved_system_buffer = irp->AssociatedIrp.SystemBuffer;
    b.saved_mdl = irp->MdlAddress;
    b.saved_user_buffer = irp->UserBuffer;
    b.input_memory = input.memory;
    b.input_offset = input.offset;
    b.output_memory = output.memory;
    b.output_offset = output.offset;
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp);
    std::memset(next, 0, sizeof *next);
    next->MajorFunction = major;
    PDEVICE_OBJECT device = t->target_device;
    NTSTATUS status = STATUS_SUCCESS;
    switch (major) {
        case IRP_MJ_READ:
        case IRP_MJ_WRITE: {
            const TransferBuffer& buffer = major == IRP_MJ_READ ? output : input;
            next->Parameters.Read.Length = static_cast<ULONG>(buffer.length);
            next->Parameters.Read.ByteOffset.QuadPart = device_offset ? *device_offset : 0;
            status = place_transfer_buffer(irp, device, b, buffer, major == IRP_MJ_WRITE);
            if (status == STATUS_PENDING) status = place_mdl(irp, b, buffer);
            break;
        }
        default: {  // device control, internal device control
            next->Parameters.DeviceIoControl.IoControlCode = code;
            next->Parameters.DeviceIoControl.InputBufferLength = static_cast<ULONG>(input.length);
            next->Parameters.DeviceIoControl.OutputBufferLength = static_cast<ULONG>(output.length);
            irp->UserBuffer = output.data;
            irp->AssociatedIrp.SystemBuffer = nullptr;
            irp->MdlAddress = nullptr;
            const auto* in = static_cast<const unsigned char*>(input.data);
            switch (METHOD_FROM_CTL_CODE(code)) {
                case METHOD_BUFFERED:
                    b.system_buffer.assign(std::max(input.length, output.length), 0);
                    if (input.length) std::memcpy(b.system_buffer.data(), in, input.length);
                    if (!b.system_buffer.empty())
                        irp->AssociatedIrp.SystemBuffer = b.system_buffer.data();
                    b.copy_back_to = output.data;
                    b.copy_back_length = output.length;
                    break;
                case METHOD_IN_DIRECT:
                case METHOD_OUT_DIRECT:
                    if (input.length) {
                        b.system_buffer.assign(in, in + input.length);
                        irp->AssociatedIrp.SystemBuffer = b.system_buffer.data();
                    }
                    status = place_mdl(irp, b, output);
                    break;
                default:  // METHOD_NEITHER: the buffers as they are
                    next->Parameters.DeviceIoControl.Type3InputBuffer = input.data;
                    break;
            }
            break;
        }
    }
    if (!NT_SUCCESS(status)) {
        undo_format(irp, b);
        return status;
    }
    s.formatted = true;
    return STATUS_SUCCESS;
}

extern "C" WDFIOTARGET WdfDeviceGetIoTarget(WDFDEVICE device) {
    return guarded(
        "WdfDeviceGetIoTarget",
        [&]() -> WDFIOTARGET {
            auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfDeviceGetIoTarget");
            if (!d) return nullptr;
            std::lock_guard lock(defaults_mutex);
            auto it = default_targets.find(d);
            if (it != default_targets.end()) return handle_of(it->second);
            auto* t = new FxIoTarget(d->driver);
            t->device = d;
            t->is_default = true;
            t->target_device = d->lower;
            t->state = d->lower ? WdfIoTargetStarted : WdfIoTargetClosed;
            fx_initialize(t, nullptr, d);
            default_targets[d] = t;
            return handle_of(t);
        },
        WDFIOTARGET{nullptr});
}

extern "C" NTSTATUS WdfIoTargetCreate(WDFDEVICE device, PWDF_OBJECT_ATTRIBUTES attributes,
                                      WDFIOTARGET* target) {
    return guarded("WdfIoTargetCreate", [&]() -> NTSTATUS {
        auto* d = fx_cast<FxDevice>(device, FxType::device, "WdfIoTargetCreate");
        if (!d || !target) return STATUS_INVALID_PARAMETER;
        NTSTATUS status;
        if (injected_failure(d->driver, "WdfIoTargetCreate", status)) return status;
        FxObject* parent = d;
        if (attributes && attributes->ParentObject) {
            parent = fx_object(attributes->ParentObject, "WdfIoTargetCreate");
            if (!parent) return STATUS_INVALID_PARAMETER;
        }
        auto* t = new FxIoTarget(d->driver);
        t->device = d;
        status = fx_initialize(t, attributes, parent);
        if (!NT_SUCCESS(status)) {
            delete t;
            return status;
        }
        *target = handle_of(t);
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS WdfIoTargetOpen(WDFIOTARGET target, PWDF_IO_TARGET_OPEN_PARAMS params) {
    return guarded("WdfIoTargetOpen", [&]() -> NTSTATUS {
        FxIoTarget* t = io_target_of(target, "WdfIoTargetOpen");
        if (!t || !params || params->Size != sizeof(WDF_IO_TARGET_OPEN_PARAMS))
            return STATUS_INVALID_PARAMETER;
        if (t->is_default) {
            report_issue(t->driver, IssueKind::device_misuse,
                         "WdfIoTargetOpen on a device's local I/O target");
            return STATUS_INVALID_DEVICE_REQUEST;
        }
        NTSTATUS status;
        if (injected_failure(t->driver, "WdfIoTargetOpen", status)) return status;
        {
            std::lock_guard lock(t->mutex);
            if (t->state == WdfIoTargetStarted || t->state == WdfIoTargetStopped)
                return STATUS_INVALID_DEVICE_STATE;  // open already
        }
        WDF_IO_TARGET_OPEN_PARAMS how = *params;
        if (how.Type == WdfIoTargetOpenReopen) {
            if (t->open.Type == WdfIoTargetOpenUndefined) return STATUS_INVALID_DEVICE_STATE;
            how = t->open;
            RtlInitUnicodeString(&how.TargetDeviceName, t->open_name.c_str());
        }
        switch (how.Type) {
            case WdfIoTargetOpenUseExistingDevice:
                if (!how.TargetDeviceObject || how.TargetDeviceObject->Type != IO_TYPE_DEVICE)
                    return STATUS_INVALID_PARAMETER;
                t->target_device = how.TargetDeviceObject;
                t->file = how.TargetFileObject;
                t->owns_file = false;
                break;
            case WdfIoTargetOpenByName: {
                PDEVICE_OBJECT named = object_namespace_find_device(wide(&how.TargetDeviceName));
                if (!named) return STATUS_OBJECT_NAME_NOT_FOUND;
                FileOpen open{.desired_access = how.DesiredAccess,
                              .share_access = how.ShareAccess,
                              .create_disposition = how.CreateDisposition,
                              .create_options = how.CreateOptions,
                              .file_attributes = how.FileAttributes};
                PFILE_OBJECT file = file_object_open(named, open, &status);
                if (!file) return status;
                t->file = file;
                t->owns_file = true;
                t->target_device = IoGetRelatedDeviceObject(file);
                params->FileInformation = FILE_OPENED;
                break;
            }
            default:
                return STATUS_INVALID_PARAMETER;
        }
        t->open = how;
        if (how.Type == WdfIoTargetOpenByName) {
            // The name is the caller's: keep our own copy for a reopen.
            t->open_name = wide(&how.TargetDeviceName);
            t->open.TargetDeviceName = {};
        }
        std::lock_guard lock(t->mutex);
        t->state = WdfIoTargetStarted;
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfIoTargetClose(WDFIOTARGET target) {
    guarded_void("WdfIoTargetClose", [&] {
        FxIoTarget* t = io_target_of(target, "WdfIoTargetClose");
        if (!t) return;
        if (t->is_default) {
            report_issue(t->driver, IssueKind::device_misuse,
                         "WdfIoTargetClose on a device's local I/O target");
            return;
        }
        close_target(t, WdfIoTargetClosed);
    });
}

extern "C" void WdfIoTargetCloseForQueryRemove(WDFIOTARGET target) {
    guarded_void("WdfIoTargetCloseForQueryRemove", [&] {
        FxIoTarget* t = io_target_of(target, "WdfIoTargetCloseForQueryRemove");
        if (t && !t->is_default) close_target(t, WdfIoTargetClosedForQueryRemove);
    });
}

extern "C" NTSTATUS WdfIoTargetStart(WDFIOTARGET target) {
    return guarded("WdfIoTargetStart", [&]() -> NTSTATUS {
        FxIoTarget* t = io_target_of(target, "WdfIoTargetStart");
        if (!t) return STATUS_INVALID_PARAMETER;
        std::deque<FxRequest*> waiting;
        {
            std::lock_guard lock(t->mutex);
            if (t->state != WdfIoTargetStarted && t->state != WdfIoTargetStopped &&
                t->state != WdfIoTargetPurged)
                return STATUS_INVALID_DEVICE_STATE;
            t->state = WdfIoTargetStarted;
            waiting.swap(t->waiting);
        }
        for (FxRequest* r : waiting) request_deliver(r, t);
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfIoTargetStop(WDFIOTARGET target, WDF_IO_TARGET_SENT_IO_ACTION action) {
    guarded_void("WdfIoTargetStop", [&] {
        FxIoTarget* t = io_target_of(target, "WdfIoTargetStop");
        if (!t) return;
        {
            std::lock_guard lock(t->mutex);
            if (t->state != WdfIoTargetStarted) return;
            t->state = WdfIoTargetStopped;
        }
        if (action == WdfIoTargetLeaveSentIoPending) return;
        if (action == WdfIoTargetCancelSentIo) cancel_sent_requests(t);
        if (KeGetCurrentIrql() > PASSIVE_LEVEL)
            report_issue(t->driver, IssueKind::irql,
                         "WdfIoTargetStop waiting for sent I/O above PASSIVE_LEVEL");
        std::unique_lock lock(t->mutex);
        t->drained.wait(lock, [&] { return t->sent.empty(); });
    });
}

extern "C" WDF_IO_TARGET_STATE WdfIoTargetGetState(WDFIOTARGET target) {
    FxIoTarget* t = io_target_of(target, "WdfIoTargetGetState");
    if (!t) return WdfIoTargetStateUndefined;
    std::lock_guard lock(t->mutex);
    return t->state;
}

extern "C" WDFDEVICE WdfIoTargetGetDevice(WDFIOTARGET target) {
    FxIoTarget* t = io_target_of(target, "WdfIoTargetGetDevice");
    return t ? reinterpret_cast<WDFDEVICE>(t->device) : nullptr;
}

extern "C" PDEVICE_OBJECT WdfIoTargetWdmGetTargetDeviceObject(WDFIOTARGET target) {
    FxIoTarget* t = io_target_of(target, "WdfIoTargetWdmGetTargetDeviceObject");
    return t ? t->target_device : nullptr;
}

extern "C" PFILE_OBJECT WdfIoTargetWdmGetTargetFileObject(WDFIOTARGET target) {
    FxIoTarget* t = io_target_of(target, "WdfIoTargetWdmGetTargetFileObject");
    return t ? t->file : nullptr;
}

extern "C" NTSTATUS WdfIoTargetSendIoctlSynchronously(WDFIOTARGET target, WDFREQUEST request,
                                                      ULONG code, PWDF_MEMORY_DESCRIPTOR input,
                                                      PWDF_MEMORY_DESCRIPTOR output,
                                                      PWDF_REQUEST_SEND_OPTIONS options,
                                                      PULONG_PTR bytes) {
    const void* caller = __builtin_return_address(0);
    return guarded("WdfIoTargetSendIoctlSynchronously", [&] {
        return send_synchronously(caller, "WdfIoTargetSendIoctlSynchronously", target, request,
                                  IRP_MJ_DEVICE_CONTROL, code, input, output, nullptr, options,
                                  bytes);
    });
}

extern "C" NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(
    WDFIOTARGET target, WDFREQUEST request, ULONG code, PWDF_MEMORY_DESCRIPTOR input,
    PWDF_MEMORY_DESCRIPTOR output, PWDF_REQUEST_SEND_OPTIONS options, PULONG_PTR bytes) {
    const void* caller = __builtin_return_address(0);
    return guarded("WdfIoTargetSendInternalIoctlSynchronously", [&] {
        return send_synchronously(caller, "WdfIoTargetSendInternalIoctlSynchronously", target,
                                  request, IRP_MJ_INTERNAL_DEVICE_CONTROL, code, input, output,
                                  nullptr, options, bytes);
    });
}

extern "C" NTSTATUS WdfIoTargetSendReadSynchronously(WDFIOTARGET target, WDFREQUEST request,
                                                     PWDF_MEMORY_DESCRIPTOR output,
                                                     PLONGLONG offset,
                                                     PWDF_REQUEST_SEND_OPTIONS options,
                                                     PULONG_PTR bytes) {
    const void* caller = __builtin_return_address(0);
    return guarded("WdfIoTargetSendReadSynchronously", [&] {
        return send_synchronously(caller, "WdfIoTargetSendReadSynchronously", target, request,
                                  IRP_MJ_READ, 0, nullptr, output, offset, options, bytes);
    });
}

extern "C" NTSTATUS WdfIoTargetSendWriteSynchronously(WDFIOTARGET target, WDFREQUEST request,
                                                      PWDF_MEMORY_DESCRIPTOR input,
                                                      PLONGLONG offset,
                                                      PWDF_REQUEST_SEND_OPTIONS options,
                                                      PULONG_PTR bytes) {
    const void* caller = __builtin_return_address(0);
    return guarded("WdfIoTargetSendWriteSynchronously", [&] {
        return send_synchronously(caller, "WdfIoTargetSendWriteSynchronously", target, request,
                                  IRP_MJ_WRITE, 0, input, nullptr, offset, options, bytes);
    });
}

extern "C" NTSTATUS WdfIoTargetFormatRequestForIoctl(WDFIOTARGET target, WDFREQUEST request,
                                                     ULONG code, WDFMEMORY input,
                                                     PWDFMEMORY_OFFSET input_offset,
                                                     WDFMEMORY output,
                                                     PWDFMEMORY_OFFSET output_offset) {
    return guarded("WdfIoTargetFormatRequestForIoctl", [&] {
        return format_with_memory("WdfIoTargetFormatRequestForIoctl", target, request,
                                  IRP_MJ_DEVICE_CONTROL, code, input, input_offset, output,
                                  output_offset, nullptr);
    });
}

extern "C" NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(WDFIOTARGET target, WDFREQUEST request,
                                                             ULONG code, WDFMEMORY input,
                                                             PWDFMEMORY_OFFSET input_offset,
                                                             WDFMEMORY output,
                                                             PWDFMEMORY_OFFSET output_offset) {
    return guarded("WdfIoTargetFormatRequestForInternalIoctl", [&] {
        return format_with_memory("WdfIoTargetFormatRequestForInternalIoctl", target, request,
                                  IRP_MJ_INTERNAL_DEVICE_CONTROL, code, input, input_offset, output,
                                  output_offset, nullptr);
    });
}

extern "C" NTSTATUS WdfIoTargetFormatRequestForRead(WDFIOTARGET target, WDFREQUEST request,
                                                    WDFMEMORY output,
                                                    PWDFMEMORY_OFFSET output_offset,
                                                    PLONGLONG device_offset) {
    return guarded("WdfIoTargetFormatRequestForRead", [&] {
        return format_with_memory("WdfIoTargetFormatRequestForRead", target, request, IRP_MJ_READ,
                                  0, nullptr, nullptr, output, output_offset, device_offset);
    });
}

extern "C" NTSTATUS WdfIoTargetFormatRequestForWrite(WDFIOTARGET target, WDFREQUEST request,
                                                     WDFMEMORY input,
                                                     PWDFMEMORY_OFFSET input_offset,
                                                     PLONGLONG device_offset) {
    return guarded("WdfIoTargetFormatRequestForWrite", [&] {
        return format_with_memory("WdfIoTargetFormatRequestForWrite", target, request, IRP_MJ_WRITE,
                                  0, input, input_offset, nullptr, nullptr, device_offset);
    });
}

}  // namespace wpptrace::framework
