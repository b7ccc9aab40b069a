// wdm.cpp - WDM routines of the emulated framework.
#include <wdm.h>

#include <csignal>
#include <cstdio>
#include <cwchar>
#include <fstream>
#include <string>

namespace {
bool debugger_attached() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("TracerPid:", 0) == 0) return std::stol(line.substr(10)) != 0;
    return false;
}
}  // namespace

extern "C" void DbgBreakPoint(void) {
    if (debugger_attached()) {
        std::raise(SIGTRAP);
        return;
    }
    std::fprintf(stderr, "host: DbgBreakPoint() with no debugger attached: continuing\n");
}

extern "C" void RtlInitUnicodeString(PUNICODE_STRING destination, PCWSTR source) {
    std::size_t bytes = source ? std::wcslen(source) * sizeof(WCHAR) : 0;
    if (bytes > 0xfffc) bytes = 0xfffc;  // Length is a USHORT, as on Windows
    destination->Length = static_cast<USHORT>(bytes);
    destination->MaximumLength = static_cast<USHORT>(source ? bytes + sizeof(WCHAR) : 0);
    destination->Buffer = const_cast<PWCH>(source);
}
