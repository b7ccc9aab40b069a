// e2e_test.hpp - what every end-to-end test starts from: the helpers of process.hpp, the paths
// of the programs and data it uses (the compile definitions wpptrace_add_e2e_test gives it, see
// CMakeLists.txt) and small text checks. A test writes its code inside
// `namespace wpptrace::testing { namespace { ... } }` to use them unqualified.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "process.hpp"

namespace wpptrace::testing {

#ifdef WPPTRACE_TOOL
inline const std::string tool = WPPTRACE_TOOL;  // the wpptrace command
#endif
#ifdef WPPTRACE_HOST
inline const std::string host = WPPTRACE_HOST;  // wpptrace-host
#endif
#ifdef GOLDEN_DIR
inline const std::string golden_dir = GOLDEN_DIR;
#endif
#ifdef TRACE_DATA_DIR
inline const std::string traces = TRACE_DATA_DIR;  // the committed traces, tests/data/traces
#endif
#ifdef STRESS_EMITTER
inline const std::string emitter = STRESS_EMITTER;  // tests/stress: a process tracing in bulk
#endif

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace wpptrace::testing
