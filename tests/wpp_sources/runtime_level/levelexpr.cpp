// levelexpr.cpp - a WDM driver in C++ whose trace levels are run-time expressions: each
// command carries its debug level, and a result picks information or warning.
#include <wdm.h>

#include "trace.h"

#include "levelexpr.tmh"

namespace {

struct Command {
    ULONG id;
    UCHAR dbgLevel;  // a TRACE_LEVEL_* value, chosen by whoever queued the command
};

bool RunCommand(const Command* msg) {
    RT_TRACE_F(COMP_CMD, msg->dbgLevel, ("Command %lu at level %u\n", msg->id, msg->dbgLevel));
    return msg->id % 2 == 0;
}

void LevelExprUnload(PDRIVER_OBJECT DriverObject) {
    WPP_CLEANUP(DriverObject);
}

}  // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    const Command commands[] = {
        {2, TRACE_LEVEL_ERROR}, {3, TRACE_LEVEL_VERBOSE}, {4, TRACE_LEVEL_INFORMATION}};
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    for (const Command& c : commands) {
        const bool ok = RunCommand(&c);
        TracePrint(ok ? TRACE_LEVEL_INFORMATION : TRACE_LEVEL_WARNING, TRACE_DEVICE,
                   "Command %lu %s\n", c.id, ok ? "done" : "refused");
    }
    DriverObject->DriverUnload = LevelExprUnload;
    return STATUS_SUCCESS;
}
