// The decode output: checked writes, a `-o` directory written atomically, injective file names.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "wpptrace/decoder/output_dir.hpp"

namespace {

namespace fs = std::filesystem;
using testing::HasSubstr;
using wpptrace::decoder::escape_file_name;
using wpptrace::decoder::OutputDir;
using wpptrace::decoder::OutputFile;
using wpptrace::decoder::WriteError;

class ScratchDir {
  public:
    ScratchDir() {
        char pattern[] = "/tmp/output_dir_test.XXXXXX";
        path_ = mkdtemp(pattern);
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string operator/(const std::string& name) const { return path_ + "/" + name; }
    const std::string& path() const { return path_; }

  private:
    std::string path_;
};

std::set<std::string> names_in(const std::string& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
    return names;
}

std::string read(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The inverse of escape_file_name, to prove that no two names meet.
std::string unescape(const std::string& name) {
    if (name == "%") return "";
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] != '%') {
            out += name[i];
            continue;
        }
        out += static_cast<char>(std::stoi(name.substr(i + 1, 2), nullptr, 16));
        i += 2;
    }
    return out;
}

TEST(OutputNames, DriversWhoseNamesDifferNeverShareAFile) {
    const std::vector<std::string> drivers = {
        "Seri/l",  "Seri_l",    "Seri%2Fl",    "Seri%l", "",        "%",
        ".hidden", "%2Ehidden", "..",          "merged", "summary", "%6Derged",
        "a\nb",    "a\tb",      "caf\xc3\xa9", "Serial", "-x",      "a.b"};
    std::set<std::string> files;
    for (const auto& driver : drivers) {
        const std::string file = escape_file_name(driver);
        EXPECT_EQ(file.find('/'), std::string::npos) << file;
        EXPECT_NE(file[0], '.') << file;
        EXPECT_NE(file, "merged");
        EXPECT_NE(file, "summary");
        for (char c : file) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << file;
        EXPECT_EQ(unescape(file), driver) << file;
        files.insert(file);
    }
    EXPECT_EQ(files.size(), drivers.size());
    EXPECT_EQ(escape_file_name("Seri/l"), "Seri%2Fl");
    EXPECT_EQ(escape_file_name("Seri_l"), "Seri_l");
    EXPECT_EQ(escape_file_name("Serial"), "Serial");  // ordinary names stay readable
}

TEST(OutputDirectory, FilesAppearOnlyAtCommitWithTheSummaryLast) {
    ScratchDir scratch;
    const std::string dir = scratch / "out";
    {
        OutputDir out(dir, {});
        out.create("Serial.log").write("one line\n");
        out.create("summary.txt").write("Events: 1\n");
        out.create("merged.log").write("one line\n");
        // Until commit, only temporaries that do not look like output.
        for (const auto& name : names_in(dir)) EXPECT_TRUE(name.starts_with(".wpptrace-partial."));
        out.commit();
    }
    EXPECT_EQ(names_in(dir), (std::set<std::string>{".wpptrace-output", "Serial.log", "merged.log",
                                                    "summary.txt"}));
    EXPECT_EQ(read(dir + "/Serial.log"), "one line\n");
    EXPECT_EQ(read(dir + "/summary.txt"), "Events: 1\n");
}

TEST(OutputDirectory, AnUncommittedOutputLeavesNothing) {
    ScratchDir scratch;
    const std::string dir = scratch / "out";
    {
        OutputDir out(dir, {});
        out.create("merged.log").write("half a li");
    }  // a failed decode: no commit
    EXPECT_TRUE(names_in(dir).empty());
}

TEST(OutputDirectory, ASecondDecodeRemovesTheFilesOfTheFirstItDidNotWrite) {
    ScratchDir scratch;
    const std::string dir = scratch / "out";
    {
        OutputDir out(dir, {});
        out.create("Old.log").write("old\n");
        out.create("merged.log").write("old\n");
        out.create("summary.txt").write("old\n");
        out.commit();
    }
    std::ofstream(dir + "/mine.txt") << "a file of the user's, added later\n";
    {
        OutputDir out(dir, {});
        out.create("New.log").write("new\n");
        out.create("merged.log").write("new\n");
        out.commit();  // no summary this time (--no-summary): the old one must go too
    }
    EXPECT_EQ(names_in(dir),
              (std::set<std::string>{".wpptrace-output", "New.log", "merged.log", "mine.txt"}));
    EXPECT_EQ(read(dir + "/merged.log"), "new\n");
}

