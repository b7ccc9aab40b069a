/*
 * driver.c - a WFP callout driver, after the shape of the WDK's callout samples (our code):
 * DriverEntry registers four callouts (ALE connect and flow established, IPv4 and IPv6), adds
 * the filters that send those layers' flows to them, and reads its block rules from the
 * registry. The connect callouts permit or block each connection by rule and trace the
 * decision; the flow-established callouts give each TCP flow a context, which the engine hands
 * back to flowDeleteFn when the flow ends.
 *
 * KMDF rather than WDM, as the WDK's stmedit and inspect samples: WdfDriverCreate gives the
 * Parameters key (WdfRegistryQueryULong) and the unload callback. The device object that
 * FwpsCalloutRegister needs is a WDM one from IoCreateDevice, because the emulated framework
 * has no non-PnP control devices (WdfControlDeviceInitAllocate); a callout driver needs no
 * device stack anyway.
 *
 * Registry Parameters (0 or absent: no such rule):
 *   BlockedRemotePort            blocks IPv4 and IPv6 connections to this remote port
 *   BlockedRemoteAddressV4       with BlockedRemotePrefixLengthV4: an IPv4 prefix to block
 *   BlockedRemotePrefixV6        the first 32 bits of an IPv6 /32 to block (0x20010db8)
 *
 * Addresses and ports are traced as WFP callouts trace them, with WPP's extended types:
 * %!IPADDR! and %!PORT! take network byte order (the classify values are in host order, so they
 * are swapped first), %!IPV6ADDR! the address's 16 bytes; statuses by name with %!STATUS!.
 */
#include <fwpmk.h>
#include <wdf.h>

#include "trace.h"

#define FLOW_CONTEXT_TAG 'cfFW'

/* The callouts' keys: {6e1c3b2a-4d5f-4a7b-9c8d-0e1f2a3b4c5X}, X = 0..3. */
#define CALLOUT_KEY(n)                                           \
    {                                                            \
        0x6e1c3b2a, 0x4d5f, 0x4a7b, {                            \
            0x9c, 0x8d, 0x0e, 0x1f, 0x2a, 0x3b, 0x4c, 0x50 + (n) \
        }                                                        \
    }
static const GUID ConnectCalloutV4 = CALLOUT_KEY(0);
static const GUID ConnectCalloutV6 = CALLOUT_KEY(1);
static const GUID EstablishedCalloutV4 = CALLOUT_KEY(2);
static const GUID EstablishedCalloutV6 = CALLOUT_KEY(3);

typedef struct _BLOCK_RULES {
    ULONG RemotePort;
    ULONG RemoteAddressV4;
    ULONG PrefixLengthV4;
    ULONG PrefixV6;
} BLOCK_RULES;

/* What the flow-established callout keeps per TCP flow. */
typedef struct _FLOW_CONTEXT {
    UINT64 FlowHandle;
    USHORT RemotePort;
    BOOLEAN Ipv6;
} FLOW_CONTEXT, *PFLOW_CONTEXT;

static PDEVICE_OBJECT gDevice;
static HANDLE gEngine;
static BLOCK_RULES gRules;
static UINT32 gCalloutIds[4];
static LONG gPermitted, gBlocked, gFlowContexts;

/* RtlUlongByteSwap and RtlUshortByteSwap, which the emulated wdm.h does not have: the host
   order of a classify value to the network order of %!IPADDR! and %!PORT!. */
static ULONG NetworkOrder32(UINT32 value) {
    return (value >> 24) | ((value >> 8) & 0xff00u) | ((value << 8) & 0xff0000u) | (value << 24);
}

static USHORT NetworkOrder16(UINT16 value) {
    return (USHORT)((value >> 8) | (value << 8));
}

static const char* ProtocolName(UINT8 protocol) {
    return protocol == 6 ? "TCP" : protocol == 17 ? "UDP" : "IP";
}

static BOOLEAN BlockedV4(UINT32 remote, UINT16 port, const char** rule) {
    if (gRules.RemotePort && port == gRules.RemotePort) {
        *rule = "remote port rule";
        return TRUE;
    }
    if (gRules.PrefixLengthV4 && gRules.PrefixLengthV4 <= 32) {
        UINT32 mask =
            gRules.PrefixLengthV4 == 32 ? 0xffffffffu : ~(0xffffffffu >> gRules.PrefixLengthV4);
        if ((remote & mask) == (gRules.RemoteAddressV4 & mask)) {
            *rule = "remote prefix rule";
            return TRUE;
        }
    }
    *rule = "no rule";
    return FALSE;
}

