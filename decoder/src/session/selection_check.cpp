// selection_check.cpp - the drivers and flags asked of `record` against the trace's catalog
// (see selection_check.hpp).
#include "wpptrace/decoder/selection_check.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string_view>

#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::decoder {
namespace {

// Collects the wpp_catalog:module records; everything else is skipped.
class ModuleCollector : public TraceVisitor {
  public:
    void on_message(const WppEvent&) override {}
    void on_catalog_message(MessageInfo) override {}
    void on_catalog_module(ModuleInfo module) override {
        auto known = std::find_if(modules.begin(), modules.end(),
                                  [&](const ModuleInfo& m) { return m.name == module.name; });
        if (known == modules.end()) {
            modules.push_back(std::move(module));
            return;
        }
        for (auto& control : module.controls) known->controls.push_back(std::move(control));
    }
    void on_discarded_events(std::uint64_t, bool, LostFrom) override {}
    void on_discarded_packets(std::uint64_t, bool, LostFrom) override {}
    void on_malformed_event(std::string_view, std::string_view) override {}

    std::vector<ModuleInfo> modules;
};

std::vector<std::string> split_flags(const std::string& flags) {
    std::vector<std::string> names;
    std::string_view rest(flags);
    while (!rest.empty()) {
        const std::size_t bar = rest.find('|');
        std::string_view name = rest.substr(0, bar);
        // A number (a mask, 0x3) selects bits, not names: nothing to look for.
        if (!name.empty() && name != "*" && !std::isdigit(static_cast<unsigned char>(name[0])))
            names.emplace_back(name);
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
    }
    return names;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Edits (insert, delete, substitute) from a to b, ignoring case.
std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
    const std::string a = lower(a_text), b = lower(b_text);
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The known name nearest to `name`, when it is close enough to be a misspelling: at most 3
// edits and a quarter of the longer name (a case difference alone always is).
std::string nearest(const std::string& name, const std::vector<std::string>& known) {
    std::string best;
    std::size_t best_distance = 0;
    for (const auto& candidate : known) {
        const std::size_t d = edit_distance(name, candidate);
        const std::size_t longer = std::max(name.size(), candidate.size());
        if (d > 3 || d * 4 > longer) continue;
        if (best.empty() || d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    return best;
}

std::string listed(const std::vector<std::string>& names) {
    constexpr std::size_t shown = 16;
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) text += (i ? ", " : "") + names[i];
    if (names.size() > shown) text += ", ...";
    return text;
}

std::string with_suggestion(std::string warning, const std::string& name,
                            const std::vector<std::string>& known) {
    if (std::string near = nearest(name, known); !near.empty())
        warning += "; did you mean " + near + "?";
    return warning;
}

}  // namespace

bool selection_names_anything(const std::vector<std::string>& drivers, const std::string& flags) {
    return std::any_of(drivers.begin(), drivers.end(),
                       [](const std::string& d) { return d != "*"; }) ||
           !split_flags(flags).empty();
}

std::vector<ModuleInfo> traced_modules(const std::string& trace_dir) {
    ModuleCollector collector;
    read_traces({trace_dir}, collector);  // what could not be read names no module
    return std::move(collector.modules);
}

std::vector<std::string> check_selection(const std::vector<std::string>& drivers,
                                         const std::string& flags,
                                         const std::vector<ModuleInfo>& modules) {
    std::vector<std::string> warnings;
    std::vector<std::string> seen;
    for (const auto& m : modules) seen.push_back(m.name);
    const std::string none = "no driver registered in this trace";

    // The modules the flags apply to: the selected drivers that were seen, or all.
    std::vector<const ModuleInfo*> selected;
    bool every_driver = drivers.empty();
    for (const auto& driver : drivers) {
        if (driver == "*") {
            every_driver = true;
            continue;
        }
        auto found = std::find(seen.begin(), seen.end(), driver);
        if (found != seen.end()) {
            const ModuleInfo* module = &modules[found - seen.begin()];
            if (std::find(selected.begin(), selected.end(), module) == selected.end())
                selected.push_back(module);
            continue;
        }
        warnings.push_back(
            with_suggestion("no driver named " + driver + " traced (" +
                                (seen.empty() ? none : "drivers seen: " + listed(seen)) + ")",
                            driver, seen));
    }
    if (every_driver) {
        selected.clear();
        for (const auto& m : modules) selected.push_back(&m);
    }

    const std::vector<std::string> flag_names = split_flags(flags);
    if (flag_names.empty() || (selected.empty() && !every_driver))
        return warnings;  // no flag to check, or only drivers that were not traced (warned)
    std::vector<std::string> declared;
    std::string owners;
    for (const ModuleInfo* m : selected) {
        owners += (owners.empty() ? "" : " or ") + m->name;
        for (const auto& control : m->controls)
            for (const auto& bit : control.bits)
                if (!bit.empty() &&
                    std::find(declared.begin(), declared.end(), bit) == declared.end())
                    declared.push_back(bit);
    }
    const std::string scope = every_driver ? "any traced driver" : owners;
    for (const auto& flag : flag_names) {
        if (std::find(declared.begin(), declared.end(), flag) != declared.end()) continue;
        std::string context = selected.empty()   ? none
                              : declared.empty() ? "no flags declared"
                                                 : "flags seen: " + listed(declared);
        warnings.push_back(with_suggestion(
            "no flag named " + flag + " declared by " + scope + " (" + context + ")", flag,
            declared));
    }
    return warnings;
}

}  // namespace wpptrace::decoder
