/*
 * ke_exec_test.c - a KMDF test driver (C) for execution contexts: a periodic WDFTIMER, a
 * passive-level WDFTIMER, a WDFDPC that queues a WDFWORKITEM, a KTIMER with a KDPC, an
 * IO_WORKITEM, a lookaside list and a system thread. Control codes (ke_exec_ioctl.h) start each;
 * every callback logs the IRQL it runs at (test_log.h). Registry parameters:
 *   LeaveTimerSet=1    a KTIMER with a DPC is set 10 s ahead at device add and never cancelled
 *   LeakLookaside=1    the lookaside list is never deleted
 *   SlowTicks=1        each periodic tick busy-waits 20 ms between "begin" and "end" lines
 */
#include <wdf.h>

#include "ke_exec_ioctl.h"
#include "test_log.h"

#define TAG_LOOKASIDE 'xEeK'

typedef struct _DEVICE_CONTEXT {
    WDFDEVICE Device;
    WDFTIMER PeriodicTimer;
    volatile LONG Ticks;
    LONG TickLimit;
    WDFTIMER PassiveTimer;
    WDFTIMER LongTimer;
    WDFDPC Dpc;
    WDFWORKITEM WorkItem;
    WDFWAITLOCK WaitLock;
    WDFREQUEST Pending;
    BOOLEAN Misuse;
    KTIMER KeTimer;
    KDPC KeDpc;
    KEVENT KeDpcDone;
    HANDLE Thread;
    KEVENT StopThread;
    KEVENT ThreadDone;
    volatile LONG ThreadLoops;
    NPAGED_LOOKASIDE_LIST Lookaside;
    BOOLEAN LookasideReady;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)

static ULONG g_leave_timer_set, g_leak_lookaside, g_slow_ticks;
/* A timer in the driver's image, left set on purpose (LeaveTimerSet): the framework must cancel
 * it at unload, before the image goes. */
static KTIMER g_left_timer;
static KDPC g_left_dpc;

static int Irql(void) {
    return (int)KeGetCurrentIrql();
}

static PDEVICE_CONTEXT ContextOfChild(WDFOBJECT child) {
    return GetDeviceContext((WDFDEVICE)child);
}

static void EvtPeriodicTimer(WDFTIMER timer) {
    PDEVICE_CONTEXT ctx = ContextOfChild(WdfTimerGetParentObject(timer));
    LONG tick = InterlockedIncrement(&ctx->Ticks);
    if (g_slow_ticks) {
        TestLog("slow tick begin");
        KeStallExecutionProcessor(20 * 1000);
        TestLog("slow tick end");
        return;
    }
    TestLog("periodic timer tick %ld at IRQL %d", (long)tick, Irql());
    if (tick == ctx->TickLimit) {
        WdfTimerStop(timer, FALSE); /* from its own callback: no wait, as KMDF requires */
        TestLog("periodic timer stopped after %ld ticks", (long)tick);
    }
}

static void EvtPassiveTimer(WDFTIMER timer) {
    LARGE_INTEGER interval;
    (void)timer;
    PAGED_CODE();
    interval.QuadPart = -10 * 1000; /* 1 ms: sleeping is allowed here */
    KeDelayExecutionThread(KernelMode, FALSE, &interval);
    TestLog("passive timer at IRQL %d", Irql());
}

static void EvtLongTimer(WDFTIMER timer) {
    (void)timer;
    TestLog("long timer fired");
}

static void LeftTimerDpc(PKDPC dpc, PVOID context, PVOID a1, PVOID a2) {
    (void)dpc;
    (void)context;
    (void)a1;
    (void)a2;
    TestLog("left timer DPC ran");
}