static BOOLEAN BlockedV6(const UINT8* remote, UINT16 port, const char** rule) {
    UINT32 top =
        (UINT32)remote[0] << 24 | (UINT32)remote[1] << 16 | (UINT32)remote[2] << 8 | remote[3];
    if (gRules.RemotePort && port == gRules.RemotePort) {
        *rule = "remote port rule";
        return TRUE;
    }
    if (gRules.PrefixV6 && top == gRules.PrefixV6) {
        *rule = "remote prefix rule";
        return TRUE;
    }
    *rule = "no rule";
    return FALSE;
}

static void Decide(FWPS_CLASSIFY_OUT0* classifyOut, BOOLEAN block) {
    if (block) {
        classifyOut->actionType = FWP_ACTION_BLOCK;
        /* A block must stand: no filter of lower weight may turn it into a permit. */
        classifyOut->rights &= ~FWPS_RIGHT_ACTION_WRITE;
        InterlockedIncrement(&gBlocked);
    } else {
        classifyOut->actionType = FWP_ACTION_PERMIT;
        InterlockedIncrement(&gPermitted);
    }
}

static void NTAPI ConnectClassifyV4(const FWPS_INCOMING_VALUES0* inFixedValues,
                                    const FWPS_INCOMING_METADATA_VALUES0* inMetaValues,
                                    void* layerData, const void* classifyContext,
                                    const FWPS_FILTER3* filter, UINT64 flowContext,
                                    FWPS_CLASSIFY_OUT0* classifyOut) {
    const FWPS_INCOMING_VALUE0* v = inFixedValues->incomingValue;
    UINT32 local = v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS].value.uint32;
    UINT32 remote = v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_ADDRESS].value.uint32;
    UINT16 localPort = v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_PORT].value.uint16;
    UINT16 remotePort = v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_PORT].value.uint16;
    UINT8 protocol = v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_PROTOCOL].value.uint8;
    const char* rule;
    BOOLEAN block;
    UNREFERENCED_PARAMETER(inMetaValues);
    UNREFERENCED_PARAMETER(layerData);
    UNREFERENCED_PARAMETER(classifyContext);
    UNREFERENCED_PARAMETER(flowContext);
    if (!(classifyOut->rights & FWPS_RIGHT_ACTION_WRITE)) return; /* decided above us */
    block = BlockedV4(remote, remotePort, &rule);
    Decide(classifyOut, block);
    TraceEvents(block ? TRACE_LEVEL_WARNING : TRACE_LEVEL_INFORMATION, TRACE_CLASSIFY,
                "%s %s %!IPADDR!:%!PORT! -> %!IPADDR!:%!PORT! (filter %I64u, %s)",
                block ? "BLOCK" : "PERMIT", ProtocolName(protocol), NetworkOrder32(local),
                NetworkOrder16(localPort), NetworkOrder32(remote), NetworkOrder16(remotePort),
                filter->filterId, rule);
}

/* The local end goes first, at verbose level, the decision with the remote end after it. */
static void NTAPI ConnectClassifyV6(const FWPS_INCOMING_VALUES0* inFixedValues,
                                    const FWPS_INCOMING_METADATA_VALUES0* inMetaValues,
                                    void* layerData, const void* classifyContext,
                                    const FWPS_FILTER3* filter, UINT64 flowContext,
                                    FWPS_CLASSIFY_OUT0* classifyOut) {
    const FWPS_INCOMING_VALUE0* v = inFixedValues->incomingValue;
    const UINT8* local =
        v[FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_ADDRESS].value.byteArray16->byteArray16;
    const UINT8* remote =
        v[FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_ADDRESS].value.byteArray16->byteArray16;
    UINT16 localPort = v[FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_PORT].value.uint16;
    UINT16 remotePort = v[FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_PORT].value.uint16;
    UINT8 protocol = v[FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_PROTOCOL].value.uint8;
    const char* rule;
    BOOLEAN block;
    UNREFERENCED_PARAMETER(inMetaValues);
    UNREFERENCED_PARAMETER(layerData);
    UNREFERENCED_PARAMETER(classifyContext);
    UNREFERENCED_PARAMETER(flowContext);
    if (!(classifyOut->rights & FWPS_RIGHT_ACTION_WRITE)) return;
    block = BlockedV6(remote, remotePort, &rule);
    Decide(classifyOut, block);
    TraceEvents(TRACE_LEVEL_VERBOSE, TRACE_CLASSIFY, "%s from [%!IPV6ADDR!]:%!PORT!",
                ProtocolName(protocol), local, NetworkOrder16(localPort));
    TraceEvents(block ? TRACE_LEVEL_WARNING : TRACE_LEVEL_INFORMATION, TRACE_CLASSIFY,
                "%s %s -> [%!IPV6ADDR!]:%!PORT! (filter %I64u, %s)", block ? "BLOCK" : "PERMIT",
                ProtocolName(protocol), remote, NetworkOrder16(remotePort), filter->filterId, rule);
}

