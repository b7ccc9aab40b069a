// prefix.hpp - the line prefix tracefmt writes before every message (TRACE_FORMAT_PREFIX).
//
// A prefix is parsed once into a Prefix and rendered per event. Syntax (wpp-reference.md,
// "Prefix"):
//
//   %N!fmt!    field N (1..9) under the printf conversion fmt, e.g. %8!04X!, %1!s!:
//              %1 module (driver) name, %2 file_ext+line ("tracedrv_c258"), %3 TID,
//              %4 time (TimeOptions), %5 / %6 kernel / user time (always 0 here),
//              %7 sequence number, %8 PID, %9 CPU. Fields 1, 2 and 4 take a string conversion
//              (s), the others an integer one (d i u x X o, with h l ll I I64 sizes).
//   %!FUNC!    function name          %!LEVEL!   level name (TRACE_LEVEL_INFORMATION)
//   %!FLAGS!   flag names as written  %!COMPNAME! module name    %!SUBCOMP! (empty)
//   %!FILE!    file base name         %!LINE!    line number
//   %!HOST!    the machine that recorded the event (its trace's hostname; wpptrace's own)
//   %%         a '%'
//
// Anything else after a '%' is an error (PrefixError), as is a field without its !fmt!.
#pragma once

#include <wpp/format_spec.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/time_format.hpp"

namespace wpptrace::decoder {

// What the prefix shows of one event. Views only: filling one per event allocates nothing.
struct EventContext {
    std::string_view module;  // %1, %!COMPNAME!
    std::string_view file;    // %2 and %!FILE! use its base name
    std::uint32_t line = 0;
    std::string_view function;  // %!FUNC!
    std::uint8_t level = 0;     // numeric TRACE_LEVEL_*; 0 for DoTraceMessage
    // The level as written in the catalog, when it is not a TRACE_LEVEL_* name (custom level
    // macros); %!LEVEL! shows it instead of the name of `level`. May be empty.
    std::string_view level_text;
    std::string_view flags;  // flag names as written in the catalog
    std::uint32_t cpu = 0;
    std::uint32_t pid = 0;
    std::uint32_t tid = 0;
    std::uint64_t sequence = 0;
    std::int64_t timestamp_ns = 0;                                    // since the Unix epoch
    TimeGranularity time_granularity = TimeGranularity::nanoseconds;  // what timestamp_ns holds
    std::string_view host;  // %!HOST!: the trace's hostname, may be empty
};

// A malformed prefix. position() is the byte offset in the prefix string of the problem.
class PrefixError : public Error {
  public:
    PrefixError(const std::string& message, std::size_t position)
        : Error(message), position_(position) {}
    std::size_t position() const { return position_; }

  private:
    std::size_t position_;
};

// The name %!LEVEL! shows for a level: TRACE_LEVEL_CRITICAL .. TRACE_LEVEL_VERBOSE,
// TRACE_LEVEL_RESERVED6..9, the number above. Level 0 (DoTraceMessage) has no level of its
// own: WPP shows the flag name there, so this returns `flags` (or TRACE_LEVEL_NONE if empty).
std::string_view level_name(std::uint8_t level, std::string_view flags);

class Prefix {
  public:
    // tracefmt's default: [CPU]PID.TID::time [module]
    static constexpr std::string_view default_format = "[%9!d!]%8!04X!.%3!04X!::%4!s! [%1!s!]";
    // The default when events come from several machines: the host first.
    static constexpr std::string_view default_host_format =
        "%!HOST! [%9!d!]%8!04X!.%3!04X!::%4!s! [%1!s!]";

    // Parses `format`; throws PrefixError when it is malformed.
    explicit Prefix(std::string_view format = default_format, TimeOptions time = {});

    // Appends the prefix of one event. Not const: the time text is cached per second, so use
    // one Prefix per thread.
    void render(const EventContext& event, std::string& out);

    const std::string& format() const { return format_; }

  private:
    enum class Kind : std::uint8_t {
        literal,
        module,
        file_line,
        tid,
        time,
        kernel_time,
        user_time,
        sequence,
        pid,
        cpu,
        function,
        level,
        flags,
        compname,
        subcomp,
        file,
        line,
        host,
    };
    struct Piece {
        Kind kind = Kind::literal;
        std::uint32_t text_begin = 0;  // literal: text in text_
        std::uint32_t text_length = 0;
        wpp_spec spec{};  // fields %1..%9: their conversion
    };

    void parse();

    std::string format_;
    std::string text_;
    std::vector<Piece> pieces_;
    TimeFormatter time_;
};

}  // namespace wpptrace::decoder
