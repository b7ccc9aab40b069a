// babeltrace_plugin_output.hpp - runs the babeltrace2 command with this build's plugin
// (BABELTRACE_PLUGIN_DIR) and reads sink.text.pretty's lines back into fields, for the plugin's
// tests.
#pragma once

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "process.hpp"

namespace wpptrace::testing {

inline const std::string plugin_dir = BABELTRACE_PLUGIN_DIR;

// `babeltrace2 --plugin-path=<this build's plugin> ARGS...`; in a sanitizer build, with the
// ASan runtime preloaded for the plugin, and no leak report on babeltrace2's own memory.
// `env`: NAME=VALUE assignments for babeltrace2's environment.
inline Output babeltrace(std::vector<std::string> args, const std::vector<std::string>& env = {}) {
    args.insert(args.begin(), {"babeltrace2", "--plugin-path=" + plugin_dir});
    std::vector<std::string> assignments = env;
    const std::string preload = BABELTRACE_PRELOAD;
    if (!preload.empty()) {
        const char* options = std::getenv("ASAN_OPTIONS");
        assignments.push_back("LD_PRELOAD=" + preload);
        assignments.push_back("ASAN_OPTIONS=" + std::string(options ? options : "") +
                              ":detect_leaks=0");
    }
    if (!assignments.empty()) {
        assignments.insert(assignments.begin(), "env");
        args.insert(args.begin(), assignments.begin(), assignments.end());
    }
    return run(args);
}

// One event line of sink.text.pretty: its name and the members of its structures, as text.
struct PrettyEvent {
    std::string name;                                   // wpp:information
    std::map<std::string, std::string> common_context;  // vpid, vtid, procname
    std::map<std::string, std::string> payload;         // strings unescaped, arrays as written
};

// Reads `key = value, key = value }` from `pos` (just after a "{ "), to the closing brace.
inline std::map<std::string, std::string> parse_pretty_members(const std::string& line,
                                                               std::size_t& pos) {
    std::map<std::string, std::string> members;
    while (pos < line.size() && line[pos] != '}') {
        const std::size_t eq = line.find(" = ", pos);
        if (eq == std::string::npos) break;
        const std::string key = line.substr(pos, eq - pos);
        pos = eq + 3;
        std::string value;
        if (line[pos] == '"') {  // pretty escapes \ " and control characters
            for (++pos; pos < line.size() && line[pos] != '"'; ++pos) {
                char c = line[pos];
                if (c == '\\' && pos + 1 < line.size()) {
                    c = line[++pos];
                    if (c == 'n')
                        c = '\n';
                    else if (c == 't')
                        c = '\t';
                    else if (c == 'r')
                        c = '\r';
                }
                value += c;
            }
            ++pos;
        } else if (line[pos] == '[') {  // an array: kept as written
            int depth = 0;
            const std::size_t start = pos;
            for (; pos < line.size(); ++pos) {
                if (line[pos] == '[') ++depth;
                if (line[pos] == ']' && --depth == 0) break;
            }
            value = line.substr(start, ++pos - start);
        } else {
            const std::size_t end = line.find_first_of(", }", pos);
            value = line.substr(pos, end - pos);
            pos = end;
        }
        members[key] = value;
        if (line.compare(pos, 2, ", ") == 0) pos += 2;
        while (pos < line.size() && line[pos] == ' ') ++pos;
    }
    if (pos < line.size()) ++pos;  // the closing brace
    return members;
}

// The events of sink.text.pretty's output (LTTng traces: packet context, common context and
// payload braces, in that order).
inline std::vector<PrettyEvent> parse_pretty(const std::string& text) {
    std::vector<PrettyEvent> events;
    for (const std::string& line : lines_of(text)) {
        const std::size_t colon = line.find(": {");
        if (colon == std::string::npos) continue;
        PrettyEvent event;
        event.name = line.substr(line.rfind(' ', colon) + 1, colon - line.rfind(' ', colon) - 1);
        std::vector<std::map<std::string, std::string>> braces;
        std::size_t pos = colon + 1;
        while ((pos = line.find("{ ", pos)) != std::string::npos) {
            pos += 2;
            braces.push_back(parse_pretty_members(line, pos));
        }
        if (braces.size() >= 2) event.common_context = braces[braces.size() - 2];
        if (!braces.empty()) event.payload = braces.back();
        events.push_back(std::move(event));
    }
    return events;
}

}  // namespace wpptrace::testing
