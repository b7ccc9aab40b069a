// entry_guard.cpp - what an exception at a C entry point becomes.
#include "entry_guard.hpp"

#include <exception>
#include <new>
#include <string>

namespace wpptrace::framework {

NTSTATUS status_of_current_exception(const char* entry, DriverRecord* record) noexcept {
    try {
        throw;
    } catch (const std::bad_alloc&) {
        report_issue(record, IssueKind::exception, std::string(entry) + ": out of memory");
        return STATUS_INSUFFICIENT_RESOURCES;
    } catch (const std::exception& e) {
        report_issue(record, IssueKind::exception, std::string(entry) + ": exception: " + e.what());
    } catch (...) {
        report_issue(record, IssueKind::exception, std::string(entry) + ": unknown exception");
    }
    return STATUS_INTERNAL_ERROR;
}

}  // namespace wpptrace::framework
