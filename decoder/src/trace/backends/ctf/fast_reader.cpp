// fast_reader.cpp - reads LTTng-UST traces without libbabeltrace2 (see fast_reader.hpp).
//
// babeltrace2 (source.ctf.fs and the muxer) is the reference for every observable choice:
// directories of one trace UUID are one trace, their packets of one stream (class and
// instance id) merged by beginning time with repeated packets dropped; a packet whose
// events_discarded counter grew is preceded by a discarded-events message (count unknown for
// a stream's first packet, stamped with the previous packet's end or this packet's
// beginning); a packet_seq_num gap is a discarded-packets message after it; messages of all
// streams go out oldest first.
#include "fast_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

#include "event_view.hpp"
#include "metadata_text.hpp"
#include "stream_reader.hpp"
#include "trace_layout.hpp"
#include "tsdl_parser.hpp"

namespace wpptrace::decoder::ctf {
namespace {

namespace fs = std::filesystem;

struct TraceDir {
    std::string dir;
    std::unique_ptr<TraceLayout> layout;  // never moves: the mapper keeps pointers into it
    std::string group;                    // the trace UUID, or the directory without one
};

// Packets of one stream (class and instance) of one logical trace, from every directory.
struct DataStream {
    std::size_t group_order = 0;  // for ties: the order of the trace
    std::uint64_t stream_class = 0, instance = 0;
    std::vector<PacketInfo> packets;
    std::vector<std::uint32_t> packet_dir;  // the TraceDir each packet is read with
};

constexpr std::uint64_t release_step = 1 << 20;

// One message of a stream in the muxer's queue.
enum class MessageKind : std::uint8_t { event = 1, discarded_events = 32, discarded_packets = 64 };

class StreamState {
  public:
    StreamState(DataStream& stream, std::vector<TraceDir>& dirs,
                std::vector<std::unique_ptr<StreamFile>>& files, std::uint32_t slots,
                const EventClasses& classes, WppEventMapper& mapper)
        : stream_(stream),
          dirs_(dirs),
          files_(files),
          classes_(classes),
          mapper_(mapper),
          values_(slots) {}

    // Moves to the next message; false at the stream's end.
    bool advance() {
        for (;;) {
            if (pending_discarded_packets_) {
                kind_ = MessageKind::discarded_packets;
                count_ = discarded_packets_count_;
                known_ = true;
                time_ns_ = discarded_packets_ns_;
                pending_discarded_packets_ = false;
                return true;
            }
            if (in_packet_) {
                release_behind();  // the previous event is done with
                event_ = cursor_.next();
                if (event_) {
                    kind_ = MessageKind::event;
                    layout_->ns_from_origin(cursor_.clock(), time_ns_);
                    return true;
                }
                in_packet_ = false;
                const PacketInfo& done = stream_.packets[next_packet_ - 1];
                files_[done.file]->release(done.offset, done.bytes);
                previous_ = &done;
            }
            if (next_packet_ >= stream_.packets.size()) return false;
            start_packet(next_packet_++);
            if (pending_discarded_events_) {
                kind_ = MessageKind::discarded_events;
                pending_discarded_events_ = false;
                return true;
            }
        }
    }

    MessageKind kind() const { return kind_; }
    std::int64_t time_ns() const { return time_ns_; }
    const DataStream& stream() const { return stream_; }

    // An impossible counter found when a packet started goes out before the next message
    // (or when the stream ends).
    void deliver_impossible(TraceVisitor& visitor) {
        if (impossible_.empty()) return;
        visitor.on_impossible_loss(impossible_);
        impossible_.clear();
    }

    void deliver(TraceVisitor& visitor) {
        deliver_impossible(visitor);
        switch (kind_) {
            case MessageKind::event:
                mapper_.map((*event_classes_)[static_cast<std::size_t>(
                                event_ - cursor_.stream()->events.data())],
                            EventView{cursor_.data(), values_.data(), time_ns_});
                return;
            case MessageKind::discarded_events:
                visitor.on_discarded_events(count_, known_);
                return;
            case MessageKind::discarded_packets:
                visitor.on_discarded_packets(count_, known_);
                return;
        }
    }

  private:
    // Pages of a big packet are given back as reading passes them: memory stays flat.
    void release_behind() {
        const PacketInfo& p = stream_.packets[next_packet_ - 1];
        std::uint64_t done = cursor_.bytes_read();
        if (done - released_ < release_step) return;
        files_[p.file]->release(p.offset + released_, done - released_);
        released_ = done;
    }

