// ifr_reader.cpp - in-flight recorder files: the checked parse of one image, finding and copying
// the files, and their messages through the WppEventMapper (ifr_reader.hpp).
#include "wpptrace/decoder/ifr_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <queue>
#include <string_view>
#include <tuple>

#include <wpp/ifr_format.h>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/elf_catalog.hpp"
#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/wpp_event_mapper.hpp"

namespace wpptrace::decoder {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t max_file_bytes = std::uint64_t{1} << 30;

template <class T>
T load(std::span<const unsigned char> image, std::size_t offset) {
    T value;
    std::memcpy(&value, image.data() + offset, sizeof value);
    return value;
}

// A text field of the header: NUL-terminated within its bytes, no control characters (it is
// shown and used as a file path).
std::string header_text(const char* field, std::size_t size, const char* what,
                        const std::string& name) {
    const std::size_t n = strnlen(field, size);
    if (n == size)
        throw Error(name + ": corrupt recorder header: the " + std::string(what) +
                    " is not terminated");
    for (std::size_t i = 0; i < n; ++i)
        if (static_cast<unsigned char>(field[i]) < 0x20 || field[i] == 0x7f)
            throw Error(name + ": corrupt recorder header: the " + std::string(what) +
                        " holds control characters");
    return std::string(field, n);
}

struct Clock {
    std::uint32_t kind = 0;
    std::uint64_t tsc0 = 0;
    std::int64_t realtime0 = 0;
    long double ns_per_tick = 1;

