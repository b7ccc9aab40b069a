// decode_filter.cpp - the babeltrace2 plugin `wpp` and its filter component class `decode`:
//
//   babeltrace2 --plugin-path=DIR TRACE -c filter.wpp.decode [-p 'catalog="drv.so"']
//
// Every wpp:* event comes out as an event of the same name whose payload is the decoded message
// and its prefix fields (decoded_event.hpp); the catalog comes from the trace's wpp_catalog
// events and from the `catalog` parameter (paths of binaries, exported JSON catalogs or
// directories of them: the loader of `wpptrace decode -c`). Every other event, and every other
// message, passes unchanged, in trace classes of the filter's own (trace_mirror.hpp).
// wpp_catalog:* events feed the catalog and are dropped, unless `pass-catalog-events=true`.
//
// The reading and decoding are wpptrace decode's: the babeltrace backend's event view
// (event_view.hpp), the one WppEventMapper, and the MessageDecoder over the format engine.
#include <babeltrace2/babeltrace.h>

#include <cstdio>
#include <deque>
#include <exception>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "decoded_event.hpp"
#include "event_view.hpp"
#include "trace_mirror.hpp"
#include "unique_handles.hpp"
#include "wpptrace/decoder/catalog_source.hpp"
#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/message_decoder.hpp"
#include "wpptrace/decoder/wpp_event_mapper.hpp"

