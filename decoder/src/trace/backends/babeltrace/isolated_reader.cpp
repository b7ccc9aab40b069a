// isolated_reader.cpp - the babeltrace2 graph in a child process (see isolated_reader.hpp).
//
// libbabeltrace2 2.0.4 crashes or loops forever on some corrupt stream files, and traces (and
// what a relay daemon sends a live reader) are untrusted input. So a child process runs the graph
// (graph_reader.hpp) and sends what it reads over a pipe as binary records, and this process turns
// the records back into calls of the caller's visitor. A crash ends the child only, with everything
// it sent kept; a watchdog stops a child that sends nothing for too long. Reading and formatting
// also run on two cores so.
//
// The child is a fresh run of the program itself (posix_spawn of /proc/self/exe in a hidden
// mode, serve_reader_child()) when the program offers it, as `wpptrace` does: a bare fork() of a
// process with threads inherits their locks, and with them deadlocks (CI: a live reader child
// blocked in a futex inside bt_graph_run). Other programs (tests calling the library) fork.
//
// The pipe carries records: an 8-byte header (body size, type), then the body, fields in this
// machine's order (both ends are one program). The child buffers them 64 KiB at a time; on a
// fatal signal, or when asked to stop, it still sends the whole records it holds. This side
// checks every size it reads, as a dying child can leave anything behind.
#include "isolated_reader.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "graph_reader.hpp"
#include "live_merge.hpp"
#include "live_sessions.hpp"
#include "unique_handles.hpp"
#include "wpptrace/decoder/interrupt_cleanup.hpp"

namespace wpptrace::decoder::babeltrace {
namespace {

using Clock = std::chrono::steady_clock;

// ---- the records ---------------------------------------------------------------------------

enum class RecordType : std::uint32_t {
    wpp_event = 1,
    catalog_message,
    catalog_module,
    discarded_events,
    discarded_packets,
    malformed_event,
    graph_ready,      // traces and errors before reading
    progress,         // a heartbeat with the event counts
    result,           // the final ReadResult, the last record of a child that finished
    module_lifetime,  // a driver's start or end in a process
    impossible_loss,  // a loss counter that cannot be true
    statedump,        // a state dump record: a process's binary and its build id
    trace_host,       // the host of the records that follow
    streams,          // how many streams began and ended so far
    inactivity,       // a live source's time so far: nothing earlier will come
    live_session,     // one session a relay daemon lists (the child's sessions mode)
};

constexpr std::size_t header_size = 8;  // u32 body size, u32 type
// Far above any real record (an event is at most a sub-buffer); a bigger size is garbage.
constexpr std::size_t max_body_size = std::size_t{256} << 20;

constexpr std::size_t size_of(std::string_view s) {
    return 4 + s.size();
}
std::size_t size_of(const std::vector<std::string>& list) {
    std::size_t n = 4;
    for (const auto& s : list) n += size_of(s);
    return n;
}

// Writes fields into a record whose size was computed beforehand.
class FieldWriter {
  public:
    explicit FieldWriter(char* at) : at_(at) {}
    template <class T>
    void put(T value) {
        std::memcpy(at_, &value, sizeof value);
        at_ += sizeof value;
    }
    void put(std::string_view s) {
        put(static_cast<std::uint32_t>(s.size()));
        if (s.empty()) return;  // an empty view may have no data pointer: no memcpy from null
        std::memcpy(at_, s.data(), s.size());
        at_ += s.size();
    }
    void put(const std::vector<std::string>& list) {
        put(static_cast<std::uint32_t>(list.size()));
        for (const auto& s : list) put(std::string_view(s));
    }

  private:
    char* at_;
};

// Reads fields of one record; any read past its end makes the whole record invalid.
class FieldReader {
  public:
    FieldReader(const char* begin, std::size_t size) : at_(begin), end_(begin + size) {}
    template <class T>
    T get() {
        T value{};
        if (static_cast<std::size_t>(end_ - at_) < sizeof value) {
            ok_ = false;
            return value;
        }
        std::memcpy(&value, at_, sizeof value);
        at_ += sizeof value;
        return value;
    }
    std::string_view text() {
        auto n = get<std::uint32_t>();
        if (!ok_ || static_cast<std::size_t>(end_ - at_) < n) {
            ok_ = false;
            return {};
        }
        std::string_view s(at_, n);
        at_ += n;
        return s;
    }
    bool words(std::vector<std::uint64_t>& out) {
        auto n = get<std::uint32_t>();
        if (!ok_ || static_cast<std::size_t>(end_ - at_) / 8 < n) return ok_ = false;
        out.resize(n);  // within the capacity of earlier events: no allocation
        if (n) std::memcpy(out.data(), at_, std::size_t{n} * 8);
        at_ += std::size_t{n} * 8;
        return true;
    }
    void list(std::vector<std::string>& out) {
        auto n = get<std::uint32_t>();
        out.clear();
        for (std::uint32_t i = 0; ok_ && i < n; ++i) out.emplace_back(text());
    }
    bool ok() const { return ok_; }
    // Every field was there and nothing is left over.
    bool done() const { return ok_ && at_ == end_; }

