// framework_state.hpp - what the framework knows about each loaded driver: its names (its
// registry parameters are in registry_store.hpp), injected failures, the module its code lives in
// (so that a call such as ExAllocatePool2 or WdfWaitLockCreate, which carries no driver handle, is
// charged to the driver that made it, as WdfDriverGlobals does on Windows), and the verifier
// findings against it.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <wdm.h>

#include "wpptrace/framework/findings.hpp"
#include "wpptrace/framework/status_names.hpp"

namespace wpptrace::framework {

struct FxDriver;

using IssueKind = FindingKind;

struct Issue {
    IssueKind kind;
    std::string text;  // without the driver name
};

struct DriverRecord {
    std::string name;
    std::wstring driver_name;    // \Driver\<name>
    std::wstring registry_path;  // \Registry\Machine\System\CurrentControlSet\Services\<name>
    std::map<std::string, NTSTATUS> injections;
    PDRIVER_OBJECT driver_object = nullptr;
    PDRIVER_INITIALIZE driver_entry = nullptr;  // the driver's own DriverEntry
    const void* module_base = nullptr;          // dladdr() base of the driver binary
    FxDriver* fx = nullptr;                     // set by WdfDriverCreate, owned by the object tree

    void report(IssueKind kind, std::string text);
    std::vector<Issue> issues() const;

  private:
    mutable std::mutex issues_mutex_;
    std::vector<Issue> issues_;
};

// The record of a driver object the host created; nullptr for anything else.
DriverRecord* find_driver(PDRIVER_OBJECT driver_object);
// The driver whose binary contains code_address (a return address); nullptr if none.
DriverRecord* driver_of_address(const void* code_address);
void register_driver(PDRIVER_OBJECT driver_object, DriverRecord* record);
void unregister_driver(PDRIVER_OBJECT driver_object);

// Reports a finding against a driver (or against no known driver), as Driver Verifier would,
// and prints it: "wpptrace: verifier: <driver>: <text>".
void report_issue(DriverRecord* record, IssueKind kind, std::string text);

// A call the host cannot emulate meaningfully (interrupts, DMA, USB hardware): reports it against
// the calling driver (caller: __builtin_return_address(0) of the entry point) so that the host's
// report names it, and returns status, the documented failure. scripts/api-coverage counts a
// function whose body calls this with its own name as "unsupported", not as implemented.
NTSTATUS report_unsupported(const void* caller, const char* function, NTSTATUS status,
                            const char* why);

// The status a test asked a framework call of this driver to fail with, if any.
bool injected_failure(DriverRecord* record, const char* call, NTSTATUS& status);
bool injected_failure(PDRIVER_OBJECT driver_object, const char* call, NTSTATUS& status);

std::string narrow(const std::wstring& text);
std::string narrow(PCUNICODE_STRING text);
std::wstring wide(PCUNICODE_STRING text);
std::wstring widen(const std::string& text);

}  // namespace wpptrace::framework
