// Every constant the emulated WFP headers define (runtime/wdk/headers: fwptypes.h, fwpsk.h,
// fwpmk.h, ndis.h) has the value Windows gives it. The headers are read as text, both ours and
// mingw-w64's (ntstatus.h, fwptypes.h, fwpmtypes.h, fwpmu.h, rpcdce.h, winsock2.h, ddk/ndis.h: the
// mingw-w64-common package scripts/install-deps installs), #defines and enum members evaluated
// alike. A name mingw-w64 does not have (fwpsk.h and fwpmk.h are kernel headers it lacks) must
// be in this test's reference: the WDK's values, the enumerations in the order the WDK's
// documentation gives them. A name in neither fails the test, so a new constant cannot go
// unchecked.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Constants = std::map<std::string, std::int64_t>;

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Comments out, continuation lines joined, casts and MSVC's long markers dropped.
std::string preprocess(std::string text) {
    text = std::regex_replace(text, std::regex(R"(/\*[\s\S]*?\*/)"), " ");
    text = std::regex_replace(text, std::regex(R"(//[^\n]*)"), " ");
    text = std::regex_replace(text, std::regex(R"(\\\r?\n)"), " ");
    text = std::regex_replace(
        text,
        std::regex(
            R"(\(\s*(NTSTATUS|HRESULT|UINT8|UINT16|UINT32|UINT64|ULONG|LONG|DWORD|int|unsigned)\s*\))"),
        " ");
    text = std::regex_replace(text, std::regex(R"(__MSABI_LONG)"), " ");
    return text;
}

