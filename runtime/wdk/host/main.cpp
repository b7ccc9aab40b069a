// wpptrace-host: loads driver binaries and runs them the way Windows would, so that their WPP
// traces show a real driver life: DriverEntry, devices added and started, I/O, removal, unload.
//
//   wpptrace-host [--param Serial:RxFIFO=4] [--inject Serial:WdfDriverCreate=0xC000009A]
//                 serial.so[:Serial] tracedrv.so ...
//   wpptrace-host --config run.json [more drivers...]
//
// Exit status: 0 clean; 1 a DriverEntry, AddDevice or device start failed; 2 bad usage, a bad
// configuration, a driver that cannot be loaded or a host thread that cannot start; 3 verifier
// findings (a request completed twice or never, pool leaked at unload, other misuse); 4 a driver
// crashed in a callback; 5 a driver did not return from a callback in time. See
// runtime/wdk/host/README.md.
#include <CLI/CLI.hpp>

#include <strings.h>

#include <cstdio>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "wpptrace/host/fault_watch.hpp"
#include "wpptrace/host/host_config.hpp"

namespace wpptrace::host {
namespace {

// "Driver:Key=Value" -> (Driver, Key, Value)
struct Setting {
    std::string driver, key, value;
};

Setting parse_setting(const std::string& text, const char* what) {
    auto colon = text.find(':'), equals = text.find('=');
    if (colon == std::string::npos || equals == std::string::npos || equals < colon)
        throw CLI::ValidationError(std::string(what), "'" + text + "' is not DRIVER:NAME=VALUE");
    return {text.substr(0, colon), text.substr(colon + 1, equals - colon - 1),
            text.substr(equals + 1)};
}

int run_command_line(int argc, char** argv) {
    CLI::App app{"Loads Windows-style drivers built against wpptrace and runs their life cycle."};
    std::vector<std::string> driver_args, params, injections;
    std::string config_path;
    long long callback_timeout_ms = -1;  // -1: the configuration's (default 10000)
    app.add_option("drivers", driver_args, "Driver shared objects, each PATH[:NAME]");
    app.add_option("--config", config_path,
                   "JSON file: drivers, devices, workload (runtime/wdk/host/README.md)");
    // One value per occurrence, so that options never swallow the driver paths after them.
    app.add_option("--param", params,
                   "Registry parameter DRIVER:NAME=VALUE (a number: REG_DWORD, else REG_SZ)")
        ->allow_extra_args(false);
    app.add_option("--inject", injections,
                   "Make a framework call fail: DRIVER:CALL=STATUS (e.g. Serial:WdfDriverCreate="
                   "STATUS_INSUFFICIENT_RESOURCES)")
        ->allow_extra_args(false);
    app.add_option("--callback-timeout", callback_timeout_ms,
                   "Milliseconds a driver callback may run before the host gives up on it "
                   "(exit 5); 0: wait forever. Default 10000")
        ->check(CLI::NonNegativeNumber);
    app.set_version_flag("--version", "wpptrace-host " WPPTRACE_VERSION);
    app.footer(
        "Exit status:\n"
        "  0        every driver loaded, ran and unloaded cleanly\n"
        "  1        a DriverEntry, AddDevice or device start failed\n"
        "  2        bad usage, a bad configuration, a driver that cannot be loaded, or a host\n"
        "           thread that cannot start\n"
        "  3        verifier findings: a request completed twice or never, pool leaked at\n"
        "           unload, other misuse\n"
        "  4        a driver crashed in a callback (named on stderr)\n"
        "  5        a driver did not return from a callback in time (--callback-timeout)");
    try {
        app.parse(argc, argv);
        if (driver_args.empty() && config_path.empty())
            throw CLI::RequiredError("drivers or --config");
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // --help, --version are not errors; bad usage exits 2
    }

    HostConfig config;
    try {
        if (!config_path.empty()) config = load_host_config(config_path);
        for (const auto& arg : driver_args) {
            DriverSpec spec;
            auto colon = arg.rfind(':');
            spec.path = colon == std::string::npos ? arg : arg.substr(0, colon);
            if (colon != std::string::npos) spec.name = arg.substr(colon + 1);
            config.drivers.push_back(std::move(spec));
        }
        // Service names are case-insensitive, as on Windows.
        auto find = [&](const std::string& name) -> DriverSpec& {
            for (auto& spec : config.drivers) {
                std::string n = spec.name.empty() ? default_driver_name(spec.path) : spec.name;
                if (strcasecmp(n.c_str(), name.c_str()) == 0) return spec;
            }
            throw CLI::ValidationError("driver", "no driver named '" + name + "' is loaded");
        };
        for (const auto& text : params) {
            Setting s = parse_setting(text, "--param");
            // A number is a REG_DWORD, any other text a REG_SZ (as in the configuration).
            std::size_t used = 0;
            unsigned long number = 0;
            try {
                number = std::stoul(s.value, &used, 0);
            } catch (const std::exception&) {
                used = 0;
            }
            find(s.driver).parameters[s.key] =
                !s.value.empty() && used == s.value.size() && number <= 0xffffffffUL
                    ? RegistryValue(static_cast<ULONG>(number))
                    : RegistryValue::string(std::wstring(s.value.begin(), s.value.end()));
        }
        for (const auto& text : injections) {
            Setting s = parse_setting(text, "--inject");
            check_injectable(s.key, "--inject " + text);
            find(s.driver).injections[s.key] = parse_status(s.value);
        }
    } catch (const CLI::Error& e) {
        app.exit(e);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wpptrace-host: %s\n", e.what());
        return 2;
    }

    if (callback_timeout_ms >= 0)
        config.callback_timeout = std::chrono::milliseconds(callback_timeout_ms);
    // A driver that crashes or hangs is named, with its callback, and ends the run (exit 4/5).
    try {
        install_fault_reporting(config.callback_timeout);
    } catch (const std::system_error& e) {  // the watchdog thread could not start
        std::fprintf(stderr, "wpptrace-host: cannot start the callback watchdog: %s\n", e.what());
        return 2;
    }
    try {
        RunReport report = run_host(config, stdout);
        for (const auto& error : report.host_errors)
            std::fprintf(stderr, "wpptrace-host: error: %s\n", error.c_str());
        return report.exit_code();
    } catch (const std::exception& e) {  // LoadError: a binary that cannot run at all
        std::fprintf(stderr, "wpptrace-host: %s\n", e.what());
        return 2;
    }
}

}  // namespace
}  // namespace wpptrace::host

int main(int argc, char** argv) {
    return wpptrace::host::run_command_line(argc, argv);
}