static void EvtDpc(WDFDPC dpc) {
    PDEVICE_CONTEXT ctx = ContextOfChild(WdfDpcGetParentObject(dpc));
    TestLog("dpc at IRQL %d", Irql());
    if (ctx->Misuse) {
        KEVENT never;
        LARGE_INTEGER timeout;
        KeInitializeEvent(&never, NotificationEvent, FALSE);
        timeout.QuadPart = -10 * 1000;
        TestLog(
            "wait at DISPATCH_LEVEL returned 0x%lx",
            (unsigned long)KeWaitForSingleObject(&never, Executive, KernelMode, FALSE, &timeout));
        WdfTimerStop(ctx->PeriodicTimer, TRUE);
        {
            LONGLONG lock_timeout = WDF_REL_TIMEOUT_IN_MS(1);
            if (WdfWaitLockAcquire(ctx->WaitLock, &lock_timeout) == STATUS_SUCCESS)
                WdfWaitLockRelease(ctx->WaitLock);
        }
    }
    WdfWorkItemEnqueue(ctx->WorkItem);
}

static void EvtWorkItem(WDFWORKITEM item) {
    PDEVICE_CONTEXT ctx = ContextOfChild(WdfWorkItemGetParentObject(item));
    WDFREQUEST request = ctx->Pending;
    PAGED_CODE();
    TestLog("work item at IRQL %d", Irql());
    if (ctx->Misuse) WdfWorkItemFlush(item); /* waits for itself: reported, not waited */
    ctx->Pending = NULL;
    ctx->Misuse = FALSE;
    if (request) WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, 0);
}

static void KeTimerDpc(PKDPC dpc, PVOID context, PVOID system_time_low, PVOID system_time_high) {
    PDEVICE_CONTEXT ctx = (PDEVICE_CONTEXT)context;
    (void)dpc;
    TestLog("KTIMER DPC at IRQL %d (system time given: %s)", Irql(),
            system_time_low || system_time_high ? "yes" : "no");
    KeSetEvent(&ctx->KeDpcDone, IO_NO_INCREMENT, FALSE);
}

typedef struct _IO_WORK {
    PIO_WORKITEM Item;
    WDFREQUEST Request;
} IO_WORK, *PIO_WORK;

static void IoWorkRoutine(PDEVICE_OBJECT device, PVOID context) {
    PIO_WORK work = (PIO_WORK)context;
    PVOID out;
    /* The object manager's count, less this probe's own reference: the creator's and the work
       item's (IoQueueWorkItem references the device until the routine has run). */
    LONG references = (LONG)ObReferenceObject(device) - 1;
    ObDereferenceObject(device);
    TestLog("IO work item at IRQL %d, device referenced %ld", Irql(), (long)references);
    IoFreeWorkItem(work->Item); /* allowed in the routine: the item is no longer queued */
    if (NT_SUCCESS(WdfRequestRetrieveOutputBuffer(work->Request, sizeof(ULONG), &out, NULL))) {
        *(PULONG)out = (ULONG)references;
        WdfRequestCompleteWithInformation(work->Request, STATUS_SUCCESS, sizeof(ULONG));
    } else {
        WdfRequestComplete(work->Request, STATUS_BUFFER_TOO_SMALL);
    }
    ExFreePoolWithTag(work, TAG_LOOKASIDE);
}

static void SystemThread(PVOID context) {
    PDEVICE_CONTEXT ctx = (PDEVICE_CONTEXT)context;
    LARGE_INTEGER timeout;
    TestLog("system thread at IRQL %d", Irql());
    timeout.QuadPart = -10 * 1000 * 5;
    while (KeWaitForSingleObject(&ctx->StopThread, Executive, KernelMode, FALSE, &timeout) ==
           STATUS_TIMEOUT)
        InterlockedIncrement(&ctx->ThreadLoops);
    TestLog("system thread ends");
    KeSetEvent(&ctx->ThreadDone, IO_NO_INCREMENT, FALSE);
    PsTerminateSystemThread(STATUS_SUCCESS);
}

typedef struct _TIMED_BLOCK {
    KTIMER Timer;
    KDPC Dpc;
} TIMED_BLOCK, *PTIMED_BLOCK;

