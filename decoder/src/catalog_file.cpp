#include "wpptrace/decoder/catalog_file.hpp"
#include "wpptrace/decoder/interrupt_cleanup.hpp"
#include "wpptrace/decoder/utf8.hpp"

#include <wpp/abi.h>

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

namespace wpptrace::decoder {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

bool is_known_type(char code) {
    switch (code) {
        case WPP_TYPE_I8:
        case WPP_TYPE_U8:
        case WPP_TYPE_I16:
        case WPP_TYPE_U16:
        case WPP_TYPE_I32:
        case WPP_TYPE_U32:
        case WPP_TYPE_I64:
        case WPP_TYPE_U64:
        case WPP_TYPE_DOUBLE:
        case WPP_TYPE_POINTER:
        case WPP_TYPE_STR:
        case WPP_TYPE_WSTR16:
        case WPP_TYPE_WSTR32:
        case WPP_TYPE_ANSI_STRING:
        case WPP_TYPE_UNICODE_STRING:
        case WPP_TYPE_GUID:
        case WPP_TYPE_BINARY:
            return true;
        default:
            return false;
    }
}

bool has_nul(const std::string& s) {
    return s.find('\0') != std::string::npos;
}

std::string where_of(const MessageInfo& m) {
    return format_message_id(m.id) + " " + m.file + "(" + std::to_string(m.line) + ")";
}

// Lowercase 8-4-4-4-12 hex, or "" when `text` is not a GUID.
std::string normalize_guid(const std::string& text) {
    if (text.size() != 36) return {};
    std::string guid = text;
    for (std::size_t i = 0; i < guid.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const char c = guid[i];
        if (dash) {
            if (c != '-') return {};
        } else if (c >= 'A' && c <= 'F') {
            guid[i] = char(c - 'A' + 'a');
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return {};
        }
    }
    return guid;
}

// ---- reading: each getter says why a field is unusable ------------------------------------

bool get_text(const json& obj, const char* key, bool required, std::string& out, std::string& why) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (!required) return true;
        why = std::string("missing \"") + key + "\"";
        return false;
    }
    if (!it->is_string()) {
        why = std::string("\"") + key + "\" must be a string";
        return false;
    }
    out = it->get<std::string>();
    if (has_nul(out)) {
        why = std::string("\"") + key + "\" contains a NUL character";
        return false;
    }
    return true;
}

bool get_u32(const json& obj, const char* key, std::uint32_t& out, std::string& why) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        why = std::string("missing \"") + key + "\"";
        return false;
    }
    // Non-negative integers parse as unsigned; "-0" is the one signed zero.
    const bool fits = (it->is_number_unsigned() && it->get<std::uint64_t>() <= UINT32_MAX) ||
                      (it->is_number_integer() && it->get<std::int64_t>() == 0);
    if (!fits) {
        why = std::string("\"") + key + "\" must be an integer from 0 to 4294967295";
        return false;
    }
    out = static_cast<std::uint32_t>(it->get<std::uint64_t>());
    return true;
}

bool read_message(const json& entry, MessageInfo& m, std::string& why) {
    if (!entry.is_object()) {
        why = "not a JSON object";
        return false;
    }
    std::string id;
    if (!get_text(entry, "id", true, id, why)) return false;
    if (!parse_message_id(id, m.id)) {
        why = "\"id\" is not a hex string \"0x...\" of at most 16 digits: \"" + id + "\"";
        return false;
    }
    return get_text(entry, "module", true, m.module, why) &&
           get_u32(entry, "control", m.control, why) &&
           get_u32(entry, "flag_mask", m.flag_mask, why) &&
           get_text(entry, "file", true, m.file, why) && get_u32(entry, "line", m.line, why) &&
           get_text(entry, "function", true, m.function, why) &&
           get_text(entry, "level", true, m.level, why) &&
           get_text(entry, "flags", true, m.flags, why) &&
           get_text(entry, "format", true, m.format, why) &&
           get_text(entry, "types", true, m.types, why) &&
           (!entry.contains("attributes") ||  // optional: older exports lack it
            get_u32(entry, "attributes", m.attributes, why));
}

