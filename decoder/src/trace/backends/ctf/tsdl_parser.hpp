// tsdl_parser.hpp - parses CTF 1.8 metadata text (TSDL) into a TraceClass.
//
// What LTTng-UST 2.13 writes and a little more: typealias/typedef, integer, floating_point,
// string, enum, struct (with align), arrays and sequences (length by field name), variants,
// trace, env, clock, stream, event and callsite blocks. Anything else is an error, never a
// guess: the caller then reads the trace another way. Input is untrusted: nesting is bounded
// and no size taken from the text allocates.
//
//     ctf::TraceClass trace;
//     if (std::string error = ctf::parse_tsdl(text, trace); !error.empty()) ...
#pragma once

#include <string>
#include <string_view>

#include "tsdl.hpp"

namespace wpptrace::decoder::ctf {

// Fills `trace`; returns "" on success, else what is wrong and where (line number).
std::string parse_tsdl(std::string_view text, TraceClass& trace);

}  // namespace wpptrace::decoder::ctf