static void FreeActiveTimer(WDFREQUEST request) {
    PTIMED_BLOCK block =
        (PTIMED_BLOCK)ExAllocatePoolZero(NonPagedPoolNx, sizeof(TIMED_BLOCK), TAG_LOOKASIDE);
    LARGE_INTEGER due;
    if (!block) {
        WdfRequestComplete(request, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    KeInitializeTimer(&block->Timer);
    KeInitializeDpc(&block->Dpc, LeftTimerDpc, NULL);
    due.QuadPart = -10 * 1000 * 10;
    KeSetTimer(&block->Timer, due, &block->Dpc);
    ExFreePoolWithTag(block, TAG_LOOKASIDE); /* the bug: the timer is still set */
    WdfRequestComplete(request, STATUS_SUCCESS);
}

static void CompleteWithUlongs(WDFREQUEST request, const ULONG* values, ULONG count) {
    PVOID out;
    if (!NT_SUCCESS(WdfRequestRetrieveOutputBuffer(request, count * sizeof(ULONG), &out, NULL))) {
        WdfRequestComplete(request, STATUS_BUFFER_TOO_SMALL);
        return;
    }
    RtlCopyMemory(out, values, count * sizeof(ULONG));
    WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, count * sizeof(ULONG));
}

static void WaitOnTimer(WDFREQUEST request) {
    KTIMER timer;
    LARGE_INTEGER due, timeout;
    ULONG results[3];
    KeInitializeTimer(&timer);
    due.QuadPart = -10 * 1000 * 50;
    KeSetTimer(&timer, due, NULL);
    timeout.QuadPart = -10 * 1000 * 5;
    results[0] = (ULONG)KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, &timeout);
    results[1] = (ULONG)KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, NULL);
    results[2] = KeReadStateTimer(&timer);
    CompleteWithUlongs(request, results, 3);
}

static void UseLookaside(PDEVICE_CONTEXT ctx, WDFREQUEST request) {
    PVOID blocks[16];
    ULONG results[2];
    int round, i;
    for (round = 0; round < 2; ++round) {
        for (i = 0; i < 16; ++i) blocks[i] = ExAllocateFromNPagedLookasideList(&ctx->Lookaside);
        for (i = 0; i < 16; ++i)
            if (blocks[i]) ExFreeToNPagedLookasideList(&ctx->Lookaside, blocks[i]);
    }
    results[0] = ctx->Lookaside.L.TotalAllocates;
    results[1] = ctx->Lookaside.L.AllocateMisses;
    CompleteWithUlongs(request, results, 2);
}