  private:
    const char* at_;
    const char* end_;
    bool ok_ = true;
};

// ---- the child: the graph, and records into the pipe ---------------------------------------

constexpr int exit_stopped = 3;      // stopped by the parent's watchdog (SIGUSR1)
constexpr int exit_parent_gone = 4;  // the pipe is closed: nobody reads any more

bool write_all(int fd, const char* data, std::size_t size) {
    while (size) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Records into a 64 KiB buffer, written when full: one write() per few hundred events.
class RecordWriter {
  public:
    static constexpr std::size_t capacity = 64 * 1024;

    explicit RecordWriter(int fd) : fd_(fd), buffer_(new char[capacity]) {
        sigemptyset(&stop_signal_);
        sigaddset(&stop_signal_, SIGUSR1);
    }

    // Room for a record of `body` bytes after its header; nullptr when it is too big to send.
    char* begin(RecordType type, std::size_t body) {
        if (body > max_body_size) return nullptr;
        std::size_t total = header_size + body;
        char* at;
        if (total > capacity) {  // rare: a huge catalog record goes on its own
            flush();
            oversize_.resize(total);
            at = oversize_.data();
        } else {
            if (used_ + total > capacity) flush();
            at = buffer_.get() + used_;
            used_ += total;
        }
        FieldWriter header(at);
        header.put(static_cast<std::uint32_t>(body));
        header.put(static_cast<std::uint32_t>(type));
        return at + header_size;
    }

    // The record begun last is whole: from now on a crash sends it too.
    void end() {
        if (!oversize_.empty()) {
            send(oversize_.data(), oversize_.size());
            oversize_.clear();
            return;
        }
        std::atomic_signal_fence(std::memory_order_release);
        committed_.store(used_, std::memory_order_relaxed);
    }

    void flush() {
        send(buffer_.get(), committed_.load(std::memory_order_relaxed));
        committed_.store(0, std::memory_order_relaxed);
        used_ = 0;
        last_flush_ = now();
    }

    Clock::time_point last_flush() const { return last_flush_; }
    static Clock::time_point now() {
        // The coarse clock costs a few nanoseconds, as it is read once per batch of messages.
        timespec ts;
        clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
        return Clock::time_point(std::chrono::seconds(ts.tv_sec) +
                                 std::chrono::nanoseconds(ts.tv_nsec));
    }

    // From a signal handler: sends the whole records not sent yet. Only write(2) is used.
    void flush_from_signal() noexcept {
        std::size_t n = committed_.load(std::memory_order_relaxed);
        std::atomic_signal_fence(std::memory_order_acquire);
        committed_.store(0, std::memory_order_relaxed);
        write_all(fd_, buffer_.get(), n);
    }

  private:
    void send(const char* data, std::size_t size) {
        // SIGUSR1 waits while a write is under way: its handler would send the same bytes again.
        sigset_t old;
        pthread_sigmask(SIG_BLOCK, &stop_signal_, &old);
        bool sent = write_all(fd_, data, size);
        if (sent) committed_.store(0, std::memory_order_relaxed);
        pthread_sigmask(SIG_SETMASK, &old, nullptr);
        if (!sent) _exit(exit_parent_gone);
    }

    int fd_;
    std::unique_ptr<char[]> buffer_;
    std::size_t used_ = 0;                   // bytes in buffer_, the record being written included
    std::atomic<std::size_t> committed_{0};  // bytes of whole records in buffer_
    std::vector<char> oversize_;
    sigset_t stop_signal_;
    Clock::time_point last_flush_ = now();
};

RecordWriter* child_writer = nullptr;  // for the signal handlers, in the child only

extern "C" void on_fatal_signal(int sig) {
    if (child_writer) child_writer->flush_from_signal();
    // SA_RESETHAND restored the default action and SA_NODEFER lets it act now: the child dies
    // of the signal it got, which the parent reports.
    raise(sig);
}

extern "C" void on_stop_signal(int) {
    if (child_writer) child_writer->flush_from_signal();
    _exit(exit_stopped);
}

void install_child_signals() {
    // Its own stack, so that the handler runs even when the crash is a stack overflow.
    static char alt_stack[64 * 1024];
    stack_t ss{};
    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof alt_stack;
    sigaltstack(&ss, nullptr);
    struct sigaction fatal {};
    fatal.sa_handler = on_fatal_signal;
    fatal.sa_flags = SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&fatal.sa_mask);
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS})
        sigaction(sig, &fatal, nullptr);
    struct sigaction stop {};
    stop.sa_handler = on_stop_signal;
    stop.sa_flags = SA_ONSTACK;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGUSR1, &stop, nullptr);
    // A parent that stopped reading closes the pipe: the next write fails and the child goes.
    signal(SIGPIPE, SIG_IGN);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGUSR1);
    pthread_sigmask(SIG_UNBLOCK, &unblock, nullptr);
}

// The visitor of the child: every call becomes a record.
class RecordingVisitor final : public TraceVisitor, public GraphObserver {
  public:
    RecordingVisitor(RecordWriter& writer, Clock::duration heartbeat)
        : writer_(writer), heartbeat_(heartbeat) {}

    void on_message(const WppEvent& e) override {
        std::size_t body =
            8 + 8 + 4 * 4 + 1 + 4 + e.args.size() * 8 + size_of(e.driver) + size_of(e.procname);
        char* at = writer_.begin(RecordType::wpp_event, body);
        if (!at) return on_malformed_event("wpp event", "too large to decode");
        FieldWriter out(at);
        out.put(e.timestamp_ns);
        out.put(e.msg_id);
        out.put(e.cpu);
        out.put(e.pid);
        out.put(e.tid);
        out.put(e.flags);
        out.put(e.level);
        out.put(static_cast<std::uint32_t>(e.args.size()));
        for (std::uint64_t w : e.args) out.put(w);
        out.put(e.driver);
        out.put(e.procname);
        writer_.end();
    }

    void on_catalog_message(MessageInfo m) override {
        std::size_t body = 8 + 4 * 4 + size_of(m.module) + size_of(m.file) + size_of(m.function) +
                           size_of(m.level) + size_of(m.flags) + size_of(m.format) +
                           size_of(m.types);
        char* at = writer_.begin(RecordType::catalog_message, body);
        if (!at) return on_malformed_event("wpp_catalog:message", "too large to decode");
        FieldWriter out(at);
        out.put(m.id);
        out.put(m.control);
        out.put(m.flag_mask);
        out.put(m.line);
        out.put(m.attributes);
        for (const std::string* s :
             {&m.module, &m.file, &m.function, &m.level, &m.flags, &m.format, &m.types})
            out.put(std::string_view(*s));
        writer_.end();
    }

