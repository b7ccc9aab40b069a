// record.cpp - an LTTng session around a command, through the lttng CLI.
#include "wpptrace/decoder/record.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "unique_handles.hpp"

extern char** environ;

namespace wpptrace::decoder {
namespace {

struct ProcessResult {
    int status = -1;  // exit status, 128 + signal when killed
    std::string output;
};

// Runs argv with extra environment entries; captures stdout+stderr when `capture`.
ProcessResult run(const std::vector<std::string>& argv, const std::vector<std::string>& env_extra,
                  bool capture) {
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
    if (capture) {
        int pipe_fds[2];
        if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw RecordError("cannot create a pipe");
        read_end.reset(pipe_fds[0]);
        write_end.reset(pipe_fds[1]);
        posix_spawn_file_actions_adddup2(&actions, write_end.get(), 1);
        posix_spawn_file_actions_adddup2(&actions, write_end.get(), 2);
    }
    // The child gets default signal handling back: record() ignores SIGINT while it waits.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ProcessResult result;
    write_end.reset();  // the child's copies are the pipe's last writers: EOF when it ends
    if (rc != 0) throw RecordError("cannot run " + argv[0] + ": " + std::strerror(rc));
    util::ChildProcess child(pid);  // killed and reaped if reading its output throws
    if (capture) {
        char buffer[4096];
        ssize_t n;
        while ((n = read(read_end.get(), buffer, sizeof buffer)) > 0)
            result.output.append(buffer, n);
        read_end.reset();
    }
    int status = child.wait();
    if (status == -1) status = 0;  // reaped by someone else: nothing known, as before
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

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
    void create(const std::string& output) {
        lttng({"create", name_, "--output=" + output});
        created_ = true;
    }
    void lttng(std::vector<std::string> args) {
        args.insert(args.begin(), "--no-sessiond");
        args.insert(args.begin(), "lttng");
        if (options_.verbose) {
            std::string line;
            for (const auto& a : args) line += (line.empty() ? "" : " ") + a;
            std::fprintf(stderr, "+ %s\n", line.c_str());
        }
        ProcessResult r = run(args, {}, true);
        if (r.status != 0) {
            std::string what = "`lttng " + args[2] + "` failed";
            if (r.output.find("No session daemon") != std::string::npos ||
                r.output.find("No session daemon is available") != std::string::npos)
                what +=
                    ": no LTTng session daemon is running (start `lttng-sessiond --daemonize`"
                    " or run under scripts/with-private-lttng)";
            else
                what += ":\n" + r.output;
            throw RecordError(what);
        }
    }
    const std::string& name() const { return name_; }

  private:
    const RecordOptions& options_;
    std::string name_;
    bool created_ = false;
};

std::string default_output() {
    char stamp[32];
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    return std::filesystem::absolute(std::string("wpptrace-") + stamp).string();
}

bool plain_name(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
              c == '*'))
            return false;
    return true;
}

}  // namespace

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
        if (!plain_name(driver)) throw RecordError("bad driver name '" + driver + "'");
    std::string flags = options.flags;
    for (char c : flags)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '|'))
            throw RecordError("bad flags '" + flags + "' (want NAME|NAME or 0xMASK)");
    std::string loglevel = options.level.empty() ? "" : lttng_loglevel_for(options.level);

    RecordResult result;
    result.trace_dir = options.output.empty() ? default_output()
                                              : std::filesystem::absolute(options.output).string();
    Session session(options, options.session.empty() ? "wpptrace-" + std::to_string(getpid())
                                                     : options.session);
    session.create(result.trace_dir);
    const std::string channel = "wpp";
    session.lttng({"enable-channel", "-u", "-s", session.name(), "--subbuf-size",
                   std::to_string(options.subbuffer_bytes), "--num-subbuf",
                   std::to_string(options.subbuffers), channel});
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
    session.lttng({"enable-event", "-u", "-s", session.name(), "-c", channel, "wpp_catalog:*"});
    session.lttng({"add-context", "-u", "-s", session.name(), "-c", channel, "-t", "vpid", "-t",
                   "vtid", "-t", "procname"});
    session.lttng({"start", session.name()});

    // The WPP selection, for the runtime's gate: MODULE:LEVEL:FLAGS per driver.
    std::string level_field = options.level.empty() ? "" : options.level;
    std::string control;
    for (const auto& driver :
         options.drivers.empty() ? std::vector<std::string>{"*"} : options.drivers)
        control += (control.empty() ? "" : ";") + driver + ":" + level_field + ":" + flags;
    std::vector<std::string> env;
    if (!options.drivers.empty() || !options.level.empty() || !flags.empty())
        env.push_back("WPPTRACE_CONTROL=" + control);

    struct sigaction ignore {
    }, old_int{}, old_term{};
    ignore.sa_handler = SIG_IGN;  // Ctrl-C reaches the command; the session still gets stopped
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGTERM, &ignore, &old_term);
    ProcessResult command;
    try {
        command = run(options.command, env, false);
    } catch (...) {
        sigaction(SIGINT, &old_int, nullptr);
        sigaction(SIGTERM, &old_term, nullptr);
        throw;
    }
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGTERM, &old_term, nullptr);
    result.command_status = command.status;
    session.lttng({"stop", session.name()});  // waits until the data is on disk
    return result;
}

}  // namespace wpptrace::decoder