namespace wpptrace::decoder::plugin {
namespace {

using MessagePtr = util::UniqueRef<const bt_message, bt_message_put_ref>;
using MessageIteratorPtr = util::UniqueRef<bt_message_iterator, bt_message_iterator_put_ref>;

constexpr const char* kComponentClass = "filter.wpp.decode";

// ---- the component: its parameters and the catalog they name -------------------------------

struct Config {
    Catalog catalog;  // from the `catalog` parameter; each iterator starts from a copy
    bool pass_catalog_events = false;
    bt_logging_level logging_level = BT_LOGGING_LEVEL_WARNING;
};

void warn(const Config& config, const std::string& text) {
    if (config.logging_level <= BT_LOGGING_LEVEL_WARNING)
        std::fprintf(stderr, "%s: warning: %s\n", kComponentClass, text.c_str());
}

void load_catalogs(const bt_value* value, Config& config) {
    std::vector<std::string> paths;
    if (bt_value_is_string(value)) {
        paths.emplace_back(bt_value_string_get(value));
    } else if (bt_value_is_array(value)) {
        for (uint64_t i = 0; i < bt_value_array_get_length(value); ++i) {
            const bt_value* element = bt_value_array_borrow_element_by_index_const(value, i);
            if (!bt_value_is_string(element))
                throw Error("parameter 'catalog': element " + std::to_string(i) +
                            " is not a string (expected a path)");
            paths.emplace_back(bt_value_string_get(element));
        }
    } else {
        throw Error("parameter 'catalog' must be a path or an array of paths");
    }
    for (const std::string& path : paths) {
        CatalogSourceResult r = load_catalog_source(path, config.catalog);
        if (!r.ok()) throw Error("parameter 'catalog': " + r.error);
        for (const std::string& w : r.warnings) warn(config, path + ": " + w);
    }
}

bt_value_map_foreach_entry_const_func_status check_known_parameter(const char* key, const bt_value*,
                                                                   void* data) {
    const std::string name = key;
    if (name == "catalog" || name == "pass-catalog-events")
        return BT_VALUE_MAP_FOREACH_ENTRY_CONST_FUNC_STATUS_OK;
    *static_cast<std::string*>(data) = name;
    return BT_VALUE_MAP_FOREACH_ENTRY_CONST_FUNC_STATUS_INTERRUPT;
}

std::unique_ptr<Config> parse_parameters(const bt_value* params, bt_logging_level level) {
    auto config = std::make_unique<Config>();
    config->logging_level = level;
    if (!params || !bt_value_is_map(params)) return config;
    std::string unknown;
    bt_value_map_foreach_entry_const(params, check_known_parameter, &unknown);
    if (!unknown.empty())
        throw Error("unknown parameter '" + unknown +
                    "' (the parameters are 'catalog' and 'pass-catalog-events')");
    if (const bt_value* pass =
            bt_value_map_borrow_entry_value_const(params, "pass-catalog-events")) {
        if (!bt_value_is_bool(pass))
            throw Error("parameter 'pass-catalog-events' must be a boolean (true or false)");
        config->pass_catalog_events = bt_value_bool_get(pass);
    }
    if (const bt_value* catalog = bt_value_map_borrow_entry_value_const(params, "catalog"))
        load_catalogs(catalog, *config);
    return config;
}

bt_component_class_initialize_method_status initialize(bt_self_component_filter* self,
                                                       bt_self_component_filter_configuration*,
                                                       const bt_value* params, void*) {
    bt_self_component* component = bt_self_component_filter_as_self_component(self);
    try {
        std::unique_ptr<Config> config = parse_parameters(
            params, bt_component_get_logging_level(bt_self_component_as_component(component)));
        if (bt_self_component_filter_add_input_port(self, "in", nullptr, nullptr) !=
                BT_SELF_COMPONENT_ADD_PORT_STATUS_OK ||
            bt_self_component_filter_add_output_port(self, "out", nullptr, nullptr) !=
                BT_SELF_COMPONENT_ADD_PORT_STATUS_OK)
            return BT_COMPONENT_CLASS_INITIALIZE_METHOD_STATUS_MEMORY_ERROR;
        bt_self_component_set_data(component, config.release());
        return BT_COMPONENT_CLASS_INITIALIZE_METHOD_STATUS_OK;
    } catch (const std::exception& e) {
        BT_CURRENT_THREAD_ERROR_APPEND_CAUSE_FROM_COMPONENT(component, "%s",
                                                            e.what());
        return BT_COMPONENT_CLASS_INITIALIZE_METHOD_STATUS_ERROR;
    }
}

void finalize(bt_self_component_filter* self) {
    delete static_cast<Config*>(
        bt_self_component_get_data(bt_self_component_filter_as_self_component(self)));
}

// ---- the message iterator --------------------------------------------------------------------

class DecodeIterator final : public TraceVisitor {
  public:
    DecodeIterator(bt_self_message_iterator* self, const Config& config)
        : self_(self),
          config_(config),
          mirror_(bt_self_message_iterator_borrow_component(self)),
          decoder_(catalog_copy(config.catalog), std::nullopt),
          mapper_(*this, result_) {}
    ~DecodeIterator() override {
        for (const bt_message* msg : pending_) bt_message_put_ref(msg);
    }
    DecodeIterator(const DecodeIterator&) = delete;
    DecodeIterator& operator=(const DecodeIterator&) = delete;

    void set_upstream(bt_message_iterator* upstream) { upstream_.reset(upstream); }

    bt_message_iterator_class_next_method_status next(bt_message_array_const out, uint64_t capacity,
                                                      uint64_t* count);

