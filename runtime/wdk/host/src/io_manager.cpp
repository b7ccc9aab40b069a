// io_manager.cpp - the host as I/O manager: builds IRPs the way Windows does for each transfer
// type (buffered: a system buffer; direct: an MDL; neither: the caller's buffer), sends them to
// the top of the device stack and waits for IoCompleteRequest to hand back the status.
#include <cstring>

#include "entry_guard.hpp"
#include "io_setup.hpp"
#include "wdm_device.hpp"
#include "wdm_irp.hpp"

namespace wpptrace::host {

namespace {

void describe_with_mdl(MDL& mdl, std::vector<unsigned char>& buffer) {
    mdl.Size = sizeof(MDL);
    mdl.MdlFlags = MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL;
    mdl.MappedSystemVa = buffer.data();
    mdl.StartVa = buffer.data();
    mdl.ByteCount = static_cast<ULONG>(buffer.size());
    mdl.ByteOffset = 0;
}

}  // namespace

void DriverHost::set_io_timeout(std::chrono::milliseconds timeout) {
    io_timeout_ = timeout;
}

IoResult DriverHost::send(Device& device, const IoSetup& setup) {
    IoResult result;
    PDEVICE_OBJECT top = device.pdo ? device.top() : nullptr;
    if (!top) {
        result.completed = true;
        result.status = STATUS_NO_SUCH_DEVICE;
        return result;
    }
    auto io = std::make_unique<Io>();
    Io& x = *io;
    x.device = &device;
    x.major = setup.major;
    x.irp = IoAllocateIrp(top->StackSize, FALSE);
    if (!x.irp) throw std::bad_alloc();
    PIRP irp = x.irp;
    KeInitializeEvent(&x.event, NotificationEvent, FALSE);
    x.iosb.Status = STATUS_PENDING;
    irp->UserEvent = &x.event;
    irp->UserIosb = &x.iosb;
    irp->RequestorMode = UserMode;
    irp->Tail.Overlay.OriginalFileObject = setup.file;
    // PnP IRPs start "not supported", so that a driver that ignores one passes that on.
    irp->IoStatus.Status = setup.major == IRP_MJ_PNP ? STATUS_NOT_SUPPORTED : STATUS_SUCCESS;
    PIO_STACK_LOCATION s = IoGetNextIrpStackLocation(irp);
    s->MajorFunction = setup.major;
    s->MinorFunction = setup.minor;
    s->FileObject = setup.file;

    ULONG out_length = 0;
    switch (setup.major) {
        case IRP_MJ_CREATE:
            x.security.DesiredAccess = 0xC0000000;  // GENERIC_READ | GENERIC_WRITE
            s->Parameters.Create.SecurityContext = &x.security;
            break;
        case IRP_MJ_READ:
        case IRP_MJ_WRITE: {
            x.user_buffer = setup.major == IRP_MJ_WRITE
                                ? setup.input
                                : std::vector<unsigned char>(setup.length, 0);
            ULONG length = static_cast<ULONG>(x.user_buffer.size());
            if (setup.major == IRP_MJ_READ) {
                s->Parameters.Read.Length = length;
                out_length = length;
            } else {
                s->Parameters.Write.Length = length;
            }
            irp->UserBuffer = x.user_buffer.data();
            if (top->Flags & DO_BUFFERED_IO) {
                x.system_buffer = x.user_buffer;
                irp->AssociatedIrp.SystemBuffer = x.system_buffer.data();
            } else if (top->Flags & DO_DIRECT_IO) {
                describe_with_mdl(x.mdl, x.user_buffer);
                irp->MdlAddress = &x.mdl;
            }
            break;
        }
        case IRP_MJ_DEVICE_CONTROL:
        case IRP_MJ_INTERNAL_DEVICE_CONTROL: {
            x.input = setup.input;
            x.user_buffer.assign(setup.output_length, 0);
            out_length = setup.output_length;
            s->Parameters.DeviceIoControl.IoControlCode = setup.code;
            s->Parameters.DeviceIoControl.InputBufferLength = static_cast<ULONG>(x.input.size());
            s->Parameters.DeviceIoControl.OutputBufferLength = setup.output_length;
            switch (METHOD_FROM_CTL_CODE(setup.code)) {
                case METHOD_BUFFERED:
                    x.system_buffer.assign(std::max<std::size_t>(x.input.size(), out_length), 0);
                    // A request without input has an empty input (data() null), and without
                    // output an empty system buffer too: memcpy must not be given a null
                    // pointer, even for 0 bytes (undefined behaviour; UBSan stops there).
                    if (!x.input.empty())
                        std::memcpy(x.system_buffer.data(), x.input.data(), x.input.size());
                    irp->AssociatedIrp.SystemBuffer =
                        x.system_buffer.empty() ? nullptr : x.system_buffer.data();
                    break;
                case METHOD_IN_DIRECT:
                case METHOD_OUT_DIRECT:
                    x.system_buffer = x.input;
                    irp->AssociatedIrp.SystemBuffer =
                        x.system_buffer.empty() ? nullptr : x.system_buffer.data();
                    describe_with_mdl(x.mdl, x.user_buffer);
                    irp->MdlAddress = x.user_buffer.empty() ? nullptr : &x.mdl;
                    break;
                default:  // METHOD_NEITHER: the caller's own buffers
                    s->Parameters.DeviceIoControl.Type3InputBuffer = x.input.data();
                    irp->UserBuffer = x.user_buffer.data();
                    break;
            }
            break;
        }
        case IRP_MJ_SYSTEM_CONTROL:
            // WMI's buffer holds the WNODE in and out; the I/O manager hands back what the
            // provider wrote (Information bytes).
            x.system_buffer = setup.input;
            x.guid = setup.wmi_guid;
            irp->AssociatedIrp.SystemBuffer = x.system_buffer.data();
            s->Parameters.WMI.ProviderId = setup.wmi_provider;
            s->Parameters.WMI.DataPath = &x.guid;
            s->Parameters.WMI.BufferSize = static_cast<ULONG>(x.system_buffer.size());
            s->Parameters.WMI.Buffer = x.system_buffer.data();
            out_length = static_cast<ULONG>(x.system_buffer.size());
            break;
        case IRP_MJ_POWER:
            s->Parameters.Power.Type = DevicePowerState;
            s->Parameters.Power.State.DeviceState = setup.power;
            s->Parameters.Power.ShutdownType = PowerActionNone;
            break;
        default:
            break;
    }

    x.out_length = out_length;
    {
        std::lock_guard lock(io_mutex_);
        ios_.push_back(std::move(io));
    }
    IoCallDriver(top, irp);
    if (setup.options.cancel_after.count() > 0)
        x.canceller = std::thread([&x, after = setup.options.cancel_after] {
            LARGE_INTEGER wait;
            wait.QuadPart = -static_cast<LONGLONG>(after.count()) * 10000;
            // The Io (and so the IRP) lives until the host goes: cancelling one that has just
            // completed finds no cancel routine, as on Windows.
            if (KeWaitForSingleObject(&x.event, Executive, KernelMode, FALSE, &wait) ==
                STATUS_TIMEOUT)
                IoCancelIrp(x.irp);
        });
    if (setup.options.overlapped && !KeReadStateEvent(&x.event)) {
        result.pending = &x;
        return result;
    }
    return finish(x);
}

IoResult DriverHost::wait(const IoResult& sent) {
    return sent.pending ? finish(*sent.pending) : sent;
}

IoResult DriverHost::finish(Io& x) {
    IoResult result;
    LARGE_INTEGER timeout;
    timeout.QuadPart = -static_cast<LONGLONG>(io_timeout_.count()) * 10000;
    result.completed =
        KeWaitForSingleObject(&x.event, Executive, KernelMode, FALSE, &timeout) == STATUS_SUCCESS;
    if (x.canceller.joinable()) x.canceller.join();
    if (!result.completed) return result;
    PIRP irp = x.irp;
    result.status = x.iosb.Status;
    result.information = x.iosb.Information;
    std::size_t returned = std::min<std::size_t>(x.iosb.Information, x.out_length);
    if (returned) {
        // Buffered I/O: the I/O manager copies the system buffer back to the caller.
        const unsigned char* from =
            !x.system_buffer.empty() && irp->AssociatedIrp.SystemBuffer && !irp->MdlAddress
                ? x.system_buffer.data()
                : x.user_buffer.data();
        result.output.assign(from, from + returned);
    }
    return result;
}

void DriverHost::report_outstanding(Device& device) {
    std::lock_guard lock(io_mutex_);
    for (auto& io : ios_) {
        if (io->device != &device || io->reported || KeReadStateEvent(&io->event)) continue;
        io->reported = true;
        PIRP irp = io->irp;
        PDEVICE_OBJECT holder = irp->CurrentLocation <= irp->StackCount
                                    ? IoGetCurrentIrpStackLocation(irp)->DeviceObject
                                    : nullptr;
        framework::DriverRecord* record =
            holder ? framework::find_driver(holder->DriverObject) : nullptr;
        framework::report_issue(record, FindingKind::never_completed,
                                std::string(framework::major_function_name(io->major)) +
                                    " sent to " + device.spec.name + " never completed (held by " +
                                    framework::describe_device(holder) + ")");
        if (!record)
            findings_.push_back({FindingKind::never_completed, "(host)",
                                 std::string(framework::major_function_name(io->major)) +
                                     " sent to " + device.spec.name + " never completed"});
    }
}

OpenFile DriverHost::open(Device& device) {
    OpenFile out;
    auto* file = new FILE_OBJECT{};
    file->Type = IO_TYPE_FILE;
    file->Size = sizeof(FILE_OBJECT);
    file->DeviceObject = device.pdo;
    out.result = send(device, {.major = IRP_MJ_CREATE, .file = file});
    if (out.result.completed && NT_SUCCESS(out.result.status)) {
        out.file = file;
    } else if (out.result.completed) {
        delete file;
    }
    return out;
}

IoResult DriverHost::read(Device& device, PFILE_OBJECT file, ULONG length, IoOptions options) {
    return send(device, {.major = IRP_MJ_READ, .file = file, .length = length, .options = options});
}

IoResult DriverHost::write(Device& device, PFILE_OBJECT file,
                           const std::vector<unsigned char>& data, IoOptions options) {
    return send(device, {.major = IRP_MJ_WRITE, .file = file, .input = data, .options = options});
}

IoResult DriverHost::ioctl(Device& device, PFILE_OBJECT file, ULONG code,
                           const std::vector<unsigned char>& input, ULONG output_length,
                           IoOptions options) {
    return send(device, {.major = IRP_MJ_DEVICE_CONTROL,
                         .file = file,
                         .code = code,
                         .input = input,
                         .output_length = output_length,
                         .options = options});
}

IoResult DriverHost::cleanup(Device& device, PFILE_OBJECT file) {
    {
        std::lock_guard lock(io_mutex_);
        cleaned_up_.push_back(file);
    }
    return send(device, {.major = IRP_MJ_CLEANUP, .file = file});
}

void DriverHost::forget_file(PFILE_OBJECT file) {
    delete file;
}

IoResult DriverHost::close(Device& device, PFILE_OBJECT file) {
    bool cleaned_up;
    {
        std::lock_guard lock(io_mutex_);
        cleaned_up = std::erase(cleaned_up_, file) > 0;
    }
    if (!cleaned_up) send(device, {.major = IRP_MJ_CLEANUP, .file = file});
    IoResult r = send(device, {.major = IRP_MJ_CLOSE, .file = file});
    if (r.completed) delete file;
    return r;
}

}  // namespace wpptrace::host
