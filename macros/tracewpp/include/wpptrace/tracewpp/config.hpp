// config.hpp - a driver's WPP configuration, as tracewpp reads it: trace functions (FUNC),
// prefixes and suffixes, and custom types, from `// begin_wpp config ... // end_wpp` blocks of
// scanned files and sources, -ini files and -func: options.
//
//   wpptrace::tracewpp::ConfigReader reader;
//   reader.add_func_option("DoTraceLevelMessage(LEVEL,FLAGS,MSG,...)");
//   reader.read_scanned_file(text_of("trace.h"), "trace.h");
//   std::optional<Config> config = reader.finish();   // nullopt: see reader.diagnostics()
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wpptrace::tracewpp {

struct Location {
    std::string file;
    unsigned line = 0;
};

// "file:line: error: message", the form compilers and editors link to.
struct Diagnostic {
    Location where;
    std::string message;
    bool error = true;  // false: a warning (something accepted but not supported)
    std::string text() const;
};

struct FixedCondition {
    std::string name;   // LEVEL
    std::string value;  // TRACE_LEVEL_ERROR
};

// FUNC Name{FIXED=value, ...}(PARAM, ..., MSG, ...), the KdPrint form Name{...}((MSG, ...)), or
// a parenthesized message group after other parameters: RT_TRACE(COMPID, LEVEL, (MSG, ...)).
// MSG is optional: `FUNC Enter{...}(...)` takes its text from USEPREFIX / USESUFFIX.
struct TraceFunction {
    std::string name;
    Location where;
    std::vector<FixedCondition> fixed;
    std::vector<std::string> parameters;  // as declared, flattened: "MSG" and "..." included
    bool double_parenthesis = false;      // parameters[group_start...] are one (...) argument
    std::size_t group_start = 0;

    // The names the user's WPP_<A>_<B>_ENABLED / _LOGGER / _PRE / _POST are built from: fixed
    // conditions first, then the parameters before MSG, IFRLOG left out.
    std::vector<std::string> conditions() const;
    bool has_message() const;
    bool variadic() const;
    bool has_ifrlog() const;
    bool same_declaration(const TraceFunction& other) const;
};

// USEPREFIX / USESUFFIX: a format (as C string literal text, quotes included) and its arguments.
struct Affix {
    std::string format;
    std::vector<std::string> arguments;
    Location where;
};

struct CustomType {
    std::string name;        // the %!name!
    std::string definition;  // "ItemListLong(Idle,Busy)", "ItemEnum(_State){Off=0,On=1}"
    Location where;
};

struct Config {
    std::vector<TraceFunction> functions;
    std::map<std::string, Affix> prefixes;  // by function name; "*" for every function
    std::map<std::string, Affix> suffixes;
    std::map<std::string, Location> no_prefix;
    std::vector<CustomType> custom_types;

    const TraceFunction* find_function(std::string_view name) const;
};

// The enumerators of a C enum in declaration order, values resolved.
using EnumValues = std::vector<std::pair<std::string, std::int64_t>>;

// Every `enum Tag {...}` and `typedef enum Tag {...} Alias;` of a C or C++ text, by tag and by
// alias. Enumerators whose value cannot be computed (a function call, a name declared
// elsewhere) make the enum unresolvable: its entry holds the reason instead.
// An enumerator value whose arithmetic faults (a division by zero, an overflow, a shift out of
// range) leaves its enum unresolved and is a warning of the file at the enumerator's line, as
// MSVC warns (C4307) rather than fail a driver that never uses the enum in a CUSTOM_TYPE.
struct EnumScan {
    struct Fault {
        unsigned line = 0;
        std::string message;
    };
    std::map<std::string, EnumValues> enums;
    std::map<std::string, std::string> unresolved;  // name -> why
    std::vector<Fault> faults{};                    // taken by the reader after each scan
};
void scan_enums(std::string_view text, EnumScan& into);

class ConfigReader {
  public:
    ConfigReader();  // starts with WPP's default: FUNC DoTraceMessage(LEVEL,MSG,...)

    // A whole configuration text (an -ini file): one statement per line or ';'.
    void read_config_text(std::string_view text, const std::string& file);
    // A scanned file or a source: its begin_wpp config blocks, and its enums for ItemEnum.
    void read_scanned_file(std::string_view text, const std::string& file);
    // -func:DECL, e.g. "TraceEvents(LEVEL,FLAGS,MSG,...)".
    void add_func_option(std::string_view declaration);

    // Resolves custom types and checks references; nullopt when anything was an error.
    std::optional<Config> finish();

    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  private:
    struct PendingType {
        std::string name, kind, body;  // body: text inside the kind's parentheses
        Location where;
    };
    void statement(std::string_view text, const Location& where);
    void parse_func(std::string_view text, const Location& where);
    void parse_affix(std::string_view keyword, std::string_view args, const Location& where);
    void parse_custom_type(std::string_view args, const Location& where);
    void add_function(TraceFunction function);
    void error(const Location& where, std::string message);
    void warning(const Location& where, std::string message);

    Config config_;
    std::vector<PendingType> pending_types_;
    EnumScan enums_;
    std::vector<Diagnostic> diagnostics_;
    unsigned func_options_ = 0;
};

// The text of one .tmh: includes <wpp/wpp.h> and <wpp/detail/func.h>, declares the custom
// types and defines each trace function as a macro (see func.h for what the conditions mean).
std::string generate_tmh(const Config& config, const std::string& source_name);

}  // namespace wpptrace::tracewpp