bool read_control(const json& entry, ControlInfo& control, std::string& why) {
    if (!entry.is_object()) {
        why = "not a JSON object";
        return false;
    }
    std::string guid;
    if (!get_text(entry, "name", true, control.name, why) ||
        !get_text(entry, "guid", true, guid, why))
        return false;
    control.guid = normalize_guid(guid);
    if (control.guid.empty()) {
        why = "\"guid\" is not of the form 8-4-4-4-12 hex digits: \"" + guid + "\"";
        return false;
    }
    if (const auto bits = entry.find("bits"); bits != entry.end()) {
        if (!bits->is_array()) {
            why = "\"bits\" must be an array of strings";
            return false;
        }
        for (const auto& bit : *bits) {
            if (!bit.is_string() || has_nul(bit.get<std::string>())) {
                why = "\"bits\" must be an array of strings";
                return false;
            }
            control.bits.push_back(bit.get<std::string>());
        }
    }
    return true;
}

bool read_module(const json& entry, ModuleInfo& module, std::string& why) {
    if (!entry.is_object()) {
        why = "not a JSON object";
        return false;
    }
    if (!get_text(entry, "name", true, module.name, why) ||
        !get_text(entry, "build_id", false, module.build_id, why) ||
        !get_text(entry, "path", false, module.path, why))
        return false;
    if (const auto controls = entry.find("controls"); controls != entry.end()) {
        if (!controls->is_array()) {
            why = "\"controls\" must be an array";
            return false;
        }
        for (std::size_t i = 0; i < controls->size(); ++i) {
            ControlInfo control;
            if (!read_control((*controls)[i], control, why)) {
                why = "control " + std::to_string(i) + ": " + why;
                return false;
            }
            module.controls.push_back(std::move(control));
        }
    }
    return true;
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; the position is after it.
std::string without_exception_tag(const char* what) {
    std::string text = what;
    if (!text.empty() && text[0] == '[') {
        if (const auto close = text.find("] "); close != std::string::npos)
            text.erase(0, close + 2);
    }
    return text;
}

// ---- writing --------------------------------------------------------------------------------

bool module_is_utf8(const ModuleInfo& m) {
    if (!is_valid_utf8(m.name) || !is_valid_utf8(m.build_id) || !is_valid_utf8(m.path))
        return false;
    for (const auto& c : m.controls) {
        if (!is_valid_utf8(c.name) || !is_valid_utf8(c.guid)) return false;
        for (const auto& bit : c.bits)
            if (!is_valid_utf8(bit)) return false;
    }
    return true;
}

bool message_is_utf8(const MessageInfo& m) {
    return is_valid_utf8(m.module) && is_valid_utf8(m.file) && is_valid_utf8(m.function) &&
           is_valid_utf8(m.level) && is_valid_utf8(m.flags) && is_valid_utf8(m.format) &&
           is_valid_utf8(m.types);
}

// Files, then lines: a listing or a diff of two catalogs reads in source order.
std::vector<const MessageInfo*> sorted_messages(const Catalog& catalog) {
    std::vector<const MessageInfo*> sorted;
    for (const auto& m : catalog.messages()) sorted.push_back(m.get());
    std::sort(sorted.begin(), sorted.end(), [](const MessageInfo* a, const MessageInfo* b) {
        if (a->module != b->module) return a->module < b->module;
        if (a->file != b->file) return a->file < b->file;
        if (a->line != b->line) return a->line < b->line;
        return a->id < b->id;
    });
    return sorted;
}

ordered_json catalog_document(const Catalog& catalog, std::vector<std::string>* warnings,
                              std::size_t& modules_written, std::size_t& messages_written) {
    ordered_json doc;
    doc["wpptrace_catalog"] = kCatalogFileVersion;
    ordered_json modules = ordered_json::array();
    for (const auto& m : catalog.modules()) {
        if (!module_is_utf8(m)) {
            if (warnings)
                warnings->push_back("module " + m.name + ": left out, its text is not UTF-8");
            continue;
        }
        ordered_json controls = ordered_json::array();
        for (const auto& c : m.controls)
            controls.push_back({{"name", c.name}, {"guid", c.guid}, {"bits", c.bits}});
        modules.push_back({{"name", m.name},
                           {"build_id", m.build_id},
                           {"path", m.path},
                           {"controls", std::move(controls)}});
        ++modules_written;
    }
    doc["modules"] = std::move(modules);
    ordered_json messages = ordered_json::array();
    for (const MessageInfo* m : sorted_messages(catalog)) {
        std::string problem = message_problem(*m);
        if (problem.empty() && !message_is_utf8(*m)) problem = "its text is not UTF-8";
        if (!problem.empty()) {
            if (warnings) warnings->push_back("message " + where_of(*m) + ": left out, " + problem);
            continue;
        }
        messages.push_back({{"id", format_message_id(m->id)},
                            {"module", m->module},
                            {"control", m->control},
                            {"flag_mask", m->flag_mask},
                            {"file", m->file},
                            {"line", m->line},
                            {"function", m->function},
                            {"level", m->level},
                            {"flags", m->flags},
                            {"format", m->format},
                            {"types", m->types},
                            {"attributes", m->attributes}});
        ++messages_written;
    }
    doc["messages"] = std::move(messages);
    return doc;
}

void write_escaped(std::ostream& out, const std::string& text) {
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                out << "\\\"";
                break;
            case '\\':
                out << "\\\\";
                break;
            case '\n':
                out << "\\n";
                break;
            case '\t':
                out << "\\t";
                break;
            case '\r':
                out << "\\r";
                break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", c);
                    out << buf;
                } else {
                    out << ch;
                }
        }
    }
}

}  // namespace

