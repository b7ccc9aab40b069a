// lttng_command.hpp - runs one `lttng --no-sessiond ...` command for `wpptrace record` and
// `wpptrace snapshot` (defined in record.cpp, beside the process runner it uses).
#pragma once

#include <string>
#include <vector>

namespace wpptrace::decoder {

// Runs `lttng --no-sessiond ARGS...` in a process group of its own, its output captured; echoes
// the command on stderr when `verbose`. Returns the output; throws RecordError with it when the
// command fails (naming a missing session daemon plainly).
std::string lttng_command(std::vector<std::string> args, bool verbose);

}  // namespace wpptrace::decoder