    void on_catalog_module(ModuleInfo m) override {
        std::size_t body = size_of(m.name) + size_of(m.build_id) + size_of(m.path) + 4;
        for (const auto& c : m.controls)
            body += size_of(c.name) + size_of(c.guid) + size_of(c.bits);
        char* at = writer_.begin(RecordType::catalog_module, body);
        if (!at) return on_malformed_event("wpp_catalog:module", "too large to decode");
        FieldWriter out(at);
        out.put(std::string_view(m.name));
        out.put(std::string_view(m.build_id));
        out.put(std::string_view(m.path));
        out.put(static_cast<std::uint32_t>(m.controls.size()));
        for (const auto& c : m.controls) {
            out.put(std::string_view(c.name));
            out.put(std::string_view(c.guid));
            out.put(c.bits);
        }
        writer_.end();
    }

    void on_discarded_events(std::uint64_t count, bool known, LostFrom from) override {
        put_loss(RecordType::discarded_events, count, known, from);
    }
    void on_discarded_packets(std::uint64_t count, bool known, LostFrom from) override {
        put_loss(RecordType::discarded_packets, count, known, from);
    }

    void on_malformed_event(std::string_view name, std::string_view why) override {
        name = name.substr(0, 4096);  // whatever the trace says, this record stays small
        why = why.substr(0, 4096);
        FieldWriter out(writer_.begin(RecordType::malformed_event, size_of(name) + size_of(why)));
        out.put(name);
        out.put(why);
        writer_.end();
    }

    void on_impossible_loss(std::string_view what) override {
        what = what.substr(0, 4096);
        FieldWriter out(writer_.begin(RecordType::impossible_loss, size_of(what)));
        out.put(what);
        writer_.end();
    }

    void on_module_lifetime(std::string_view module, std::uint32_t pid, bool started) override {
        module = module.substr(0, 4096);
        FieldWriter out(writer_.begin(RecordType::module_lifetime, size_of(module) + 4 + 1));
        out.put(module);
        out.put(pid);
        out.put(static_cast<std::uint8_t>(started));
        writer_.end();
    }

    void on_statedump(const StatedumpRecord& r) override {
        const std::string_view path = r.path.substr(0, 4096), build_id = r.build_id.substr(0, 4096);
        FieldWriter out(
            writer_.begin(RecordType::statedump, 1 + 4 + 8 + size_of(path) + size_of(build_id)));
        out.put(static_cast<std::uint8_t>(r.kind));
        out.put(r.pid);
        out.put(r.baddr);
        out.put(path);
        out.put(build_id);
        writer_.end();
    }

    void on_trace_host(std::string_view host) override {
        host = host.substr(0, 4096);
        FieldWriter out(writer_.begin(RecordType::trace_host, size_of(host)));
        out.put(host);
        writer_.end();
    }

    void on_graph_ready(const ReadResult& r) override {
        FieldWriter out(
            writer_.begin(RecordType::graph_ready, size_of(r.traces) + size_of(r.errors)));
        out.put(r.traces);
        out.put(r.errors);
        writer_.end();
        writer_.flush();  // the parent learns soon what is being read
    }

    // A live source waits for more: what is buffered goes to the parent now, with a heartbeat.
    void on_idle(const ReadResult& r) override {
        FieldWriter out(writer_.begin(RecordType::progress, 16));
        out.put(r.events);
        out.put(r.other_events);
        writer_.end();
        writer_.flush();
    }

    // Called per batch of messages: a clock read, and now and then a flush with a heartbeat,
    // so that the parent sees progress on a slow trace or one of other providers' events only.
    void on_progress(const ReadResult& r) override {
        if (RecordWriter::now() - writer_.last_flush() < heartbeat_) return;
        FieldWriter out(writer_.begin(RecordType::progress, 16));
        out.put(r.events);
        out.put(r.other_events);
        writer_.end();
        writer_.flush();
    }

    // Sent at once: a reader that stops answering after every stream ended lost nothing.
    void on_streams(std::uint64_t begun, std::uint64_t ended) override {
        FieldWriter out(writer_.begin(RecordType::streams, 16));
        out.put(begun);
        out.put(ended);
        writer_.end();
        writer_.flush();
    }

    // Buffered: it goes with the next flush, an idle turn's at the latest.
    void on_inactivity(std::int64_t ns) override {
        FieldWriter out(writer_.begin(RecordType::inactivity, 8));
        out.put(ns);
        writer_.end();
    }

    void on_live_session(std::string_view url) {
        url = url.substr(0, 4096);
        FieldWriter out(writer_.begin(RecordType::live_session, size_of(url)));
        out.put(url);
        writer_.end();
    }

    // The result goes to the parent before the graph's teardown, which can block (see
    // GraphObserver::on_finished): the parent has everything then, and ends the child.
    void on_finished(const ReadResult& r) override { send_result(r); }

    void send_result(const ReadResult& r) {
        if (result_sent_) return;
        result_sent_ = true;
        FieldWriter out(
            writer_.begin(RecordType::result, size_of(r.traces) + size_of(r.errors) + 8 + 8 + 1));
        out.put(r.traces);
        out.put(r.errors);
        out.put(r.events);
        out.put(r.other_events);
        out.put(static_cast<std::uint8_t>(r.complete));
        writer_.end();
        writer_.flush();
    }

  private:
    void put_loss(RecordType type, std::uint64_t count, bool known, LostFrom from) {
        FieldWriter out(writer_.begin(type, 10));
        out.put(count);
        out.put(static_cast<std::uint8_t>(known));
        out.put(static_cast<std::uint8_t>(from));
        writer_.end();
    }

    RecordWriter& writer_;
    Clock::duration heartbeat_;
    bool result_sent_ = false;
};

// What the child reads: trace directories, or a live session through lttng-relayd.
struct Source {
    std::vector<std::string> dirs;
    std::string live_url;     // set: a live session
    std::string sessions_of;  // set: the live sessions this relay daemon (net://HOST:PORT) lists
};

