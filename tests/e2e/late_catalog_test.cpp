// Catalogs for traces that do not hold theirs (issue 14 item 1, issue 16 item 3): a rotation
// chunk recorded after the driver loaded has no wpp_catalog events, only LTTng-UST's state dump
// (which `wpptrace record` enables) naming the driver's binary and build id. The decoder finds
// the catalog from the binary at its path, says which build id is missing when that file was
// rebuilt, and fetches it from a private debuginfod when the file is gone.
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "babeltrace_plugin_output.hpp"
#include "e2e_test.hpp"
#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/elf_catalog.hpp"

namespace wpptrace::testing {
namespace {

namespace fs = std::filesystem;

const std::string driver_v1 = FAULT_DRIVER;
const std::string driver_v2 = FAULT_DRIVER_V2;

std::string build_id_of(const std::string& binary) {
    decoder::Catalog catalog;
    return decoder::load_catalog_from_elf(binary, catalog).build_id;
}

int count_of(const std::string& text, const std::string& part) {
    int n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

// A session recorded by `wpptrace record` and rotated once the driver (a copy of fault_driver
// under bin/) has loaded: the first chunk holds the driver's start and its wpp_catalog events,
// the second only the state dump `lttng regenerate statedump` wrote and the driver's two reads
// (each 1.5 s after the previous) and its unload.
class RotatedRecording {
  public:
    RotatedRecording() {
        fs::create_directories(dir_ / "bin");
        fs::copy_file(driver_v1, driver());
        const std::string config = dir_ / "run.json";
        std::ofstream(config)
            << R"({ "drivers": [{ "path": ")" << driver()
            << R"(", "name": "FaultDrv", "parameters": { "Fault": 4, )"
            << R"("DelayMs": 1500 } }], "devices": [{ "name": "fault0", )"
            << R"("driver": "FaultDrv", "workload": { "threads": 1, )"
            << R"("requests": [{ "type": "read", "count": 2, "length": 16 }] } }] })";
        const std::string session = "latecat-" + std::to_string(getpid());
        // The traced command: the host, and once its driver is mapped, a rotation and a new
        // state dump (what a late session, a snapshot or a later chunk needs).
        const std::string script =
            "\"$0\" --config \"$1\" & host=$!\n"
            "until grep -q fault_driver /proc/$host/maps 2>/dev/null; do\n"
            "    kill -0 $host 2>/dev/null || exit 92; sleep 0.02\n"
            "done\n"
            "sleep 0.3\n"  // DriverEntry and D0 entry traced; the first read is 1.5 s away
            "lttng --no-sessiond rotate --no-wait \"$2\" >/dev/null || exit 90\n"
            "lttng --no-sessiond regenerate statedump -s \"$2\" >/dev/null || exit 91\n"
            "wait $host\n";
        record_ = run({tool, "record", "-s", session, "-o", dir_ / "trace", "--", "/bin/sh", "-c",
                       script, host, config, session});
        std::vector<std::string> chunks;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir_ / "trace/archives", ec))
            chunks.push_back(entry.path().string());
        std::sort(chunks.begin(), chunks.end(), [](const std::string& a, const std::string& b) {
            // chunk names end in their index: BEGIN-END-N
            auto index = [](const std::string& s) {
                return std::stoul(s.substr(s.rfind('-') + 1));
            };
            return index(a) < index(b);
        });
        chunks_ = chunks;
    }

    // The recorded binary back in place, as it was recorded (tests change it).
    void restore_driver() const {
        fs::copy_file(driver_v1, driver(), fs::copy_options::overwrite_existing);
    }

    const Output& record() const { return record_; }
    const std::vector<std::string>& chunks() const { return chunks_; }
    std::string driver() const { return dir_ / "bin/fault_driver.so"; }
    std::string path(const std::string& name) const { return dir_ / name; }

  private:
    TempDir dir_;
    Output record_;
    std::vector<std::string> chunks_;
};

