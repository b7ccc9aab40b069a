// io_setup.hpp - the host's private types: what it puts in the first stack location of an IRP
// it sends, the IRP with everything it points at, and a loaded driver's state.
#pragma once

#include <thread>
#include <vector>

#include "framework_state.hpp"
#include "wpptrace/host/driver_host.hpp"

namespace wpptrace::host {

struct DriverHost::IoSetup {
    UCHAR major = IRP_MJ_CREATE;
    UCHAR minor = 0;
    PFILE_OBJECT file = nullptr;
    ULONG length = 0;  // read/write
    ULONG code = 0;    // ioctl
    std::vector<unsigned char> input{};
    ULONG output_length = 0;
    DEVICE_POWER_STATE power = PowerDeviceUnspecified;
    ULONG_PTR wmi_provider = 0;  // IRP_MJ_SYSTEM_CONTROL: the device object it is for, and
    GUID wmi_guid{};             // the data block; `input` is the WNODE
    IoOptions options{};
};

// Everything an IRP points at stays alive with it, until the host goes: a driver may touch or
// complete an IRP late (a bug the host reports), and that must not be a use after free.
struct HostIo {
    PIRP irp = nullptr;
    ULONG out_length = 0;   // what the caller may get back
    std::thread canceller;  // IoOptions::cancel_after: cancels the IRP if still pending
    KEVENT event{};
    IO_STATUS_BLOCK iosb{};
    Device* device = nullptr;
    UCHAR major = 0;
    bool reported = false;
    std::vector<unsigned char> system_buffer, user_buffer, input;
    MDL mdl{};
    IO_SECURITY_CONTEXT security{};
    GUID guid{};
    ~HostIo() {
        if (canceller.joinable()) canceller.join();
        if (irp) IoFreeIrp(irp);
    }
};

struct LoadedDriver::State {
    framework::DriverRecord record;
    std::string path;
    void* handle = nullptr;
    DRIVER_OBJECT driver_object{};
    DRIVER_EXTENSION extension{};
    UNICODE_STRING registry_path{};
    NTSTATUS entry_status = STATUS_UNSUCCESSFUL;
    bool unloaded = false;
};

}  // namespace wpptrace::host