// A small integer expression evaluator: numbers (with C suffixes), known names, ( ), ~ - + and
// the binary | ^ & << >> + -. nullopt: not an integer constant expression of known names.
class Expression {
  public:
    Expression(const std::string& text, const Constants& known) : known_(known) {
        for (std::size_t i = 0; i < text.size();) {
            char c = text[i];
            if (std::isspace(static_cast<unsigned char>(c))) {
                ++i;
            } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
                std::size_t j = i;
                while (j < text.size() &&
                       (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_'))
                    ++j;
                tokens_.push_back(text.substr(i, j - i));
                i = j;
            } else if ((c == '<' || c == '>') && i + 1 < text.size() && text[i + 1] == c) {
                tokens_.push_back(std::string(2, c));
                i += 2;
            } else {
                tokens_.push_back(std::string(1, c));
                ++i;
            }
        }
    }

    std::optional<std::int64_t> value() {
        auto v = binary(0);
        if (!v || pos_ != tokens_.size()) return std::nullopt;
        return v;
    }

  private:
    static int precedence(const std::string& op) {
        if (op == "|") return 1;
        if (op == "^") return 2;
        if (op == "&") return 3;
        if (op == "<<" || op == ">>") return 4;
        if (op == "+" || op == "-") return 5;
        return -1;
    }

    std::optional<std::int64_t> binary(int min) {
        auto left = unary();
        while (left && pos_ < tokens_.size()) {
            const std::string op = tokens_[pos_];
            int p = precedence(op);
            if (p < 0 || p < min) break;
            ++pos_;
            auto right = binary(p + 1);
            if (!right) return std::nullopt;
            if (op == "|") *left |= *right;
            if (op == "^") *left ^= *right;
            if (op == "&") *left &= *right;
            if (op == "<<") *left <<= *right;
            if (op == ">>") *left >>= *right;
            if (op == "+") *left += *right;
            if (op == "-") *left -= *right;
        }
        return left;
    }

    std::optional<std::int64_t> unary() {
        if (pos_ >= tokens_.size()) return std::nullopt;
        const std::string t = tokens_[pos_++];
        if (t == "(") {
            auto v = binary(0);
            if (!v || pos_ >= tokens_.size() || tokens_[pos_++] != ")") return std::nullopt;
            return v;
        }
        if (t == "~") {
            auto v = unary();
            return v ? std::optional<std::int64_t>(~*v & 0xffffffffLL) : std::nullopt;
        }
        if (t == "-" || t == "+") {
            auto v = unary();
            return v ? std::optional<std::int64_t>(t == "-" ? -*v : *v) : std::nullopt;
        }
        if (std::isdigit(static_cast<unsigned char>(t[0]))) {
            std::string digits = t;  // u, U, l and L are no hex digits: all suffix
            while (!digits.empty() && std::string("uUlL").find(digits.back()) != std::string::npos)
                digits.pop_back();
            return static_cast<std::int64_t>(std::stoull(digits, nullptr, 0));
        }
        auto it = known_.find(t);
        if (it == known_.end()) return std::nullopt;
        return it->second;
    }

    const Constants& known_;
    std::vector<std::string> tokens_;
    std::size_t pos_ = 0;
};

// #defines of integer values and enum members, in the order the headers give them.
void collect(const std::string& raw, Constants& out) {
    std::string text = preprocess(raw);
    static const std::regex define(R"(#\s*define\s+([A-Za-z_]\w*)[ \t]+([^\n]+))");
    static const std::regex enumeration(R"(\benum\s+\w*\s*\{([^}]*)\})");
    // Defines and enums interleave: take them by position.
    struct Item {
        std::size_t at;
        std::string name, value;  // an enum's body has no name
    };
    std::vector<Item> items;
    for (std::sregex_iterator it(text.begin(), text.end(), define), end; it != end; ++it)
        items.push_back({static_cast<std::size_t>(it->position()), (*it)[1], (*it)[2]});
    for (std::sregex_iterator it(text.begin(), text.end(), enumeration), end; it != end; ++it)
        items.push_back({static_cast<std::size_t>(it->position()), "", (*it)[1]});
    std::sort(items.begin(), items.end(), [](auto& a, auto& b) { return a.at < b.at; });
    for (const Item& item : items) {
        if (!item.name.empty()) {
            if (auto v = Expression(item.value, out).value()) out[item.name] = *v;
            continue;
        }
        std::int64_t next = 0;
        std::stringstream members(item.value);
        std::string member;
        while (std::getline(members, member, ',')) {
            member = std::regex_replace(member, std::regex(R"(#[^\n]*)"), " ");
            std::smatch m;
            if (!std::regex_search(member, m, std::regex(R"(([A-Za-z_]\w*)\s*(=\s*(.+))?)")))
                continue;
            if (m[2].matched) {
                auto v = Expression(m[3], out).value();
                if (!v) continue;
                next = *v;
            }
            out[m[1]] = next++;
        }
    }
}

Constants ours_all(const std::string& dir) {
    Constants ours;
    for (const char* header : {"fwptypes.h", "fwpsk.h", "fwpmk.h", "ndis.h"})
        collect(read_text(dir + "/" + header), ours);
    return ours;
}

Constants mingw() {
    Constants theirs;
    for (const char* header : {"winsock2.h", "rpcdce.h", "ntstatus.h", "fwptypes.h", "fwpmtypes.h",
                               "fwpmu.h", "ddk/ndis.h"})
        collect(read_text(std::string(WPPTRACE_MINGW_INCLUDE_DIR) + "/" + header), theirs);
    return theirs;
}

// ---- The WDK's values for what mingw-w64 lacks -------------------------------------------

// The layers of FWPS_BUILTIN_LAYERS in the documentation's order, each with V4, its discard
// layer, V6, its discard layer.
const char* const builtin_layers[] = {
    "INBOUND_IPPACKET",        "OUTBOUND_IPPACKET",   "IPFORWARD",
    "INBOUND_TRANSPORT",       "OUTBOUND_TRANSPORT",  "STREAM",
    "DATAGRAM_DATA",           "INBOUND_ICMP_ERROR",  "OUTBOUND_ICMP_ERROR",
    "ALE_RESOURCE_ASSIGNMENT", "ALE_AUTH_LISTEN",     "ALE_AUTH_RECV_ACCEPT",
    "ALE_AUTH_CONNECT",        "ALE_FLOW_ESTABLISHED"};

// Data field enumerations, in the documentation's order (their first members).
const std::vector<std::string> ale_common = {
    "ALE_APP_ID",         "ALE_USER_ID",          "IP_LOCAL_ADDRESS",  "IP_LOCAL_ADDRESS_TYPE",
    "IP_LOCAL_PORT",      "IP_PROTOCOL",          "IP_REMOTE_ADDRESS", "IP_REMOTE_PORT",
    "ALE_REMOTE_USER_ID", "ALE_REMOTE_MACHINE_ID"};
std::vector<std::string> ale(std::vector<std::string> more) {
    std::vector<std::string> all = ale_common;
    all.insert(all.end(), more.begin(), more.end());
    return all;
}
const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> field_orders = {
    {{"ALE_AUTH_CONNECT_V4", "ALE_AUTH_CONNECT_V6"},
     ale({"IP_DESTINATION_ADDRESS_TYPE", "IP_LOCAL_INTERFACE", "FLAGS", "INTERFACE_TYPE",
          "TUNNEL_TYPE", "INTERFACE_INDEX", "SUB_INTERFACE_INDEX"})},
    {{"ALE_AUTH_RECV_ACCEPT_V4", "ALE_AUTH_RECV_ACCEPT_V6"},
     ale({"IP_LOCAL_INTERFACE", "FLAGS", "SIO_FIREWALL_SYSTEM_PORT", "NAP_CONTEXT",
          "INTERFACE_TYPE", "TUNNEL_TYPE", "INTERFACE_INDEX", "SUB_INTERFACE_INDEX"})},
    {{"ALE_FLOW_ESTABLISHED_V4", "ALE_FLOW_ESTABLISHED_V6"},
     ale({"IP_DESTINATION_ADDRESS_TYPE", "IP_LOCAL_INTERFACE", "DIRECTION", "INTERFACE_TYPE",
          "TUNNEL_TYPE", "FLAGS"})},
    {{"INBOUND_TRANSPORT_V4", "INBOUND_TRANSPORT_V6"},
     {"IP_PROTOCOL", "IP_LOCAL_ADDRESS", "IP_REMOTE_ADDRESS", "IP_LOCAL_ADDRESS_TYPE",
      "IP_LOCAL_PORT", "IP_REMOTE_PORT", "IP_LOCAL_INTERFACE", "INTERFACE_INDEX",
      "SUB_INTERFACE_INDEX", "FLAGS", "INTERFACE_TYPE", "TUNNEL_TYPE", "PROFILE_ID",
      "IPSEC_SECURITY_REALM_ID", "COMPARTMENT_ID"}},
    {{"OUTBOUND_TRANSPORT_V4", "OUTBOUND_TRANSPORT_V6"},
     {"IP_PROTOCOL", "IP_LOCAL_ADDRESS", "IP_LOCAL_ADDRESS_TYPE", "IP_REMOTE_ADDRESS",
      "IP_LOCAL_PORT", "IP_REMOTE_PORT", "IP_LOCAL_INTERFACE", "INTERFACE_INDEX",
      "SUB_INTERFACE_INDEX", "IP_DESTINATION_ADDRESS_TYPE", "FLAGS", "INTERFACE_TYPE",
      "TUNNEL_TYPE", "PROFILE_ID", "IPSEC_SECURITY_REALM_ID", "COMPARTMENT_ID"}},
    {{"DATAGRAM_DATA_V4", "DATAGRAM_DATA_V6"},
     {"IP_PROTOCOL", "IP_LOCAL_ADDRESS", "IP_REMOTE_ADDRESS", "IP_LOCAL_ADDRESS_TYPE",
      "IP_LOCAL_PORT", "IP_REMOTE_PORT", "IP_LOCAL_INTERFACE", "INTERFACE_INDEX",
      "SUB_INTERFACE_INDEX", "DIRECTION", "FLAGS", "INTERFACE_TYPE", "TUNNEL_TYPE",
      "COMPARTMENT_ID"}},
    {{"STREAM_V4", "STREAM_V6"},
     {"IP_LOCAL_ADDRESS", "IP_LOCAL_ADDRESS_TYPE", "IP_REMOTE_ADDRESS", "IP_LOCAL_PORT",
      "IP_REMOTE_PORT", "DIRECTION", "FLAGS"}},
};

Constants wdk_reference() {
    Constants r;
    std::int64_t id = 0;
    for (const char* layer : builtin_layers)
        for (const char* suffix : {"_V4", "_V4_DISCARD", "_V6", "_V6_DISCARD"})
            r[std::string("FWPS_LAYER_") + layer + suffix] = id++;
    for (const auto& [layers, fields] : field_orders)
        for (const auto& layer : layers)
            for (std::size_t i = 0; i < fields.size(); ++i)
                r["FWPS_FIELD_" + layer + "_" + fields[i]] = static_cast<std::int64_t>(i);
    // fwpsk.h / fwpmk.h / ndis.h / ifdef.h / fwpmtypes.h (the WDK's; not in mingw-w64).
    const std::pair<const char*, std::int64_t> values[] = {
        {"FWPS_METADATA_FIELD_DISCARD_REASON", 0x1},
        {"FWPS_METADATA_FIELD_FLOW_HANDLE", 0x2},
        {"FWPS_METADATA_FIELD_IP_HEADER_SIZE", 0x4},
        {"FWPS_METADATA_FIELD_TRANSPORT_HEADER_SIZE", 0x8},
        {"FWPS_METADATA_FIELD_PROCESS_PATH", 0x10},
        {"FWPS_METADATA_FIELD_TOKEN", 0x20},
        {"FWPS_METADATA_FIELD_PROCESS_ID", 0x40},
        {"FWPS_METADATA_FIELD_SYSTEM_FLAGS", 0x80},
        {"FWPS_METADATA_FIELD_COMPARTMENT_ID", 0x800},
        {"FWPS_METADATA_FIELD_COMPLETION_HANDLE", 0x4000},
        {"FWPS_METADATA_FIELD_TRANSPORT_ENDPOINT_HANDLE", 0x8000},
        {"FWPS_METADATA_FIELD_TRANSPORT_CONTROL_DATA", 0x10000},
        {"FWPS_METADATA_FIELD_REMOTE_SCOPE_ID", 0x20000},
        {"FWPS_METADATA_FIELD_PACKET_DIRECTION", 0x40000},
        {"FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED", 0x400000},
        {"FWPS_RIGHT_ACTION_WRITE", 0x1},
        {"FWPS_CLASSIFY_OUT_FLAG_ABSORB", 0x1},
        {"FWPS_CLASSIFY_OUT_FLAG_BUFFER_LIMIT_REACHED", 0x2},
        {"FWPS_CLASSIFY_OUT_FLAG_NO_MORE_DATA", 0x4},
        {"FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT", 0x1},
        {"FWPS_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED", 0x2},
        {"FWPS_STREAM_FLAG_RECEIVE", 0x1},
        {"FWPS_STREAM_FLAG_RECEIVE_EXPEDITED", 0x2},
        {"FWPS_STREAM_FLAG_RECEIVE_DISCONNECT", 0x4},
        {"FWPS_STREAM_FLAG_RECEIVE_ABORT", 0x8},
        {"FWPS_STREAM_FLAG_SEND", 0x10},
        {"FWPS_STREAM_FLAG_SEND_EXPEDITED", 0x20},
        {"FWPS_STREAM_FLAG_SEND_NODELAY", 0x40},
        {"FWPS_STREAM_FLAG_SEND_DISCONNECT", 0x80},
        {"FWPS_STREAM_FLAG_SEND_ABORT", 0x100},
        {"FWPS_STREAM_ACTION_NONE", 0},
        {"FWPS_STREAM_ACTION_ALLOW_CONNECTION", 1},
        {"FWPS_STREAM_ACTION_NEED_MORE_DATA", 2},
        {"FWPS_STREAM_ACTION_DROP_CONNECTION", 3},
        {"FWPS_STREAM_ACTION_DEFER", 4},
        {"FWPS_CALLOUT_NOTIFY_ADD_FILTER", 0},
        {"FWPS_CALLOUT_NOTIFY_DELETE_FILTER", 1},
        {"FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT", 2},
        {"FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW", 0x1},
        {"FWP_CALLOUT_FLAG_ALLOW_OFFLOAD", 0x2},
        {"FWP_CALLOUT_FLAG_ENABLE_COMMIT_ADD_NOTIFY", 0x4},
        {"FWP_CALLOUT_FLAG_ALLOW_MID_STREAM_INSPECTION", 0x8},
        {"FWP_CALLOUT_FLAG_ALLOW_RECLASSIFY", 0x10},
        {"FWPS_INJECTION_TYPE_STREAM", 0x1},
        {"FWPS_INJECTION_TYPE_TRANSPORT", 0x2},
        {"FWPS_INJECTION_TYPE_NETWORK", 0x4},
        {"FWPS_INJECTION_TYPE_FORWARD", 0x8},
        {"FWPS_INJECTION_TYPE_L2", 0x10},
        {"FWPS_PACKET_NOT_INJECTED", 0},
        {"FWPS_PACKET_INJECTED_BY_SELF", 1},
        {"FWPS_PACKET_INJECTED_BY_OTHER", 2},
        {"FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF", 3},
        {"UNSPECIFIED_COMPARTMENT_ID", 0},
        {"DEFAULT_COMPARTMENT_ID", 1},
        {"FWPM_SESSION_FLAG_DYNAMIC", 0x1},
        {"FWPM_TXN_READ_ONLY", 0x1},
        {"FWPM_PROVIDER_FLAG_PERSISTENT", 0x1},
        {"FWPM_SUBLAYER_FLAG_PERSISTENT", 0x1},
        {"FWPM_CALLOUT_FLAG_PERSISTENT", 0x10000},
        {"FWPM_CALLOUT_FLAG_USES_PROVIDER_CONTEXT", 0x20000},
        {"FWPM_CALLOUT_FLAG_REGISTERED", 0x40000},
        {"FWPM_FILTER_FLAG_NONE", 0x0},
        {"FWPM_FILTER_FLAG_PERSISTENT", 0x1},
        {"FWPM_FILTER_FLAG_BOOTTIME", 0x2},
        {"FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT", 0x4},
        {"FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT", 0x8},
        {"FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED", 0x10},
        {"FWPM_FILTER_FLAG_DISABLED", 0x20},
        {"NDIS_STATUS_SUCCESS", 0},
        {"NDIS_OBJECT_TYPE_DEFAULT", 0x80},
        {"NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1", 1},
        {"FWPS_DISCARD_MODULE_NETWORK", 0},
        {"FWPS_DISCARD_MODULE_TRANSPORT", 1},
        {"FWPS_DISCARD_MODULE_GENERAL", 2},
        {"FWPM_SERVICE_STOPPED", 0},
        {"FWPM_SERVICE_START_PENDING", 1},
        {"FWPM_SERVICE_STOP_PENDING", 2},
        {"FWPM_SERVICE_RUNNING", 3},
        {"FWPS_CONNECTION_NOT_REDIRECTED", 0},
        {"FWPS_CONNECTION_REDIRECTED_BY_SELF", 1},
        {"FWPS_CONNECTION_REDIRECTED_BY_OTHER", 2},
        {"FWPS_CONNECTION_PREVIOUSLY_REDIRECTED_BY_SELF", 3},
    };
    for (auto& [name, value] : values) r[name] = value;
    return r;
}

// Not values Windows defines: our counts of emulated fields (the WDK's _MAX grows with each
// Windows version) and include guards.
bool ours_only(const std::string& name) {
    // NDIS_SIZEOF_*: a structure's size (offsetof), not a number a header can give.
    return name.ends_with("_MAX") || name.starts_with("WPPTRACE_") || name == "NTAPI" ||
           name.starts_with("NDIS_SIZEOF_");
}

TEST(WfpConstants, EveryConstantOfOurWfpHeadersHasTheValueOfMingwOrOfTheWdk) {
    Constants theirs = mingw();
    ASSERT_GT(theirs.count("STATUS_FWP_CALLOUT_NOT_FOUND"), 0u)
        << "mingw-w64's ntstatus.h not read from " << WPPTRACE_MINGW_INCLUDE_DIR;
    ASSERT_GT(theirs.count("FWP_ACTION_CALLOUT_INSPECTION"), 0u);
    Constants reference = wdk_reference();
    Constants ours = ours_all(WFP_INCLUDE_DIR);
    ASSERT_GT(ours.size(), 200u);
    std::size_t checked_with_mingw = 0, checked_with_wdk = 0;
    for (const auto& [name, value] : ours) {
        if (ours_only(name)) continue;
        if (auto it = theirs.find(name); it != theirs.end()) {
            EXPECT_EQ(value, it->second)
                << name << ": ours 0x" << std::hex << value << ", mingw-w64 0x" << it->second;
            ++checked_with_mingw;
        } else if (auto ref = reference.find(name); ref != reference.end()) {
            EXPECT_EQ(value, ref->second)
                << name << ": ours 0x" << std::hex << value << ", the WDK's 0x" << ref->second;
            ++checked_with_wdk;
        } else {
            ADD_FAILURE() << name << " = " << value
                          << ": neither mingw-w64 nor this test's WDK reference has it";
        }
    }
    // Every STATUS_FWP_* code and FWP_* type comes from mingw-w64.
    EXPECT_GT(checked_with_mingw, 60u);
    EXPECT_GT(checked_with_wdk, 100u);
}

// The evaluator itself, on forms both header sets use.
TEST(WfpConstants, TheHeaderReaderEvaluatesDefinesCastsAndEnums) {
    Constants c;
    collect(
        "#define A (0x1000)\n#define B ((NTSTATUS)0xC0220001L)\n#define C (0x3 | A)\n"
        "typedef enum E_ { X, Y = 5, Z\n#if 1\n , W\n#endif\n } E;\n#define D __MSABI_LONG(7)\n"
        "#define F(x) x\n#define G SomeFunction\n",
        c);
    EXPECT_EQ(c["A"], 0x1000);
    EXPECT_EQ(c["B"], 0xC0220001LL);
    EXPECT_EQ(c["C"], 0x1003);
    EXPECT_EQ(c["X"], 0);
    EXPECT_EQ(c["Y"], 5);
    EXPECT_EQ(c["Z"], 6);
    EXPECT_EQ(c["W"], 7);
    EXPECT_EQ(c["D"], 7);
    EXPECT_EQ(c.count("F"), 0u);
    EXPECT_EQ(c.count("G"), 0u);
}

}  // namespace
