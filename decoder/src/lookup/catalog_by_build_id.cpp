// catalog_by_build_id.cpp - a binary's catalog by its build id (see catalog_by_build_id.hpp).
#include "wpptrace/decoder/catalog_by_build_id.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "debuginfod_fetch.hpp"
#include "wpptrace/decoder/elf_catalog.hpp"

namespace wpptrace::decoder {

namespace fs = std::filesystem;

namespace {

bool is_regular(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A build id is hex; anything else in a trace is not used to build file names.
bool plain_hex(std::string_view id) {
    return id.size() >= 2 && std::all_of(id.begin(), id.end(), [](char c) {
               return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
           });
}

}  // namespace

CatalogByBuildId::CatalogByBuildId(std::vector<std::string> search_path)
    : search_path_(std::move(search_path)), debuginfod_(std::make_unique<DebuginfodFetch>()) {}

CatalogByBuildId::~CatalogByBuildId() = default;

// Reads `file`'s catalog into `into` only when its build id is `build_id`.
bool CatalogByBuildId::load_verified(const std::string& file, const std::string& build_id,
                                     Catalog& into, std::string& why_not) {
    if (!is_regular(file)) {
        why_not = file + " is gone";
        return false;
    }
    if (!is_elf_file(file)) {
        why_not = file + " is no ELF file";
        return false;
    }
    Catalog read;
    LoadResult r = load_catalog_from_elf(file, read);
    if (!r.ok()) {
        why_not = r.error;
        return false;
    }
    if (r.build_id != build_id) {
        why_not = file + " has build id " + (r.build_id.empty() ? "none" : r.build_id);
        return false;
    }
    into.merge(read);
    loaded_from_.push_back(file);
    return true;
}

void CatalogByBuildId::try_local(const RecordedBinary& binary, Entry& entry, Catalog& into) {
    entry.state = load_verified(binary.path, binary.build_id, into, entry.local_why)
                      ? State::found
                      : State::local_failed;
}

void CatalogByBuildId::try_elsewhere(const RecordedBinary& binary, Entry& entry, Catalog& into,
                                     std::vector<std::string>& warnings) {
    const std::string& id = binary.build_id;
    const std::string name = fs::path(binary.path).filename().string();
    std::vector<std::string> why = {entry.local_why};
    for (const std::string& dir : search_path_) {
        std::vector<std::string> candidates = {
            dir + "/.build-id/" + id.substr(0, 2) + "/" + id.substr(2), dir + "/" + id};
        if (!name.empty()) candidates.push_back(dir + "/" + name);
        for (const std::string& file : candidates) {
            if (!is_regular(file)) continue;
            std::string why_not;
            if (load_verified(file, id, into, why_not)) {
                entry.state = State::found;
                return;
            }
            why.push_back(why_not);
        }
    }
    if (!search_path_.empty()) why.push_back("not in WPPTRACE_CATALOG_PATH");
    DebuginfodFetch::Result fetched = debuginfod_->find_executable(id);
    if (!fetched.path.empty()) {
        std::string why_not;
        if (load_verified(fetched.path, id, into, why_not)) {
            entry.state = State::found;
            return;
        }
        why.push_back("debuginfod gave " + why_not);
    } else {
        why.push_back(fetched.why_not);
    }
    entry.state = State::missing;
    std::string text = "no catalog for build id " + id + " (" + binary.path + "): ";
    for (std::size_t i = 0; i < why.size(); ++i) text += (i ? "; " : "") + why[i];
    text += "; its messages stay Unknown";
    warnings.push_back(std::move(text));
}

CatalogByBuildId::ProcessLookup CatalogByBuildId::load_process(
    const std::vector<RecordedBinary>& binaries, std::string_view hint,
    const std::function<bool()>& known, Catalog& into) {
    ProcessLookup result;
    std::vector<const RecordedBinary*> usable;
    for (const RecordedBinary& b : binaries)
        if (plain_hex(b.build_id) && b.path.starts_with('/'))  // not the vdso: no file
            usable.push_back(&b);
    // The recorded files first: on the machine that recorded, nothing else is asked.
    for (const RecordedBinary* b : usable) {
        Entry& entry = by_build_id_[b->build_id];
        if (entry.state == State::untried) try_local(*b, entry, into);
    }
    auto exhausted = [&] {
        return std::none_of(usable.begin(), usable.end(), [&](const RecordedBinary* b) {
            return by_build_id_[b->build_id].state == State::local_failed;
        });
    };
    if (known()) {
        result.exhausted = exhausted();
        return result;
    }
    // Then the likeliest binaries elsewhere: those named after the driver first.
    const std::string driver = lowercase(hint);
    std::stable_partition(usable.begin(), usable.end(), [&](const RecordedBinary* b) {
        return !driver.empty() &&
               lowercase(fs::path(b->path).filename().string()).find(driver) != std::string::npos;
    });
    for (const RecordedBinary* b : usable) {
        Entry& entry = by_build_id_[b->build_id];
        if (entry.state != State::local_failed) continue;
        try_elsewhere(*b, entry, into, result.warnings);
        if (entry.state == State::found && known()) break;
    }
    result.exhausted = exhausted();
    return result;
}

}  // namespace wpptrace::decoder
