/*
 * driver.c - a WFP stream-inspection callout driver, after the shape of the WDK's stream edit
 * and inspect samples (our code). DriverEntry registers four callouts: flow established and
 * stream, IPv4 and IPv6. In one FWPM transaction it adds a sublayer, the callout objects and
 * their filters; the flow-established filters send the TCP connections to the inspected remote
 * port (registry value InspectedRemotePort, 80 by default) to their callout.
 *
 * For each such connection the flow-established callout associates a flow context with the
 * flow at the stream layer. The stream callout is conditional on that context, so it sees only
 * the inspected connections:
 *   - outbound data is inspected by whole lines: a part without a line end is left to the
 *     engine (FWPS_STREAM_ACTION_NEED_MORE_DATA) until the rest comes. Each occurrence of
 *     "secret" is replaced by "******": the data is cloned (FwpsCloneStreamData), edited in the
 *     clone, injected in its place (FwpsStreamInjectAsync) and the original is absorbed; the
 *     injection's completion discards the clone;
 *   - inbound data is counted; data carrying the token "EVIL" drops the connection
 *     (FWPS_STREAM_ACTION_DROP_CONNECTION).
 * When the connection ends, flowDeleteFn traces the flow's totals and frees its context.
 *
 * KMDF for WdfDriverCreate's Parameters key and unload callback; the device object that
 * FwpsCalloutRegister needs comes from IoCreateDevice, as in the wfp_callout sample.
 */
#include <fwpmk.h>
#include <wdf.h>

#include "trace.h"

#define CONTEXT_TAG 'eSFW'
#define BUFFER_TAG 'bSFW'

/* {8d3f6a21-5c7e-4b90-a1d2-3e4f5a6b7c8X}: X = 0..3 the callouts, 9 the sublayer. */
#define STREAM_EDIT_KEY(n)                                       \
    {                                                            \
        0x8d3f6a21, 0x5c7e, 0x4b90, {                            \
            0xa1, 0xd2, 0x3e, 0x4f, 0x5a, 0x6b, 0x7c, 0x80 + (n) \
        }                                                        \
    }
static const GUID EstablishedCalloutV4 = STREAM_EDIT_KEY(0);
static const GUID EstablishedCalloutV6 = STREAM_EDIT_KEY(1);
static const GUID StreamCalloutV4 = STREAM_EDIT_KEY(2);
static const GUID StreamCalloutV6 = STREAM_EDIT_KEY(3);
static const GUID StreamEditSubLayer = STREAM_EDIT_KEY(9);

static const char Pattern[] = "secret";
static const char Replacement[] = "******"; /* as long as the pattern: an edit in place */
static const char DropToken[] = "EVIL";

/* What the stream callout keeps per inspected connection. */
typedef struct _FLOW_CONTEXT {
    UINT64 FlowHandle;
    BOOLEAN Ipv6;
    UINT64 BytesSent;
    UINT64 BytesReceived;
    ULONG Replacements;
} FLOW_CONTEXT, *PFLOW_CONTEXT;

static PDEVICE_OBJECT gDevice;
static HANDLE gEngine;
static HANDLE gInjectionHandle;
static ULONG gInspectedPort = 80;
static UINT32 gEstablishedIds[2];
static UINT32 gStreamIds[2];
static LONG gFlows, gInjections, gDropped;

/* ---- Byte helpers ------------------------------------------------------------------------ */

static BOOLEAN MatchesAt(const UCHAR* data, SIZE_T length, SIZE_T at, const char* text,
                         SIZE_T textLength) {
    return at + textLength <= length && RtlCompareMemory(data + at, text, textLength) == textLength;
}

static ULONG ReplaceAll(UCHAR* data, SIZE_T length) {
    const SIZE_T patternLength = sizeof Pattern - 1;
    ULONG count = 0;
    for (SIZE_T at = 0; at + patternLength <= length; ++at) {
        if (MatchesAt(data, length, at, Pattern, patternLength)) {
            RtlCopyMemory(data + at, Replacement, patternLength);
            ++count;
            at += patternLength - 1;
        }
    }
    return count;
}

