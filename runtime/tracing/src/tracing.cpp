// tracing.cpp - WPP_INIT_TRACING and WPP_CLEANUP: the cold half of the tracing runtime.
//
// At init a module's sites get their ids (content hashes) and argument encodings, C formats are
// checked (C++ ones were checked by the compiler), the catalog is written into the trace, and
// the module's control blocks open as the controller asked. Cleanup closes them again.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <wpp/format_spec.h>
#include <wpp/runtime.h>
#include <wpp/extended_names.hpp>
#include <wpp/wide_format.hpp>

#include "catalog_tracepoint.h"
#include "control_config.hpp"
#include "module_identity.hpp"

namespace wpptrace::runtime {
namespace {

struct LoadedModule {
    const wpp_module_desc* desc;
    std::vector<wpp_site*> sites;
};

// Never destroyed: drivers' unload destructors may run after this library's static
// destructors at process exit.
std::mutex& registry_mutex = *new std::mutex;
std::vector<LoadedModule>& registry = *new std::vector<LoadedModule>;  // between init and cleanup

std::vector<wpp_site*> collect_sites(const wpp_module_desc& desc) {
    std::vector<wpp_site*> sites;
    std::unordered_set<wpp_site*> seen;
    auto take = [&](wpp_site* site) {
        if (site && site->magic == WPP_SITE_MAGIC && seen.insert(site).second)
            sites.push_back(site);
    };
    if (desc.sites_begin && desc.sites_end)
        for (auto* p = desc.sites_begin; p < desc.sites_end; ++p) take(*p);
    if (desc.linked_sites)
        for (wpp_site* s = *desc.linked_sites; s; s = s->next) take(s);
    return sites;
}

// Ids and encodings; a C format that does not match its arguments is reported here, since the
// compiler could not (the message still records, and the decoder shows the mismatch).
// The UTF-8 text of C sites' wide formats, kept for as long as the process runs (a module
// unloaded and loaded again converts anew). Guarded by registry_mutex.
std::deque<std::string>& converted_formats = *new std::deque<std::string>;

void prepare_site(const wpp_module_desc& desc, wpp_site& site) {
    if (site.attributes & WPP_SITE_WIDE_FORMAT) {  // a C call's L"..." MSG
        converted_formats.push_back(
            wpp::detail::utf8_of_wide(reinterpret_cast<const wchar_t*>(site.format)));
        site.format = converted_formats.back().c_str();
        site.attributes &= ~WPP_SITE_WIDE_FORMAT;
    }
    // Every site found in this binary is this module's, also one compiled into it from a static
    // library that named itself after its own control GUID (the decoder's ELF reader does the
    // same). Its control index refers to this binary's WPP_CONTROL_GUIDS, as in WPP, where a
    // binary repeats its libraries' control GUIDs first.
    site.module = desc.name;
    if (site.attributes & WPP_SITE_CUSTOM_TYPE) {  // a declaration, not a message: no format
        site.id = wpp_site_id_attributed(
            wpp_site_id(site.module, site.control, site.file, site.line, site.function, site.level,
                        site.flags, site.format, site.types),
            site.attributes);
        return;
    }
    if (site.control >= desc.control_count)
        std::fprintf(stderr,
                     "wpptrace: %s:%u: %s: control GUID %u of the message's WPP_CONTROL_GUIDS is "
                     "not declared by driver %s, which has %u (a static library's control GUIDs "
                     "must come first in the driver's WPP_CONTROL_GUIDS); the message is never "
                     "recorded\n",
                     site.file, site.line, site.function, site.control + 1, desc.name,
                     desc.control_count);
    std::uint32_t argument = 0;
    wpp_spec spec{};
    int result = wpp_check_format(site.format, site.types, site.encodings, &argument, &spec);
    if (result != WPP_CHECK_OK) {
        std::string conversion(site.format + spec.begin, spec.end - spec.begin);
        std::fprintf(stderr, "wpptrace: %s:%u: %s: format \"%s\": argument %u (\"%s\"): %s\n",
                     site.file, site.line, site.function, site.format, argument + 1,
                     conversion.c_str(), wpp_check_message(result));
    }
    site.id = wpp_site_id_attributed(
        wpp_site_id(site.module, site.control, site.file, site.line, site.function, site.level,
                    site.flags, site.format, site.types),
        site.attributes);
}

// A %!name! that is neither built in nor declared by the module's CUSTOM_TYPE records would
// decode as an unknown type: say so now, like a format mismatch.
void report_undeclared_custom_types(const std::vector<wpp_site*>& sites) {
    std::unordered_set<std::string> declared;
    for (const wpp_site* site : sites)
        if (site->attributes & WPP_SITE_CUSTOM_TYPE) declared.insert(site->flags);
    for (const wpp_site* site : sites) {
        if (site->attributes & WPP_SITE_CUSTOM_TYPE) continue;
        for (const std::string& name : wpp::detail::extended_names(site->format))
            if (!wpp::detail::is_builtin_extended_name(name) && !declared.count(name))
                std::fprintf(stderr,
                             "wpptrace: %s:%u: %s: format \"%s\": %%!%s! is neither a built-in "
                             "type nor a CUSTOM_TYPE of the driver\n",
                             site->file, site->line, site->function, site->format, name.c_str());
    }
}

std::string describe_controls(const wpp_module_desc& desc) {
    std::string text;
    for (std::uint32_t i = 0; i < desc.control_count; ++i) {
        const wpp_control_desc& c = desc.controls[i];
        char guid[40];
        std::snprintf(guid, sizeof guid, "%08x-%04x-%04x-%04x-%012llx", c.guid_data1, c.guid_data2,
                      c.guid_data3, c.guid_data4,
                      static_cast<unsigned long long>(c.guid_node & 0xffffffffffffull));
        text += c.name;
        text += ' ';
        text += guid;
        if (c.bits && *c.bits) text += ' ';  // the flag names, newline-separated in the record
        for (const char* b = c.bits; b && *b; ++b) text += *b == '\n' ? ' ' : *b;
        if (!text.empty() && text.back() == ' ') text.pop_back();
        text += '\n';
    }
    return text;
}

void record_catalog(const wpp_module_desc& desc, const std::vector<wpp_site*>& sites) {
    if (lttng_ust_tracepoint_enabled(wpp_catalog, module)) {
        ModuleIdentity identity = identify_module(&desc);
        std::string controls = describe_controls(desc);
        lttng_ust_do_tracepoint(wpp_catalog, module, desc.name, identity.path.c_str(),
                                identity.build_id.c_str(), controls.c_str());
    }
    if (lttng_ust_tracepoint_enabled(wpp_catalog, message))
        for (const wpp_site* site : sites) lttng_ust_do_tracepoint(wpp_catalog, message, site);
}

// The selection in force: WPPTRACE_CONTROL at start, wpptrace_configure() later.
// Unset (nullopt) opens every module fully.
std::optional<ControlConfig> selection;
bool selection_read = false;

const std::optional<ControlConfig>& current_selection() {
    if (!selection_read) {
        selection_read = true;
        if (const char* env = std::getenv("WPPTRACE_CONTROL")) {
            std::string error;
            selection = ControlConfig::parse(env, error);
            if (!selection)
                std::fprintf(stderr, "wpptrace: ignoring WPPTRACE_CONTROL: %s\n", error.c_str());
        }
    }
    return selection;
}

void open_controls(const wpp_module_desc& desc) {
    const std::optional<ControlConfig>& config = current_selection();
    const ControlRule everything{};
    const ControlRule* rule = config ? config->find(desc.name) : &everything;
    for (std::uint32_t i = 0; i < desc.control_count; ++i) {
        if (rule)
            open_block(desc.blocks[i], rule->level, flag_mask(*rule, desc.controls[i]));
        else
            close_block(desc.blocks[i]);
    }
}

// Closes a module's control blocks, records its end in the trace and drops it from the registry;
// false when not registered.
// Caller holds registry_mutex.
bool forget_module(wpp_control_block* blocks, const char* how) {
    for (auto it = registry.begin(); it != registry.end(); ++it) {
        if (it->desc->blocks != blocks) continue;
        for (std::uint32_t i = 0; i < it->desc->control_count; ++i) close_block(blocks[i]);
        if (lttng_ust_tracepoint_enabled(wpp_catalog, module_end))
            lttng_ust_do_tracepoint(wpp_catalog, module_end, it->desc->name, how);
        registry.erase(it);
        return true;
    }
    return false;
}

void init_module(const wpp_module_desc* desc) {
    if (!desc || desc->magic != WPP_MODULE_MAGIC || !desc->blocks ||
        desc->control_count > WPP_MAX_CONTROLS) {
        std::fprintf(stderr,
                     "wpptrace: WPP_INIT_TRACING: bad module descriptor (built against "
                     "another wpptrace version?)\n");
        return;
    }
    std::lock_guard lock(registry_mutex);
    for (const auto& loaded : registry)
        if (loaded.desc->blocks == desc->blocks) return;  // WPP ignores a repeated init
    LoadedModule loaded{desc, collect_sites(*desc)};
    for (wpp_site* site : loaded.sites) prepare_site(*desc, *site);
    report_undeclared_custom_types(loaded.sites);
    record_catalog(*desc, loaded.sites);
    open_controls(*desc);
    registry.push_back(std::move(loaded));
}

int configure(const char* text) {
    std::optional<ControlConfig> config;
    if (text && *text) {
        std::string error;
        config = ControlConfig::parse(text, error);
        if (!config) {
            std::fprintf(stderr, "wpptrace: wpptrace_configure: %s\n", error.c_str());
            return -1;
        }
    }
    std::lock_guard lock(registry_mutex);
    selection = std::move(config);
    selection_read = true;
    for (const auto& loaded : registry) open_controls(*loaded.desc);
    return 0;
}

// A driver calls in through the entries below, from C: nothing may be thrown back at it. An
// exception (out of memory while preparing sites, say) is reported on stderr, the first one in
// the process only, so that a failing module does not flood the output; the call then does
// nothing more and the driver carries on, with its tracing incomplete.
std::atomic<bool> exception_reported{false};

// Call inside a catch block.
void report_exception_once(const char* entry) noexcept {
    if (exception_reported.exchange(true)) return;
    const char* what = "unknown exception";
    try {
        throw;
    } catch (const std::bad_alloc&) {
        what = "out of memory";
    } catch (const std::exception& e) {
        what = e.what();
    } catch (...) {
    }
    std::fprintf(stderr,
                 "wpptrace: %s: %s; tracing of this module may be incomplete (later errors are "
                 "not reported)\n",
                 entry, what);
}

template <class Body>
void without_exceptions(const char* entry, Body&& body) noexcept {
    try {
        body();
    } catch (...) {
        report_exception_once(entry);
    }
}

}  // namespace

// The C entries, defined inside the namespace (C linkage all the same) so that they name the
// runtime's helpers directly.
extern "C" void wpptrace_init_module(const wpp_module_desc* desc, const void*, const void*,
                                     const wchar_t*) {
    without_exceptions("WPP_INIT_TRACING", [&] { init_module(desc); });
}

extern "C" void wpptrace_cleanup_module(wpp_control_block* blocks) {
    without_exceptions("WPP_CLEANUP", [&] {
        std::lock_guard lock(registry_mutex);
        forget_module(blocks, "WPP_CLEANUP");
    });
}

extern "C" int wpptrace_configure(const char* text) {
    int result = -1;
    without_exceptions("wpptrace_configure", [&] { result = configure(text); });
    return result;
}

extern "C" void wpptrace_module_unloading(wpp_control_block* blocks, const char* module_name) {
    without_exceptions("wpptrace_module_unloading", [&] {
        std::lock_guard lock(registry_mutex);
        if (forget_module(blocks, "unloaded without WPP_CLEANUP"))
            std::fprintf(stderr, "wpptrace: driver %s unloaded without WPP_CLEANUP\n",
                         module_name ? module_name : "?");
    });
}

}  // namespace wpptrace::runtime
