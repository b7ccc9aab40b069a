/*
 * live_driver.c - a traced KMDF driver for tests/e2e/live_test: its read callback traces a
 * line, then waits until the file that the environment variable LIVE_DRIVER_RELEASE names
 * exists (at most 30 s), then traces another. The test creates that file only once it has seen
 * the first line in a live decode: the line was printed while the driver was still running.
 */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <wdf.h>

#define WPP_CONTROL_GUIDS                                                            \
    WPP_DEFINE_CONTROL_GUID(LiveDrvGuid, (3c9a51e2, 7b04, 4d6f, 8e21, 5f0a9c3d7b18), \
                            WPP_DEFINE_BIT(DBG_LIVE))
#include <wpp/wpp.h>

static void WaitForRelease(void) {
    const char* path = getenv("LIVE_DRIVER_RELEASE");
    struct timespec step = {0, 10 * 1000 * 1000};
    for (int i = 0; path && i < 3000 && access(path, F_OK) != 0; ++i) nanosleep(&step, NULL);
}

static EVT_WDF_IO_QUEUE_IO_READ LiveEvtIoRead;
static void LiveEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    UNREFERENCED_PARAMETER(Queue);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_LIVE, "waiting to be released, read of %Iu bytes",
                Length);
    WaitForRelease();
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_LIVE, "released");
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
}

static EVT_WDF_DRIVER_DEVICE_ADD LiveEvtDeviceAdd;
static NTSTATUS LiveEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_IO_QUEUE_CONFIG queue_config;
    WDFDEVICE device;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Driver);
    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queue_config, WdfIoQueueDispatchParallel);
    queue_config.EvtIoRead = LiveEvtIoRead;
    return WdfIoQueueCreate(device, &queue_config, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

static EVT_WDF_OBJECT_CONTEXT_CLEANUP LiveEvtDriverCleanup;
static void LiveEvtDriverCleanup(WDFOBJECT Driver) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_LIVE, "unloading");
    WPP_CLEANUP(WdfDriverWdmGetDriverObject((WDFDRIVER)Driver));
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = LiveEvtDriverCleanup;
    WDF_DRIVER_CONFIG_INIT(&config, LiveEvtDeviceAdd);
    status = WdfDriverCreate(DriverObject, RegistryPath, &attributes, &config, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        WPP_CLEANUP(DriverObject);
        return status;
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_LIVE, "loaded");
    return STATUS_SUCCESS;
}