// The child reads into a ReadResult of its own; the parent adds what came before (ParentState).
[[noreturn]] void run_child(int fd, pid_t parent, const Source& source, Clock::duration heartbeat) {
    // Never outlive the parent, even one killed with SIGKILL.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(exit_parent_gone);
    ReadResult result;
    child_writer = new RecordWriter(fd);
    install_child_signals();
    RecordingVisitor visitor(*child_writer, heartbeat);
    try {
        if (!source.sessions_of.empty()) {
            if (const auto sessions = live_sessions(source.sessions_of)) {
                for (const LiveSessionInfo& session : *sessions)
                    visitor.on_live_session(session.url);
                result.complete = true;
            } else {
                result.errors.push_back("the relay daemon at " + source.sessions_of +
                                        " does not answer (babeltrace2's lttng-live sessions "
                                        "query failed)");
            }
        } else if (source.live_url.empty()) {
            run_graph(source.dirs, visitor, result, visitor);
        } else {
            run_live_graph(source.live_url, visitor, result, visitor);
        }
    } catch (const std::exception& e) {
        result.errors.push_back(std::string("reading failed: ") + e.what());
        result.complete = false;
    } catch (...) {
        result.errors.push_back("reading failed");
        result.complete = false;
    }
    visitor.send_result(result);
    // _exit: no atexit handler or stdio buffer the child inherited runs or writes twice.
    _exit(0);
}

// ---- the child as a fresh process ----------------------------------------------------------

// argv of the child: PROGRAM --babeltrace-reader-child PARENT_PID HEARTBEAT_NS live URL
//                 or PROGRAM --babeltrace-reader-child PARENT_PID HEARTBEAT_NS sessions URL
//                 or PROGRAM --babeltrace-reader-child PARENT_PID HEARTBEAT_NS dirs DIR...
// with its pipe as descriptor 3.
constexpr std::string_view child_mode_option = "--babeltrace-reader-child";
constexpr int child_pipe_fd = 3;

// Set by serve_reader_child() in a program that can run the child as itself.
std::atomic<bool> child_by_exec{false};

std::vector<std::string> child_arguments(pid_t parent, Clock::duration heartbeat,
                                         const Source& source) {
    std::vector<std::string> args = {"wpptrace-reader", std::string(child_mode_option),
                                     std::to_string(parent),
                                     std::to_string(std::chrono::nanoseconds(heartbeat).count())};
    if (!source.live_url.empty()) {
        args.insert(args.end(), {"live", source.live_url});
    } else if (!source.sessions_of.empty()) {
        args.insert(args.end(), {"sessions", source.sessions_of});
    } else {
        args.push_back("dirs");
        args.insert(args.end(), source.dirs.begin(), source.dirs.end());
    }
    return args;
}

// Spawns this program in its child mode with `write_fd` as its descriptor 3, stdin and stdout
// on /dev/null (stderr stays: babeltrace2's own last words). -1 with errno on failure.
pid_t spawn_child(int write_fd, pid_t parent, Clock::duration heartbeat, const Source& source) {
    const std::vector<std::string> args = child_arguments(parent, heartbeat, source);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    // A pipe end that is descriptor 3 already would keep its close-on-exec flag through dup2.
    util::UniqueFd moved;
    if (write_fd == child_pipe_fd) {
        moved.reset(::fcntl(write_fd, F_DUPFD_CLOEXEC, 10));
        if (!moved) return -1;
        write_fd = moved.get();
    }
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_adddup2(&files, write_fd, child_pipe_fd);
    posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    // This thread's signal mask, so SIGINT, SIGTERM and SIGHUP stay blocked as in a fork (the
    // parent stops the child, SIGUSR1, when the user interrupts), and SIGUSR1 blocked too until
    // the child's handler is in place (install_child_signals): a stop that comes while the new
    // program loads waits for it instead of killing it.
    sigset_t mask;
    pthread_sigmask(SIG_BLOCK, nullptr, &mask);
    sigaddset(&mask, SIGUSR1);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setsigmask(&attributes, &mask);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int error =
        posix_spawn(&pid, "/proc/self/exe", &files, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&files);
    if (error != 0) {
        errno = error;
        return -1;
    }
    return pid;
}

// ---- the parent: records from the pipe into the visitor ------------------------------------

// Whole records out of the pipe, read in big chunks into one reused buffer.
class RecordReader {
  public:
    enum class Status { record, end, timeout, garbled };

    // `caught_up` (optional) hears when everything received was passed on and the reader waits.
    RecordReader(int fd, TraceVisitor* caught_up)
        : fd_(fd), buffer_(256 * 1024), caught_up_(caught_up) {}

    // The next record, in type() and body() until the next call. Waits for data at most
    // `timeout` (negative: forever) at a time; any data received starts the wait anew.
    Status next(Clock::duration timeout) {
        for (;;) {
            std::size_t available = end_ - begin_;
            if (available >= header_size) {
                FieldReader header(buffer_.data() + begin_, header_size);
                auto size = header.get<std::uint32_t>();
                auto type = header.get<std::uint32_t>();
                if (size > max_body_size) return Status::garbled;
                if (available >= header_size + size) {
                    type_ = static_cast<RecordType>(type);
                    body_ = buffer_.data() + begin_ + header_size;
                    size_ = size;
                    begin_ += header_size + size;
                    return Status::record;
                }
                if (header_size + size > buffer_.size()) buffer_.resize(header_size + size);
            }
            if (begin_ > 0) {  // keep the partial record, at the start
                std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
                end_ -= begin_;
                begin_ = 0;
            }
            ssize_t n = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
            if (n > 0) {
                end_ += static_cast<std::size_t>(n);
                continue;
            }
            if (n == 0) return Status::end;  // a partial record left is a child that died
            if (errno == EINTR) continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) return Status::end;
            if (caught_up_ && begin_ == end_) caught_up_->on_caught_up();
            if (!wait_readable(timeout)) return Status::timeout;
        }
    }

    RecordType type() const { return type_; }
    FieldReader body() const { return FieldReader(body_, size_); }
    bool partial() const { return end_ > begin_; }

  private:
    bool wait_readable(Clock::duration timeout) {
        auto deadline = Clock::now() + timeout;
        for (;;) {
            int ms = -1;
            if (timeout >= Clock::duration::zero()) {
                auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
                ms = static_cast<int>(std::max<std::int64_t>(0, left.count()));
            }
            pollfd p{fd_, POLLIN, 0};
            int n = ::poll(&p, 1, ms);
            if (n > 0) return true;  // data, end of file or an error: read() tells which
            if (n == 0) return false;
            if (errno != EINTR) return true;
        }
    }

    int fd_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0;  // unread bytes
    RecordType type_{};
    const char* body_ = nullptr;
    std::size_t size_ = 0;
    TraceVisitor* caught_up_;
};