    std::int64_t to_ns(std::uint64_t time) const {
        if (kind == WPP_IFR_CLOCK_NONE) return 0;  // whatever the record holds
        if (kind == WPP_IFR_CLOCK_REALTIME) return static_cast<std::int64_t>(time);
        if (kind == WPP_IFR_CLOCK_REALTIME_COARSE) {
            // The millisecond shown, no finer: floored (toward zero before 1970, never past
            // the range of int64).
            const auto ns = static_cast<std::int64_t>(time);
            std::int64_t ms = ns / 1'000'000;
            if (ns % 1'000'000 < 0 && ms > INT64_MIN / 1'000'000) --ms;
            return ms * 1'000'000;
        }
        const long double delta =
            (static_cast<long double>(time) - static_cast<long double>(tsc0)) * ns_per_tick;
        const long double ns = static_cast<long double>(realtime0) + delta;
        if (ns > 9.2e18L || ns < -9.2e18L) return 0;
        return static_cast<std::int64_t>(ns);
    }
};

Clock header_clock(const wpp_ifr_header& h, const std::string& name) {
    Clock c;
    c.kind = h.clock;
    if (h.clock == WPP_IFR_CLOCK_REALTIME || h.clock == WPP_IFR_CLOCK_REALTIME_COARSE ||
        h.clock == WPP_IFR_CLOCK_NONE)
        return c;
    if (h.clock != WPP_IFR_CLOCK_TSC)
        throw Error(name + ": corrupt recorder header: unknown clock " + std::to_string(h.clock) +
                    " (this wpptrace knows 1 to 4: TSC, CLOCK_REALTIME, CLOCK_REALTIME_COARSE, "
                    "none)");
    if (h.tsc[1] <= h.tsc[0] || h.realtime_ns[1] <= h.realtime_ns[0])
        throw Error(name + ": corrupt recorder header: the clock calibration goes backwards");
    c.tsc0 = h.tsc[0];
    c.realtime0 = h.realtime_ns[0];
    c.ns_per_tick = (static_cast<long double>(h.realtime_ns[1]) - h.realtime_ns[0]) /
                    (static_cast<long double>(h.tsc[1]) - h.tsc[0]);
    if (!(c.ns_per_tick > 1e-4L && c.ns_per_tick < 1e4L))
        throw Error(name + ": corrupt recorder header: an impossible clock calibration");
    return c;
}

// The records of one ring from `tail` to `head`; a record that does not chain ends the ring.
void read_ring(std::span<const unsigned char> data, std::uint32_t ring, std::uint64_t head,
               std::uint64_t tail, bool live, const Clock& clock, IfrImage& out,
               const std::string& where) {
    const std::uint32_t ring_bytes = static_cast<std::uint32_t>(data.size());
    const std::uint32_t mask = ring_bytes - 1;
    std::uint64_t expected = 1;  // the next record's sequence
    bool first = true;
    std::uint64_t pos = tail;
    auto stop = [&](const std::string& why) {
        out.warnings.push_back(where + ": " + why + " at position " + std::to_string(pos) +
                               "; the ring's later messages are not shown");
    };
    while (pos < head) {
        const std::uint32_t offset = static_cast<std::uint32_t>(pos) & mask;
        const std::uint32_t rest = ring_bytes - offset;
        if (rest < WPP_IFR_RECORD_BYTES) {
            pos += rest;
            continue;
        }
        const auto r = load<wpp_ifr_record>(data, offset);
        if (r.size < WPP_IFR_RECORD_BYTES || r.size % 8 || r.size > rest || r.size > head - pos)
            return stop("a record of impossible size " + std::to_string(r.size));
        if (!first && r.sequence != expected)
            return stop("sequence " + std::to_string(r.sequence) + " where " +
                        std::to_string(expected) + " was due");
        if (r.kind == WPP_IFR_RECORD_PADDING) {
            if (r.size != rest) return stop("a padding record that does not end the ring");
            expected = r.sequence;
            first = false;
            pos += r.size;
            continue;
        }
        if (r.kind != WPP_IFR_RECORD_MESSAGE) return stop("a record of unknown kind");
        if (r.word_count > WPP_BLOB_WORDS ||
            r.size != WPP_IFR_RECORD_BYTES + std::uint32_t{r.word_count} * 8u)
            return stop("a message whose size does not match its argument words");
        IfrMessage m;
        m.time_ns = clock.to_ns(r.time);
        m.sequence = r.sequence;
        m.msg_id = r.msg_id;
        m.ring = ring;
        m.tid = r.tid;
        m.flags = r.flags;
        m.level = r.level;
        // rseq's cpu_id is a CPU number or a negative "none": anything with the top bit set.
        m.has_cpu = r.cpu < 0x80000000u;
        m.cpu = m.has_cpu ? r.cpu : 0;
        m.first_word = static_cast<std::uint32_t>(out.words.size());
        m.word_count = r.word_count;
        for (std::uint32_t i = 0; i < r.word_count; ++i)
            out.words.push_back(
                load<std::uint64_t>(data, offset + WPP_IFR_RECORD_BYTES + std::size_t{i} * 8));
        out.messages.push_back(m);
        expected = r.sequence + 1;
        first = false;
        pos += r.size;
    }
    if (live) return;  // a record at the head is being written, not torn
    // The record at the head: one whose sequence is the next due was begun and never published.
    // (A padding with it means the message was to start the ring again.)
    std::uint32_t offset = static_cast<std::uint32_t>(head) & mask;
    for (int step = 0; step < 2; ++step) {
        if (ring_bytes - offset < WPP_IFR_RECORD_BYTES) {
            offset = 0;
            continue;
        }
        const auto r = load<wpp_ifr_record>(data, offset);
        if (r.sequence != expected || (first && head != 0)) return;
        if (r.kind == WPP_IFR_RECORD_PADDING && step == 0) {
            offset = 0;
            continue;
        }
        ++out.info.torn;
        out.warnings.push_back(where + ": message " + std::to_string(expected) +
                               " was being written when the process ended (torn); it is not "
                               "decoded");
        return;
    }
}

bool is_power_of_two(std::uint32_t v) {
    return v && !(v & (v - 1));
}

// The process still maps the file: /proc/PID/maps names it (not merely a process of that id).
bool mapped_by(std::uint32_t pid, const std::string& file) {
    std::ifstream maps("/proc/" + std::to_string(pid) + "/maps");
    if (!maps) return false;
    std::error_code ec;
    const std::string absolute = fs::weakly_canonical(file, ec).string();
    std::string line;
    while (std::getline(maps, line))
        if (line.size() >= absolute.size() &&
            line.compare(line.size() - absolute.size(), absolute.size(), absolute) == 0)
            return true;
    return false;
}

}  // namespace

