// tmh_writer.cpp - the text of a .tmh: one macro per trace function over WPP_TRACE_GATED_.
#include <algorithm>

#include "text.hpp"
#include "wpptrace/tracewpp/config.hpp"

namespace wpptrace::tracewpp {
namespace {

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) text += (i ? separator : "") + items[i];
    return text;
}

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

bool has(const std::vector<std::string>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// What a function's conditions mean (func.h explains the rules).
struct Meaning {
    std::string flag;   // the flag condition's name, or empty
    std::string level;  // the level condition's name, or empty
    bool level_is_dpfltr = false;
    std::string flags_text;  // condition recorded as the site's "flags"
};

// DbgPrintEx's own LEVEL is a DPFLTR_*_LEVEL; every other function's LEVEL is a trace level,
// also when a COMPID comes with it (RT_TRACE(COMPID, LEVEL, (MSG, ...)) passes DBG_LOUD = 4).
bool is_debug_print(const std::string& function) {
    return function == "DbgPrintEx" || function == "KdPrintEx" || function == "vDbgPrintEx";
}

// `levels_mode`: the driver defines WPP_USE_TRACE_LEVELS, so a LEVEL without FLAGS is a level.
Meaning meaning_of(const std::vector<std::string>& conditions, const std::string& function,
                   bool levels_mode) {
    Meaning m;
    if (has(conditions, "FLAGS"))
        m.flag = "FLAGS";
    else if (has(conditions, "FLAG"))
        m.flag = "FLAG";
    if (has(conditions, "LEVEL")) {
        if (m.flag.empty() && !has(conditions, "COMPID") && !levels_mode)
            m.flag = "LEVEL";  // DoTraceMessage(LEVEL, ...): LEVEL names a flag
        else
            m.level = "LEVEL";
    }
    m.level_is_dpfltr = !m.level.empty() && has(conditions, "COMPID") && is_debug_print(function);
    m.flags_text = !m.flag.empty() ? m.flag : has(conditions, "COMPID") ? "COMPID" : "";
    return m;
}

// Whether the meaning of a function's LEVEL depends on WPP_USE_TRACE_LEVELS.
bool depends_on_trace_levels(const std::vector<std::string>& conditions,
                             const std::string& function) {
    return meaning_of(conditions, function, false).flag == "LEVEL";
}

// The recorded level as an expression of the condition names.
std::string level_expression(const Meaning& m) {
    if (m.level.empty()) return "0";
    if (m.level_is_dpfltr) return "wpp_dpfltr_to_trace_level(" + m.level + ")";
    return "(" + m.level + ")";
}

// Default ENABLED, PRE and POST for drivers that do not define them: our own enable state.
void write_condition_defaults(std::string& out, const std::vector<std::string>& conditions,
                              const Meaning& m, std::set<std::string>& written) {
    const std::string base = "WPP_" + join(conditions, "_") + "_";
    if (!written.insert(base).second) return;
    const std::string params = "(" + join(conditions, ", ") + ")";
    std::string enabled;
    if (!m.flag.empty())
        enabled = "WPP_FUNC_FLAG_ENABLED_(" + m.flag + ", " + level_expression(m) + ")";
    else
        enabled = "WPP_FUNC_LEVEL_ENABLED_(" + level_expression(m) + ")";
    out += "#ifndef " + base + "ENABLED\n#define " + base + "ENABLED" + params + " " + enabled +
           "\n#endif\n";
    out += "#ifndef " + base + "PRE\n#define " + base + "PRE" + params + "\n#endif\n";
    out += "#ifndef " + base + "POST\n#define " + base + "POST" + params + "\n#endif\n";
}

void write_condition_defaults(std::string& out, const TraceFunction& f,
                              std::set<std::string>& written) {
    const std::vector<std::string> conditions = f.conditions();
    if (!depends_on_trace_levels(conditions, f.name)) {
        write_condition_defaults(out, conditions, meaning_of(conditions, f.name, false), written);
        return;
    }
    // LEVEL alone: a flag, or with WPP_USE_TRACE_LEVELS a level (WPP's templates decide the
    // same way, by the driver's macro).
    const std::string key = "WPP_USE_TRACE_LEVELS " + join(conditions, "_");
    if (!written.insert(key).second) return;
    std::set<std::string> levels_written, flags_written;
    out += "#ifdef WPP_USE_TRACE_LEVELS\n";
    write_condition_defaults(out, conditions, meaning_of(conditions, f.name, true), levels_written);
    out += "#else\n";
    write_condition_defaults(out, conditions, meaning_of(conditions, f.name, false), flags_written);
    out += "#endif\n";
}

const Affix* affix_for(const std::map<std::string, Affix>& affixes, const std::string& name) {
    if (auto it = affixes.find(name); it != affixes.end()) return &it->second;
    if (auto it = affixes.find("*"); it != affixes.end()) return &it->second;
    return nullptr;
}

void write_function(std::string& out, const Config& config, const TraceFunction& f,
                    const Meaning& m) {
    const std::vector<std::string> conditions = f.conditions();
    // Each condition's value in the expansion: a fixed value, or the macro's parameter.
    auto value_of = [&](const std::string& condition) {
        for (const auto& fixed : f.fixed)
            if (fixed.name == condition) return fixed.value;
        return condition;
    };
    auto text_of = [&](const std::string& condition) {
        for (const auto& fixed : f.fixed)
            if (fixed.name == condition) return quoted(fixed.value);
        return "#" + condition;
    };
    std::vector<std::string> values;
    for (const auto& c : conditions) values.push_back(value_of(c));
    const std::string base = "WPP_" + join(conditions, "_") + "_";
    const std::string args = "(" + join(values, ", ") + ")";

    // The format: prefix, MSG, suffix. Only a function whose prefix or suffix is configured
    // carries them in its format; the others keep MSG alone and get the decoder's prefix.
    const Affix* prefix = affix_for(config.prefixes, f.name);
    const Affix* suffix = affix_for(config.suffixes, f.name);
    const bool no_prefix = config.no_prefix.count(f.name) || config.no_prefix.count("*");
    const bool in_format = prefix || suffix || no_prefix;
    std::string format;
    std::vector<std::string> leading, trailing;
    if (in_format && !no_prefix) {
        format = prefix ? prefix->format : "\"%!STDPREFIX!\"";
        if (prefix) leading = prefix->arguments;
    }
    if (f.has_message()) format += (format.empty() ? "" : " ") + std::string("MSG");
    if (suffix) {
        format += (format.empty() ? "" : " ") + suffix->format;
        trailing = suffix->arguments;
    }
    if (format.empty()) format = "\"\"";
    for (auto& a : leading) a = "(" + a + ")";
    for (auto& a : trailing) a = "(" + a + ")";
    std::string message = format;
    for (const auto& a : leading) message += ", " + a;
    if (f.variadic()) message += " __VA_OPT__(, ) __VA_ARGS__";
    for (const auto& a : trailing) message += ", " + a;

    const std::string level = [&] {
        if (m.level.empty()) return std::string("0");
        if (m.level_is_dpfltr) return "wpp_dpfltr_to_trace_level(" + value_of(m.level) + ")";
        return "(" + value_of(m.level) + ")";
    }();
    const std::string ctl = m.flag.empty() ? "0u" : "WPP_FUNC_CTL_(" + value_of(m.flag) + ")";
    const std::string mask = m.flag.empty() ? "0u" : "WPP_FUNC_MASK_(" + value_of(m.flag) + ")";
    const std::string level_text = m.level.empty() ? "\"\"" : text_of(m.level);
    const std::string flags_text = m.flags_text.empty() ? "\"\"" : text_of(m.flags_text);

    std::string name = f.name;
    if (f.double_parenthesis) {
        // The group is one argument, a parenthesized list, spliced into the real macro's:
        // KdPrint(("x %d", x)) and RT_TRACE(COMP_INIT, DBG_LOUD, ("x %d", x)).
        const std::string real = "WPP_FUNC_" + f.name + "_";
        const std::string before =
            join({f.parameters.begin(),
                  f.parameters.begin() + static_cast<std::ptrdiff_t>(f.group_start)},
                 ", ");
        if (before.empty())
            out += "#define " + f.name + "(WPP_ARGUMENTS_) " + real + " WPP_ARGUMENTS_\n";
        else
            out += "#define " + f.name + "(" + before + ", WPP_ARGUMENTS_) WPP_FUNC_APPLY_(" +
                   real + ", " + before + ", WPP_FUNC_UNPAREN_ WPP_ARGUMENTS_)\n";
        name = real;
    }
    const std::string params = join(f.parameters, ", ");
    std::string body = "WPP_TRACE_GATED_(WPP_FUNC_GATE_(" + base + "ENABLED" + args + "), " + ctl +
                       ", " + mask + ", " + level + ", " + level_text + ", " + flags_text + ", " +
                       (in_format ? "WPP_SITE_PREFIX_IN_FORMAT" : "0") + ", " + message + ")";
    if (f.has_ifrlog()) body = "do { WPP_FUNC_IFRLOG_(IFRLOG); " + body + "; } while (0)";
    out += "#define " + name + "(" + params + ") " + base + "PRE" + args + " " + body + " " + base +
           "POST" + args + "\n";
}

void write_function(std::string& out, const Config& config, const TraceFunction& f) {
    out += "\n/* FUNC " + f.name + " (" + f.where.file + ":" + std::to_string(f.where.line) +
           ") */\n#undef " + f.name + "\n";
    const std::vector<std::string> conditions = f.conditions();
    if (!depends_on_trace_levels(conditions, f.name)) {
        write_function(out, config, f, meaning_of(conditions, f.name, false));
        return;
    }
    out += "#ifdef WPP_USE_TRACE_LEVELS\n";
    write_function(out, config, f, meaning_of(conditions, f.name, true));
    out += "#else\n";
    write_function(out, config, f, meaning_of(conditions, f.name, false));
    out += "#endif\n";
}

}  // namespace

std::string generate_tmh(const Config& config, const std::string& source_name) {
    std::string out = "/* " + source_name +
                      " trace functions, generated by wpptrace-tracewpp from the driver's WPP "
                      "configuration. Do not edit. */\n"
                      "#include <wpp/wpp.h>\n#include <wpp/detail/func.h>\n";
    if (!config.custom_types.empty()) out += "\n/* CUSTOM_TYPE declarations */\n";
    for (const auto& t : config.custom_types)
        out += "WPP_CUSTOM_TYPE_(" + t.name + ", " + quoted(t.definition) + ");\n";
    std::set<std::string> written;
    out += "\n/* Default gates for conditions the driver gives no WPP_<conditions>_ENABLED */\n";
    for (const auto& f : config.functions) write_condition_defaults(out, f, written);
    for (const auto& f : config.functions) write_function(out, config, f);
    return out;
}

}  // namespace wpptrace::tracewpp
