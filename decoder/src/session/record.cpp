// record.cpp - an LTTng session around a command, through the lttng CLI.
#include "wpptrace/decoder/record.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>

#include "flight_recorder.hpp"
#include "lttng_command.hpp"
#include "relayd.hpp"
#include "unique_handles.hpp"

extern char** environ;

namespace wpptrace::decoder {
namespace {

struct ProcessResult {
    int status = -1;  // exit status, 128 + signal when killed
    int signal = 0;   // the signal that killed it; 0: it exited
    std::string output;
};

// The catalog channel: 4 x 1 MiB per CPU (per-UID buffers).
constexpr std::uint64_t catalog_subbuffer_bytes = 1 << 20;
constexpr unsigned catalog_subbuffers = 4;

// The signals that would end a recording half-way: handled while record() runs.
constexpr int relayed_signals[] = {SIGINT, SIGTERM, SIGHUP};

// SIGINT, SIGTERM and SIGHUP while record() runs (see record.hpp). The handler only reads and
// writes the atomics below and calls kill() and write(), which are async-signal-safe.
class SignalRelay {
  public:
    SignalRelay() {
        first_signal = 0;
        pending = 0;
        tearing_down = 0;
        command = 0;
        struct sigaction action {};
        action.sa_sigaction = on_signal;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        for (int sig : relayed_signals) sigaddset(&action.sa_mask, sig);  // one handler at a time
        for (std::size_t i = 0; i < std::size(relayed_signals); ++i)
            sigaction(relayed_signals[i], &action, &previous_[i]);
    }
    ~SignalRelay() {
        for (std::size_t i = 0; i < std::size(relayed_signals); ++i)
            sigaction(relayed_signals[i], &previous_[i], nullptr);
    }
    SignalRelay(const SignalRelay&) = delete;
    SignalRelay& operator=(const SignalRelay&) = delete;

    // The command runs as `pid` until command_ended(); a signal that came before it started
    // is passed on now.
    static void command_started(pid_t pid) {
        command = pid;
        if (int sig = pending.exchange(0)) ::kill(pid, sig);
    }
    static void command_ended() { command = 0; }
    static void begin_teardown() { tearing_down = 1; }
    static int received() { return first_signal; }

  private:
    static void on_signal(int sig, siginfo_t* info, void*) {
        const int saved_errno = errno;
        int expected = 0;
        first_signal.compare_exchange_strong(expected, sig);
        if (tearing_down) {
            say_deferred(sig);
        } else if (!info || info->si_code != SI_KERNEL) {
            // Sent by a process to record alone: pass it on. The kernel's (a terminal's Ctrl-C
            // or hang-up) went to the whole foreground group, the command included.
            if (pid_t pid = command; pid > 0)
                ::kill(pid, sig);
            else
                pending = sig;
        }
        errno = saved_errno;
    }
    static void say_deferred(int sig) {
        const char* text =
            sig == SIGINT    ? "wpptrace record: SIGINT deferred: the session is being stopped "
                               "and destroyed\n"
            : sig == SIGTERM ? "wpptrace record: SIGTERM deferred: the session is being stopped "
                               "and destroyed\n"
                             : "wpptrace record: SIGHUP deferred: the session is being stopped "
                               "and destroyed\n";
        (void)!::write(STDERR_FILENO, text, std::strlen(text));
    }

