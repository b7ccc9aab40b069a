// output_dir.cpp - checked output files and the `decode -o` directory written atomically (see
// output_dir.hpp).
#include "wpptrace/decoder/output_dir.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "wpptrace/decoder/interrupt_cleanup.hpp"

namespace wpptrace::decoder {

namespace fs = std::filesystem;

namespace {

constexpr const char* manifest_name = ".wpptrace-output";
constexpr std::string_view partial_prefix = ".wpptrace-partial.";

std::string reason(int error) {
    return std::strerror(error);
}

// A name the manifest may list: `NAME` or `SUB/NAME`, no part empty or hidden (so never `..`).
bool is_output_name(const std::string& name) {
    const std::size_t slash = name.find('/');
    if (slash == std::string::npos) return !name.empty() && name[0] != '.';
    const std::string sub = name.substr(0, slash), file = name.substr(slash + 1);
    return !sub.empty() && sub[0] != '.' && !file.empty() && file[0] != '.' &&
           file.find('/') == std::string::npos;
}

// True when `inner` is `outer` or below it (both made absolute, symlinks resolved).
bool is_within(const fs::path& inner, const fs::path& outer) {
    const fs::path relative = inner.lexically_relative(outer);
    return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

// ---- OutputFile ------------------------------------------------------------------------------

OutputFile::OutputFile(std::FILE* borrowed, std::string name)
    : file_(borrowed), owned_(false), name_(std::move(name)) {}

OutputFile::OutputFile(const std::string& path, std::string name, std::size_t buffer_bytes)
    : file_(std::fopen(path.c_str(), "w")), owned_(true), name_(std::move(name)) {
    if (!file_) fail();
    // A line is ~100 bytes: stdio's default 4 KiB buffer would mean a write() per 40 lines.
    std::setvbuf(file_, nullptr, _IOFBF, buffer_bytes);
}

OutputFile::~OutputFile() {
    if (owned_ && file_) std::fclose(file_);
}

void OutputFile::fail() {
    const int error = errno;
    throw WriteError("cannot write " + name_ + ": " + reason(error));
}

void OutputFile::flush() {
    if (file_ && std::fflush(file_) != 0) fail();
}

void OutputFile::finish() {
    if (!file_) return;
    errno = 0;
    bool failed = std::fflush(file_) != 0;
    int error = errno;
    failed = failed || std::ferror(file_);
    if (owned_) {
        errno = 0;
        const bool closed = std::fclose(file_) == 0;
        if (!closed && !failed) error = errno;
        failed = failed || !closed;
        file_ = nullptr;
    }
    if (failed)
        throw WriteError("cannot write " + name_ + ": " +
                         (error ? reason(error) : std::string("an earlier write failed")));
}

// ---- OutputDir -------------------------------------------------------------------------------

OutputDir::OutputDir(const std::string& dir, const std::vector<std::string>& inputs, bool in_place)
    : dir_(dir), in_place_(in_place) {
    std::error_code ec;
    const fs::path target = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    for (const auto& input : inputs) {
        std::error_code input_ec;
        const fs::path trace = fs::canonical(input, input_ec);
        if (!input_ec && is_within(target, trace))
            throw Error("the output directory " + dir + " is inside the trace " + input +
                        ": writing there would change the trace; choose "
                        "a directory outside it");
    }
    fs::create_directories(dir, ec);
    if (ec) throw Error("cannot create " + dir + ": " + ec.message());
    if (!fs::is_directory(dir, ec)) throw Error("cannot write into " + dir + ": not a directory");

    const std::string manifest = path_of(manifest_name);
    bool ours = fs::exists(manifest, ec);
    if (ours) {
        std::ifstream in(manifest);
        for (std::string line; std::getline(in, line);)
            if (is_output_name(line)) previous_.push_back(line);
    }
    std::vector<std::string> foreign;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(partial_prefix)) {  // a decode killed with SIGKILL left it
            std::error_code ignored;
            fs::remove(entry.path(), ignored);
        } else if (!ours) {
            foreign.push_back(name);
        }
    }
    if (ec) throw Error("cannot read " + dir + ": " + ec.message());
    if (!foreign.empty())
        throw Error(dir + " is not empty and no earlier decode wrote it (it has no " +
                    manifest_name + "; it holds " + foreign.front() +
                    (foreign.size() > 1 ? " and more" : "") +
                    "): choose a new or empty directory, so that nothing of yours "
                    "is overwritten or mixed with the decode");
    // Files written in place replace the last decode's as they are created: its summary goes
    // first, so that the directory never shows a finished decode it is not.
    if (in_place_) fs::remove(path_of("summary.txt"), ec);
}

OutputDir::~OutputDir() {
    if (committed_ || in_place_) return;  // a live decode keeps what it wrote
    for (auto& [name, file] : files_) {
        file.reset();  // closed before it is removed
        const std::string temporary = temporary_of(name);
        std::remove(temporary.c_str());
        unregister_cleanup_path(temporary);
    }
}

OutputFile& OutputDir::create(const std::string& name, std::size_t buffer_bytes) {
    if (const std::size_t slash = name.find('/'); slash != std::string::npos) {
        std::error_code ec;
        fs::create_directories(path_of(name.substr(0, slash)), ec);
        if (ec)
            throw WriteError("cannot create " + path_of(name.substr(0, slash)) + ": " +
                             ec.message());
    }
    const std::string temporary = temporary_of(name);
    if (!in_place_) register_cleanup_path(temporary);  // before it exists: a signal never misses it
    auto file = std::make_unique<OutputFile>(temporary, path_of(name), buffer_bytes);
    OutputFile& created = *file;
    if (files_.emplace(name, std::move(file)).second) order_.push_back(name);
    return created;
}

void OutputDir::commit() {
    for (const auto& name : order_) files_[name]->finish();
    const auto rename_into_place = [this](const std::string& name) {
        std::error_code ec;
        fs::rename(temporary_of(name), path_of(name), ec);
        if (ec) throw WriteError("cannot write " + path_of(name) + ": " + ec.message());
        unregister_cleanup_path(temporary_of(name));
    };
    std::error_code ec;
    // The old summary goes before anything changes: until the new one is there, the directory
    // shows an unfinished decode, never a finished one with the wrong summary.
    if (!in_place_) fs::remove(path_of("summary.txt"), ec);
    const bool with_summary = files_.count("summary.txt") != 0;
    for (const auto& name : order_)
        if (name != "summary.txt") rename_into_place(name);

    // The list of this decode's files, then the files of the last decode that are not in it.
    {
        const std::string temporary = temporary_of(manifest_name + 1);
        register_cleanup_path(temporary);
        OutputFile manifest(temporary, path_of(manifest_name), 4096);
        for (const auto& name : order_) manifest.write(name + "\n");
        manifest.finish();
        fs::rename(temporary, path_of(manifest_name), ec);
        unregister_cleanup_path(temporary);
        if (ec) throw WriteError("cannot write " + path_of(manifest_name) + ": " + ec.message());
    }
    for (const auto& name : previous_) {
        if (files_.count(name)) continue;
        fs::remove(path_of(name), ec);
        // A host's directory that this decode left empty goes too (not empty: kept).
        if (const std::size_t slash = name.find('/'); slash != std::string::npos)
            fs::remove(path_of(name.substr(0, slash)), ec);
    }

    if (with_summary) rename_into_place("summary.txt");
    committed_ = true;
}

// ---- names -----------------------------------------------------------------------------------

std::string escape_file_name(std::string_view driver) {
    if (driver.empty()) return "%";
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string name;
    name.reserve(driver.size());
    const bool reserved = driver == "merged" || driver == "summary";
    for (std::size_t i = 0; i < driver.size(); ++i) {
        const auto c = static_cast<unsigned char>(driver[i]);
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '_' || c == '-' || (c == '.' && i > 0);
        if (plain && !(reserved && i == 0)) {
            name += static_cast<char>(c);
        } else {
            name += '%';
            name += hex[c >> 4];
            name += hex[c & 15];
        }
    }
    return name;
}

}  // namespace wpptrace::decoder
