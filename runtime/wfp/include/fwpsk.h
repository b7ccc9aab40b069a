/*
 * fwpsk.h - the callout side of the emulated Windows Filtering Platform (the WDK's fwpsk.h):
 * a callout driver registers its classifyFn / notifyFn / flowDeleteFn with the filter engine,
 * the engine calls classifyFn for each flow a filter on a layer sends to the callout, and the
 * callout answers in FWPS_CLASSIFY_OUT0. The subset: the ALE connect, receive/accept and
 * flow-established layers, IPv4 and IPv6. The engine lives in the host process (runtime/wfp);
 * the host feeds it flows (see "flows" in runtime/host/README.md).
 *
 *   static FWPS_CALLOUT callout = {.calloutKey = MY_CALLOUT_V4, .classifyFn = MyClassify,
 *                                  .notifyFn = MyNotify, .flowDeleteFn = MyFlowDelete};
 *   status = FwpsCalloutRegister(deviceObject, &callout, &calloutIdV4);
 *   ...
 *   FwpsCalloutUnregisterById(calloutIdV4);   // STATUS_DEVICE_BUSY while filters use it
 */
#ifndef WPPTRACE_FWPSK_H
#define WPPTRACE_FWPSK_H

#include "fwptypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Run-time layer identifiers (FWPS_BUILTIN_LAYERS, WDK numbers) --------------------------- */
#define FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4 44
#define FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6 46
#define FWPS_LAYER_ALE_AUTH_CONNECT_V4 48
#define FWPS_LAYER_ALE_AUTH_CONNECT_V6 50
#define FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4 52
#define FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6 54

/* ---- Incoming value indices per layer ----------------------------------------------------------
 * The WDK's indices. The fields the host has no value for (application and user ids, address
 * types, interfaces, flags) keep their place in incomingValue[] as FWP_EMPTY and are not named
 * here. Addresses: IPv4 FWP_UINT32 in host order, IPv6 FWP_BYTE_ARRAY16_TYPE; ports FWP_UINT16;
 * protocol FWP_UINT8 (6 TCP, 17 UDP); direction FWP_UINT32 (FWP_DIRECTION). */
typedef enum FWPS_FIELDS_ALE_AUTH_CONNECT_V4_ {
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS = 2,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_PORT = 4,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_PROTOCOL = 5,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_ADDRESS = 6,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_PORT = 7,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_MAX = 8
} FWPS_FIELDS_ALE_AUTH_CONNECT_V4;

typedef enum FWPS_FIELDS_ALE_AUTH_CONNECT_V6_ {
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_ADDRESS = 2,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_PORT = 4,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_PROTOCOL = 5,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_ADDRESS = 6,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_PORT = 7,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_MAX = 8
} FWPS_FIELDS_ALE_AUTH_CONNECT_V6;

typedef enum FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V4_ {
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_ADDRESS = 2,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_PORT = 4,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_PROTOCOL = 5,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_REMOTE_ADDRESS = 6,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_REMOTE_PORT = 7,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_MAX = 8
} FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V4;

typedef enum FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V6_ {
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_ADDRESS = 2,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_PORT = 4,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_PROTOCOL = 5,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_REMOTE_ADDRESS = 6,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_REMOTE_PORT = 7,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_MAX = 8
} FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V6;

typedef enum FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V4_ {
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_ADDRESS = 2,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_PORT = 4,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_PROTOCOL = 5,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_ADDRESS = 6,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_PORT = 7,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_DIRECTION = 12,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_MAX = 13
} FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V4;

typedef enum FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V6_ {
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_ADDRESS = 2,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_PORT = 4,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_PROTOCOL = 5,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_ADDRESS = 6,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_PORT = 7,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_DIRECTION = 12,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_MAX = 13
} FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V6;

/* ---- What classifyFn receives ------------------------------------------------------------------
 */
typedef struct FWPS_INCOMING_VALUE0_ {
    FWP_VALUE0 value;
} FWPS_INCOMING_VALUE0;

typedef struct FWPS_INCOMING_VALUES0_ {
    UINT16 layerId;
    UINT32 valueCount;
    FWPS_INCOMING_VALUE0* incomingValue;
} FWPS_INCOMING_VALUES0;

/* currentMetadataValues says which fields hold data: the flow handle at the flow-established
   layers (the flow exists from there on), the process id (the host's) at every layer. */
#define FWPS_METADATA_FIELD_FLOW_HANDLE 0x00000002
#define FWPS_METADATA_FIELD_PROCESS_ID 0x00000040
#define FWPS_IS_METADATA_FIELD_PRESENT(metadataValues, metadataField) \
    (((metadataValues)->currentMetadataValues & (metadataField)) == (metadataField))

typedef struct FWPS_INCOMING_METADATA_VALUES0_ {
    UINT32 currentMetadataValues;
    UINT64 flowHandle;
    UINT64 processId;
} FWPS_INCOMING_METADATA_VALUES0;

typedef struct FWPS_ACTION0_ {
    FWP_ACTION_TYPE type;
    UINT32 calloutId;
} FWPS_ACTION0;

typedef struct FWPS_FILTER_CONDITION0_ {
    UINT16 fieldId;
    UINT16 reserved;
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue;
} FWPS_FILTER_CONDITION0;