// What the parent knows of the reading when the child does not finish.
struct ParentState {
    ReadResult result;             // what came before, with the child's traces and errors added
    ReadResult before;             // what finding the inputs reported, before the child ran
    std::uint64_t wpp_events = 0;  // passed to the visitor
    std::uint64_t event_records = 0;
    std::uint64_t other_events = 0;                      // as of the last heartbeat
    bool finished = false;                               // the child sent its result
    std::vector<std::uint64_t> words;                    // reused for every event's arguments
    std::string host;                                    // of the records that follow (trace_host)
    std::uint64_t streams_begun = 0, streams_ended = 0;  // as the child last said
    std::vector<std::string> live_sessions;  // the child's sessions mode: what it listed
    // Hears a live source's inactivity records (live_merge.hpp); unset: they are dropped.
    std::function<void(std::int64_t)> on_inactivity;

    // The child's lists just replaced result's: what came before goes first, as one list.
    void add_before() {
        result.traces.insert(result.traces.begin(), before.traces.begin(), before.traces.end());
        result.errors.insert(result.errors.begin(), before.errors.begin(), before.errors.end());
    }
};

// Passes one record to the visitor; false when it is not a valid record.
bool dispatch(const RecordReader& reader, ParentState& state, TraceVisitor& visitor) {
    FieldReader in = reader.body();
    switch (reader.type()) {
        case RecordType::wpp_event: {
            WppEvent e;
            e.timestamp_ns = in.get<std::int64_t>();
            e.msg_id = in.get<std::uint64_t>();
            e.cpu = in.get<std::uint32_t>();
            e.pid = in.get<std::uint32_t>();
            e.tid = in.get<std::uint32_t>();
            e.flags = in.get<std::uint32_t>();
            e.level = in.get<std::uint8_t>();
            in.words(state.words);
            e.driver = in.text();
            e.procname = in.text();
            if (!in.done()) return false;
            e.args = state.words;
            e.host = state.host;
            ++state.event_records;
            ++state.wpp_events;
            visitor.on_message(e);
            return true;
        }
        case RecordType::catalog_message: {
            MessageInfo m;
            m.id = in.get<std::uint64_t>();
            m.control = in.get<std::uint32_t>();
            m.flag_mask = in.get<std::uint32_t>();
            m.line = in.get<std::uint32_t>();
            m.attributes = in.get<std::uint32_t>();
            for (std::string* s :
                 {&m.module, &m.file, &m.function, &m.level, &m.flags, &m.format, &m.types})
                *s = in.text();
            if (!in.done()) return false;
            ++state.event_records;
            visitor.on_catalog_message(std::move(m));
            return true;
        }
        case RecordType::catalog_module: {
            ModuleInfo m;
            m.name = in.text();
            m.build_id = in.text();
            m.path = in.text();
            auto controls = in.get<std::uint32_t>();
            for (std::uint32_t i = 0; i < controls && in.ok(); ++i) {
                ControlInfo c;
                c.name = in.text();
                c.guid = in.text();
                in.list(c.bits);
                m.controls.push_back(std::move(c));
            }
            if (!in.done()) return false;
            ++state.event_records;
            visitor.on_catalog_module(std::move(m));
            return true;
        }
        case RecordType::discarded_events:
        case RecordType::discarded_packets: {
            auto count = in.get<std::uint64_t>();
            bool known = in.get<std::uint8_t>() != 0;
            auto from = in.get<std::uint8_t>();
            if (!in.done() || from > static_cast<std::uint8_t>(LostFrom::both)) return false;
            if (reader.type() == RecordType::discarded_events)
                visitor.on_discarded_events(count, known, static_cast<LostFrom>(from));
            else
                visitor.on_discarded_packets(count, known, static_cast<LostFrom>(from));
            return true;
        }
        case RecordType::malformed_event: {
            std::string_view name = in.text(), why = in.text();
            if (!in.done()) return false;
            ++state.event_records;
            visitor.on_malformed_event(name, why);
            return true;
        }
        case RecordType::module_lifetime: {
            std::string_view module = in.text();
            auto pid = in.get<std::uint32_t>();
            bool started = in.get<std::uint8_t>() != 0;
            if (!in.done()) return false;
            if (!started) ++state.event_records;  // a start rides on its wpp_catalog:module
            visitor.on_module_lifetime(module, pid, started);
            return true;
        }
        case RecordType::statedump: {
            // Counted with the other events by the child (not a wpp event record).
            StatedumpRecord r;
            const auto kind = in.get<std::uint8_t>();
            r.pid = in.get<std::uint32_t>();
            r.baddr = in.get<std::uint64_t>();
            r.path = in.text();
            r.build_id = in.text();
            if (!in.done() || kind > static_cast<std::uint8_t>(StatedumpRecord::Kind::build_id))
                return false;
            r.kind = static_cast<StatedumpRecord::Kind>(kind);
            visitor.on_statedump(r);
            return true;
        }
        case RecordType::impossible_loss: {
            std::string_view what = in.text();
            if (!in.done()) return false;
            visitor.on_impossible_loss(what);
            return true;
        }
        case RecordType::trace_host: {
            std::string_view host = in.text();
            if (!in.done()) return false;
            state.host.assign(host);
            visitor.on_trace_host(state.host);
            return true;
        }
        case RecordType::streams:
            state.streams_begun = in.get<std::uint64_t>();
            state.streams_ended = in.get<std::uint64_t>();
            return in.done();
        case RecordType::inactivity: {
            const auto ns = in.get<std::int64_t>();
            if (!in.done()) return false;
            if (state.on_inactivity) state.on_inactivity(ns);
            return true;
        }
        case RecordType::live_session: {
            const std::string_view url = in.text();
            if (!in.done()) return false;
            state.live_sessions.emplace_back(url);
            return true;
        }
        case RecordType::graph_ready:
            in.list(state.result.traces);
            in.list(state.result.errors);
            state.add_before();
            return in.done();
        case RecordType::progress:
            in.get<std::uint64_t>();  // events: the parent counts its own
            state.other_events = in.get<std::uint64_t>();
            return in.done();
        case RecordType::result: {
            ReadResult& r = state.result;
            in.list(r.traces);
            in.list(r.errors);
            r.events = in.get<std::uint64_t>();
            r.other_events = in.get<std::uint64_t>();
            r.complete = in.get<std::uint8_t>() != 0 && state.before.errors.empty();
            if (!in.done()) return false;
            state.add_before();
            state.finished = true;
            return true;
        }
    }
    return false;
}