static void EvtIoDeviceControl(WDFQUEUE queue, WDFREQUEST request, size_t out_length,
                               size_t in_length, ULONG code) {
    PDEVICE_CONTEXT ctx = GetDeviceContext(WdfIoQueueGetDevice(queue));
    PVOID in;
    LARGE_INTEGER due;
    (void)out_length;
    switch (code) {
        case IOCTL_KE_PERIODIC_TIMER:
            if (!NT_SUCCESS(
                    WdfRequestRetrieveInputBuffer(request, sizeof(ULONG), &in, &in_length))) {
                WdfRequestComplete(request, STATUS_BUFFER_TOO_SMALL);
                return;
            }
            ctx->Ticks = 0;
            ctx->TickLimit = (LONG) * (PULONG)in;
            WdfTimerStart(ctx->PeriodicTimer, WDF_REL_TIMEOUT_IN_MS(10));
            WdfRequestComplete(request, STATUS_SUCCESS);
            return;
        case IOCTL_KE_PASSIVE_TIMER:
            WdfTimerStart(ctx->PassiveTimer, WDF_REL_TIMEOUT_IN_MS(5));
            WdfRequestComplete(request, STATUS_SUCCESS);
            return;
        case IOCTL_KE_MISUSE:
            ctx->Misuse = TRUE;
            /* fall through */
        case IOCTL_KE_DPC_THEN_WORK:
            ctx->Pending = request;
            WdfDpcEnqueue(ctx->Dpc);
            return;
        case IOCTL_KE_TIMER_DPC: {
            ULONG status;
            LARGE_INTEGER timeout;
            KeClearEvent(&ctx->KeDpcDone);
            due.QuadPart = -10 * 1000 * 20;
            KeSetTimer(&ctx->KeTimer, due, &ctx->KeDpc);
            timeout.QuadPart = -10 * 1000 * 1000 * 2;
            status = (ULONG)KeWaitForSingleObject(&ctx->KeDpcDone, Executive, KernelMode, FALSE,
                                                  &timeout);
            CompleteWithUlongs(request, &status, 1);
            return;
        }
        case IOCTL_KE_WAIT_TIMER:
            WaitOnTimer(request);
            return;
        case IOCTL_KE_IO_WORKITEM: {
            PIO_WORK work =
                (PIO_WORK)ExAllocatePoolZero(NonPagedPoolNx, sizeof(IO_WORK), TAG_LOOKASIDE);
            if (!work) {
                WdfRequestComplete(request, STATUS_INSUFFICIENT_RESOURCES);
                return;
            }
            work->Request = request;
            work->Item = IoAllocateWorkItem(WdfDeviceWdmGetDeviceObject(ctx->Device));
            if (!work->Item) {
                ExFreePoolWithTag(work, TAG_LOOKASIDE);
                WdfRequestComplete(request, STATUS_INSUFFICIENT_RESOURCES);
                return;
            }
            IoQueueWorkItem(work->Item, IoWorkRoutine, DelayedWorkQueue, work);
            return;
        }
        case IOCTL_KE_STOP_TIMER: {
            ULONG was_set = WdfTimerStop(ctx->PeriodicTimer, TRUE);
            TestLog("periodic timer stopped and waited for (was set: %lu)", (unsigned long)was_set);
            CompleteWithUlongs(request, &was_set, 1);
            return;
        }
        case IOCTL_KE_FREE_ACTIVE_TIMER:
            FreeActiveTimer(request);
            return;
        case IOCTL_KE_LOOKASIDE:
            UseLookaside(ctx, request);
            return;
        case IOCTL_KE_THREAD_LOOPS: {
            ULONG loops = (ULONG)ctx->ThreadLoops;
            CompleteWithUlongs(request, &loops, 1);
            return;
        }
        default:
            WdfRequestComplete(request, STATUS_INVALID_DEVICE_REQUEST);
            return;
    }
}

static void EvtDeviceCleanup(WDFOBJECT device) {
    PDEVICE_CONTEXT ctx = GetDeviceContext((WDFDEVICE)device);
    /* The system thread ends before the device goes, as a Windows driver makes sure. */
    if (ctx->Thread) {
        KeSetEvent(&ctx->StopThread, IO_NO_INCREMENT, FALSE);
        KeWaitForSingleObject(&ctx->ThreadDone, Executive, KernelMode, FALSE, NULL);
        ZwClose(ctx->Thread);
        ctx->Thread = NULL;
    }
    KeCancelTimer(&ctx->KeTimer);
    KeFlushQueuedDpcs();
    if (ctx->LookasideReady && !g_leak_lookaside) ExDeleteNPagedLookasideList(&ctx->Lookaside);
    TestLog("device cleanup");
}

static NTSTATUS CreateTimer(WDFDEVICE device, PFN_WDF_TIMER callback, ULONG period, BOOLEAN passive,
                            WDFTIMER* timer) {
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    if (period)
        WDF_TIMER_CONFIG_INIT_PERIODIC(&config, callback, (LONG)period);
    else
        WDF_TIMER_CONFIG_INIT(&config, callback);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    if (passive) attributes.ExecutionLevel = WdfExecutionLevelPassive;
    return WdfTimerCreate(&config, &attributes, timer);
}

