// driver_host.hpp - loads driver binaries into this process and drives them as Windows does:
// DriverEntry with a DRIVER_OBJECT and the service's registry path, later the unload path.
//
//   wpptrace::host::DriverHost host;
//   auto& serial = host.load({.path = "libserial.so", .name = "Serial"});
//   ...                                      // devices and I/O come with the framework issue
//   host.unload_all();                       // EvtDriverUnload, cleanup, destroy, DriverUnload
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <wdm.h>

namespace wpptrace::host {

struct DriverSpec {
    std::string path;  // the driver's shared object
    std::string name;  // service name: \Driver\<name>; default: the file name without lib/.so
    std::map<std::string, ULONG> parameters;     // the service's Parameters key
    std::map<std::string, NTSTATUS> injections;  // framework call -> status it returns
};

// A driver binary that cannot be loaded (missing file, no DriverEntry...).
class LoadError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class LoadedDriver;

class DriverHost {
  public:
    DriverHost();
    ~DriverHost();  // unloads what is still loaded
    DriverHost(const DriverHost&) = delete;
    DriverHost& operator=(const DriverHost&) = delete;

    // dlopen()s the driver and calls its DriverEntry; throws LoadError when it cannot start it.
    // A failing DriverEntry is not an exception: see LoadedDriver::entry_status().
    LoadedDriver& load(DriverSpec spec);

    // Unloads in reverse load order; drivers whose DriverEntry failed are only dlclose()d.
    void unload_all();

  private:
    std::vector<std::unique_ptr<LoadedDriver>> drivers_;
};

class LoadedDriver {
  public:
    const std::string& name() const;
    NTSTATUS entry_status() const;
    PDRIVER_OBJECT driver_object();
    ~LoadedDriver();

  private:
    friend class DriverHost;
    struct State;
    explicit LoadedDriver(std::unique_ptr<State> state);
    void unload();
    std::unique_ptr<State> state_;
};

// The service name a driver gets when none is given: the file name without "lib" and ".so".
std::string default_driver_name(const std::string& path);

// "STATUS_SUCCESS (0x00000000)", or the hex code alone when the name is not known.
std::string describe_status(NTSTATUS status);
// Parses a STATUS_ name or a number (0xC000009A); throws std::invalid_argument.
NTSTATUS parse_status(const std::string& text);

}  // namespace wpptrace::host
