// wpptrace-host: loads driver binaries and runs them the way Windows would (DriverEntry, then
// unload), so that their WPP traces show a real driver life.
//
//   wpptrace-host [--param Serial:ShouldBreakOnEntry=1] [--inject
//   Serial:WdfDriverCreate=0xC000009A]
//                 libserial.so[:Serial] libtracedrv.so ...
#include <CLI/CLI.hpp>

#include <strings.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "wpptrace/host/driver_host.hpp"

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

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Loads Windows-style drivers built against wpptrace and runs their life cycle."};
    std::vector<std::string> driver_args, params, injections;
    app.add_option("drivers", driver_args, "Driver shared objects, each PATH[:NAME]")->required();
    // One value per occurrence, so that options never swallow the driver paths after them.
    app.add_option("--param", params, "Registry parameter DRIVER:NAME=ULONG")
        ->allow_extra_args(false);
    app.add_option("--inject", injections,
                   "Make a framework call fail: DRIVER:CALL=STATUS (e.g. Serial:WdfDriverCreate="
                   "STATUS_INSUFFICIENT_RESOURCES)")
        ->allow_extra_args(false);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // --help is not an error; bad usage exits 2
    }

    std::vector<wpptrace::host::DriverSpec> specs;
    try {
        for (const auto& arg : driver_args) {
            wpptrace::host::DriverSpec spec;
            auto colon = arg.rfind(':');
            spec.path = colon == std::string::npos ? arg : arg.substr(0, colon);
            if (colon != std::string::npos) spec.name = arg.substr(colon + 1);
            specs.push_back(std::move(spec));
        }
        // Service names are case-insensitive, as on Windows.
        auto find = [&](const std::string& name) -> wpptrace::host::DriverSpec& {
            for (auto& spec : specs) {
                std::string n =
                    spec.name.empty() ? wpptrace::host::default_driver_name(spec.path) : spec.name;
                if (strcasecmp(n.c_str(), name.c_str()) == 0) return spec;
            }
            throw CLI::ValidationError("driver", "no driver named '" + name + "' is loaded");
        };
        for (const auto& text : params) {
            Setting s = parse_setting(text, "--param");
            find(s.driver).parameters[s.key] = static_cast<ULONG>(std::stoul(s.value, nullptr, 0));
        }
        for (const auto& text : injections) {
            Setting s = parse_setting(text, "--inject");
            find(s.driver).injections[s.key] = wpptrace::host::parse_status(s.value);
        }
    } catch (const CLI::Error& e) {
        app.exit(e);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wpptrace-host: %s\n", e.what());
        return 2;
    }

    int failures = 0;
    wpptrace::host::DriverHost host;
    for (auto& spec : specs) {
        std::string path = spec.path;
        try {
            auto& driver = host.load(std::move(spec));
            std::printf("host: %s: DriverEntry returned %s\n", driver.name().c_str(),
                        wpptrace::host::describe_status(driver.entry_status()).c_str());
            if (!NT_SUCCESS(driver.entry_status())) ++failures;
        } catch (const wpptrace::host::LoadError& e) {
            std::fprintf(stderr, "wpptrace-host: %s\n", e.what());
            return 2;
        }
    }
    host.unload_all();
    std::printf("host: all drivers unloaded\n");
    return failures ? 1 : 0;
}
