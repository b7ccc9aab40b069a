// framework_state.cpp - the per-process table of loaded drivers and the verifier's report.
#include "framework_state.hpp"

#include <dlfcn.h>

#include <cstdio>
#include <unordered_map>

namespace wpptrace::framework {
namespace {
std::mutex drivers_mutex;
std::unordered_map<PDRIVER_OBJECT, DriverRecord*> drivers;
std::unordered_map<const void*, DriverRecord*> modules;
}  // namespace

const char* finding_kind_name(FindingKind kind) {
    using IssueKind = FindingKind;
    switch (kind) {
        case IssueKind::double_completion:
            return "double completion";
        case IssueKind::never_completed:
            return "never completed";
        case IssueKind::pool_leak:
            return "pool leak";
        case IssueKind::pool_misuse:
            return "pool misuse";
        case IssueKind::device_misuse:
            return "device misuse";
        case IssueKind::irql:
            return "IRQL";
        case IssueKind::exception:
            return "exception";
        case IssueKind::unsupported:
            return "unsupported call";
        case IssueKind::assertion:
            return "assertion failed";
    }
    return "issue";
}

void DriverRecord::report(IssueKind kind, std::string text) {
    std::lock_guard lock(issues_mutex_);
    issues_.push_back({kind, std::move(text)});
}

std::vector<Issue> DriverRecord::issues() const {
    std::lock_guard lock(issues_mutex_);
    return issues_;
}

DriverRecord* find_driver(PDRIVER_OBJECT driver_object) {
    std::lock_guard lock(drivers_mutex);
    auto it = drivers.find(driver_object);
    return it == drivers.end() ? nullptr : it->second;
}

DriverRecord* driver_of_address(const void* code_address) {
    Dl_info info{};
    if (!code_address || !dladdr(code_address, &info)) return nullptr;
    std::lock_guard lock(drivers_mutex);
    auto it = modules.find(info.dli_fbase);
    return it == modules.end() ? nullptr : it->second;
}

void register_driver(PDRIVER_OBJECT driver_object, DriverRecord* record) {
    std::lock_guard lock(drivers_mutex);
    drivers[driver_object] = record;
    if (record->module_base) modules[record->module_base] = record;
}

void unregister_driver(PDRIVER_OBJECT driver_object) {
    std::lock_guard lock(drivers_mutex);
    auto it = drivers.find(driver_object);
    if (it == drivers.end()) return;
    if (it->second->module_base) modules.erase(it->second->module_base);
    drivers.erase(it);
}

void report_issue(DriverRecord* record, IssueKind kind, std::string text) {
    std::fprintf(stderr, "wpptrace: verifier: %s: %s\n", record ? record->name.c_str() : "(host)",
                 text.c_str());
    if (record) record->report(kind, std::move(text));
}

NTSTATUS report_unsupported(const void* caller, const char* function, NTSTATUS status,
                            const char* why) {
    report_issue(driver_of_address(caller), IssueKind::unsupported,
                 std::string(function) + " is not supported by the host (" + why +
                     "): failed with " + status_name(status));
    return status;
}

bool injected_failure(DriverRecord* record, const char* call, NTSTATUS& status) {
    if (!record) return false;
    auto it = record->injections.find(call);
    if (it == record->injections.end()) return false;
    status = it->second;
    return true;
}

bool injected_failure(PDRIVER_OBJECT driver_object, const char* call, NTSTATUS& status) {
    return injected_failure(find_driver(driver_object), call, status);
}

std::string narrow(const std::wstring& text) {
    std::string out;
    for (wchar_t c : text) out += c < 0x80 ? static_cast<char>(c) : '?';
    return out;
}

std::wstring wide(PCUNICODE_STRING text) {
    if (!text || !text->Buffer) return {};
    return std::wstring(text->Buffer, text->Length / sizeof(WCHAR));
}

std::string narrow(PCUNICODE_STRING text) {
    return narrow(wide(text));
}

std::wstring widen(const std::string& text) {
    return std::wstring(text.begin(), text.end());
}

}  // namespace wpptrace::framework