IfrImage parse_ifr_image(std::span<const unsigned char> image, const std::string& name,
                         std::span<const IfrRingBounds> live) {
    if (image.size() < WPP_IFR_HEADER_BYTES)
        throw Error(name + ": not an in-flight recorder (" + std::to_string(image.size()) +
                    " bytes, shorter than its header)");
    const auto h = load<wpp_ifr_header>(image, 0);
    if (h.magic != WPP_IFR_MAGIC) {
        if ((h.magic & 0x00ffffffffffffffull) == (WPP_IFR_MAGIC & 0x00ffffffffffffffull))
            throw Error(name + ": an in-flight recorder of another layout version (" +
                        std::to_string(h.magic >> 56) + "; this wpptrace reads " +
                        std::to_string(WPP_IFR_LAYOUT_VERSION) + ")");
        throw Error(name + ": not an in-flight recorder (no WPPIFR magic)");
    }
    if (h.header_bytes != WPP_IFR_HEADER_BYTES || h.ring_header_bytes != WPP_IFR_RING_HEADER_BYTES)
        throw Error(name + ": corrupt recorder header: unexpected header sizes");
    if (h.ring_count == 0 || h.ring_count > WPP_IFR_MAX_RINGS)
        throw Error(name + ": corrupt recorder header: " + std::to_string(h.ring_count) + " rings");
    if (!is_power_of_two(h.ring_bytes) || h.ring_bytes < WPP_IFR_MIN_RING_BYTES ||
        h.ring_bytes > WPP_IFR_MAX_RING_BYTES)
        throw Error(name + ": corrupt recorder header: a ring of " + std::to_string(h.ring_bytes) +
                    " bytes");
    const std::uint64_t stride = std::uint64_t{WPP_IFR_RING_HEADER_BYTES} + h.ring_bytes;
    const std::uint64_t needed = WPP_IFR_HEADER_BYTES + stride * h.ring_count;
    if (image.size() < needed)
        throw Error(name + ": the recorder is cut short (" + std::to_string(image.size()) + " of " +
                    std::to_string(needed) + " bytes)");
    if (!live.empty() && live.size() != h.ring_count)
        throw Error(name + ": the recorder changed while it was read");
    IfrImage out;
    IfrRecorderInfo& info = out.info;
    info.file = name;
    info.module = header_text(h.module, sizeof h.module, "driver name", name);
    if (info.module.empty()) throw Error(name + ": corrupt recorder header: no driver name");
    info.log = header_text(h.log, sizeof h.log, "log name", name);
    info.path = header_text(h.path, sizeof h.path, "driver path", name);
    info.build_id = header_text(h.build_id, sizeof h.build_id, "build id", name);
    info.process = header_text(h.process, sizeof h.process, "process name", name);
    info.fault = header_text(h.fault, sizeof h.fault, "fault", name);
    info.pid = h.pid;
    info.ring_count = h.ring_count;
    info.ring_bytes = h.ring_bytes;
    info.closed = h.state == WPP_IFR_STATE_CLOSED;
    info.created_ns = h.created_ns;
    info.unrecorded = h.unrecorded;
    const Clock clock = header_clock(h, name);
    info.clock = h.clock;
    info.clock_resolution_ns = h.clock_resolution_ns;
    info.time_granularity = h.clock == WPP_IFR_CLOCK_NONE ? TimeGranularity::none
                            : h.clock == WPP_IFR_CLOCK_REALTIME_COARSE
                                ? TimeGranularity::milliseconds
                                : TimeGranularity::nanoseconds;
    const std::string where = name + (info.log.empty() ? "" : " (log " + info.log + ")");
    for (std::uint32_t i = 0; i < h.ring_count; ++i) {
        const std::size_t at = WPP_IFR_HEADER_BYTES + static_cast<std::size_t>(stride * i);
        const auto ring = load<wpp_ifr_ring>(image, at);
        info.dropped += ring.dropped;
        std::uint64_t head = ring.head, tail = ring.tail;
        if (!live.empty()) {
            head = std::min(head, live[i].head_before);
            tail = std::max(tail, live[i].tail_after);
            if (tail > head) continue;  // overwritten while copied: nothing whole left
        }
        const std::string ring_name = where + " ring " + std::to_string(i);
        if (head < tail || head - tail > h.ring_bytes ||
            (head == tail && head != 0 && live.empty())) {
            out.warnings.push_back(ring_name + ": impossible positions (head " +
                                   std::to_string(head) + ", tail " + std::to_string(tail) +
                                   "); its messages are not shown");
            continue;
        }
        read_ring(image.subspan(at + WPP_IFR_RING_HEADER_BYTES, h.ring_bytes), i, head, tail,
                  !live.empty(), clock, out, ring_name);
    }
    info.messages = out.messages.size();
    return out;
}

