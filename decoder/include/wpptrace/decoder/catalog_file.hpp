// catalog_file.hpp - the exported catalog (this project's TMF) and its text listing.
//
// A catalog file is JSON:
//   {"wpptrace_catalog": 1,
//    "modules": [{"name", "build_id", "path", "controls": [{"name", "guid", "bits": [...]}]}],
//    "messages": [{"id": "0x<16 hex digits>", "module", "control", "flag_mask", "file", "line",
//                  "function", "level", "flags", "format", "types"}]}
// Ids are hex strings because 64-bit values do not survive JSON numbers in every reader. Text is
// UTF-8. Loading checks every field; a message whose id is not the hash of its content is
// rejected, so a catalog file cannot make the decoder show a different text for an id.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder {

inline constexpr int kCatalogFileVersion = 1;

struct CatalogFileResult {
    std::string error;                  // why nothing was loaded (or written)
    std::vector<std::string> warnings;  // entries that were rejected or left out, and why
    std::size_t messages = 0;           // message entries read (or written)
    std::size_t added = 0;              // new to the catalog
    std::size_t duplicates = 0;         // already known with the same content
    std::size_t rejected = 0;           // invalid entries, forged ids included
    std::size_t collisions = 0;         // id taken by another message
    std::size_t modules = 0;            // module entries read (or written)

    bool ok() const { return error.empty(); }
};

// The JSON text of a catalog. Messages (and modules) whose text is not valid UTF-8 cannot be
// stored faithfully in JSON: they are left out and named in `warnings` when it is given.
std::string catalog_to_json(const Catalog& catalog, std::vector<std::string>* warnings = nullptr);

// Writes through a temporary file and a rename, so a failed export leaves no partial file.
CatalogFileResult save_catalog_file(const Catalog& catalog, const std::string& path);

// `source` names the text in messages (a path, or empty).
CatalogFileResult load_catalog_json(std::string_view text, Catalog& into,
                                    const std::string& source = {});
CatalogFileResult load_catalog_file(const std::string& path, Catalog& into);

// Why a message cannot be a catalog entry (empty when it can): unknown type codes, more than
// WPP_MAX_ARGS arguments, NUL inside a text. The binary and file loaders both apply it.
std::string message_problem(const MessageInfo& message);

// "0x" and 16 lowercase hex digits.
std::string format_message_id(std::uint64_t id);
// Accepts "0x" (or "0X") and 1 to 16 hex digits; false otherwise.
bool parse_message_id(std::string_view text, std::uint64_t& id);

// A short name of a wpp_arg_type code ("int32", "string"); "?" for an unknown code.
const char* arg_type_name(char code);

// A listing like a TMF: per module its controls, then one message per line:
//   0x<id> <file>(<line>) <function> <level> <flags> "<format>" (<type>, ...)
// with "-" for an empty field and C escapes in the format.
void write_catalog_text(const Catalog& catalog, std::ostream& out);
std::string catalog_to_text(const Catalog& catalog);

}  // namespace wpptrace::decoder
