// ke_bugcheck.cpp - KeBugCheckEx / KeBugCheck / ExRaiseStatus: the finding, then the process
// stops, as the system would.
#include <cstdio>
#include <cstdlib>

#include <km/ke_bugcheck.h>

#include "entry_guard.hpp"

namespace wpptrace::framework {

namespace {
[[noreturn]] void bug_check(const void* caller, ULONG code, ULONG_PTR p1, ULONG_PTR p2,
                            ULONG_PTR p3, ULONG_PTR p4, const char* how) {
    char text[160];
    std::snprintf(text, sizeof text, "%s(0x%08X, 0x%llx, 0x%llx, 0x%llx, 0x%llx): the system stops",
                  how, static_cast<unsigned>(code), static_cast<unsigned long long>(p1),
                  static_cast<unsigned long long>(p2), static_cast<unsigned long long>(p3),
                  static_cast<unsigned long long>(p4));
    report_issue(driver_of_address(caller), IssueKind::exception, text);
    std::fflush(stderr);
    std::abort();
}
}  // namespace

extern "C" void KeBugCheckEx(ULONG code, ULONG_PTR p1, ULONG_PTR p2, ULONG_PTR p3, ULONG_PTR p4) {
    bug_check(__builtin_return_address(0), code, p1, p2, p3, p4, "KeBugCheckEx");
}

extern "C" void KeBugCheck(ULONG code) {
    bug_check(__builtin_return_address(0), code, 0, 0, 0, 0, "KeBugCheck");
}

extern "C" void ExRaiseStatus(NTSTATUS status) {
    // KMODE_EXCEPTION_NOT_HANDLED, with the status as the exception code.
    bug_check(__builtin_return_address(0), 0x1E, static_cast<ULONG>(status), 0, 0, 0,
              "ExRaiseStatus: unhandled, KeBugCheckEx");
}

}  // namespace wpptrace::framework
