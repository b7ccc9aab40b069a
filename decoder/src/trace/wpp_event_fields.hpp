// wpp_event_fields.hpp - the payload fields of wpptrace's own LTTng events (wpp:* and
// wpp_catalog:*), by name, in the order both trace readers (libbabeltrace2's and our CTF
// reader) resolve them once per event class.
#pragma once

namespace wpptrace::decoder::wpp_fields {

enum MessageField { msg_id, level, flags, driver, args, message_field_count };
enum CatalogField {
    cat_msg_id,
    cat_module,
    cat_control,
    cat_flag_mask,
    cat_file,
    cat_line,
    cat_function,
    cat_level,
    cat_flags,
    cat_format,
    cat_types,
    catalog_field_count
};
enum ModuleField { mod_name, mod_path, mod_build_id, mod_controls, module_field_count };
enum ModuleEndField { end_name, end_how, module_end_field_count };

inline constexpr const char* message_fields[] = {"msg_id", "level", "flags", "driver", "args"};
inline constexpr const char* catalog_fields[] = {"msg_id", "module", "control",  "flag_mask",
                                                 "file",   "line",   "function", "level",
                                                 "flags",  "format", "types"};
inline constexpr const char* module_fields[] = {"name", "path", "build_id", "controls"};
inline constexpr const char* module_end_fields[] = {"name", "how"};

static_assert(sizeof message_fields / sizeof *message_fields == message_field_count);
static_assert(sizeof catalog_fields / sizeof *catalog_fields == catalog_field_count);
static_assert(sizeof module_fields / sizeof *module_fields == module_field_count);
static_assert(sizeof module_end_fields / sizeof *module_end_fields == module_end_field_count);

}  // namespace wpptrace::decoder::wpp_fields
