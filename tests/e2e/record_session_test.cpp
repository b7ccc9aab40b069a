// `wpptrace record` never passes a failure for success and never leaves a session behind
// (issue 13, item 4): Ctrl-C during the teardown, SIGTERM and SIGINT passed on to the command,
// an output directory that already holds a trace, and driver or flag names that no module
// declared.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "e2e_test.hpp"

extern char** environ;

namespace wpptrace::testing {
namespace {

const std::string serial = SERIAL_DRIVER;
const std::string tracedrv = TRACEDRV_DRIVER;

bool await_file(const std::string& path, std::chrono::seconds limit = std::chrono::seconds(20)) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!std::filesystem::exists(path)) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

// `wpptrace record ARGS`, started as a shell starts a job: in a process group of its own (so
// that a signal to the group is what a terminal's Ctrl-C sends), with default signal handling,
// its stderr in a file and PATH led by `path_first` (a stand-in lttng).
class RecordJob {
  public:
    RecordJob(const std::vector<std::string>& args, const std::string& stderr_path,
              const std::string& path_first = "") {
        std::vector<std::string> argv = {tool, "record"};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<char*> c_argv;
        for (auto& a : argv) c_argv.push_back(a.data());
        c_argv.push_back(nullptr);
        std::vector<std::string> env;
        for (char** e = environ; *e; ++e) {
            std::string entry = *e;
            if (!path_first.empty() && entry.starts_with("PATH="))
                entry.insert(5, path_first + ":");
            env.push_back(entry);
        }
        std::vector<char*> c_env;
        for (auto& e : env) c_env.push_back(e.data());
        c_env.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 2, stderr_path.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t defaults;
        sigemptyset(&defaults);
        for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&defaults, sig);
        posix_spawnattr_setsigdefault(&attributes, &defaults);
        posix_spawnattr_setpgroup(&attributes, 0);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
        if (posix_spawnp(&pid_, c_argv[0], &actions, &attributes, c_argv.data(), c_env.data()) != 0)
            pid_ = -1;
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    ~RecordJob() {
        if (pid_ > 0) {
            ::kill(-pid_, SIGKILL);
            wait();
        }
    }
    bool started() const { return pid_ > 0; }
    void signal_group(int sig) const { ::kill(-pid_, sig); }  // as the terminal does
    void signal_alone(int sig) const { ::kill(pid_, sig); }   // as `kill PID` does
    // Exit status, 128 + signal when killed.
    int wait() {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }

