// flows.cpp - the host's synthetic flows: parsed from the configuration, built into the ALE
// layers' incoming values, classified.
#include "wpptrace/wfp/flows.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string_view>

#include "address_text.hpp"
#include "filter_engine.hpp"
#include "wpptrace/wdk/nearest_name.hpp"

namespace wpptrace::wfp {
namespace {

using nlohmann::json;

// "10.0.0.1:50000" or "[2001:db8::1]:443"
Endpoint parse_endpoint(const std::string& text, bool& ipv6, const std::string& where) {
    Endpoint e;
    std::string host, port;
    if (!text.empty() && text[0] == '[') {
        auto close = text.find("]:");
        if (close == std::string::npos) throw FlowConfigError(where + ": expected [IPv6]:port");
        host = text.substr(1, close - 1);
        port = text.substr(close + 2);
        ipv6 = true;
    } else {
        auto colon = text.rfind(':');
        if (colon == std::string::npos) throw FlowConfigError(where + ": expected address:port");
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
        ipv6 = false;
    }
    if (!parse_ip_address(host, ipv6, e.address.data()))
        throw FlowConfigError(where + ": \"" + host + "\" is not an IPv" + (ipv6 ? "6" : "4") +
                              " address");
    char* end = nullptr;
    unsigned long value = std::strtoul(port.c_str(), &end, 10);
    if (port.empty() || *end || value > 65535)
        throw FlowConfigError(where + ": \"" + port + "\" is not a port");
    e.port = static_cast<std::uint16_t>(value);
    return e;
}

std::string endpoint_text(const Endpoint& e, bool ipv6) {
    // Built by append: GCC 12 at -O3 sees a false -Wrestrict in "[" + std::string&&.
    std::string out = ipv6 ? "[" : "";
    out += ip_address_text(e.address.data(), ipv6);
    out += ipv6 ? "]:" : ":";
    out += std::to_string(e.port);
    return out;
}

// The layer's incoming values for the flow, as the TCP/IP stack would fill them.
Classification values_for(const LayerInfo& layer, const FlowSpec& flow, UINT64 flow_handle) {
    Classification c;
    c.layer = &layer;
    c.values.resize(layer.value_count);
    for (auto& v : c.values) v.value.type = FWP_EMPTY;
    auto address = [&](int index, const Endpoint& e, FWP_BYTE_ARRAY16& storage) {
        FWP_VALUE0& v = c.values[index].value;
        if (layer.ipv6) {
            std::memcpy(storage.byteArray16, e.address.data(), 16);
            v.type = FWP_BYTE_ARRAY16_TYPE;
            v.byteArray16 = &storage;
        } else {  // host order, as WFP gives IPv4 addresses
            v.type = FWP_UINT32;
            v.uint32 = static_cast<UINT32>(e.address[0]) << 24 |
                       static_cast<UINT32>(e.address[1]) << 16 |
                       static_cast<UINT32>(e.address[2]) << 8 | e.address[3];
        }
    };
    const LayerFields& f = layer.fields;
    address(f.local_address, flow.local, c.addresses[0]);
    address(f.remote_address, flow.remote, c.addresses[1]);
    c.values[f.local_port].value.type = FWP_UINT16;
    c.values[f.local_port].value.uint16 = flow.local.port;
    c.values[f.remote_port].value.type = FWP_UINT16;
    c.values[f.remote_port].value.uint16 = flow.remote.port;
    if (f.protocol >= 0) {
        c.values[f.protocol].value.type = FWP_UINT8;
        c.values[f.protocol].value.uint8 = flow.protocol;
    }
    if (f.direction >= 0) {
        c.values[f.direction].value.type = FWP_UINT32;
        c.values[f.direction].value.uint32 =
            flow.inbound ? FWP_DIRECTION_INBOUND : FWP_DIRECTION_OUTBOUND;
    }
    // The flows are the host's own: its process owns the endpoints.
    c.metadata.currentMetadataValues = FWPS_METADATA_FIELD_PROCESS_ID;
    c.metadata.processId = static_cast<UINT64>(getpid());
    if (layer.has_flow) {
        c.metadata.currentMetadataValues |= FWPS_METADATA_FIELD_FLOW_HANDLE;
        c.metadata.flowHandle = flow_handle;
    }
    return c;
}

}  // namespace

std::vector<FlowSpec> parse_flows(const std::string& json_array) {
    json flows;
    try {
        flows = json::parse(json_array);
    } catch (const json::exception& e) {
        throw FlowConfigError(std::string("flows: not valid JSON: ") + e.what());
    }
    if (!flows.is_array()) throw FlowConfigError("flows: expected a list of flows");
    std::vector<FlowSpec> out;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const json& f = flows[i];
        std::string where = "flows[" + std::to_string(i) + "]";
        if (!f.is_object()) throw FlowConfigError(where + ": expected an object");
        static constexpr std::string_view keys[] = {"protocol",  "local", "remote",
                                                    "direction", "count", "data"};
        for (const auto& [key, value] : f.items())
            if (std::find(std::begin(keys), std::end(keys), key) == std::end(keys))
                throw FlowConfigError(where + ": " + wdk::unknown_name_message("key", key, keys));
        FlowSpec spec;
        std::string protocol = f.value("protocol", "tcp");
        if (protocol == "tcp")
            spec.protocol = 6;
        else if (protocol == "udp")
            spec.protocol = 17;
        else
            throw FlowConfigError(where + ".protocol: \"tcp\" or \"udp\"");
        if (!f.contains("local") || !f["local"].is_string() || !f.contains("remote") ||
            !f["remote"].is_string())
            throw FlowConfigError(where + ": needs \"local\" and \"remote\" (\"address:port\")");
        bool local_v6 = false, remote_v6 = false;
        spec.local = parse_endpoint(f["local"].get<std::string>(), local_v6, where + ".local");
        spec.remote = parse_endpoint(f["remote"].get<std::string>(), remote_v6, where + ".remote");
        if (local_v6 != remote_v6)
            throw FlowConfigError(where + ": local and remote of different address families");
        spec.ipv6 = local_v6;
        std::string direction = f.value("direction", "outbound");
        if (direction != "outbound" && direction != "inbound")
            throw FlowConfigError(where + ".direction: \"outbound\" or \"inbound\"");
        spec.inbound = direction == "inbound";
        if (f.contains("count")) {
            // Refused beyond the limit rather than wrapped (2^32 + 1 would be one flow).
            constexpr std::uint64_t max_flows = 1000000;
            if (!f["count"].is_number_unsigned() || f["count"].get<std::uint64_t>() > max_flows)
                throw FlowConfigError(where + ".count: expected a number from 0 to " +
                                      std::to_string(max_flows) + ", got " + f["count"].dump());
            spec.count = static_cast<unsigned>(f["count"].get<std::uint64_t>());
        }
        if (f.contains("data")) {
            const json& data = f["data"];
            if (!data.is_array())
                throw FlowConfigError(where +
                                      ".data: expected a list of {\"send\": text} or "
                                      "{\"receive\": text}");
            for (std::size_t j = 0; j < data.size(); ++j) {
                const json& d = data[j];
                std::string at = where + ".data[" + std::to_string(j) + "]";
                if (!d.is_object() || d.size() != 1 ||
                    !(d.contains("send") || d.contains("receive")) ||
                    !d.begin().value().is_string())
                    throw FlowConfigError(at +
                                          ": expected {\"send\": text} or "
                                          "{\"receive\": text}");
                spec.data.emplace_back(d.contains("send"), d.begin().value().get<std::string>());
            }
            if (!spec.data.empty() && spec.protocol != 6)
                throw FlowConfigError(where + ".data: only TCP flows carry a stream");
        }
        out.push_back(spec);
    }
    return out;
}