Output decode(std::vector<std::string> args, const std::vector<std::string>& env = {}) {
    args.insert(args.begin(), {tool, "decode", "--noprefix"});
    if (!env.empty()) {
        std::vector<std::string> with_env = {"env"};
        with_env.insert(with_env.end(), env.begin(), env.end());
        args.insert(args.begin(), with_env.begin(), with_env.end());
    }
    return run(args);
}

// One recording for every test (each takes about 4 s); each test puts the driver's file in
// the state it needs first.
class LateCatalog : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { recording = new RotatedRecording; }
    static void TearDownTestSuite() {
        delete recording;
        recording = nullptr;
    }
    // Two chunks, the driver's start in the first; the binary as recorded.
    void SetUp() override {
        const RotatedRecording& r = *recording;
        ASSERT_EQ(r.record().status, 0) << describe(r.record());
        ASSERT_EQ(r.chunks().size(), 2u) << describe(r.record());
        Output first = decode({r.chunks()[0]});
        ASSERT_TRUE(contains(first.stdout_text, "loaded, fault mode 4")) << describe(first);
        r.restore_driver();
    }
    static RotatedRecording* recording;
};
RotatedRecording* LateCatalog::recording = nullptr;

void later_chunk_decodes_from_the_binary_its_statedump_names(const RotatedRecording& r) {
    // The reference: the later chunk with the driver binary given.
    Output given = decode({r.chunks()[1], "-c", r.driver()});
    ASSERT_EQ(given.status, 0) << describe(given);
    EXPECT_EQ(count_of(given.stdout_text, "read 16 bytes"), 2) << describe(given);
    EXPECT_TRUE(contains(given.stdout_text, "unloading")) << describe(given);
    // Without -c: the state dump names the binary, whose build id matches.
    Output found = decode({r.chunks()[1]});
    EXPECT_EQ(found.status, 0) << describe(found);
    EXPECT_EQ(found.stdout_text, given.stdout_text);
    EXPECT_FALSE(contains(found.stdout_text, "Unknown(")) << describe(found);
    // The same through libbabeltrace2: one mapper for both readers.
    Output through_babeltrace = decode({r.chunks()[1]}, {"WPPTRACE_READER=babeltrace"});
    EXPECT_EQ(through_babeltrace.status, 0) << describe(through_babeltrace);
    EXPECT_EQ(through_babeltrace.stdout_text, given.stdout_text);
}

void rebuilt_binary_is_named_missing_and_its_messages_stay_unknown(const RotatedRecording& r) {
    const std::string recorded_id = build_id_of(r.driver());
    fs::copy_file(driver_v2, r.driver(), fs::copy_options::overwrite_existing);
    const std::string rebuilt_id = build_id_of(r.driver());
    ASSERT_NE(recorded_id, rebuilt_id);
    Output dec = decode({r.chunks()[1]}, {"DEBUGINFOD_URLS="});
    EXPECT_EQ(dec.status, 1) << describe(dec);  // unknown messages: exit 1, as documented
    EXPECT_EQ(
        count_of(dec.stderr_text, "no catalog for build id " + recorded_id + " (" + r.driver() +
                                      "): " + r.driver() + " has build id " + rebuilt_id),
        1)
        << describe(dec);
    EXPECT_FALSE(contains(dec.stdout_text, "read 16 bytes")) << describe(dec);
    EXPECT_EQ(count_of(dec.stdout_text, "Unknown("), 3) << describe(dec);  // 2 reads, unload
}

// A free TCP port on loopback, other than debuginfod's default 8002.
int free_port() {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t n = sizeof a;
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &n);
    close(s);
    return ntohs(a.sin_port);
}