static BOOLEAN Contains(const UCHAR* data, SIZE_T length, const char* text) {
    SIZE_T textLength = strlen(text);
    for (SIZE_T at = 0; at + textLength <= length; ++at)
        if (MatchesAt(data, length, at, text, textLength)) return TRUE;
    return FALSE;
}

/* Writes buffer back over a cloned list's data, MDL by MDL. */
static void CopyBufferToNetBufferList(NET_BUFFER_LIST* nbl, const UCHAR* buffer, SIZE_T length) {
    NET_BUFFER* nb = NET_BUFFER_LIST_FIRST_NB(nbl);
    SIZE_T done = 0;
    for (; nb && done < length; nb = NET_BUFFER_NEXT_NB(nb)) {
        MDL* mdl = NET_BUFFER_CURRENT_MDL(nb);
        ULONG offset = NET_BUFFER_CURRENT_MDL_OFFSET(nb);
        for (; mdl && done < length; mdl = mdl->Next, offset = 0) {
            UCHAR* va =
                (UCHAR*)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
            SIZE_T take = MmGetMdlByteCount(mdl) - offset;
            if (!va) return;
            if (take > length - done) take = length - done;
            RtlCopyMemory(va + offset, buffer + done, take);
            done += take;
        }
    }
}

/* ---- Flow established: a context for the stream layer ------------------------------------ */

static void EstablishedClassify(const FWPS_INCOMING_VALUES* inFixedValues,
                                const FWPS_INCOMING_METADATA_VALUES* inMetaValues, BOOLEAN ipv6,
                                UINT16 remotePort) {
    PFLOW_CONTEXT context;
    NTSTATUS status;
    UINT16 streamLayer = ipv6 ? FWPS_LAYER_STREAM_V6 : FWPS_LAYER_STREAM_V4;
    UNREFERENCED_PARAMETER(inFixedValues);
    if (!FWPS_IS_METADATA_FIELD_PRESENT(inMetaValues, FWPS_METADATA_FIELD_FLOW_HANDLE)) return;
    context = (PFLOW_CONTEXT)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof *context, CONTEXT_TAG);
    if (!context) return;
    context->FlowHandle = inMetaValues->flowHandle;
    context->Ipv6 = ipv6;
    /* The context is the stream callout's: flowDeleteFn gives it back when the flow ends. */
    status = FwpsFlowAssociateContext(inMetaValues->flowHandle, streamLayer, gStreamIds[ipv6],
                                      (UINT64)(ULONG_PTR)context);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_FLOW, "FwpsFlowAssociateContext failed %!STATUS!",
                    status);
        ExFreePoolWithTag(context, CONTEXT_TAG);
        return;
    }
    InterlockedIncrement(&gFlows);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_FLOW,
                "flow %I64u (%s, remote port %hu): inspected at stream layer %hu",
                inMetaValues->flowHandle, ipv6 ? "IPv6" : "IPv4", remotePort, streamLayer);
}

static void NTAPI EstablishedClassifyV4(const FWPS_INCOMING_VALUES* inFixedValues,
                                        const FWPS_INCOMING_METADATA_VALUES* inMetaValues,
                                        void* layerData, const void* classifyContext,
                                        const FWPS_FILTER* filter, UINT64 flowContext,
                                        FWPS_CLASSIFY_OUT* classifyOut) {
    UNREFERENCED_PARAMETER(layerData);
    UNREFERENCED_PARAMETER(classifyContext);
    UNREFERENCED_PARAMETER(filter);
    UNREFERENCED_PARAMETER(flowContext);
    UNREFERENCED_PARAMETER(classifyOut); /* an inspection callout: it does not decide */
    EstablishedClassify(
        inFixedValues, inMetaValues, FALSE,
        inFixedValues->incomingValue[FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_PORT]
            .value.uint16);
}

