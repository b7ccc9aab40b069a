// decode_iterator.hpp - filter.wpp.decode's message iterator: reads the upstream messages,
// decodes wpp events into their decoded payload (decoded_event.hpp) with the MessageDecoder,
// feeds the catalog from wpp_catalog events, and copies everything else into the filter's own
// trace IR (trace_mirror.hpp).
#pragma once

#include <babeltrace2/babeltrace.h>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "decoded_event.hpp"
#include "event_view.hpp"
#include "filter_config.hpp"
#include "trace_mirror.hpp"
#include "unique_handles.hpp"
#include "wpptrace/decoder/late_catalog.hpp"
#include "wpptrace/decoder/message_decoder.hpp"
#include "wpptrace/decoder/wpp_event_mapper.hpp"

namespace wpptrace::decoder::plugin {

using MessageIteratorPtr = util::UniqueRef<bt_message_iterator, bt_message_iterator_put_ref>;
using MessagePtr = util::UniqueRef<const bt_message, bt_message_put_ref>;
using NewMessagePtr = util::UniqueRef<bt_message, bt_message_put_ref>;  // still being filled

class DecodeIterator final : public TraceVisitor {
  public:
    DecodeIterator(bt_self_message_iterator* self, const Config& config)
        : self_(self),
          config_(config),
          mirror_(bt_self_message_iterator_borrow_component(self)),
          decoder_(catalog_copy(config.catalog), std::nullopt),
          late_(config.search_path, config.catalog),
          mapper_(*this, result_) {}
    ~DecodeIterator() override = default;
    DecodeIterator(const DecodeIterator&) = delete;
    DecodeIterator& operator=(const DecodeIterator&) = delete;

    void set_upstream(bt_message_iterator* upstream) { upstream_.reset(upstream); }

    bt_message_iterator_class_next_method_status next(bt_message_array_const out, uint64_t capacity,
                                                      uint64_t* count);

    // TraceVisitor: what the mapper reads from wpp events.
    void on_message(const WppEvent& event) override {
        decoder_.decode(event, ++sequence_, false, decoded_);
        if (!decoded_.known) {  // a late session's message: its binary's catalog by build id
            std::vector<std::string> warnings;
            if (late_.find(event, decoder_.extendable_catalog(), warnings))
                decoder_.decode(event, sequence_, false, decoded_);
            for (const std::string& w : warnings) warn(config_, w);
        }
        fill_decoded_payload(bt_event_borrow_payload_field(out_event_), event, decoded_);
    }
    void on_catalog_message(MessageInfo message) override {
        const Catalog::AddResult r = decoder_.learn(std::move(message));
        if (r == Catalog::AddResult::id_mismatch && !warned_mismatch_) {
            warned_mismatch_ = true;
            warn(config_,
                 "a wpp_catalog:message event whose id does not match its content "
                 "was ignored");
        } else if (r == Catalog::AddResult::collision && !warned_collision_) {
            warned_collision_ = true;
            warn(config_, "two different messages share an id; the second was ignored");
        }
    }
    void on_catalog_module(ModuleInfo module) override { decoder_.learn(std::move(module)); }
    void on_statedump(const StatedumpRecord& record) override { late_.on_statedump(record); }
    // Losses pass downstream as babeltrace2's own discarded-events and -packets messages.
    void on_discarded_events(std::uint64_t, bool, LostFrom) override {}
    void on_discarded_packets(std::uint64_t, bool, LostFrom) override {}
    void on_malformed_event(std::string_view name, std::string_view why) override {
        if (warned_malformed_) return;
        warned_malformed_ = true;
        warn(config_, "event " + std::string(name) +
                          " is not a wpptrace event this decoder knows (" + std::string(why) +
                          "): passed unchanged");
    }

  private:
    // What becomes of the events of one upstream class.
    struct ClassInfo {
        babeltrace::EventClass wpp;  // how the mapper reads it
        EventClassPtr out;           // its class downstream; null: dropped
    };

    static Catalog catalog_copy(const Catalog& catalog) {
        Catalog copy;
        copy.merge(catalog);
        return copy;
    }

    const ClassInfo& class_info(const bt_event_class* in);
    // A new reference on msg's translation; null when it is dropped. Throws Error.
    const bt_message* translate(const bt_message* msg);
    MessagePtr translate_event(const bt_message* msg);
    NewMessagePtr create_event_message(const bt_message* msg, bt_event_class* out_class);

    bt_self_message_iterator* self_;
    const Config& config_;
    MessageIteratorPtr upstream_;
    TraceMirror mirror_;
    ReadResult result_;
    MessageDecoder decoder_;
    LateCatalog late_;  // catalogs by build id, for what the trace's catalog does not define
    WppEventMapper mapper_;
    babeltrace::PacketCache packet_cache_;
    std::unordered_map<const bt_event_class*, ClassInfo> classes_;
    std::deque<MessagePtr> pending_;  // translated, not yet given downstream
    bt_event* out_event_ = nullptr;   // the event on_message() fills
    DecodedEvent decoded_;
    std::uint64_t sequence_ = 0;
    bool warned_mismatch_ = false, warned_collision_ = false, warned_malformed_ = false;
};

}  // namespace wpptrace::decoder::plugin
