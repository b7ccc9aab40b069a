/*
 * ndis.h - the part of the WDK's ndis.h that WFP callout drivers use: NET_BUFFER_LIST chains of
 * NET_BUFFERs whose data sits in MDL chains (the framework's MDL, wdm.h). The emulated filter
 * engine (runtime/wfp) hands stream data out in this form and accepts it for injection. The
 * structures keep the WDK's member names but only the members listed; drivers use the macros.
 */
#ifndef WPPTRACE_NDIS_H
#define WPPTRACE_NDIS_H

#include <wdm.h>

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

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_NDIS_H */
