// error.hpp - how the decoder reports failure, one style per layer.
//
//  - The library (core, trace backends, trace/, decode/, session/) throws decoder::Error, or a
//    class derived from it (WriteError, PrefixError, RecordError), when an operation cannot do
//    what was asked. The error carries its message (no "wpptrace <command>:" in it) and the exit
//    code the command line gives it.
//  - Where partial results are the normal outcome, a function returns a result struct instead:
//    reading traces (ReadResult: some traces unreadable, the rest decoded), decoding
//    (DecodeSummary), loading and checking catalogs (LoadResult, CatalogFileResult,
//    CatalogSourceResult: entries rejected with warnings). Their `error` says that nothing
//    could be read at all.
//  - No function reports failure as a bare string that is empty on success, nor as a bool with
//    a why_not out-parameter. (The fast CTF reader's internal steps, parse_tsdl() and its
//    packet index, still return their reason as a string: the fuzzers call them so.)
//  - tool/main.cpp alone turns an Error into "wpptrace <command>: message" and its exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace wpptrace::decoder {

class Error : public std::runtime_error {
  public:
    // 2: the command could not do its work (the command line's exit code for errors).
    static constexpr int failed = 2;

    explicit Error(const std::string& message, int exit_code = failed)
        : std::runtime_error(message), exit_code_(exit_code) {}
    int exit_code() const { return exit_code_; }

  private:
    int exit_code_;
};

}  // namespace wpptrace::decoder
