// live_test.cpp - `wpptrace record --live` with its private lttng-relayd on loopback, and
// `wpptrace decode --live` reading it through babeltrace2's src.ctf.lttng-live (issue 14 item 2):
// a line is printed while its driver still runs, the decode ends by itself with the session, and
// Ctrl-C ends it cleanly; every output format, and -o files that grow.
//
// `record --wait-viewer` runs the host once the viewer has attached (babeltrace2 reads a live
// session from where it stands when it attaches), so it sees the catalog events of
// WPP_INIT_TRACING. live_driver traces a line in its read callback, then waits
// for a RELEASE file that the test creates only once it has seen that line.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>
#include <thread>

#include "e2e_test.hpp"

extern char** environ;

namespace wpptrace::testing {
namespace {

using Clock = std::chrono::steady_clock;

const std::string live_driver = LIVE_DRIVER;

// A program running in the background with stdout and stderr in files; killed and reaped if the
// test leaves before it ended.
class Background {
  public:
    Background(const std::vector<std::string>& argv, const std::string& out, const std::string& err)
        : out_(out), err_(err) {
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        if (posix_spawnp(&pid_, args[0], &actions, nullptr, args.data(), environ) != 0) pid_ = -1;
        posix_spawn_file_actions_destroy(&actions);
    }
    ~Background() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            wait(std::chrono::seconds(5));
        }
    }
    Background(const Background&) = delete;
    Background& operator=(const Background&) = delete;

    bool running() {
        if (pid_ <= 0) return false;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) != pid_) return true;
        pid_ = -1;
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return false;
    }
    // The exit status once it ended within `limit`; -1 if it still runs.
    int wait(Clock::duration limit) {
        const auto deadline = Clock::now() + limit;
        while (running() && Clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return running() ? -1 : status_;
    }
    void signal(int sig) {
        if (pid_ > 0) ::kill(pid_, sig);
    }
    std::string out() const { return read_file(out_); }
    std::string err() const { return read_file(err_); }
    std::string describe() const { return "stdout:\n" + out() + "\nstderr:\n" + err(); }

  private:
    std::string out_, err_;
    pid_t pid_ = -1;
    int status_ = -1;
};

void touch(const std::string& path) {
    std::ofstream file(path);
}

