// config.cpp - reading WPP configuration statements (FUNC, USEPREFIX, USESUFFIX, NOPREFIX,
// CUSTOM_TYPE, and the statements accepted and ignored).
#include <algorithm>
#include <cctype>

#include "text.hpp"
#include "wpptrace/tracewpp/config.hpp"

namespace wpptrace::tracewpp {

std::string Diagnostic::text() const {
    return where.file + ":" + std::to_string(where.line) + (error ? ": error: " : ": warning: ") +
           message;
}

std::vector<std::string> TraceFunction::conditions() const {
    std::vector<std::string> names;
    for (const auto& f : fixed) names.push_back(f.name);
    for (const auto& p : parameters) {
        if (p == "MSG" || p == "...") break;
        if (p != "IFRLOG") names.push_back(p);
    }
    return names;
}

bool TraceFunction::has_message() const {
    return std::find(parameters.begin(), parameters.end(), "MSG") != parameters.end();
}

bool TraceFunction::variadic() const {
    return std::find(parameters.begin(), parameters.end(), "...") != parameters.end();
}

bool TraceFunction::has_ifrlog() const {
    return std::find(parameters.begin(), parameters.end(), "IFRLOG") != parameters.end();
}

bool TraceFunction::same_declaration(const TraceFunction& o) const {
    if (name != o.name || parameters != o.parameters ||
        double_parenthesis != o.double_parenthesis || group_start != o.group_start ||
        fixed.size() != o.fixed.size())
        return false;
    for (std::size_t i = 0; i < fixed.size(); ++i)
        if (fixed[i].name != o.fixed[i].name || fixed[i].value != o.fixed[i].value) return false;
    return true;
}

const TraceFunction* Config::find_function(std::string_view name) const {
    for (const auto& f : functions)
        if (f.name == name) return &f;
    return nullptr;
}

ConfigReader::ConfigReader() {
    // defaultwpp.ini's one function. LEVEL is a flag name here (WPP's "bad choice").
    statement("FUNC DoTraceMessage(LEVEL,MSG,...)", {"defaultwpp.ini", 1});
}

void ConfigReader::error(const Location& where, std::string message) {
    diagnostics_.push_back({where, std::move(message), true});
}

void ConfigReader::warning(const Location& where, std::string message) {
    diagnostics_.push_back({where, std::move(message), false});
}

// Statements end at ';' or at the end of a line whose parentheses are balanced.
void ConfigReader::read_config_text(std::string_view text, const std::string& file) {
    std::string pending;
    Location start{file, 0};
    int depth = 0;
    unsigned line_number = 0;
    for (std::string_view line : split_lines(text)) {
        ++line_number;
        std::string_view body = trim(line);
        if (body.starts_with("//") && pending.empty()) continue;  // an ini comment
        for (std::size_t i = 0; i < body.size(); ++i) {
            const char c = body[i];
            if (c == '"' || c == '\'') {  // literals pass whole: a ';' inside does not end
                std::size_t end = skip_literal(body, i);
                if (pending.empty()) start.line = line_number;
                pending.append(body.substr(i, end - i));
                i = end - 1;
                continue;
            }
            if (c == ';' && depth == 0) {
                if (!trim(pending).empty()) statement(pending, start);
                pending.clear();
                continue;
            }
            if (c == '(' || c == '{') ++depth;
            if (c == ')' || c == '}') --depth;
            if (pending.empty() && std::isspace(static_cast<unsigned char>(c))) continue;
            if (pending.empty()) start.line = line_number;
            pending += c;
        }
        if (depth <= 0 && !trim(pending).empty()) {
            statement(pending, start);
            pending.clear();
            depth = 0;
        } else if (!pending.empty()) {
            pending += ' ';
        }
    }
    if (!trim(pending).empty()) {
        error(start,
              "unterminated statement (unbalanced parentheses): " + std::string(trim(pending)));
    }
}

// Lines between "begin_wpp config" and "end_wpp", with their comment markers taken off; the
// statements keep their own line numbers.
void ConfigReader::read_scanned_file(std::string_view text, const std::string& file) {
    scan_enums(text, enums_);
    for (auto& fault : enums_.faults) warning({file, fault.line}, std::move(fault.message));
    enums_.faults.clear();
    bool inside = false;
    std::string block;
    unsigned line_number = 0, block_start = 0;
    for (std::string_view line : split_lines(text)) {
        ++line_number;
        if (!inside) {
            if (line.find("begin_wpp config") != std::string_view::npos) {
                inside = true;
                block.clear();
                block_start = line_number;
            }
            continue;
        }
        if (line.find("end_wpp") != std::string_view::npos) {
            inside = false;
            ConfigReader& self = *this;
            // Parse the block with line numbers of the file: pad with empty lines.
            self.read_config_text(std::string(block_start, '\n') + block, file);
            continue;
        }
        std::string_view body = trim(line);
        if (body.starts_with("/*")) body.remove_prefix(2);
        if (body.ends_with("*/")) body.remove_suffix(2);
        body = trim(body);
        while (body.starts_with("//")) body = trim(body.substr(2));
        if (body.starts_with("*")) body = trim(body.substr(1));
        block.append(body);
        block += '\n';
    }
    if (inside) error({file, block_start}, "\"begin_wpp config\" without \"end_wpp\"");
}

void ConfigReader::add_func_option(std::string_view declaration) {
    statement("FUNC " + std::string(trim(declaration)), {"<command line -func:>", ++func_options_});
}

void ConfigReader::statement(std::string_view text, const Location& where) {
    text = trim(text);
    std::size_t n = 0;
    while (n < text.size() && is_ident_char(text[n])) ++n;
    const std::string_view keyword = text.substr(0, n);
    std::string_view rest = trim(text.substr(n));
    if (keyword == "FUNC") return parse_func(rest, where);
    if (keyword == "USEPREFIX" || keyword == "USESUFFIX" || keyword == "NOPREFIX" ||
        keyword == "CUSTOM_TYPE" || keyword == "TYPEMACRO") {
        std::string_view args;
        if (!parenthesized(rest, args) || !trim(rest).empty()) {
            error(where, std::string(keyword) + ": expected " + std::string(keyword) +
                             "(...), got \"" + std::string(text) + "\"");
            return;
        }
        if (keyword == "CUSTOM_TYPE" || keyword == "TYPEMACRO")
            return parse_custom_type(args, where);
        return parse_affix(keyword, args, where);
    }
    // Accepted and ignored: they shape WPP's own output (the PDB, the TMF files, message
    // numbering, templates), which has no equivalent here.
    static const char* const ignored[] = {
        "WPP_FLAGS",       "DEFINE_SIMPLE_TYPE",           "DEFINE_FLAVOR",
        "TRACERANGE",      "SEPARATE_TRACE_GUID_PER_FILE", "INCLUDE",
        "DEFINE_CPLX_TYPE"};
    for (const char* name : ignored) {
        if (keyword == name) {
            if (keyword == "DEFINE_CPLX_TYPE")
                warning(where,
                        "DEFINE_CPLX_TYPE is not supported: its helper's WPP_LOGPAIRs "
                        "cannot be recorded here; the %!" +
                            first_argument(rest) +
                            "! conversions of this driver need a built-in type of that "
                            "name (HEXDUMP, IPV6ADDR and MACADDR are built in)");
            return;
        }
    }
    // `LogInformation{LEVEL=TRACE_LEVEL_INFORMATION}(FLAGS, MSG, ...)` without FUNC: the WDK's
    // network samples declare their functions so, and tracewpp generates them.
    if (!keyword.empty() && is_identifier(keyword) &&
        (rest.starts_with("{") || rest.starts_with("("))) {
        warning(where, "\"" + std::string(keyword) + "\" declared without FUNC: read as FUNC " +
                           std::string(text));
        return parse_func(text, where);
    }
    error(where, "unknown configuration statement \"" + std::string(text) +
                     "\" (expected FUNC, USEPREFIX, USESUFFIX, NOPREFIX or CUSTOM_TYPE)");
}

void ConfigReader::parse_func(std::string_view text, const Location& where) {
    TraceFunction f;
    f.where = where;
    std::size_t n = 0;
    while (n < text.size() && is_ident_char(text[n])) ++n;
    f.name = std::string(text.substr(0, n));
    text = trim(text.substr(n));
    if (f.name.empty() || std::isdigit(static_cast<unsigned char>(f.name[0]))) {
        error(where, "FUNC: expected a function name, got \"" + std::string(text) + "\"");
        return;
    }
    if (text.starts_with("{")) {
        std::size_t close = text.find('}');
        if (close == std::string_view::npos) {
            error(where, "FUNC " + f.name + ": '{' without '}'");
            return;
        }
        for (std::string_view item : split_top_level(text.substr(1, close - 1))) {
            item = trim(item);
            std::size_t eq = item.find('=');
            std::string_view name = eq == std::string_view::npos ? item : trim(item.substr(0, eq));
            std::string_view value = eq == std::string_view::npos ? "" : trim(item.substr(eq + 1));
            if (eq == std::string_view::npos || !is_identifier(name) || value.empty()) {
                error(where, "FUNC " + f.name + ": fixed condition \"" + std::string(item) +
                                 "\" is not NAME=VALUE");
                return;
            }
            f.fixed.push_back({std::string(name), std::string(value)});
        }
        text = trim(text.substr(close + 1));
    }
    std::string_view params;
    if (!parenthesized(text, params) || !trim(text).empty()) {
        error(where, "FUNC " + f.name + ": expected (PARAMETERS) after the name");
        return;
    }
    // The parameters, the last of which may be a parenthesized group taken as one argument:
    // ((MSG, ...)) in KdPrint's form, or RT_TRACE(COMPID, LEVEL, (MSG, ...)).
    std::vector<std::string_view> list = split_top_level(params);
    if (list.size() == 1 && trim(list[0]).empty()) list.clear();  // FUNC F()
    std::vector<std::string_view> flat;
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string_view p = trim(list[i]);
        if (!p.starts_with("(")) {
            flat.push_back(p);
            continue;
        }
        std::string_view inner;
        if (i + 1 != list.size() || !parenthesized(p, inner) || !trim(p).empty()) {
            error(where, "FUNC " + f.name + ": a parenthesized group \"" +
                             std::string(trim(list[i])) + "\" must be the last parameter");
            return;
        }
        f.double_parenthesis = true;
        f.group_start = flat.size();
        for (std::string_view q : split_top_level(inner)) flat.push_back(trim(q));
    }
    bool after_message = false;
    for (std::size_t i = 0; i < flat.size(); ++i) {
        std::string_view p = flat[i];
        if (p == "...") {
            // After MSG, its arguments; without MSG, the arguments of the prefix and suffix
            // (FUNC SENSOR_FunctionEnter{...}(...)). Either way the last parameter.
            if (i + 1 != flat.size()) {
                error(where, "FUNC " + f.name + ": '...' must be the last parameter");
                return;
            }
        } else if (!is_identifier(p)) {
            error(where, "FUNC " + f.name + ": parameter \"" + std::string(p) + "\" is not a name");
            return;
        } else if (after_message) {
            error(where,
                  "FUNC " + f.name + ": only '...' may follow MSG, not \"" + std::string(p) + "\"");
            return;
        }
        if (std::find(f.parameters.begin(), f.parameters.end(), p) != f.parameters.end()) {
            error(where, "FUNC " + f.name + ": parameter " + std::string(p) + " appears twice");
            return;
        }
        for (const auto& fixed : f.fixed) {
            if (fixed.name == p) {
                error(where, "FUNC " + f.name + ": " + std::string(p) +
                                 " is both a fixed condition and a parameter");
                return;
            }
        }
        if (p == "MSG") after_message = true;
        f.parameters.emplace_back(p);
    }
    add_function(std::move(f));
}

