/*
 * fault_driver.c - a traced KMDF driver that misbehaves on request, for tests/e2e/faults_test.
 * The registry parameter "Fault" chooses how (0: not at all):
 *   1  EvtIoDeviceControl dereferences NULL (SIGSEGV)
 *   2  EvtDeviceD0Entry never returns
 *   3  EvtIoDeviceControl is killed (SIGKILL) after tracing: the host dies mid-recording
 *   4  EvtIoRead sleeps DelayMs first (the session can be destroyed meanwhile)
 * Built twice: with FAULT_DRIVER_V2 the "device control" message has other text, as a driver
 * rebuilt with one message changed.
 */
#include <signal.h>
#include <time.h>
#include <wdf.h>

#define WPP_CONTROL_GUIDS                                                             \
    WPP_DEFINE_CONTROL_GUID(FaultDrvGuid, (7e4b0c2a, 51d3, 4f86, a1c9, 2b8d6e0f4a73), \
                            WPP_DEFINE_BIT(DBG_FAULT))
#include <wpp/wpp.h>

static ULONG g_fault, g_delay_ms;

static void SleepMs(ULONG ms) {
    struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

static EVT_WDF_DEVICE_D0_ENTRY FaultEvtDeviceD0Entry;
static NTSTATUS FaultEvtDeviceD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState) {
    UNREFERENCED_PARAMETER(Device);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FAULT, "D0 entry from %d", (int)PreviousState);
    if (g_fault == 2)
        for (;;) SleepMs(1000);
    return STATUS_SUCCESS;
}

static EVT_WDF_IO_QUEUE_IO_READ FaultEvtIoRead;
static void FaultEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    UNREFERENCED_PARAMETER(Queue);
    if (g_fault == 4) SleepMs(g_delay_ms);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FAULT, "read %Iu bytes", Length);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
}

static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL FaultEvtIoDeviceControl;
static void FaultEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                    size_t InputBufferLength, ULONG IoControlCode) {
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
#ifdef FAULT_DRIVER_V2
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FAULT, "ioctl code %#lx arrived (v2)", IoControlCode);
#else
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FAULT, "device control 0x%08lx", IoControlCode);
#endif
    if (g_fault == 1) {
        volatile int* nowhere = NULL;
        *nowhere = 1;
    }
    if (g_fault == 3) raise(SIGKILL);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static EVT_WDF_DRIVER_DEVICE_ADD FaultEvtDeviceAdd;
static NTSTATUS FaultEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_IO_QUEUE_CONFIG queue_config;
    WDFDEVICE device;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Driver);
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDeviceD0Entry = FaultEvtDeviceD0Entry;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnp);
    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queue_config, WdfIoQueueDispatchParallel);
    queue_config.EvtIoRead = FaultEvtIoRead;
    queue_config.EvtIoDeviceControl = FaultEvtIoDeviceControl;
    return WdfIoQueueCreate(device, &queue_config, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

static EVT_WDF_OBJECT_CONTEXT_CLEANUP FaultEvtDriverCleanup;
static void FaultEvtDriverCleanup(WDFOBJECT Driver) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FAULT, "unloading");
    WPP_CLEANUP(WdfDriverWdmGetDriverObject((WDFDRIVER)Driver));
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
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = FaultEvtDriverCleanup;
    WDF_DRIVER_CONFIG_INIT(&config, FaultEvtDeviceAdd);
    status = WdfDriverCreate(DriverObject, RegistryPath, &attributes, &config, &driver);
    if (!NT_SUCCESS(status)) {
        WPP_CLEANUP(DriverObject);
        return status;
    }
    if (NT_SUCCESS(
            WdfDriverOpenParametersRegistryKey(driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key))) {
        g_fault = QueryParameter(key, L"Fault");
        g_delay_ms = QueryParameter(key, L"DelayMs");
        WdfRegistryClose(key);
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FAULT, "loaded, fault mode %lu", g_fault);
    return STATUS_SUCCESS;
}
