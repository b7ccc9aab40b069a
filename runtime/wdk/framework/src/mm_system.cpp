// mm_system.cpp - MmGetSystemRoutineAddress, MmQuerySystemSize, and the I/O-space mappings the
// host cannot give (km/mm_system.h).
#include <wdm.h>

#include <dlfcn.h>
#include <unistd.h>

#include <string>

#include "framework_state.hpp"

namespace wpptrace::framework {
namespace {

// The base address of the framework library (this file is part of it).
const void* framework_base() {
    Dl_info info{};
    if (!dladdr(reinterpret_cast<const void*>(&framework_base), &info)) return nullptr;
    return info.dli_fbase;
}

}  // namespace
}  // namespace wpptrace::framework

namespace fw = wpptrace::framework;

extern "C" {

// Windows finds the routine among the exports of the kernel and the HAL; here, among the WDK
// functions the framework library exports (a name starting with an upper-case letter: not a
// C++ or wpptrace-internal symbol). Any other name, or one the framework lacks, gives NULL.
PVOID MmGetSystemRoutineAddress(PUNICODE_STRING SystemRoutineName) {
    if (!SystemRoutineName || !SystemRoutineName->Buffer) return nullptr;
    std::string name;
    for (USHORT i = 0; i < SystemRoutineName->Length / sizeof(WCHAR); ++i) {
        const WCHAR c = SystemRoutineName->Buffer[i];
        if (c > 0x7f) return nullptr;
        name += static_cast<char>(c);
    }
    if (name.empty() || name[0] < 'A' || name[0] > 'Z') return nullptr;
    void* symbol = dlsym(RTLD_DEFAULT, name.c_str());
    Dl_info info{};
    if (!symbol || !dladdr(symbol, &info) || info.dli_fbase != fw::framework_base()) return nullptr;
    return symbol;
}

// Small below 1 GB of memory, medium below 4 GB, large above (the enumeration's documented
// meaning is only "an estimate of the amount of memory").
MM_SYSTEMSIZE MmQuerySystemSize(void) {
    const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    const double bytes = static_cast<double>(pages) * static_cast<double>(page);
    if (pages <= 0 || page <= 0) return MmLargeSystem;
    return bytes < (1ull << 30)   ? MmSmallSystem
           : bytes < (4ull << 30) ? MmMediumSystem
                                  : MmLargeSystem;
}

PVOID MmMapIoSpace(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes,
                   MEMORY_CACHING_TYPE CacheType) {
    (void)PhysicalAddress, (void)NumberOfBytes, (void)CacheType;
    fw::report_unsupported(__builtin_return_address(0), "MmMapIoSpace", STATUS_NOT_SUPPORTED,
                           "no device memory to map: returns NULL");
    return nullptr;
}

PVOID MmMapIoSpaceEx(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes, ULONG Protect) {
    (void)PhysicalAddress, (void)NumberOfBytes, (void)Protect;
    fw::report_unsupported(__builtin_return_address(0), "MmMapIoSpaceEx", STATUS_NOT_SUPPORTED,
                           "no device memory to map: returns NULL");
    return nullptr;
}

// Nothing was ever mapped (MmMapIoSpace fails), so any call unmaps something it did not map.
void MmUnmapIoSpace(PVOID BaseAddress, SIZE_T NumberOfBytes) {
    (void)BaseAddress, (void)NumberOfBytes;
    fw::report_unsupported(__builtin_return_address(0), "MmUnmapIoSpace", STATUS_NOT_SUPPORTED,
                           "no device memory was mapped");
}

}  // extern "C"
