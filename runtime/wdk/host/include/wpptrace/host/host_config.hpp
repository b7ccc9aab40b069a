// host_config.hpp - what wpptrace-host runs: drivers, devices, an I/O workload per device
// (read from a JSON file, see runtime/wdk/host/README.md), and the run itself with its report.
//
//   auto config = wpptrace::host::load_host_config("run.json");
//   auto report = wpptrace::host::run_host(config, stdout);   // phase lines and a summary
//   return report.exit_code();
#pragma once

#include <chrono>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "wpptrace/host/driver_host.hpp"
#include "wpptrace/wdk/nearest_name.hpp"
#include "wpptrace/wfp/flows.hpp"

namespace wpptrace::host {

class ConfigError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct RequestSpec {
    enum class Type { read, write, ioctl };
    Type type = Type::read;
    unsigned count = 1;
    ULONG length = 0;  // read/write bytes
    ULONG code = 0;    // ioctl control code
    ULONG input_length = 0, output_length = 0;
    std::vector<unsigned char> input{};  // ioctl input bytes ("input"); else input_length x 0x5a
    unsigned cancel_after_ms = 0;        // IoCancelIrp from another thread if still pending by then
    bool overlapped = false;  // do not wait: collected before the thread closes its handle
    // ioctl only: sent on a handle of its own after the workload and left with the driver over
    // the power cycles; collected after the removal (or surprise removal) that ends it.
    bool pending = false;
};

struct WorkloadSpec {
    unsigned threads = 1;  // each opens its own handle and runs its share of the requests
    std::vector<RequestSpec> requests{};
};

// One instance of a WMI data block to query after the workload ("wmi_queries").
struct WmiQuerySpec {
    GUID guid{};
    std::string text;  // the GUID as written, for the report
    ULONG instance = 0;
};

struct DeviceConfig {
    DeviceSpec device;
    WorkloadSpec workload{};
    unsigned power_cycles = 0;      // D3 then D0, after the workload
    bool surprise_removal = false;  // IRP_MN_SURPRISE_REMOVAL before IRP_MN_REMOVE_DEVICE
    std::vector<WmiQuerySpec> wmi_queries{};
};

struct HostConfig {
    std::vector<DriverSpec> drivers;
    std::vector<DeviceConfig> devices{};
    std::chrono::milliseconds io_timeout{5000};
    // wpptrace-host: a driver callback running longer ends the run (fault_watch.hpp); 0: never
    std::chrono::milliseconds callback_timeout{10000};
    std::vector<wfp::FlowSpec> flows{};  // synthetic network flows for WFP callout drivers
};

// Limits of what one configuration may ask for: beyond them it is refused, naming the key, rather
// than allocated (a 4e9-byte read) or left to run out of threads.
inline constexpr ULONG max_request_buffer = 64u << 20;  // bytes of a read, write or ioctl buffer
inline constexpr ULONG max_workload_threads = 256;      // fault_watch.cpp watches 512 threads
inline constexpr ULONG max_request_count = 1000000;     // of one request entry

// The framework calls "inject" may name; check_injectable throws ConfigError naming `where`
// and the nearest known call for any other.
const std::vector<std::string_view>& injectable_calls();
void check_injectable(const std::string& call, const std::string& where);

// Relative driver paths are taken from base_dir (the configuration file's folder).
HostConfig parse_host_config(const std::string& json_text, const std::string& base_dir = ".");
HostConfig load_host_config(const std::string& path);

// Requests of one workload: "read STATUS_SUCCESS" -> count ("not completed" when timed out).
struct WorkloadResult {
    std::map<std::string, unsigned> by_type_and_status;
    unsigned requests = 0;
    std::chrono::milliseconds elapsed{0};
    std::vector<std::string> errors{};  // the host's own failures (a thread it could not start)
};
WorkloadResult run_workload(DriverHost& host, Device& device, const WorkloadSpec& workload);

struct RunReport {
    bool driver_entry_failed = false;
    bool device_failed = false;                // AddDevice or start failed
    std::map<std::string, unsigned> requests;  // "read STATUS_SUCCESS" -> count
    wfp::FeedReport flows;                     // verdicts of the configured flows
    std::vector<WmiResult> wmi;                // the configured WMI queries, in order
    std::vector<Finding> findings;
    std::vector<std::string> host_errors{};   // what the host itself failed to do (exit 2)
    std::size_t completion_problems() const;  // double and never completed
    std::size_t leaks() const;
    // 0 clean; 1 a DriverEntry, AddDevice or start failed; 3 verifier findings (completion
    // problems, leaks, other misuse); 2 the host could not run all it was asked (host_errors),
    // as for bad usage, a bad configuration or binary.
    int exit_code() const;
};

// Parses "{6d9c3f2a-41b8-4c0e-9a57-2e8b1d4c7f31}" (braces optional); throws ConfigError.
GUID parse_guid(const std::string& text);

// Load -> add devices -> start -> workload -> WMI queries -> flows -> power cycles -> removal ->
// unload, printing
// one line per phase and a summary to out. Throws LoadError/ConfigError for what cannot run at all.
RunReport run_host(const HostConfig& config, std::FILE* out);

}  // namespace wpptrace::host
