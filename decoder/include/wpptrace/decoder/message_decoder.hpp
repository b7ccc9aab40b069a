// message_decoder.hpp - one wpp event to its decoded form: the catalog entry looked up, the
// message rendered with the format engine, the prefix fields filled. The one place that does
// it, for `wpptrace decode` (decode.cpp, which adds the writers and files) and the babeltrace2
// plugin (filter.wpp.decode, which puts the same text in event fields).
//
//   MessageDecoder decoder(std::move(catalog), Prefix());   // or std::nullopt: no line prefix
//   decoder.learn(message_info);                             // a wpp_catalog:message event
//   DecodedEvent decoded;
//   decoder.decode(event, sequence, /*line_prefix=*/true, decoded);
//   // decoded.message: the text, or Unknown(0x...): ... when no catalog knows the id
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/format_engine.hpp"
#include "wpptrace/decoder/output/event_writer.hpp"
#include "wpptrace/decoder/prefix.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder {

class MessageDecoder {
  public:
    // `prefix`: the line prefix (TRACE_FORMAT_PREFIX) that %!STDPREFIX! renders and that
    // decode() can render; std::nullopt when lines have none (CSV, JSON, --noprefix).
    MessageDecoder(Catalog catalog, std::optional<Prefix> prefix);

    // Adds a message learnt from the trace (wpp_catalog:message) or a module.
    Catalog::AddResult learn(MessageInfo message) { return catalog_.add(std::move(message)); }
    void learn(ModuleInfo module) { catalog_.add_module(std::move(module)); }
    const Catalog& catalog() const { return catalog_; }
    // For adding entries found later (the catalog by build id): only known ids are cached, so
    // an id that becomes known decodes from the next call on.
    Catalog& extendable_catalog() { return catalog_; }

    // Decodes `event`, the `sequence`th wpp event: fills every field of `decoded`.
    // decoded.message is the rendered text without its trailing line ends, or the Unknown(...)
    // line when no catalog knows the id. With `line_prefix` (and a prefix), decoded.prefix is the
    // rendered line prefix, empty when the format places it itself (USEPREFIX, %!STDPREFIX!).
    // The views in `decoded` stay valid until the next call.
    void decode(const WppEvent& event, std::uint64_t sequence, bool line_prefix,
                DecodedEvent& decoded);

  private:
    // A message of the catalog, prepared for rendering. Only known ids are kept: an unknown
    // one may still be learnt from a later wpp_catalog:message event.
    struct Known {
        const MessageInfo* message;  // stable: the catalog never drops or replaces an entry
        PreparedMessage prepared;
    };

    const Known* find(std::uint64_t id);
    std::string_view render_prefix(const EventContext& context);

    Catalog catalog_;
    std::optional<Prefix> prefix_;
    std::string prefix_text_;  // the prefix of the current event
    std::string message_;      // the message of the current event
    std::unordered_map<std::uint64_t, Known> known_;
    std::uint64_t last_id_ = 0;
    const Known* last_known_ = nullptr;
};

}  // namespace wpptrace::decoder
