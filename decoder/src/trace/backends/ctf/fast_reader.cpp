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
#include "packet_index_file.hpp"
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
enum class MessageKind : std::uint8_t {
    event = 1,
    discarded_events = 32,
    discarded_packets = 64,
    damaged_packet = 65,  // a packet of the stream that cannot be read: lost, as are its events
};

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
          values_(slots),
          lost_from_(carried_by(stream, dirs)),
          host_(stream.packet_dir.empty() ? std::string_view()
                                          : host_of(*dirs[stream.packet_dir.front()].layout)) {}

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
            if (!stream_.packets[next_packet_].damage.empty()) {
                start_damaged(next_packet_++);
                return true;
            }
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
        last_ns_ = time_ns_;
        mapper_.set_host(host_);
        switch (kind_) {
            case MessageKind::event:
                mapper_.map((*event_classes_)[static_cast<std::size_t>(
                                event_ - cursor_.stream()->events.data())],
                            EventView{cursor_.data(), values_.data(), time_ns_});
                return;
            case MessageKind::discarded_events:
                visitor.on_discarded_events(count_, known_, lost_from_);
                return;
            case MessageKind::discarded_packets:
                visitor.on_discarded_packets(count_, known_, lost_from_);
                return;
            case MessageKind::damaged_packet:
                // The packet is lost, and how many of its events were wpp messages is not
                // known (its error says how many events of any kind decoded before the damage).
                visitor.on_discarded_packets(count_, true, lost_from_);
                visitor.on_discarded_events(0, false, lost_from_);
                return;
        }
    }

  private:
    // What the stream's class declares: what its losses cost.
    static LostFrom carried_by(const DataStream& stream, const std::vector<TraceDir>& dirs) {
        if (stream.packet_dir.empty()) return LostFrom::both;
        const TraceLayout& layout = *dirs[stream.packet_dir.front()].layout;
        auto it = layout.streams.find(stream.stream_class);
        if (it == layout.streams.end() || it->second.events.empty()) return LostFrom::both;
        LostFrom from = LostFrom::nothing;
        for (const EventLayout& event : it->second.events)
            if (event.event) from = from | lost_from_event_class(event.event->name);
        return from;
    }

    // The machine the trace was recorded on, as its metadata's env block names it.
    static std::string_view host_of(const TraceLayout& layout) {
        auto it = layout.trace.env.find("hostname");
        return it == layout.trace.env.end() ? std::string_view() : std::string_view(it->second);
    }

    // Pages of a big packet are given back as reading passes them: memory stays flat.
    void release_behind() {
        const PacketInfo& p = stream_.packets[next_packet_ - 1];
        std::uint64_t done = cursor_.bytes_read();
        if (done - released_ < release_step) return;
        files_[p.file]->release(p.offset + released_, done - released_);
        released_ = done;
    }

    // A damaged or missing packet: one lost packet (more when the index's sequence numbers
    // say others are missing before it), stamped no earlier than the stream's last message.
    void start_damaged(std::size_t index) {
        const PacketInfo& p = stream_.packets[index];
        const TraceLayout& layout = *dirs_[stream_.packet_dir[index]].layout;
        kind_ = MessageKind::damaged_packet;
        count_ = 1;
        std::int64_t ns = last_ns_;
        if (p.has_begin && !layout.ns_from_origin(p.begin, ns)) ns = last_ns_;
        time_ns_ = std::max(ns, last_ns_);
        if (!previous_) return;  // the next whole packet starts the count of sequence numbers
        if (p.has_seq_num && p.seq_num > seq_num_ + 1 &&
            p.seq_num - seq_num_ - 1 < stream_.packets.size()) {
            count_ += p.seq_num - seq_num_ - 1;
            seq_num_ = p.seq_num;
        } else {
            ++seq_num_;  // it held the next number
        }
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
    LostFrom lost_from_;
    std::string_view host_;  // of every directory of this trace (one UUID, one machine)
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
    std::int64_t last_ns_ = INT64_MIN;  // the time of this stream's last message
    bool known_ = false;
    std::string impossible_;       // an impossible loss counter, reported before the next message
    std::uint64_t discarded_ = 0;  // the highest discarded-events counter so far
    std::uint64_t seq_num_ = 0;    // the sequence number the last packet should have had
    std::int64_t time_ns_ = 0, discarded_packets_ns_ = 0;
};

