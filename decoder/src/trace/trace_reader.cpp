// trace_reader.cpp - read_traces(): the inputs found and guarded (inputs.hpp), then our own CTF
// reader (backends/ctf) first, as WPPTRACE_READER allows; what it does not take is read by
// babeltrace2 in a child process (backends/babeltrace).
#include "wpptrace/decoder/trace_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fast_reader.hpp"
#include "inputs.hpp"
#include "isolated_reader.hpp"
#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder {
namespace {

// WPPTRACE_READER: which reader reads the traces.
enum class ReaderChoice { automatic, fast, babeltrace };

// A misspelt value is an error: silently reading with another reader than asked would make a
// comparison of the two meaningless.
ReaderChoice reader_choice() {
    const char* text = std::getenv("WPPTRACE_READER");
    if (!text) return ReaderChoice::automatic;
    std::string_view choice = text;
    if (choice == "fast") return ReaderChoice::fast;
    if (choice == "babeltrace") return ReaderChoice::babeltrace;
    if (choice == "auto" || choice.empty()) return ReaderChoice::automatic;
    throw Error("WPPTRACE_READER=" + std::string(choice) +
                ": expected auto (the default), fast or babeltrace");
}

}  // namespace

ReadResult read_traces(const std::vector<std::string>& inputs, TraceVisitor& visitor) {
    ReadResult result;
    TraceInputs found = find_trace_inputs(inputs, result);
    if (found.dirs.empty()) return result;

    ReaderChoice choice = reader_choice();
    if (choice != ReaderChoice::babeltrace) {
        std::vector<ctf::FastTraceDir> dirs;
        for (std::size_t i = 0; i < found.dirs.size(); ++i)
            dirs.push_back({found.dirs[i], found.skip[i]});
        try {
            ctf::read_traces_fast(dirs, visitor, result);
            return result;
        } catch (const ctf::NeedsBabeltrace& e) {
            if (choice == ReaderChoice::fast) {
                result.errors.push_back(std::string("the fast trace reader cannot read these "
                                                    "traces (") +
                                        e.what() + "); WPPTRACE_READER=auto reads them with " +
                                        "babeltrace2");
                result.traces = found.dirs;
                result.complete = false;
                return result;
            }
        }
    }
    BabeltraceInputs stand_ins = babeltrace_inputs(found, result);
    if (stand_ins.dirs.empty()) return result;
    return babeltrace::read_with_babeltrace(stand_ins.dirs, stand_ins.names, std::move(result),
                                            visitor);
}

std::vector<std::string> resolve_live_urls(const std::vector<std::string>& urls) {
    std::vector<std::string> expanded;
    for (const std::string& url : urls) {
        if (!url.starts_with("net://") && !url.starts_with("net4://") &&
            !url.starts_with("net6://"))
            throw Error("--live " + url +
                        ": expected net://HOST[:PORT]/host/HOSTNAME/SESSION (the URL `wpptrace "
                        "record --live` prints)");
        const std::size_t any = url.find("/host/*/");
        if (any == std::string::npos) {
            if (url.find("/host/") == std::string::npos)
                throw Error("--live " + url +
                            ": the URL names no session: net://HOST[:PORT]/host/HOSTNAME/SESSION "
                            "(`babeltrace2 -i lttng-live net://HOST[:PORT]` lists them), or "
                            "net://HOST[:PORT]/host/*/SESSION for every machine's");
            expanded.push_back(url);
            continue;
        }
        const std::string relayd = url.substr(0, any), session = url.substr(any + 8);
        if (session.empty() || session.find('/') != std::string::npos)
            throw Error("--live " + url + ": expected net://HOST[:PORT]/host/*/SESSION");
        std::vector<std::string> errors;
        const std::vector<std::string> listed = babeltrace::live_session_urls(relayd, errors);
        if (!errors.empty()) throw Error("--live " + url + ": " + errors.front());
        std::vector<std::string> matching;
        for (const std::string& listed_url : listed) {
            const std::size_t host = listed_url.find("/host/");
            const std::size_t name = listed_url.rfind('/');
            if (host == std::string::npos || name <= host + 6 ||
                listed_url.substr(name + 1) != session)
                continue;
            matching.push_back(relayd + listed_url.substr(host));  // as the user named the relayd
        }
        if (matching.empty()) {
            std::string names;
            for (const std::string& listed_url : listed)
                names += (names.empty() ? "" : ", ") + listed_url;
            throw Error("--live " + url + ": the relay daemon lists no session named " + session +
                        (names.empty() ? " (it lists none)" : " (it lists " + names + ")"));
        }
        std::sort(matching.begin(), matching.end());
        expanded.insert(expanded.end(), matching.begin(), matching.end());
    }
    for (const std::string& url : expanded)
        if (std::count(expanded.begin(), expanded.end(), url) > 1)
            throw Error("--live " + url + ": given twice");
    return expanded;
}

ReadResult read_live(const std::vector<std::string>& urls, TraceVisitor& visitor) {
    if (urls.empty()) throw Error("--live: no session URL given");
    return babeltrace::read_live_with_babeltrace(resolve_live_urls(urls), visitor);
}

std::optional<int> serve_reader_child(int argc, char** argv) {
    return babeltrace::serve_reader_child(argc, argv);
}

}  // namespace wpptrace::decoder
