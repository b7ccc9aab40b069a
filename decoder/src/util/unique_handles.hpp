// unique_handles.hpp - owners of C handles, one small set for the whole decoder: a file
// descriptor, a child process, and any C object released by one function (babeltrace2's
// *_put_ref, bt_error_release). Each closes, reaps or releases what it owns exactly once,
// however its scope is left; none reports the release's own failure. (An output file, whose
// fclose() can fail and must be reported, is owned by OutputFile: output_dir.hpp.)
#pragma once

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <memory>
#include <thread>
#include <utility>

namespace wpptrace::decoder::util {

// A C object released by calling `Release` on it: UniqueRef<bt_graph, bt_graph_put_ref>.
template <auto Release>
struct CallRelease {
    template <class T>
    void operator()(T* handle) const noexcept {
        Release(handle);
    }
};
template <class T, auto Release>
using UniqueRef = std::unique_ptr<T, CallRelease<Release>>;

// A file descriptor, closed when it goes.
class UniqueFd {
  public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) reset(other.release());
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }
    int release() { return std::exchange(fd_, -1); }
    void reset(int fd = -1) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = fd;
    }

  private:
    int fd_ = -1;
};

// A child process. However its owner leaves (an exception included), a child not yet waited for
// is killed and reaped, never left running or as a zombie.
class ChildProcess {
  public:
    explicit ChildProcess(pid_t pid = -1) : pid_(pid) {}
    ~ChildProcess() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            wait();
        }
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ChildProcess(ChildProcess&& other) noexcept : pid_(std::exchange(other.pid_, -1)) {}
    ChildProcess& operator=(ChildProcess&& other) noexcept {
        if (this != &other) {
            if (pid_ > 0) {
                ::kill(pid_, SIGKILL);
                wait();
            }
            pid_ = std::exchange(other.pid_, -1);
        }
        return *this;
    }

    void signal(int sig) {
        if (pid_ > 0) ::kill(pid_, sig);
    }
    // Whether it still runs; one that ended is reaped (false from then on).
    bool running() {
        int status = 0;
        if (pid_ <= 0) return false;
        const pid_t r = ::waitpid(pid_, &status, WNOHANG);
        if (r == 0 || (r < 0 && errno == EINTR)) return true;
        pid_ = -1;
        return false;
    }
    // Asks it to end (SIGTERM); kills it (SIGKILL) if it still runs after `grace`; reaped.
    void terminate(std::chrono::milliseconds grace) {
        signal(SIGTERM);
        const auto deadline = std::chrono::steady_clock::now() + grace;
        while (running() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (running()) signal(SIGKILL);
        wait();
    }
    // Its wait status; -1 when it is unknown (someone else reaped it).
    int wait() {
        int status = -1;
        while (pid_ > 0 && ::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
        return status;
    }

  private:
    pid_t pid_;
};

}  // namespace wpptrace::decoder::util