// What a stalled child was doing, from /proc: blocked in a read (for a live session, a relay
// daemon that does not answer) or running (a loop inside babeltrace2). "" when unknown.
std::string stall_cause(pid_t pid) {
    const std::string proc = "/proc/" + std::to_string(pid);
    auto first_word = [](const std::string& path) {
        std::string word;
        if (FILE* f = std::fopen(path.c_str(), "re")) {
            char text[64] = {};
            if (std::fscanf(f, "%63s", text) == 1) word = text;
            std::fclose(f);
        }
        return word;
    };
    // /proc/PID/syscall: the number of the system call it is blocked in, or "running".
    const std::string call = first_word(proc + "/syscall");
    // /proc/PID/stat: "PID (COMM) STATE ...", the state R for running or runnable.
    std::string state;
    if (FILE* f = std::fopen((proc + "/stat").c_str(), "re")) {
        char text[512] = {};
        const std::size_t n = std::fread(text, 1, sizeof text - 1, f);
        std::fclose(f);
        const std::string_view line(text, n);
        if (const auto close = line.rfind(") "); close != std::string_view::npos)
            state = std::string(line.substr(close + 2, 1));
    }
    if (call == "running" || state == "R") return " (it was running: a loop inside babeltrace2)";
    if (call == "0" || call == "45" || call == "47" || call == "7" || call == "271")
        return " (it was waiting for data: read, recvfrom or poll; a live session's relay daemon "
               "that does not answer)";
    // Anything else is said as it is, for whoever has to find out (x86-64 numbers).
    static const std::map<std::string, const char*> names = {
        {"1", "write"},   {"35", "nanosleep"},        {"42", "connect"},
        {"44", "sendto"}, {"46", "sendmsg"},          {"61", "wait4"},
        {"202", "futex"}, {"230", "clock_nanosleep"}, {"232", "epoll_wait"}};
    std::string what = " (it was in state " + (state.empty() ? std::string("?") : state);
    if (!call.empty()) {
        auto it = names.find(call);
        what += ", system call " + call + (it != names.end() ? std::string(" ") + it->second : "");
    }
    const std::string wchan = first_word(proc + "/wchan");
    if (!wchan.empty() && wchan != "0") what += ", waiting in " + wchan;
    return what + ")";
}

std::string format_seconds(double seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%g s", seconds);
    return text;
}

std::string signal_name(int sig) {
    if (const char* abbrev = sigabbrev_np(sig)) return std::string("SIG") + abbrev;
    return "signal " + std::to_string(sig);
}

// "a, b, c and 4 more"
std::string list_of(const std::vector<std::string>& names) {
    std::string text;
    std::size_t shown = std::min<std::size_t>(names.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) text += (i ? ", " : "") + names[i];
    if (names.size() > shown) text += " and " + std::to_string(names.size() - shown) + " more";
    return text;
}

// WPPTRACE_READ_TIMEOUT in seconds; 0 turns the watchdog off; anything unreadable: default.
double read_timeout_seconds() {
    constexpr double fallback = 10;
    const char* text = std::getenv("WPPTRACE_READ_TIMEOUT");
    if (!text || !*text) return fallback;
    char* end = nullptr;
    double seconds = std::strtod(text, &end);
    if (*end || !std::isfinite(seconds) || seconds < 0 || seconds > 1e6) return fallback;
    return seconds;
}

// The children of live readings (one per session), and the first interrupting signal
// (set_interrupt_action): the signal thread asks each child to stop (SIGUSR1: it sends what it
// holds and exits), and the reading ends as if the sessions had.
constexpr std::size_t max_live_sessions = 256;
std::array<std::atomic<pid_t>, max_live_sessions> live_children{};
std::atomic<int> live_stop_signal{0};
static_assert(std::atomic<pid_t>::is_always_lock_free);

// A live child's place in live_children, for the time of its reading.
class LiveChildSlot {
  public:
    explicit LiveChildSlot(pid_t pid) {
        if (pid <= 0) return;
        for (auto& slot : live_children) {
            pid_t free = 0;
            if (slot.compare_exchange_strong(free, pid)) {
                slot_ = &slot;
                return;
            }
        }
    }
    ~LiveChildSlot() { clear(); }
    LiveChildSlot(const LiveChildSlot&) = delete;
    LiveChildSlot& operator=(const LiveChildSlot&) = delete;
    void clear() {
        if (slot_) slot_->store(0);
        slot_ = nullptr;
    }

  private:
    std::atomic<pid_t>* slot_ = nullptr;
};

void stop_live_reading(int sig) {
    live_stop_signal = sig;
    for (const auto& slot : live_children)
        if (const pid_t pid = slot; pid > 0) ::kill(pid, SIGUSR1);
}

}  // namespace

