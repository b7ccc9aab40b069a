/*
 * fx_test.c - a KMDF test driver (C). Registry parameters choose what it does:
 *   FailEntry=1      DriverEntry fails after WdfDriverCreate
 *   LeakPool=1       DriverEntry allocates two 32-byte blocks tagged 'tseT' and never frees them
 *   FailAdd=1        EvtDriverDeviceAdd fails after creating its device and queue
 *   Parallel=1       the default queue is parallel (else sequential)
 *   DelayMs=N        each read takes N ms
 *   Named=1          devices are \Device\FxTest0, \Device\FxTest1 (in the order they are added),
 *                    with the symbolic links \DosDevices\FxTest0, \DosDevices\FxTest1
 * It logs its callbacks (test_log.h) so that the tests can check their order.
 */
#include <pthread.h>
#include <time.h>
#include <wdf.h>

#include "test_ioctl.h"
#include "test_log.h"

typedef struct _DEVICE_CONTEXT {
    ULONG DelayMs;
    volatile LONG Active;
    volatile LONG MaxActive;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)

typedef struct _CHILD_CONTEXT {
    ULONG Marker;
} CHILD_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE(CHILD_CONTEXT)

static ULONG g_params[6];
static volatile LONG g_named_devices;
enum { P_FAIL_ENTRY, P_LEAK, P_FAIL_ADD, P_PARALLEL, P_DELAY, P_NAMED };

static void LogObject(const char* what, WDFOBJECT object) {
    (void)object;
    TestLog("%s", what);
}
/* The thread completing a pended request (IOCTL_TEST_PEND_ON_THREAD). It is joined before the
 * driver unloads, as a Windows driver waits for its system threads: a thread still on its way
 * out of this image when the host unmaps it would crash. */
static pthread_t g_completer;
static int g_completer_started;

static void JoinCompleter(void) {
    if (g_completer_started) pthread_join(g_completer, NULL);
    g_completer_started = 0;
}

/* The thread that holds a request until its IRP is cancelled (IOCTL_TEST_PEND_UNTIL_CANCEL):
 * a driver without a cancel routine polls Irp->Cancel during a long operation. */
static pthread_t g_canceller;
static int g_canceller_started;

static void JoinCanceller(void) {
    if (g_canceller_started) pthread_join(g_canceller, NULL);
    g_canceller_started = 0;
}

static void EvtDriverCleanup(WDFOBJECT o) {
    LogObject("cleanup driver", o);
    JoinCompleter();
    JoinCanceller();
}
static void EvtDriverDestroy(WDFOBJECT o) {
    LogObject("destroy driver", o);
}
static void EvtDeviceCleanup(WDFOBJECT o) {
    PDEVICE_CONTEXT ctx = GetDeviceContext(o);
    TestLog("cleanup device (max concurrency %ld)", (long)ctx->MaxActive);
}
static void EvtDeviceDestroy(WDFOBJECT o) {
    LogObject("destroy device", o);
}
static void EvtQueueCleanup(WDFOBJECT o) {
    LogObject("cleanup queue", o);
}
static void EvtQueueDestroy(WDFOBJECT o) {
    LogObject("destroy queue", o);
}
static void EvtChildCleanup(WDFOBJECT o) {
    TestLog("cleanup child (marker %lu)", (unsigned long)WdfObjectGet_CHILD_CONTEXT(o)->Marker);
}
static void EvtChildDestroy(WDFOBJECT o) {
    LogObject("destroy child", o);
}

static NTSTATUS EvtPrepareHardware(WDFDEVICE d, WDFCMRESLIST raw, WDFCMRESLIST translated) {
    (void)d;
    TestLog(
        "PrepareHardware (%lu resources)",
        (unsigned long)(WdfCmResourceListGetCount(raw) + WdfCmResourceListGetCount(translated)));
    return STATUS_SUCCESS;
}
static NTSTATUS EvtReleaseHardware(WDFDEVICE d, WDFCMRESLIST translated) {
    (void)d;
    (void)translated;
    TestLog("ReleaseHardware");
    return STATUS_SUCCESS;
}
static NTSTATUS EvtD0Entry(WDFDEVICE d, WDF_POWER_DEVICE_STATE previous) {
    (void)d;
    TestLog("D0Entry from %d", (int)previous);
    return STATUS_SUCCESS;
}
static NTSTATUS EvtD0Exit(WDFDEVICE d, WDF_POWER_DEVICE_STATE target) {
    (void)d;
    TestLog("D0Exit to %d", (int)target);
    return STATUS_SUCCESS;
}