static void NTAPI EstablishedClassifyV6(const FWPS_INCOMING_VALUES* inFixedValues,
                                        const FWPS_INCOMING_METADATA_VALUES* inMetaValues,
                                        void* layerData, const void* classifyContext,
                                        const FWPS_FILTER* filter, UINT64 flowContext,
                                        FWPS_CLASSIFY_OUT* classifyOut) {
    UNREFERENCED_PARAMETER(layerData);
    UNREFERENCED_PARAMETER(classifyContext);
    UNREFERENCED_PARAMETER(filter);
    UNREFERENCED_PARAMETER(flowContext);
    UNREFERENCED_PARAMETER(classifyOut);
    EstablishedClassify(
        inFixedValues, inMetaValues, TRUE,
        inFixedValues->incomingValue[FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_PORT]
            .value.uint16);
}

/* ---- Stream: inspect, edit, drop ---------------------------------------------------------- */

static void NTAPI InjectComplete(void* context, NET_BUFFER_LIST* netBufferList,
                                 BOOLEAN dispatchLevel) {
    PFLOW_CONTEXT flow = (PFLOW_CONTEXT)context;
    TraceEvents(TRACE_LEVEL_VERBOSE, TRACE_STREAM, "flow %I64u: edited data injected: %!STATUS!",
                flow->FlowHandle, NET_BUFFER_LIST_STATUS(netBufferList));
    FwpsDiscardClonedStreamData(netBufferList, 0, dispatchLevel);
}

/* Replaces the data by an edited clone; FALSE if it could not (the data then passes as is). */
static BOOLEAN InjectEdited(const FWPS_INCOMING_VALUES* inFixedValues,
                            const FWPS_INCOMING_METADATA_VALUES* inMetaValues,
                            const FWPS_FILTER* filter, FWPS_STREAM_DATA* streamData,
                            const UCHAR* edited, PFLOW_CONTEXT flow) {
    NET_BUFFER_LIST* clone = NULL;
    NTSTATUS status = FwpsCloneStreamData(streamData, NULL, NULL, 0, &clone);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_STREAM, "FwpsCloneStreamData failed %!STATUS!",
                    status);
        return FALSE;
    }
    CopyBufferToNetBufferList(clone, edited, streamData->dataLength);
    status = FwpsStreamInjectAsync(gInjectionHandle, NULL, 0, inMetaValues->flowHandle,
                                   filter->action.calloutId, inFixedValues->layerId,
                                   FWPS_STREAM_FLAG_SEND, clone, streamData->dataLength,
                                   InjectComplete, flow);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_STREAM, "FwpsStreamInjectAsync failed %!STATUS!",
                    status);
        FwpsDiscardClonedStreamData(clone, 0, FALSE);
        return FALSE;
    }
    InterlockedIncrement(&gInjections);
    return TRUE;
}