std::string describe(const FlowSpec& flow) {
    return std::string(flow.protocol == 6 ? "tcp " : "udp ") +
           endpoint_text(flow.local, flow.ipv6) + " -> " + endpoint_text(flow.remote, flow.ipv6) +
           (flow.inbound ? " inbound" : " outbound");
}

Verdict run_flow(const FlowSpec& flow, StreamOutcome* stream) {
    FilterEngine& engine = FilterEngine::instance();
    Classification auth = values_for(
        auth_layer(flow.ipv6, flow.inbound ? FWP_DIRECTION_INBOUND : FWP_DIRECTION_OUTBOUND), flow,
        0);
    if (engine.classify(auth, 0).action == FWP_ACTION_BLOCK) return Verdict::blocked;
    // Authorized: the flow exists from here on, with a handle for flow contexts.
    UINT64 handle = engine.begin_flow(values_for(stream_layer(flow.ipv6), flow, 0));
    Classification established = values_for(established_layer(flow.ipv6), flow, handle);
    Verdict verdict = engine.classify(established, handle).action == FWP_ACTION_BLOCK
                          ? Verdict::blocked
                          : Verdict::permitted;
    // A TCP connection's data, then both ends close.
    if (verdict == Verdict::permitted && flow.protocol == 6 && !flow.data.empty()) {
        for (const auto& [send, bytes] : flow.data) engine.indicate_stream(handle, send, bytes);
        engine.disconnect_stream(handle);
        if (stream) *stream = engine.stream_result(handle);
    }
    engine.end_flow(handle);
    return verdict;
}

