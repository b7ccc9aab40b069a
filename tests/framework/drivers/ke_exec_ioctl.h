/* ke_exec_ioctl.h - the control codes of the execution-context test driver (ke_exec_test.c). */
#ifndef WPPTRACE_KE_EXEC_IOCTL_H
#define WPPTRACE_KE_EXEC_IOCTL_H

#include <wdm.h>

/* Input: ULONG ticks. Starts the periodic (10 ms) timer; it stops itself after that many. */
#define IOCTL_KE_PERIODIC_TIMER \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Starts the passive-level one-shot timer (5 ms). */
#define IOCTL_KE_PASSIVE_TIMER \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Pended; a WDFDPC queues a WDFWORKITEM, which completes the request. */
#define IOCTL_KE_DPC_THEN_WORK \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x903, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* KeSetTimer with a DPC 20 ms ahead, then waits for the DPC's event. Output: ULONG status. */
#define IOCTL_KE_TIMER_DPC CTL_CODE(FILE_DEVICE_UNKNOWN, 0x904, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Waits on a 50 ms KTIMER: 5 ms (times out), then without timeout. Output: ULONG[3] = both
   statuses and KeReadStateTimer. */
#define IOCTL_KE_WAIT_TIMER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x905, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Pended; the DPC waits at DISPATCH_LEVEL, stops the timer with Wait=TRUE and takes a wait lock
   with a timeout there, the work item flushes itself: four verifier findings. */
#define IOCTL_KE_MISUSE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x906, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Pended; an IO_WORKITEM completes it. Output: ULONG device reference count in the routine. */
#define IOCTL_KE_IO_WORKITEM CTL_CODE(FILE_DEVICE_UNKNOWN, 0x907, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* 16 allocations from the lookaside list, all freed. Output: ULONG[2] = TotalAllocates,
   AllocateMisses after a second round. */
#define IOCTL_KE_LOOKASIDE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x908, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Output: ULONG loops the system thread has made so far. */
#define IOCTL_KE_THREAD_LOOPS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x909, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Frees pool that holds a KTIMER still set and its DPC: a verifier finding. */
#define IOCTL_KE_FREE_ACTIVE_TIMER \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x90A, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* WdfTimerStop(periodic timer, Wait=TRUE) at PASSIVE_LEVEL. Output: ULONG, TRUE if it was set. */
#define IOCTL_KE_STOP_TIMER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x90B, METHOD_BUFFERED, FILE_ANY_ACCESS)

#endif