static void NTAPI StreamClassify(const FWPS_INCOMING_VALUES* inFixedValues,
                                 const FWPS_INCOMING_METADATA_VALUES* inMetaValues, void* layerData,
                                 const void* classifyContext, const FWPS_FILTER* filter,
                                 UINT64 flowContext, FWPS_CLASSIFY_OUT* classifyOut) {
    FWPS_STREAM_CALLOUT_IO_PACKET* ioPacket = (FWPS_STREAM_CALLOUT_IO_PACKET*)layerData;
    FWPS_STREAM_DATA* streamData = ioPacket->streamData;
    PFLOW_CONTEXT flow = (PFLOW_CONTEXT)(ULONG_PTR)flowContext;
    BOOLEAN outbound = (streamData->flags & FWPS_STREAM_FLAG_SEND) != 0;
    BOOLEAN closing = (streamData->flags & (FWPS_STREAM_FLAG_SEND_DISCONNECT |
                                            FWPS_STREAM_FLAG_RECEIVE_DISCONNECT)) != 0;
    SIZE_T length = streamData->dataLength;
    SIZE_T copied = 0;
    UCHAR* buffer;
    ULONG replaced;
    UNREFERENCED_PARAMETER(classifyContext);

    if (!(classifyOut->rights & FWPS_RIGHT_ACTION_WRITE)) return;
    classifyOut->actionType = FWP_ACTION_PERMIT;
    if (length == 0) {
        TraceEvents(TRACE_LEVEL_VERBOSE, TRACE_STREAM, "flow %I64u: %s side closed",
                    flow->FlowHandle, outbound ? "local" : "remote");
        return;
    }
    buffer = (UCHAR*)ExAllocatePool2(POOL_FLAG_NON_PAGED, length, BUFFER_TAG);
    if (!buffer) return; /* not inspected: it passes */
    FwpsCopyStreamDataToBuffer(streamData, buffer, length, &copied);

    if (!outbound) {
        flow->BytesReceived += copied;
        if (Contains(buffer, copied, DropToken)) {
            ioPacket->streamAction = FWPS_STREAM_ACTION_DROP_CONNECTION;
            classifyOut->actionType = FWP_ACTION_NONE;
            InterlockedIncrement(&gDropped);
            TraceEvents(TRACE_LEVEL_WARNING, TRACE_STREAM,
                        "flow %I64u: %I64u inbound bytes carry \"%s\": connection dropped",
                        flow->FlowHandle, (UINT64)copied, DropToken);
        } else {
            TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_STREAM,
                        "flow %I64u: %I64u inbound bytes permitted", flow->FlowHandle,
                        (UINT64)copied);
        }
        ExFreePoolWithTag(buffer, BUFFER_TAG);
        return;
    }

    /* Whole lines only: the engine keeps a partial line and comes back with more. */
    if (!closing && buffer[copied - 1] != '\n') {
        ioPacket->streamAction = FWPS_STREAM_ACTION_NEED_MORE_DATA;
        ioPacket->countBytesRequired = 0;
        classifyOut->actionType = FWP_ACTION_NONE;
        TraceEvents(TRACE_LEVEL_VERBOSE, TRACE_STREAM,
                    "flow %I64u: %I64u outbound bytes without a line end: need more data",
                    flow->FlowHandle, (UINT64)copied);
        ExFreePoolWithTag(buffer, BUFFER_TAG);
        return;
    }
    flow->BytesSent += copied;
    replaced = ReplaceAll(buffer, copied);
    if (replaced && InjectEdited(inFixedValues, inMetaValues, filter, streamData, buffer, flow)) {
        /* The original goes; the edited clone takes its place in the stream. */
        classifyOut->actionType = FWP_ACTION_BLOCK;
        classifyOut->flags |= FWPS_CLASSIFY_OUT_FLAG_ABSORB;
        flow->Replacements += replaced;
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_STREAM,
                    "flow %I64u: %lu occurrence(s) of \"%s\" replaced in %I64u outbound bytes",
                    flow->FlowHandle, replaced, Pattern, (UINT64)copied);
    } else {
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_STREAM,
                    "flow %I64u: %I64u outbound bytes permitted", flow->FlowHandle, (UINT64)copied);
    }
    ExFreePoolWithTag(buffer, BUFFER_TAG);
}

static NTSTATUS NTAPI Notify(FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID* filterKey,
                             FWPS_FILTER* filter) {
    UNREFERENCED_PARAMETER(notifyType);
    UNREFERENCED_PARAMETER(filterKey);
    UNREFERENCED_PARAMETER(filter);
    return STATUS_SUCCESS;
}

static void NTAPI FlowDelete(UINT16 layerId, UINT32 calloutId, UINT64 flowContext) {
    PFLOW_CONTEXT flow = (PFLOW_CONTEXT)(ULONG_PTR)flowContext;
    UNREFERENCED_PARAMETER(calloutId);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_FLOW,
                "flow %I64u deleted (layer %hu): %I64u bytes sent, %I64u received, %lu "
                "replacement(s)",
                flow->FlowHandle, layerId, flow->BytesSent, flow->BytesReceived,
                flow->Replacements);
    InterlockedDecrement(&gFlows);
    ExFreePoolWithTag(flow, CONTEXT_TAG);
}

/* ---- Registration ------------------------------------------------------------------------- */

