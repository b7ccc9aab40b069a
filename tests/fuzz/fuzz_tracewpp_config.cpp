// fuzz_tracewpp_config: a driver's source text (untrusted to tracewpp: any C file of a WDK
// project) read as `wpptrace-tracewpp -scan:FILE` and for its sources reads it: its begin_wpp
// config blocks (FUNC declarations, CUSTOM_TYPEs, prefixes) and its enums, evaluated as C
// constant expressions (overflow, division by zero, shifts), then the .tmh written for it. Also
// the same text as an -ini configuration file. No input may crash or hang tracewpp, and a
// configuration that finish() accepts must give a .tmh.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "wpptrace/tracewpp/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    wpptrace::tracewpp::EnumScan scan;
    wpptrace::tracewpp::scan_enums(text, scan);
    for (const auto& [name, why] : scan.unresolved)
        if (why.empty()) std::abort();  // an unresolved enum always says why

    for (bool as_ini : {false, true}) {
        wpptrace::tracewpp::ConfigReader reader;
        if (as_ini)
            reader.read_config_text(text, "fuzz.ini");
        else
            reader.read_scanned_file(text, "fuzz.c");
        reader.add_func_option("TraceEvents(LEVEL,FLAGS,MSG,...)");
        auto config = reader.finish();
        if (config && wpptrace::tracewpp::generate_tmh(*config, "fuzz.c").empty()) std::abort();
    }
    return 0;
}