bool eventually(const std::function<bool()>& condition,
                Clock::duration limit = std::chrono::seconds(20)) {
    const auto deadline = Clock::now() + limit;
    while (!condition()) {
        if (Clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

// One live recording of live_driver, watched by one `wpptrace decode --live` with `decode_args`.
class LiveRun {
  public:
    // `relayd`: record's --relayd (a relay daemon of the test's); empty: record's private one.
    explicit LiveRun(std::vector<std::string> decode_args, const std::string& relayd = "")
        : decode_args_(std::move(decode_args)) {
        std::ofstream(dir_ / "run.json")
            << R"({ "callback_timeout_ms": 60000, "io_timeout_ms": 60000, "drivers": [{ "path": ")"
            << live_driver << R"(", "name": "LiveDrv" }], "devices": [{ "name": "live0", )"
            << R"("driver": "LiveDrv", "workload": { "threads": 1, "requests": [)"
            << R"({ "type": "read", "count": 1, "length": 8 }] } }] })";
        // The host starts once the viewer has attached (--wait-viewer); RELEASE lets the
        // driver's read callback go on.
        record_ = std::make_unique<Background>(
            std::vector<std::string>{
                tool, "record", "--live", "--wait-viewer", "--live-timer", "100000",
                relayd.empty() ? "-o" : "--relayd", relayd.empty() ? dir_ / "trace" : relayd, "--",
                "env", "LIVE_DRIVER_RELEASE=" + release(), host, "--config", dir_ / "run.json"},
            dir_ / "record.out", dir_ / "record.err");
    }
    ~LiveRun() { touch(release()); }  // however the test ends, the driver goes on to its end

    // The live URL record printed, with the viewer started on it; "" on failure.
    std::string start_viewer() {
        std::smatch match;
        const std::regex url_pattern("live at (net://127\\.0\\.0\\.1:[0-9]+/host/[^ ]+)");
        std::string err;
        if (!eventually([&] {
                err = record_->err();
                return std::regex_search(err, match, url_pattern) || !record_->running();
            }) ||
            match.empty())
            return "";
        const std::string url = match[1];
        std::vector<std::string> argv = {tool, "decode", "--live", url};
        argv.insert(argv.end(), decode_args_.begin(), decode_args_.end());
        decode_ = std::make_unique<Background>(argv, dir_ / "decode.out", dir_ / "decode.err");
        return url;
    }

    void release_driver() { touch(release()); }
    Background& record() { return *record_; }
    Background& decode() { return *decode_; }
    const TempDir& dir() const { return dir_; }

  private:
    std::string release() const { return dir_ / "RELEASE"; }

    TempDir dir_;
    std::vector<std::string> decode_args_;
    std::unique_ptr<Background> record_, decode_;
};

constexpr auto first_line = "waiting to be released, read of 8 bytes";

std::string run_text(const std::vector<std::string>& argv) {
    return run(argv).stdout_text;
}

// The trace the private relayd wrote under record's -o, decoded offline.
Output run_offline(const LiveRun& live) {
    return run({tool, "decode", "--noprefix", live.dir() / "trace"});
}

// The listening sockets of the lttng-relayd that listens on `port` (ss -ltnp: its lines).
std::vector<std::string> relayd_listeners(unsigned port) {
    const std::vector<std::string> all = lines_of(run_text({"ss", "-ltnpH"}));
    std::string owner;
    const std::regex pid_pattern("\\(\"lttng-relayd\",pid=([0-9]+),");
    for (const auto& line : all) {
        std::smatch match;
        if (contains(line, ":" + std::to_string(port) + " ") &&
            std::regex_search(line, match, pid_pattern))
            owner = "pid=" + match[1].str() + ",";
    }
    std::vector<std::string> mine;
    for (const auto& line : all)
        if (!owner.empty() && contains(line, owner)) mine.push_back(line);
    return mine;
}

// The whole run in one format: the first line while the driver waits, then the rest, and the
// decode's own end with the session.
void watch_to_the_end(const std::vector<std::string>& format_args,
                      const std::function<void(const LiveRun&, const std::string&)>& check) {
    LiveRun run(format_args);
    ASSERT_NE(run.start_viewer(), "") << run.record().describe();
    ASSERT_TRUE(eventually([&] { return contains(run.decode().out(), first_line); }))
        << run.decode().describe() << run.record().describe();
    // The driver is still in its read callback: it cannot go on before RELEASE exists.
    EXPECT_TRUE(run.record().running());
    EXPECT_FALSE(contains(run.decode().out(), "released\n") ||
                 contains(run.decode().out(), "released\""));
    run.release_driver();
    EXPECT_EQ(run.record().wait(std::chrono::seconds(30)), 0) << run.record().describe();
    // The session is gone: the decode ends by itself, with its summary.
    const int status = run.decode().wait(std::chrono::seconds(20));
    EXPECT_EQ(status, 0) << run.decode().describe() << run.record().describe();
    check(run, run.decode().out());
}

TEST(Live, TextLineIsPrintedWhileItsDriverRunsAndTheDecodeEndsWithTheSession) {
    watch_to_the_end({"--noprefix"}, [](const LiveRun& run, const std::string& out) {
        EXPECT_EQ(lines_of(out), (std::vector<std::string>{"loaded", std::string(first_line),
                                                           "released", "unloading"}))
            << out;
        const std::string err = read_file(run.dir() / "decode.err");
        EXPECT_TRUE(contains(err, "Processing completed   Events: 4, EventsLost: 0")) << err;
        // The relayd's copy of the session decodes offline to the same lines.
        Output offline = run_offline(run);
        EXPECT_EQ(offline.stdout_text, out) << describe(offline);
    });
}

// Guide pitfall 13: another LTTng-UST application, with no wpp events, registered before the
// traced one. Only the command's process is tracked, so the live reader sees the usual session
// (without the tracking, babeltrace2 2.0.4 read nothing and lost the connection here).
TEST(Live, ForeignApplicationRegisteredFirstDoesNotDisturbTheLiveDecode) {
    TempDir scratch;
    Background foreign({FOREIGN_UST_APP, "20"}, scratch / "foreign.out", scratch / "foreign.err");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // it registers at its start
    ASSERT_TRUE(foreign.running()) << foreign.describe();
    watch_to_the_end({"--noprefix"}, [](const LiveRun&, const std::string& out) {
        EXPECT_EQ(lines_of(out), (std::vector<std::string>{"loaded", std::string(first_line),
                                                           "released", "unloading"}))
            << out;
    });
}

TEST(Live, CsvRowsComeLiveWithTheHeaderFirst) {
    watch_to_the_end({"--csv"}, [](const LiveRun&, const std::string& out) {
        std::vector<std::string> rows = lines_of(out);
        ASSERT_EQ(rows.size(), 5u) << out;
        EXPECT_TRUE(contains(rows[2], first_line)) << out;
        EXPECT_TRUE(contains(rows[4], "unloading")) << out;
    });
}

TEST(Live, JsonLinesComeLiveAndEndWithTheSummary) {
    watch_to_the_end({"--json"}, [](const LiveRun&, const std::string& out) {
        std::vector<std::string> rows = lines_of(out);
        ASSERT_EQ(rows.size(), 5u) << out;
        EXPECT_TRUE(contains(rows[1], first_line)) << out;
        EXPECT_TRUE(contains(rows[4], "\"type\":\"summary\"")) << out;
        EXPECT_TRUE(contains(rows[4], "\"events\":4")) << out;
    });
}

TEST(Live, OutputDirectoryFilesGrowWhileTheDriverRuns) {
    TempDir out;
    const std::string dir = out / "decoded";
    LiveRun run({"--noprefix", "-o", dir});
    ASSERT_NE(run.start_viewer(), "") << run.record().describe();
    ASSERT_TRUE(eventually([&] { return contains(read_file(dir + "/LiveDrv.log"), first_line); }))
        << run.decode().describe();
    EXPECT_TRUE(contains(read_file(dir + "/merged.log"), first_line));
    EXPECT_FALSE(std::filesystem::exists(dir + "/summary.txt"));  // not finished yet
    EXPECT_TRUE(run.record().running());
    run.release_driver();
    EXPECT_EQ(run.record().wait(std::chrono::seconds(30)), 0) << run.record().describe();
    EXPECT_EQ(run.decode().wait(std::chrono::seconds(20)), 0) << run.decode().describe();
    EXPECT_EQ(lines_of(read_file(dir + "/LiveDrv.log")).size(), 4u);
    EXPECT_TRUE(contains(read_file(dir + "/summary.txt"), "Events: 4"));
}

TEST(Live, CtrlCEndsTheLiveDecodeCleanlyWithTheSummary) {
    LiveRun run({"--noprefix"});
    ASSERT_NE(run.start_viewer(), "") << run.record().describe();
    ASSERT_TRUE(eventually([&] { return contains(run.decode().out(), first_line); }))
        << run.decode().describe();
    run.decode().signal(SIGINT);
    EXPECT_EQ(run.decode().wait(std::chrono::seconds(10)), 0) << run.decode().describe();
    const std::string err = run.decode().err();
    EXPECT_TRUE(contains(err, "stopped by SIGINT before the session ended")) << err;
    EXPECT_TRUE(contains(err, "Processing completed   Events: 2")) << err;
    EXPECT_EQ(lines_of(run.decode().out()),
              (std::vector<std::string>{"loaded", std::string(first_line)}));
    run.release_driver();
    EXPECT_EQ(run.record().wait(std::chrono::seconds(30)), 0) << run.record().describe();
}

TEST(Live, PrivateRelaydListensOnLoopbackOnlyAndIsGoneAfterwards) {
    LiveRun run({"--noprefix"});
    ASSERT_NE(run.start_viewer(), "") << run.record().describe();
    std::smatch match;
    const std::string err = run.record().err();
    ASSERT_TRUE(std::regex_search(err, match, std::regex("127\\.0\\.0\\.1:([0-9]+)/host")));
    const unsigned port = static_cast<unsigned>(std::stoul(match[1]));
    EXPECT_NE(port, 5344u);  // never the default ports
    // Every listening socket of that relayd (control, data, live) is on 127.0.0.1.
    const std::vector<std::string> listening = relayd_listeners(port);
    EXPECT_EQ(listening.size(), 3u);
    for (const auto& line : listening) EXPECT_TRUE(contains(line, " 127.0.0.1:")) << line;
    run.release_driver();
    EXPECT_EQ(run.record().wait(std::chrono::seconds(30)), 0) << run.record().describe();
    EXPECT_EQ(run.decode().wait(std::chrono::seconds(20)), 0) << run.decode().describe();
    EXPECT_TRUE(relayd_listeners(port).empty());
}

// Three ports of 127.0.0.1 that nothing listens on now.
std::vector<unsigned> free_ports() {
    std::vector<int> sockets;
    std::vector<unsigned> ports;
    for (int i = 0; i < 3; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
        ports.push_back(ntohs(address.sin_port));
        sockets.push_back(fd);
    }
    for (int fd : sockets) ::close(fd);
    return ports;
}

// --relayd: the session streams to a relay daemon of the user's (here the test's, on loopback),
// which writes the trace and keeps running after record.
TEST(Live, RecordStreamsToTheRelaydItIsGiven) {
    TempDir own;
    const std::vector<unsigned> ports = free_ports();
    auto at = [&](unsigned port) { return "tcp://127.0.0.1:" + std::to_string(port); };
    Background relayd({"lttng-relayd", "-C", at(ports[0]), "-D", at(ports[1]), "-L", at(ports[2]),
                       "-o", own / "relayd"},
                      own / "relayd.out", own / "relayd.err");
    ASSERT_TRUE(eventually([&] { return relayd_listeners(ports[2]).size() == 3; }))
        << relayd.describe();
    const std::string url = "net://127.0.0.1:" + std::to_string(ports[0]) + ":" +
                            std::to_string(ports[1]) + ":" + std::to_string(ports[2]);
    LiveRun live({"--noprefix"}, url);
    const std::string viewer_url = live.start_viewer();
    ASSERT_NE(viewer_url, "") << live.record().describe();
    ASSERT_TRUE(eventually([&] { return contains(live.decode().out(), first_line); }))
        << live.decode().describe() << live.record().describe();
    live.release_driver();
    EXPECT_EQ(live.record().wait(std::chrono::seconds(30)), 0) << live.record().describe();
    EXPECT_EQ(live.decode().wait(std::chrono::seconds(20)), 0) << live.decode().describe();
    const std::vector<std::string> expected = {"loaded", std::string(first_line), "released",
                                               "unloading"};
    EXPECT_EQ(lines_of(live.decode().out()), expected);
    EXPECT_TRUE(relayd.running());  // not record's to stop
    EXPECT_TRUE(contains(live.record().err(), "trace written by the relay daemon at " + url))
        << live.record().err();
    const Output offline = run({tool, "decode", "--noprefix", own / "relayd"});
    EXPECT_EQ(lines_of(offline.stdout_text), expected) << describe(offline);
    // The session is gone now: a viewer asking for it is told so (exit 2), not given nothing.
    const Output late = run({tool, "decode", "--live", viewer_url});
    EXPECT_EQ(late.status, 2) << describe(late);
    EXPECT_TRUE(contains(late.stderr_text, "the relay daemon has no live session"))
        << describe(late);
    relayd.signal(SIGTERM);
    relayd.wait(std::chrono::seconds(5));
}

// record's own usage errors exit 125 (as timeout(1): never a status its command could have),
// decode's 2.
TEST(Live, BadLiveArgumentsAreRefusedAndSayWhy) {
    const auto expect_refused = [](const std::vector<std::string>& argv, const std::string& why) {
        const Output out = run(argv);
        EXPECT_EQ(out.status, argv[1] == "record" ? 125 : 2) << describe(out);
        EXPECT_TRUE(contains(out.stderr_text, why)) << describe(out);
    };
    expect_refused({tool, "record", "--live", "--relayd", "foo", "--", "true"},
                   "--relayd foo: expected net://HOST");
    expect_refused({tool, "record", "--relayd", "net://h", "--", "true"},
                   "--relayd requires --live");
    expect_refused({tool, "record", "--live", "--relayd", "net://h:1:2:3:4", "--", "true"},
                   "at most three ports");
    expect_refused({tool, "record", "--live", "--relayd", "net://h", "-o", "/tmp/x", "--", "true"},
                   "-o and --relayd");
    expect_refused({tool, "decode", "--live", "/tmp/x"}, "--live /tmp/x: expected net://");
    expect_refused({tool, "decode", "--live", "net://127.0.0.1:1"}, "the URL names no session");
    // Nothing listens there: the reading fails with babeltrace2's reason, and the summary.
    expect_refused({tool, "decode", "--live", "net://127.0.0.1:1/host/h/s"}, "Connection refused");
    // Several sessions: each named once; every host's session needs a relay daemon that answers.
    expect_refused({tool, "decode", "--live", "net://127.0.0.1:1/host/h/s", "--live",
                    "net://127.0.0.1:1/host/h/s"},
                   "given twice");
    expect_refused({tool, "decode", "--live", "/tmp/host/*/s"},
                   "--live /tmp/host/*/s: expected net://");
    expect_refused({tool, "decode", "--live", "net://127.0.0.1:1/host/*/"},
                   "expected net://HOST[:PORT]/host/*/SESSION");
    expect_refused({tool, "decode", "--live", "net://127.0.0.1:1/host/*/s"},
                   "the relay daemon at net://127.0.0.1:1 does not answer");
}

// SIGTERM to record: the command gets it, the session is destroyed and the private relayd is
// stopped with it (exit 143).
TEST(Live, SigtermToRecordStopsThePrivateRelaydToo) {
    TempDir dir;
    Background record({tool, "record", "--live", "-o", dir / "trace", "--", "sleep", "30"},
                      dir / "record.out", dir / "record.err");
    std::smatch match;
    std::string err;
    ASSERT_TRUE(eventually([&] {
        err = record.err();
        return std::regex_search(err, match, std::regex("live at net://127\\.0\\.0\\.1:([0-9]+)/"));
    })) << record.describe();
    const unsigned port = static_cast<unsigned>(std::stoul(match[1]));
    EXPECT_EQ(relayd_listeners(port).size(), 3u);
    record.signal(SIGTERM);
    EXPECT_EQ(record.wait(std::chrono::seconds(20)), 143) << record.describe();
    EXPECT_TRUE(relayd_listeners(port).empty());
}

}  // namespace
}  // namespace wpptrace::testing