static NTSTATUS EvtDeviceAdd(WDFDRIVER driver, PWDFDEVICE_INIT init) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queue_config;
    WDF_DPC_CONFIG dpc_config;
    WDF_WORKITEM_CONFIG work_config;
    WDFDEVICE device;
    PDEVICE_CONTEXT ctx;
    NTSTATUS status;
    (void)driver;
    PAGED_CODE();

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    attributes.EvtCleanupCallback = EvtDeviceCleanup;
    status = WdfDeviceCreate(&init, &attributes, &device);
    if (!NT_SUCCESS(status)) return status;
    ctx = GetDeviceContext(device);
    ctx->Device = device;

    status = CreateTimer(device, EvtPeriodicTimer, 10, FALSE, &ctx->PeriodicTimer);
    if (NT_SUCCESS(status))
        status = CreateTimer(device, EvtPassiveTimer, 0, TRUE, &ctx->PassiveTimer);
    if (NT_SUCCESS(status)) status = CreateTimer(device, EvtLongTimer, 0, FALSE, &ctx->LongTimer);
    if (!NT_SUCCESS(status)) return status;

    WDF_DPC_CONFIG_INIT(&dpc_config, EvtDpc);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfDpcCreate(&dpc_config, &attributes, &ctx->Dpc);
    if (!NT_SUCCESS(status)) return status;

    WDF_WORKITEM_CONFIG_INIT(&work_config, EvtWorkItem);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfWorkItemCreate(&work_config, &attributes, &ctx->WorkItem);
    if (!NT_SUCCESS(status)) return status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfWaitLockCreate(&attributes, &ctx->WaitLock);
    if (!NT_SUCCESS(status)) return status;

    KeInitializeTimer(&ctx->KeTimer);
    KeInitializeDpc(&ctx->KeDpc, KeTimerDpc, ctx);
    KeInitializeEvent(&ctx->KeDpcDone, NotificationEvent, FALSE);
    ExInitializeNPagedLookasideList(&ctx->Lookaside, NULL, NULL, POOL_NX_ALLOCATION, 48,
                                    TAG_LOOKASIDE, 0);
    ctx->LookasideReady = TRUE;

    /* Deleted with the device long before it is due: its callback must never run. */
    WdfTimerStart(ctx->LongTimer, WDF_REL_TIMEOUT_IN_SEC(10));
    if (g_leave_timer_set) {
        LARGE_INTEGER due;
        KeInitializeTimer(&g_left_timer);
        KeInitializeDpc(&g_left_dpc, LeftTimerDpc, NULL);
        due.QuadPart = -10 * 1000 * 1000 * 10;
        KeSetTimer(&g_left_timer, due, &g_left_dpc);
    }

    KeInitializeEvent(&ctx->StopThread, NotificationEvent, FALSE);
    KeInitializeEvent(&ctx->ThreadDone, NotificationEvent, FALSE);
    status =
        PsCreateSystemThread(&ctx->Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, SystemThread, ctx);
    if (!NT_SUCCESS(status)) {
        ctx->Thread = NULL;
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queue_config, WdfIoQueueDispatchParallel);
    queue_config.EvtIoDeviceControl = EvtIoDeviceControl;
    return WdfIoQueueCreate(device, &queue_config, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

static ULONG QueryParameter(WDFKEY key, PCWSTR name) {
    UNICODE_STRING value_name;
    ULONG value = 0;
    RtlInitUnicodeString(&value_name, name);
    if (!NT_SUCCESS(WdfRegistryQueryULong(key, &value_name, &value))) value = 0;
    return value;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    WDFKEY key;
    NTSTATUS status;

    ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
    WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
    status =
        WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
    if (!NT_SUCCESS(status)) return status;
    if (NT_SUCCESS(
            WdfDriverOpenParametersRegistryKey(driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key))) {
        g_leave_timer_set = QueryParameter(key, L"LeaveTimerSet");
        g_leak_lookaside = QueryParameter(key, L"LeakLookaside");
        g_slow_ticks = QueryParameter(key, L"SlowTicks");
        WdfRegistryClose(key);
    }
    TestLog("DriverEntry (non-paged pool type %d)", (int)ExDefaultNonPagedPoolType);
    return STATUS_SUCCESS;
}
