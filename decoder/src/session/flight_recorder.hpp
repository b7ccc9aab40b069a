// flight_recorder.hpp - `wpptrace record --flight-recorder`: the session as LTTng's flight
// recorder (a snapshot session: overwrite rings in memory, written out only as dumps), with
// automatic dumps on an error message (an LTTng trigger) and when the command crashed, hung or
// was killed (README "Flight recorder").
//
// Every dump is a directory under the trace directory, named for what caused it by LTTng's
// snapshot name (error-DATE-N, crash-DATE-N, killed-SIGKILL-DATE-N, snapshot-DATE-N) and holding
// a reason.txt that says it in a sentence. A dump holds the wpp_catalog channel too, with the
// catalog events and LTTng-UST's state dump: it decodes with no -c.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace wpptrace::decoder {

struct RecordOptions;

// `--dump-on LEVEL[:DRIVER,...]`: the first message at LEVEL or worse, of these drivers (all when
// none is named), dumps the ring.
struct DumpCondition {
    std::string level;        // WPP level name: CRITICAL ERROR WARNING INFORMATION VERBOSE
    std::string lttng_level;  // its LTTng log level: TRACE_ERR
    std::vector<std::string> drivers;

    std::string dump_name() const;  // the snapshot's name: "error", "error-DrvA-DrvB"
    std::string reason() const;     // "the first message at ERROR or worse (drivers: DrvA)"
};

// Throws RecordError naming --dump-on for a bad level or driver name.
DumpCondition parse_dump_on(const std::string& spec);

class FlightRecorder {
  public:
    using Lttng = std::function<void(std::vector<std::string>)>;

    // Checks the options (throws RecordError); `lttng` runs one lttng command.
    FlightRecorder(const RecordOptions& options, std::string trace_dir, std::string session,
                   Lttng lttng);
    ~FlightRecorder();  // removes the triggers that are still there
    FlightRecorder(const FlightRecorder&) = delete;
    FlightRecorder& operator=(const FlightRecorder&) = delete;

    // `lttng create SESSION` options: --snapshot, with the trace directory as its output, and
    // --shm-path.
    std::vector<std::string> create_options() const;
    // The message channel's ring per CPU: --size rounded down to a power of two, 4 sub-buffers.
    std::uint64_t subbuffer_bytes() const { return subbuffer_bytes_; }
    unsigned subbuffers() const { return 4; }

    // One trigger per --dump-on condition (after the channels, before `lttng start`): the first
    // matching message snapshots the session into the trace directory.
    void add_triggers();
    // Once the command ended: a dump named for it when it exited 4 (wpptrace-host: a driver
    // crashed) or 5 (a driver hung) or was killed by `signal`. Then the triggers go.
    void on_command_end(int status, int signal);
    // After `lttng destroy`: writes reason.txt into each dump that lacks one; returns the dumps.
    std::vector<std::string> finish();

  private:
    void remove_triggers() noexcept;

    std::string trace_dir_;
    std::string session_;
    Lttng lttng_;
    std::string shm_path_;   // --shm-path, absolute; empty: LTTng's shared memory
    bool finished_ = false;  // the session was destroyed and the dumps listed
    std::uint64_t subbuffer_bytes_;
    std::vector<DumpCondition> conditions_;
    std::vector<std::string> triggers_;           // added and not yet removed
    std::map<std::string, std::string> reasons_;  // dump name -> reason
};

// The reason.txt of a dump directory.
void write_dump_reason(const std::string& dump_dir, const std::string& reason);

}  // namespace wpptrace::decoder
