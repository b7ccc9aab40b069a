// trace_mirror.hpp - the filter's own copies of the upstream trace IR: trace classes, stream
// classes (ids, clocks, packet and event contexts kept), traces (name, UUID, environment),
// streams, packets and clock classes, made as the upstream messages name them. Event classes
// are the caller's: a copy of the upstream one (copy_event_class) or one of its own making
// (decoded_event.hpp), both in the stream class copy (stream_class()).
#pragma once

#include <babeltrace2/babeltrace.h>

#include <unordered_map>

#include "ir_copy.hpp"
#include "unique_handles.hpp"

namespace wpptrace::decoder::plugin {

using TraceClassPtr = util::UniqueRef<bt_trace_class, bt_trace_class_put_ref>;
using ConstTraceClassPtr = util::UniqueRef<const bt_trace_class, bt_trace_class_put_ref>;
using StreamClassPtr = util::UniqueRef<bt_stream_class, bt_stream_class_put_ref>;
using EventClassPtr = util::UniqueRef<bt_event_class, bt_event_class_put_ref>;
using TracePtr = util::UniqueRef<bt_trace, bt_trace_put_ref>;
using ConstTracePtr = util::UniqueRef<const bt_trace, bt_trace_put_ref>;
using StreamPtr = util::UniqueRef<bt_stream, bt_stream_put_ref>;
using PacketPtr = util::UniqueRef<bt_packet, bt_packet_put_ref>;
using ClockClassPtr = util::UniqueRef<bt_clock_class, bt_clock_class_put_ref>;
using ConstClockClassPtr = util::UniqueRef<const bt_clock_class, bt_clock_class_put_ref>;

class TraceMirror {
  public:
    explicit TraceMirror(bt_self_component* component) : component_(component) {}

    // The copy of a stream class (made with its trace class on first use).
    bt_stream_class* stream_class(const bt_stream_class* in);
    // A copy of `in` (same id, name, log level, specific context) with `payload` as its payload
    // (a new reference, or nullptr for a copy of in's payload).
    bt_event_class* copy_event_class(const bt_event_class* in, bt_field_class* payload);
    // The trace class copy of `in`'s stream class, for field classes of the caller's.
    bt_trace_class* trace_class(const bt_stream_class* in);

    // A stream starts: its copy (and its trace's on first use). Throws Error.
    bt_stream* begin_stream(const bt_stream* in);
    bt_stream* stream(const bt_stream* in) const;  // a started stream's copy; throws Error
    void end_stream(const bt_stream* in) { streams_.erase(in); }

    bt_packet* begin_packet(const bt_packet* in);  // copies its context; throws Error
    bt_packet* packet(const bt_packet* in) const;  // a begun packet's copy; throws Error
    void end_packet(const bt_packet* in) { packets_.erase(in); }

    bt_clock_class* clock_class(const bt_clock_class* in);

  private:
    struct StreamClassCopy {
        StreamClassPtr out;
        FieldClassMap fields;  // the packet and event common context classes' copies
    };
    struct TraceClassCopy {
        ConstTraceClassPtr in;  // kept: upstream addresses stay valid (the map's keys)
        TraceClassPtr out;
        std::unordered_map<const bt_stream_class*, StreamClassCopy> stream_classes;
    };
    struct TraceCopy {
        ConstTracePtr in;
        TracePtr out;
    };
    struct ClockClassCopy {
        ConstClockClassPtr in;
        ClockClassPtr out;
    };

    TraceClassCopy& trace_class_copy(const bt_trace_class* in);
    StreamClassCopy& stream_class_copy(const bt_stream_class* in);
    bt_trace* trace(const bt_trace* in);

    bt_self_component* component_;
    std::unordered_map<const bt_trace_class*, TraceClassCopy> trace_classes_;
    std::unordered_map<const bt_trace*, TraceCopy> traces_;
    std::unordered_map<const bt_stream*, StreamPtr> streams_;
    std::unordered_map<const bt_packet*, PacketPtr> packets_;
    std::unordered_map<const bt_clock_class*, ClockClassCopy> clock_classes_;
};

}  // namespace wpptrace::decoder::plugin
