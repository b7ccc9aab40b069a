/*
 * km/ex_timer.h - executive timer objects (ExAllocateTimer): a callback at DISPATCH_LEVEL when
 * due, once or periodically (the period in 100 ns units), on the same engine as KTIMERs.
 *
 *   PEX_TIMER timer = ExAllocateTimer(OnTick, ctx, EX_TIMER_HIGH_RESOLUTION);
 *   ExSetTimer(timer, -10 * 1000 * 5, 10 * 1000 * 5, NULL);      // in 5 ms, then every 5 ms
 *   ...
 *   ExDeleteTimer(timer, TRUE, TRUE, NULL);                       // cancel, wait, free
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_EX_TIMER_H
#define WPPTRACE_KM_EX_TIMER_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _EX_TIMER* PEX_TIMER;
typedef void EXT_CALLBACK(PEX_TIMER Timer, PVOID Context);
typedef EXT_CALLBACK* PEXT_CALLBACK;
typedef void EXT_DELETE_CALLBACK(PVOID Context);
typedef EXT_DELETE_CALLBACK* PEXT_DELETE_CALLBACK;

#define EX_TIMER_HIGH_RESOLUTION 0x4
#define EX_TIMER_NO_WAKE 0x8
#define EX_TIMER_UNLIMITED_TOLERANCE ((LONGLONG)-1)

typedef struct _EXT_SET_PARAMETERS_V0 {
    ULONG Version;
    ULONG Reserved;
    LONGLONG NoWakeTolerance;
} EXT_SET_PARAMETERS, *PEXT_SET_PARAMETERS;

typedef struct _EXT_CANCEL_PARAMETERS {
    ULONG Version;
    ULONG Reserved;
    PVOID Reserved2;
} EXT_CANCEL_PARAMETERS, *PEXT_CANCEL_PARAMETERS;

typedef struct _EXT_DELETE_PARAMETERS {
    ULONG Version;
    ULONG Reserved;
    PEXT_DELETE_CALLBACK DeleteCallback;
    PVOID DeleteContext;
} EXT_DELETE_PARAMETERS, *PEXT_DELETE_PARAMETERS;

static inline void ExInitializeSetTimerParameters(PEXT_SET_PARAMETERS Parameters) {
    memset(Parameters, 0, sizeof *Parameters);
    Parameters->NoWakeTolerance = EX_TIMER_UNLIMITED_TOLERANCE;
}
static inline void ExInitializeDeleteTimerParameters(PEXT_DELETE_PARAMETERS Parameters) {
    memset(Parameters, 0, sizeof *Parameters);
}

/* Pool of the calling driver; NULL for unknown attributes or without memory. */
PEX_TIMER ExAllocateTimer(PEXT_CALLBACK Callback, PVOID CallbackContext, ULONG Attributes);
/* DueTime negative relative / positive absolute, Period 0 or in 100 ns units: TRUE if the timer
   was already set (it is reset). */
BOOLEAN ExSetTimer(PEX_TIMER Timer, LONGLONG DueTime, LONGLONG Period,
                   PEXT_SET_PARAMETERS Parameters);
/* TRUE if the timer was set. */
BOOLEAN ExCancelTimer(PEX_TIMER Timer, PEXT_CANCEL_PARAMETERS Parameters);
/* Cancel: cancel it first (TRUE is returned if it was set); Wait (PASSIVE_LEVEL): wait for a
   running callback. A one-shot timer still set and not cancelled is deleted after it expires;
   a periodic one must be cancelled. Parameters->DeleteCallback runs once it is gone. */
BOOLEAN ExDeleteTimer(PEX_TIMER Timer, BOOLEAN Cancel, BOOLEAN Wait,
                      PEXT_DELETE_PARAMETERS Parameters);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_EX_TIMER_H */
