// process.hpp - runs the project's programs from tests: argv in, exit status and output out.
#pragma once

#include <string>
#include <vector>

namespace wpptrace::testing {

struct Output {
    int status = -1;  // exit status; 128 + signal when killed
    std::string stdout_text;
    std::string stderr_text;
};

Output run(const std::vector<std::string>& argv);

// "exit N", then both outputs: what a failed expectation about a run should print.
std::string describe(const Output& output);

// A fresh directory under /tmp, removed with everything in it when the object goes away.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string operator/(const std::string& name) const { return path_ + "/" + name; }

  private:
    std::string path_;
};

std::string read_file(const std::string& path);
std::vector<std::string> lines_of(const std::string& text);

// Golden text that tolerates noise: each expected line must equal the actual one, except that
// `<*>` in an expected line matches any text. Returns "" on a match, else a readable diff.
std::string compare_with_golden(const std::string& actual, const std::string& golden);

}  // namespace wpptrace::testing
