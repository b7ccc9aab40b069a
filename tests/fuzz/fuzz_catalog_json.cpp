// fuzz_catalog_json: arbitrary bytes as a catalog file (`decode -c drivers.json`), then what the
// tools do with whatever loaded (check, listing, rendering, export and reload).
#include <pthread.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "catalog_roundtrip.hpp"

namespace {

using namespace wpptrace::decoder;

struct Input {
    const std::uint8_t* data;
    std::size_t size;
};

void* load_and_exercise(void* argument) {
    const auto* input = static_cast<const Input*>(argument);
    Catalog catalog;
    const CatalogFileResult result =
        load_catalog_json(std::string_view(reinterpret_cast<const char*>(input->data), input->size),
                          catalog, "fuzz.json");
    fuzz::require(result.ok() || (catalog.messages().empty() && catalog.modules().empty()),
                  "a failed load added to the catalog");
    fuzz::require(result.added == catalog.messages().size(), "added count differs");
    fuzz::require(
        result.added + result.duplicates + result.rejected + result.collisions == result.messages,
        "message counts do not add up");
    fuzz::exercise_catalog(catalog);
    return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The work runs on a 256 KB stack. Inputs stop at 64 KB, where recursion once per nesting
    // level of the JSON stays within the usual 8 MB stack, but not within this one: a reader that
    // recurses with the nesting (as dump() did on a 200,000-deep version) becomes a crash here.
    Input input{data, size};
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, 256 * 1024);
    pthread_t thread;
    fuzz::require(pthread_create(&thread, &attributes, load_and_exercise, &input) == 0,
                  "cannot start the thread");
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attributes);
    return 0;
}
