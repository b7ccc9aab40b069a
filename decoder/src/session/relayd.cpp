// relayd.cpp - a private lttng-relayd on loopback for `wpptrace record --live` (relayd.hpp).
#include "relayd.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "live_sessions.hpp"
#include "unique_handles.hpp"
#include "wpptrace/decoder/record.hpp"

namespace wpptrace::decoder {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* loopback = "127.0.0.1";

// A port of 127.0.0.1 that nothing listens on now: bound with port 0, read back, released.
// Another process may take it before relayd does: then relayd exits and start() tries anew.
std::array<unsigned, 3> free_loopback_ports() {
    std::array<util::UniqueFd, 3> sockets;
    std::array<unsigned, 3> ports{};
    for (std::size_t i = 0; i < sockets.size(); ++i) {
        sockets[i].reset(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (!sockets[i] ||
            ::bind(sockets[i].get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::getsockname(sockets[i].get(), reinterpret_cast<sockaddr*>(&address), &length) != 0)
            throw RecordError(
                std::string("cannot find a free port on 127.0.0.1 for lttng-relayd: ") +
                std::strerror(errno));
        ports[i] = ntohs(address.sin_port);
    }
    return ports;
}

bool accepts_connections(unsigned port) {
    util::UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return fd && ::connect(fd.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
}

// Established TCP connections whose local end is 127.0.0.1:port (/proc/net/tcp: the kernel's
// own table, so no protocol of relayd's is spoken to count its viewers).
unsigned established_connections(unsigned port) {
    std::ifstream table("/proc/net/tcp");
    std::string line;
    std::getline(table, line);  // the header
    unsigned count = 0;
    char wanted[32];
    std::snprintf(wanted, sizeof wanted, "0100007F:%04X", port);
    while (std::getline(table, line)) {
        char local[64] = {}, remote[64] = {};
        unsigned state = 0;
        if (std::sscanf(line.c_str(), " %*u: %63s %63s %x", local, remote, &state) != 3) continue;
        if (state == 1 /* TCP_ESTABLISHED */ && std::strcmp(local, wanted) == 0) ++count;
    }
    return count;
}

std::string read_all(int fd) {
    std::string text;
    char buffer[4096];
    ::lseek(fd, 0, SEEK_SET);
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, n);
    return text;
}

unsigned parse_port(const std::string& text, const std::string& url) {
    char* end = nullptr;
    errno = 0;
    unsigned long port = std::strtoul(text.c_str(), &end, 10);
    if (text.empty() || *end || errno || port == 0 || port > 65535)
        throw RecordError("--relayd " + url + ": bad port '" + text + "'");
    return static_cast<unsigned>(port);
}

}  // namespace

std::string RelaydEndpoints::session_url() const {
    return "net://" + host + ":" + std::to_string(control_port) + ":" + std::to_string(data_port);
}

std::string RelaydEndpoints::live_url(const std::string& hostname,
                                      const std::string& session) const {
    return "net://" + host + ":" + std::to_string(live_port) + "/host/" + hostname + "/" + session;
}

RelaydEndpoints parse_relayd_url(const std::string& url) {
    RelaydEndpoints endpoints;
    std::string rest;
    for (const char* scheme : {"net://", "net4://", "tcp://", "tcp4://"})
        if (url.starts_with(scheme)) rest = url.substr(std::strlen(scheme));
    if (rest.empty())
        throw RecordError("--relayd " + url +
                          ": expected net://HOST[:CONTROL_PORT[:DATA_PORT[:LIVE_PORT]]] (the relay "
                          "daemon's address; its ports default to 5342, 5343 and 5344)");
    if (!rest.empty() && rest.back() == '/') rest.pop_back();
    if (rest.find('/') != std::string::npos)
        throw RecordError("--relayd " + url + ": no path is taken, only net://HOST[:C[:D]]");
    std::string ports;
    if (rest.starts_with("[")) {  // [IPv6]
        std::size_t close = rest.find(']');
        if (close == std::string::npos) throw RecordError("--relayd " + url + ": unclosed [");
        endpoints.host = rest.substr(0, close + 1);
        ports = rest.substr(close + 1);
    } else {
        std::size_t colon = rest.find(':');
        endpoints.host = rest.substr(0, colon);
        ports = colon == std::string::npos ? "" : rest.substr(colon);
    }
    if (endpoints.host.empty()) throw RecordError("--relayd " + url + ": no host");
    if (!ports.empty()) {
        if (ports[0] != ':') throw RecordError("--relayd " + url + ": expected :PORT after host");
        ports.erase(0, 1);
        std::vector<std::string> numbers;
        for (std::size_t at = 0;;) {
            const std::size_t colon = ports.find(':', at);
            numbers.push_back(ports.substr(at, colon - at));
            if (colon == std::string::npos) break;
            at = colon + 1;
        }
        if (numbers.size() > 3)
            throw RecordError("--relayd " + url + ": at most three ports (control, data, live)");
        endpoints.control_port = parse_port(numbers[0], url);
        endpoints.data_port =
            numbers.size() > 1 ? parse_port(numbers[1], url) : endpoints.control_port + 1;
        if (numbers.size() > 2) endpoints.live_port = parse_port(numbers[2], url);
    }
    return endpoints;
}

PrivateRelayd::PrivateRelayd(const std::string& output_dir, bool verbose) {
    std::string log;
    for (int attempt = 0; attempt < 3; ++attempt)
        if (start(output_dir, verbose, log)) return;
    throw RecordError("lttng-relayd did not start on 127.0.0.1" +
                      (log.empty() ? std::string(" (is lttng-tools installed?)") : ":\n" + log));
}

PrivateRelayd::~PrivateRelayd() {
    stop();
}

bool PrivateRelayd::start(const std::string& output_dir, bool verbose, std::string& log) {
    const auto ports = free_loopback_ports();
    endpoints_.host = loopback;
    endpoints_.control_port = ports[0];
    endpoints_.data_port = ports[1];
    endpoints_.live_port = ports[2];
    auto listen = [](unsigned port) {
        return std::string("tcp://") + loopback + ":" + std::to_string(port);
    };
    const std::vector<std::string> argv = {"lttng-relayd",   "-C", listen(ports[0]), "-D",
                                           listen(ports[1]), "-L", listen(ports[2]), "-o",
                                           output_dir};
    if (verbose) {
        std::string line;
        for (const auto& a : argv) line += (line.empty() ? "" : " ") + a;
        std::fprintf(stderr, "+ %s\n", line.c_str());
    }
    // What relayd says goes to an unnamed file, shown only when it does not come up.
    char log_name[] = "/tmp/wpptrace-relayd.XXXXXX";
    util::UniqueFd log_fd(::mkostemp(log_name, O_CLOEXEC));
    if (log_fd) ::unlink(log_name);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        throw RecordError(std::string("cannot start lttng-relayd: ") + std::strerror(errno));
    if (pid == 0) {
        ::setpgid(0, 0);  // out of reach of the terminal's Ctrl-C
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) ::_exit(127);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        if (log_fd) {
            ::dup2(log_fd.get(), STDOUT_FILENO);
            ::dup2(log_fd.get(), STDERR_FILENO);
        }
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    process_ = util::ChildProcess(pid);
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    while (Clock::now() < deadline) {
        if (!process_.running()) {  // it ended: a port taken meanwhile?
            log = log_fd ? read_all(log_fd.get()) : std::string();
            return false;
        }
        if (accepts_connections(ports[0]) && accepts_connections(ports[1]) &&
            accepts_connections(ports[2]))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    log = (log_fd ? read_all(log_fd.get()) : std::string()) + "(no answer for 10 s)";
    stop();
    return false;
}

unsigned PrivateRelayd::wait_for_viewers(double seconds) const {
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(seconds));
    unsigned viewers = established_connections(endpoints_.live_port);
    while (viewers && Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        viewers = established_connections(endpoints_.live_port);
    }
    return viewers;
}

void PrivateRelayd::stop() {
    process_.terminate(std::chrono::seconds(5));
}

LiveRecording::LiveRecording(const RecordOptions& options, const std::string& trace_dir)
    : options_(options) {
    if (!options.relayd.empty()) {
        endpoints_ = parse_relayd_url(options.relayd);
        return;
    }
    relayd_ = std::make_unique<PrivateRelayd>(trace_dir, options.verbose);
    endpoints_ = relayd_->endpoints();
}

std::vector<std::string> LiveRecording::create_options() const {
    return {"--live=" + std::to_string(options_.live_timer_us),
            "--set-url=" + endpoints_.session_url()};
}

std::vector<std::string> LiveRecording::untrack_all(const std::string& session) const {
    return {"untrack", "-u", "-s", session, "--vpid", "--all"};
}

std::vector<std::string> LiveRecording::track(const std::string& session, pid_t pid) const {
    return {"track", "-u", "-s", session, "--vpid=" + std::to_string(pid)};
}

std::vector<std::string> LiveRecording::gated(const std::vector<std::string>& command) const {
    // `read` returns at the gate's end of file; fd 3 is closed before the command runs.
    std::vector<std::string> argv = {"sh", "-c", "read -r _ <&3; exec 3<&-; exec \"$@\"", "sh"};
    argv.insert(argv.end(), command.begin(), command.end());
    return argv;
}

LiveRecording::Gate LiveRecording::open_gate() const {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw RecordError(std::string("cannot create a pipe: ") + std::strerror(errno));
    Gate gate{util::UniqueFd(fds[0]), util::UniqueFd(fds[1])};
    if (gate.command_end.get() == 3) {  // dup2(3, 3) would keep close-on-exec
        gate.command_end.reset(::fcntl(fds[0], F_DUPFD_CLOEXEC, 10));
        if (!gate.command_end) throw RecordError("cannot create a pipe");
    }
    return gate;
}

std::string LiveRecording::live_url(const std::string& session) const {
    char hostname[256] = {};
    ::gethostname(hostname, sizeof hostname - 1);  // the session daemon's, as relayd names it
    return endpoints_.live_url(hostname, session);
}

void LiveRecording::wait_for_viewer(const std::string& session,
                                    const std::function<bool()>& give_up) const {
    const std::string relayd =
        "net://" + endpoints_.host + ":" + std::to_string(endpoints_.live_port);
    const std::string url = live_url(session);
    std::fprintf(stderr,
                 "wpptrace record: waiting for a viewer to attach before running the command\n");
    while (!give_up() && babeltrace::attached_viewers(relayd, url) <= 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

void LiveRecording::finish() {
    if (!relayd_) return;
    if (relayd_->wait_for_viewers(0.2) != 0) {
        std::fprintf(stderr,
                     "wpptrace record: waiting up to %g s for the live viewers to read the end "
                     "of the session\n",
                     options_.viewer_grace_s);
        if (unsigned left = relayd_->wait_for_viewers(options_.viewer_grace_s))
            std::fprintf(stderr,
                         "wpptrace record: %u live viewer%s still connected: stopping "
                         "lttng-relayd anyway\n",
                         left, left == 1 ? "" : "s");
    }
    relayd_->stop();
}

}  // namespace wpptrace::decoder
