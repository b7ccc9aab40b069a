// relayd.hpp - the lttng-relayd side of `wpptrace record --live`: a private relay daemon on
// loopback, and the URLs a live session and its viewers use.
//
// lttng-relayd has no authentication and no encryption. The private one listens on 127.0.0.1
// only (control, data and live ports all given with -C/-D/-L: the control and data ports would
// otherwise listen on every address, guide pitfall 18); anyone else reaches it through an SSH
// port forward (README "Watching live").
#pragma once

#include <sys/types.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "unique_handles.hpp"

namespace wpptrace::decoder {

// Where a live session streams to and where its viewers read it.
struct RelaydEndpoints {
    std::string host;  // address of the relay daemon as the session daemon reaches it
    unsigned control_port = 5342;
    unsigned data_port = 5343;
    unsigned live_port = 5344;

    // `lttng create --set-url=` value: net://HOST:CONTROL:DATA
    std::string session_url() const;
    // What `wpptrace decode --live` reads: net://HOST:LIVE/host/HOSTNAME/SESSION
    std::string live_url(const std::string& hostname, const std::string& session) const;
};

// `--relayd net://HOST[:CONTROL[:DATA[:LIVE]]]` (tcp:// too, IPv6 in brackets) into endpoints
// with LTTng's default ports where none is given (LIVE, wpptrace's own addition, only goes into
// the URL printed for viewers); throws RecordError naming the option.
RelaydEndpoints parse_relayd_url(const std::string& url);

// A private lttng-relayd listening on 127.0.0.1 at three free ports, writing traces under
// `output_dir`. Started by the constructor (throws RecordError when it does not come up);
// stopped (SIGTERM, then SIGKILL) by stop() or the destructor. It runs in a process group of its
// own, so a terminal's Ctrl-C does not end it before the session's last data went through, and
// it dies with the process that started it (PR_SET_PDEATHSIG).
class PrivateRelayd {
  public:
    PrivateRelayd(const std::string& output_dir, bool verbose);
    ~PrivateRelayd();
    PrivateRelayd(const PrivateRelayd&) = delete;
    PrivateRelayd& operator=(const PrivateRelayd&) = delete;

    const RelaydEndpoints& endpoints() const { return endpoints_; }

    // Waits until no viewer is connected to the live port any more, at most `seconds`: a
    // viewer reading the session reads what was left after `lttng destroy`, then leaves.
    // Returns the number of viewers still connected.
    unsigned wait_for_viewers(double seconds) const;

    void stop();

  private:
    bool start(const std::string& output_dir, bool verbose, std::string& log);

    RelaydEndpoints endpoints_;
    util::ChildProcess process_;
};

struct RecordOptions;

// The live side of `wpptrace record --live`: where the session streams (the relay daemon
// --relayd names, else a private one writing under the trace directory), the options of its
// `lttng create`, and the URL a viewer reads it at.
class LiveRecording {
  public:
    // Starts the private relayd when options.relayd is empty; throws RecordError.
    LiveRecording(const RecordOptions& options, const std::string& trace_dir);

    // `lttng create NAME` options: --live=TIMER, --set-url=net://...
    std::vector<std::string> create_options() const;
    // Only the command's process is recorded (guide pitfall 13: babeltrace2 2.0.4's live reader
    // crashes on a per-UID session that another LTTng-UST application registered with first).
    // Before `lttng start`: `lttng untrack` every process. Then the command runs gated(): a
    // shell that waits for the gate (its fd 3) to close before it execs the command in its own
    // process; record tracks that process (track(pid)), then closes the gate. Channels keep
    // LTTng's per-user buffers: per-process ones (--buffers-pid) avoid the crash too, but a
    // process that exits right after emitting did not deliver its last lines to the live viewer
    // (2 of 5 runs here; per-user buffers with tracking: 6 of 6).
    std::vector<std::string> untrack_all(const std::string& session) const;
    std::vector<std::string> track(const std::string& session, pid_t pid) const;
    std::vector<std::string> gated(const std::vector<std::string>& command) const;
    struct Gate {
        util::UniqueFd command_end;  // the command's fd 3 (its read end)
        util::UniqueFd record_end;   // closed once the process is tracked
    };
    Gate open_gate() const;
    std::string live_url(const std::string& session) const;

    // Returns once a viewer has attached to the session (`--wait-viewer`), or when `give_up()`
    // says so (a signal came); polls the relay daemon's session list.
    void wait_for_viewer(const std::string& session, const std::function<bool()>& give_up) const;

    // After `lttng destroy`: lets the viewers read the rest, then stops the private relayd.
    void finish();

  private:
    const RecordOptions& options_;
    RelaydEndpoints endpoints_;
    std::unique_ptr<PrivateRelayd> relayd_;
};

}  // namespace wpptrace::decoder
