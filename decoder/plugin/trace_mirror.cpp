// trace_mirror.cpp - the filter's own copies of the upstream trace IR (trace_mirror.hpp).
#include "trace_mirror.hpp"

#include <string>

#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder::plugin {
namespace {

using FieldClassPtr = util::UniqueRef<bt_field_class, bt_field_class_put_ref>;

void check(bool ok, const char* what) {
    if (!ok) throw Error(std::string("cannot copy the upstream trace: ") + what);
}

UpstreamScopes scopes_of(const bt_stream_class* in) {
    UpstreamScopes scopes;
    scopes.packet_context = bt_stream_class_borrow_packet_context_field_class_const(in);
    scopes.common_context = bt_stream_class_borrow_event_common_context_field_class_const(in);
    return scopes;
}

}  // namespace

TraceMirror::TraceClassCopy& TraceMirror::trace_class_copy(const bt_trace_class* in) {
    auto it = trace_classes_.find(in);
    if (it != trace_classes_.end()) return it->second;
    TraceClassCopy copy;
    bt_trace_class_get_ref(in);
    copy.in.reset(in);
    copy.out.reset(bt_trace_class_create(component_));
    check(copy.out != nullptr, "out of memory");
    // Upstream ids are kept (CTF writers and readers show them).
    bt_trace_class_set_assigns_automatic_stream_class_id(copy.out.get(), BT_FALSE);
    return trace_classes_.emplace(in, std::move(copy)).first->second;
}

bt_clock_class* TraceMirror::clock_class(const bt_clock_class* in) {
    auto it = clock_classes_.find(in);
    if (it != clock_classes_.end()) return it->second.out.get();
    ClockClassCopy copy;
    bt_clock_class_get_ref(in);
    copy.in.reset(in);
    copy.out.reset(bt_clock_class_create(component_));
    check(copy.out != nullptr, "out of memory");
    bt_clock_class* out = copy.out.get();
    if (const char* name = bt_clock_class_get_name(in)) bt_clock_class_set_name(out, name);
    if (const char* text = bt_clock_class_get_description(in))
        bt_clock_class_set_description(out, text);
    bt_clock_class_set_frequency(out, bt_clock_class_get_frequency(in));
    bt_clock_class_set_precision(out, bt_clock_class_get_precision(in));
    int64_t seconds = 0;
    uint64_t cycles = 0;
    bt_clock_class_get_offset(in, &seconds, &cycles);
    bt_clock_class_set_offset(out, seconds, cycles);
    bt_clock_class_set_origin_is_unix_epoch(out, bt_clock_class_origin_is_unix_epoch(in));
    if (const bt_uuid uuid = bt_clock_class_get_uuid(in)) bt_clock_class_set_uuid(out, uuid);
    return clock_classes_.emplace(in, std::move(copy)).first->second.out.get();
}

TraceMirror::StreamClassCopy& TraceMirror::stream_class_copy(const bt_stream_class* in) {
    TraceClassCopy& tc = trace_class_copy(bt_stream_class_borrow_trace_class_const(in));
    auto it = tc.stream_classes.find(in);
    if (it != tc.stream_classes.end()) return it->second;
    StreamClassCopy copy;
    copy.out.reset(bt_stream_class_create_with_id(tc.out.get(), bt_stream_class_get_id(in)));
    check(copy.out != nullptr, "out of memory");
    bt_stream_class* out = copy.out.get();
    bt_stream_class_set_assigns_automatic_event_class_id(out, BT_FALSE);
    bt_stream_class_set_assigns_automatic_stream_id(out, BT_FALSE);
    if (const char* name = bt_stream_class_get_name(in)) bt_stream_class_set_name(out, name);
    if (const bt_clock_class* clock = bt_stream_class_borrow_default_clock_class_const(in))
        check(bt_stream_class_set_default_clock_class(out, clock_class(clock)) ==
                  BT_STREAM_CLASS_SET_DEFAULT_CLOCK_CLASS_STATUS_OK,
              "default clock class");
    bt_stream_class_set_supports_packets(
        out, bt_stream_class_supports_packets(in),
        bt_stream_class_packets_have_beginning_default_clock_snapshot(in),
        bt_stream_class_packets_have_end_default_clock_snapshot(in));
    bt_stream_class_set_supports_discarded_events(
        out, bt_stream_class_supports_discarded_events(in),
        bt_stream_class_discarded_events_have_default_clock_snapshots(in));
    bt_stream_class_set_supports_discarded_packets(
        out, bt_stream_class_supports_discarded_packets(in),
        bt_stream_class_discarded_packets_have_default_clock_snapshots(in));
    const UpstreamScopes scopes = scopes_of(in);
    if (scopes.packet_context) {
        FieldClassPtr fc(
            copy_field_class(tc.out.get(), scopes.packet_context, scopes, copy.fields));
        check(bt_stream_class_set_packet_context_field_class(out, fc.get()) ==
                  BT_STREAM_CLASS_SET_FIELD_CLASS_STATUS_OK,
              "packet context");
    }
    if (scopes.common_context) {
        FieldClassPtr fc(
            copy_field_class(tc.out.get(), scopes.common_context, scopes, copy.fields));
        check(bt_stream_class_set_event_common_context_field_class(out, fc.get()) ==
                  BT_STREAM_CLASS_SET_FIELD_CLASS_STATUS_OK,
              "event common context");
    }
    return tc.stream_classes.emplace(in, std::move(copy)).first->second;
}