// The muxer's order (babeltrace2's common_muxing_compare_messages): oldest first; at equal
// times by trace (its UUID: groups are in UUID order), stream class, stream id, then message
// type. Equal times across traces are the rule for machines sharing a clock (a relayd's output of
// namespaces on one host): the trace comes first there.
bool later(const StreamState* a, const StreamState* b) {
    auto key = [](const StreamState* s) {
        return std::make_tuple(s->time_ns(), s->stream().group_order, s->stream().stream_class,
                               s->stream().instance, static_cast<int>(s->kind()));
    };
    return key(a) > key(b);
}

// What a cut metadata file still gives, and what it cannot.
std::string metadata_cut_note(const std::string& dir, const MetadataCut& cut) {
    std::string text =
        cut.at_packet_end
            ? dir + "/metadata ends at byte " + std::to_string(cut.at) +
                  " inside a declaration (its next packet is missing): read its whole "
                  "declarations"
            : dir + "/metadata ends inside a packet at byte " + std::to_string(cut.at) +
                  ": read its whole packets and the whole declarations of the cut one";
    if (!cut.cut_events.empty()) {
        text += "; the cut interrupts the declaration of event";
        for (std::size_t i = 0; i < cut.cut_events.size(); ++i)
            text += (i ? ", " : " ") + cut.cut_events[i];
    }
    return text +
           "; events declared in the lost part are unknown, and the packets holding "
           "them are lost";
}

std::string load_trace(const std::string& dir, TraceDir& trace, std::vector<std::string>& notes) {
    std::string text;
    MetadataCut cut;
    std::string error = read_metadata_text(dir + "/metadata", text, &cut);
    if (!error.empty()) return error;
    if (cut.cut) notes.push_back(metadata_cut_note(dir, cut));
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

std::vector<fs::path> stream_files(const std::string& dir, const std::vector<std::string>& skip,
                                   std::string& error) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (name == "metadata" || name.starts_with(".")) continue;
        if (std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
        if (!entry.is_regular_file(ec)) continue;
        files.push_back(entry.path());
    }
    if (ec) error = "cannot list " + dir + ": " + ec.message();
    std::sort(files.begin(), files.end());
    return files;
}

// The streams that `index/` lists but the directory no longer holds (a stream file deleted):
// their packets are missing, not silently absent.
std::vector<fs::path> streams_only_indexed(const std::string& dir,
                                           const std::vector<fs::path>& present,
                                           const std::vector<std::string>& skip) {
    std::vector<fs::path> gone;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(dir) / "index", ec)) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(".idx") || !entry.is_regular_file(ec)) continue;
        const fs::path stream = fs::path(dir) / name.substr(0, name.size() - 4);
        if (std::find(present.begin(), present.end(), stream) != present.end() ||
            std::find(skip.begin(), skip.end(), stream.filename().string()) != skip.end() ||
            fs::exists(fs::symlink_status(stream, ec)))
            continue;
        gone.push_back(stream);
    }
    std::sort(gone.begin(), gone.end());
    return gone;
}

// babeltrace2's packet index of a stream: sorted by beginning time, a packet equal to one
// already there (size, times, sequence number) dropped.
void merge_index(DataStream& stream) {
    std::vector<std::size_t> order(stream.packets.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const PacketInfo &pa = stream.packets[a], &pb = stream.packets[b];
        if (pa.begin != pb.begin) return pa.begin < pb.begin;
        if (pa.file == pb.file) return pa.offset < pb.offset;  // a damaged one among them
        return a > b;  // babeltrace2 inserts a later packet before an equal beginning
    });
    std::vector<PacketInfo> packets;
    std::vector<std::uint32_t> dirs;
    std::size_t same_begin = 0;  // first kept packet with the current beginning time
    for (std::size_t i : order) {
        const PacketInfo& p = stream.packets[i];
        if (packets.empty() || packets.back().begin != p.begin) same_begin = packets.size();
        bool repeated = false;
        for (std::size_t k = same_begin; k < packets.size() && !repeated && p.damage.empty(); ++k) {
            const PacketInfo& q = packets[k];
            // (Within one file, two packets are two packets: repeats come from snapshots.)
            repeated = q.damage.empty() && q.file != p.file && q.bytes == p.bytes &&
                       q.end == p.end && q.seq_num == p.seq_num;
        }
        if (repeated) continue;
        packets.push_back(p);
        dirs.push_back(stream.packet_dir[i]);
    }
    stream.packets = std::move(packets);
    stream.packet_dir = std::move(dirs);
}