static void SleepMs(ULONG ms) {
    struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static void EvtIoRead(WDFQUEUE queue, WDFREQUEST request, size_t length) {
    PDEVICE_CONTEXT ctx = GetDeviceContext(WdfIoQueueGetDevice(queue));
    PVOID buffer;
    size_t size;
    LONG active = InterlockedIncrement(&ctx->Active), seen;
    while ((seen = ctx->MaxActive) < active &&
           InterlockedCompareExchange(&ctx->MaxActive, active, seen) != seen) {
    }
    if (ctx->DelayMs) SleepMs(ctx->DelayMs);
    InterlockedDecrement(&ctx->Active);
    if (NT_SUCCESS(WdfRequestRetrieveOutputBuffer(request, 1, &buffer, &size)))
        RtlFillMemory(buffer, size, 'r');
    WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, length);
}

static void EvtIoWrite(WDFQUEUE queue, WDFREQUEST request, size_t length) {
    (void)queue;
    WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, length);
}

static void* CompleteLater(void* request) {
    SleepMs(20);
    TestLog("completing pended request from another thread");
    WdfRequestCompleteWithInformation((WDFREQUEST)request, STATUS_SUCCESS, 0);
    return NULL;
}

static void* CompleteWhenCancelled(void* request) {
    PIRP irp = WdfRequestWdmGetIrp((WDFREQUEST)request);
    int i;
    for (i = 0; i < 1500; ++i) {
        if (irp->Cancel) {
            TestLog("pended request cancelled");
            WdfRequestComplete((WDFREQUEST)request, STATUS_CANCELLED);
            return NULL;
        }
        SleepMs(2);
    }
    WdfRequestComplete((WDFREQUEST)request, STATUS_SUCCESS);
    return NULL;
}

static void EvtIoDeviceControl(WDFQUEUE queue, WDFREQUEST request, size_t out_length,
                               size_t in_length, ULONG code) {
    PDEVICE_CONTEXT ctx = GetDeviceContext(WdfIoQueueGetDevice(queue));
    PVOID out, in;
    (void)in_length;
    switch (code) {
        case IOCTL_TEST_COMPLETE_TWICE:
            WdfRequestComplete(request, STATUS_SUCCESS);
            WdfRequestComplete(request, STATUS_SUCCESS);
            return;
        case IOCTL_TEST_NEVER_COMPLETE:
            return;
        case IOCTL_TEST_PEND_ON_THREAD:
            JoinCompleter();
            if (pthread_create(&g_completer, NULL, CompleteLater, request) != 0) {
                WdfRequestComplete(request, STATUS_INSUFFICIENT_RESOURCES);
                return;
            }
            g_completer_started = 1;
            return;
        case IOCTL_TEST_PEND_UNTIL_CANCEL:
            JoinCanceller();
            if (pthread_create(&g_canceller, NULL, CompleteWhenCancelled, request) != 0) {
                WdfRequestComplete(request, STATUS_INSUFFICIENT_RESOURCES);
                return;
            }
            g_canceller_started = 1;
            return;
        case IOCTL_TEST_MAX_CONCURRENCY:
            if (!NT_SUCCESS(WdfRequestRetrieveOutputBuffer(request, sizeof(ULONG), &out, NULL))) {
                WdfRequestComplete(request, STATUS_BUFFER_TOO_SMALL);
                return;
            }
            *(PULONG)out = (ULONG)ctx->MaxActive;
            WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, sizeof(ULONG));
            return;
        case IOCTL_TEST_ECHO:
            if (!NT_SUCCESS(WdfRequestRetrieveInputBuffer(request, 1, &in, &in_length)) ||
                !NT_SUCCESS(
                    WdfRequestRetrieveOutputBuffer(request, in_length, &out, &out_length))) {
                WdfRequestComplete(request, STATUS_BUFFER_TOO_SMALL);
                return;
            }
            RtlCopyMemory(out, in, in_length);
            WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, in_length);
            return;
        default:
            WdfRequestComplete(request, STATUS_INVALID_DEVICE_REQUEST);
            return;
    }
}

