/*
 * ndis.h - the part of the WDK's ndis.h that WFP callout drivers use: NET_BUFFER_LIST chains of
 * NET_BUFFERs whose data sits in MDL chains (the framework's MDL, wdm.h). The emulated filter
 * engine (runtime/wdk/wfp) hands stream data out in this form and accepts it for injection. The
 * structures keep the WDK's member names but only the members listed; drivers use the macros.
 */
#ifndef WPPTRACE_NDIS_H
#define WPPTRACE_NDIS_H

#include <stddef.h>

/* The WDM types (MDL, NTSTATUS) through fwptypes.h's include of wdm.h, a header of this same
   folder. */
#include "fwptypes.h"

/* What the WDK's ndis.h brings along: the kernel headers and the interface and address types. */
#include <ifdef.h>
#include <ntddk.h>
#include <ws2ipdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int NDIS_STATUS, *PNDIS_STATUS;
typedef void* NDIS_HANDLE;
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)

typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
struct _NET_BUFFER {
    PNET_BUFFER Next;
    PMDL CurrentMdl;        /* the MDL the data starts in */
    ULONG CurrentMdlOffset; /* where in CurrentMdl */
    ULONG DataLength;
    PMDL MdlChain;    /* the first MDL of the buffer's chain */
    ULONG DataOffset; /* from the start of MdlChain */
};

typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
struct _NET_BUFFER_LIST {
    PNET_BUFFER_LIST Next;
    PNET_BUFFER FirstNetBuffer;
    PNET_BUFFER_LIST ParentNetBufferList; /* a clone's original */
    NDIS_HANDLE NdisPoolHandle;
    PVOID ProtocolReserved[4];
    PVOID MiniportReserved[2];
    ULONG Flags;
    NDIS_STATUS Status;
};

#define NET_BUFFER_LIST_NEXT_NBL(nbl) ((nbl)->Next)
#define NET_BUFFER_LIST_FIRST_NB(nbl) ((nbl)->FirstNetBuffer)
#define NET_BUFFER_LIST_STATUS(nbl) ((nbl)->Status)
#define NET_BUFFER_NEXT_NB(nb) ((nb)->Next)
#define NET_BUFFER_FIRST_MDL(nb) ((nb)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(nb) ((nb)->DataLength)
#define NET_BUFFER_DATA_OFFSET(nb) ((nb)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(nb) ((nb)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(nb) ((nb)->CurrentMdlOffset)

/* ---- Pools and generic objects, as callout drivers use them ---------------------------------
 * A callout driver gets an NDIS handle of its own (NdisAllocateGenericObject) and a list pool
 * (NdisAllocateNetBufferListPool) to pass to FwpsAllocateNetBufferAndNetBufferList0 and the
 * clone calls; the emulated engine allocates its lists itself, so the pool is a bookkeeping
 * object: a pool or object never freed is reported when the drivers have unloaded. */
typedef struct _NDIS_OBJECT_HEADER {
    UCHAR Type;
    UCHAR Revision;
    USHORT Size;
} NDIS_OBJECT_HEADER, *PNDIS_OBJECT_HEADER;
#define NDIS_OBJECT_TYPE_DEFAULT 0x80
#define NDIS_PROTOCOL_ID_DEFAULT 0x00
#define NDIS_PROTOCOL_ID_TCP_IP 0x02

typedef struct _NDIS_GENERIC_OBJECT {
    NDIS_OBJECT_HEADER Header;
    PVOID Caller;
    PVOID CallersCaller;
    PDRIVER_OBJECT DriverObject;
} NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;

typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header; /* NDIS_OBJECT_TYPE_DEFAULT, revision 1 */
    UCHAR ProtocolId;
    BOOLEAN fAllocateNetBuffer;
    USHORT ContextSize;
    ULONG PoolTag;
    ULONG DataSize;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 \
    (offsetof(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize) + sizeof(ULONG))

PNDIS_GENERIC_OBJECT NdisAllocateGenericObject(PDRIVER_OBJECT DriverObject, ULONG Tag, USHORT Size);
void NdisFreeGenericObject(PNDIS_GENERIC_OBJECT NdisObject);
/* NULL for parameters without the default object type and revision 1. */
NDIS_HANDLE NdisAllocateNetBufferListPool(NDIS_HANDLE NdisHandle,
                                          PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);
void NdisFreeNetBufferListPool(NDIS_HANDLE PoolHandle);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_NDIS_H */