std::string ifr_base_dir() {
    if (const char* dir = std::getenv("WPPTRACE_IFR_DIR"); dir && *dir) return dir;
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && *runtime)
        return std::string(runtime) + "/wpptrace/ifr";
    return "/tmp/wpptrace-" + std::to_string(::geteuid()) + "/ifr";
}

std::vector<std::string> find_ifr_files(const std::string& argument) {
    std::string target = argument;
    const bool number =
        !argument.empty() && argument.find_first_not_of("0123456789") == std::string::npos;
    std::error_code ec;
    if (number && !fs::exists(argument, ec)) target = ifr_base_dir() + "/" + argument;
    if (!fs::exists(target, ec))
        throw Error(number
                        ? "no in-flight recorder of process " + argument + " in " + ifr_base_dir()
                        : target + ": no such file or directory");
    if (!fs::is_directory(target, ec)) return {target};
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(target, ec))
        if (entry.path().extension() == WPP_IFR_FILE_SUFFIX && entry.is_regular_file(ec))
            files.push_back(entry.path().string());
    if (ec) throw Error(target + ": " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw Error(target + ": no in-flight recorder (*.ifr) in it");
    return files;
}

IfrImage read_ifr_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) throw Error(path + ": " + std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) throw Error(path + ": not a regular file");
    if (static_cast<std::uint64_t>(st.st_size) > max_file_bytes)
        throw Error(path + ": larger than any recorder (" + std::to_string(st.st_size) + " bytes)");
    auto read_at = [&](unsigned char* to, std::size_t bytes, off_t at) {
        std::size_t done = 0;
        while (done < bytes) {
            const ssize_t n = ::pread(fd, to + done, bytes - done, at + static_cast<off_t>(done));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        return done;
    };
    // A live recorder: its ring positions before the copy and after it.
    wpp_ifr_header h{};
    const bool has_header = read_at(reinterpret_cast<unsigned char*>(&h), sizeof h, 0) == sizeof h;
    const bool live = has_header && h.magic == WPP_IFR_MAGIC && h.state == WPP_IFR_STATE_OPEN &&
                      h.ring_count > 0 && h.ring_count <= WPP_IFR_MAX_RINGS &&
                      h.ring_bytes >= WPP_IFR_MIN_RING_BYTES &&
                      h.ring_bytes <= WPP_IFR_MAX_RING_BYTES && mapped_by(h.pid, path);
    std::vector<IfrRingBounds> bounds;
    auto ring_at = [&](std::uint32_t i) {
        return static_cast<off_t>(WPP_IFR_HEADER_BYTES +
                                  (std::uint64_t{WPP_IFR_RING_HEADER_BYTES} + h.ring_bytes) * i);
    };
    if (live) {
        bounds.resize(h.ring_count);
        for (std::uint32_t i = 0; i < h.ring_count; ++i) {
            wpp_ifr_ring ring{};
            read_at(reinterpret_cast<unsigned char*>(&ring), sizeof ring, ring_at(i));
            bounds[i].head_before = ring.head;
        }
    }
    std::vector<unsigned char> image(static_cast<std::size_t>(st.st_size));
    image.resize(read_at(image.data(), image.size(), 0));
    if (live) {
        for (std::uint32_t i = 0; i < h.ring_count; ++i) {
            wpp_ifr_ring ring{};
            read_at(reinterpret_cast<unsigned char*>(&ring), sizeof ring, ring_at(i));
            bounds[i].tail_after = ring.tail;
        }
    }
    IfrImage parsed = parse_ifr_image(image, path, bounds);
    parsed.info.live = live;
    return parsed;
}

