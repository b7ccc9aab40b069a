/*
 * km/ke_dpc.h - deferred procedure calls. The host runs queued DPCs one after another on its
 * DPC thread, at DISPATCH_LEVEL, in the order they were queued (high importance first).
 *
 *   KeInitializeDpc(&ext->Dpc, MyDpcRoutine, ext);
 *   KeInsertQueueDpc(&ext->Dpc, NULL, NULL);     // FALSE if it was already queued
 *   ...
 *   KeFlushQueuedDpcs();                          // at PASSIVE_LEVEL: every queued DPC has run
 *
 * A DPC of a driver still queued when the driver unloads is removed and reported; it never runs
 * into unloaded code.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_KE_DPC_H
#define WPPTRACE_KM_KE_DPC_H

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONG_PTR KAFFINITY, *PKAFFINITY;
typedef struct _KDPC KDPC, *PKDPC, *PRKDPC;
typedef void KDEFERRED_ROUTINE(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                               PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE* PKDEFERRED_ROUTINE;

typedef enum _KDPC_IMPORTANCE {
    LowImportance,
    MediumImportance,
    HighImportance,
    MediumHighImportance
} KDPC_IMPORTANCE;

struct _KDPC {
    UCHAR Type;
    UCHAR Importance;
    volatile USHORT Number;
    LIST_ENTRY DpcListEntry;
    KAFFINITY ProcessorHistory;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    volatile PVOID DpcData; /* non-NULL while the DPC is queued */
};

#define DPC_NORMAL 0
#define DPC_THREADED 1

void KeInitializeDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine, PVOID DeferredContext);
/* Queues the DPC with these arguments; FALSE (and nothing changes) if it is already queued. */
BOOLEAN KeInsertQueueDpc(PRKDPC Dpc, PVOID SystemArgument1, PVOID SystemArgument2);
/* Takes a queued DPC out of the queue: TRUE if it was queued. A running DPC is not stopped. */
BOOLEAN KeRemoveQueueDpc(PRKDPC Dpc);
/* Returns when every DPC queued before the call has run. PASSIVE_LEVEL only. */
void KeFlushQueuedDpcs(void);
/* A threaded DPC: the host runs it like any DPC, at DISPATCH_LEVEL (as Windows does when
   threaded DPCs are off), which its routine must allow. */
void KeInitializeThreadedDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine, PVOID DeferredContext);
void KeSetImportanceDpc(PRKDPC Dpc, KDPC_IMPORTANCE Importance);
/* The host has one DPC queue: the processor is recorded, not used. */
void KeSetTargetProcessorDpc(PRKDPC Dpc, CCHAR Number);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_KE_DPC_H */