typedef struct _CALLOUT_SPEC {
    const GUID* Key;
    const GUID* Layer;
    FWPS_CALLOUT_CLASSIFY_FN* Classify;
    UINT32 Flags;
    FWP_ACTION_TYPE Action;
    UINT32* Id;
    wchar_t* Name;
} CALLOUT_SPEC;

static const CALLOUT_SPEC Callouts[4] = {
    {&EstablishedCalloutV4, &FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4, EstablishedClassifyV4, 0,
     FWP_ACTION_CALLOUT_INSPECTION, &gEstablishedIds[0], L"StreamEdit flow established v4"},
    {&EstablishedCalloutV6, &FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6, EstablishedClassifyV6, 0,
     FWP_ACTION_CALLOUT_INSPECTION, &gEstablishedIds[1], L"StreamEdit flow established v6"},
    {&StreamCalloutV4, &FWPM_LAYER_STREAM_V4, StreamClassify, FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW,
     FWP_ACTION_CALLOUT_TERMINATING, &gStreamIds[0], L"StreamEdit stream v4"},
    {&StreamCalloutV6, &FWPM_LAYER_STREAM_V6, StreamClassify, FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW,
     FWP_ACTION_CALLOUT_TERMINATING, &gStreamIds[1], L"StreamEdit stream v6"},
};

static NTSTATUS RegisterCallouts(void) {
    for (ULONG i = 0; i < 4; ++i) {
        FWPS_CALLOUT callout;
        NTSTATUS status;
        RtlZeroMemory(&callout, sizeof callout);
        callout.calloutKey = *Callouts[i].Key;
        callout.flags = Callouts[i].Flags;
        callout.classifyFn = Callouts[i].Classify;
        callout.notifyFn = Notify;
        callout.flowDeleteFn = FlowDelete;
        status = FwpsCalloutRegister(gDevice, &callout, Callouts[i].Id);
        if (!NT_SUCCESS(status)) {
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "FwpsCalloutRegister %lu failed %!STATUS!",
                        i, status);
            return status;
        }
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT, "callout %ws registered: id %u",
                    Callouts[i].Name, *Callouts[i].Id);
    }
    return STATUS_SUCCESS;
}

/* The flow-established filters pick the inspected connections; the stream filters need no
   condition: their callouts see only flows with a context. */
static NTSTATUS AddFilter(ULONG i) {
    FWPM_CALLOUT callout;
    FWPM_FILTER filter;
    FWPM_FILTER_CONDITION conditions[2];
    UINT64 filterId = 0;
    NTSTATUS status;
    RtlZeroMemory(&callout, sizeof callout);
    callout.calloutKey = *Callouts[i].Key;
    callout.displayData.name = Callouts[i].Name;
    callout.applicableLayer = *Callouts[i].Layer;
    status = FwpmCalloutAdd(gEngine, &callout, NULL, NULL);
    if (!NT_SUCCESS(status)) return status;

    RtlZeroMemory(&filter, sizeof filter);
    RtlZeroMemory(conditions, sizeof conditions);
    filter.displayData.name = Callouts[i].Name;
    filter.layerKey = *Callouts[i].Layer;
    filter.subLayerKey = StreamEditSubLayer;
    filter.action.type = Callouts[i].Action;
    filter.action.calloutKey = *Callouts[i].Key;
    filter.weight.type = FWP_EMPTY;
    if (Callouts[i].Action == FWP_ACTION_CALLOUT_INSPECTION) {
        conditions[0].fieldKey = FWPM_CONDITION_IP_PROTOCOL;
        conditions[0].matchType = FWP_MATCH_EQUAL;
        conditions[0].conditionValue.type = FWP_UINT8;
        conditions[0].conditionValue.uint8 = 6; /* TCP */
        conditions[1].fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
        conditions[1].matchType = FWP_MATCH_EQUAL;
        conditions[1].conditionValue.type = FWP_UINT16;
        conditions[1].conditionValue.uint16 = (UINT16)gInspectedPort;
        filter.numFilterConditions = 2;
        filter.filterCondition = conditions;
    }
    status = FwpmFilterAdd(gEngine, &filter, NULL, &filterId);
    if (NT_SUCCESS(status))
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT, "filter %I64u added for %ws", filterId,
                    Callouts[i].Name);
    return status;
}

