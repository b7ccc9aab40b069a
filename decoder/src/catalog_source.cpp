// catalog_source.cpp - a catalog source by what it is (see catalog_source.hpp).
#include "wpptrace/decoder/catalog_source.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <string_view>

#include "wpptrace/decoder/catalog_file.hpp"
#include "wpptrace/decoder/elf_catalog.hpp"

namespace wpptrace::decoder {

namespace fs = std::filesystem;

namespace {

// A pipe is read once, whole: far above any real catalog, a bound on a source like /dev/zero.
constexpr std::size_t max_stream_bytes = std::size_t{256} << 20;

void take(const LoadResult& r, CatalogSourceResult& result) {
    result.error = r.error;
    result.warnings.insert(result.warnings.end(), r.warnings.begin(), r.warnings.end());
    if (!r.clean()) result.clean = false;
}

void take(const CatalogFileResult& r, CatalogSourceResult& result) {
    result.error = r.error;
    result.warnings.insert(result.warnings.end(), r.warnings.begin(), r.warnings.end());
    if (r.rejected || r.collisions || !r.warnings.empty()) result.clean = false;
}

// Not a regular file (a pipe, a character device): read once into memory, then judged by its
// first bytes, as it cannot be opened a second time.
void load_stream(const std::string& source, Catalog& into, CatalogSourceResult& result) {
    std::ifstream in(source, std::ios::binary);
    if (!in) {
        result.error = source + ": cannot open: " + std::strerror(errno);
        return;
    }
    std::string bytes;
    char chunk[64 * 1024];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_stream_bytes) {
            result.error = source + ": more than 256 MiB: not a catalog";
            return;
        }
    }
    if (in.bad()) {
        result.error = source + ": read error";
        return;
    }
    if (bytes.size() >= 4 && std::memcmp(bytes.data(),
                                         "\x7f"
                                         "ELF",
                                         4) == 0) {
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
        take(load_catalog_from_elf_image(std::span(data, bytes.size()), source, into), result);
    } else {
        take(load_catalog_json(bytes, into, source), result);
    }
}

// Adds one source's outcome to `result`; false (its error taken) when it could not be read.
bool take(CatalogSourceResult one, CatalogSourceResult& result) {
    result.warnings.insert(result.warnings.end(), std::make_move_iterator(one.warnings.begin()),
                           std::make_move_iterator(one.warnings.end()));
    if (!one.clean) result.clean = false;
    if (one.ok()) return true;
    result.error = std::move(one.error);
    return false;
}

}  // namespace

CatalogSourceResult load_catalog_source(const std::string& source, Catalog& into,
                                        bool empty_directory_ok) {
    CatalogSourceResult result;
    std::error_code ec;
    const fs::file_status status = fs::status(source, ec);
    if (fs::is_directory(status)) {
        std::vector<std::string> files;
        for (const auto& entry : fs::directory_iterator(source, ec))
            if (entry.path().extension() == ".json" && entry.is_regular_file(ec))
                files.push_back(entry.path().string());
        if (ec) {
            result.error = "cannot read the directory " + source + ": " + ec.message();
            return result;
        }
        if (files.empty() && !empty_directory_ok)
            result.error = "no exported catalog (*.json) in the directory " + source;
        std::sort(files.begin(), files.end());
        for (const auto& file : files)
            if (!take(load_catalog_source(file, into), result)) return result;
        return result;
    }
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        load_stream(source, into, result);
        return result;
    }
    if (is_elf_file(source))
        take(load_catalog_from_elf(source, into), result);
    else
        take(load_catalog_file(source, into), result);
    return result;
}

CatalogSourceResult load_catalog_search_path(const std::vector<std::string>& directories,
                                             Catalog& into) {
    CatalogSourceResult result;
    for (const auto& directory : directories) {
        std::error_code ec;
        if (!fs::is_directory(directory, ec)) {
            result.warnings.push_back("the catalog search path names " + directory +
                                      ", which is not a directory");
            continue;
        }
        if (!take(load_catalog_source(directory, into, true), result)) return result;
    }
    return result;
}

std::vector<std::string> catalog_search_path_from_environment() {
    std::vector<std::string> dirs;
    const char* env = std::getenv("WPPTRACE_CATALOG_PATH");
    if (!env) return dirs;
    std::string_view rest(env);
    while (!rest.empty()) {
        const std::size_t colon = rest.find(':');
        std::string_view dir = rest.substr(0, colon);
        if (!dir.empty()) dirs.emplace_back(dir);
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    return dirs;
}

}  // namespace wpptrace::decoder