std::string message_problem(const MessageInfo& m) {
    for (const std::string* text :
         {&m.module, &m.file, &m.function, &m.level, &m.flags, &m.format, &m.types}) {
        if (has_nul(*text)) return "a text field contains a NUL character";
    }
    if (m.types.size() > WPP_MAX_ARGS)
        return std::to_string(m.types.size()) + " arguments, more than WPP_MAX_ARGS (" +
               std::to_string(WPP_MAX_ARGS) + ")";
    for (const char code : m.types) {
        if (!is_known_type(code)) {
            char buf[48];
            std::snprintf(buf, sizeof buf, "unknown argument type code 0x%02x",
                          static_cast<unsigned char>(code));
            return buf;
        }
    }
    return {};
}

std::string format_message_id(std::uint64_t id) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%016llx", static_cast<unsigned long long>(id));
    return buf;
}

bool parse_message_id(std::string_view text, std::uint64_t& id) {
    if (text.size() < 3 || text.size() > 18 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        return false;
    std::uint64_t value = 0;
    for (const char c : text.substr(2)) {
        int digit = 0;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            return false;
        }
        value = (value << 4) | std::uint64_t(digit);
    }
    id = value;
    return true;
}

const char* arg_type_name(char code) {
    switch (code) {
        case WPP_TYPE_I8:
            return "int8";
        case WPP_TYPE_U8:
            return "uint8";
        case WPP_TYPE_I16:
            return "int16";
        case WPP_TYPE_U16:
            return "uint16";
        case WPP_TYPE_I32:
            return "int32";
        case WPP_TYPE_U32:
            return "uint32";
        case WPP_TYPE_I64:
            return "int64";
        case WPP_TYPE_U64:
            return "uint64";
        case WPP_TYPE_DOUBLE:
            return "double";
        case WPP_TYPE_POINTER:
            return "pointer";
        case WPP_TYPE_STR:
            return "string";
        case WPP_TYPE_WSTR16:
            return "utf16-string";
        case WPP_TYPE_WSTR32:
            return "wide-string";
        case WPP_TYPE_ANSI_STRING:
            return "ANSI_STRING";
        case WPP_TYPE_UNICODE_STRING:
            return "UNICODE_STRING";
        case WPP_TYPE_GUID:
            return "GUID*";
        case WPP_TYPE_BINARY:
            return "WppBinary";
        default:
            return "?";
    }
}

