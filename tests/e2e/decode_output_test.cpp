// `wpptrace decode` and `wpptrace catalog` never pass a failure for success (issue 13): write
// errors on stdout and in -o, an interrupted decode, a second decode into one directory, an
// output directory inside the trace, drivers whose names differ only in '/', stray files beside
// the streams, and the smaller catalog cases. On the committed traces of tests/data/traces, and
// copies of them changed here; no LTTng daemon is needed.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "e2e_test.hpp"

namespace wpptrace::testing {
namespace {

namespace fs = std::filesystem;

const std::string catalogs = CATALOG_CORPUS_DIR;
const std::string stream_dir = "/ust/uid/0/64-bit";

std::set<std::string> names_in(const std::string& dir) {
    std::set<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) names.insert(entry.path().filename());
    return names;
}

// Starts argv with stdout and stderr in files of `dir`; `in_child` runs just before exec.
pid_t start(const std::vector<std::string>& argv, const TempDir& dir,
            const std::function<void()>& in_child = {}) {
    pid_t pid = fork();
    if (pid == 0) {
        int out = open((dir / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open((dir / "stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, 1);
        dup2(err, 2);
        close(out);
        close(err);
        if (in_child) in_child();
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    return pid;
}

Output finish(pid_t pid, const TempDir& dir) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    Output output;
    output.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    output.stdout_text = read_file(dir / "stdout");
    output.stderr_text = read_file(dir / "stderr");
    return output;
}

Output run_with(const std::vector<std::string>& argv, const std::function<void()>& in_child) {
    TempDir io;
    return finish(start(argv, io, in_child), io);
}

// A copy of a committed trace, to change.
std::string copy_trace(const std::string& name, const TempDir& dir, const std::string& as) {
    fs::copy(traces + "/" + name, dir / as, fs::copy_options::recursive);
    return dir / as;
}

const std::string intact = traces + "/intact";

// ---- item 1: write errors ----------------------------------------------------------------

TEST(DecodeWriteErrors, StdoutOnAFullDeviceExitsTwoNamingStdout) {
    Output o = run({"sh", "-c", "exec \"$0\" decode \"$1\" > /dev/full", tool, intact});
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, "cannot write stdout: No space left on device"))
        << describe(o);
}

TEST(DecodeWriteErrors, ClosedStdoutExitsTwo) {
    Output o = run({"sh", "-c", "exec \"$0\" decode \"$1\" >&-", tool, intact});
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, "Bad file descriptor")) << describe(o);
}

TEST(DecodeWriteErrors, ClosedStdoutNeverLandsInAnOutputFile) {
    TempDir dir;
    // With -o the summary goes to stdout: closed, it must not end up in merged.log (fd 1).
    Output o =
        run({"sh", "-c", "exec \"$0\" decode \"$1\" -o \"$2\" >&-", tool, intact, dir / "out"});
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_FALSE(contains(read_file(dir / "out/merged.log"), "Processing completed"));
}

TEST(DecodeWriteErrors, ClosedPipeWithSigpipeIgnoredExitsTwo) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    close(fds[0]);  // nobody will ever read
    Output o = run_with({tool, "decode", intact}, [&] {
        signal(SIGPIPE, SIG_IGN);
        dup2(fds[1], 1);
    });
    close(fds[1]);
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, "Broken pipe")) << describe(o);
}

TEST(DecodeWriteErrors, FullFilesystemInOutputDirectoryExitsTwoAndLeavesNoFinishedFiles) {
    TempDir dir;
    // Files may not grow past 1000 bytes (merged.log needs 1437): EFBIG, as on a full disk.
    Output o = run_with({tool, "decode", intact, "-o", dir / "out"}, [] {
        signal(SIGXFSZ, SIG_IGN);
        rlimit limit{1000, 1000};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(
        contains(o.stderr_text, "cannot write " + (dir / "out/merged.log") + ": File too large"))
        << describe(o);
    EXPECT_EQ(names_in(dir / "out"), std::set<std::string>{}) << describe(o);
}

TEST(CatalogWriteErrors, CatalogOnAFullDeviceExitsTwo) {
    Output o = run({"sh", "-c", "exec \"$0\" catalog \"$1\" > /dev/full", tool,
                    catalogs + "/drivers_export.json"});
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, "cannot write to stdout: No space left on device"))
        << describe(o);
}