/* Flow established (TCP only, by the filter's condition): a context for the flow's life. */
static void EstablishedClassify(const FWPS_INCOMING_VALUES0* inFixedValues,
                                const FWPS_INCOMING_METADATA_VALUES0* inMetaValues,
                                UINT32 calloutId, BOOLEAN ipv6, UINT16 remotePort,
                                UINT32 direction) {
    PFLOW_CONTEXT context;
    NTSTATUS status;
    if (!FWPS_IS_METADATA_FIELD_PRESENT(inMetaValues, FWPS_METADATA_FIELD_FLOW_HANDLE)) return;
    context =
        (PFLOW_CONTEXT)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof *context, FLOW_CONTEXT_TAG);
    if (!context) return;
    context->FlowHandle = inMetaValues->flowHandle;
    context->RemotePort = remotePort;
    context->Ipv6 = ipv6;
    status = FwpsFlowAssociateContext(inMetaValues->flowHandle, inFixedValues->layerId, calloutId,
                                      (UINT64)(ULONG_PTR)context);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_FLOW, "FwpsFlowAssociateContext failed %!STATUS!",
                    status);
        ExFreePoolWithTag(context, FLOW_CONTEXT_TAG);
        return;
    }
    InterlockedIncrement(&gFlowContexts);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_FLOW,
                "flow %I64u established (%s, %s, remote port %hu): context associated",
                inMetaValues->flowHandle, ipv6 ? "IPv6" : "IPv4",
                direction == FWP_DIRECTION_INBOUND ? "inbound" : "outbound", remotePort);
}

static void NTAPI EstablishedClassifyV4(const FWPS_INCOMING_VALUES0* inFixedValues,
                                        const FWPS_INCOMING_METADATA_VALUES0* inMetaValues,
                                        void* layerData, const void* classifyContext,
                                        const FWPS_FILTER3* filter, UINT64 flowContext,
                                        FWPS_CLASSIFY_OUT0* classifyOut) {
    const FWPS_INCOMING_VALUE0* v = inFixedValues->incomingValue;
    UNREFERENCED_PARAMETER(layerData);
    UNREFERENCED_PARAMETER(classifyContext);
    UNREFERENCED_PARAMETER(flowContext);
    UNREFERENCED_PARAMETER(classifyOut); /* an inspection callout: it does not decide */
    EstablishedClassify(inFixedValues, inMetaValues, filter->action.calloutId, FALSE,
                        v[FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_PORT].value.uint16,
                        v[FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_DIRECTION].value.uint32);
}

static void NTAPI EstablishedClassifyV6(const FWPS_INCOMING_VALUES0* inFixedValues,
                                        const FWPS_INCOMING_METADATA_VALUES0* inMetaValues,
                                        void* layerData, const void* classifyContext,
                                        const FWPS_FILTER3* filter, UINT64 flowContext,
                                        FWPS_CLASSIFY_OUT0* classifyOut) {
    const FWPS_INCOMING_VALUE0* v = inFixedValues->incomingValue;
    UNREFERENCED_PARAMETER(layerData);
    UNREFERENCED_PARAMETER(classifyContext);
    UNREFERENCED_PARAMETER(flowContext);
    UNREFERENCED_PARAMETER(classifyOut);
    EstablishedClassify(inFixedValues, inMetaValues, filter->action.calloutId, TRUE,
                        v[FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_PORT].value.uint16,
                        v[FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_DIRECTION].value.uint32);
}

static NTSTATUS NTAPI Notify(FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID* filterKey,
                             FWPS_FILTER3* filter) {
    UNREFERENCED_PARAMETER(filterKey);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_NOTIFY, "notify: %s filter %I64u (callout %u)",
                notifyType == FWPS_CALLOUT_NOTIFY_ADD_FILTER ? "add" : "delete", filter->filterId,
                filter->action.calloutId);
    return STATUS_SUCCESS;
}

