/*
 * filter.c - an upper filter (KMDF, C) over the echo driver (samples/echo_kmdf), after the shape
 * of the WDK's KMDF filter samples:
 *   - EvtDriverDeviceAdd marks the device a filter (WdfFdoInitSetFilter): requests it has no
 *     queue for go down untouched, and it moves data as the device below does;
 *   - a parallel default queue sees reads, writes and device controls; each goes down to the
 *     local I/O target (WdfDeviceGetIoTarget) formatted as it came, with a completion routine
 *     that counts it and completes it with what the echo driver said;
 *   - IOCTL_ECHO_FILTER_GET_COUNTS is the filter's own: it asks the echo driver for its
 *     statistics with a synchronous ioctl of its own (WdfIoTargetSendIoctlSynchronously, with a
 *     timeout) and answers with both drivers' counters;
 *   - a WMI data block (WdfWmiInstanceCreate) reports the forwarded requests and bytes.
 */
#include <wdf.h>

#include "../echo_wdm/public.h"
#include "public.h"
#include "trace.h"

#include "filter.tmh"

typedef struct _FILTER_CONTEXT {
    volatile LONG Forwarded;
    volatile LONG BytesForwarded;
} FILTER_CONTEXT, *PFILTER_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILTER_CONTEXT, FilterGetContext)

static EVT_WDF_DRIVER_DEVICE_ADD FilterEvtDeviceAdd;
static EVT_WDF_DRIVER_UNLOAD FilterEvtDriverUnload;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP FilterEvtDeviceCleanup;
static EVT_WDF_IO_QUEUE_IO_READ FilterEvtIoRead;
static EVT_WDF_IO_QUEUE_IO_WRITE FilterEvtIoWrite;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL FilterEvtIoDeviceControl;
static EVT_WDF_REQUEST_COMPLETION_ROUTINE FilterRequestCompleted;
static EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE FilterEvtWmiQuery;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    NTSTATUS status;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_INIT, "Echo filter DriverEntry");
    WDF_DRIVER_CONFIG_INIT(&config, FilterEvtDeviceAdd);
    config.EvtDriverUnload = FilterEvtDriverUnload;
    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config,
                             WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_INIT, "WdfDriverCreate failed %!STATUS!", status);
        WPP_CLEANUP(DriverObject);
    }
    return status;
}

static NTSTATUS FilterEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_WMI_PROVIDER_CONFIG providerConfig;
    WDF_WMI_INSTANCE_CONFIG instanceConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    /* A filter: what it has no queue for passes down, and its transfer type is the lower's. */
    WdfFdoInitSetFilter(DeviceInit);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    attributes.EvtCleanupCallback = FilterEvtDeviceCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_PNP, "WdfDeviceCreate failed %!STATUS!", status);
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoRead = FilterEvtIoRead;
    queueConfig.EvtIoWrite = FilterEvtIoWrite;
    queueConfig.EvtIoDeviceControl = FilterEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_PNP, "WdfIoQueueCreate failed %!STATUS!", status);
        return status;
    }

    WDF_WMI_PROVIDER_CONFIG_INIT(&providerConfig, &GUID_ECHO_FILTER_WMI_COUNTS);
    providerConfig.MinInstanceBufferSize = sizeof(ECHO_FILTER_WMI_COUNTS);
    WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(&instanceConfig, &providerConfig);
    instanceConfig.Register = TRUE;
    instanceConfig.EvtWmiInstanceQueryInstance = FilterEvtWmiQuery;
    status = WdfWmiInstanceCreate(device, &instanceConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, DBG_WMI, "WdfWmiInstanceCreate failed %!STATUS!", status);
        return status;
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP,
                "AddDevice: filter attached, WMI block %!GUID! registered",
                &GUID_ECHO_FILTER_WMI_COUNTS);
    return STATUS_SUCCESS;
}

/* Down to the echo driver as the request came; FilterRequestCompleted sees it come back. */
static void FilterForward(WDFQUEUE Queue, WDFREQUEST Request) {
    WDFDEVICE device = WdfIoQueueGetDevice(Queue);
    WdfRequestFormatRequestUsingCurrentType(Request);
    WdfRequestSetCompletionRoutine(Request, FilterRequestCompleted, device);
    if (!WdfRequestSend(Request, WdfDeviceGetIoTarget(device), WDF_NO_SEND_OPTIONS)) {
        NTSTATUS status = WdfRequestGetStatus(Request);
        TraceEvents(TRACE_LEVEL_ERROR, DBG_FORWARD, "WdfRequestSend failed %!STATUS!", status);
        WdfRequestComplete(Request, status);
    }
}

static void FilterEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FORWARD, "Read: forwarding %Iu bytes", Length);
    FilterForward(Queue, Request);
}

static void FilterEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FORWARD, "Write: forwarding %Iu bytes", Length);
    FilterForward(Queue, Request);
}

