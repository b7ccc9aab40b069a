// filter_config.hpp - filter.wpp.decode's parameters, read once when the component is made:
//
//   catalog=PATH or catalog=[PATH, ...]   driver binaries, exported JSON catalogs, directories
//                                          of them (the loader of `wpptrace decode -c`)
//   catalog-path=DIR or catalog-path=[DIR, ...]
//                                          directories of exported catalogs, searched by build
//                                          id too (default: WPPTRACE_CATALOG_PATH, as `wpptrace`)
//   pass-catalog-events=true|false         keep the wpp_catalog events (default: dropped)
//
// A message the catalog does not know, from a process whose binaries LTTng-UST's state dump
// named, is looked up by build id (late_catalog.hpp): the binary at its recorded path, the
// search path, debuginfod (DEBUGINFOD_URLS), as `wpptrace decode` does.
#pragma once

#include <babeltrace2/babeltrace.h>

#include <memory>
#include <string>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder::plugin {

inline constexpr const char* kComponentClass = "filter.wpp.decode";

struct Config {
    Catalog catalog;  // from `catalog` and the search path; each iterator starts from a copy
    std::vector<std::string> search_path;  // `catalog-path`, else WPPTRACE_CATALOG_PATH
    bool pass_catalog_events = false;
    bt_logging_level logging_level = BT_LOGGING_LEVEL_WARNING;  // the component's
};

// Reads `params` (a map, or null). Throws Error naming the parameter: an unknown one, a value
// of the wrong type, a catalog that cannot be read.
std::unique_ptr<Config> parse_parameters(const bt_value* params, bt_logging_level level);

// A warning on stderr, unless the component's logging level is above warnings.
void warn(const Config& config, const std::string& text);

}  // namespace wpptrace::decoder::plugin
