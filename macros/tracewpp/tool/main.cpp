// wpptrace-tracewpp - what tracewpp does for a Windows driver build, for wpptrace: reads the
// WPP configuration (begin_wpp config blocks of -scan: files and of the sources, -ini: files,
// -func: declarations) and writes one <source>.tmh per source into -odir:.
//
//   wpptrace-tracewpp -odir:build/tmh -scan:trace.h -func:"TraceEvents(LEVEL,FLAGS,MSG,...)"
//                     driver.c queue.c
//
// A configuration error is reported as "file:line: error: ..."; exit statuses in usage_text.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "wpptrace/tracewpp/config.hpp"

namespace fs = std::filesystem;
namespace tw = wpptrace::tracewpp;

namespace {

// Sources and headers are small: a bigger input is a mistake (a device, a wrong path), refused
// rather than read until memory runs out.
constexpr std::uintmax_t max_input_bytes = 64u << 20;

// Reads a whole regular file; on failure returns why ("" on success). A FIFO or a device
// (-scan:/dev/zero) would block or never end: only regular files are read, and at most
// max_input_bytes of them (the size is checked again as read, for a file that grows).
std::string read_text(const std::string& path, std::string& text) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec) return "cannot read the file (" + ec.message() + ")";
    if (!fs::is_regular_file(status)) return "cannot read the file: not a regular file";
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) return "cannot read the file (" + ec.message() + ")";
    if (size > max_input_bytes)
        return "cannot read the file: " + std::to_string(size) + " bytes, more than the " +
               std::to_string(max_input_bytes) + " a source or header may have";
    std::ifstream in(path, std::ios::binary);
    if (!in) return "cannot read the file";
    text.clear();
    char chunk[65536];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_input_bytes)
            return "cannot read the file: it grew beyond " + std::to_string(max_input_bytes) +
                   " bytes while read";
    }
    if (in.bad()) return "cannot read the file (a read error)";
    return "";
}

// Writes only when the text changed, so that an unchanged .tmh does not rebuild its source.
bool write_if_changed(const fs::path& path, const std::string& text) {
    std::string old;
    if (read_text(path.string(), old).empty() && old == text) return true;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    return static_cast<bool>(out.flush());
}

constexpr const char* usage_line =
    "usage: wpptrace-tracewpp [-odir:DIR] [-scan:FILE]... [-ini:FILE]... "
    "[-func:DECLARATION]... [-DNAME[=VALUE]]... SOURCE...\n";

constexpr const char* usage_text =
    "wpptrace-tracewpp: what tracewpp does for a Windows driver build. Reads the WPP\n"
    "configuration (the begin_wpp config blocks of the -scan: files and of the sources, -ini:\n"
    "files, -func: declarations) and writes one SOURCE.tmh per source into -odir:.\n"
    "\n"
    "  -odir:DIR            where the .tmh files go (default: the current directory)\n"
    "  -scan:FILE           a header with begin_wpp config blocks and enums (repeatable)\n"
    "  -ini:FILE            a configuration file of WPP statements (repeatable)\n"
    "  -func:DECLARATION    a trace function, e.g. -func:\"TraceEvents(LEVEL,FLAGS,MSG,...)\"\n"
    "  -DNAME[=VALUE]       accepted and ignored, as are -km -um -dll -p: -ext: -gen -cfgdir:\n"
    "  -h, --help           this text;  --version  the version\n"
    "\n"
    "Exit status:\n"
    "  0  the .tmh files are written (unchanged ones are not touched)\n"
    "  1  the configuration has errors (each as FILE:LINE: error: ...)\n"
    "  2  bad usage: an unknown option, no sources, a file that cannot be read, two sources\n"
    "     with the same name, or a .tmh that cannot be written\n";

int usage(const std::string& problem) {
    std::cerr << "wpptrace-tracewpp: " << problem << "\n" << usage_line;
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    tw::ConfigReader reader;
    fs::path odir = ".";
    std::vector<std::string> sources;
    bool unreadable = false;  // an input that cannot be read is a usage error (exit 2)
    auto read_or_fail = [&](const std::string& path, std::string& text) {
        const std::string why = read_text(path, text);
        if (why.empty()) return true;
        std::cerr << path << ":0: error: " << why << "\n";
        unreadable = true;
        return false;
    };
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* option) -> std::optional<std::string> {
            const std::string prefix = std::string(option) + ":";
            if (arg.rfind(prefix, 0) == 0) return arg.substr(prefix.size());
            return std::nullopt;
        };
        std::string text;
        if (arg == "-h" || arg == "--help" || arg == "-?") {
            std::cout << usage_line << "\n" << usage_text;
            return std::cout.flush() ? 0 : 2;
        } else if (arg == "--version") {
            std::cout << "wpptrace-tracewpp " WPPTRACE_VERSION "\n";
            return std::cout.flush() ? 0 : 2;
        } else if (auto v = value("-odir")) {
            odir = *v;
        } else if (auto v = value("-scan")) {
            if (read_or_fail(*v, text)) reader.read_scanned_file(text, *v);
        } else if (auto v = value("-ini")) {
            if (read_or_fail(*v, text)) reader.read_config_text(text, *v);
        } else if (auto v = value("-func")) {
            reader.add_func_option(*v);
        } else if (arg == "-km" || arg == "-um" || arg == "-dll" || arg == "-noshrieks" ||
                   arg.rfind("-p:", 0) == 0 || arg.rfind("-ext:", 0) == 0 ||
                   arg.rfind("-gen", 0) == 0 || arg.rfind("-cfgdir:", 0) == 0) {
            // tracewpp options that shape WPP's own templates: nothing to do here.
        } else if (arg.rfind("-D", 0) == 0 && arg.size() > 2) {
            // -DNAME[=VALUE] (a project's WppPreprocessorDefinitions, ENABLE_WPP_RECORDER=1):
            // tracewpp hands them to its templates. Our .tmh is the same whatever they say,
            // and the compiler gets the project's own defines, so they are accepted and ignored.
        } else if (!arg.empty() && arg[0] == '-') {
            return usage("unknown option " + arg);
        } else {
            sources.push_back(arg);
        }
    }
    if (sources.empty()) return usage("no source files");
    for (const auto& source : sources) {
        std::string text;
        if (read_or_fail(source, text)) reader.read_scanned_file(text, source);
    }
    std::optional<tw::Config> config = reader.finish();
    for (const auto& d : reader.diagnostics()) std::cerr << d.text() << "\n";
    if (unreadable) return 2;
    if (!config) return 1;

    std::error_code ec;
    fs::create_directories(odir, ec);
    std::set<std::string> written;
    for (const auto& source : sources) {
        const std::string name = fs::path(source).stem().string() + ".tmh";
        if (!written.insert(name).second) {
            std::cerr << source << ":0: error: a second source named " << name
                      << " (one .tmh per file name, as tracewpp writes them)\n";
            return 2;
        }
        if (!write_if_changed(odir / name,
                              tw::generate_tmh(*config, fs::path(source).filename().string()))) {
            std::cerr << (odir / name).string() << ":0: error: cannot write the file\n";
            return 2;
        }
    }
    return 0;
}