// A private debuginfod serving one directory, with its database under `work`; stopped when
// the object goes, however the test ends (and killed with the test process if that dies).
class PrivateDebuginfod {
  public:
    PrivateDebuginfod(const std::string& served, const std::string& work) : port_(free_port()) {
        const std::string log = work + "/debuginfod.log";
        const std::string db = work + "/debuginfod.sqlite";
        const std::string port = std::to_string(port_);
        pid_ = fork();
        if (pid_ == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(fd, 1);
            dup2(fd, 2);
            execlp("debuginfod", "debuginfod", "-F", "-p", port.c_str(), "-d", db.c_str(), "-t",
                   "0", "-g", "0", "-c", "1", served.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
    }
    ~PrivateDebuginfod() {
        if (pid_ <= 0) return;
        kill(pid_, SIGTERM);
        for (int i = 0; i < 100; ++i) {
            if (waitpid(pid_, nullptr, WNOHANG) == pid_) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    PrivateDebuginfod(const PrivateDebuginfod&) = delete;
    PrivateDebuginfod& operator=(const PrivateDebuginfod&) = delete;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

    // Waits until the server has scanned `build_id` (each probe with a cache of its own, as a
    // client caches a miss).
    bool serves(const std::string& build_id, const std::string& work) const {
        for (int attempt = 0; attempt < 100; ++attempt) {
            Output probe =
                run({"env", "DEBUGINFOD_URLS=" + url(),
                     "DEBUGINFOD_CACHE_PATH=" + work + "/probe" + std::to_string(attempt),
                     "debuginfod-find", "executable", build_id});
            if (probe.status == 0) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

  private:
    int port_;
    pid_t pid_ = -1;
};

// The debuginfod tests need the client library in the build and the server on the PATH
// (scripts/install-deps installs both).
void skip_without_debuginfod() {
#ifndef WPPTRACE_HAVE_DEBUGINFOD
    GTEST_SKIP() << "wpptrace built without libdebuginfod";
#endif
    if (run({"sh", "-c", "command -v debuginfod"}).status != 0)
        GTEST_SKIP() << "no debuginfod on the PATH (apt-get install debuginfod)";
}

void binary_gone_is_fetched_from_debuginfod(const RotatedRecording& r) {
    const std::string id = build_id_of(r.driver());
    fs::create_directories(r.path("served"));
    fs::rename(r.driver(), r.path("served/fault_driver.so"));  // the trace's binary moved away
    fs::create_directories(r.path("debuginfod"));
    PrivateDebuginfod server(r.path("served"), r.path("debuginfod"));
    ASSERT_TRUE(server.serves(id, r.path("debuginfod")))
        << read_file(r.path("debuginfod/debuginfod.log"));
    Output dec = decode({r.chunks()[1]}, {"DEBUGINFOD_URLS=" + server.url(),
                                          "DEBUGINFOD_CACHE_PATH=" + r.path("client-cache")});
    EXPECT_EQ(dec.status, 0) << describe(dec);
    EXPECT_EQ(count_of(dec.stdout_text, "read 16 bytes"), 2) << describe(dec);
    EXPECT_TRUE(contains(dec.stdout_text, "unloading")) << describe(dec);
    EXPECT_FALSE(contains(dec.stdout_text, "Unknown(")) << describe(dec);
}

void debuginfod_down_is_a_warning_naming_build_id_and_url(const RotatedRecording& r) {
    const std::string id = build_id_of(r.driver());
    fs::remove(r.driver());
    const std::string url = "http://127.0.0.1:" + std::to_string(free_port());  // nobody there
    Output dec = decode({r.chunks()[1]},
                        {"DEBUGINFOD_URLS=" + url, "DEBUGINFOD_CACHE_PATH=" + r.path("cache")});
    EXPECT_EQ(dec.status, 1) << describe(dec);
    EXPECT_EQ(count_of(dec.stderr_text, "no catalog for build id " + id + " (" + r.driver() +
                                            "): " + r.driver() + " is gone"),
              1)
        << describe(dec);
    EXPECT_TRUE(contains(dec.stderr_text, "debuginfod " + url + ": ")) << describe(dec);
    EXPECT_EQ(count_of(dec.stdout_text, "Unknown("), 3) << describe(dec);
}

// The plugin's output for the later chunk, with `extra` babeltrace2 arguments after the filter.
Output plugin_messages(const RotatedRecording& r, const std::vector<std::string>& extra,
                       const std::vector<std::string>& env) {
    std::vector<std::string> args = {r.chunks()[1], "-c", "filter.wpp.decode"};
    args.insert(args.end(), extra.begin(), extra.end());
    return babeltrace(args, env);
}

void plugin_decodes_later_chunk_from_binary_and_search_path(const RotatedRecording& r) {
    // The binary at its recorded path, found by the state dump's build id.
    Output at_path = plugin_messages(r, {}, {"DEBUGINFOD_URLS="});
    ASSERT_EQ(at_path.status, 0) << describe(at_path);
    EXPECT_EQ(count_of(at_path.stdout_text, "read 16 bytes"), 2) << at_path.stdout_text;
    EXPECT_EQ(count_of(at_path.stdout_text, "status = \"decoded\""), 3) << at_path.stdout_text;
    EXPECT_FALSE(contains(at_path.stdout_text, "status = \"unknown\"")) << at_path.stdout_text;
    // Moved into a directory: found there with catalog-path, and with WPPTRACE_CATALOG_PATH.
    fs::create_directories(r.path("catalogs"));
    fs::rename(r.driver(), r.path("catalogs/fault_driver.so"));
    Output by_parameter = plugin_messages(
        r, {"-p", "catalog-path=[\"" + r.path("catalogs") + "\"]"}, {"DEBUGINFOD_URLS="});
    EXPECT_EQ(by_parameter.status, 0) << describe(by_parameter);
    EXPECT_EQ(by_parameter.stdout_text, at_path.stdout_text);
    Output by_environment =
        plugin_messages(r, {}, {"DEBUGINFOD_URLS=", "WPPTRACE_CATALOG_PATH=" + r.path("catalogs")});
    EXPECT_EQ(by_environment.status, 0) << describe(by_environment);
    EXPECT_EQ(by_environment.stdout_text, at_path.stdout_text);
    // Nowhere: the messages pass as unknown, with one warning naming the build id.
    Output nowhere = plugin_messages(r, {}, {"DEBUGINFOD_URLS="});
    EXPECT_EQ(nowhere.status, 0) << describe(nowhere);
    EXPECT_EQ(count_of(nowhere.stdout_text, "status = \"unknown\""), 3) << nowhere.stdout_text;
    EXPECT_EQ(count_of(nowhere.stderr_text, "no catalog for build id " +
                                                build_id_of(r.path("catalogs/fault_driver.so"))),
              1)
        << describe(nowhere);
}

// Each test records once (about 4 s) and checks two behaviours on that recording: ctest runs
// every test in a process of its own, so a recording is not shared between tests.
TEST_F(LateCatalog, LaterChunkDecodesFromItsBinaryAndARebuiltOneIsNamedMissing) {
    later_chunk_decodes_from_the_binary_its_statedump_names(*recording);
    recording->restore_driver();
    rebuilt_binary_is_named_missing_and_its_messages_stay_unknown(*recording);
}

TEST_F(LateCatalog, DebuginfodServesAGoneBinaryAndAServerDownIsAWarning) {
    skip_without_debuginfod();
    if (IsSkipped()) return;
    binary_gone_is_fetched_from_debuginfod(*recording);
    recording->restore_driver();
    debuginfod_down_is_a_warning_naming_build_id_and_url(*recording);
}

// The babeltrace2 plugin looks catalogs up by build id as decode does (issue 16 item 3).
TEST_F(LateCatalog, PluginDecodesALaterChunkFromItsBinaryOrTheCatalogSearchPath) {
    plugin_decodes_later_chunk_from_binary_and_search_path(*recording);
}

}  // namespace
}  // namespace wpptrace::testing
