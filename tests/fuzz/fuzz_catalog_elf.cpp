// fuzz_catalog_elf: arbitrary bytes as a driver binary (`decode -c serial.so`, `wpptrace catalog
// --check`), then what the tools do with whatever loaded (check, listing, rendering, export and
// reload).
#include <cstddef>
#include <cstdint>
#include <span>

#include "catalog_roundtrip.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace wpptrace::decoder;
    Catalog catalog;
    const LoadResult result =
        load_catalog_from_elf_image(std::span<const unsigned char>(data, size), "fuzz.so", catalog);
    fuzz::require(result.ok() || (catalog.messages().empty() && catalog.modules().empty()),
                  "a failed load added to the catalog");
    fuzz::require(result.added == catalog.messages().size(), "added count differs");
    fuzz::require(
        result.added + result.duplicates + result.collisions + result.skipped == result.sites,
        "site counts do not add up");
    fuzz::exercise_catalog(catalog);
    return 0;
}