static void FilterRequestCompleted(WDFREQUEST Request, WDFIOTARGET Target,
                                   PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context) {
    PFILTER_CONTEXT context = FilterGetContext((WDFDEVICE)Context);
    ULONG_PTR bytes = Params->IoStatus.Information;

    UNREFERENCED_PARAMETER(Target);
    InterlockedIncrement(&context->Forwarded);
    InterlockedAdd(&context->BytesForwarded, (LONG)bytes);
    if (Params->Type == WdfRequestTypeDeviceControl)
        TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FORWARD,
                    "Completion: device control 0x%08x %!STATUS!, %Iu bytes",
                    Params->Parameters.Ioctl.IoControlCode, Params->IoStatus.Status, bytes);
    else
        TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FORWARD, "Completion: %s %!STATUS!, %Iu bytes",
                    Params->Type == WdfRequestTypeRead ? "read" : "write", Params->IoStatus.Status,
                    bytes);
    WdfRequestCompleteWithInformation(Request, Params->IoStatus.Status, bytes);
}

/* The filter's own control code: the echo driver's statistics, asked synchronously. */
static NTSTATUS FilterGetCounts(WDFDEVICE Device, PECHO_FILTER_COUNTS Counts) {
    WDF_MEMORY_DESCRIPTOR output;
    WDF_REQUEST_SEND_OPTIONS options;
    ECHO_STATISTICS statistics;
    ULONG_PTR bytes = 0;
    NTSTATUS status;

    RtlZeroMemory(&statistics, sizeof statistics);
    WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&output, &statistics, sizeof statistics);
    WDF_REQUEST_SEND_OPTIONS_INIT(&options, 0);
    WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(&options, -10000000LL); /* one second, relative */
    status = WdfIoTargetSendIoctlSynchronously(WdfDeviceGetIoTarget(Device), WDF_NO_HANDLE,
                                               IOCTL_ECHO_GET_STATISTICS, NULL, &output, &options,
                                               &bytes);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_IOCTL,
                "GetCounts: echo statistics %!STATUS!, %Iu bytes", status, bytes);
    if (!NT_SUCCESS(status)) return status;
    Counts->Forwarded = (ULONG)FilterGetContext(Device)->Forwarded;
    Counts->EchoWrites = statistics.Writes;
    Counts->EchoReads = statistics.Reads;
    return STATUS_SUCCESS;
}

static void FilterEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                     size_t InputBufferLength, ULONG IoControlCode) {
    PECHO_FILTER_COUNTS counts;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode != IOCTL_ECHO_FILTER_GET_COUNTS) {
        TraceEvents(TRACE_LEVEL_INFORMATION, DBG_FORWARD, "DeviceControl: forwarding 0x%08x",
                    IoControlCode);
        FilterForward(Queue, Request);
        return;
    }
    status =
        WdfRequestRetrieveOutputBuffer(Request, sizeof(ECHO_FILTER_COUNTS), (PVOID*)&counts, NULL);
    if (NT_SUCCESS(status)) status = FilterGetCounts(WdfIoQueueGetDevice(Queue), counts);
    if (NT_SUCCESS(status))
        TraceEvents(TRACE_LEVEL_INFORMATION, DBG_IOCTL,
                    "GetCounts: %lu forwarded; echo: %lu writes, %lu reads", counts->Forwarded,
                    counts->EchoWrites, counts->EchoReads);
    WdfRequestCompleteWithInformation(Request, status,
                                      NT_SUCCESS(status) ? sizeof(ECHO_FILTER_COUNTS) : 0);
}

static NTSTATUS FilterEvtWmiQuery(WDFWMIINSTANCE WmiInstance, ULONG OutBufferSize, PVOID OutBuffer,
                                  PULONG BufferUsed) {
    PFILTER_CONTEXT context = FilterGetContext(WdfWmiInstanceGetDevice(WmiInstance));
    ECHO_FILTER_WMI_COUNTS* counts = (ECHO_FILTER_WMI_COUNTS*)OutBuffer;

    /* The framework checked MinInstanceBufferSize before calling. */
    UNREFERENCED_PARAMETER(OutBufferSize);
    counts->Forwarded = (ULONG)context->Forwarded;
    counts->BytesForwarded = (ULONG)context->BytesForwarded;
    *BufferUsed = sizeof *counts;
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_WMI, "WMI query: %lu forwarded, %lu bytes",
                counts->Forwarded, counts->BytesForwarded);
    return STATUS_SUCCESS;
}

static void FilterEvtDeviceCleanup(WDFOBJECT Device) {
    PFILTER_CONTEXT context = FilterGetContext(Device);
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_PNP, "Cleanup: filter gone after %ld requests",
                context->Forwarded);
}

static void FilterEvtDriverUnload(WDFDRIVER Driver) {
    TraceEvents(TRACE_LEVEL_INFORMATION, DBG_INIT, "Unload: echo filter unloading");
    WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver));
}