    void start_packet(std::size_t index) {
        const PacketInfo& p = stream_.packets[index];
        released_ = 0;
        layout_ = dirs_[stream_.packet_dir[index]].layout.get();
        cursor_.start(*layout_, *files_[p.file], p, values_.data());  // validated before
        event_classes_ = &classes_.of(*cursor_.stream());
        in_packet_ = true;
        // Discarded events: the counter grew since the previous packet (babeltrace2 knows no
        // count for a stream's first packet, only that some were lost).
        if (p.has_discarded) {
            if (!previous_) {
                if (p.discarded != 0) {
                    pending_discarded_events_ = true;
                    count_ = 0;
                    known_ = false;
                    layout_->ns_from_origin(p.begin, time_ns_);
                }
                discarded_ = p.discarded;
            } else if (p.discarded < discarded_) {
                // The counter only grows. LTTng-UST (2.13, small sub-buffers) itself writes 0
                // now and then in one packet of a stream that lost events, the next packet
                // going on from the true count: such a packet says nothing. Any other value
                // below the count reached is a corrupt packet context. Losses are counted from
                // the highest value, so that neither under- nor over-counts.
                if (p.discarded != 0)
                    impossible_ = where(p) + "its discarded-events counter goes back from " +
                                  std::to_string(discarded_) + " to " +
                                  std::to_string(p.discarded) + ": corrupt, no loss counted";
            } else if (p.discarded != discarded_) {
                pending_discarded_events_ = true;
                count_ = p.discarded - discarded_;
                known_ = true;
                layout_->ns_from_origin(previous_->end, time_ns_);
                discarded_ = p.discarded;
            }
        }
        if (p.has_seq_num && !previous_) {
            seq_num_ = p.seq_num;
        } else if (p.has_seq_num && p.seq_num != seq_num_ + 1) {
            // Lost packets lie between the previous packet's end and this one's beginning,
            // each at least a nanosecond long: more of them than that, or a number going
            // back, is a corrupt packet context, not a loss. The packet itself is there: the
            // next one is expected to follow it.
            std::int64_t previous_end_ns = 0, begin_ns = 0;
            layout_->ns_from_origin(previous_->end, previous_end_ns);
            layout_->ns_from_origin(p.begin, begin_ns);
            const std::uint64_t gap_ns = begin_ns > previous_end_ns
                                             ? static_cast<std::uint64_t>(begin_ns) -
                                                   static_cast<std::uint64_t>(previous_end_ns)
                                             : 0;
            if (p.seq_num <= seq_num_) {
                impossible_ = where(p) + "its sequence number goes back from " +
                              std::to_string(seq_num_) + " to " + std::to_string(p.seq_num) +
                              ": corrupt, no loss counted";
                ++seq_num_;
            } else if (p.seq_num - seq_num_ - 1 > gap_ns + 1) {
                impossible_ = where(p) + "its sequence number jumps from " +
                              std::to_string(seq_num_) + " to " + std::to_string(p.seq_num) +
                              " in " + std::to_string(gap_ns) + " ns: corrupt, no loss counted";
                ++seq_num_;
            } else {
                pending_discarded_packets_ = true;
                discarded_packets_count_ = p.seq_num - (seq_num_ + 1);
                discarded_packets_ns_ = previous_end_ns;
                seq_num_ = p.seq_num;
            }
        } else if (p.has_seq_num) {
            seq_num_ = p.seq_num;
        }
    }

    std::string where(const PacketInfo& p) const {
        return files_[p.file]->path() + ": packet at byte " + std::to_string(p.offset) + ": ";
    }

