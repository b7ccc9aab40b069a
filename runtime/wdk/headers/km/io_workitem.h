/*
 * km/io_workitem.h - work items: routines the host runs on its worker threads at PASSIVE_LEVEL.
 * IoQueueWorkItem references the device object until the routine has returned, so a driver
 * cannot unload under its own work item, as on Windows.
 *
 *   ext->WorkItem = IoAllocateWorkItem(DeviceObject);
 *   IoQueueWorkItem(ext->WorkItem, MyWorkRoutine, DelayedWorkQueue, ext);
 *   ...
 *   IoFreeWorkItem(ext->WorkItem);                 // once its routine has run
 *
 * ExQueueWorkItem (deprecated) runs a WORK_QUEUE_ITEM's routine the same way.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_IO_WORKITEM_H
#define WPPTRACE_KM_IO_WORKITEM_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WORK_QUEUE_TYPE {
    CriticalWorkQueue,
    DelayedWorkQueue,
    HyperCriticalWorkQueue,
    NormalWorkQueue,
    BackgroundWorkQueue,
    RealTimeWorkQueue,
    SuperCriticalWorkQueue,
    MaximumWorkQueue,
    CustomPriorityWorkQueue = 32
} WORK_QUEUE_TYPE;

typedef struct _IO_WORKITEM IO_WORKITEM, *PIO_WORKITEM;
typedef void IO_WORKITEM_ROUTINE(PDEVICE_OBJECT DeviceObject, PVOID Context);
typedef IO_WORKITEM_ROUTINE* PIO_WORKITEM_ROUTINE;
typedef void IO_WORKITEM_ROUTINE_EX(PVOID IoObject, PVOID Context, PIO_WORKITEM IoWorkItem);
typedef IO_WORKITEM_ROUTINE_EX* PIO_WORKITEM_ROUTINE_EX;

/* Pool of the calling driver (leak-checked); NULL when out of memory. */
PIO_WORKITEM IoAllocateWorkItem(PDEVICE_OBJECT DeviceObject);
/* Freeing a queued work item is reported (and the item is not freed). */
void IoFreeWorkItem(PIO_WORKITEM IoWorkItem);
/* Queueing an item that is already queued is reported and ignored. */
void IoQueueWorkItem(PIO_WORKITEM IoWorkItem, PIO_WORKITEM_ROUTINE WorkerRoutine,
                     WORK_QUEUE_TYPE QueueType, PVOID Context);
void IoQueueWorkItemEx(PIO_WORKITEM IoWorkItem, PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
                       WORK_QUEUE_TYPE QueueType, PVOID Context);
/* For work items in the driver's own memory: IoSizeofWorkItem() bytes. */
ULONG IoSizeofWorkItem(void);
void IoInitializeWorkItem(PVOID IoObject, PIO_WORKITEM IoWorkItem);
void IoUninitializeWorkItem(PIO_WORKITEM IoWorkItem);

/* The executive's work items (deprecated in favour of IoAllocateWorkItem). */
typedef void WORKER_THREAD_ROUTINE(PVOID Parameter);
typedef WORKER_THREAD_ROUTINE* PWORKER_THREAD_ROUTINE;
typedef struct _WORK_QUEUE_ITEM {
    LIST_ENTRY List;
    PWORKER_THREAD_ROUTINE WorkerRoutine;
    volatile PVOID Parameter;
} WORK_QUEUE_ITEM, *PWORK_QUEUE_ITEM;
#define ExInitializeWorkItem(Item, Routine, Context) \
    do {                                             \
        (Item)->WorkerRoutine = (Routine);           \
        (Item)->Parameter = (Context);               \
        (Item)->List.Flink = NULL;                   \
    } while (0)
void ExQueueWorkItem(PWORK_QUEUE_ITEM WorkItem, WORK_QUEUE_TYPE QueueType);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_IO_WORKITEM_H */