void ConfigReader::add_function(TraceFunction function) {
    for (auto& known : config_.functions) {
        if (known.name != function.name) continue;
        if (known.where.file == "defaultwpp.ini") {  // a driver's own DoTraceMessage wins
            known = std::move(function);
            return;
        }
        if (!known.same_declaration(function))
            error(function.where, "FUNC " + function.name +
                                      " declared again differently (first at " + known.where.file +
                                      ":" + std::to_string(known.where.line) + ")");
        return;  // the same declaration seen twice (a header scanned for several sources)
    }
    config_.functions.push_back(std::move(function));
}

void ConfigReader::parse_affix(std::string_view keyword, std::string_view args,
                               const Location& where) {
    std::vector<std::string_view> parts = split_top_level(args);
    const std::string function(trim(parts[0]));
    if (function != "*" && !is_identifier(function)) {
        error(where,
              std::string(keyword) + ": expected a function name or *, got \"" + function + "\"");
        return;
    }
    if (keyword == "NOPREFIX") {
        if (parts.size() != 1) {
            error(where, "NOPREFIX takes one function name");
            return;
        }
        config_.no_prefix.emplace(function, where);
        return;
    }
    if (parts.size() < 2 || !is_string_literal(trim(parts[1]))) {
        error(where, std::string(keyword) + "(" + function +
                         ", ...): expected a format string after the function name");
        return;
    }
    Affix affix{std::string(trim(parts[1])), {}, where};
    for (std::size_t i = 2; i < parts.size(); ++i) {
        std::string_view a = trim(parts[i]);
        if (a.empty()) {
            error(where, std::string(keyword) + "(" + function + ", ...): empty argument");
            return;
        }
        affix.arguments.emplace_back(a);
    }
    auto& into = keyword == "USEPREFIX" ? config_.prefixes : config_.suffixes;
    into[function] = std::move(affix);
}

