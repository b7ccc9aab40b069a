// entry_guard.cpp - what an exception stopped at a C entry point is reported as.
#include "entry_guard.hpp"

#include <string>

namespace wpptrace::framework {

void report_stopped_exception(const char* entry, DriverRecord* record,
                              const wdk::StoppedException& stopped) noexcept {
    std::string text = entry;
    switch (stopped.kind) {
        case wdk::StoppedKind::out_of_memory:
        case wdk::StoppedKind::unknown:
            text += std::string(": ") + stopped.what;
            break;
        case wdk::StoppedKind::exception:
            text += std::string(": exception: ") + stopped.what;
            break;
    }
    report_issue(record, IssueKind::exception, std::move(text));
}

}  // namespace wpptrace::framework
