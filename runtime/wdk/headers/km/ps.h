/*
 * km/ps.h - system threads and the process/thread identity routines.
 *
 * PsCreateSystemThread starts a real host thread that runs StartRoutine at PASSIVE_LEVEL and
 * returns a handle to it; the thread object is a dispatcher object, signalled when the thread
 * ends (ObReferenceObjectByHandle gives it, KeWaitForSingleObject waits for it).
 *
 *   HANDLE thread;
 *   status = PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, Worker, ext);
 *   ...
 *   VOID Worker(PVOID Context) { ...; PsTerminateSystemThread(STATUS_SUCCESS); }
 *
 * A system thread still running when its driver unloads is waited for (briefly) and reported.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_PS_H
#define WPPTRACE_KM_PS_H

#include "ke_wait.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _CLIENT_ID {
    HANDLE UniqueProcess;
    HANDLE UniqueThread;
} CLIENT_ID, *PCLIENT_ID;

typedef struct _OBJECT_ATTRIBUTES OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef struct _OBJECT_TYPE OBJECT_TYPE, *POBJECT_TYPE;
/* The object types ObReferenceObjectByHandle checks a thread or process handle against. */
extern POBJECT_TYPE* PsThreadType;
extern POBJECT_TYPE* PsProcessType;

#ifndef THREAD_ALL_ACCESS
#define THREAD_ALL_ACCESS 0x001FFFFFUL
#endif
#ifndef SYNCHRONIZE
#define SYNCHRONIZE 0x00100000UL
#endif

typedef void KSTART_ROUTINE(PVOID StartContext);
typedef KSTART_ROUTINE* PKSTART_ROUTINE;

/* ProcessHandle must be NULL (the system process); ClientId receives the ids when given. */
NTSTATUS PsCreateSystemThread(PHANDLE ThreadHandle, ULONG DesiredAccess,
                              POBJECT_ATTRIBUTES ObjectAttributes, HANDLE ProcessHandle,
                              PCLIENT_ID ClientId, PKSTART_ROUTINE StartRoutine,
                              PVOID StartContext);
/* Ends the calling system thread (never returns); STATUS_INVALID_PARAMETER for another thread. */
NTSTATUS PsTerminateSystemThread(NTSTATUS ExitStatus);

PETHREAD PsGetCurrentThread(void);
HANDLE PsGetCurrentThreadId(void);
PEPROCESS PsGetCurrentProcess(void);
HANDLE PsGetCurrentProcessId(void);
HANDLE PsGetThreadId(PETHREAD Thread);
HANDLE PsGetProcessId(PEPROCESS Process);
BOOLEAN PsIsSystemThread(PETHREAD Thread);
PEPROCESS PsGetThreadProcess(PETHREAD Thread);
HANDLE PsGetThreadProcessId(PETHREAD Thread);
#define IoGetCurrentProcess PsGetCurrentProcess

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_PS_H */
