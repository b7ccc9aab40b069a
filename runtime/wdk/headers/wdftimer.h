/*
 * wdftimer.h - KMDF timer objects. A timer belongs to a device (its parent, or an ancestor of
 * its parent, must be a WDFDEVICE) and is deleted with it; deletion stops the timer and waits for
 * a running callback, so EvtTimerFunc never runs after its timer is gone.
 *
 *   WDF_TIMER_CONFIG config;
 *   WDF_OBJECT_ATTRIBUTES attributes;
 *   WDF_TIMER_CONFIG_INIT_PERIODIC(&config, EvtPollTimer, 100);     // every 100 ms
 *   WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
 *   attributes.ParentObject = device;
 *   status = WdfTimerCreate(&config, &attributes, &ctx->PollTimer);
 *   WdfTimerStart(ctx->PollTimer, WDF_REL_TIMEOUT_IN_MS(100));
 *   ...
 *   WdfTimerStop(ctx->PollTimer, TRUE);     // PASSIVE_LEVEL: waits for a running callback
 *
 * EvtTimerFunc runs at DISPATCH_LEVEL, or at PASSIVE_LEVEL for a one-shot timer whose attributes
 * say ExecutionLevel = WdfExecutionLevelPassive. AutomaticSerialization is accepted; the framework
 * implements no synchronization scopes, so, as KMDF does for a parent without one, it has no
 * effect. Waiting in WdfTimerStop at DISPATCH_LEVEL or from the timer's own callback is reported
 * as the KMDF verifier does.
 */
#ifndef WPPTRACE_WDFTIMER_H
#define WPPTRACE_WDFTIMER_H

#include "wdf.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL
#define STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL ((NTSTATUS)0xC020020CL)
#endif
#ifndef STATUS_WDF_PARENT_NOT_SPECIFIED
#define STATUS_WDF_PARENT_NOT_SPECIFIED ((NTSTATUS)0xC0200212L)
#endif
#ifndef STATUS_INFO_LENGTH_MISMATCH
#define STATUS_INFO_LENGTH_MISMATCH ((NTSTATUS)0xC0000004L)
#endif

/* Timeouts for WdfTimerStart and the other KMDF waits, in 100 ns units: relative ones are
   negative, absolute ones are system times (KeQuerySystemTime). */
#ifndef WDF_TIMEOUT_TO_SEC
#define WDF_TIMEOUT_TO_SEC ((LONGLONG)1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_MS ((LONGLONG)1 * 10 * 1000)
#define WDF_TIMEOUT_TO_US ((LONGLONG)1 * 10)
static inline LONGLONG WDF_REL_TIMEOUT_IN_SEC(ULONGLONG Time) {
    return (LONGLONG)Time * -1 * WDF_TIMEOUT_TO_SEC;
}
static inline LONGLONG WDF_ABS_TIMEOUT_IN_SEC(ULONGLONG Time) {
    return (LONGLONG)Time * WDF_TIMEOUT_TO_SEC;
}
static inline LONGLONG WDF_REL_TIMEOUT_IN_MS(ULONGLONG Time) {
    return (LONGLONG)Time * -1 * WDF_TIMEOUT_TO_MS;
}
static inline LONGLONG WDF_ABS_TIMEOUT_IN_MS(ULONGLONG Time) {
    return (LONGLONG)Time * WDF_TIMEOUT_TO_MS;
}
static inline LONGLONG WDF_REL_TIMEOUT_IN_US(ULONGLONG Time) {
    return (LONGLONG)Time * -1 * WDF_TIMEOUT_TO_US;
}
static inline LONGLONG WDF_ABS_TIMEOUT_IN_US(ULONGLONG Time) {
    return (LONGLONG)Time * WDF_TIMEOUT_TO_US;
}
#endif

typedef struct WDFTIMER__* WDFTIMER;
typedef void EVT_WDF_TIMER(WDFTIMER Timer);
typedef EVT_WDF_TIMER* PFN_WDF_TIMER;

#define TolerableDelayUnlimited ((ULONG)-1)

typedef struct _WDF_TIMER_CONFIG {
    ULONG Size;
    PFN_WDF_TIMER EvtTimerFunc;
    ULONG Period; /* milliseconds; 0: one-shot */
    BOOLEAN AutomaticSerialization;
    ULONG TolerableDelay;
    BOOLEAN UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;

static inline void WDF_TIMER_CONFIG_INIT(PWDF_TIMER_CONFIG Config, PFN_WDF_TIMER EvtTimerFunc) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->Period = 0;
    Config->AutomaticSerialization = TRUE;
    Config->TolerableDelay = 0;
}
static inline void WDF_TIMER_CONFIG_INIT_PERIODIC(PWDF_TIMER_CONFIG Config,
                                                  PFN_WDF_TIMER EvtTimerFunc, LONG Period) {
    WDF_TIMER_CONFIG_INIT(Config, EvtTimerFunc);
    Config->Period = (ULONG)Period;
}

/* STATUS_WDF_PARENT_NOT_SPECIFIED without a parent, STATUS_INVALID_DEVICE_REQUEST for a parent
   that is not under a device, STATUS_NOT_SUPPORTED for a periodic (or high-resolution) timer at
   PASSIVE_LEVEL. */
NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                        WDFTIMER* Timer);
/* (Re)starts the timer: DueTime negative relative, positive absolute (100 ns units). TRUE if the
   timer was already set. */
BOOLEAN WdfTimerStart(WDFTIMER Timer, LONGLONG DueTime);
/* Cancels the timer and a callback not yet started; Wait (PASSIVE_LEVEL only) also waits for a
   running one. TRUE if the timer was set. */
BOOLEAN WdfTimerStop(WDFTIMER Timer, BOOLEAN Wait);
WDFOBJECT WdfTimerGetParentObject(WDFTIMER Timer);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFTIMER_H */
