// io_file_object.cpp - counted FILE_OBJECTs of kernel opens (IRP_MJ_CREATE to the device's
// stack, IRP_MJ_CLEANUP and IRP_MJ_CLOSE at the last reference), and the framework's own
// synchronous IRPs.
#include "io_file_object.hpp"

#include <mutex>
#include <unordered_map>

#include "entry_guard.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {
namespace {

struct CountedFile {
    long references = 1;
    IO_SECURITY_CONTEXT security{};
};

std::mutex files_mutex;
std::unordered_map<PFILE_OBJECT, CountedFile> files;

}  // namespace

NTSTATUS send_irp_and_wait(PDEVICE_OBJECT top, UCHAR major, PFILE_OBJECT file,
                           const std::function<void(PIO_STACK_LOCATION)>& setup,
                           ULONG_PTR* information) {
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (!irp) return STATUS_INSUFFICIENT_RESOURCES;
    KEVENT done;
    IO_STATUS_BLOCK iosb{};
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp->UserEvent = &done;
    irp->UserIosb = &iosb;
    irp->RequestorMode = KernelMode;
    irp->Tail.Overlay.OriginalFileObject = file;
    irp->IoStatus.Status = major == IRP_MJ_PNP ? STATUS_NOT_SUPPORTED : STATUS_SUCCESS;
    PIO_STACK_LOCATION s = IoGetNextIrpStackLocation(irp);
    s->MajorFunction = major;
    s->FileObject = file;
    if (setup) setup(s);
    IoCallDriver(top, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    IoFreeIrp(irp);
    if (information) *information = iosb.Information;
    return iosb.Status;
}

PFILE_OBJECT file_object_open(PDEVICE_OBJECT device, const FileOpen& how, NTSTATUS* status) {
    auto* file = new FILE_OBJECT{};
    file->Type = IO_TYPE_FILE;
    file->Size = sizeof(FILE_OBJECT);
    file->DeviceObject = device;
    IO_SECURITY_CONTEXT* security;
    {
        std::lock_guard lock(files_mutex);
        security = &files[file].security;
    }
    security->DesiredAccess = how.desired_access;
    NTSTATUS result =
        send_irp_and_wait(attached_device(device), IRP_MJ_CREATE, file, [&](PIO_STACK_LOCATION s) {
            s->Parameters.Create.SecurityContext = security;
            s->Parameters.Create.Options = (how.create_disposition << 24) | how.create_options;
            s->Parameters.Create.ShareAccess = static_cast<USHORT>(how.share_access);
            s->Parameters.Create.FileAttributes = static_cast<USHORT>(how.file_attributes);
        });
    if (status) *status = result;
    if (!NT_SUCCESS(result)) {
        {
            std::lock_guard lock(files_mutex);
            files.erase(file);
        }
        delete file;
        return nullptr;
    }
    return file;
}

bool is_counted_file_object(const void* object) {
    std::lock_guard lock(files_mutex);
    return files.count(static_cast<PFILE_OBJECT>(const_cast<void*>(object))) != 0;
}

void file_object_reference(PFILE_OBJECT file, long* count) {
    std::lock_guard lock(files_mutex);
    auto it = files.find(file);
    if (it != files.end()) ++it->second.references;
    if (count) *count = it != files.end() ? it->second.references : 0;
}

bool file_object_dereference(PFILE_OBJECT file, long* count) {
    if (count) *count = 0;
    {
        std::lock_guard lock(files_mutex);
        auto it = files.find(file);
        if (it == files.end()) return false;
        if (--it->second.references > 0) {
            if (count) *count = it->second.references;
            return false;
        }
    }
    // The last handle and reference: the driver sees cleanup, then close.
    PDEVICE_OBJECT top = attached_device(file->DeviceObject);
    if (top && top->Type == IO_TYPE_DEVICE) {
        send_irp_and_wait(top, IRP_MJ_CLEANUP, file, nullptr);
        send_irp_and_wait(top, IRP_MJ_CLOSE, file, nullptr);
    }
    {
        std::lock_guard lock(files_mutex);
        files.erase(file);
    }
    delete file;
    return true;
}

}  // namespace wpptrace::framework
