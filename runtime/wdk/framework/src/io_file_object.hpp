// io_file_object.hpp - files a kernel caller opens on a device (IoGetDeviceObjectPointer,
// WdfIoTargetOpen by name), and IRPs the framework itself sends and waits for.
//
// Such a FILE_OBJECT is a counted object, as the object manager keeps it: it starts with one
// reference (the opener's); file_object_reference adds one; the last file_object_dereference
// sends IRP_MJ_CLEANUP and IRP_MJ_CLOSE to its device's stack and frees it. ObReferenceObject /
// ObDereferenceObject on a FILE_OBJECT map to these (is_counted_file_object tells which objects
// are such files).
#pragma once

#include <functional>

#include "framework_state.hpp"

namespace wpptrace::framework {

// Builds an IRP for the top of the stack `top` is in (major, file object; `setup` fills the rest
// of the first stack location), sends it with IoCallDriver and waits until it completes.
// Returns its final status; *information gets IoStatus.Information.
NTSTATUS send_irp_and_wait(PDEVICE_OBJECT top, UCHAR major, PFILE_OBJECT file,
                           const std::function<void(PIO_STACK_LOCATION)>& setup,
                           ULONG_PTR* information = nullptr);

struct FileOpen {
    ACCESS_MASK desired_access = 0;
    ULONG share_access = 0;
    ULONG create_disposition = FILE_OPEN;
    ULONG create_options = 0;
    ULONG file_attributes = 0;
};
// Opens a file on `device` (a named device; its stack's top receives IRP_MJ_CREATE). On success
// returns the file with one reference; else nullptr and *status the create's status.
PFILE_OBJECT file_object_open(PDEVICE_OBJECT device, const FileOpen& how, NTSTATUS* status);
bool is_counted_file_object(const void* object);
// Both give the references left in *count (ObReferenceObject's and ObDereferenceObject's result).
void file_object_reference(PFILE_OBJECT file, long* count = nullptr);
// Returns true when that was the last reference: the file is closed and freed.
bool file_object_dereference(PFILE_OBJECT file, long* count = nullptr);

}  // namespace wpptrace::framework
