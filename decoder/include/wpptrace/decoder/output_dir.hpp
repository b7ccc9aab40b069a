// output_dir.hpp - where decoded output goes, and the guarantee that a failed or interrupted
// decode never looks finished.
//
//   OutputFile is one output stream (stdout, or a file of an OutputDir). Every write is
//   checked (a buffered write costs no system call; its failure shows at the next flush, at
//   the latest at finish()); the first failure throws WriteError, which names the file and
//   the system's reason: "cannot write out/merged.log: No space left on device".
//
//   OutputDir is a `decode -o DIR`: each file is written as DIR/.wpptrace-partial.<name> and
//   renamed to DIR/<name> by commit(), summary.txt last. Until then a SIGINT or SIGTERM
//   removes the temporaries (interrupt_cleanup.hpp), and so does the destructor of an
//   OutputDir that was not committed. DIR/.wpptrace-output lists the files of the last decode
//   into DIR: commit() removes those of them the new decode did not write (a driver that is
//   gone), and a DIR that is not empty and has no such list is refused (it is not ours).
//   A DIR inside one of the input traces is refused too.
#pragma once

#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder {

// An output that could not be written (error.hpp).
class WriteError : public Error {
  public:
    using Error::Error;
};

class OutputFile {
  public:
    // A stream that is not ours to close (stdout); `name` is what messages call it.
    OutputFile(std::FILE* borrowed, std::string name);
    // A new file at `path`, fully buffered with `buffer_bytes`; throws WriteError.
    OutputFile(const std::string& path, std::string name, std::size_t buffer_bytes);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(std::string_view data) {
        if (!data.empty() && std::fwrite(data.data(), 1, data.size(), file_) != data.size()) fail();
    }
    // Writes out what is buffered (a live decode's lines); throws WriteError.
    void flush();
    // Flushes (and closes a file of ours); throws WriteError when anything failed.
    void finish();
    const std::string& name() const { return name_; }

  private:
    [[noreturn]] void fail();

    std::FILE* file_;
    bool owned_;
    std::string name_;
};

class OutputDir {
  public:
    // Creates `dir` if needed; throws Error when it is inside one of `inputs`
    // (trace or session directories) or is a non-empty directory that no decode wrote.
    // `in_place` (a live decode): files are written under their own names from the start, so
    // that they grow as lines come; summary.txt still comes last, and nothing is removed when
    // the decode fails or is interrupted.
    OutputDir(const std::string& dir, const std::vector<std::string>& inputs,
              bool in_place = false);
    ~OutputDir();  // removes the temporaries of an uncommitted output
    OutputDir(const OutputDir&) = delete;
    OutputDir& operator=(const OutputDir&) = delete;

    // A new file that will be DIR/<name> once committed: a plain file name, or `SUB/NAME`
    // (one level: a host's files), SUB created as needed.
    OutputFile& create(const std::string& name, std::size_t buffer_bytes = std::size_t{256} << 10);
    // Finishes every file, then moves them into place: the old summary.txt goes first, the
    // new one comes last. Throws WriteError or Error.
    void commit();

  private:
    std::string path_of(const std::string& name) const { return dir_ + "/" + name; }
    std::string temporary_of(const std::string& name) const {
        if (in_place_) return path_of(name);
        const std::size_t slash = name.rfind('/');
        if (slash == std::string::npos) return dir_ + "/.wpptrace-partial." + name;
        return dir_ + "/" + name.substr(0, slash + 1) + ".wpptrace-partial." +
               name.substr(slash + 1);
    }

    std::string dir_;
    bool in_place_;
    std::vector<std::string> previous_;  // files of the last decode into dir_
    std::vector<std::string> order_;     // names in creation order
    std::map<std::string, std::unique_ptr<OutputFile>> files_;
    bool committed_ = false;
};

// A driver name as an output file name (with the format's extension appended by the caller),
// injective so that two drivers never share a file: bytes other than A-Z a-z 0-9 '_' '-' '.'
// become %XX (uppercase hex; '%' itself is %25), a leading '.' is %2E, the names "merged" and
// "summary" start with %6D and %73, and the empty name is "%".
std::string escape_file_name(std::string_view driver);

}  // namespace wpptrace::decoder