void ConfigReader::parse_custom_type(std::string_view args, const Location& where) {
    std::vector<std::string_view> parts = split_top_level(args);
    if (parts.size() != 2 || !is_identifier(trim(parts[0]))) {
        error(where, "CUSTOM_TYPE: expected CUSTOM_TYPE(name, ItemKind(...)), got (" +
                         std::string(args) + ")");
        return;
    }
    PendingType t;
    t.name = std::string(trim(parts[0]));
    t.where = where;
    std::string_view kind_text = trim(parts[1]);
    std::size_t n = 0;
    while (n < kind_text.size() && is_ident_char(kind_text[n])) ++n;
    t.kind = std::string(kind_text.substr(0, n));
    std::string_view rest = trim(kind_text.substr(n));
    std::string_view body;
    if (!parenthesized(rest, body) || !trim(rest).empty()) {
        error(where, "CUSTOM_TYPE(" + t.name + ", ...): expected ItemKind(...), got \"" +
                         std::string(kind_text) + "\"");
        return;
    }
    t.body = std::string(trim(body));
    pending_types_.push_back(std::move(t));
}

namespace {

const char* const list_kinds[] = {"ItemListByte", "ItemListShort", "ItemListLong",
                                  "ItemSetByte",  "ItemSetShort",  "ItemSetLong"};

}  // namespace

