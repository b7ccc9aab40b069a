// elf_catalog.hpp - the catalog out of driver binaries (what tracepdb does with PDBs), and the
// build-time check of every call site's format against its argument types.
//
// A driver's call sites are `struct wpp_site` records: C sites are reached through the pointers
// in its `wpp_site_ptrs` section, C++ sites (which have no pointer) by their WPP_SITE_MAGIC in
// the data sections. Its control GUIDs come from its `struct wpp_module_desc`, found by
// WPP_MODULE_MAGIC (or through a `wpp_module_ptrs` section). Only x86_64 ELF64 executables (PIE
// or not) and shared objects are read. The file is untrusted: every offset, size and count is
// checked, and a bad file gives an error, a bad record a warning, never a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder {

struct LoadResult {
    std::string error;                  // why the file could not be read at all (nothing added)
    std::vector<std::string> warnings;  // records that were skipped, and why
    std::size_t sites = 0;              // site records found, readable or not
    std::size_t added = 0;              // messages new to the catalog
    std::size_t duplicates = 0;         // already known with the same content
    std::size_t collisions = 0;         // id taken by another message (rejected by the catalog)
    std::size_t skipped = 0;            // unusable site records or pointers (see warnings)
    std::size_t modules = 0;            // module descriptions read
    std::string build_id;               // GNU build id, lowercase hex; empty when none

    bool ok() const { return error.empty(); }
    // ok() and every record read: what `wpptrace catalog --check` requires.
    bool clean() const { return error.empty() && warnings.empty() && collisions == 0; }
};

// True when the file starts with the ELF magic (any class or machine).
bool is_elf_file(const std::string& path);

// Adds the call sites and modules of one binary to `into`. A binary without call sites is not
// an error: it simply has no messages.
LoadResult load_catalog_from_elf(const std::string& path, Catalog& into);

// The same on a file already in memory; `path` is only recorded in ModuleInfo::path.
LoadResult load_catalog_from_elf_image(std::span<const unsigned char> image,
                                       const std::string& path, Catalog& into);

// One message whose format does not fit its argument types (C cannot check at compile time).
struct SiteProblem {
    std::uint64_t id = 0;
    std::string module;
    std::string file;
    std::uint32_t line = 0;
    std::string function;
    std::string format;
    std::string types;
    std::uint32_t argument = 0;  // 1-based; 0 when no single argument is at fault
    std::string specifier;       // the conversion as written ("%d"); empty past the last one
    int result = 0;              // enum wpp_check_result
    std::string message;         // wpp_check_message(result), or why the types are invalid
};

// Every message of the catalog through wpp_check_format, in file and line order.
std::vector<SiteProblem> check_catalog(const Catalog& catalog);

// "file:line: error: function: ..." so that editors and CI logs link to the call site.
std::string describe_problem(const SiteProblem& problem);

}  // namespace wpptrace::decoder