static NTSTATUS EvtDeviceAdd(WDFDRIVER driver, PWDFDEVICE_INIT init) {
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queue_config;
    WDFDEVICE device;
    WDFOBJECT child;
    NTSTATUS status;
    LONG index = 0;
    (void)driver;
    PAGED_CODE();
    TestLog("EvtDriverDeviceAdd");

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDevicePrepareHardware = EvtPrepareHardware;
    pnp.EvtDeviceReleaseHardware = EvtReleaseHardware;
    pnp.EvtDeviceD0Entry = EvtD0Entry;
    pnp.EvtDeviceD0Exit = EvtD0Exit;
    WdfDeviceInitSetPnpPowerEventCallbacks(init, &pnp);
    WdfDeviceInitSetIoType(init, WdfDeviceIoBuffered);
    if (g_params[P_NAMED]) {
        UNICODE_STRING name;
        index = InterlockedIncrement(&g_named_devices) - 1;
        RtlInitUnicodeString(&name, index ? L"\\Device\\FxTest1" : L"\\Device\\FxTest0");
        status = WdfDeviceInitAssignName(init, &name);
        if (!NT_SUCCESS(status)) return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    attributes.EvtCleanupCallback = EvtDeviceCleanup;
    attributes.EvtDestroyCallback = EvtDeviceDestroy;
    status = WdfDeviceCreate(&init, &attributes, &device);
    if (!NT_SUCCESS(status)) return status;
    GetDeviceContext(device)->DelayMs = g_params[P_DELAY];
    if (g_params[P_NAMED]) {
        UNICODE_STRING link;
        RtlInitUnicodeString(&link, index ? L"\\DosDevices\\FxTest1" : L"\\DosDevices\\FxTest0");
        status = WdfDeviceCreateSymbolicLink(device, &link);
        if (!NT_SUCCESS(status)) return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CHILD_CONTEXT);
    attributes.ParentObject = device;
    attributes.EvtCleanupCallback = EvtChildCleanup;
    attributes.EvtDestroyCallback = EvtChildDestroy;
    status = WdfObjectCreate(&attributes, &child);
    if (!NT_SUCCESS(status)) return status;
    WdfObjectGet_CHILD_CONTEXT(child)->Marker = 42;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queue_config, g_params[P_PARALLEL]
                                                              ? WdfIoQueueDispatchParallel
                                                              : WdfIoQueueDispatchSequential);
    queue_config.EvtIoRead = EvtIoRead;
    queue_config.EvtIoWrite = EvtIoWrite;
    queue_config.EvtIoDeviceControl = EvtIoDeviceControl;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = EvtQueueCleanup;
    attributes.EvtDestroyCallback = EvtQueueDestroy;
    status = WdfIoQueueCreate(device, &queue_config, &attributes, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;
    if (g_params[P_FAIL_ADD]) {
        TestLog("EvtDriverDeviceAdd fails");
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
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
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFDRIVER driver;
    WDFKEY key;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = EvtDriverCleanup;
    attributes.EvtDestroyCallback = EvtDriverDestroy;
    WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
    status = WdfDriverCreate(DriverObject, RegistryPath, &attributes, &config, &driver);
    if (!NT_SUCCESS(status)) return status;

    status = WdfDriverOpenParametersRegistryKey(driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key);
    if (NT_SUCCESS(status)) {
        g_params[P_FAIL_ENTRY] = QueryParameter(key, L"FailEntry");
        g_params[P_LEAK] = QueryParameter(key, L"LeakPool");
        g_params[P_FAIL_ADD] = QueryParameter(key, L"FailAdd");
        g_params[P_PARALLEL] = QueryParameter(key, L"Parallel");
        g_params[P_DELAY] = QueryParameter(key, L"DelayMs");
        g_params[P_NAMED] = QueryParameter(key, L"Named");
        WdfRegistryClose(key);
    }
    if (g_params[P_LEAK]) {
        ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, 'tseT');
        ExAllocatePool2(POOL_FLAG_PAGED, 32, 'tseT');
        ExFreePoolWithTag(ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, 'tseT'), 'tseT');
    }
    if (g_params[P_FAIL_ENTRY]) {
        TestLog("DriverEntry fails");
        return STATUS_UNSUCCESSFUL;
    }
    TestLog("DriverEntry");
    return STATUS_SUCCESS;
}