    DataStream& stream_;
    std::vector<TraceDir>& dirs_;
    std::vector<std::unique_ptr<StreamFile>>& files_;
    const EventClasses& classes_;
    WppEventMapper& mapper_;
    std::vector<Value> values_;
    PacketCursor cursor_;
    const TraceLayout* layout_ = nullptr;
    const std::vector<WppClass>* event_classes_ = nullptr;  // of the current stream
    const EventLayout* event_ = nullptr;
    const PacketInfo* previous_ = nullptr;
    std::size_t next_packet_ = 0;
    std::uint64_t released_ = 0;  // bytes of the current packet given back
    bool in_packet_ = false;
    bool pending_discarded_events_ = false, pending_discarded_packets_ = false;
    MessageKind kind_ = MessageKind::event;
    std::uint64_t count_ = 0, discarded_packets_count_ = 0;
    bool known_ = false;
    std::string impossible_;       // an impossible loss counter, reported before the next message
    std::uint64_t discarded_ = 0;  // the highest discarded-events counter so far
    std::uint64_t seq_num_ = 0;    // the sequence number the last packet should have had
    std::int64_t time_ns_ = 0, discarded_packets_ns_ = 0;
};

// The muxer's order: oldest first; at equal times, by stream id, stream class, message type,
// then trace.
bool later(const StreamState* a, const StreamState* b) {
    auto key = [](const StreamState* s) {
        return std::make_tuple(s->time_ns(), s->stream().instance, s->stream().stream_class,
                               static_cast<int>(s->kind()), s->stream().group_order);
    };
    return key(a) > key(b);
}

std::string load_trace(const std::string& dir, TraceDir& trace) {
    std::string text;
    std::string error = read_metadata_text(dir + "/metadata", text);
    if (!error.empty()) return error;
    TraceClass parsed;
    error = parse_tsdl(text, parsed);
    if (!error.empty()) return dir + "/metadata: " + error;
    trace.dir = dir;
    trace.layout = std::make_unique<TraceLayout>();
    error = build_trace_layout(std::move(parsed), *trace.layout);
    if (!error.empty()) return dir + "/metadata: " + error;
    if (!trace.layout->has_clock) return dir + ": no clock";
    trace.group = trace.layout->trace.uuid.empty() ? dir : trace.layout->trace.uuid;
    return {};
}

std::vector<fs::path> stream_files(const std::string& dir, std::string& error) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (name == "metadata" || name.starts_with(".")) continue;
        if (!entry.is_regular_file(ec)) continue;
        files.push_back(entry.path());
    }
    if (ec) error = "cannot list " + dir + ": " + ec.message();
    std::sort(files.begin(), files.end());
    return files;
}

// babeltrace2's packet index of a stream: sorted by beginning time, a packet equal to one
// already there (size, times, sequence number) dropped.
void merge_index(DataStream& stream) {
    std::vector<std::size_t> order(stream.packets.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const PacketInfo &pa = stream.packets[a], &pb = stream.packets[b];
        if (pa.begin != pb.begin) return pa.begin < pb.begin;
        return a > b;  // babeltrace2 inserts a later packet before an equal beginning
    });
    std::vector<PacketInfo> packets;
    std::vector<std::uint32_t> dirs;
    std::size_t same_begin = 0;  // first kept packet with the current beginning time
    for (std::size_t i : order) {
        const PacketInfo& p = stream.packets[i];
        if (packets.empty() || packets.back().begin != p.begin) same_begin = packets.size();
        bool repeated = false;
        for (std::size_t k = same_begin; k < packets.size() && !repeated; ++k) {
            const PacketInfo& q = packets[k];
            repeated = q.bytes == p.bytes && q.end == p.end && q.seq_num == p.seq_num;
        }
        if (repeated) continue;
        packets.push_back(p);
        dirs.push_back(stream.packet_dir[i]);
    }
    stream.packets = std::move(packets);
    stream.packet_dir = std::move(dirs);
}

}  // namespace

