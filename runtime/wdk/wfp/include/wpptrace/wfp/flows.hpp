// flows.hpp - what the host does with the emulated filter engine: synthetic IPv4 and IPv6
// flows (the "flows" section of its configuration) go through the ALE layers, and each ends
// permitted or blocked.
//
//   auto flows = wpptrace::wfp::parse_flows(R"([{"protocol": "tcp", "local": "10.0.0.1:50000",
//                                                "remote": "93.184.216.34:443"}])");
//   auto report = wpptrace::wfp::feed_flows(flows);   // report.permitted(), report.blocked()
//   for (auto& problem : wpptrace::wfp::release_leftovers()) ...   // after the drivers unloaded
#pragma once

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace wpptrace::wfp {

class FlowConfigError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct Endpoint {
    std::array<std::uint8_t, 16> address{};  // network order; IPv4 in the first 4 bytes
    std::uint16_t port = 0;
};

struct FlowSpec {
    std::uint8_t protocol = 6;  // IPPROTO_TCP 6, IPPROTO_UDP 17
    bool ipv6 = false;
    Endpoint local, remote;
    bool inbound = false;  // outbound: ALE_AUTH_CONNECT; inbound: ALE_AUTH_RECV_ACCEPT
    unsigned count = 1;    // the same flow again, each time a new one
    // TCP data once the flow is established, in order: (true: the local end sends, false: it
    // receives, bytes). It goes through the stream layer's callouts.
    std::vector<std::pair<bool, std::string>> data;
};

// What became of a flow's data: what each side sent and what reached the other side.
struct StreamOutcome {
    std::string sent, received;
    std::string delivered_sent, delivered_received;
    bool reset = false;  // the connection was dropped or aborted by a callout
};

// The "flows" array of the host configuration (schema in runtime/wdk/host/README.md); unknown keys
// and malformed addresses are errors.
std::vector<FlowSpec> parse_flows(const std::string& json_array);

// "tcp 10.0.0.1:50000 -> [2001:db8::1]:443 outbound"
std::string describe(const FlowSpec& flow);

enum class Verdict { permitted, blocked };

// One flow: authorization (connect or receive/accept), then, if permitted, flow established,
// its data through the stream layer and the disconnect; then the flow ends (flow contexts go
// to flowDeleteFn). stream, if given, receives what became of the data.
Verdict run_flow(const FlowSpec& flow, StreamOutcome* stream = nullptr);

struct FlowOutcome {
    FlowSpec flow;
    unsigned permitted = 0, blocked = 0;
    StreamOutcome stream;  // of the last permitted run with data
};

// The host's lines about a flow's data ("stream ...: sent \"...\", delivered \"...\""); none
// for a flow without data.
std::vector<std::string> describe_stream(const FlowOutcome& outcome);

struct FeedReport {
    std::vector<FlowOutcome> flows;
    unsigned permitted() const;
    unsigned blocked() const;
};

// Every flow, count times each, in order.
FeedReport feed_flows(const std::vector<FlowSpec>& flows);

// After the drivers have unloaded: what they left in the engine (callouts still registered,
// engine handles still open), one line each; the engine is then empty.
std::vector<std::string> release_leftovers();

}  // namespace wpptrace::wfp
