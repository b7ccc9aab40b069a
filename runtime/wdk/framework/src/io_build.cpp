// io_build.cpp - IRPs a driver builds for another device: IoBuildDeviceIoControlRequest,
// IoBuildSynchronousFsdRequest, IoBuildAsynchronousFsdRequest; and the I/O manager's end of a
// synchronous ("threaded") one, which IoCompleteRequest hands over (finish_built_irp): buffered
// output copied back to the caller, the status to its IO_STATUS_BLOCK, its event signalled, the
// IRP and its buffers freed. Also IoGetDeviceObjectPointer and the attached-device lookups.
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "entry_guard.hpp"
#include "io_file_object.hpp"
#include "io_mdl.hpp"
#include "object_handles.hpp"
#include "object_namespace.hpp"
#include "pool.hpp"
#include "wdm_device.hpp"
#include "wdm_irp.hpp"

namespace wpptrace::framework {
namespace {

constexpr ULONG system_buffer_tag = 0x66426f49;  // "IoBf": the I/O manager's system buffers

struct BuiltIrp {
    bool threaded = false;  // synchronous: the I/O manager finishes and frees it
    DriverRecord* builder = nullptr;
    void* system_buffer = nullptr;  // the I/O manager's, freed with the IRP
    void* copy_back_to = nullptr;   // the caller's output buffer (buffered I/O)
    ULONG copy_back_length = 0;
    PMDL mdl = nullptr;  // the I/O manager's (threaded IRPs)
};

std::mutex built_mutex;
std::unordered_map<PIRP, BuiltIrp> built;

bool is_error(NTSTATUS status) {
    return (static_cast<ULONG>(status) >> 30) == 3;
}

void* system_buffer_copy(const void* from, std::size_t bytes, std::size_t size) {
    void* buffer = pool_allocate(nullptr, size, system_buffer_tag, true);
    if (buffer && from && bytes) std::memcpy(buffer, from, bytes);
    return buffer;
}

void release(BuiltIrp& b) {
    if (b.system_buffer) pool_free(b.system_buffer, system_buffer_tag, true);
    if (b.mdl) mdl_free(b.mdl, false);
    b.system_buffer = nullptr;
    b.mdl = nullptr;
}

PIRP allocate_for(PDEVICE_OBJECT device, PKEVENT event, PIO_STATUS_BLOCK iosb) {
    PIRP irp = IoAllocateIrp(device->StackSize, FALSE);
    if (!irp) return nullptr;
    irp->RequestorMode = KernelMode;
    irp->UserEvent = event;
    irp->UserIosb = iosb;
    return irp;
}

void remember(PIRP irp, BuiltIrp b) {
    std::lock_guard lock(built_mutex);
    built[irp] = b;
}

bool valid_device(PDEVICE_OBJECT device) {
    return device && device->Type == IO_TYPE_DEVICE;
}

// The read/write/flush/shutdown (and, asynchronous, PnP/power) IRPs of both FSD builders.
PIRP build_fsd(const void* caller, ULONG major, PDEVICE_OBJECT device, PVOID buffer, ULONG length,
               PLARGE_INTEGER offset, PKEVENT event, PIO_STATUS_BLOCK iosb, bool threaded) {
    bool allowed = major == IRP_MJ_READ || major == IRP_MJ_WRITE || major == IRP_MJ_FLUSH_BUFFERS ||
                   major == IRP_MJ_SHUTDOWN ||
                   (!threaded && (major == IRP_MJ_PNP || major == IRP_MJ_POWER));
    DriverRecord* builder = driver_of_address(caller);
    if (!valid_device(device) || !allowed) {
        report_issue(builder, IssueKind::device_misuse,
                     std::string(threaded ? "IoBuildSynchronousFsdRequest"
                                          : "IoBuildAsynchronousFsdRequest") +
                         ": " + (allowed ? "invalid device object" : "unsupported major function"));
        return nullptr;
    }
    PIRP irp = allocate_for(device, event, iosb);
    if (!irp) return nullptr;
    BuiltIrp b;
    b.threaded = threaded;
    b.builder = builder;
    PIO_STACK_LOCATION s = IoGetNextIrpStackLocation(irp);
    s->MajorFunction = static_cast<UCHAR>(major);
    if (major == IRP_MJ_PNP) irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    if (major == IRP_MJ_READ || major == IRP_MJ_WRITE) {
        s->Parameters.Read.Length = length;  // Write has the same layout
        if (offset) s->Parameters.Read.ByteOffset = *offset;
        irp->UserBuffer = buffer;
        if (device->Flags & DO_BUFFERED_IO) {
            if (threaded) {
                b.system_buffer =
                    system_buffer_copy(major == IRP_MJ_WRITE ? buffer : nullptr, length, length);
                if (!b.system_buffer && length) {
                    IoFreeIrp(irp);
                    return nullptr;
                }
                if (major == IRP_MJ_READ) {
                    b.copy_back_to = buffer;
                    b.copy_back_length = length;
                }
                irp->AssociatedIrp.SystemBuffer = b.system_buffer;
            } else {
                // The caller's buffer is nonpaged kernel memory: the lower driver uses it as
                // the system buffer, and the caller's completion routine sees the data there.
                irp->AssociatedIrp.SystemBuffer = buffer;
            }
        } else if ((device->Flags & DO_DIRECT_IO) && length) {
            if (threaded) {
                b.mdl = mdl_allocate_mapped(nullptr, buffer, length);
                if (!b.mdl) {
                    IoFreeIrp(irp);
                    return nullptr;
                }
                irp->MdlAddress = b.mdl;
            } else {
                // The caller's MDL, locked: its completion routine unlocks and frees it.
                PMDL mdl = IoAllocateMdl(buffer, length, FALSE, FALSE, irp);
                if (!mdl) {
                    IoFreeIrp(irp);
                    return nullptr;
                }
                MmProbeAndLockPages(mdl, KernelMode,
                                    major == IRP_MJ_READ ? IoWriteAccess : IoReadAccess);
            }
        }
    }
    remember(irp, b);
    return irp;
}

}  // namespace

bool finish_built_irp(PIRP irp) {
    BuiltIrp b;
    {
        std::lock_guard lock(built_mutex);
        auto it = built.find(irp);
        if (it == built.end()) return false;
        b = it->second;
        if (b.threaded) built.erase(it);
    }
    if (!b.threaded) {
        report_issue(b.builder, IssueKind::device_misuse,
                     "an IRP from IoBuildAsynchronousFsdRequest completed back to the I/O "
                     "manager: its completion routine must free it (IoFreeIrp) and return "
                     "STATUS_MORE_PROCESSING_REQUIRED");
        if (irp->UserIosb) *irp->UserIosb = irp->IoStatus;
        return true;
    }
    if (b.copy_back_to && b.system_buffer && !is_error(irp->IoStatus.Status)) {
        std::size_t bytes = std::min<std::size_t>(irp->IoStatus.Information, b.copy_back_length);
        if (bytes) std::memcpy(b.copy_back_to, b.system_buffer, bytes);
    }
    release(b);
    PIO_STATUS_BLOCK iosb = irp->UserIosb;
    PKEVENT event = irp->UserEvent;
    IO_STATUS_BLOCK status = irp->IoStatus;
    IoFreeIrp(irp);
    if (iosb) *iosb = status;
    if (event) KeSetEvent(event, IO_NO_INCREMENT, FALSE);
    return true;
}

void forget_built_irp(PIRP irp) {
    BuiltIrp b;
    {
        std::lock_guard lock(built_mutex);
        auto it = built.find(irp);
        if (it == built.end()) return;
        b = it->second;
        built.erase(it);
    }
    release(b);
}

extern "C" PIRP IoBuildDeviceIoControlRequest(ULONG code, PDEVICE_OBJECT device, PVOID input,
                                              ULONG input_length, PVOID output, ULONG output_length,
                                              BOOLEAN internal, PKEVENT event,
                                              PIO_STATUS_BLOCK iosb) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "IoBuildDeviceIoControlRequest",
        [&]() -> PIRP {
            if (!valid_device(device)) {
                report_issue(driver_of_address(caller), IssueKind::device_misuse,
                             "IoBuildDeviceIoControlRequest: invalid device object");
                return nullptr;
            }
            PIRP irp = allocate_for(device, event, iosb);
            if (!irp) return nullptr;
            BuiltIrp b;
            b.threaded = true;
            b.builder = driver_of_address(caller);
            PIO_STACK_LOCATION s = IoGetNextIrpStackLocation(irp);
            s->MajorFunction = internal ? IRP_MJ_INTERNAL_DEVICE_CONTROL : IRP_MJ_DEVICE_CONTROL;
            s->Parameters.DeviceIoControl.IoControlCode = code;
            s->Parameters.DeviceIoControl.InputBufferLength = input_length;
            s->Parameters.DeviceIoControl.OutputBufferLength = output_length;
            irp->UserBuffer = output;
            bool failed = false;
            switch (METHOD_FROM_CTL_CODE(code)) {
                case METHOD_BUFFERED: {
                    ULONG size = std::max(input_length, output_length);
                    if (size) {
                        b.system_buffer = system_buffer_copy(input, input ? input_length : 0, size);
                        failed = !b.system_buffer;
                    }
                    irp->AssociatedIrp.SystemBuffer = b.system_buffer;
                    b.copy_back_to = output;
                    b.copy_back_length = output ? output_length : 0;
                    break;
                }
                case METHOD_IN_DIRECT:
                case METHOD_OUT_DIRECT:
                    if (input && input_length) {
                        b.system_buffer = system_buffer_copy(input, input_length, input_length);
                        failed = !b.system_buffer;
                    }
                    irp->AssociatedIrp.SystemBuffer = b.system_buffer;
                    if (!failed && output && output_length) {
                        b.mdl = mdl_allocate_mapped(nullptr, output, output_length);
                        failed = !b.mdl;
                        irp->MdlAddress = b.mdl;
                    }
                    break;
                default:  // METHOD_NEITHER: the caller's own buffers
                    s->Parameters.DeviceIoControl.Type3InputBuffer = input;
                    break;
            }
            if (failed) {
                release(b);
                IoFreeIrp(irp);
                return nullptr;
            }
            remember(irp, b);
            return irp;
        },
        PIRP{nullptr});
}

