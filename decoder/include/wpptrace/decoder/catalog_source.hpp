// catalog_source.hpp - one catalog source of the command line, whatever it is: a driver binary,
// an exported catalog file, a pipe that carries either (`-c <(cat x.json)`), or a directory of
// exported catalogs (every *.json in it, in name order).
#pragma once

#include <string>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder {

struct CatalogSourceResult {
    std::string error;                  // nothing could be read (the rest of a directory included)
    std::vector<std::string> warnings;  // entries rejected or skipped, and why
    bool clean = true;                  // every entry of every file was taken

    bool ok() const { return error.empty(); }
};

// A directory without *.json is an error unless `empty_directory_ok` (a directory of
// WPPTRACE_CATALOG_PATH may be empty).
CatalogSourceResult load_catalog_source(const std::string& source, Catalog& into,
                                        bool empty_directory_ok = false);

// Every exported catalog in `directories` (a search path: empty ones are fine, one that is not a
// directory is a warning).
CatalogSourceResult load_catalog_search_path(const std::vector<std::string>& directories,
                                             Catalog& into);

// WPPTRACE_CATALOG_PATH: directories of exported catalogs, ':'-separated like PATH (empty
// entries skipped), for `wpptrace` and the babeltrace2 plugin.
std::vector<std::string> catalog_search_path_from_environment();

}  // namespace wpptrace::decoder