/* All or nothing: one transaction for the sublayer, the callout objects and the filters. */
static NTSTATUS AddFilters(void) {
    FWPM_SESSION session;
    FWPM_SUBLAYER subLayer;
    NTSTATUS status;
    RtlZeroMemory(&session, sizeof session);
    session.flags = FWPM_SESSION_FLAG_DYNAMIC;
    status = FwpmEngineOpen(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &gEngine);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "FwpmEngineOpen failed %!STATUS!", status);
        return status;
    }
    status = FwpmTransactionBegin(gEngine, 0);
    if (!NT_SUCCESS(status)) return status;

    RtlZeroMemory(&subLayer, sizeof subLayer);
    subLayer.subLayerKey = StreamEditSubLayer;
    subLayer.displayData.name = L"StreamEdit sublayer";
    subLayer.weight = 0x100;
    status = FwpmSubLayerAdd(gEngine, &subLayer, NULL);
    for (ULONG i = 0; i < 4 && NT_SUCCESS(status); ++i) status = AddFilter(i);

    if (NT_SUCCESS(status)) status = FwpmTransactionCommit(gEngine);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "adding filters failed %!STATUS!: aborted",
                    status);
        FwpmTransactionAbort(gEngine);
        return status;
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT,
                "sublayer, callouts and filters committed (remote port %lu inspected)",
                gInspectedPort);
    return status;
}

static void Cleanup(void) {
    if (gEngine) {
        FwpmEngineClose(gEngine); /* a dynamic session: its filters go with it */
        gEngine = NULL;
    }
    for (ULONG i = 0; i < 4; ++i) {
        if (!*Callouts[i].Id) continue;
        FwpsCalloutUnregisterById(*Callouts[i].Id);
        *Callouts[i].Id = 0;
    }
    if (gInjectionHandle) {
        FwpsInjectionHandleDestroy(gInjectionHandle);
        gInjectionHandle = NULL;
    }
    if (gDevice) {
        IoDeleteDevice(gDevice);
        gDevice = NULL;
    }
}

static EVT_WDF_DRIVER_UNLOAD StreamEditEvtDriverUnload;
static void StreamEditEvtDriverUnload(WDFDRIVER Driver) {
    Cleanup();
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT,
                "unloading: %ld injection(s), %ld connection(s) dropped, %ld flow context(s) left",
                gInjections, gDropped, gFlows);
    WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver));
}

static void ReadParameters(WDFDRIVER driver) {
    DECLARE_CONST_UNICODE_STRING(port, L"InspectedRemotePort");
    WDFKEY key;
    ULONG value = 0;
    if (!NT_SUCCESS(
            WdfDriverOpenParametersRegistryKey(driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key)))
        return;
    if (NT_SUCCESS(WdfRegistryQueryULong(key, &port, &value)) && value && value <= 65535)
        gInspectedPort = value;
    WdfRegistryClose(key);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    NTSTATUS status;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT, "WFP stream edit sample: %!FUNC!");

    WDF_DRIVER_CONFIG_INIT(&config, NULL); /* no AddDevice: not a PnP driver */
    config.EvtDriverUnload = StreamEditEvtDriverUnload;
    status =
        WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
    if (!NT_SUCCESS(status)) {
        WPP_CLEANUP(DriverObject);
        return status;
    }
    ReadParameters(driver);

    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK, FILE_DEVICE_SECURE_OPEN,
                            FALSE, &gDevice);
    if (NT_SUCCESS(status)) {
        gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
        status =
            FwpsInjectionHandleCreate(AF_UNSPEC, FWPS_INJECTION_TYPE_STREAM, &gInjectionHandle);
    }
    if (NT_SUCCESS(status)) status = RegisterCallouts();
    if (NT_SUCCESS(status)) status = AddFilters();
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "DriverEntry failed %!STATUS!", status);
        Cleanup(); /* the unload callback does not run after a failed DriverEntry */
        WPP_CLEANUP(DriverObject);
    }
    return status;
}