    // TraceVisitor: what the mapper reads from wpp events.
    void on_message(const WppEvent& event) override {
        decoder_.decode(event, ++sequence_, false, decoded_);
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
    // The hook for a catalog found by the module's build id (module.build_id, module.path):
    // a lookup added here gives the plugin what `decode` gets for sessions that start late.
    void on_catalog_module(ModuleInfo module) override { decoder_.learn(std::move(module)); }
    // Losses pass downstream as babeltrace2's own discarded-events and -packets messages.
    void on_discarded_events(std::uint64_t, bool) override {}
    void on_discarded_packets(std::uint64_t, bool) override {}
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
    const bt_message* translate(const bt_message* msg);
    const bt_message* translate_event(const bt_message* msg);
    bt_message* create_event_message(const bt_message* msg, bt_event_class* out_class);

    bt_self_message_iterator* self_;
    const Config& config_;
    MessageIteratorPtr upstream_;
    TraceMirror mirror_;
    ReadResult result_;
    MessageDecoder decoder_;
    WppEventMapper mapper_;
    babeltrace::PacketCache packet_cache_;
    std::unordered_map<const bt_event_class*, ClassInfo> classes_;
    std::deque<const bt_message*> pending_;  // translated, not yet given downstream (owned)
    bt_event* out_event_ = nullptr;          // the event on_message() fills
    DecodedEvent decoded_;
    std::uint64_t sequence_ = 0;
    bool warned_mismatch_ = false, warned_collision_ = false, warned_malformed_ = false;
};

const DecodeIterator::ClassInfo& DecodeIterator::class_info(const bt_event_class* in) {
    auto it = classes_.find(in);
    if (it != classes_.end()) return it->second;
    ClassInfo info;
    info.wpp = babeltrace::resolve_class(in);
    // A trace this filter wrote (sink.ctf.fs) holds wpp events decoded already: kept as they are.
    if (info.wpp.kind == WppEventKind::message &&
        babeltrace::member_ref(bt_event_class_borrow_payload_field_class_const(in),
                               FieldScope::payload, "message")
                .type == babeltrace::FieldType::string)
        info.wpp.kind = WppEventKind::other;
    switch (info.wpp.kind) {
        case WppEventKind::message: {
            const bt_stream_class* sc = bt_event_class_borrow_stream_class_const(in);
            info.out.reset(
                mirror_.copy_event_class(in, make_decoded_payload_class(mirror_.trace_class(sc))));
            break;
        }
        case WppEventKind::catalog_message:
        case WppEventKind::catalog_module:
        case WppEventKind::module_end:
            if (config_.pass_catalog_events) info.out.reset(mirror_.copy_event_class(in, nullptr));
            break;
        case WppEventKind::other:
        case WppEventKind::malformed:
            info.out.reset(mirror_.copy_event_class(in, nullptr));
            break;
    }
    return classes_.emplace(in, std::move(info)).first->second;
}

bt_message* DecodeIterator::create_event_message(const bt_message* msg, bt_event_class* out_class) {
    const bt_event* event = bt_message_event_borrow_event_const(msg);
    const bt_stream* stream = bt_event_borrow_stream_const(event);
    const bt_stream_class* sc = bt_stream_borrow_class_const(stream);
    const bool has_clock = bt_stream_class_borrow_default_clock_class_const(sc) != nullptr;
    const uint64_t raw =
        has_clock
            ? bt_clock_snapshot_get_value(bt_message_event_borrow_default_clock_snapshot_const(msg))
            : 0;
    bt_message* out = nullptr;
    if (bt_stream_class_supports_packets(sc)) {
        bt_packet* packet = mirror_.packet(bt_event_borrow_packet_const(event));
        out = has_clock ? bt_message_event_create_with_packet_and_default_clock_snapshot(
                              self_, out_class, packet, raw)
                        : bt_message_event_create_with_packet(self_, out_class, packet);
    } else {
        bt_stream* out_stream = mirror_.stream(stream);
        out = has_clock ? bt_message_event_create_with_default_clock_snapshot(self_, out_class,
                                                                              out_stream, raw)
                        : bt_message_event_create(self_, out_class, out_stream);
    }
    if (!out) throw Error("out of memory");
    bt_event* out_event = bt_message_event_borrow_event(out);
    if (const bt_field* context = bt_event_borrow_common_context_field_const(event))
        copy_field(context, bt_event_borrow_common_context_field(out_event));
    if (const bt_field* context = bt_event_borrow_specific_context_field_const(event))
        copy_field(context, bt_event_borrow_specific_context_field(out_event));
    return out;
}

const bt_message* DecodeIterator::translate_event(const bt_message* msg) {
    const ClassInfo& info =
        class_info(bt_event_borrow_class_const(bt_message_event_borrow_event_const(msg)));
    const babeltrace::EventView view(msg, packet_cache_);
    if (info.wpp.kind != WppEventKind::message) {
        mapper_.map(info.wpp, view);  // feeds the catalog, warns of malformed classes
        if (!info.out) return nullptr;
        bt_message* out = create_event_message(msg, info.out.get());
        const bt_event* event = bt_message_event_borrow_event_const(msg);
        if (const bt_field* payload = bt_event_borrow_payload_field_const(event))
            copy_field(payload, bt_event_borrow_payload_field(bt_message_event_borrow_event(out)));
        return out;
    }
    bt_message* out = create_event_message(msg, info.out.get());
    MessagePtr owned(out);
    out_event_ = bt_message_event_borrow_event(out);
    mapper_.map(info.wpp, view);  // on_message() fills out_event_
    out_event_ = nullptr;
    return owned.release();
}

const bt_message* DecodeIterator::translate(const bt_message* msg) {
    switch (bt_message_get_type(msg)) {
        case BT_MESSAGE_TYPE_EVENT:
            return translate_event(msg);
        case BT_MESSAGE_TYPE_STREAM_BEGINNING: {
            bt_message* out = bt_message_stream_beginning_create(
                self_, mirror_.begin_stream(bt_message_stream_beginning_borrow_stream_const(msg)));
            if (!out) throw Error("out of memory");
            const bt_clock_snapshot* clock = nullptr;
            if (bt_message_stream_beginning_borrow_default_clock_snapshot_const(msg, &clock) ==
                BT_MESSAGE_STREAM_CLOCK_SNAPSHOT_STATE_KNOWN)
                bt_message_stream_beginning_set_default_clock_snapshot(
                    out, bt_clock_snapshot_get_value(clock));
            return out;
        }
        case BT_MESSAGE_TYPE_STREAM_END: {
            const bt_stream* stream = bt_message_stream_end_borrow_stream_const(msg);
            bt_message* out = bt_message_stream_end_create(self_, mirror_.stream(stream));
            if (!out) throw Error("out of memory");
            const bt_clock_snapshot* clock = nullptr;
            if (bt_message_stream_end_borrow_default_clock_snapshot_const(msg, &clock) ==
                BT_MESSAGE_STREAM_CLOCK_SNAPSHOT_STATE_KNOWN)
                bt_message_stream_end_set_default_clock_snapshot(
                    out, bt_clock_snapshot_get_value(clock));
            mirror_.end_stream(stream);  // the message keeps its copy
            return out;
        }
        case BT_MESSAGE_TYPE_PACKET_BEGINNING: {
            // babeltrace2 recycles packet objects: the CPU cached for an address is forgotten.
            packet_cache_.packet = nullptr;
            const bt_packet* packet = bt_message_packet_beginning_borrow_packet_const(msg);
            bt_packet* out_packet = mirror_.begin_packet(packet);
            const bt_stream_class* sc =
                bt_stream_borrow_class_const(bt_packet_borrow_stream_const(packet));
            bt_message* out =
                bt_stream_class_packets_have_beginning_default_clock_snapshot(sc)
                    ? bt_message_packet_beginning_create_with_default_clock_snapshot(
                          self_, out_packet,
                          bt_clock_snapshot_get_value(
                              bt_message_packet_beginning_borrow_default_clock_snapshot_const(msg)))
                    : bt_message_packet_beginning_create(self_, out_packet);
            if (!out) throw Error("out of memory");
            return out;
        }
        case BT_MESSAGE_TYPE_PACKET_END: {
            const bt_packet* packet = bt_message_packet_end_borrow_packet_const(msg);
            bt_packet* out_packet = mirror_.packet(packet);
            const bt_stream_class* sc =
                bt_stream_borrow_class_const(bt_packet_borrow_stream_const(packet));
            bt_message* out =
                bt_stream_class_packets_have_end_default_clock_snapshot(sc)
                    ? bt_message_packet_end_create_with_default_clock_snapshot(
                          self_, out_packet,
                          bt_clock_snapshot_get_value(
                              bt_message_packet_end_borrow_default_clock_snapshot_const(msg)))
                    : bt_message_packet_end_create(self_, out_packet);
            if (!out) throw Error("out of memory");
            mirror_.end_packet(packet);
            return out;
        }
        case BT_MESSAGE_TYPE_DISCARDED_EVENTS: {
            const bt_stream* stream = bt_message_discarded_events_borrow_stream_const(msg);
            bt_stream* out_stream = mirror_.stream(stream);
            bt_message* out =
                bt_stream_class_discarded_events_have_default_clock_snapshots(
                    bt_stream_borrow_class_const(stream))
                    ? bt_message_discarded_events_create_with_default_clock_snapshots(
                          self_, out_stream,
                          bt_clock_snapshot_get_value(
                              bt_message_discarded_events_borrow_beginning_default_clock_snapshot_const(
                                  msg)),
                          bt_clock_snapshot_get_value(
                              bt_message_discarded_events_borrow_end_default_clock_snapshot_const(
                                  msg)))
                    : bt_message_discarded_events_create(self_, out_stream);
            if (!out) throw Error("out of memory");
            uint64_t n = 0;
            if (bt_message_discarded_events_get_count(msg, &n) ==
                BT_PROPERTY_AVAILABILITY_AVAILABLE)
                bt_message_discarded_events_set_count(out, n);
            return out;
        }
        case BT_MESSAGE_TYPE_DISCARDED_PACKETS: {
            const bt_stream* stream = bt_message_discarded_packets_borrow_stream_const(msg);
            bt_stream* out_stream = mirror_.stream(stream);
            bt_message* out =
                bt_stream_class_discarded_packets_have_default_clock_snapshots(
                    bt_stream_borrow_class_const(stream))
                    ? bt_message_discarded_packets_create_with_default_clock_snapshots(
                          self_, out_stream,
                          bt_clock_snapshot_get_value(
                              bt_message_discarded_packets_borrow_beginning_default_clock_snapshot_const(
                                  msg)),
                          bt_clock_snapshot_get_value(
                              bt_message_discarded_packets_borrow_end_default_clock_snapshot_const(
                                  msg)))
                    : bt_message_discarded_packets_create(self_, out_stream);
            if (!out) throw Error("out of memory");
            uint64_t n = 0;
            if (bt_message_discarded_packets_get_count(msg, &n) ==
                BT_PROPERTY_AVAILABILITY_AVAILABLE)
                bt_message_discarded_packets_set_count(out, n);
            return out;
        }
        case BT_MESSAGE_TYPE_MESSAGE_ITERATOR_INACTIVITY: {
            const bt_clock_snapshot* clock =
                bt_message_message_iterator_inactivity_borrow_clock_snapshot_const(msg);
            bt_message* out = bt_message_message_iterator_inactivity_create(
                self_, mirror_.clock_class(bt_clock_snapshot_borrow_clock_class_const(clock)),
                bt_clock_snapshot_get_value(clock));
            if (!out) throw Error("out of memory");
            return out;
        }
    }
    return nullptr;
}

bt_message_iterator_class_next_method_status DecodeIterator::next(bt_message_array_const out,
                                                                  uint64_t capacity,
                                                                  uint64_t* count) {
    while (pending_.empty()) {
        bt_message_array_const in;
        uint64_t n = 0;
        switch (bt_message_iterator_next(upstream_.get(), &in, &n)) {
            case BT_MESSAGE_ITERATOR_NEXT_STATUS_OK:
                break;
            case BT_MESSAGE_ITERATOR_NEXT_STATUS_END:
                return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_END;
            case BT_MESSAGE_ITERATOR_NEXT_STATUS_AGAIN:
                return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_AGAIN;
            case BT_MESSAGE_ITERATOR_NEXT_STATUS_MEMORY_ERROR:
                return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_MEMORY_ERROR;
            default:
                return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_ERROR;
        }
        std::vector<MessagePtr> batch;  // every upstream reference is ours, even on error
        batch.reserve(n);
        for (uint64_t i = 0; i < n; ++i) batch.emplace_back(in[i]);
        for (const MessagePtr& msg : batch)
            if (const bt_message* translated = translate(msg.get())) pending_.push_back(translated);
    }
    uint64_t k = 0;
    for (; k < capacity && !pending_.empty(); ++k) {
        out[k] = pending_.front();  // the reference moves downstream
        pending_.pop_front();
    }
    *count = k;
    return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_OK;
}

bt_message_iterator_class_initialize_method_status iterator_initialize(
    bt_self_message_iterator* self, bt_self_message_iterator_configuration*,
    bt_self_component_port_output*) {
    bt_self_component* component = bt_self_message_iterator_borrow_component(self);
    try {
        const auto& config = *static_cast<const Config*>(bt_self_component_get_data(component));
        auto iterator = std::make_unique<DecodeIterator>(self, config);
        bt_message_iterator* upstream = nullptr;
        // The iterator's component is this filter: libbabeltrace2 2.0 has no checked cast from
        // bt_self_component to bt_self_component_filter (one object; its plugins cast too).
        if (bt_message_iterator_create_from_message_iterator(
                self,
                bt_self_component_filter_borrow_input_port_by_name(
                    reinterpret_cast<bt_self_component_filter*>(component), "in"),
                &upstream) != BT_MESSAGE_ITERATOR_CREATE_FROM_MESSAGE_ITERATOR_STATUS_OK)
            return BT_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD_STATUS_ERROR;
        iterator->set_upstream(upstream);
        bt_self_message_iterator_set_data(self, iterator.release());
        return BT_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD_STATUS_OK;
    } catch (const std::exception& e) {
        BT_CURRENT_THREAD_ERROR_APPEND_CAUSE_FROM_MESSAGE_ITERATOR(self, "%s",
                                                                   e.what());
        return BT_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD_STATUS_ERROR;
    }
}

void iterator_finalize(bt_self_message_iterator* self) {
    delete static_cast<DecodeIterator*>(bt_self_message_iterator_get_data(self));
}

bt_message_iterator_class_next_method_status iterator_next(bt_self_message_iterator* self,
                                                           bt_message_array_const out,
                                                           uint64_t capacity, uint64_t* count) {
    try {
        return static_cast<DecodeIterator*>(bt_self_message_iterator_get_data(self))
            ->next(out, capacity, count);
    } catch (const std::bad_alloc&) {
        return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_MEMORY_ERROR;
    } catch (const std::exception& e) {
        BT_CURRENT_THREAD_ERROR_APPEND_CAUSE_FROM_MESSAGE_ITERATOR(self, "%s",
                                                                   e.what());
        return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_ERROR;
    }
}

}  // namespace
}  // namespace wpptrace::decoder::plugin

// The plugin macros name the methods at file scope.
namespace {
using wpptrace::decoder::plugin::finalize;
using wpptrace::decoder::plugin::initialize;
using wpptrace::decoder::plugin::iterator_finalize;
using wpptrace::decoder::plugin::iterator_initialize;
using wpptrace::decoder::plugin::iterator_next;
}  // namespace

BT_PLUGIN_MODULE();
BT_PLUGIN(wpp);
BT_PLUGIN_DESCRIPTION("wpptrace: WPP messages recorded over LTTng, decoded");
BT_PLUGIN_AUTHOR("wpptrace");
BT_PLUGIN_FILTER_COMPONENT_CLASS(decode, iterator_next);
BT_PLUGIN_FILTER_COMPONENT_CLASS_DESCRIPTION(
    decode, "Decode wpp:* events: the rendered message and its prefix fields, as wpptrace decode");
BT_PLUGIN_FILTER_COMPONENT_CLASS_HELP(
    decode,
    "Parameters: catalog=PATH or [PATH,...] (driver binaries, exported JSON catalogs, "
    "directories of them), in addition to the trace's wpp_catalog events; "
    "pass-catalog-events=true to keep wpp_catalog events (default: dropped).");
BT_PLUGIN_FILTER_COMPONENT_CLASS_INITIALIZE_METHOD(decode, initialize);
BT_PLUGIN_FILTER_COMPONENT_CLASS_FINALIZE_METHOD(decode, finalize);
BT_PLUGIN_FILTER_COMPONENT_CLASS_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD(decode,
                                                                          iterator_initialize);
BT_PLUGIN_FILTER_COMPONENT_CLASS_MESSAGE_ITERATOR_CLASS_FINALIZE_METHOD(decode, iterator_finalize);
