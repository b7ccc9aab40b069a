// decode_iterator.cpp - filter.wpp.decode's message iterator (decode_iterator.hpp).
#include "decode_iterator.hpp"

#include <string>
#include <utility>
#include <vector>

#include "decoded_event.hpp"
#include "ir_copy.hpp"
#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder::plugin {
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
        case WppEventKind::statedump_start:  // LTTng's own events: downstream may want them
        case WppEventKind::binary_info:
        case WppEventKind::binary_build_id:
        case WppEventKind::process_name:
        case WppEventKind::other:
        case WppEventKind::malformed:
            info.out.reset(mirror_.copy_event_class(in, nullptr));
            break;
    }
    return classes_.emplace(in, std::move(info)).first->second;
}

NewMessagePtr DecodeIterator::create_event_message(const bt_message* msg,
                                                   bt_event_class* out_class) {
    const bt_event* event = bt_message_event_borrow_event_const(msg);
    const bt_stream* stream = bt_event_borrow_stream_const(event);
    const bt_stream_class* sc = bt_stream_borrow_class_const(stream);
    const bool has_clock = bt_stream_class_borrow_default_clock_class_const(sc) != nullptr;
    const uint64_t raw =
        has_clock
            ? bt_clock_snapshot_get_value(bt_message_event_borrow_default_clock_snapshot_const(msg))
            : 0;
    NewMessagePtr out;
    if (bt_stream_class_supports_packets(sc)) {
        bt_packet* packet = mirror_.packet(bt_event_borrow_packet_const(event));
        out.reset(has_clock ? bt_message_event_create_with_packet_and_default_clock_snapshot(
                                  self_, out_class, packet, raw)
                            : bt_message_event_create_with_packet(self_, out_class, packet));
    } else {
        bt_stream* out_stream = mirror_.stream(stream);
        out.reset(has_clock ? bt_message_event_create_with_default_clock_snapshot(self_, out_class,
                                                                                  out_stream, raw)
                            : bt_message_event_create(self_, out_class, out_stream));
    }
    if (!out) throw Error("out of memory");
    bt_event* out_event = bt_message_event_borrow_event(out.get());
    if (const bt_field* context = bt_event_borrow_common_context_field_const(event))
        copy_field(context, bt_event_borrow_common_context_field(out_event));
    if (const bt_field* context = bt_event_borrow_specific_context_field_const(event))
        copy_field(context, bt_event_borrow_specific_context_field(out_event));
    return out;
}

MessagePtr DecodeIterator::translate_event(const bt_message* msg) {
    const ClassInfo& info =
        class_info(bt_event_borrow_class_const(bt_message_event_borrow_event_const(msg)));
    const babeltrace::EventView view(msg, packet_cache_);
    if (info.wpp.kind != WppEventKind::message) {
        mapper_.map(info.wpp, view);  // feeds the catalog, warns of malformed classes
        if (!info.out) return {};
        NewMessagePtr out = create_event_message(msg, info.out.get());
        const bt_event* event = bt_message_event_borrow_event_const(msg);
        if (const bt_field* payload = bt_event_borrow_payload_field_const(event))
            copy_field(payload,
                       bt_event_borrow_payload_field(bt_message_event_borrow_event(out.get())));
        return MessagePtr(out.release());
    }
    NewMessagePtr out = create_event_message(msg, info.out.get());
    out_event_ = bt_message_event_borrow_event(out.get());
    mapper_.map(info.wpp, view);  // on_message() fills out_event_
    out_event_ = nullptr;
    return MessagePtr(out.release());
}

const bt_message* DecodeIterator::translate(const bt_message* msg) {
    switch (bt_message_get_type(msg)) {
        case BT_MESSAGE_TYPE_EVENT:
            return translate_event(msg).release();
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
            if (const bt_message* translated = translate(msg.get()))
                pending_.emplace_back(translated);
    }
    uint64_t k = 0;
    for (; k < capacity && !pending_.empty(); ++k) {
        out[k] = pending_.front().release();  // the reference moves downstream
        pending_.pop_front();
    }
    *count = k;
    return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_OK;
}

}  // namespace wpptrace::decoder::plugin
