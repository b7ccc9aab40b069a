// driver_host.hpp - loads driver binaries into this process and drives them as Windows does:
// the I/O manager (DriverEntry, IRPs, unload) and the PnP manager with a root bus (a PDO per
// device, AddDevice of lower filters, function driver and upper filters, start, removal).
//
//   wpptrace::host::DriverHost host;
//   host.load({.path = "serial.so", .name = "Serial"});
//   auto& dev = host.add_device({.name = "COM1", .driver = "Serial"});
//   host.start_device(dev);
//   auto file = host.open(dev);
//   auto result = host.read(dev, file.file, 64);
//   host.close(dev, file.file);
//   host.remove_device(dev);                 // QUERY_REMOVE, REMOVE
//   host.unload_all();                       // DriverUnload (KMDF: EvtDriverUnload, cleanup...)
//   for (auto& f : host.findings()) ...      // verifier findings: completions, leaks...
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include <wdm.h>

#include "wpptrace/framework/findings.hpp"
#include "wpptrace/framework/registry_value.hpp"
#include "wpptrace/framework/status_names.hpp"

namespace wpptrace::host {

// The framework's verifier findings and registry values, as the host's API names them.
using framework::describe_status;
using framework::finding_kind_name;
using framework::FindingKind;
using framework::parse_status;
using framework::registry_type_name;
using framework::RegistryValue;
using framework::status_name;

struct DriverSpec {
    std::string path;  // the driver's shared object
    std::string name;  // service name: \Driver\<name>; default: the file name without lib/.so
    std::map<std::string, RegistryValue> parameters{};  // the service's Parameters key
    std::map<std::string, NTSTATUS> injections{};       // framework call -> status it returns
};

// A driver binary that cannot be loaded (missing file, no DriverEntry...), or a device that
// names an unknown driver.
class LoadError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// What Driver Verifier would have said, against a driver.
struct Finding {
    FindingKind kind;
    std::string driver;
    std::string text;
};

class LoadedDriver;

struct DeviceSpec {
    std::string name;    // device instance: the PDO is ROOT#<name>#0000
    std::string driver;  // the function driver's service name
    std::vector<std::string> lower_filters{}, upper_filters{};
};

// A device node: the PDO the host's root bus created and the stack drivers built on it.
struct Device {
    DeviceSpec spec;
    PDEVICE_OBJECT pdo = nullptr;
    NTSTATUS add_status = STATUS_SUCCESS;  // the first failing AddDevice, else success
    NTSTATUS start_status = STATUS_PENDING;
    bool started = false, removed = false;
    bool surprise_removed = false;  // IRP_MN_SURPRISE_REMOVAL sent: removal skips the query
    PDEVICE_OBJECT top() const;     // where the host sends IRPs
};

struct HostIo;  // an IRP the host sent, kept until the host goes (see io_setup.hpp)

struct IoResult {
    bool completed = false;  // within the timeout
    NTSTATUS status = STATUS_PENDING;
    ULONG_PTR information = 0;
    std::vector<unsigned char> output;  // read data / ioctl output, Information bytes
    // An overlapped request the driver pended: DriverHost::wait(pending) collects its result.
    HostIo* pending = nullptr;
};

// How the host issues one request.
struct IoOptions {
    // The I/O manager cancels the IRP (IoCancelIrp, from a thread of its own, as CancelIoEx
    // from another thread of the caller would) if it is still not completed this long after
    // it was sent; 0: never.
    std::chrono::milliseconds cancel_after{0};
    // As a FILE_FLAG_OVERLAPPED handle: return once the dispatch routine has returned; a
    // request still pending then comes back with `pending` set.
    bool overlapped = false;
};

// A WMI data block instance the host queried (DriverHost::wmi_query).
struct WmiResult {
    bool completed = false;  // within the I/O timeout
    NTSTATUS status = STATUS_PENDING;
    std::vector<unsigned char> data;  // the instance's data block
    std::string provider;             // the device object that answered ("Driver (unnamed device)")
};

struct OpenFile {
    IoResult result;
    PFILE_OBJECT file = nullptr;  // null when the create failed
};

class DriverHost {
  public:
    DriverHost();
    ~DriverHost();  // removes devices and unloads what is still loaded
    DriverHost(const DriverHost&) = delete;
    DriverHost& operator=(const DriverHost&) = delete;

    // dlopen()s the driver and calls its DriverEntry (through the framework's FxDriverEntry);
    // throws LoadError when it cannot start it. A failing DriverEntry is not an exception: see
    // LoadedDriver::entry_status().
    LoadedDriver& load(DriverSpec spec);
    LoadedDriver* find(const std::string& name);  // case-insensitive, as service names