static void NTAPI FlowDelete(UINT16 layerId, UINT32 calloutId, UINT64 flowContext) {
    PFLOW_CONTEXT context = (PFLOW_CONTEXT)(ULONG_PTR)flowContext;
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_FLOW,
                "flow %I64u deleted (layer %hu, callout %u, remote port %hu): context freed",
                context->FlowHandle, layerId, calloutId, context->RemotePort);
    InterlockedDecrement(&gFlowContexts);
    ExFreePoolWithTag(context, FLOW_CONTEXT_TAG);
}

static ULONG QueryRule(WDFKEY key, PCUNICODE_STRING name) {
    ULONG value = 0;
    if (!NT_SUCCESS(WdfRegistryQueryULong(key, name, &value))) value = 0;
    return value;
}

static void ReadRules(WDFDRIVER driver) {
    DECLARE_CONST_UNICODE_STRING(port, L"BlockedRemotePort");
    DECLARE_CONST_UNICODE_STRING(addressV4, L"BlockedRemoteAddressV4");
    DECLARE_CONST_UNICODE_STRING(prefixLengthV4, L"BlockedRemotePrefixLengthV4");
    DECLARE_CONST_UNICODE_STRING(prefixV6, L"BlockedRemotePrefixV6");
    WDFKEY key;
    NTSTATUS status =
        WdfDriverOpenParametersRegistryKey(driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_WARNING, TRACE_INIT,
                    "no Parameters key (%!STATUS!): nothing blocked", status);
        return;
    }
    gRules.RemotePort = QueryRule(key, &port);
    gRules.RemoteAddressV4 = QueryRule(key, &addressV4);
    gRules.PrefixLengthV4 = QueryRule(key, &prefixLengthV4);
    gRules.PrefixV6 = QueryRule(key, &prefixV6);
    WdfRegistryClose(key);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT,
                "rules: remote port %lu, IPv4 %!IPADDR!/%lu, IPv6 %x:%x::/32", gRules.RemotePort,
                NetworkOrder32(gRules.RemoteAddressV4), gRules.PrefixLengthV4,
                gRules.PrefixV6 >> 16, gRules.PrefixV6 & 0xffff);
}

typedef struct _CALLOUT_SPEC {
    const GUID* Key;
    const GUID* Layer;
    FWPS_CALLOUT_CLASSIFY_FN3_PTR Classify;
    FWP_ACTION_TYPE Action;
    wchar_t* Name;
} CALLOUT_SPEC;

static const CALLOUT_SPEC Callouts[4] = {
    {&ConnectCalloutV4, &FWPM_LAYER_ALE_AUTH_CONNECT_V4, ConnectClassifyV4,
     FWP_ACTION_CALLOUT_TERMINATING, L"WfpCallout connect v4"},
    {&ConnectCalloutV6, &FWPM_LAYER_ALE_AUTH_CONNECT_V6, ConnectClassifyV6,
     FWP_ACTION_CALLOUT_TERMINATING, L"WfpCallout connect v6"},
    {&EstablishedCalloutV4, &FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4, EstablishedClassifyV4,
     FWP_ACTION_CALLOUT_INSPECTION, L"WfpCallout flow established v4"},
    {&EstablishedCalloutV6, &FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6, EstablishedClassifyV6,
     FWP_ACTION_CALLOUT_INSPECTION, L"WfpCallout flow established v6"},
};

static NTSTATUS RegisterCallouts(void) {
    for (ULONG i = 0; i < 4; ++i) {
        FWPS_CALLOUT callout;
        NTSTATUS status;
        RtlZeroMemory(&callout, sizeof callout);
        callout.calloutKey = *Callouts[i].Key;
        callout.classifyFn = Callouts[i].Classify;
        callout.notifyFn = Notify;
        callout.flowDeleteFn = FlowDelete;
        status = FwpsCalloutRegister(gDevice, &callout, &gCalloutIds[i]);
        if (!NT_SUCCESS(status)) {
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "FwpsCalloutRegister %lu failed %!STATUS!",
                        i, status);
            return status;
        }
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT, "callout %ws registered: id %u",
                    Callouts[i].Name, gCalloutIds[i]);
    }
    return STATUS_SUCCESS;
}

