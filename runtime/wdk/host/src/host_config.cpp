// host_config.cpp - the host's JSON configuration (schema in runtime/wdk/host/README.md).
#include "wpptrace/host/host_config.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace wpptrace::host {
namespace {

using nlohmann::json;

// Numbers may be written as JSON numbers or as strings ("0x222004"), as control codes and
// NTSTATUS values usually are. Anything outside 0..0xffffffff is refused, never wrapped.
ULONG to_ulong(const json& value, const std::string& where) {
    if (value.is_number_unsigned()) {
        const std::uint64_t v = value.get<std::uint64_t>();
        if (v <= 0xffffffffu) return static_cast<ULONG>(v);
    } else if (value.is_string()) {
        const std::string text = value.get<std::string>();
        std::size_t used = 0;
        unsigned long long v = 0;
        try {
            // stoull takes "-1" as 2^64-1: a sign is refused before it can wrap.
            if (!text.empty() && text.find('-') == std::string::npos)
                v = std::stoull(text, &used, 0);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == text.size() && !text.empty() && v <= 0xffffffffULL)
            return static_cast<ULONG>(v);
    }
    throw ConfigError(where + ": expected an unsigned 32-bit number (0 to 4294967295), got " +
                      value.dump());
}

// A count or size with a limit of its own (host_config.hpp), refused beyond it.
ULONG to_ulong_at_most(const json& value, const std::string& where, ULONG limit) {
    const ULONG v = to_ulong(value, where);
    if (v > limit)
        throw ConfigError(where + ": " + std::to_string(v) + " is more than the host allows (" +
                          std::to_string(limit) + ")");
    return v;
}

void check_keys(const json& object, const std::string& where,
                std::initializer_list<const char*> allowed) {
    if (!object.is_object()) throw ConfigError(where + ": expected an object");
    for (const auto& [key, value] : object.items()) {
        bool known = false;
        for (const char* a : allowed) known = known || key == a;
        // Unknown keys are mistakes (a misspelt "treads" would silently run one thread).
        if (!known)
            throw ConfigError(where + ": " + wdk::unknown_name_message("key", key, allowed));
    }
}

// A text value, named in the error when it is not one (json's own message names no key).
std::string text_at(const json& object, const char* key, const std::string& where) {
    const json& value = object.at(key);
    if (!value.is_string())
        throw ConfigError(where + "." + key + ": expected a string, got " + value.dump());
    return value.get<std::string>();
}

std::vector<std::string> names(const json& object, const char* key, const std::string& where) {
    std::vector<std::string> out;
    if (!object.contains(key)) return out;
    for (const auto& n : object.at(key)) {
        if (!n.is_string()) throw ConfigError(where + "." + key + ": expected driver names");
        out.push_back(n.get<std::string>());
    }
    return out;
}

// "00 96 00 00": hex bytes, spaces allowed, as an ioctl's input buffer.
std::vector<unsigned char> parse_hex_bytes(const json& value, const std::string& where) {
    if (!value.is_string()) throw ConfigError(where + ": expected hex bytes like \"00 96 00 00\"");
    std::vector<unsigned char> bytes;
    int high = -1;
    for (char c : value.get<std::string>()) {
        if (c == ' ') continue;
        int digit =
            std::isxdigit(static_cast<unsigned char>(c))
                ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                               : (std::tolower(c) - 'a' + 10))
                : -1;
        if (digit < 0) throw ConfigError(where + ": '" + c + "' is not a hex digit");
        if (high < 0) {
            high = digit;
        } else {
            bytes.push_back(static_cast<unsigned char>(high << 4 | digit));
            high = -1;
        }
    }
    if (high >= 0) throw ConfigError(where + ": an odd number of hex digits");
    return bytes;
}

// UTF-8 JSON text as the registry's WCHAR strings.
std::wstring wide_text(const std::string& text) {
    std::wstring out;
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
        char32_t code = extra ? c & (0x3f >> extra) : c;
        for (int k = 1; k <= extra && i + k < text.size(); ++k)
            code = code << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3f);
        out += static_cast<wchar_t>(code);
        i += 1 + extra;
    }
    return out;
}