// A stream file holds one stream (LTTng writes one file per stream): the class and instance that
// most of its packets name. A packet naming another is a corrupt packet header, lost alone
// (without an index to compare with, a flipped bit of its instance id decodes). With no
// majority (two packets that disagree) nothing tells which is wrong: each packet is read as
// the stream it names, and nothing is marked. Returns the first packet of the file's stream
// (the first to name it, on a tie), or the first packet.
const PacketInfo* file_stream(std::vector<PacketInfo>& packets, bool& no_majority) {
    auto same = [](const PacketInfo& a, const PacketInfo& b) {
        return a.stream_id == b.stream_id && a.instance_id == b.instance_id;
    };
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::size_t> votes;
    for (const PacketInfo& p : packets)
        if (p.damage.empty()) ++votes[{p.stream_id, p.instance_id}];
    const PacketInfo* best = nullptr;
    std::size_t best_votes = 0;
    for (const PacketInfo& p : packets)  // in file order: the first wins a tie
        if (p.damage.empty() && votes[{p.stream_id, p.instance_id}] > best_votes) {
            best = &p;
            best_votes = votes[{p.stream_id, p.instance_id}];
        }
    if (!best) return &packets.front();
    std::size_t voters = 0;
    for (const auto& [ids, n] : votes) voters += n;
    no_majority = best_votes * 2 <= voters && votes.size() > 1;
    if (no_majority) return best;
    for (PacketInfo& p : packets)
        if (p.damage.empty() && !same(*best, p))
            p.damage = "its stream (class " + std::to_string(p.stream_id) + ", instance " +
                       std::to_string(p.instance_id) + ") is not its file's (class " +
                       std::to_string(best->stream_id) + ", instance " +
                       std::to_string(best->instance_id) + "): a corrupt packet header";
    return best;
}

// A stream is one ring buffer, of one CPU: a packet whose cpu_id differs from what most of the
// stream's packets say is a corrupt packet context (its events would be shown on another CPU).
// With no majority (one packet, or a tie) nothing can be told.
void mark_foreign_cpu(DataStream& stream) {
    std::map<std::uint64_t, std::size_t> votes;
    std::size_t voters = 0;
    for (const PacketInfo& p : stream.packets)
        if (p.damage.empty() && p.has_cpu_id) {
            ++votes[p.cpu_id];
            ++voters;
        }
    if (votes.size() < 2) return;
    auto most = std::max_element(votes.begin(), votes.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most->second * 2 <= voters) return;
    for (PacketInfo& p : stream.packets)
        if (p.damage.empty() && p.has_cpu_id && p.cpu_id != most->first)
            p.damage = "its cpu_id " + std::to_string(p.cpu_id) + " is not its stream's (" +
                       std::to_string(most->first) + "): a corrupt packet context";
}

// The reports of a stream's damaged and missing packets, in file order: one error per
// damaged packet, one warning per run of missing ones.
void report_damage(const DataStream& s, const std::vector<std::unique_ptr<StreamFile>>& files,
                   ReadResult& result) {
    std::vector<const PacketInfo*> lost;
    for (const PacketInfo& p : s.packets)
        if (!p.damage.empty()) lost.push_back(&p);
    std::stable_sort(lost.begin(), lost.end(), [](const PacketInfo* a, const PacketInfo* b) {
        return a->file != b->file ? a->file < b->file : a->offset < b->offset;
    });
    for (std::size_t i = 0; i < lost.size(); ++i) {
        const PacketInfo& p = *lost[i];
        const std::string& path = files[p.file]->path();
        const StreamFile& file = *files[p.file];
        if (!p.missing && p.offset + p.bytes == file.size() &&
            p.damage.starts_with(stream_cut_short)) {
            result.errors.push_back(path +
                                    ": stream ended early (inside a packet): read up to its "
                                    "last whole packet (" +
                                    std::to_string(p.offset) + " of " +
                                    std::to_string(file.size()) +
                                    " bytes); the cut packet is lost with its events");
            continue;
        }
        if (!p.missing) {
            std::string text = path + ": packet at byte " + std::to_string(p.offset) + " (" +
                               std::to_string(p.bytes) + " bytes) is damaged (" + p.damage +
                               "): it is lost with its events";
            if (p.events_before_damage)
                text += " (at least " + std::to_string(p.events_before_damage) +
                        " events of all kinds decoded before the damage)";
            text += "; reading goes on at byte " + std::to_string(p.offset + p.bytes);
            result.errors.push_back(std::move(text));
            continue;
        }
        std::size_t run = i;
        while (run + 1 < lost.size() && lost[run + 1]->missing && lost[run + 1]->file == p.file)
            ++run;
        const PacketInfo& last = *lost[run];
        const std::string name = fs::path(path).filename().string();
        result.warnings.push_back(path + ": " + std::to_string(run - i + 1) +
                                  " packet(s) that index/" + name + ".idx lists (bytes " +
                                  std::to_string(p.offset) + " to " +
                                  std::to_string(last.offset + last.bytes) + ") are " + p.damage +
                                  ": lost with their events");
        i = run;
    }
}