namespace {

ReadResult read_isolated(const Source& source, const std::vector<std::string>& names,
                         ParentState& state, TraceVisitor& visitor) {
    const bool live = !source.live_url.empty();
    const double timeout_s = read_timeout_seconds();
    const bool watchdog = timeout_s > 0;
    const auto timeout =
        watchdog
            ? std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeout_s))
            : Clock::duration(-1);
    // The child beats at least four times per timeout; the parent wakes only for data.
    // Live: each batch goes to the parent within 20 ms, for the latency of the printed line.
    const Clock::duration heartbeat =
        live       ? std::chrono::milliseconds(20)
        : watchdog ? std::min<Clock::duration>(std::chrono::milliseconds(250), timeout / 4)
                   : std::chrono::milliseconds(250);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        state.result.errors.push_back(std::string("cannot start the trace reader: pipe: ") +
                                      strerror(errno));
        return state.result;
    }
    util::UniqueFd read_end(fds[0]), write_end(fds[1]);
    // A bigger pipe lets the child run further ahead of a busy visitor (best effort).
    ::fcntl(write_end.get(), F_SETPIPE_SZ, 1 << 20);
    ::fcntl(read_end.get(), F_SETFL, ::fcntl(read_end.get(), F_GETFL) | O_NONBLOCK);

    const pid_t parent = ::getpid();
    bool by_exec = child_by_exec;
    pid_t pid = by_exec ? spawn_child(write_end.get(), parent, heartbeat, source) : -1;
    if (pid < 0 && by_exec && (errno == ENOENT || errno == EACCES || errno == ENOEXEC)) {
        by_exec = false;  // no /proc (a bare container): a fork still reads, as before
    }
    if (!by_exec) pid = ::fork();
    if (pid < 0) {
        state.result.errors.push_back(std::string("cannot start the trace reader: ") +
                                      (by_exec ? "posix_spawn" : "fork") + ": " + strerror(errno));
        return state.result;
    }
    if (pid == 0) {
        read_end.reset();
        run_child(write_end.get(), parent, source, heartbeat);
    }
    util::ChildProcess child(pid);
    LiveChildSlot live_slot(live ? pid : 0);
    if (live && live_stop_signal) child.signal(SIGUSR1);  // a signal came before the child did
    write_end.reset();  // so that the child's end is the pipe's last writer: EOF when it goes

    RecordReader reader(read_end.get(), live ? &visitor : nullptr);
    RecordReader::Status status = RecordReader::Status::end;
    bool garbled = false, stalled = false;
    std::string stall;  // what the child was doing when it stalled
    // Every stream of a live session that began has ended: the session is over, and the reader
    // only has to see the session close. libbabeltrace2 2.0.4 sometimes does not (CI: no progress
    // for 10 s after the last stream ended, neither looping nor reading); after 5 s quiet it is
    // stopped and nothing is lost.
    const auto all_streams_ended = [&] {
        return live && state.streams_begun > 0 && state.streams_ended == state.streams_begun;
    };
    constexpr Clock::duration end_grace = std::chrono::seconds(5);
    const auto wait_limit = [&] {
        if (!all_streams_ended()) return timeout;
        return timeout < Clock::duration::zero() ? end_grace : std::min(timeout, end_grace);
    };
    while (!state.finished &&
           (status = reader.next(wait_limit())) == RecordReader::Status::record) {
        if (!dispatch(reader, state, visitor)) {
            garbled = true;
            break;
        }
    }
    if (state.finished && !garbled) {
        // The result is the child's last record; it then tears its graph down, which may wait
        // on a relay daemon that does not answer. Nothing it does now can change the result.
        const auto deadline = Clock::now() + std::chrono::seconds(2);
        while (child.running() && Clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        live_slot.clear();
        return std::move(state.result);
    }
    if (status == RecordReader::Status::garbled) garbled = true;
    if (status == RecordReader::Status::timeout) {
        // Ask for the records the child holds, give it a moment, then the destructor kills it.
        stalled = true;
        stall = stall_cause(pid);
        child.signal(SIGUSR1);
        while (reader.next(std::chrono::seconds(2)) == RecordReader::Status::record)
            if (!dispatch(reader, state, visitor)) break;
    }
    if (garbled || stalled) child.signal(SIGKILL);
    int wait_status = child.wait();
    live_slot.clear();

    ReadResult& result = state.result;
    if (state.finished && !garbled) return std::move(result);
    if (stalled && !garbled && all_streams_ended()) {
        result.warnings.push_back("babeltrace2 did not end after every stream of " +
                                  list_of(names) + " had ended" + stall +
                                  "; stopped: every event it read was passed on (" +
                                  std::to_string(state.streams_ended) + " streams ended)");
        if (result.traces.empty()) result.traces = names;
        result.events = state.event_records + state.other_events;
        result.other_events = state.other_events;
        result.complete = result.errors.empty();
        return std::move(result);
    }
    if (const int sig = live_stop_signal; live && sig && !garbled && !stalled &&
                                          wait_status != -1 && WIFEXITED(wait_status) &&
                                          WEXITSTATUS(wait_status) == exit_stopped) {
        // Stopped by the user (Ctrl-C): everything read so far was passed on.
        result.warnings.push_back("live reading of " + source.live_url + " stopped by " +
                                  signal_name(sig) + " before the session ended");
        if (result.traces.empty()) result.traces = names;
        result.events = state.event_records + state.other_events;
        result.other_events = state.other_events;
        result.complete = result.errors.empty();
        result.stopped_by_signal = sig;
        return std::move(result);
    }

    std::string where = list_of(names);
    std::string stop = state.wpp_events
                           ? "the output stops at event " + std::to_string(state.wpp_events)
                           : std::string("no event was read");
    if (stalled)
        result.errors.push_back("babeltrace2 made no progress for " + format_seconds(timeout_s) +
                                " reading " + where + stall +
                                "; stopped (WPPTRACE_READ_TIMEOUT=seconds allows more): " + stop);
    else if (garbled)
        result.errors.push_back("the trace reader process sent garbled data reading " + where +
                                "; stopped: " + stop);
    else if (wait_status != -1 && WIFSIGNALED(wait_status))
        result.errors.push_back("babeltrace2 crashed (" + signal_name(WTERMSIG(wait_status)) +
                                ") while reading " + where + ": " + stop);
    else if (wait_status != -1 && WIFEXITED(wait_status))
        result.errors.push_back("the trace reader process ended (status " +
                                std::to_string(WEXITSTATUS(wait_status)) + ") while reading " +
                                where + ": " + stop);
    else
        result.errors.push_back("the trace reader process vanished while reading " + where + ": " +
                                stop);
    if (result.traces.empty()) result.traces = names;
    result.events = state.event_records + state.other_events;
    result.other_events = state.other_events;
    result.complete = false;
    return std::move(result);
}

}  // namespace