// A Parameters value: a number (or a string holding one, as before) is a REG_DWORD, other text
// a REG_SZ, an array of strings a REG_MULTI_SZ; {"REG_SZ": "12"}, {"REG_EXPAND_SZ": "..."},
// {"REG_DWORD": 5}, {"REG_MULTI_SZ": [...]}, {"REG_BINARY": "00 01"} say the type outright.
RegistryValue parse_registry_value(const json& value, const std::string& where) {
    auto strings = [&](const json& list) {
        std::vector<std::wstring> out;
        for (const auto& s : list) {
            if (!s.is_string()) throw ConfigError(where + ": a REG_MULTI_SZ holds strings");
            out.push_back(wide_text(s.get<std::string>()));
        }
        return out;
    };
    if (value.is_number_unsigned()) return RegistryValue(to_ulong(value, where));
    if (value.is_array()) return RegistryValue::multi_string(strings(value));
    if (value.is_string()) {
        try {
            return RegistryValue(to_ulong(value, where));
        } catch (const ConfigError&) {
            return RegistryValue::string(wide_text(value.get<std::string>()));
        }
    }
    if (value.is_object() && value.size() == 1) {
        // By iterator: items() makes a temporary proxy that a reference must not outlive.
        const auto first = value.begin();
        const std::string type = first.key();
        const json& data = first.value();
        if (type == "REG_DWORD") return RegistryValue(to_ulong(data, where + "." + type));
        if ((type == "REG_SZ" || type == "REG_EXPAND_SZ") && data.is_string())
            return RegistryValue::string(
                wide_text(data.get<std::string>()),
                type == "REG_SZ" ? RegistryValue::sz : RegistryValue::expand_sz);
        if (type == "REG_MULTI_SZ" && data.is_array())
            return RegistryValue::multi_string(strings(data));
        if (type == "REG_BINARY")
            return RegistryValue::binary_data(parse_hex_bytes(data, where + "." + type));
        static constexpr std::string_view types[] = {"REG_SZ", "REG_EXPAND_SZ", "REG_DWORD",
                                                     "REG_MULTI_SZ", "REG_BINARY"};
        if (std::find(std::begin(types), std::end(types), type) == std::end(types))
            throw ConfigError(where + ": " +
                              wdk::unknown_name_message("registry type", type, types));
    }
    throw ConfigError(where +
                      ": a number, a string, an array of strings or {\"REG_SZ\"|\"REG_EXPAND_SZ\"|"
                      "\"REG_DWORD\"|\"REG_MULTI_SZ\"|\"REG_BINARY\": ...}");
}