    static inline std::atomic<int> first_signal{0};
    static inline std::atomic<int> pending{0};  // to pass on once the command runs
    static inline std::atomic<int> tearing_down{0};
    static inline std::atomic<pid_t> command{0};
    static_assert(std::atomic<int>::is_always_lock_free && std::atomic<pid_t>::is_always_lock_free);
    struct sigaction previous_[std::size(relayed_signals)]{};
};

const char* signal_name(int sig) {
    return sig == SIGINT    ? "SIGINT"
           : sig == SIGTERM ? "SIGTERM"
           : sig == SIGHUP  ? "SIGHUP"
                            : "a signal";
}

// How a child runs.
struct RunMode {
    bool capture = false;            // stdout+stderr captured (else inherited)
    bool own_process_group = false;  // out of reach of the terminal's Ctrl-C (the lttng commands)
    bool relay_signals = false;      // the traced command: SignalRelay passes signals on to it
};

// What a live recording adds to running the command (relayd.hpp's gate).
struct StartHook {
    int fd3 = -1;                        // >= 0: given to the child as its fd 3
    std::function<void(pid_t)> started;  // called once the child runs, before it is waited for
};

// Waits until `pid` has ended, without reaping it: its number stays taken (a zombie) so that a
// signal passed on meanwhile cannot reach another process.
void wait_until_ended(pid_t pid) {
    siginfo_t info{};
    while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) != 0 &&
           errno == EINTR) {
    }
}