std::optional<int> serve_reader_child(int argc, char** argv) {
    if (argc < 2 || argv[1] != child_mode_option) {
        child_by_exec = true;
        return std::nullopt;
    }
    // Only a parent that spawned this process gives these arguments; anything else is misuse.
    const auto misuse = [&](const char* what) {
        std::fprintf(stderr, "%s: %s: %s (an internal mode of wpptrace, not for direct use)\n",
                     argv[0], std::string(child_mode_option).c_str(), what);
        return 2;
    };
    if (argc < 6) return misuse("too few arguments");
    char* end = nullptr;
    const long parent = std::strtol(argv[2], &end, 10);
    if (*end || parent <= 1) return misuse("bad parent process id");
    const long long heartbeat_ns = std::strtoll(argv[3], &end, 10);
    if (*end || heartbeat_ns <= 0) return misuse("bad heartbeat");
    Source source;
    const std::string_view mode = argv[4];
    if (mode == "live" && argc == 6)
        source.live_url = argv[5];
    else if (mode == "sessions" && argc == 6)
        source.sessions_of = argv[5];
    else if (mode == "dirs")
        source.dirs.assign(argv + 5, argv + argc);
    else
        return misuse("expected live URL, sessions URL or dirs DIR...");
    if (::fcntl(child_pipe_fd, F_GETFD) == -1) return misuse("no pipe on descriptor 3");
    prctl(PR_SET_NAME, "wpptrace-reader");  // not "exe", the name of /proc/self/exe
    run_child(child_pipe_fd, static_cast<pid_t>(parent), source,
              std::chrono::nanoseconds(heartbeat_ns));
}

ReadResult read_with_babeltrace(const std::vector<std::string>& dirs,
                                const std::vector<std::string>& names, ReadResult so_far,
                                TraceVisitor& visitor) {
    ParentState state;
    state.before = so_far;
    state.result = std::move(so_far);
    return read_isolated(Source{dirs, {}, {}}, names, state, visitor);
}

namespace {

// The sessions' readings as one: every trace, error and warning, the events of all.
ReadResult combined(std::vector<ReadResult>& results) {
    ReadResult all;
    all.complete = true;
    for (ReadResult& r : results) {
        for (auto list : {&ReadResult::traces, &ReadResult::errors, &ReadResult::warnings})
            (all.*list).insert((all.*list).end(), std::make_move_iterator((r.*list).begin()),
                               std::make_move_iterator((r.*list).end()));
        all.events += r.events;
        all.other_events += r.other_events;
        all.complete = all.complete && r.complete;
        if (!all.stopped_by_signal) all.stopped_by_signal = r.stopped_by_signal;
    }
    return all;
}

// Several sessions: a reader child each, read by a thread each into the merge, which passes
// the calls on in time order in this thread (live_merge.hpp).
ReadResult read_live_sessions(const std::vector<std::string>& urls, TraceVisitor& visitor) {
    // A machine silent for longer than a few live timers (1 s by default) no longer holds
    // the others' lines back.
    constexpr std::chrono::milliseconds hold{3000};
    LiveMerge merge(urls.size(), visitor, hold);
    std::vector<ReadResult> results(urls.size());
    std::vector<std::thread> readers;
    const auto stop_readers = [&] {
        merge.abandon();
        for (const auto& slot : live_children)
            if (const pid_t pid = slot; pid > 0) ::kill(pid, SIGKILL);
        for (auto& reader : readers)
            if (reader.joinable()) reader.join();
    };
    try {
        for (std::size_t i = 0; i < urls.size(); ++i)
            readers.emplace_back([&, i] {
                ParentState state;
                state.on_inactivity = [&merge, i](std::int64_t ns) { merge.advance(i, ns); };
                try {
                    results[i] =
                        read_isolated(Source{{}, urls[i], {}}, {urls[i]}, state, merge.session(i));
                } catch (const std::exception& e) {
                    results[i].errors.push_back("reading " + urls[i] + " failed: " + e.what());
                }
                merge.end(i);
            });
        merge.run();
    } catch (...) {
        stop_readers();  // the output failed: no reader may outlive the call
        throw;
    }
    stop_readers();
    ReadResult result = combined(results);
    if (merge.late_events())
        result.warnings.push_back(
            std::to_string(merge.late_events()) + " events of " + list_of(merge.late_hosts()) +
            " came after later events of other sessions had been passed on: a session said "
            "nothing for " +
            format_seconds(std::chrono::duration<double>(hold).count()) +
            " and the merge stopped waiting for it; those lines are out of time order");
    return result;
}

}  // namespace

std::vector<std::string> live_session_urls(const std::string& relayd_url,
                                           std::vector<std::string>& errors) {
    // What the child sends is only session URLs: the visitor hears nothing.
    struct Nothing final : TraceVisitor {
        void on_message(const WppEvent&) override {}
        void on_catalog_message(MessageInfo) override {}
        void on_catalog_module(ModuleInfo) override {}
        void on_discarded_events(std::uint64_t, bool, LostFrom) override {}
        void on_discarded_packets(std::uint64_t, bool, LostFrom) override {}
        void on_malformed_event(std::string_view, std::string_view) override {}
    } nothing;
    ParentState state;
    Source source;
    source.sessions_of = relayd_url;
    ReadResult result = read_isolated(source, {relayd_url}, state, nothing);
    errors.insert(errors.end(), result.errors.begin(), result.errors.end());
    return std::move(state.live_sessions);
}

ReadResult read_live_with_babeltrace(const std::vector<std::string>& urls, TraceVisitor& visitor) {
    live_stop_signal = 0;
    set_interrupt_action(stop_live_reading);
    ReadResult result;
    try {
        if (urls.size() == 1) {
            ParentState state;
            result = read_isolated(Source{{}, urls.front(), {}}, urls, state, visitor);
        } else {
            result = read_live_sessions(urls, visitor);
        }
    } catch (...) {
        set_interrupt_action(nullptr);
        throw;
    }
    set_interrupt_action(nullptr);
    return result;
}

}  // namespace wpptrace::decoder::babeltrace
