/*
 * km/mm_system.h - memory manager calls that are about the system rather than a buffer:
 * MmGetSystemRoutineAddress (looks the name up among the framework's exported WDK functions,
 * NULL for a name it lacks, as for a routine an older Windows lacks), MmQuerySystemSize, and
 * MmMapIoSpace/MmMapIoSpaceEx/MmUnmapIoSpace, which need device memory the host does not have:
 * they fail as documented (NULL) and the host's report names the call.
 */
#ifndef WPPTRACE_KM_MM_SYSTEM_H
#define WPPTRACE_KM_MM_SYSTEM_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef PAGE_SIZE
#define PAGE_SIZE 0x1000
#endif
#ifndef PAGE_SHIFT
#define PAGE_SHIFT 12L
#endif

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef enum _MEMORY_CACHING_TYPE {
    MmNonCached = 0,
    MmCached = 1,
    MmWriteCombined = 2,
    MmHardwareCoherentCached,
    MmNonCachedUnordered,
    MmUSWCCached,
    MmMaximumCacheType,
    MmNotMapped = -1
} MEMORY_CACHING_TYPE;

typedef enum _MM_SYSTEM_SIZE { MmSmallSystem, MmMediumSystem, MmLargeSystem } MM_SYSTEMSIZE;

#define PAGE_NOACCESS 0x01
#define PAGE_READONLY 0x02
#define PAGE_READWRITE 0x04
#define PAGE_WRITECOPY 0x08
#define PAGE_EXECUTE 0x10
#define PAGE_EXECUTE_READ 0x20
#define PAGE_EXECUTE_READWRITE 0x40
#define PAGE_EXECUTE_WRITECOPY 0x80
#define PAGE_GUARD 0x100
#define PAGE_NOCACHE 0x200
#define PAGE_WRITECOMBINE 0x400

PVOID MmGetSystemRoutineAddress(PUNICODE_STRING SystemRoutineName);
MM_SYSTEMSIZE MmQuerySystemSize(void);
PVOID MmMapIoSpace(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes,
                   MEMORY_CACHING_TYPE CacheType);
PVOID MmMapIoSpaceEx(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes, ULONG Protect);
void MmUnmapIoSpace(PVOID BaseAddress, SIZE_T NumberOfBytes);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_MM_SYSTEM_H */