TEST(CatalogWriteErrors, ExportToAFullFilesystemExitsTwoAndLeavesNoFile) {
    TempDir dir;
    Output o = run_with(
        {tool, "catalog", catalogs + "/drivers_export.json", "-e", dir / "drivers.json"}, [] {
            signal(SIGXFSZ, SIG_IGN);
            rlimit limit{1000, 1000};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, (dir / "drivers.json") + ": cannot write: File too large"))
        << describe(o);
    EXPECT_EQ(names_in(dir.path()), std::set<std::string>{}) << describe(o);
}

// ---- item 2: interrupted decodes, stale files, output inside the trace --------------------

// A decode that never ends on its own: babeltrace2 loops forever on hang-zeroed-stream (with
// the watchdog off), and a stream cut inside its packet makes the reader build a trimmed copy
// under $TMPDIR first. Interrupted, it must leave neither output nor copy behind.
void expect_interrupt_cleans_up(int sig, int expected_status) {
    TempDir dir;
    const std::string trace = copy_trace("hang-zeroed-stream", dir, "trace");
    fs::resize_file(trace + stream_dir + "/channel0_1", 4000);
    fs::create_directories(dir / "tmp");
    TempDir io;
    pid_t pid = start({"env", "WPPTRACE_READER=babeltrace", "WPPTRACE_READ_TIMEOUT=0",
                       "TMPDIR=" + (dir / "tmp"), tool, "decode", trace, "-o", dir / "out"},
                      io);
    // Wait until both the partial output and the trimmed copy exist.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while ((names_in(dir / "out").empty() || names_in(dir / "tmp").empty()) &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    EXPECT_FALSE(names_in(dir / "out").empty());
    EXPECT_FALSE(names_in(dir / "tmp").empty());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // inside the endless read
    kill(pid, sig);
    Output o = finish(pid, io);
    EXPECT_EQ(o.status, expected_status) << describe(o);
    EXPECT_EQ(names_in(dir / "out"), std::set<std::string>{}) << describe(o);
    EXPECT_EQ(names_in(dir / "tmp"), std::set<std::string>{}) << describe(o);
}

TEST(InterruptedDecode, SigtermLeavesNoOutputNorTrimCopyAndExits143) {
    expect_interrupt_cleans_up(SIGTERM, 143);
}

TEST(InterruptedDecode, SigintLeavesNoOutputNorTrimCopyAndExits130) {
    expect_interrupt_cleans_up(SIGINT, 130);
}

TEST(OutputDirectory, OutputInsideTheInputTraceIsRefused) {
    TempDir dir;
    const std::string trace = copy_trace("intact", dir, "trace");
    for (const std::string& out : {trace, trace + "/x"}) {
        Output o = run({tool, "decode", trace, "-o", out});
        EXPECT_EQ(o.status, 2) << describe(o);
        EXPECT_TRUE(contains(o.stderr_text, "is inside the trace")) << describe(o);
    }
    EXPECT_FALSE(fs::exists(trace + "/x"));
    EXPECT_FALSE(fs::exists(trace + "/merged.log"));
    Output still = run({tool, "decode", trace, "--summary-only"});
    EXPECT_EQ(still.status, 0) << describe(still);
}

// Drivers "Seri/l" and "Seri_l": the committed trace with its driver name "Serial" changed in
// the stream, alternately, into both (the catalog records then no longer match their ids).
std::string two_drivers_one_slash(const TempDir& dir) {
    const std::string trace = copy_trace("intact", dir, "two-drivers");
    const std::string stream = trace + stream_dir + "/channel0_0";
    std::string bytes = read_file(stream);
    int n = 0;
    for (std::size_t at = bytes.find("Serial"); at != std::string::npos;
         at = bytes.find("Serial", at + 6))
        bytes.replace(at, 6, n++ % 2 ? "Seri_l" : "Seri/l");
    std::ofstream(stream, std::ios::binary) << bytes;
    return trace;
}

TEST(OutputNames, DriversSeriSlashLAndSeriUnderscoreLGetFilesOfTheirOwn) {
    TempDir dir;
    Output o = run({tool, "decode", two_drivers_one_slash(dir), "-o", dir / "out"});
    EXPECT_EQ(o.status, 1) << describe(o);  // unknown messages, nothing worse
    EXPECT_TRUE(contains(o.stdout_text, "[Seri/l] 4 events")) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text, "[Seri_l] 4 events")) << describe(o);
    const std::string slash = read_file(dir / "out/Seri%2Fl.log");
    const std::string underscore = read_file(dir / "out/Seri_l.log");
    EXPECT_EQ(std::count(slash.begin(), slash.end(), '\n'), 4) << slash;
    EXPECT_EQ(std::count(underscore.begin(), underscore.end(), '\n'), 4) << underscore;
}