RequestSpec parse_request(const json& r, const std::string& where) {
    check_keys(r, where,
               {"type", "count", "length", "code", "input", "input_length", "output_length",
                "cancel_after_ms", "overlapped", "pending"});
    RequestSpec spec;
    std::string type = r.value("type", "");
    if (type == "read")
        spec.type = RequestSpec::Type::read;
    else if (type == "write")
        spec.type = RequestSpec::Type::write;
    else if (type == "ioctl")
        spec.type = RequestSpec::Type::ioctl;
    else
        throw ConfigError(where + ".type: \"read\", \"write\" or \"ioctl\"");
    if (r.contains("count"))
        spec.count = to_ulong_at_most(r["count"], where + ".count", max_request_count);
    if (r.contains("length"))
        spec.length = to_ulong_at_most(r["length"], where + ".length", max_request_buffer);
    if (r.contains("code")) spec.code = to_ulong(r["code"], where + ".code");
    if (r.contains("input_length"))
        spec.input_length =
            to_ulong_at_most(r["input_length"], where + ".input_length", max_request_buffer);
    if (r.contains("output_length"))
        spec.output_length =
            to_ulong_at_most(r["output_length"], where + ".output_length", max_request_buffer);
    if (r.contains("cancel_after_ms"))
        spec.cancel_after_ms = to_ulong(r["cancel_after_ms"], where + ".cancel_after_ms");
    if (r.contains("overlapped")) {
        if (!r["overlapped"].is_boolean()) throw ConfigError(where + ".overlapped: true or false");
        spec.overlapped = r["overlapped"].get<bool>();
    }
    if (r.contains("input")) {
        if (r.contains("input_length"))
            throw ConfigError(where +
                              ": \"input\" gives the bytes and so the length; drop "
                              "\"input_length\"");
        spec.input = parse_hex_bytes(r["input"], where + ".input");
        if (spec.input.size() > max_request_buffer)
            throw ConfigError(where + ".input: more bytes than the host allows (" +
                              std::to_string(max_request_buffer) + ")");
        spec.input_length = static_cast<ULONG>(spec.input.size());
    }
    if (r.contains("pending")) {
        if (!r["pending"].is_boolean()) throw ConfigError(where + ".pending: true or false");
        spec.pending = r["pending"].get<bool>();
        if (spec.pending && spec.type != RequestSpec::Type::ioctl)
            throw ConfigError(where + ": only an ioctl can be \"pending\"");
    }
    if (spec.type == RequestSpec::Type::ioctl && !r.contains("code"))
        throw ConfigError(where + ": an ioctl needs a \"code\"");
    return spec;
}

}  // namespace

GUID parse_guid(const std::string& text) {
    std::string hex;
    for (char c : text)
        if (c != '{' && c != '}' && c != '-') hex += c;
    bool shaped = text.size() >= 36 && hex.size() == 32;
    for (char c : hex) shaped = shaped && std::isxdigit(static_cast<unsigned char>(c));
    if (!shaped)
        throw ConfigError("\"" + text +
                          "\" is not a GUID like {6d9c3f2a-41b8-4c0e-9a57-2e8b1d4c7f31}");
    auto field = [&](std::size_t at, std::size_t digits) {
        return std::stoull(hex.substr(at, digits), nullptr, 16);
    };
    GUID g{};
    g.Data1 = static_cast<ULONG>(field(0, 8));
    g.Data2 = static_cast<USHORT>(field(8, 4));
    g.Data3 = static_cast<USHORT>(field(12, 4));
    for (int i = 0; i < 8; ++i) g.Data4[i] = static_cast<UCHAR>(field(16 + 2 * i, 2));
    return g;
}

