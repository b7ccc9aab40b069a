#include "process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace wpptrace::testing {

Output run(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC)) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    pid_t pid;
    int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    close(err[1]);
    Output result;
    if (rc != 0) {
        close(out[0]);
        close(err[0]);
        result.stderr_text = "cannot run " + argv[0];
        return result;
    }
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    std::string* texts[2] = {&result.stdout_text, &result.stderr_text};
    int open_fds = 2;
    while (open_fds > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            char buffer[65536];
            ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                texts[i]->append(buffer, n);
            } else {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_fds;
            }
        }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

std::string describe(const Output& o) {
    return "exit " + std::to_string(o.status) + "\nstdout:\n" + o.stdout_text + "\nstderr:\n" +
           o.stderr_text;
}

TempDir::TempDir() {
    char pattern[] = "/tmp/wpptest.XXXXXX";
    if (!mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

namespace {
// `pattern` with `<*>` wildcards against `text`.
bool matches(const std::string& pattern, const std::string& text) {
    std::size_t star = pattern.find("<*>");
    if (star == std::string::npos) return pattern == text;
    if (text.compare(0, star, pattern, 0, star) != 0) return false;
    std::string rest = pattern.substr(star + 3);
    for (std::size_t i = star; i <= text.size(); ++i)
        if (matches(rest, text.substr(i))) return true;
    return false;
}
}  // namespace

std::string compare_with_golden(const std::string& actual, const std::string& golden) {
    auto a = lines_of(actual), g = lines_of(golden);
    std::string diff;
    for (std::size_t i = 0; i < std::max(a.size(), g.size()); ++i) {
        const std::string* al = i < a.size() ? &a[i] : nullptr;
        const std::string* gl = i < g.size() ? &g[i] : nullptr;
        if (al && gl && matches(*gl, *al)) continue;
        diff += "line " + std::to_string(i + 1) + ":\n  expected: " + (gl ? *gl : "<end>") +
                "\n  actual:   " + (al ? *al : "<end>") + "\n";
    }
    return diff;
}

}  // namespace wpptrace::testing