std::string catalog_to_json(const Catalog& catalog, std::vector<std::string>* warnings) {
    std::size_t modules = 0, messages = 0;
    return catalog_document(catalog, warnings, modules, messages).dump(2) + "\n";
}

CatalogFileResult save_catalog_file(const Catalog& catalog, const std::string& path) {
    CatalogFileResult result;
    const std::string text =
        catalog_document(catalog, &result.warnings, result.modules, result.messages).dump(2) + "\n";
    const std::string temp = path + ".tmp" + std::to_string(::getpid());
    register_cleanup_path(temp);  // an interrupted export leaves no temporary either
    const auto failed = [&](std::string why) {
        result.error = path + ": cannot write: " + why;
        std::remove(temp.c_str());
        unregister_cleanup_path(temp);
        return result;
    };
    std::FILE* out = std::fopen(temp.c_str(), "wb");
    if (!out) return failed(std::strerror(errno));
    errno = 0;
    bool written = text.empty() || std::fwrite(text.data(), 1, text.size(), out) == text.size();
    written = std::fflush(out) == 0 && written;
    int error = errno;
    if (std::fclose(out) != 0 && written) written = false, error = errno;
    if (!written) return failed(error ? std::strerror(error) : "write error");
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) return failed(ec.message());
    unregister_cleanup_path(temp);
    return result;
}

CatalogFileResult load_catalog_json(std::string_view text, Catalog& into,
                                    const std::string& source) {
    CatalogFileResult result;
    const std::string where = source.empty() ? std::string("catalog") : source;
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::exception& e) {
        result.error = where + ": malformed JSON: " + without_exception_tag(e.what());
        return result;
    }
    if (!doc.is_object()) {
        result.error = where + ": not a wpptrace catalog (the top level is not a JSON object)";
        return result;
    }
    const auto version = doc.find("wpptrace_catalog");
    if (version == doc.end()) {
        result.error = where + ": not a wpptrace catalog (no \"wpptrace_catalog\" version)";
        return result;
    }
    if (!version->is_number_unsigned() ||
        version->get<std::uint64_t>() != std::uint64_t(kCatalogFileVersion)) {
        // An array or object is named by its type, not shown: dump() recurses once per level,
        // and a version nested 200,000 levels deep overflowed the stack.
        const std::string shown = version->is_primitive()
                                      ? version->dump()
                                      : std::string("of type ") + version->type_name();
        result.error = where + ": unsupported catalog version " + shown +
                       " (this build reads version " + std::to_string(kCatalogFileVersion) + ")";
        return result;
    }
    const json empty = json::array();
    const json* sections[2] = {&empty, &empty};
    const char* names[2] = {"modules", "messages"};
    for (int i = 0; i < 2; ++i) {
        const auto it = doc.find(names[i]);
        if (it == doc.end()) continue;
        if (!it->is_array()) {
            result.error = where + ": \"" + names[i] + "\" must be an array";
            return result;
        }
        sections[i] = &*it;
    }

    // From here on a bad entry is rejected alone: the rest of the file is still good.
    const json& modules = *sections[0];
    for (std::size_t i = 0; i < modules.size(); ++i) {
        ModuleInfo module;
        std::string why;
        if (!read_module(modules[i], module, why)) {
            result.warnings.push_back(where + ": module " + std::to_string(i) + ": " + why);
            continue;
        }
        into.add_module(std::move(module));
        ++result.modules;
    }
    const json& messages = *sections[1];
    for (std::size_t i = 0; i < messages.size(); ++i) {
        ++result.messages;
        MessageInfo m;
        std::string why;
        if (!read_message(messages[i], m, why)) {
            why = "message " + std::to_string(i) + ": " + why;
        } else if (std::string problem = message_problem(m); !problem.empty()) {
            why = "message " + where_of(m) + ": " + problem;
        } else if (m.id != m.computed_id()) {
            why = "message " + where_of(m) + ": id does not match its content (expected " +
                  format_message_id(m.computed_id()) + "): forged or corrupt";
        }
        if (!why.empty()) {
            result.warnings.push_back(where + ": " + why);
            ++result.rejected;
            continue;
        }
        const std::string label = where_of(m);
        switch (into.add(std::move(m))) {
            case Catalog::AddResult::added:
                ++result.added;
                break;
            case Catalog::AddResult::duplicate:
                ++result.duplicates;
                break;
            case Catalog::AddResult::collision:
                ++result.collisions;
                result.warnings.push_back(where + ": message " + label +
                                          ": id collides with a different known message");
                break;
            case Catalog::AddResult::id_mismatch:
                ++result.rejected;
                break;  // checked above
        }
    }
    return result;
}