namespace {
std::string quoted(const std::string& bytes) {
    std::string out = "\"";
    for (unsigned char ch : bytes) {
        if (ch == '\r')
            out += "\\r";
        else if (ch == '\n')
            out += "\\n";
        else if (ch == '"' || ch == '\\')
            out += std::string("\\") + static_cast<char>(ch);
        else if (ch < 0x20 || ch >= 0x7f) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", ch);
            out += hex;
        } else
            out += static_cast<char>(ch);
    }
    return out + "\"";
}
}  // namespace

std::vector<std::string> describe_stream(const FlowOutcome& outcome) {
    const StreamOutcome& s = outcome.stream;
    std::vector<std::string> out;
    if (outcome.flow.data.empty() || !outcome.permitted) return out;
    std::string head = "stream " + describe(outcome.flow) + ": ";
    if (!s.sent.empty())
        out.push_back(head + "sent " + quoted(s.sent) + ", delivered " + quoted(s.delivered_sent));
    if (!s.received.empty())
        out.push_back(head + "received " + quoted(s.received) + ", delivered " +
                      quoted(s.delivered_received));
    if (s.reset) out.push_back(head + "connection reset by a callout");
    return out;
}

unsigned FeedReport::permitted() const {
    unsigned n = 0;
    for (auto& f : flows) n += f.permitted;
    return n;
}

unsigned FeedReport::blocked() const {
    unsigned n = 0;
    for (auto& f : flows) n += f.blocked;
    return n;
}

FeedReport feed_flows(const std::vector<FlowSpec>& flows) {
    FeedReport report;
    for (const auto& flow : flows) {
        FlowOutcome outcome{flow, 0, 0, {}};
        for (unsigned i = 0; i < flow.count; ++i)
            ++(run_flow(flow, &outcome.stream) == Verdict::permitted ? outcome.permitted
                                                                     : outcome.blocked);
        report.flows.push_back(outcome);
    }
    return report;
}

std::vector<std::string> release_ndis_leftovers();  // ndis_pools.cpp

std::vector<std::string> release_leftovers() {
    std::vector<std::string> out = FilterEngine::instance().release_leftovers();
    for (auto& text : release_ndis_leftovers()) out.push_back(text);
    return out;
}

}  // namespace wpptrace::wfp