std::optional<Config> ConfigReader::finish() {
    for (const PendingType& t : pending_types_) {
        bool duplicate = false;
        for (const auto& known : config_.custom_types) duplicate |= known.name == t.name;
        std::string definition;
        if (std::find(std::begin(list_kinds), std::end(list_kinds), t.kind) !=
            std::end(list_kinds)) {
            definition = t.kind + "(";
            bool ok = true;
            std::size_t count = 0;
            for (std::string_view item : split_top_level(t.body)) {
                item = trim(item);
                // An item's name is free text (ItemListLong(Outbound, Inbound,
                // Outbound+Inbound)); "NAME=NUMBER" gives it a value.
                std::size_t eq = item.find('=');
                std::string_view name = trim(item.substr(0, eq));
                bool value_ok = eq == std::string_view::npos ||
                                parse_integer(trim(item.substr(eq + 1))).has_value();
                if (name.empty() || !value_ok) {
                    error(t.where, "CUSTOM_TYPE(" + t.name + ", " + t.kind + "(...)): item \"" +
                                       std::string(item) + "\" is not NAME or NAME=NUMBER");
                    ok = false;
                    break;
                }
                // Appended piece by piece: GCC 12 -O3 warns wrongly (-Wrestrict) about
                // `"," + std::string(...)`.
                if (count++) definition += ',';
                definition.append(name);
                if (eq != std::string_view::npos) {
                    definition += '=';
                    definition.append(trim(item.substr(eq + 1)));
                }
            }
            if (!ok) continue;
            if (count == 0) {
                error(t.where, "CUSTOM_TYPE(" + t.name + ", " + t.kind + "()): no items");
                continue;
            }
            definition += ")";
        } else if (t.kind == "ItemEnum" || t.kind == "ItemFlagsEnum") {
            const std::string enum_name = t.body;
            auto found = enums_.enums.find(enum_name);
            if (found == enums_.enums.end()) {
                // tracewpp takes enums from the PDB, so it accepts any name here. Without the
                // declaration the values print as numbers; the driver still builds and traces.
                const auto why = enums_.unresolved.find(enum_name);
                warning(t.where,
                        "CUSTOM_TYPE(" + t.name + ", " + t.kind + "(" + enum_name + ")): " +
                            (why != enums_.unresolved.end()
                                 ? "cannot resolve the enum: " + why->second
                                 : "no enum " + enum_name +
                                       " in the scanned files and sources (pass the header that "
                                       "declares it with -scan:)") +
                            "; its values print as numbers");
                if (!duplicate)
                    config_.custom_types.push_back(
                        {t.name, t.kind + "(" + enum_name + ")", t.where});
                continue;
            }
            definition = t.kind + "(" + enum_name + "){";
            for (std::size_t i = 0; i < found->second.size(); ++i)
                definition += (i ? "," : "") + found->second[i].first + "=" +
                              std::to_string(found->second[i].second);
            definition += "}";
        } else {
            // A kind of WPP's own (ItemLong, ItemString, ...) or of a newer WPP: the build goes
            // on; %!name! then needs an integer of at most 32 bits and prints as a number.
            warning(t.where, "CUSTOM_TYPE(" + t.name + ", " + t.kind + "(...)): type kind \"" +
                                 t.kind +
                                 "\" is not supported (ItemListByte/Short/Long, "
                                 "ItemSetByte/Short/Long, ItemEnum and ItemFlagsEnum are); "
                                 "%!" +
                                 t.name + "! prints as a number");
            definition = "ItemListLong()";
        }
        if (duplicate) {
            for (const auto& known : config_.custom_types)
                if (known.name == t.name && known.definition != definition)
                    error(t.where, "CUSTOM_TYPE " + t.name + " declared again differently");
            continue;
        }
        config_.custom_types.push_back({t.name, definition, t.where});
    }
    pending_types_.clear();
    // A prefix for a function that is not declared does nothing (tracewpp accepts it): a
    // warning, since it is usually a misspelt name.
    auto declared = [&](const std::string& name, const Location& where, const char* what) {
        if (name == "*" || config_.find_function(name)) return true;
        warning(where, std::string(what) + "(" + name + ", ...): no FUNC " + name +
                           " is declared; ignored");
        return false;
    };
    std::erase_if(config_.prefixes, [&](const auto& entry) {
        return !declared(entry.first, entry.second.where, "USEPREFIX");
    });
    std::erase_if(config_.suffixes, [&](const auto& entry) {
        return !declared(entry.first, entry.second.where, "USESUFFIX");
    });
    std::erase_if(config_.no_prefix, [&](const auto& entry) {
        return !declared(entry.first, entry.second, "NOPREFIX");
    });
    for (const auto& d : diagnostics_)
        if (d.error) return std::nullopt;
    return config_;
}

}  // namespace wpptrace::tracewpp
