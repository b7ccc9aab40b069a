// trace_hosts.cpp - trace_hosts(): the machines the traces below the inputs were recorded on,
// from their metadata alone (see trace_reader.hpp).
#include <set>
#include <string>
#include <vector>

#include "inputs.hpp"
#include "metadata_text.hpp"
#include "tsdl_parser.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::decoder {

std::vector<std::string> trace_hosts(const std::vector<std::string>& inputs) {
    ReadResult ignored;  // read_traces() reports what cannot be read
    TraceInputs found = find_trace_inputs(inputs, ignored);
    std::set<std::string> hosts;
    std::string text;
    for (const std::string& dir : found.dirs) {
        ctf::MetadataCut cut;
        if (!ctf::read_metadata_text(dir + "/metadata", text, &cut).empty()) continue;
        ctf::TraceClass trace;
        if (!ctf::parse_tsdl(text, trace).empty()) continue;
        auto it = trace.env.find("hostname");
        hosts.insert(it == trace.env.end() ? std::string() : it->second);
    }
    return {hosts.begin(), hosts.end()};
}

}  // namespace wpptrace::decoder
