/*
 * km/ke_timer.h - kernel timers: dispatcher objects that become signalled at their due time and
 * then queue their DPC, if they have one. Due times are in 100 ns units: negative relative to
 * now, positive absolute system time (KeQuerySystemTime's clock); a period in milliseconds
 * re-arms the timer each time it expires.
 *
 *   KeInitializeTimer(&ext->Timer);
 *   KeInitializeDpc(&ext->TimerDpc, TimerDpcRoutine, ext);
 *   LARGE_INTEGER due = {.QuadPart = -10 * 1000 * 50};               // 50 ms from now
 *   KeSetTimerEx(&ext->Timer, due, 50, &ext->TimerDpc);              // then every 50 ms
 *   ...
 *   KeCancelTimer(&ext->Timer);                                      // TRUE if it was set
 *
 * A timer still set when its driver unloads is cancelled and reported.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_KE_TIMER_H
#define WPPTRACE_KM_KE_TIMER_H

#include "ke_dpc.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _TIMER_TYPE { NotificationTimer, SynchronizationTimer } TIMER_TYPE;

typedef struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime; /* interrupt time (100 ns since boot) of the next expiry */
    LIST_ENTRY TimerListEntry;
    PKDPC Dpc;
    ULONG Processor;
    LONG Period; /* milliseconds, 0 for a one-shot timer */
} KTIMER, *PKTIMER, *PRKTIMER;

/* A notification timer, not set, not signalled. */
void KeInitializeTimer(PKTIMER Timer);
void KeInitializeTimerEx(PKTIMER Timer, TIMER_TYPE Type);
/* Sets (or resets) the timer and clears its signal state; TRUE if it was already set. */
BOOLEAN KeSetTimer(PKTIMER Timer, LARGE_INTEGER DueTime, PKDPC Dpc);
BOOLEAN KeSetTimerEx(PKTIMER Timer, LARGE_INTEGER DueTime, LONG Period, PKDPC Dpc);
/* The tolerable delay only lets Windows coalesce expiries: the host expires on time. */
BOOLEAN KeSetCoalescableTimer(PKTIMER Timer, LARGE_INTEGER DueTime, ULONG Period,
                              ULONG TolerableDelay, PKDPC Dpc);
/* TRUE if the timer was set. A DPC the timer already queued stays queued (KeRemoveQueueDpc). */
BOOLEAN KeCancelTimer(PKTIMER Timer);
BOOLEAN KeReadStateTimer(PKTIMER Timer);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_KE_TIMER_H */
