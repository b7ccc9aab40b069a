// catalog_roundtrip.hpp - what the catalog fuzzers do with whatever a reader loaded: everything
// the decoder and `wpptrace catalog` do with a catalog, and checks that exporting is faithful.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/catalog_file.hpp"
#include "wpptrace/decoder/elf_catalog.hpp"
#include "wpptrace/decoder/format_engine.hpp"

namespace wpptrace::decoder::fuzz {

inline void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

inline void exercise_catalog(const Catalog& catalog) {
    // `wpptrace catalog --check`
    for (const SiteProblem& problem : check_catalog(catalog)) {
        require(!describe_problem(problem).empty(), "a problem without a description");
    }
    // `wpptrace catalog` (the listing)
    (void)catalog_to_text(catalog);
    // The decoder prepares every message it meets; an event may carry no words at all.
    for (const auto& message : catalog.messages()) {
        const PreparedMessage prepared = prepare(*message);
        std::string out;
        (void)render(prepared, {}, out);
    }

    // `wpptrace catalog --export`, then `decode -c` on another machine: what was written loads
    // back whole, and exporting that again gives the same file.
    std::vector<std::string> left_out;
    const std::string exported = catalog_to_json(catalog, &left_out);
    Catalog reloaded;
    const CatalogFileResult result = load_catalog_json(exported, reloaded, "exported");
    require(result.ok(), "an exported catalog does not load");
    require(result.warnings.empty() && result.rejected == 0 && result.collisions == 0,
            "an exported catalog loads with rejected entries");
    require(result.messages + left_out.size() >= catalog.messages().size(),
            "messages lost by the export without a warning");
    require(catalog_to_json(reloaded) == exported, "exporting a reloaded catalog changes it");
}

}  // namespace wpptrace::decoder::fuzz
