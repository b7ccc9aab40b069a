// host_run.cpp - one run of the host: load -> add devices -> start -> workload -> WMI -> flows ->
// power cycles -> removal -> unload, one line per phase, then a summary.
#include <cstdarg>

#include "wpptrace/host/host_config.hpp"

namespace wpptrace::host {

namespace {
void line(std::FILE* out, const char* format, ...) __attribute__((format(printf, 2, 3)));
void line(std::FILE* out, const char* format, ...) {
    if (!out) return;
    std::va_list args;
    va_start(args, format);
    std::fputs("host: ", out);
    std::vfprintf(out, format, args);
    std::fputc('\n', out);
    va_end(args);
    std::fflush(out);
}
}  // namespace

std::size_t RunReport::completion_problems() const {
    std::size_t n = 0;
    for (auto& f : findings)
        n += f.kind == FindingKind::double_completion || f.kind == FindingKind::never_completed;
    return n;
}

std::size_t RunReport::leaks() const {
    std::size_t n = 0;
    for (auto& f : findings) n += f.kind == FindingKind::pool_leak;
    return n;
}

int RunReport::exit_code() const {
    if (!host_errors.empty()) return 2;
    if (driver_entry_failed || device_failed) return 1;
    if (!findings.empty()) return 3;
    return 0;
}

RunReport run_host(const HostConfig& config, std::FILE* out) {
    RunReport report;
    DriverHost host;
    host.set_io_timeout(config.io_timeout);
    for (const auto& spec : config.drivers) {
        auto& driver = host.load(spec);
        line(out, "%s: DriverEntry returned %s", driver.name().c_str(),
             describe_status(driver.entry_status()).c_str());
        report.driver_entry_failed |= !NT_SUCCESS(driver.entry_status());
    }
    std::vector<std::pair<Device*, const DeviceConfig*>> devices;
    for (const auto& device_config : config.devices) {
        LoadedDriver* driver = host.find(device_config.device.driver);
        if (driver && !NT_SUCCESS(driver->entry_status())) {
            line(out, "add %s: skipped, %s did not start", device_config.device.name.c_str(),
                 driver->name().c_str());
            continue;
        }
        Device& device = host.add_device(device_config.device);
        line(out, "add %s (%s): AddDevice %s", device.spec.name.c_str(), device.spec.driver.c_str(),
             describe_status(device.add_status).c_str());
        if (!NT_SUCCESS(device.add_status)) {
            report.device_failed = true;
            continue;
        }
        NTSTATUS start = host.start_device(device);
        line(out, "start %s: IRP_MN_START_DEVICE %s", device.spec.name.c_str(),
             describe_status(start).c_str());
        if (!NT_SUCCESS(start)) {
            report.device_failed = true;
            continue;
        }
        for (const auto& child : static_children(device))
            line(out, "child %s: %s", device.spec.name.c_str(), child.c_str());
        devices.emplace_back(&device, &device_config);
    }
    for (auto [device, device_config] : devices) {
        if (device_config->workload.requests.empty()) continue;
        WorkloadResult w = run_workload(host, *device, device_config->workload);
        line(out, "workload %s: %u requests on %u thread(s) in %lld ms", device->spec.name.c_str(),
             w.requests, device_config->workload.threads,
             static_cast<long long>(w.elapsed.count()));
        for (auto& [key, n] : w.by_type_and_status) report.requests[key] += n;
        for (auto& error : w.errors) {
            line(out, "workload %s: error: %s", device->spec.name.c_str(), error.c_str());
            report.host_errors.push_back("workload " + device->spec.name + ": " + error);
        }
    }
    // WMI queries, as a WMI consumer would make them once the device runs.
    for (auto [device, device_config] : devices)
        for (const auto& query : device_config->wmi_queries) {
            WmiResult r = host.wmi_query(*device, query.guid, query.instance);
            std::string bytes;
            for (unsigned char b : r.data) {
                char hex[4];
                std::snprintf(hex, sizeof hex, " %02x", b);
                bytes += hex;
            }
            line(out, "wmi %s %s instance %lu: %s, %zu bytes%s%s", device->spec.name.c_str(),
                 query.text.c_str(), static_cast<unsigned long>(query.instance),
                 r.completed ? status_name(r.status).c_str() : "not completed", r.data.size(),
                 r.data.empty() ? "" : ":", bytes.c_str());
            report.wmi.push_back(std::move(r));
        }
    for (auto [device, device_config] : devices)
        if (reported_failed(*device))
            line(out, "failed %s: its driver reported the device failed (WdfDeviceSetFailed)",
                 device->spec.name.c_str());
    // Network flows through the filter engine, to the callouts the drivers registered.
    report.flows = wfp::feed_flows(config.flows);
    for (const auto& f : report.flows.flows) {
        line(out, "flow %s: %u permitted, %u blocked", wfp::describe(f.flow).c_str(), f.permitted,
             f.blocked);
        for (const auto& text : wfp::describe_stream(f)) line(out, "%s", text.c_str());
    }
    // Pending requests: each on a handle of its own, left with the driver from here on.
    struct Held {
        Device* device;
        PFILE_OBJECT file;
        IoResult io;
    };
    std::vector<Held> held;
    for (auto [device, device_config] : devices)
        for (const auto& spec : device_config->workload.requests) {
            if (!spec.pending) continue;
            for (unsigned n = 0; n < spec.count; ++n) {
                OpenFile file = host.open(*device);
                ++report
                      .requests["create " + (file.result.completed ? status_name(file.result.status)
                                                                   : std::string("not completed"))];
                if (!file.file) continue;
                held.push_back({device, file.file,
                                host.ioctl(*device, file.file, spec.code,
                                           spec.input.empty()
                                               ? std::vector<unsigned char>(spec.input_length, 0x5a)
                                               : spec.input,
                                           spec.output_length, {.overlapped = true})});
            }
        }
    if (!held.empty()) line(out, "pending: %zu request(s) left with the drivers", held.size());
    // Collects the pending requests of a device (ended by its removal), then their handles.
    auto collect = [&](Device* device, bool close_handles) {
        for (auto& h : held) {
            if (h.device != device || !h.file) continue;
            IoResult r = host.wait(h.io);
            ++report.requests["pending ioctl " +
                              (r.completed ? status_name(r.status) : std::string("not completed"))];
            if (close_handles) {
                IoResult c = host.close(*device, h.file);
                ++report.requests["close " + (c.completed ? status_name(c.status)
                                                          : std::string("not completed"))];
            } else if (r.completed) {
                DriverHost::forget_file(h.file);
            }
            h.file = nullptr;
        }
    };
    for (auto [device, device_config] : devices)
        for (unsigned i = 0; i < device_config->power_cycles; ++i) {
            NTSTATUS down = host.set_device_power(*device, PowerDeviceD3);
            NTSTATUS up = host.set_device_power(*device, PowerDeviceD0);
            line(out, "power %s: D3 %s, D0 %s", device->spec.name.c_str(),
                 status_name(down).c_str(), status_name(up).c_str());
        }
    for (auto it = devices.rbegin(); it != devices.rend(); ++it) {
        Device* device = it->first;
        if (it->second->surprise_removal) {
            // The device is gone: the drivers end what they held, the handles are closed,
            // and only then does IRP_MN_REMOVE_DEVICE come, as on Windows.
            NTSTATUS surprise = host.surprise_remove_device(*device);
            collect(device, true);
            NTSTATUS status = host.remove_device(*device);
            line(out, "remove %s: IRP_MN_SURPRISE_REMOVAL %s, IRP_MN_REMOVE_DEVICE %s",
                 device->spec.name.c_str(), status_name(surprise).c_str(),
                 describe_status(status).c_str());
            continue;
        }
        NTSTATUS status = host.remove_device(*device);
        line(out, "remove %s: IRP_MN_QUERY_REMOVE_DEVICE, IRP_MN_REMOVE_DEVICE %s",
             device->spec.name.c_str(), describe_status(status).c_str());
        collect(device, false);  // what the removal's purge ended; the handles die with it
    }
    std::size_t drivers = config.drivers.size();
    host.unload_all();
    line(out, "all drivers unloaded (%zu)", drivers);
    report.findings = host.findings();
    // Callouts still registered would point into unloaded code: misuse, as Verifier says.
    for (auto& text : wfp::release_leftovers())
        report.findings.push_back({FindingKind::device_misuse, "WFP", text});

    std::string requests;
    for (auto& [key, n] : report.requests)
        requests += (requests.empty() ? "" : ", ") + key + " " + std::to_string(n);
    line(out, "summary: requests: %s", requests.empty() ? "none" : requests.c_str());
    if (!config.flows.empty())
        line(out, "summary: flows: %u permitted, %u blocked", report.flows.permitted(),
             report.flows.blocked());
    line(out, "summary: %zu completion problem(s), %zu leak report(s), %zu finding(s) in all",
         report.completion_problems(), report.leaks(), report.findings.size());
    for (auto& f : report.findings)
        line(out, "finding: %s: %s: %s", finding_kind_name(f.kind), f.driver.c_str(),
             f.text.c_str());
    return report;
}

}  // namespace wpptrace::host
