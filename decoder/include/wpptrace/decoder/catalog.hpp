// catalog.hpp - the decoder's message catalog: the static part of every known call site.
//
// A catalog is filled from the trace itself (wpp_catalog:* events written at WPP_INIT_TRACING),
// from driver binaries (their wpp_site_ptrs section) or from an exported catalog file, in any
// mix. Message ids are content hashes (wpp_site_id), so the same message from two sources is
// the same entry, and two different messages never share an id unless the hash collides, which
// add() detects and reports.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wpptrace/decoder/custom_type.hpp"

namespace wpptrace::decoder {

struct ControlInfo {
    std::string name;               // WPP_DEFINE_CONTROL_GUID's first argument
    std::string guid;               // "84bdb2e9-829e-41b3-b891-02f454bc2bd7"
    std::vector<std::string> bits;  // flag names, bit 0 first
};

struct ModuleInfo {
    std::string name;      // driver identity (the [Driver] of the prefix)
    std::string build_id;  // GNU build id in hex, empty when unknown
    std::string path;      // where the binary was when the catalog was taken
    std::vector<ControlInfo> controls;
};

// The controls of a wpp_catalog:module event's `controls` text, one line per control GUID:
// "Name guid BIT0 BIT1 ..." (both trace readers use it).
std::vector<ControlInfo> parse_controls_text(std::string_view text);

// One call site, exactly the fields of struct wpp_site (macros/include/wpp/abi.h).
struct MessageInfo {
    std::uint64_t id = 0;
    std::string module;
    std::uint32_t control = 0;
    std::uint32_t flag_mask = 0;
    std::string file;
    std::uint32_t line = 0;
    std::string function;
    std::string level;  // as written, e.g. "TRACE_LEVEL_INFORMATION"
    std::string flags;  // as written, e.g. "DBG_INIT"
    std::string format;
    std::string types;             // wpp_arg_type codes, one per argument
    std::uint32_t attributes = 0;  // WPP_SITE_* bits (abi.h)

    // A CUSTOM_TYPE declaration rather than a message: name in `flags`, definition in `format`.
    bool is_custom_type() const;

    // The id this content must have; a record whose id differs is corrupt or forged.
    std::uint64_t computed_id() const;
    bool same_content(const MessageInfo& other) const;
};

// Custom types: the records with WPP_SITE_CUSTOM_TYPE are declarations of their module (name in
// `flags`, definition in `format`); the catalog parses each once and finds it for the format
// engine (prepare(message, &catalog)).
class Catalog final : public CustomTypeLookup {
  public:
    enum class AddResult { added, duplicate, id_mismatch, collision };

    // Adds a message. duplicate: already known with the same content (harmless). id_mismatch:
    // the id is not the hash of the content (rejected). collision: another message has this id
    // (rejected and counted; the first one stays).
    AddResult add(MessageInfo message);
    void add_module(ModuleInfo module);

    const MessageInfo* find(std::uint64_t id) const;
    const CustomType* find_custom_type(std::string_view module,
                                       std::string_view name) const override;
    // Custom-type records whose definition does not parse (they resolve nothing).
    std::size_t bad_custom_types() const { return bad_custom_types_; }
    const ModuleInfo* find_module(const std::string& name) const;

    const std::vector<std::unique_ptr<MessageInfo>>& messages() const { return messages_; }
    const std::vector<ModuleInfo>& modules() const { return modules_; }
    std::size_t collisions() const { return collisions_; }
    std::size_t rejected() const { return rejected_; }

    void merge(const Catalog& other);

  private:
    std::vector<std::unique_ptr<MessageInfo>> messages_;  // stable addresses for find()
    std::unordered_map<std::uint64_t, const MessageInfo*> by_id_;
    std::vector<ModuleInfo> modules_;
    std::size_t collisions_ = 0;
    std::size_t rejected_ = 0;
    std::map<std::string, CustomType, std::less<>> custom_types_;  // "module\0name"
    std::size_t bad_custom_types_ = 0;
};

}  // namespace wpptrace::decoder