namespace {

// The WppEventView of a recorder's message (its driver and process from the header).
struct IfrField {
    int id = 0;
    explicit operator bool() const { return id != 0; }
};

enum IfrFieldId : int {
    f_none,
    f_msg_id,
    f_level,
    f_flags,
    f_driver,
    f_args,
    f_vpid,
    f_vtid,
    f_procname,
    f_cpu,
};

struct IfrView {
    using Field = IfrField;
    const IfrImage* image = nullptr;
    const IfrMessage* message = nullptr;

    std::uint64_t integer(Field f) const {
        switch (f.id) {
            case f_msg_id:
                return message ? message->msg_id : 0;
            case f_level:
                return message ? message->level : 0;
            case f_flags:
                return message ? message->flags : 0;
            case f_vpid:
                return image->info.pid;
            case f_vtid:
                return message ? message->tid : 0;
            case f_cpu:  // 0 when not known, as for an LTTng trace without cpu_id
                return message ? message->cpu : 0;
            default:
                return 0;
        }
    }
    std::string_view text(Field f) const {
        switch (f.id) {
            case f_driver:
                return image->info.module;
            case f_procname:
                return image->info.process;
            default:
                return {};
        }
    }
    void integers(Field f, std::vector<std::uint64_t>& words) const {
        if (f.id != f_args || !message) return;
        const auto* first = image->words.data() + message->first_word;
        words.insert(words.end(), first, first + message->word_count);
    }
    std::int64_t timestamp_ns() const { return message ? message->time_ns : 0; }
    TimeGranularity time_granularity() const { return image->info.time_granularity; }
};

IfrField find_field(FieldScope scope, const char* name) {
    static constexpr std::pair<const char*, int> payload[] = {{"msg_id", f_msg_id},
                                                              {"level", f_level},
                                                              {"flags", f_flags},
                                                              {"driver", f_driver},
                                                              {"args", f_args}};
    static constexpr std::pair<const char*, int> context[] = {
        {"vpid", f_vpid}, {"vtid", f_vtid}, {"procname", f_procname}};
    if (scope == FieldScope::payload) {
        for (const auto& [n, id] : payload)
            if (std::strcmp(n, name) == 0) return IfrField{id};
    } else if (scope == FieldScope::event_context) {
        for (const auto& [n, id] : context)
            if (std::strcmp(n, name) == 0) return IfrField{id};
    } else if (scope == FieldScope::packet_context && std::strcmp(name, "cpu_id") == 0) {
        return IfrField{f_cpu};  // the CPU the message was written on (%!CPU!)
    }
    return IfrField{};
}

void warn_about(const IfrImage& image, ReadResult& result) {
    const IfrRecorderInfo& info = image.info;
    const std::string who = info.module + (info.log.empty() ? "" : " log " + info.log) +
                            " (process " + std::to_string(info.pid) + ")";
    if (!info.fault.empty()) result.warnings.push_back(who + ": " + info.fault);
    if (info.unrecorded)
        result.warnings.push_back(who + ": " + std::to_string(info.unrecorded) +
                                  " message(s) were not recorded (threads past the "
                                  "recorder's " +
                                  std::to_string(info.ring_count) +
                                  " rings, WPPTRACE_IFR_RINGS; or traced from a signal handler "
                                  "during another)");
    if (info.dropped)
        result.warnings.push_back(who + ": " + std::to_string(info.dropped) +
                                  " message(s) larger than a ring were not recorded");
    if (info.time_granularity == TimeGranularity::none && !image.messages.empty())
        result.warnings.push_back(who +
                                  ": times were not recorded (time mode none): each thread's "
                                  "messages are in order, threads one after another");
    for (const std::string& w : image.warnings) result.warnings.push_back(w);
}

}  // namespace

