/*
 * km/io_remove_lock.h - remove locks: a count of the I/O in progress on a device, so that
 * IRP_MN_REMOVE_DEVICE waits for it before the device goes.
 *
 *   // dispatch routine:
 *   status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
 *   if (!NT_SUCCESS(status)) { complete with status (STATUS_DELETE_PENDING); return status; }
 *   ... IoReleaseRemoveLock(&ext->RemoveLock, Irp) when the IRP is done with ...
 *   // IRP_MN_REMOVE_DEVICE:
 *   IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp);   // its own acquisition, then all others
 *
 * As the checked build (and Driver Verifier) does, each acquisition is remembered by its tag:
 * releasing with a tag that was not acquired, releasing more than acquired, or acquiring after
 * IoReleaseRemoveLockAndWait are verifier findings.
 */
#ifndef WPPTRACE_KM_IO_REMOVE_LOCK_H
#define WPPTRACE_KM_IO_REMOVE_LOCK_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _IO_REMOVE_LOCK_COMMON_BLOCK {
    BOOLEAN Removed;
    BOOLEAN Reserved[3];
    volatile LONG IoCount;
    KEVENT RemoveEvent;
} IO_REMOVE_LOCK_COMMON_BLOCK;

/* The checked build's fields (the framework's tag tracking is always on). */
typedef struct _IO_REMOVE_LOCK_DBG_BLOCK {
    LONG Signature;
    ULONG HighWatermark;
    LONGLONG MaxLockedTicks;
    LONG AllocateTag;
    PVOID Reserved; /* the framework keeps the tags held in its own table, by lock */
} IO_REMOVE_LOCK_DBG_BLOCK;

typedef struct _IO_REMOVE_LOCK {
    IO_REMOVE_LOCK_COMMON_BLOCK Common;
    IO_REMOVE_LOCK_DBG_BLOCK Dbg;
} IO_REMOVE_LOCK, *PIO_REMOVE_LOCK;

/* AllocateTag names the lock in reports; MaxLockedMinutes and HighWatermark (0: no limit) are
   checked as the checked build checks them: going over HighWatermark is a finding. */
void IoInitializeRemoveLockEx(PIO_REMOVE_LOCK Lock, ULONG AllocateTag, ULONG MaxLockedMinutes,
                              ULONG HighWatermark, ULONG RemlockSize);
#define IoInitializeRemoveLock(Lock, Tag, Maxmin, HighWater) \
    IoInitializeRemoveLockEx(Lock, Tag, Maxmin, HighWater, sizeof(IO_REMOVE_LOCK))
/* STATUS_SUCCESS, or STATUS_DELETE_PENDING once IoReleaseRemoveLockAndWait has run. Tag: any
   unique pointer (usually the IRP), given again to the release. */
NTSTATUS IoAcquireRemoveLockEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag, PCSTR File, ULONG Line,
                               ULONG RemlockSize);
#define IoAcquireRemoveLock(RemoveLock, Tag) \
    IoAcquireRemoveLockEx(RemoveLock, Tag, __FILE__, __LINE__, sizeof(IO_REMOVE_LOCK))
void IoReleaseRemoveLockEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag, ULONG RemlockSize);
#define IoReleaseRemoveLock(RemoveLock, Tag) \
    IoReleaseRemoveLockEx(RemoveLock, Tag, sizeof(IO_REMOVE_LOCK))
/* Releases the caller's acquisition (Tag) and waits until every other one is released; after
   it every IoAcquireRemoveLock fails with STATUS_DELETE_PENDING. PASSIVE_LEVEL. */
void IoReleaseRemoveLockAndWaitEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag, ULONG RemlockSize);
#define IoReleaseRemoveLockAndWait(RemoveLock, Tag) \
    IoReleaseRemoveLockAndWaitEx(RemoveLock, Tag, sizeof(IO_REMOVE_LOCK))

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_IO_REMOVE_LOCK_H */
