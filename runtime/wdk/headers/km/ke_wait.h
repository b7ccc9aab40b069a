/*
 * km/ke_wait.h - dispatcher objects beyond events (mutexes, semaphores, threads), waits on
 * several objects, and sleeping (wdm.h's Ke wait routines).
 *
 * Every dispatcher object starts with a DISPATCHER_HEADER whose Type says what it is and whose
 * SignalState says whether a wait on it is satisfied. A wait sleeps until the state of one (or
 * every) object it waits on is signalled, or its timeout passes:
 *
 *   PVOID objects[2] = {&ext->StopEvent, &ext->Timer};
 *   LARGE_INTEGER timeout = {.QuadPart = -10 * 1000 * 100};   // 100 ms, relative
 *   NTSTATUS s = KeWaitForMultipleObjects(2, objects, WaitAny, Executive, KernelMode, FALSE,
 *                                         &timeout, waitBlocks);
 *   // STATUS_WAIT_0 + index of the signalled object, or STATUS_TIMEOUT
 *
 * A wait at DISPATCH_LEVEL with a non-zero timeout is a verifier finding (IRQL), as on Windows.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_KE_WAIT_H
#define WPPTRACE_KM_KE_WAIT_H

#ifdef __cplusplus
extern "C" {
#endif

/* DISPATCHER_HEADER.Type values (the kernel's KOBJECTS). */
typedef enum _KOBJECTS {
    EventNotificationObject = 0,
    EventSynchronizationObject = 1,
    MutantObject = 2,
    ProcessObject = 3,
    QueueObject = 4,
    SemaphoreObject = 5,
    ThreadObject = 6,
    GateObject = 7,
    TimerNotificationObject = 8,
    TimerSynchronizationObject = 9
} KOBJECTS;

#ifndef STATUS_ABANDONED
#define STATUS_ABANDONED ((NTSTATUS)0x00000080L)
#endif
#ifndef STATUS_ABANDONED_WAIT_0
#define STATUS_ABANDONED_WAIT_0 ((NTSTATUS)0x00000080L)
#endif
#ifndef STATUS_USER_APC
#define STATUS_USER_APC ((NTSTATUS)0x000000C0L)
#endif
#ifndef STATUS_MUTANT_NOT_OWNED
#define STATUS_MUTANT_NOT_OWNED ((NTSTATUS)0xC0000046L)
#endif
#ifndef STATUS_SEMAPHORE_LIMIT_EXCEEDED
#define STATUS_SEMAPHORE_LIMIT_EXCEEDED ((NTSTATUS)0xC0000047L)
#endif
#ifndef STATUS_INVALID_PARAMETER_1
#define STATUS_INVALID_PARAMETER_1 ((NTSTATUS)0xC00000EFL)
#endif

/* Threads and processes: opaque, as in the WDK. */
typedef struct _KTHREAD KTHREAD, *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD ETHREAD, *PETHREAD;
typedef struct _KPROCESS KPROCESS, *PKPROCESS, *PRKPROCESS;
typedef struct _EPROCESS EPROCESS, *PEPROCESS;

/* The calling thread's kernel thread object (one per host thread, created on first use). */
PKTHREAD KeGetCurrentThread(void);

/* A mutex: owned by one thread at a time, recursively; SignalState is 1 when free. */
typedef struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    PKTHREAD OwnerThread;
    BOOLEAN Abandoned;
    UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;

/* Level is ignored, as on Windows. The mutex starts free. */
void KeInitializeMutex(PRKMUTEX Mutex, ULONG Level);
/* Returns the previous state; releasing a mutex the caller does not own is reported. */
LONG KeReleaseMutex(PRKMUTEX Mutex, BOOLEAN Wait);
LONG KeReadStateMutex(PRKMUTEX Mutex);
#define KeWaitForMutexObject KeWaitForSingleObject

/* A counting semaphore: SignalState is the count, at most Limit. */
typedef struct _KSEMAPHORE {
    DISPATCHER_HEADER Header;
    LONG Limit;
} KSEMAPHORE, *PKSEMAPHORE, *PRKSEMAPHORE;

void KeInitializeSemaphore(PRKSEMAPHORE Semaphore, LONG Count, LONG Limit);
/* Adds Adjustment to the count; returns the previous count. Exceeding Limit is reported and
   leaves the count unchanged (Windows raises STATUS_SEMAPHORE_LIMIT_EXCEEDED). */
LONG KeReleaseSemaphore(PRKSEMAPHORE Semaphore, KPRIORITY Increment, LONG Adjustment, BOOLEAN Wait);
LONG KeReadStateSemaphore(PRKSEMAPHORE Semaphore);

typedef enum _WAIT_TYPE { WaitAll, WaitAny, WaitNotification, WaitDequeue } WAIT_TYPE;

#define THREAD_WAIT_OBJECTS 3
#define MAXIMUM_WAIT_OBJECTS 64

typedef struct _KWAIT_BLOCK {
    LIST_ENTRY WaitListEntry;
    PKTHREAD Thread;
    PVOID Object;
    struct _KWAIT_BLOCK* NextWaitBlock;
    USHORT WaitKey;
    UCHAR WaitType;
    UCHAR BlockState;
} KWAIT_BLOCK, *PKWAIT_BLOCK;

/* WaitAny: STATUS_WAIT_0 + the index of the first signalled object; WaitAll: STATUS_WAIT_0 once
   every object is signalled (acquired together); STATUS_TIMEOUT otherwise. More than
   THREAD_WAIT_OBJECTS objects need a WaitBlockArray, as on Windows. */
NTSTATUS KeWaitForMultipleObjects(ULONG Count, PVOID Object[], WAIT_TYPE WaitType,
                                  KWAIT_REASON WaitReason, KPROCESSOR_MODE WaitMode,
                                  BOOLEAN Alertable, PLARGE_INTEGER Timeout,
                                  PKWAIT_BLOCK WaitBlockArray);

/* Sleeps for Interval (negative: relative, positive: absolute, 100 ns units); at most
   APC_LEVEL. Returns STATUS_SUCCESS. */
NTSTATUS KeDelayExecutionThread(KPROCESSOR_MODE WaitMode, BOOLEAN Alertable,
                                PLARGE_INTEGER Interval);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_KE_WAIT_H */