/* A dynamic session: closing it at unload deletes the callout objects and filters with it. */
static NTSTATUS AddFilters(void) {
    FWPM_SESSION session;
    NTSTATUS status;
    RtlZeroMemory(&session, sizeof session);
    session.flags = FWPM_SESSION_FLAG_DYNAMIC;
    status = FwpmEngineOpen(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &gEngine);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "FwpmEngineOpen failed %!STATUS!", status);
        return status;
    }
    for (ULONG i = 0; i < 4 && NT_SUCCESS(status); ++i) {
        FWPM_CALLOUT callout;
        FWPM_FILTER filter;
        FWPM_FILTER_CONDITION tcpOnly;
        UINT64 filterId = 0;
        RtlZeroMemory(&callout, sizeof callout);
        callout.calloutKey = *Callouts[i].Key;
        callout.displayData.name = Callouts[i].Name;
        callout.applicableLayer = *Callouts[i].Layer;
        status = FwpmCalloutAdd(gEngine, &callout, NULL, NULL);
        if (!NT_SUCCESS(status)) break;

        RtlZeroMemory(&filter, sizeof filter);
        filter.displayData.name = Callouts[i].Name;
        filter.layerKey = *Callouts[i].Layer;
        filter.action.type = Callouts[i].Action;
        filter.action.calloutKey = *Callouts[i].Key;
        filter.weight.type = FWP_UINT8;
        filter.weight.uint8 = 0xf;
        if (Callouts[i].Action == FWP_ACTION_CALLOUT_INSPECTION) {
            /* Flow contexts for TCP only: UDP flows never reach the established callouts. */
            RtlZeroMemory(&tcpOnly, sizeof tcpOnly);
            tcpOnly.fieldKey = FWPM_CONDITION_IP_PROTOCOL;
            tcpOnly.matchType = FWP_MATCH_EQUAL;
            tcpOnly.conditionValue.type = FWP_UINT8;
            tcpOnly.conditionValue.uint8 = 6;
            filter.numFilterConditions = 1;
            filter.filterCondition = &tcpOnly;
        }
        status = FwpmFilterAdd(gEngine, &filter, NULL, &filterId);
        if (NT_SUCCESS(status))
            TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT, "filter %I64u added for %ws", filterId,
                        Callouts[i].Name);
    }
    if (!NT_SUCCESS(status))
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "adding callouts and filters failed %!STATUS!",
                    status);
    return status;
}

/* Filters first (the engine keeps a callout busy while filters use it), then the callouts. */
static void RemoveCallouts(void) {
    if (gEngine) {
        FwpmEngineClose(gEngine);
        gEngine = NULL;
    }
    for (ULONG i = 0; i < 4; ++i) {
        NTSTATUS status;
        if (!gCalloutIds[i]) continue;
        status = FwpsCalloutUnregisterById(gCalloutIds[i]);
        TraceEvents(NT_SUCCESS(status) ? TRACE_LEVEL_INFORMATION : TRACE_LEVEL_ERROR, TRACE_INIT,
                    "callout %u unregistered: %!STATUS!", gCalloutIds[i], status);
        gCalloutIds[i] = 0;
    }
    if (gDevice) {
        IoDeleteDevice(gDevice);
        gDevice = NULL;
    }
}

static EVT_WDF_DRIVER_UNLOAD WfpCalloutEvtDriverUnload;
static void WfpCalloutEvtDriverUnload(WDFDRIVER Driver) {
    RemoveCallouts();
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT,
                "unloading: %ld connection(s) permitted, %ld blocked, %ld flow context(s) left",
                gPermitted, gBlocked, gFlowContexts);
    WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver));
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    NTSTATUS status;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_INIT, "WFP callout sample: %!FUNC!");

    WDF_DRIVER_CONFIG_INIT(&config, NULL); /* no AddDevice: not a PnP driver */
    config.EvtDriverUnload = WfpCalloutEvtDriverUnload;
    status =
        WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_INIT, "WdfDriverCreate failed %!STATUS!", status);
        WPP_CLEANUP(DriverObject);
        return status;
    }
    ReadRules(driver);

    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK, FILE_DEVICE_SECURE_OPEN,
                            FALSE, &gDevice);
    if (NT_SUCCESS(status)) {
        gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
        status = RegisterCallouts();
    }
    if (NT_SUCCESS(status)) status = AddFilters();
    if (!NT_SUCCESS(status)) {
        /* The unload callback does not run after a failed DriverEntry: clean up here. */
        RemoveCallouts();
        WPP_CLEANUP(DriverObject);
    }
    return status;
}