HostConfig parse_host_config(const std::string& text, const std::string& base_dir) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        throw ConfigError(std::string("not valid JSON: ") + e.what());
    }
    try {
        check_keys(root, "configuration",
                   {"drivers", "devices", "io_timeout_ms", "callback_timeout_ms", "flows"});
        HostConfig config;
        if (root.contains("io_timeout_ms"))
            config.io_timeout =
                std::chrono::milliseconds(to_ulong(root["io_timeout_ms"], "io_timeout_ms"));
        if (root.contains("callback_timeout_ms"))
            config.callback_timeout = std::chrono::milliseconds(
                to_ulong(root["callback_timeout_ms"], "callback_timeout_ms"));
        const json drivers = root.value("drivers", json::array());
        const json devices = root.value("devices", json::array());
        for (std::size_t i = 0; i < drivers.size(); ++i) {
            const json& d = drivers[i];
            std::string where = "drivers[" + std::to_string(i) + "]";
            check_keys(d, where, {"path", "name", "parameters", "inject"});
            DriverSpec spec;
            if (!d.contains("path") || !d["path"].is_string())
                throw ConfigError(where + ": needs a \"path\"");
            std::filesystem::path path = d["path"].get<std::string>();
            spec.path = path.is_absolute() ? path.string()
                                           : (std::filesystem::path(base_dir) / path).string();
            if (d.contains("name")) spec.name = text_at(d, "name", where);
            const json parameters = d.value("parameters", json::object());
            const json injections = d.value("inject", json::object());
            if (!parameters.is_object())
                throw ConfigError(where + ".parameters: expected an object of name: value");
            for (const auto& [key, value] : parameters.items())
                spec.parameters[key] = parse_registry_value(value, where + ".parameters." + key);
            if (!injections.is_object())
                throw ConfigError(where + ".inject: expected an object of call: status");
            for (const auto& [key, value] : injections.items()) {
                check_injectable(key, where + ".inject");
                try {
                    spec.injections[key] =
                        value.is_string()
                            ? parse_status(value.get<std::string>())
                            : static_cast<NTSTATUS>(to_ulong(value, where + ".inject." + key));
                } catch (const std::invalid_argument& e) {
                    throw ConfigError(where + ".inject." + key + ": " + e.what());
                }
            }
            config.drivers.push_back(std::move(spec));
        }
        for (std::size_t i = 0; i < devices.size(); ++i) {
            const json& d = devices[i];
            std::string where = "devices[" + std::to_string(i) + "]";
            check_keys(d, where,
                       {"name", "driver", "lower_filters", "upper_filters", "workload",
                        "power_cycles", "wmi_queries", "surprise_removal"});
            DeviceConfig device;
            if (!d.contains("name") || !d.contains("driver"))
                throw ConfigError(where + ": needs a \"name\" and a \"driver\"");
            device.device.name = text_at(d, "name", where);
            device.device.driver = text_at(d, "driver", where);
            device.device.lower_filters = names(d, "lower_filters", where);
            device.device.upper_filters = names(d, "upper_filters", where);
            if (d.contains("power_cycles"))
                device.power_cycles = to_ulong(d["power_cycles"], where + ".power_cycles");
            const json queries = d.value("wmi_queries", json::array());
            for (std::size_t q = 0; q < queries.size(); ++q) {
                std::string at = where + ".wmi_queries[" + std::to_string(q) + "]";
                check_keys(queries[q], at, {"guid", "instance"});
                if (!queries[q].contains("guid") || !queries[q]["guid"].is_string())
                    throw ConfigError(at + ": needs a \"guid\"");
                WmiQuerySpec query;
                query.text = queries[q]["guid"].get<std::string>();
                try {
                    query.guid = parse_guid(query.text);
                } catch (const ConfigError& e) {
                    throw ConfigError(at + ".guid: " + e.what());
                }
                if (queries[q].contains("instance"))
                    query.instance = to_ulong(queries[q]["instance"], at + ".instance");
                device.wmi_queries.push_back(std::move(query));
            }
            if (d.contains("surprise_removal")) {
                if (!d["surprise_removal"].is_boolean())
                    throw ConfigError(where + ".surprise_removal: true or false");
                device.surprise_removal = d["surprise_removal"].get<bool>();
            }
            if (d.contains("workload")) {
                const json& w = d["workload"];
                check_keys(w, where + ".workload", {"threads", "requests"});
                if (w.contains("threads"))
                    device.workload.threads = to_ulong_at_most(
                        w["threads"], where + ".workload.threads", max_workload_threads);
                if (device.workload.threads == 0)
                    throw ConfigError(where + ".workload.threads: at least 1");
                const json requests = w.value("requests", json::array());
                for (std::size_t r = 0; r < requests.size(); ++r)
                    device.workload.requests.push_back(parse_request(
                        requests[r], where + ".workload.requests[" + std::to_string(r) + "]"));
            }
            config.devices.push_back(std::move(device));
        }
        // The flows belong to the filter engine, which parses (and checks) its own section.
        if (root.contains("flows")) {
            try {
                config.flows = wfp::parse_flows(root["flows"].dump());
            } catch (const wfp::FlowConfigError& e) {
                throw ConfigError(e.what());
            }
        }
        return config;
    } catch (const json::exception& e) {
        throw ConfigError(std::string("wrong type in the configuration: ") + e.what());
    }
}

HostConfig load_host_config(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw ConfigError("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    return parse_host_config(text.str(), std::filesystem::path(path).parent_path().string().empty()
                                             ? "."
                                             : std::filesystem::path(path).parent_path().string());
}

}  // namespace wpptrace::host