// Runs argv with extra environment entries.
ProcessResult run(const std::vector<std::string>& argv, const std::vector<std::string>& env_extra,
                  RunMode mode, const StartHook& hook = {}) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> env_storage;
    for (char** e = environ; *e; ++e) env_storage.emplace_back(*e);
    for (const auto& extra : env_extra) {
        std::string key = extra.substr(0, extra.find('=') + 1);
        std::erase_if(env_storage, [&](const std::string& e) { return e.starts_with(key); });
        env_storage.push_back(extra);
    }
    std::vector<char*> env;
    for (auto& e : env_storage) env.push_back(e.data());
    env.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    util::UniqueFd read_end, write_end;
    if (mode.capture) {
        int pipe_fds[2];
        if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw RecordError("cannot create a pipe");
        read_end.reset(pipe_fds[0]);
        write_end.reset(pipe_fds[1]);
        posix_spawn_file_actions_adddup2(&actions, write_end.get(), 1);
        posix_spawn_file_actions_adddup2(&actions, write_end.get(), 2);
    }
    if (hook.fd3 >= 0) posix_spawn_file_actions_adddup2(&actions, hook.fd3, 3);
    // The child gets default signal handling back (record() handles them while it waits).
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int sig : relayed_signals) sigaddset(&defaults, sig);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    short flags = POSIX_SPAWN_SETSIGDEF;
    if (mode.own_process_group) {
        posix_spawnattr_setpgroup(&attributes, 0);
        flags |= POSIX_SPAWN_SETPGROUP;
    }
    posix_spawnattr_setflags(&attributes, flags);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ProcessResult result;
    write_end.reset();  // the child's copies are the pipe's last writers: EOF when it ends
    if (rc != 0) {
        // The traced command's own failure to start has the shell's statuses (see record.hpp);
        // an lttng command that cannot start is record's.
        const int status = !mode.relay_signals ? Error::failed
                           : rc == ENOENT      ? record_status::command_not_found
                                               : record_status::command_not_runnable;
        throw RecordError("cannot run " + argv[0] + ": " + std::strerror(rc), status);
    }
    util::ChildProcess child(pid);  // killed and reaped if reading its output throws
    if (mode.relay_signals) SignalRelay::command_started(pid);
    if (hook.started) hook.started(pid);
    if (mode.capture) {
        char buffer[4096];
        ssize_t n;
        while ((n = read(read_end.get(), buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
            if (n > 0) result.output.append(buffer, n);
        read_end.reset();
    }
    if (mode.relay_signals) {
        wait_until_ended(pid);
        SignalRelay::command_ended();
    }
    int status = child.wait();
    if (status == -1) status = 0;  // reaped by someone else: nothing known, as before
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return result;
}

}  // namespace

std::string lttng_command(std::vector<std::string> args, bool verbose) {
    args.insert(args.begin(), "--no-sessiond");
    args.insert(args.begin(), "lttng");
    if (verbose) {
        std::string line;
        for (const auto& a : args) line += (line.empty() ? "" : " ") + a;
        std::fprintf(stderr, "+ %s\n", line.c_str());
    }
    ProcessResult r =
        run(args, {}, {.capture = true, .own_process_group = true, .relay_signals = false});
    if (r.status != 0) {
        std::string what = "`lttng " + args[2] + "` failed";
        if (r.output.find("No session daemon") != std::string::npos)
            what +=
                ": no LTTng session daemon is running (start `lttng-sessiond --daemonize`"
                " or run under scripts/with-private-lttng)";
        else
            what += ":\n" + r.output;
        throw RecordError(what);
    }
    return r.output;
}

namespace {

class Session {
  public:
    Session(const RecordOptions& options, std::string name)
        : options_(options), name_(std::move(name)) {}
    ~Session() {
        if (created_) {
            try {
                lttng({"destroy", name_});
            } catch (const std::exception& e) {
                std::fprintf(stderr, "wpptrace: %s\n", e.what());
            }
        }
    }
    // Into `output`, or with `live_options` (relayd.hpp's, or a flight recorder's snapshot
    // options) instead of --output.
    void create(const std::string& output, const std::vector<std::string>& live_options) {
        std::vector<std::string> args = {"create", name_};
        if (live_options.empty())
            args.push_back("--output=" + output);
        else
            args.insert(args.end(), live_options.begin(), live_options.end());
        lttng(args);
        created_ = true;
    }
    void destroy() {
        created_ = false;
        lttng({"destroy", name_});
    }
    void lttng(std::vector<std::string> args) { lttng_command(std::move(args), options_.verbose); }
    const std::string& name() const { return name_; }

  private:
    const RecordOptions& options_;
    std::string name_;
    bool created_ = false;
};

// ./wpptrace-DATE-TIME, or with -2, -3... when a recording of the same second has it.
std::string default_output() {
    char stamp[32];
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    const std::string base = std::filesystem::absolute(std::string("wpptrace-") + stamp).string();
    std::string candidate = base;
    std::error_code ec;
    for (int n = 2; std::filesystem::exists(candidate, ec) && n < 1000; ++n)
        candidate = base + "-" + std::to_string(n);
    return candidate;
}

// lttng writes into an existing directory, replacing the streams of an earlier trace of the
// same layout and mixing with the rest: only a new or empty directory is taken.
void refuse_used_output(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(dir, ec);
    if (!fs::exists(status)) return;
    if (!fs::is_directory(status))
        throw RecordError(dir + " exists and is not a directory: record into a new or empty one");
    if (!fs::is_empty(dir, ec) || ec)
        throw RecordError(dir +
                          " is not empty (a trace recorded before?): record into a new or empty "
                          "directory, or remove this one first");
}

// LTTng-UST's state dump of loaded binaries (bin_info: path, base address, size; build_id;
// debug_link; start and end) in `channel`, which carries the vpid context: every trace then
// names each traced process's binaries and build ids, so that a session, snapshot or rotation
// chunk without the drivers' wpp_catalog events still finds their catalogs (README, "The
// catalog"). A process dumps its state when a session starts and on `lttng regenerate
// statedump`.
void enable_binary_statedump(Session& session, const std::string& channel) {
    session.lttng(
        {"enable-event", "-u", "-s", session.name(), "-c", channel, "lttng_ust_statedump:*"});
}

// The catalog (format strings, module starts and ends) in a channel of its own, so that no
// burst of messages can discard it: a lost catalog record turns messages Unknown, and a lost
// module end makes a clean exit look like a crash. It holds one record per trace statement and
// module of each process, a few hundred KiB; its sub-buffers are sized so that it does not
// lose, and when it does the decoder counts that apart from lost messages.
void enable_catalog_channel(Session& session) {
    const std::string channel = "wpp_catalog";
    session.lttng({"enable-channel", "-u", "-s", session.name(), "--subbuf-size",
                   std::to_string(catalog_subbuffer_bytes), "--num-subbuf",
                   std::to_string(catalog_subbuffers), channel});
    session.lttng({"enable-event", "-u", "-s", session.name(), "-c", channel, "wpp_catalog:*"});
    session.lttng({"add-context", "-u", "-s", session.name(), "-c", channel, "-t", "vpid", "-t",
                   "vtid", "-t", "procname"});
    enable_binary_statedump(session, channel);
}

// vpid and vtid on every message (%!PID!, %!TID!, which process a driver's messages and
// module ends belong to). The process name is not recorded per message: the decoder takes it
// from the state dump's lttng_ust_statedump:procname event, which each process writes into the
// catalog channel when it registers with the started session, before its main() (liblttng-ust
// waits for that first dump, up to LTTNG_UST_REGISTER_TIMEOUT), and which gives the same name
// while no thread renames itself (bench/RESULTS.md, "Contexts": procname is 6 % of an event).
// Kept per message where the state dump may be missing from what is decoded: a live viewer that
// attaches late reads from where it joined, and a flight recorder's dump holds it only while the
// catalog ring has not wrapped, with no chance to regenerate it before a trigger's snapshot.
void add_message_contexts(Session& session, const std::string& channel, bool procname_per_event) {
    std::vector<std::string> args = {"add-context", "-u", "-s",   session.name(), "-c",
                                     channel,       "-t", "vpid", "-t",           "vtid"};
    if (procname_per_event) args.insert(args.end(), {"-t", "procname"});
    session.lttng(std::move(args));
}

}  // namespace

bool plain_driver_name(const std::string& name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
              c == '*'))
            return false;
    return true;
}