void read_traces_fast(const std::vector<std::string>& dirs, TraceVisitor& visitor,
                      ReadResult& result) {
    std::string why_not;
    std::vector<TraceDir> traces(dirs.size());
    for (std::size_t i = 0; i < dirs.size(); ++i) {
        why_not = load_trace(dirs[i], traces[i]);
        if (!why_not.empty()) throw NeedsBabeltrace(why_not);
    }
    // Directories of one UUID form one trace; traces in the order of their keys.
    std::map<std::string, std::vector<std::uint32_t>> groups;
    for (std::uint32_t i = 0; i < traces.size(); ++i) groups[traces[i].group].push_back(i);

    std::vector<std::unique_ptr<StreamFile>> files;
    std::vector<DataStream> streams;
    std::vector<std::string> trace_names;
    std::vector<Value> scratch;
    std::size_t group_order = 0;
    for (const auto& [key, members] : groups) {
        std::map<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>, std::size_t> by_id;
        for (std::uint32_t t : members) {
            trace_names.push_back(traces[t].dir);
            const TraceLayout& layout = *traces[t].layout;
            scratch.assign(layout.slots, Value{});
            for (const fs::path& path : stream_files(traces[t].dir, why_not)) {
                auto file = std::make_unique<StreamFile>();
                why_not = file->open(path.string());
                if (!why_not.empty()) throw NeedsBabeltrace(why_not);
                if (file->size() == 0) continue;  // babeltrace2 skips empty stream files
                auto file_index = static_cast<std::uint32_t>(files.size());
                std::vector<PacketInfo> packets;
                why_not = index_packets(layout, *file, file_index, packets, scratch);
                if (!why_not.empty()) throw NeedsBabeltrace(why_not);
                files.push_back(std::move(file));
                if (packets.empty()) continue;
                // One stream per (class, instance id); a file without instance ids is its own.
                std::uint64_t unique = packets.front().has_instance_id ? 0 : file_index + 1;
                auto id =
                    std::make_tuple(packets.front().stream_id, packets.front().instance_id, unique);
                for (const PacketInfo& p : packets)
                    if (p.stream_id != packets.front().stream_id ||
                        p.instance_id != packets.front().instance_id) {
                        why_not = path.string() + ": packets of several streams in one file";
                        throw NeedsBabeltrace(why_not);
                    }
                auto [it, added] = by_id.emplace(id, streams.size());
                if (added) {
                    DataStream s;
                    s.group_order = group_order;
                    s.stream_class = packets.front().stream_id;
                    s.instance = packets.front().instance_id;
                    streams.push_back(std::move(s));
                }
                DataStream& s = streams[it->second];
                for (const PacketInfo& p : packets) {
                    s.packets.push_back(p);
                    s.packet_dir.push_back(t);
                }
            }
            if (!why_not.empty()) throw NeedsBabeltrace(why_not);
        }
        ++group_order;
    }

    // Every packet decoded once before anything is reported: a trace this reader cannot read
    // to its end goes to babeltrace2 whole. Times must not go backwards within a stream.
    std::uint32_t slots = 0;
    for (const auto& t : traces) slots = std::max(slots, t.layout->slots);
    scratch.assign(slots, Value{});
    for (DataStream& s : streams) {
        merge_index(s);
        std::int64_t last = INT64_MIN, previous_end = INT64_MIN;
        for (std::size_t i = 0; i < s.packets.size(); ++i) {
            const PacketInfo& p = s.packets[i];
            const TraceLayout& layout = *traces[s.packet_dir[i]].layout;
            const StreamFile& file = *files[p.file];
            PacketCursor cursor;
            if (!cursor.start(layout, file, p, scratch.data())) {
                why_not = file.path() + ": unreadable packet";
                throw NeedsBabeltrace(why_not);
            }
            if (!p.has_begin || !p.has_end) {  // the muxer's order needs both
                why_not = file.path() + ": a packet without beginning and end times";
                throw NeedsBabeltrace(why_not);
            }
            std::int64_t begin_ns = 0, end_ns = 0;
            if (!layout.ns_from_origin(p.begin, begin_ns) ||
                !layout.ns_from_origin(p.end, end_ns)) {
                why_not = file.path() + ": packet times out of range";
                throw NeedsBabeltrace(why_not);
            }
            // babeltrace2 stamps losses with the previous packet's end: it must not pass
            // this packet's beginning either.
            if (begin_ns < last || begin_ns < previous_end) {
                why_not = file.path() + ": packets going back in time";
                throw NeedsBabeltrace(why_not);
            }
            previous_end = end_ns;
            last = begin_ns;
            std::uint64_t released = 0;
            while (cursor.next()) {
                if (cursor.bytes_read() - released >= release_step) {
                    file.release(p.offset + released, cursor.bytes_read() - released);
                    released = cursor.bytes_read();
                }
                std::int64_t ns = 0;
                if (!layout.ns_from_origin(cursor.clock(), ns) || ns < last) {
                    why_not = file.path() + ": event times out of order or range";
                    throw NeedsBabeltrace(why_not);
                }
                last = ns;
            }
            if (cursor.error()) {
                why_not = file.path() + ": packet at byte " + std::to_string(p.offset) + ": " +
                          cursor.error();
                throw NeedsBabeltrace(why_not);
            }
            if (end_ns < last) {
                why_not = file.path() + ": packet ends before its last event";
                throw NeedsBabeltrace(why_not);
            }
            file.release(p.offset, p.bytes);
        }
    }

    // From here on, everything is reported: the read cannot fail. (Reading and merging on a
    // second thread while this one formats did not pay on the 2 shared cores measured:
    // bench/DECODE.md.)
    result.traces.insert(result.traces.end(), trace_names.begin(), trace_names.end());
    EventClasses classes;
    for (const auto& t : traces) classes.add_trace(*t.layout);
    WppEventMapper mapper(visitor, result);
    std::vector<std::unique_ptr<StreamState>> states;
    std::vector<StreamState*> heap;
    for (DataStream& s : streams) {
        states.push_back(std::make_unique<StreamState>(s, traces, files, slots, classes, mapper));
        if (states.back()->advance())
            heap.push_back(states.back().get());
        else
            states.back()->deliver_impossible(visitor);
    }
    std::make_heap(heap.begin(), heap.end(), later);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        StreamState* s = heap.back();
        s->deliver(visitor);
        if (s->advance()) {
            std::push_heap(heap.begin(), heap.end(), later);
        } else {
            s->deliver_impossible(visitor);
            heap.pop_back();
        }
    }
    result.complete = result.errors.empty();
}

}  // namespace wpptrace::decoder::ctf