extern "C" PIRP IoBuildSynchronousFsdRequest(ULONG major, PDEVICE_OBJECT device, PVOID buffer,
                                             ULONG length, PLARGE_INTEGER offset, PKEVENT event,
                                             PIO_STATUS_BLOCK iosb) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "IoBuildSynchronousFsdRequest",
        [&] { return build_fsd(caller, major, device, buffer, length, offset, event, iosb, true); },
        PIRP{nullptr});
}

extern "C" PIRP IoBuildAsynchronousFsdRequest(ULONG major, PDEVICE_OBJECT device, PVOID buffer,
                                              ULONG length, PLARGE_INTEGER offset,
                                              PIO_STATUS_BLOCK iosb) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "IoBuildAsynchronousFsdRequest",
        [&] {
            return build_fsd(caller, major, device, buffer, length, offset, nullptr, iosb, false);
        },
        PIRP{nullptr});
}

extern "C" NTSTATUS IoGetDeviceObjectPointer(PUNICODE_STRING name, ACCESS_MASK access,
                                             PFILE_OBJECT* file_object,
                                             PDEVICE_OBJECT* device_object) {
    return guarded("IoGetDeviceObjectPointer", [&]() -> NTSTATUS {
        if (!name || !file_object || !device_object) return STATUS_INVALID_PARAMETER;
        PDEVICE_OBJECT device = object_namespace_find_device(wide(name));
        if (!device) return STATUS_OBJECT_NAME_NOT_FOUND;
        NTSTATUS status = STATUS_SUCCESS;
        PFILE_OBJECT file = file_object_open(device, {.desired_access = access}, &status);
        if (!file) return status;
        *file_object = file;
        *device_object = IoGetRelatedDeviceObject(file);
        return STATUS_SUCCESS;
    });
}

extern "C" PDEVICE_OBJECT IoGetAttachedDevice(PDEVICE_OBJECT device) {
    return attached_device(device);
}

extern "C" PDEVICE_OBJECT IoGetAttachedDeviceReference(PDEVICE_OBJECT device) {
    PDEVICE_OBJECT top = attached_device(device);
    // A reference in the object table, which ObDereferenceObject on the device releases.
    if (top) object_reference(top);
    return top;
}

extern "C" PDEVICE_OBJECT IoGetRelatedDeviceObject(PFILE_OBJECT file) {
    return file ? attached_device(file->DeviceObject) : nullptr;
}

}  // namespace wpptrace::framework
