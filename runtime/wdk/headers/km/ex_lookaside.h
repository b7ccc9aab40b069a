/*
 * km/ex_lookaside.h - lookaside lists: fixed-size blocks recycled through a small cache in front
 * of the pool. Blocks come from the driver's pool (tag and leak accounting included): a list not
 * deleted before unload shows as a pool leak of its tag.
 *
 *   ExInitializeNPagedLookasideList(&ext->Lookaside, NULL, NULL, POOL_NX_ALLOCATION,
 *                                   sizeof(MY_ENTRY), 'yMyM', 0);
 *   PMY_ENTRY e = ExAllocateFromNPagedLookasideList(&ext->Lookaside);
 *   ExFreeToNPagedLookasideList(&ext->Lookaside, e);
 *   ExDeleteNPagedLookasideList(&ext->Lookaside);          // before unload
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_EX_LOOKASIDE_H
#define WPPTRACE_KM_EX_LOOKASIDE_H

#include "ex_sync.h"

#ifdef __cplusplus
extern "C" {
#endif

#define POOL_NX_ALLOCATION 512
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
#define EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL 0x00000001UL
#define EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE 0x00000002UL
#define LOOKASIDE_MINIMUM_BLOCK_SIZE (sizeof(void*) * 2)

typedef struct _LOOKASIDE_LIST_EX LOOKASIDE_LIST_EX, *PLOOKASIDE_LIST_EX;
typedef PVOID ALLOCATE_FUNCTION(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
typedef ALLOCATE_FUNCTION* PALLOCATE_FUNCTION;
typedef void FREE_FUNCTION(PVOID Buffer);
typedef FREE_FUNCTION* PFREE_FUNCTION;
typedef PVOID ALLOCATE_FUNCTION_EX(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag,
                                   PLOOKASIDE_LIST_EX Lookaside);
typedef ALLOCATE_FUNCTION_EX* PALLOCATE_FUNCTION_EX;
typedef void FREE_FUNCTION_EX(PVOID Buffer, PLOOKASIDE_LIST_EX Lookaside);
typedef FREE_FUNCTION_EX* PFREE_FUNCTION_EX;

/* The state every lookaside list shares: a cache of free blocks, chained through their first
   pointer, at most Depth of them. */
typedef struct _GENERAL_LOOKASIDE {
    PVOID ListHead; /* the first cached free block */
    USHORT Depth;
    USHORT MaximumDepth;
    ULONG TotalAllocates;
    ULONG AllocateMisses;
    ULONG TotalFrees;
    ULONG FreeMisses;
    POOL_TYPE Type;
    ULONG Tag;
    ULONG Size;
    union {
        PALLOCATE_FUNCTION Allocate;
        PALLOCATE_FUNCTION_EX AllocateEx;
    };
    union {
        PFREE_FUNCTION Free;
        PFREE_FUNCTION_EX FreeEx;
    };
    LIST_ENTRY ListEntry;
    ULONG LastTotalAllocates;
    ULONG LastAllocateMisses;
    ULONG Flags;       /* framework use: which callbacks, deleted */
    ULONG CachedCount; /* free blocks in the cache */
    KSPIN_LOCK Lock;
    PVOID Owner; /* the driver the blocks are charged to (framework use) */
} GENERAL_LOOKASIDE, *PGENERAL_LOOKASIDE, GENERAL_LOOKASIDE_POOL, *PGENERAL_LOOKASIDE_POOL;

typedef struct _NPAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
} NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;
typedef struct _PAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
} PAGED_LOOKASIDE_LIST, *PPAGED_LOOKASIDE_LIST;
struct _LOOKASIDE_LIST_EX {
    GENERAL_LOOKASIDE_POOL L;
};

/* Allocate/Free: NULL for the pool; Depth is chosen by the system (0 is fine). */
void ExInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside, PALLOCATE_FUNCTION Allocate,
                                     PFREE_FUNCTION Free, ULONG Flags, SIZE_T Size, ULONG Tag,
                                     USHORT Depth);
void ExDeleteNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside);
PVOID ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside);
void ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside, PVOID Entry);

void ExInitializePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside, PALLOCATE_FUNCTION Allocate,
                                    PFREE_FUNCTION Free, ULONG Flags, SIZE_T Size, ULONG Tag,
                                    USHORT Depth);
void ExDeletePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside);
PVOID ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside);
void ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside, PVOID Entry);

/* STATUS_INVALID_PARAMETER for unknown flags or a block size of 0. */
NTSTATUS ExInitializeLookasideListEx(PLOOKASIDE_LIST_EX Lookaside, PALLOCATE_FUNCTION_EX Allocate,
                                     PFREE_FUNCTION_EX Free, POOL_TYPE PoolType, ULONG Flags,
                                     SIZE_T Size, ULONG Tag, USHORT Depth);
void ExDeleteLookasideListEx(PLOOKASIDE_LIST_EX Lookaside);
PVOID ExAllocateFromLookasideListEx(PLOOKASIDE_LIST_EX Lookaside);
void ExFreeToLookasideListEx(PLOOKASIDE_LIST_EX Lookaside, PVOID Entry);
void ExFlushLookasideListEx(PLOOKASIDE_LIST_EX Lookaside);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_EX_LOOKASIDE_H */
