// live_sessions.hpp - what a relay daemon says of its live sessions, through babeltrace2's
// src.ctf.lttng-live "sessions" query: for `wpptrace record --live --wait-viewer`.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace wpptrace::decoder::babeltrace {

// One live session as a relay daemon lists it.
struct LiveSessionInfo {
    std::string url;  // net://HOST:PORT/host/HOSTNAME/SESSION
    int viewers = 0;  // attached viewers (client-count)
};

// The sessions the relay daemon at `relayd_url` (net://HOST:PORT) lists; nothing when it does not
// answer. For a relay daemon that is not the caller's own, run it in a reader child process.
std::optional<std::vector<LiveSessionInfo>> live_sessions(const std::string& relayd_url);

// What the relay daemon of `session_url` says of that session (the part before /host/ is the
// relay daemon's URL): the viewers attached to it; -1 when it does not list the session, -2
// when it does not answer. Run in the reader's child process like the graph (untrusted input).
int viewers_of(const std::string& session_url);

// The viewers attached to the session `session_url` (net://HOST:PORT/host/HOSTNAME/SESSION)
// at the relay daemon whose live port is `relayd_url` (net://HOST:PORT); -1 when the relay
// daemon does not list that session, -2 when it does not answer. Runs in the calling process:
// for a relay daemon of the caller's own (record's private one), not for untrusted ones.
int attached_viewers(const std::string& relayd_url, const std::string& session_url);

}  // namespace wpptrace::decoder::babeltrace