/* The filter that sent the flow to the callout; context is the FWPM filter's rawContext. */
typedef struct FWPS_FILTER3_ {
    UINT64 filterId;
    FWP_VALUE0 weight; /* FWP_UINT64: the effective weight */
    UINT32 numFilterConditions;
    FWPS_FILTER_CONDITION0* filterCondition;
    FWPS_ACTION0 action;
    UINT64 context;
} FWPS_FILTER3;

/* The callout's answer. It may set actionType only while rights has FWPS_RIGHT_ACTION_WRITE;
   FWPS_CLASSIFY_OUT_FLAG_ABSORB with FWP_ACTION_BLOCK drops the flow silently. */
#define FWPS_RIGHT_ACTION_WRITE 0x00000001
#define FWPS_CLASSIFY_OUT_FLAG_ABSORB 0x00000001

typedef struct FWPS_CLASSIFY_OUT0_ {
    FWP_ACTION_TYPE actionType;
    UINT64 outContext;
    UINT64 filterId;
    UINT32 rights;
    UINT32 flags;
    UINT32 reserved;
} FWPS_CLASSIFY_OUT0;

/* ---- Callouts ----------------------------------------------------------------------------------
 */
typedef enum FWPS_CALLOUT_NOTIFY_TYPE_ {
    FWPS_CALLOUT_NOTIFY_ADD_FILTER,    /* filterKey is the filter's key */
    FWPS_CALLOUT_NOTIFY_DELETE_FILTER, /* filterKey is NULL */
    FWPS_CALLOUT_NOTIFY_TYPE_MAX
} FWPS_CALLOUT_NOTIFY_TYPE;

typedef void(NTAPI FWPS_CALLOUT_CLASSIFY_FN3)(const FWPS_INCOMING_VALUES0* inFixedValues,
                                              const FWPS_INCOMING_METADATA_VALUES0* inMetaValues,
                                              void* layerData, const void* classifyContext,
                                              const FWPS_FILTER3* filter, UINT64 flowContext,
                                              FWPS_CLASSIFY_OUT0* classifyOut);
typedef FWPS_CALLOUT_CLASSIFY_FN3* FWPS_CALLOUT_CLASSIFY_FN3_PTR;
/* A failure from an ADD_FILTER notification makes FwpmFilterAdd fail: the filter is not added. */
typedef NTSTATUS(NTAPI FWPS_CALLOUT_NOTIFY_FN3)(FWPS_CALLOUT_NOTIFY_TYPE notifyType,
                                                const GUID* filterKey, FWPS_FILTER3* filter);
typedef FWPS_CALLOUT_NOTIFY_FN3* FWPS_CALLOUT_NOTIFY_FN3_PTR;
typedef void(NTAPI FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0)(UINT16 layerId, UINT32 calloutId,
                                                        UINT64 flowContext);
typedef FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0* FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0_PTR;

/* classifyFn is called only for flows that have a context of this callout at the layer. */
#define FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW (0x00000001)

typedef struct FWPS_CALLOUT3_ {
    GUID calloutKey;
    UINT32 flags;
    FWPS_CALLOUT_CLASSIFY_FN3_PTR classifyFn;
    FWPS_CALLOUT_NOTIFY_FN3_PTR notifyFn;
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0_PTR flowDeleteFn;
} FWPS_CALLOUT3;

/* The callout belongs to deviceObject's driver. The id is the one FwpmCalloutAdd gives the same
   key. Filters already on the engine for this key get their ADD_FILTER notifications now. */
NTSTATUS FwpsCalloutRegister3(void* deviceObject, const FWPS_CALLOUT3* callout, UINT32* calloutId);
/* STATUS_DEVICE_BUSY while a filter refers to the callout (delete the filters first); flow
   contexts still associated get their flowDeleteFn before the callout goes. */
NTSTATUS FwpsCalloutUnregisterById0(const UINT32 calloutId);
NTSTATUS FwpsCalloutUnregisterByKey0(const GUID* calloutKey);

/* Flow contexts: flowId is the metadata's flowHandle. flowDeleteFn (which the callout must
   have) is called with the context when the flow ends or the context is removed. */
NTSTATUS FwpsFlowAssociateContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId,
                                   UINT64 flowContext);
NTSTATUS FwpsFlowRemoveContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId);

/* The unversioned names, as the WDK maps them for the current Windows version. */
typedef FWPS_CALLOUT3 FWPS_CALLOUT;
typedef FWPS_FILTER3 FWPS_FILTER;
typedef FWPS_INCOMING_VALUES0 FWPS_INCOMING_VALUES;
typedef FWPS_INCOMING_METADATA_VALUES0 FWPS_INCOMING_METADATA_VALUES;
typedef FWPS_CLASSIFY_OUT0 FWPS_CLASSIFY_OUT;
#define FwpsCalloutRegister FwpsCalloutRegister3
#define FwpsCalloutUnregisterById FwpsCalloutUnregisterById0
#define FwpsCalloutUnregisterByKey FwpsCalloutUnregisterByKey0
#define FwpsFlowAssociateContext FwpsFlowAssociateContext0
#define FwpsFlowRemoveContext FwpsFlowRemoveContext0

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_FWPSK_H */