TEST(DecodeWarnings, AWarningRepeatedPerEventIsShownOnceWithItsCount) {
    TempDir dir;
    Output o = run({tool, "decode", two_drivers_one_slash(dir), "--summary-only"});
    const std::string warning =
        "a wpp_catalog:message event whose id does not match its content was ignored";
    std::size_t shown = 0;
    for (std::size_t at = o.stdout_text.find(warning); at != std::string::npos;
         at = o.stdout_text.find(warning, at + 1))
        ++shown;
    EXPECT_EQ(shown, 1u) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text, warning + " (7 times)")) << describe(o);
}

TEST(OutputDirectory, ASecondDecodeKeepsNoStaleDriverLogOfTheFirst) {
    TempDir dir;
    Output first = run({tool, "decode", intact, "-o", dir / "out"});
    ASSERT_EQ(first.status, 0) << describe(first);
    EXPECT_TRUE(fs::exists(dir / "out/Serial.log"));
    Output second = run({tool, "decode", two_drivers_one_slash(dir), "-o", dir / "out"});
    EXPECT_EQ(second.status, 1) << describe(second);
    EXPECT_EQ(names_in(dir / "out"),
              (std::set<std::string>{".wpptrace-output", "Seri%2Fl.log", "Seri_l.log", "merged.log",
                                     "summary.txt", "tracedrv.log"}));
    EXPECT_TRUE(contains(read_file(dir / "out/summary.txt"), "[Seri_l] 4 events"));
}

TEST(OutputDirectory, ANonEmptyDirectoryNoDecodeWroteIsRefused) {
    TempDir dir;
    fs::create_directories(dir / "out");
    std::ofstream(dir / "out/notes.txt") << "mine\n";
    Output o = run({tool, "decode", intact, "-o", dir / "out"});
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, "is not empty")) << describe(o);
    EXPECT_EQ(names_in(dir / "out"), std::set<std::string>{"notes.txt"});
}

// ---- item 6: a stray file beside the streams ----------------------------------------------

TEST(StrayFiles, AFileThatIsNoStreamIsSkippedWithOneWarningByEveryReader) {
    TempDir dir;
    const std::string trace = copy_trace("intact", dir, "trace");
    std::ofstream(trace + stream_dir + "/notes.txt") << "remember to decode this trace\n";
    for (const std::string reader : {"fast", "babeltrace", "auto"}) {
        Output o =
            run({"env", "WPPTRACE_READER=" + reader, tool, "decode", trace, "--summary-only"});
        EXPECT_EQ(o.status, 0) << reader << "\n" << describe(o);
        EXPECT_TRUE(contains(o.stdout_text, "Events: 16, decoded: 16")) << reader << describe(o);
        const std::string warning =
            "Warning: " + trace + stream_dir + "/notes.txt: not a CTF stream";
        EXPECT_TRUE(contains(o.stdout_text, warning)) << reader << "\n" << describe(o);
        EXPECT_EQ(o.stdout_text.find(warning), o.stdout_text.rfind(warning)) << describe(o);
    }
}

// ---- item 14: the smaller ones -------------------------------------------------------------

TEST(CatalogCheck, RejectedJsonEntriesFailTheCheck) {
    Output o = run({tool, "catalog", "--check", catalogs + "/bad_entries.json"});
    EXPECT_EQ(o.status, 1) << describe(o);
    Output clean = run({tool, "catalog", "--check", catalogs + "/drivers_export.json"});
    EXPECT_EQ(clean.status, 0) << describe(clean);
}

TEST(CatalogSources, ACatalogFromAPipeIsRead) {
    const std::string json = catalogs + "/drivers_export.json";
    Output file = run({tool, "decode", intact, "-c", json, "--noprefix"});
    Output pipe = run({"bash", "-c", "exec \"$0\" decode \"$1\" -c <(cat \"$2\") --noprefix", tool,
                       intact, json});
    EXPECT_EQ(pipe.status, file.status) << describe(pipe);
    EXPECT_EQ(pipe.stdout_text, file.stdout_text);
    Output listing = run({"bash", "-c", "exec \"$0\" catalog <(cat \"$1\")", tool, json});
    EXPECT_EQ(listing.status, 0) << describe(listing);
    EXPECT_EQ(listing.stdout_text, run({tool, "catalog", json}).stdout_text);
}