// What lttng-crash leaves in the packets it recovers: a sub-buffer the tracer had not closed
// when it died is copied with its content and packet sizes patched to the bytes committed (so
// both equal), and its end time still the 0 the tracer writes when it opens a packet (it sets
// the real one on closing). babeltrace2 (source.ctf.fs, its "lttng-crash quirk", for every
// lttng-ust and lttng-modules trace) takes such a packet's end to be the next packet's
// beginning, or for a stream's last packet its last event's time (its beginning when it has
// none). The fast reader does the same, and only for packets that bear lttng-crash's whole
// mark (an LTTng tracer, end 0, a beginning, content size = packet size): any other end time
// before the packet's last event is still damage.
bool closed_by_lttng_crash(const TraceLayout& layout, const PacketInfo& p) {
    auto tracer = layout.trace.env.find("tracer_name");
    if (tracer == layout.trace.env.end() ||
        (tracer->second != "lttng-ust" && tracer->second != "lttng-modules"))
        return false;
    return p.has_begin && p.has_end && p.end == 0 && p.begin != 0 && p.content_bits == p.bytes * 8;
}

}  // namespace

void read_traces_fast(const std::vector<FastTraceDir>& dirs, TraceVisitor& visitor,
                      ReadResult& result) {
    std::string why_not;
    std::vector<TraceDir> traces(dirs.size());
    std::vector<std::string> metadata_notes;  // errors, reported when nothing can fail
                                              // (metadata cuts, streams that do not open)
    for (std::size_t i = 0; i < dirs.size(); ++i) {
        why_not = load_trace(dirs[i].dir, traces[i], metadata_notes);
        if (!why_not.empty()) throw NeedsBabeltrace(why_not);
    }
    // Directories of one UUID form one trace; traces in the order of their keys.
    std::map<std::string, std::vector<std::uint32_t>> groups;
    for (std::uint32_t i = 0; i < traces.size(); ++i) groups[traces[i].group].push_back(i);

    std::vector<std::unique_ptr<StreamFile>> files;
    std::vector<DataStream> streams;
    std::vector<std::string> trace_names;
    std::vector<std::string> warnings;  // reported with the rest, when nothing can fail
    std::vector<Value> scratch;
    std::size_t group_order = 0;
    for (const auto& [key, members] : groups) {
        std::map<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>, std::size_t> by_id;
        for (std::uint32_t t : members) {
            trace_names.push_back(traces[t].dir);
            const TraceLayout& layout = *traces[t].layout;
            scratch.assign(layout.slots, Value{});
            std::vector<fs::path> paths = stream_files(traces[t].dir, dirs[t].skip, why_not);
            const std::size_t present = paths.size();
            for (fs::path& gone : streams_only_indexed(traces[t].dir, paths, dirs[t].skip))
                paths.push_back(std::move(gone));
            for (std::size_t k = 0; k < paths.size(); ++k) {
                const fs::path& path = paths[k];
                auto file = std::make_unique<StreamFile>();
                if (k < present) {
                    // A stream that cannot be opened costs that stream, never the trace.
                    if (std::string error = file->open(path.string()); !error.empty()) {
                        metadata_notes.push_back(error + ": its events are lost");
                        continue;
                    }
                } else {
                    file->open_bytes(nullptr, 0, path.string());  // its index says what it held
                }
                PacketIndexFile index = read_packet_index_file(path.string());
                if (!index.error.empty())
                    warnings.push_back(index.error + ": the packet index is ignored");
                if (k < present && index_of_another_stream(layout, *file, index, scratch)) {
                    warnings.push_back(path.string() + ": index/" + path.filename().string() +
                                       ".idx describes another stream (stream files renamed "
                                       "or swapped): the packet index is ignored");
                    index.entries.clear();
                }
                // babeltrace2 skips empty stream files; their index may still list packets.
                if (file->size() == 0 && index.entries.empty()) continue;
                auto file_index = static_cast<std::uint32_t>(files.size());
                std::vector<PacketInfo> packets;
                walk_packets(layout, *file, file_index, &index, packets, scratch);
                files.push_back(std::move(file));
                if (packets.empty()) continue;
                // One stream per (class, instance id); a file without instance ids is its own.
                bool no_majority = false;
                const PacketInfo* first = file_stream(packets, no_majority);
                if (no_majority)
                    warnings.push_back(path.string() +
                                       ": packets of several streams in one file, none of them "
                                       "most of its packets: each is read as the stream it names");
                const std::uint64_t unique = first->has_instance_id ? 0 : file_index + 1;
                const std::uint64_t file_class = first->stream_id,
                                    file_instance = first->instance_id;
                for (PacketInfo& p : packets) {
                    // A damaged packet goes with its file's stream; an undamaged one with the
                    // stream it names (its file's, unless the file had no majority).
                    const bool own = p.damage.empty();
                    const std::uint64_t cls = own ? p.stream_id : file_class;
                    const std::uint64_t instance = own ? p.instance_id : file_instance;
                    auto [it, added] =
                        by_id.emplace(std::make_tuple(cls, instance, unique), streams.size());
                    if (added) {
                        DataStream s;
                        s.group_order = group_order;
                        s.stream_class = cls;
                        s.instance = instance;
                        streams.push_back(std::move(s));
                    }
                    DataStream& s = streams[it->second];
                    s.packets.push_back(std::move(p));
                    s.packet_dir.push_back(t);
                }
            }
            if (!why_not.empty()) throw NeedsBabeltrace(why_not);
        }
        ++group_order;
    }

    // Every packet decoded once before anything is reported. A packet that does not decode to
    // its end, or whose times go back, is damaged: it alone is lost (the muxer reports it in
    // its place), and the stream goes on with the next packet.
    std::uint32_t slots = 0;
    for (const auto& t : traces) slots = std::max(slots, t.layout->slots);
    scratch.assign(slots, Value{});
    for (DataStream& s : streams) {
        merge_index(s);
        mark_foreign_cpu(s);
        std::int64_t last = INT64_MIN, previous_end = INT64_MIN;
        for (std::size_t i = 0; i < s.packets.size(); ++i) {
            PacketInfo& p = s.packets[i];
            if (!p.damage.empty()) continue;
            const TraceLayout& layout = *traces[s.packet_dir[i]].layout;
            const StreamFile& file = *files[p.file];
            if (!p.has_begin || !p.has_end) {  // the muxer's order needs both
                why_not = file.path() + ": a packet without beginning and end times";
                throw NeedsBabeltrace(why_not);
            }
            const bool recovered = closed_by_lttng_crash(layout, p);
            const bool ends_at_last_event = recovered && i + 1 == s.packets.size();
            if (recovered && !ends_at_last_event) p.end = s.packets[i + 1].begin;
            std::string damage;
            std::int64_t begin_ns = 0, end_ns = 0, at = 0;
            std::uint64_t events = 0;
            PacketCursor cursor;
            if (!cursor.start(layout, file, p, scratch.data())) {
                damage = "unreadable";
            } else if (!layout.ns_from_origin(p.begin, begin_ns) ||
                       (!ends_at_last_event && !layout.ns_from_origin(p.end, end_ns))) {
                damage = "packet times out of range";
            } else if (begin_ns < last || begin_ns < previous_end) {
                // babeltrace2 stamps losses with the previous packet's end: it must not pass
                // this packet's beginning either.
                damage = "it begins before the previous packet ends";
            } else {
                at = begin_ns;
                std::uint64_t released = 0;
                while (cursor.next()) {
                    if (cursor.bytes_read() - released >= release_step) {
                        file.release(p.offset + released, cursor.bytes_read() - released);
                        released = cursor.bytes_read();
                    }
                    std::int64_t ns = 0;
                    if (!layout.ns_from_origin(cursor.clock(), ns) || ns < at) {
                        damage = "event times out of order or range";
                        break;
                    }
                    at = ns;
                    ++events;
                    if (ends_at_last_event) p.end = cursor.clock();
                }
                if (damage.empty() && cursor.error()) damage = cursor.error();
                if (ends_at_last_event) {
                    if (!events) p.end = p.begin;
                    end_ns = at;
                }
                if (damage.empty() && end_ns < at) damage = "it ends before its last event";
            }
            file.release(p.offset, p.bytes);
            if (!damage.empty()) {
                p.damage = std::move(damage);
                p.events_before_damage = events;
                continue;  // the times of the packets before it still hold
            }
            previous_end = end_ns;
            last = at;
        }
    }
    result.errors.insert(result.errors.end(), metadata_notes.begin(), metadata_notes.end());
    for (const DataStream& s : streams) report_damage(s, files, result);
    result.warnings.insert(result.warnings.end(), warnings.begin(), warnings.end());

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