std::string lttng_loglevel_for(const std::string& wpp_level) {
    std::string level = wpp_level;
    for (char& c : level) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (level.starts_with("TRACE_LEVEL_")) level.erase(0, 12);
    if (level == "CRITICAL" || level == "FATAL" || level == "1") return "TRACE_CRIT";
    if (level == "ERROR" || level == "2") return "TRACE_ERR";
    if (level == "WARNING" || level == "3") return "TRACE_WARNING";
    if (level == "INFORMATION" || level == "4") return "TRACE_INFO";
    if (level == "VERBOSE" || level == "5") return "TRACE_DEBUG";
    throw RecordError("unknown level '" + wpp_level +
                      "' (CRITICAL, ERROR, WARNING, INFORMATION, VERBOSE or 1..5)");
}

RecordResult record(const RecordOptions& options) {
    if (options.command.empty()) throw RecordError("no command to record");
    for (const auto& driver : options.drivers)
        if (!plain_driver_name(driver)) throw RecordError("bad driver name '" + driver + "'");
    std::string flags = options.flags;
    for (char c : flags)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '|'))
            throw RecordError("bad flags '" + flags + "' (want NAME|NAME or 0xMASK)");
    std::string loglevel = options.level.empty() ? "" : lttng_loglevel_for(options.level);

    RecordResult result;
    if (options.live && !options.relayd.empty()) {
        if (!options.output.empty())
            throw RecordError(
                "-o and --relayd: the trace is written where that relay daemon "
                "writes (its -o)");
    } else {
        result.trace_dir = options.output.empty()
                               ? default_output()
                               : std::filesystem::absolute(options.output).string();
        refuse_used_output(result.trace_dir);
    }
    SignalRelay signals;  // outlives the session: its teardown is never cut short
    // Outlives the session too: the private relayd goes after the session's last data.
    std::unique_ptr<LiveRecording> live;
    if (options.live) live = std::make_unique<LiveRecording>(options, result.trace_dir);
    Session session(options, options.session.empty() ? "wpptrace-" + std::to_string(getpid())
                                                     : options.session);
    // Declared after the session: its triggers go before the session does.
    std::unique_ptr<FlightRecorder> flight;
    if (options.flight_recorder)
        flight = std::make_unique<FlightRecorder>(
            options, result.trace_dir, session.name(),
            [&session](std::vector<std::string> args) { session.lttng(std::move(args)); });
    session.create(result.trace_dir, live     ? live->create_options()
                                     : flight ? flight->create_options()
                                              : std::vector<std::string>{});
    if (live) result.live_url = live->live_url(session.name());
    const std::string channel = "wpp";
    session.lttng({"enable-channel", "-u", "-s", session.name(), "--subbuf-size",
                   std::to_string(flight ? flight->subbuffer_bytes() : options.subbuffer_bytes),
                   "--num-subbuf",
                   std::to_string(flight ? flight->subbuffers() : options.subbuffers), channel});
    std::string driver_filter;
    for (const auto& driver : options.drivers)
        driver_filter += (driver_filter.empty() ? "" : " || ") + ("driver == \"" + driver + "\"");
    std::vector<std::string> levels = {"enable-event", "-u",    "-s",   session.name(),
                                       "-c",           channel, "wpp:*"};
    if (!loglevel.empty()) levels.push_back("--loglevel=" + loglevel);
    if (!driver_filter.empty()) levels.push_back("--filter=" + driver_filter);
    session.lttng(levels);
    if (!loglevel.empty()) {  // DoTraceMessage has no level: WPP selects it by flag alone
        std::vector<std::string> message = {"enable-event", "-u",    "-s",         session.name(),
                                            "-c",           channel, "wpp:message"};
        if (!driver_filter.empty()) message.push_back("--filter=" + driver_filter);
        session.lttng(message);
    }
    enable_catalog_channel(session);
    add_message_contexts(session, channel, /*procname_per_event=*/live || flight);
    if (live) session.lttng(live->untrack_all(session.name()));
    if (flight) flight->add_triggers();
    session.lttng({"start", session.name()});
    if (live)
        std::fprintf(stderr, "wpptrace record: live at %s (wpptrace decode --live %s)\n",
                     result.live_url.c_str(), result.live_url.c_str());
    if (live && options.wait_viewer)
        live->wait_for_viewer(session.name(), [] { return SignalRelay::received() != 0; });

    // The WPP selection, for the runtime's gate: MODULE:LEVEL:FLAGS per driver.
    std::string level_field = options.level.empty() ? "" : options.level;
    std::string control;
    for (const auto& driver :
         options.drivers.empty() ? std::vector<std::string>{"*"} : options.drivers)
        control += (control.empty() ? "" : ";") + driver + ":" + level_field + ":" + flags;
    std::vector<std::string> env;
    if (!options.drivers.empty() || !options.level.empty() || !flags.empty())
        env.push_back("WPPTRACE_CONTROL=" + control);

    if (!SignalRelay::received()) {
        // Live: the command waits at its gate until the session tracks its process.
        LiveRecording::Gate gate = live ? live->open_gate() : LiveRecording::Gate{};
        StartHook hook;
        if (live) {
            hook.fd3 = gate.command_end.get();
            hook.started = [&](pid_t pid) {
                gate.command_end.reset();
                session.lttng(live->track(session.name(), pid));
                gate.record_end.reset();  // opens the gate: the command goes on
            };
        }
        const ProcessResult command =
            run(live ? live->gated(options.command) : options.command, env,
                {.capture = false, .own_process_group = false, .relay_signals = true}, hook);
        result.command_status = command.status;
        result.command_signal = command.signal;
    }
    SignalRelay::begin_teardown();
    result.signal = SignalRelay::received();
    if (result.signal)
        std::fprintf(stderr,
                     "wpptrace record: %s: stopping and destroying the session; signals are "
                     "deferred until it is done\n",
                     signal_name(result.signal));
    if (flight) flight->on_command_end(result.command_status, result.command_signal);
    session.lttng({"stop", session.name()});  // waits until the data is on disk
    session.destroy();
    if (live) live->finish();
    if (flight) result.dumps = flight->finish();
    result.signal = SignalRelay::received();  // one that came during the teardown counts too
    return result;
}

}  // namespace wpptrace::decoder