TEST(CatalogSources, AnEmptyDirectoryInTheSearchPathIsNoError) {
    TempDir dir;
    fs::create_directories(dir / "empty");
    Output o = run({"env", "WPPTRACE_CATALOG_PATH=" + (dir / "empty"), tool, "decode", intact,
                    "--summary-only"});
    EXPECT_EQ(o.status, 0) << describe(o);
}

TEST(CatalogSources, ADirectoryGivenToCatalogIsReadNotCalledMalformedJson) {
    TempDir dir;
    fs::create_directories(dir / "catalogs");
    fs::copy(catalogs + "/drivers_export.json", dir / "catalogs/drivers.json");
    Output o = run({tool, "catalog", dir / "catalogs"});
    EXPECT_EQ(o.status, 0) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text, "module Serial")) << describe(o);
    fs::create_directories(dir / "none");
    std::ofstream(dir / "none/readme.txt") << "no catalog here\n";
    Output none = run({tool, "catalog", dir / "none"});
    EXPECT_EQ(none.status, 2) << describe(none);
    EXPECT_TRUE(contains(none.stderr_text,
                         "no exported catalog (*.json) in the directory " + (dir / "none")))
        << describe(none);
    EXPECT_FALSE(contains(none.stderr_text, "malformed JSON")) << describe(none);
}

TEST(UnclearMessages, MetadataThatIsADirectoryNamesThePath) {
    TempDir dir;
    const std::string trace = copy_trace("intact", dir, "trace");
    fs::remove(trace + stream_dir + "/metadata");
    fs::create_directories(trace + stream_dir + "/metadata");
    Output o = run({tool, "decode", trace});
    EXPECT_EQ(o.status, 2) << describe(o);
    EXPECT_TRUE(contains(o.stderr_text, trace + stream_dir + "/metadata: not a regular file"))
        << describe(o);
    EXPECT_FALSE(contains(o.stderr_text, "underflow")) << describe(o);
}

// (Issue 13 item 10, met on the way: only regular files are read, so neither blocks.)
TEST(UnclearMessages, MetadataThatIsAFifoOrDevZeroIsRefusedWithoutBlocking) {
    TempDir dir;
    const std::string fifo = copy_trace("intact", dir, "fifo");
    fs::remove(fifo + stream_dir + "/metadata");
    ASSERT_EQ(mkfifo((fifo + stream_dir + "/metadata").c_str(), 0644), 0);
    const std::string zero = copy_trace("intact", dir, "zero");
    fs::remove(zero + stream_dir + "/metadata");
    fs::create_symlink("/dev/zero", zero + stream_dir + "/metadata");
    for (const std::string& trace : {fifo, zero}) {
        Output o = run({"timeout", "20", tool, "decode", trace});
        EXPECT_EQ(o.status, 2) << describe(o);
        EXPECT_TRUE(contains(o.stderr_text, trace + stream_dir + "/metadata: not a regular file"))
            << describe(o);
    }
}

TEST(StrayFiles, AStreamThatIsAFifoIsSkippedWithoutBlocking) {
    TempDir dir;
    const std::string trace = copy_trace("intact", dir, "trace");
    ASSERT_EQ(mkfifo((trace + stream_dir + "/channel0_7").c_str(), 0644), 0);
    Output o = run({"timeout", "20", tool, "decode", trace, "--summary-only"});
    EXPECT_EQ(o.status, 0) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text, "channel0_7: not a regular file")) << describe(o);
}

TEST(UnclearMessages, AnUnreadableStreamIsNotAStreamThatEndedEarly) {
    TempDir dir;
    const std::string trace = copy_trace("intact", dir, "trace");
    fs::create_symlink(dir / "nowhere", trace + stream_dir + "/channel0_2");
    Output o = run({tool, "decode", trace, "--summary-only"});
    EXPECT_EQ(o.status, 1) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text, "channel0_2: cannot read this stream")) << describe(o);
    EXPECT_FALSE(contains(o.stdout_text, "ended early")) << describe(o);
    EXPECT_TRUE(contains(o.stdout_text, "Events: 16")) << describe(o);
}

}  // namespace
}  // namespace wpptrace::testing
