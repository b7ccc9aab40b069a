// filter_config.cpp - filter.wpp.decode's parameters (filter_config.hpp).
#include "filter_config.hpp"

#include <cstdio>
#include <vector>

#include "wpptrace/decoder/catalog_source.hpp"
#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder::plugin {

void warn(const Config& config, const std::string& text) {
    if (config.logging_level <= BT_LOGGING_LEVEL_WARNING)
        std::fprintf(stderr, "%s: warning: %s\n", kComponentClass, text.c_str());
}

namespace {

// A path or an array of paths, the value of parameter `name`.
std::vector<std::string> paths_of(const bt_value* value, const char* name) {
    std::vector<std::string> paths;
    if (bt_value_is_string(value)) {
        paths.emplace_back(bt_value_string_get(value));
    } else if (bt_value_is_array(value)) {
        for (uint64_t i = 0; i < bt_value_array_get_length(value); ++i) {
            const bt_value* element = bt_value_array_borrow_element_by_index_const(value, i);
            if (!bt_value_is_string(element))
                throw Error(std::string("parameter '") + name + "': element " + std::to_string(i) +
                            " is not a string (expected a path)");
            paths.emplace_back(bt_value_string_get(element));
        }
    } else {
        throw Error(std::string("parameter '") + name + "' must be a path or an array of paths");
    }
    return paths;
}

void load_catalogs(const bt_value* value, Config& config) {
    for (const std::string& path : paths_of(value, "catalog")) {
        CatalogSourceResult r = load_catalog_source(path, config.catalog);
        if (!r.ok()) throw Error("parameter 'catalog': " + r.error);
        for (const std::string& w : r.warnings) warn(config, path + ": " + w);
    }
}

bt_value_map_foreach_entry_const_func_status check_known_parameter(const char* key, const bt_value*,
                                                                   void* data) {
    const std::string name = key;
    if (name == "catalog" || name == "catalog-path" || name == "pass-catalog-events")
        return BT_VALUE_MAP_FOREACH_ENTRY_CONST_FUNC_STATUS_OK;
    *static_cast<std::string*>(data) = name;
    return BT_VALUE_MAP_FOREACH_ENTRY_CONST_FUNC_STATUS_INTERRUPT;
}

}  // namespace

std::unique_ptr<Config> parse_parameters(const bt_value* params, bt_logging_level level) {
    auto config = std::make_unique<Config>();
    config->logging_level = level;
    const bool has_map = params && bt_value_is_map(params);
    const bt_value* search_path =
        has_map ? bt_value_map_borrow_entry_value_const(params, "catalog-path") : nullptr;
    config->search_path = search_path ? paths_of(search_path, "catalog-path")
                                      : catalog_search_path_from_environment();
    {
        CatalogSourceResult r = load_catalog_search_path(config->search_path, config->catalog);
        if (!r.ok()) throw Error("catalog search path: " + r.error);
        for (const std::string& w : r.warnings) warn(*config, w);
    }
    if (!has_map) return config;
    std::string unknown;
    bt_value_map_foreach_entry_const(params, check_known_parameter, &unknown);
    if (!unknown.empty())
        throw Error("unknown parameter '" + unknown +
                    "' (the parameters are 'catalog', 'catalog-path' and 'pass-catalog-events')");
    if (const bt_value* pass =
            bt_value_map_borrow_entry_value_const(params, "pass-catalog-events")) {
        if (!bt_value_is_bool(pass))
            throw Error("parameter 'pass-catalog-events' must be a boolean (true or false)");
        config->pass_catalog_events = bt_value_bool_get(pass);
    }
    if (const bt_value* catalog = bt_value_map_borrow_entry_value_const(params, "catalog"))
        load_catalogs(catalog, *config);
    return config;
}

}  // namespace wpptrace::decoder::plugin