    // Creates the PDO and calls AddDevice on each driver of the stack, lowest first; stops at
    // the first failure (add_status). Throws LoadError for an unknown or failed driver.
    Device& add_device(DeviceSpec spec);
    // IRP_MN_START_DEVICE; on failure the host removes the device, as the PnP manager does.
    NTSTATUS start_device(Device& device);
    // IRP_MN_SET_POWER for a device power state.
    NTSTATUS set_device_power(Device& device, DEVICE_POWER_STATE state);
    // IRP_MN_SURPRISE_REMOVAL: the device is gone; the drivers stop using it. Handles may still
    // be closed; remove_device() then sends IRP_MN_REMOVE_DEVICE without a query.
    NTSTATUS surprise_remove_device(Device& device);
    // IRP_MN_QUERY_REMOVE_DEVICE, then IRP_MN_REMOVE_DEVICE (or IRP_MN_CANCEL_REMOVE_DEVICE if
    // vetoed); deletes the PDO. Reports requests still not completed and devices left behind.
    NTSTATUS remove_device(Device& device);
    std::vector<Device*> devices();

    // Synchronous I/O, as a user-mode caller of CreateFile/ReadFile/... would do it; each waits
    // up to timeout for the IRP to complete (an IRP that never does is reported at removal).
    void set_io_timeout(std::chrono::milliseconds timeout);
    OpenFile open(Device& device);
    IoResult read(Device& device, PFILE_OBJECT file, ULONG length, IoOptions options = {});
    IoResult write(Device& device, PFILE_OBJECT file, const std::vector<unsigned char>& data,
                   IoOptions options = {});
    IoResult ioctl(Device& device, PFILE_OBJECT file, ULONG code,
                   const std::vector<unsigned char>& input, ULONG output_length,
                   IoOptions options = {});
    // An overlapped request's outcome: waits (up to the I/O timeout) for one the driver pended,
    // else returns the result as it came back.
    IoResult wait(const IoResult& sent);
    IoResult close(Device& device, PFILE_OBJECT file);  // IRP_MJ_CLEANUP then IRP_MJ_CLOSE
    // IRP_MJ_SYSTEM_CONTROL / IRP_MN_QUERY_SINGLE_INSTANCE, as WMI sends it: to the top of the
    // stack, for the first device object of the stack (top first) registered with WMI whose
    // IRP_MN_REGINFO_EX lists the GUID (else STATUS_WMI_GUID_NOT_FOUND); the instance by index.
    WmiResult wmi_query(Device& device, const GUID& guid, ULONG instance);
    // IRP_MJ_CLEANUP alone: the last handle to the file is closed while requests may still be
    // pending (the driver cancels them); close() then sends only IRP_MJ_CLOSE.
    IoResult cleanup(Device& device, PFILE_OBJECT file);
    // Frees a handle whose device is gone (no IRP can be sent to close it).
    static void forget_file(PFILE_OBJECT file);

    // Unloads in reverse load order (removing devices first); drivers whose DriverEntry failed
    // are only dlclose()d. Leaks are reported per driver here.
    void unload_all();

    // Every finding so far, of every driver (also those already unloaded).
    std::vector<Finding> findings() const;

    using Io = HostIo;
    struct IoSetup;  // what to put in its stack location

  private:
    IoResult send(Device& device, const IoSetup& setup);
    bool wmi_provides(Device& device, PDEVICE_OBJECT provider, const GUID& guid);
    IoResult finish(Io& io);
    static std::unique_ptr<LoadedDriver> make_bus_driver();
    void report_outstanding(Device& device);
    std::vector<std::unique_ptr<LoadedDriver>> drivers_;
    std::vector<std::unique_ptr<Device>> devices_;
    std::unique_ptr<LoadedDriver> bus_;
    mutable std::mutex io_mutex_;
    std::vector<std::unique_ptr<Io>> ios_;
    std::vector<PFILE_OBJECT> cleaned_up_;  // files cleanup() has sent IRP_MJ_CLEANUP for
    std::vector<Finding> findings_;         // of drivers already unloaded, and the host's own
    std::chrono::milliseconds io_timeout_{5000};
};

class LoadedDriver {
  public:
    const std::string& name() const;
    NTSTATUS entry_status() const;
    PDRIVER_OBJECT driver_object();
    std::vector<Finding> findings() const;
    ~LoadedDriver();

    struct State;

  private:
    friend class DriverHost;
    explicit LoadedDriver(std::unique_ptr<State> state);
    void unload();
    std::unique_ptr<State> state_;
};

// The static children a KMDF bus driver of the device's stack added (WdfFdoAddStaticChild):
// "<device ID>\<instance ID> (hardware IDs: ...)", as the host's report lists them.
std::vector<std::string> static_children(const Device& device);

// Whether a KMDF driver of the device's stack reported it failed (WdfDeviceSetFailed).
bool reported_failed(const Device& device);

// The service name a driver gets when none is given: the file name without "lib" and ".so".
std::string default_driver_name(const std::string& path);

}  // namespace wpptrace::host