void visit_ifr_images(const std::vector<IfrImage>& images, TraceVisitor& visitor,
                      ReadResult& result) {
    WppEventMapper mapper(visitor, result);
    const auto message_class = resolve_wpp_event_class<IfrField>("wpp:ifr", find_field);
    for (const IfrImage& image : images) warn_about(image, result);
    // Merged by time, ties in file order; within a file by time, then thread id, then the
    // thread's own order (ring, then sequence): the order of threads within one coarse tick,
    // or in a recorder that read no clock, is not known.
    struct Next {
        std::int64_t time;
        std::size_t image, index;
        bool operator>(const Next& o) const {
            return time != o.time     ? time > o.time
                   : image != o.image ? image > o.image
                                      : index > o.index;
        }
    };
    std::vector<std::vector<std::size_t>> order(images.size());
    std::priority_queue<Next, std::vector<Next>, std::greater<>> queue;
    std::vector<std::size_t> at(images.size(), 0);
    for (std::size_t i = 0; i < images.size(); ++i) {
        auto& o = order[i];
        o.resize(images[i].messages.size());
        for (std::size_t k = 0; k < o.size(); ++k) o[k] = k;
        std::stable_sort(o.begin(), o.end(), [&](std::size_t a, std::size_t b) {
            const IfrMessage& x = images[i].messages[a];
            const IfrMessage& y = images[i].messages[b];
            return std::tie(x.time_ns, x.tid, x.ring, x.sequence) <
                   std::tie(y.time_ns, y.tid, y.ring, y.sequence);
        });
        if (!o.empty()) queue.push({images[i].messages[o[0]].time_ns, i, 0});
    }
    while (!queue.empty()) {
        const Next next = queue.top();
        queue.pop();
        const IfrImage& image = images[next.image];
        mapper.map(message_class, IfrView{&image, &image.messages[order[next.image][next.index]]});
        if (next.index + 1 < order[next.image].size())
            queue.push({image.messages[order[next.image][next.index + 1]].time_ns, next.image,
                        next.index + 1});
    }
}

std::string describe_ifr_clock(const IfrRecorderInfo& info) {
    auto resolution = [&] {
        const std::uint32_t ns = info.clock_resolution_ns;
        if (ns == 0) return std::string("tick not recorded");
        if (ns % 1'000'000 == 0) return "tick " + std::to_string(ns / 1'000'000) + " ms";
        if (ns % 1'000 == 0) return "tick " + std::to_string(ns / 1'000) + " us";
        return "tick " + std::to_string(ns) + " ns";
    };
    switch (info.clock) {
        case WPP_IFR_CLOCK_TSC:
            return "precise (TSC)";
        case WPP_IFR_CLOCK_REALTIME:
            return "precise (CLOCK_REALTIME)";
        case WPP_IFR_CLOCK_REALTIME_COARSE:
            return "ms (" + resolution() + ")";
        case WPP_IFR_CLOCK_NONE:
            return "none";
        default:
            return "unknown";
    }
}

ReadResult read_recorders(const std::vector<std::string>& files, TraceVisitor& visitor) {
    ReadResult result;
    std::vector<IfrImage> images;
    for (const std::string& file : files) {
        try {
            images.push_back(read_ifr_file(file));
            result.traces.push_back(file);
        } catch (const Error& e) {
            result.errors.push_back(e.what());
        }
    }
    // Each driver's catalog from its binary, when it is the binary that recorded.
    std::vector<std::string> loaded;
    for (const IfrImage& image : images) {
        const IfrRecorderInfo& info = image.info;
        if (info.path.empty() || std::find(loaded.begin(), loaded.end(), info.path) != loaded.end())
            continue;
        loaded.push_back(info.path);
        // The header names the path: only a regular file is read (not a FIFO or a device).
        std::error_code ec;
        if (!fs::is_regular_file(info.path, ec)) {
            result.warnings.push_back(info.module + ": no catalog from " + info.path +
                                      " (not a regular file); give one with -c");
            continue;
        }
        Catalog catalog;
        LoadResult r = load_catalog_from_elf(info.path, catalog);
        if (!r.ok()) {
            result.warnings.push_back(info.module + ": no catalog from " + info.path + " (" +
                                      r.error + "); give one with -c");
            continue;
        }
        if (r.build_id != info.build_id) {
            result.warnings.push_back(info.module + ": " + info.path +
                                      " is not the binary that "
                                      "recorded (build id " +
                                      (r.build_id.empty() ? "none" : r.build_id) + ", recorded " +
                                      (info.build_id.empty() ? "none" : info.build_id) +
                                      "); give its catalog with -c");
            continue;
        }
        for (const ModuleInfo& module : catalog.modules()) visitor.on_catalog_module(module);
        for (const auto& message : catalog.messages()) visitor.on_catalog_message(*message);
    }
    visit_ifr_images(images, visitor, result);
    result.complete = result.errors.empty();
    return result;
}

}  // namespace wpptrace::decoder
