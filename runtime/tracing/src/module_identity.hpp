// module_identity.hpp - where a loaded module came from: its path and GNU build id, so that a
// decoder can match a trace to the driver binary it was recorded from.
#pragma once

#include <string>

namespace wpptrace::runtime {

struct ModuleIdentity {
    std::string path;
    std::string build_id;  // lowercase hex; empty when the binary has none
};

// Identity of the loaded object that contains `address`.
ModuleIdentity identify_module(const void* address);

}  // namespace wpptrace::runtime