// Traces of several machines write <host>/<Driver>.log: committed alike, and a later decode
// of other machines removes the earlier hosts' files and their emptied directories.
TEST(OutputDirectory, HostSubdirectoriesAreCommittedAndCleanedLikeFiles) {
    ScratchDir scratch;
    const std::string dir = scratch / "out";
    {
        OutputDir out(dir, {});
        out.create("vm1/Serial.log").write("one\n");
        out.create("vm2/Serial.log").write("two\n");
        EXPECT_EQ(names_in(dir + "/vm1"), (std::set<std::string>{".wpptrace-partial.Serial.log"}));
        out.create("merged.log").write("both\n");
        out.commit();
    }
    EXPECT_EQ(read(dir + "/vm1/Serial.log"), "one\n");
    EXPECT_EQ(names_in(dir + "/vm2"), (std::set<std::string>{"Serial.log"}));
    {
        OutputDir out(dir, {});
        out.create("vm2/Serial.log").write("two again\n");
        out.create("merged.log").write("two again\n");
        out.commit();
    }
    EXPECT_EQ(names_in(dir), (std::set<std::string>{".wpptrace-output", "merged.log", "vm2"}));
    EXPECT_EQ(read(dir + "/vm2/Serial.log"), "two again\n");
}

TEST(OutputDirectory, ANonEmptyDirectoryNoDecodeWroteIsRefused) {
    ScratchDir scratch;
    const std::string dir = scratch / "out";
    fs::create_directories(dir);
    std::ofstream(dir + "/thesis.tex") << "precious\n";
    try {
        OutputDir out(dir, {});
        FAIL() << "a foreign directory was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_THAT(e.what(), HasSubstr("is not empty"));
        EXPECT_THAT(e.what(), HasSubstr("thesis.tex"));
    }
    EXPECT_EQ(read(dir + "/thesis.tex"), "precious\n");
}

TEST(OutputDirectory, AnOutputInsideTheInputTraceIsRefused) {
    ScratchDir scratch;
    const std::string trace = scratch / "trace";
    fs::create_directories(trace);
    for (const std::string& dir : {trace, trace + "/x", trace + "/../trace/y/z"}) {
        try {
            OutputDir out(dir, {trace});
            FAIL() << dir << " was accepted";
        } catch (const std::runtime_error& e) {
            EXPECT_THAT(e.what(), HasSubstr("inside the trace"));
        }
    }
    EXPECT_EQ(names_in(trace), std::set<std::string>{});  // nothing was created in it
    OutputDir beside(scratch / "trace-out", {trace});     // a name that only starts alike
}

// Runs `body` in a child whose files may not grow past 100 bytes (SIGXFSZ ignored: EFBIG).
int in_child_with_small_file_limit(void (*body)(const std::string&), const std::string& dir) {
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        rlimit limit{100, 100};
        setrlimit(RLIMIT_FSIZE, &limit);
        body(dir);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST(OutputDirectory, AFailedWriteNamesTheFileAndLeavesNoFinishedFile) {
    ScratchDir scratch;
    const std::string dir = scratch / "out";
    const int status = in_child_with_small_file_limit(
        [](const std::string& dir) {
            try {
                OutputDir out(dir, {});
                out.create("merged.log").write(std::string(1000, 'x'));
                out.create("summary.txt").write("Events: 9\n");
                out.commit();
                _exit(10);  // the failure went unnoticed
            } catch (const WriteError& e) {
                const std::string what = e.what();
                _exit(what.find(dir + "/merged.log") != std::string::npos &&
                              what.find("File too large") != std::string::npos
                          ? 0
                          : 11);
            }
        },
        dir);
    EXPECT_EQ(status, 0);
    EXPECT_TRUE(names_in(dir).empty());
}

TEST(OutputFile, AWriteToAFullDeviceIsAnError) {
    std::FILE* full = std::fopen("/dev/full", "w");
    ASSERT_NE(full, nullptr);
    {
        OutputFile out(full, "stdout");
        out.write("a line that a full disk cannot take\n");
        try {
            out.finish();
            ADD_FAILURE() << "no error";
        } catch (const WriteError& e) {
            EXPECT_STREQ(e.what(), "cannot write stdout: No space left on device");
        }
    }
    std::fclose(full);
}

}  // namespace