CatalogFileResult load_catalog_file(const std::string& path, Catalog& into) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        CatalogFileResult result;
        result.error = path + ": cannot open: " + std::strerror(errno);
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        CatalogFileResult result;
        result.error = path + ": read error";
        return result;
    }
    return load_catalog_json(text.str(), into, path);
}

void write_catalog_text(const Catalog& catalog, std::ostream& out) {
    // Modules by name; a name may come with several build ids.
    std::map<std::string, std::vector<const ModuleInfo*>> modules;
    for (const auto& m : catalog.modules()) modules[m.name].push_back(&m);
    std::map<std::string, std::vector<const MessageInfo*>> messages;
    for (const MessageInfo* m : sorted_messages(catalog)) {
        messages[m->module].push_back(m);
        modules[m->module];
    }
    for (const auto& [name, infos] : modules) {
        out << "module " << name << "\n";
        for (const ModuleInfo* info : infos) {
            if (!info->build_id.empty()) out << "  build_id " << info->build_id << "\n";
            if (!info->path.empty()) out << "  path " << info->path << "\n";
            for (std::size_t i = 0; i < info->controls.size(); ++i) {
                const ControlInfo& c = info->controls[i];
                out << "  control " << i << " " << c.name << " " << c.guid << " bits";
                for (const auto& bit : c.bits) out << " " << (bit.empty() ? "-" : bit);
                out << "\n";
            }
        }
        for (const MessageInfo* m : messages[name]) {
            if (m->is_custom_type()) {
                out << "  custom_type " << m->flags << " " << m->format << "\n";
                continue;
            }
            // "-" keeps the columns when a field is empty (DoTraceMessage has no level).
            const auto field = [](const std::string& s) { return s.empty() ? "-" : s; };
            out << "  " << format_message_id(m->id) << " " << m->file << "(" << m->line << ") "
                << field(m->function) << " " << field(m->level) << " " << field(m->flags);
            if (m->control != 0) out << " control=" << m->control;
            if (m->attributes & WPP_SITE_PREFIX_IN_FORMAT) out << " prefix-in-format";
            out << " \"";
            write_escaped(out, m->format);
            out << "\" (";
            for (std::size_t i = 0; i < m->types.size(); ++i)
                out << (i ? ", " : "") << arg_type_name(m->types[i]);
            out << ")\n";
        }
    }
}

std::string catalog_to_text(const Catalog& catalog) {
    std::ostringstream out;
    write_catalog_text(catalog, out);
    return out.str();
}

}  // namespace wpptrace::decoder