bt_stream_class* TraceMirror::stream_class(const bt_stream_class* in) {
    return stream_class_copy(in).out.get();
}

bt_trace_class* TraceMirror::trace_class(const bt_stream_class* in) {
    return trace_class_copy(bt_stream_class_borrow_trace_class_const(in)).out.get();
}

bt_event_class* TraceMirror::copy_event_class(const bt_event_class* in, bt_field_class* payload) {
    FieldClassPtr owned_payload(payload);
    const bt_stream_class* in_stream_class = bt_event_class_borrow_stream_class_const(in);
    StreamClassCopy& sc = stream_class_copy(in_stream_class);
    bt_trace_class* tc = trace_class(in_stream_class);
    EventClassPtr out(bt_event_class_create_with_id(sc.out.get(), bt_event_class_get_id(in)));
    check(out != nullptr, "out of memory");
    if (const char* name = bt_event_class_get_name(in)) bt_event_class_set_name(out.get(), name);
    bt_event_class_log_level level;
    if (bt_event_class_get_log_level(in, &level) == BT_PROPERTY_AVAILABILITY_AVAILABLE)
        bt_event_class_set_log_level(out.get(), level);
    if (const char* uri = bt_event_class_get_emf_uri(in))
        bt_event_class_set_emf_uri(out.get(), uri);
    UpstreamScopes scopes = scopes_of(in_stream_class);
    scopes.specific_context = bt_event_class_borrow_specific_context_field_class_const(in);
    scopes.payload = bt_event_class_borrow_payload_field_class_const(in);
    FieldClassMap fields = sc.fields;  // this class's own copies stay out of the stream's
    if (scopes.specific_context) {
        FieldClassPtr fc(copy_field_class(tc, scopes.specific_context, scopes, fields));
        check(bt_event_class_set_specific_context_field_class(out.get(), fc.get()) ==
                  BT_EVENT_CLASS_SET_FIELD_CLASS_STATUS_OK,
              "event specific context");
    }
    if (!owned_payload && scopes.payload)
        owned_payload.reset(copy_field_class(tc, scopes.payload, scopes, fields));
    if (owned_payload)
        check(bt_event_class_set_payload_field_class(out.get(), owned_payload.get()) ==
                  BT_EVENT_CLASS_SET_FIELD_CLASS_STATUS_OK,
              "event payload");
    return out.release();
}

bt_trace* TraceMirror::trace(const bt_trace* in) {
    auto it = traces_.find(in);
    if (it != traces_.end()) return it->second.out.get();
    TraceCopy copy;
    bt_trace_get_ref(in);
    copy.in.reset(in);
    copy.out.reset(bt_trace_create(trace_class_copy(bt_trace_borrow_class_const(in)).out.get()));
    check(copy.out != nullptr, "out of memory");
    bt_trace* out = copy.out.get();
    if (const char* name = bt_trace_get_name(in)) bt_trace_set_name(out, name);
    if (const bt_uuid uuid = bt_trace_get_uuid(in)) bt_trace_set_uuid(out, uuid);
    const uint64_t n = bt_trace_get_environment_entry_count(in);
    for (uint64_t i = 0; i < n; ++i) {
        const char* name = nullptr;
        const bt_value* value = nullptr;
        bt_trace_borrow_environment_entry_by_index_const(in, i, &name, &value);
        if (bt_value_is_string(value))
            bt_trace_set_environment_entry_string(out, name, bt_value_string_get(value));
        else if (bt_value_is_signed_integer(value))
            bt_trace_set_environment_entry_integer(out, name, bt_value_integer_signed_get(value));
    }
    return traces_.emplace(in, std::move(copy)).first->second.out.get();
}

bt_stream* TraceMirror::begin_stream(const bt_stream* in) {
    bt_stream_class* sc = stream_class(bt_stream_borrow_class_const(in));
    StreamPtr out(bt_stream_create_with_id(sc, trace(bt_stream_borrow_trace_const(in)),
                                           bt_stream_get_id(in)));
    check(out != nullptr, "out of memory");
    if (const char* name = bt_stream_get_name(in)) bt_stream_set_name(out.get(), name);
    bt_stream* stream = out.get();
    streams_[in] = std::move(out);
    return stream;
}

bt_stream* TraceMirror::stream(const bt_stream* in) const {
    auto it = streams_.find(in);
    if (it == streams_.end()) throw Error("a message names a stream that did not begin");
    return it->second.get();
}

bt_packet* TraceMirror::begin_packet(const bt_packet* in) {
    PacketPtr out(bt_packet_create(stream(bt_packet_borrow_stream_const(in))));
    check(out != nullptr, "out of memory");
    if (const bt_field* context = bt_packet_borrow_context_field_const(in))
        copy_field(context, bt_packet_borrow_context_field(out.get()));
    bt_packet* packet = out.get();
    packets_[in] = std::move(out);
    return packet;
}

bt_packet* TraceMirror::packet(const bt_packet* in) const {
    auto it = packets_.find(in);
    if (it == packets_.end()) throw Error("a message names a packet that did not begin");
    return it->second.get();
}

}  // namespace wpptrace::decoder::plugin
