/*
 * km/ke_thread.h - what the kernel tells and lets a thread do about itself: the processor it
 * runs on, critical regions (kernel APCs disabled; counted per thread, an unbalanced leave is
 * reported), guarded regions, floating-point state, priorities.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_KE_THREAD_H
#define WPPTRACE_KM_KE_THREAD_H

#include "ke_dpc.h"
#include "ke_wait.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;
#define ALL_PROCESSOR_GROUPS 0xffff

/* The host CPU the calling thread runs on (sched_getcpu). */
ULONG KeGetCurrentProcessorNumber(void);
ULONG KeGetCurrentProcessorNumberEx(PPROCESSOR_NUMBER ProcNumber);
ULONG KeQueryActiveProcessorCount(PKAFFINITY ActiveProcessors);
ULONG KeQueryActiveProcessorCountEx(USHORT GroupNumber);
ULONG KeQueryMaximumProcessorCount(void);
ULONG KeQueryMaximumProcessorCountEx(USHORT GroupNumber);
NTSTATUS KeGetProcessorNumberFromIndex(ULONG ProcIndex, PPROCESSOR_NUMBER ProcNumber);
ULONG KeGetProcessorIndexFromNumber(PPROCESSOR_NUMBER ProcNumber);

ULONG KeGetCurrentProcessorIndex(void);

typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;
/* Binds the calling thread to the processors of Affinity (the host's CPU affinity);
   PreviousAffinity, if given, receives what KeRevertToUserGroupAffinityThread restores. */
void KeSetSystemGroupAffinityThread(PGROUP_AFFINITY Affinity, PGROUP_AFFINITY PreviousAffinity);
void KeRevertToUserGroupAffinityThread(PGROUP_AFFINITY PreviousAffinity);
/* One node (0) with every processor. */
void KeQueryNodeActiveAffinity(USHORT NodeNumber, PGROUP_AFFINITY Affinity, PUSHORT Count);

/* Disable / re-enable normal kernel APCs for the calling thread; counted, they nest. */
void KeEnterCriticalRegion(void);
void KeLeaveCriticalRegion(void);
void KeEnterGuardedRegion(void);
void KeLeaveGuardedRegion(void);
/* TRUE inside a critical or guarded region or at APC_LEVEL and above. */
BOOLEAN KeAreApcsDisabled(void);
BOOLEAN KeAreAllApcsDisabled(void);

/* Saved floating-point control state (x87 control word and SSE MXCSR). */
typedef struct _KFLOATING_SAVE {
    ULONG ControlWord;
    ULONG StatusWord;
    ULONG ErrorOffset;
    ULONG ErrorSelector;
    ULONG DataOffset;
    ULONG DataSelector;
    ULONG Cr0NpxState; /* MXCSR here */
    ULONG Spare1;
} KFLOATING_SAVE, *PKFLOATING_SAVE;
/* The floating-point unit is always usable in the host: saves the control state and returns
   STATUS_SUCCESS; KeRestoreFloatingPointState puts it back. Save and restore pair per thread. */
NTSTATUS KeSaveFloatingPointState(PKFLOATING_SAVE FloatSave);
NTSTATUS KeRestoreFloatingPointState(PKFLOATING_SAVE FloatSave);
NTSTATUS KeSaveExtendedProcessorState(ULONG64 Mask, PVOID XStateSave);
void KeRestoreExtendedProcessorState(PVOID XStateSave);

/* Thread priorities (0..31) are recorded per thread object and returned, as Windows does;
   the host scheduler does not change for them. */
#define LOW_PRIORITY 0
#define LOW_REALTIME_PRIORITY 16
#define HIGH_PRIORITY 31
#define MAXIMUM_PRIORITY 32
KPRIORITY KeSetPriorityThread(PKTHREAD Thread, KPRIORITY Priority);
KPRIORITY KeQueryPriorityThread(PKTHREAD Thread);
LONG KeSetBasePriorityThread(PKTHREAD Thread, LONG Increment);

/* A full memory barrier (x86-64: also a compiler barrier). */
#define KeMemoryBarrier() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define KeMemoryBarrierWithoutFence() __atomic_signal_fence(__ATOMIC_SEQ_CST)
/* Caches are coherent with DMA on x86-64: Windows' KeFlushIoBuffers does nothing there. */
#define KeFlushIoBuffers(Mdl, ReadOperation, DmaOperation) \
    ((void)(Mdl), (void)(ReadOperation), (void)(DmaOperation))

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_KE_THREAD_H */