  private:
    pid_t pid_ = -1;
};

std::string sessions() {
    return run({"lttng", "--no-sessiond", "list"}).stdout_text;
}

// A stand-in `lttng` in DIR/bin that, asked to stop a session, says so in DIR/stopping and takes
// two seconds before it does: time for a second Ctrl-C to arrive during the teardown.
std::string slow_stopping_lttng(const TempDir& dir) {
    Output real = run({"sh", "-c", "command -v lttng"});
    std::string real_lttng = lines_of(real.stdout_text).at(0);
    std::filesystem::create_directories(dir / "bin");
    std::string wrapper = dir / "bin/lttng";
    std::ofstream(wrapper) << "#!/bin/sh\nfor a; do [ \"$a\" = stop ] && { touch '"
                           << dir / "stopping"
                           << "'; sleep 2; }; done\nexec '" << real_lttng << "' \"$@\"\n";
    std::filesystem::permissions(wrapper, std::filesystem::perms::owner_all);
    return dir / "bin";
}

// Ctrl-C ends the command; a second and a third while `lttng stop` works are deferred, and the
// session is stopped and destroyed all the same. The lttng commands, in a process group of
// their own, are out of the terminal's reach.
TEST(RecordSession, SecondCtrlCDuringTeardownStillDestroysTheSession) {
    TempDir dir;
    const std::string bin = slow_stopping_lttng(dir);
    RecordJob job({"-s", "wpptest-teardown", "-o", dir / "trace", "--", "sh", "-c",
                   "touch '" + dir / "running" + "'; exec sleep 30"},
                  dir / "stderr", bin);
    ASSERT_TRUE(job.started());
    ASSERT_TRUE(await_file(dir / "running"));
    job.signal_group(SIGINT);  // Ctrl-C: the command ends
    ASSERT_TRUE(await_file(dir / "stopping"));
    job.signal_group(SIGINT);  // a second Ctrl-C while the session is being stopped
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    job.signal_group(SIGINT);
    const int status = job.wait();
    const std::string err = read_file(dir / "stderr");
    EXPECT_EQ(status, 130) << err;
    EXPECT_TRUE(contains(err, "SIGINT deferred: the session is being stopped and destroyed"))
        << err;
    EXPECT_TRUE(contains(err, "trace written to")) << err;
    EXPECT_FALSE(contains(sessions(), "wpptest-teardown")) << sessions();
    run({"lttng", "--no-sessiond", "destroy", "wpptest-teardown"});  // should the test fail
}

// A signal sent to `record` alone (kill PID) reaches the command, which ends as it chooses; the
// session is then stopped and destroyed, and record exits 128 + the signal.
void expect_signal_passed_on(int sig, const std::string& sig_name) {
    TempDir dir;
    const std::string session = "wpptest-" + sig_name;
    // The command notes the signal and exits; without it, it would end by itself in 10 s.
    std::string command = "trap 'echo " + sig_name + " > \"" + dir / "got" + "\"; exit 0' " +
                          sig_name + "; touch '" + dir / "running" +
                          "'; i=0; while [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done";
    RecordJob job({"-s", session, "-o", dir / "trace", "--", "sh", "-c", command}, dir / "stderr");
    ASSERT_TRUE(job.started());
    ASSERT_TRUE(await_file(dir / "running"));
    job.signal_alone(sig);
    const int status = job.wait();
    const std::string err = read_file(dir / "stderr");
    EXPECT_EQ(status, 128 + sig) << err;
    EXPECT_EQ(read_file(dir / "got"), sig_name + "\n") << err;
    EXPECT_TRUE(contains(err, sig_name + ": stopping and destroying the session")) << err;
    EXPECT_TRUE(contains(err, "trace written to")) << err;
    EXPECT_FALSE(contains(sessions(), session)) << sessions();
    run({"lttng", "--no-sessiond", "destroy", session});
}

TEST(RecordSession, SigtermIsPassedOnToTheCommandAndTheSessionDestroyed) {
    expect_signal_passed_on(SIGTERM, "TERM");
}

TEST(RecordSession, SigintSentToRecordAloneIsPassedOnToTheCommand) {
    expect_signal_passed_on(SIGINT, "INT");
}

Output record(const std::string& trace, std::vector<std::string> options,
              std::vector<std::string> command) {
    std::vector<std::string> argv = {tool, "record", "-o", trace};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.push_back("--");
    argv.insert(argv.end(), command.begin(), command.end());
    return run(argv);
}

Output decode_text(const std::string& trace) {
    return run({tool, "decode", "--noprefix", "--no-summary", trace});
}

// A second recording into the same -o is refused (exit 125, record's own failure) and the first
// trace stays as it was; a file is refused too; a new or empty directory is taken.
TEST(RecordSession, OutputThatHoldsATraceIsRefused) {
    TempDir dir;
    ASSERT_EQ(record(dir / "trace", {}, {host, tracedrv}).status, 0);
    const Output first = decode_text(dir / "trace");
    ASSERT_EQ(first.status, 0) << describe(first);
    ASSERT_TRUE(contains(first.stdout_text, "Hello, World")) << describe(first);

    Output again = record(dir / "trace", {}, {host, serial});
    EXPECT_EQ(again.status, 125) << describe(again);
    EXPECT_TRUE(contains(again.stderr_text, "wpptrace record: " + dir / "trace" +
                                                " is not empty (a trace recorded before?)"))
        << describe(again);
    EXPECT_EQ(decode_text(dir / "trace").stdout_text, first.stdout_text);

    std::ofstream(dir / "file") << "x";
    Output file = record(dir / "file", {}, {"true"});
    EXPECT_EQ(file.status, 125) << describe(file);
    EXPECT_TRUE(contains(file.stderr_text, "exists and is not a directory")) << describe(file);
    EXPECT_EQ(read_file(dir / "file"), "x");

    std::filesystem::create_directory(dir / "empty");
    Output empty = record(dir / "empty", {}, {host, tracedrv});
    EXPECT_EQ(empty.status, 0) << describe(empty);
}

// A driver name no module has: a warning with the names seen and the near one; exit 0.
TEST(RecordSession, UnknownDriverIsWarnedAboutWithTheNamesSeen) {
    TempDir dir;
    Output rec = record(dir / "trace", {"--driver", "tracdrv"}, {host, serial, tracedrv});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    EXPECT_TRUE(
        contains(rec.stderr_text,
                 "wpptrace record: warning: no driver named tracdrv traced (drivers seen: "))
        << describe(rec);
    EXPECT_TRUE(contains(rec.stderr_text, "Serial")) << describe(rec);
    EXPECT_TRUE(contains(rec.stderr_text, "); did you mean tracedrv?")) << describe(rec);
}

// Flag names none of the traced drivers declares: one warning each, the near one suggested;
// the declared ones (DBG_INIT is bit 0, the first of the controls text) pass.
TEST(RecordSession, UnknownFlagIsWarnedAboutWithTheNearestName) {
    TempDir dir;
    Output rec =
        record(dir / "trace", {"--driver", "Serial", "--flags", "DBG_INIT|DBG_NOPE|DBG_INTI"},
               {host, serial, tracedrv});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    EXPECT_TRUE(contains(rec.stderr_text,
                         "wpptrace record: warning: no flag named DBG_NOPE declared by Serial "
                         "(flags seen: DBG_INIT, DBG_PNP, DBG_POWER, "))
        << describe(rec);
    EXPECT_TRUE(
        contains(rec.stderr_text, "no flag named DBG_INTI declared by Serial (flags seen: "))
        << describe(rec);
    EXPECT_TRUE(contains(rec.stderr_text, "); did you mean DBG_INIT?")) << describe(rec);
    EXPECT_FALSE(contains(rec.stderr_text, "no flag named DBG_INIT ")) << describe(rec);
    std::size_t warnings = 0;
    for (const auto& line : lines_of(rec.stderr_text)) warnings += contains(line, "warning:");
    EXPECT_EQ(warnings, 2u) << describe(rec);
}

// Names that exist give no warning (TRACELEVELONE is tracedrv's bit 0).
TEST(RecordSession, KnownDriverAndFlagGiveNoWarning) {
    TempDir dir;
    Output rec = record(dir / "trace", {"--driver", "tracedrv", "--flags", "TRACELEVELONE"},
                        {host, serial, tracedrv});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    EXPECT_FALSE(contains(rec.stderr_text, "wpptrace record: warning")) << describe(rec);
}

// record's exit status as timeout(1) gives it (issue 16): the command's own status comes back
// unchanged, 2 included; record's own failures are 125, a command that cannot be run 126, one
// that does not exist 127, a signal 128 + N.
TEST(RecordSession, ExitStatusTellsTheCommandsFromRecordsOwn) {
    TempDir dir;
    for (int status : {0, 1, 2, 3}) {
        Output out = record(dir / ("exit" + std::to_string(status)), {},
                            {"sh", "-c", "exit " + std::to_string(status)});
        EXPECT_EQ(out.status, status) << describe(out);
        EXPECT_TRUE(contains(out.stderr_text, "trace written to")) << describe(out);
    }
    Output killed = record(dir / "killed", {}, {"sh", "-c", "kill -TERM $$"});
    EXPECT_EQ(killed.status, 128 + 15) << describe(killed);

    Output missing = record(dir / "missing", {}, {dir / "no-such-command"});
    EXPECT_EQ(missing.status, 127) << describe(missing);
    EXPECT_TRUE(contains(missing.stderr_text, "cannot run " + dir / "no-such-command"))
        << describe(missing);

    const std::string not_executable = dir / "script.sh";
    std::ofstream(not_executable) << "#!/bin/sh\nexit 0\n";
    ::chmod(not_executable.c_str(), 0644);
    Output denied = record(dir / "denied", {}, {not_executable});
    EXPECT_EQ(denied.status, 126) << describe(denied);

    std::ofstream(dir / "file") << "x";
    Output own = record(dir / "file", {}, {"true"});
    EXPECT_EQ(own.status, 125) << describe(own);
    Output usage = run({tool, "record", "--level", "LOUD", "--", "true"});
    EXPECT_EQ(usage.status, 125) << describe(usage);
    EXPECT_TRUE(contains(usage.stderr_text, "unknown level 'LOUD'")) << describe(usage);
}

}  // namespace
}  // namespace wpptrace::testing
