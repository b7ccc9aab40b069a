/*
 * fwpmk.h - the management side of the emulated Windows Filtering Platform (the WDK's fwpmk.h),
 * as a kernel-mode callout driver uses it: open a session on the engine, add the callout
 * objects and the filters that send a layer's flows to them, delete them or close the session.
 *
 *   FWPM_SESSION0 session = {.flags = FWPM_SESSION_FLAG_DYNAMIC};
 *   FwpmEngineOpen(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &engine);
 *   FWPM_CALLOUT0 mc = {.calloutKey = MY_CALLOUT_V4, .applicableLayer =
 * FWPM_LAYER_ALE_AUTH_CONNECT_V4}; FwpmCalloutAdd(engine, &mc, NULL, NULL); FWPM_FILTER0 filter =
 * {.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4, .action = {.type = FWP_ACTION_CALLOUT_TERMINATING,
 * .calloutKey = MY_CALLOUT_V4}, .weight = {.type = FWP_UINT8, .uint8 = 0xf}}; FwpmFilterAdd(engine,
 * &filter, NULL, &filterId);   // the callout's notifyFn: ADD_FILTER
 *   ...
 *   FwpmEngineClose(engine);   // a dynamic session's filters and callouts go with it
 *
 * In a sublayer, filters run by weight, highest first (equal weights in the order they were
 * added), and the first that decides (PERMIT or BLOCK) is the sublayer's decision; sublayers
 * are arbitrated as described at FWPM_SUBLAYER0; a flow no filter decides is permitted.
 */
#ifndef WPPTRACE_FWPMK_H
#define WPPTRACE_FWPMK_H

#include "fwpsk.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Layer keys (the WDK's GUIDs) ----------------------------------------------------------- */
extern const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4;
extern const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V6;
extern const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V4;
extern const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V6;
extern const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4;
extern const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6;
extern const GUID FWPM_LAYER_STREAM_V4;
extern const GUID FWPM_LAYER_STREAM_V6;
/* Known to the engine (callouts and filters are accepted) but not reached by traffic. */
extern const GUID FWPM_LAYER_INBOUND_TRANSPORT_V4;
extern const GUID FWPM_LAYER_INBOUND_TRANSPORT_V6;
extern const GUID FWPM_LAYER_OUTBOUND_TRANSPORT_V4;
extern const GUID FWPM_LAYER_OUTBOUND_TRANSPORT_V6;
extern const GUID FWPM_LAYER_DATAGRAM_DATA_V4;
extern const GUID FWPM_LAYER_DATAGRAM_DATA_V6;

/* Condition fields: the layer's FWPS_FIELD_* index of the same value (FWPM_CONDITION_*). */
extern const GUID FWPM_CONDITION_IP_LOCAL_ADDRESS;
extern const GUID FWPM_CONDITION_IP_REMOTE_ADDRESS;
extern const GUID FWPM_CONDITION_IP_LOCAL_PORT;
extern const GUID FWPM_CONDITION_IP_REMOTE_PORT;
extern const GUID FWPM_CONDITION_IP_PROTOCOL;
extern const GUID FWPM_CONDITION_DIRECTION;

/* The built-in sublayer filters without a subLayerKey go to (weight 0x8000 here). */
extern const GUID FWPM_SUBLAYER_UNIVERSAL;

/* ---- Sessions and transactions ------------------------------------------------------------- */
typedef struct FWPM_DISPLAY_DATA0_ {
    wchar_t* name;
    wchar_t* description;
} FWPM_DISPLAY_DATA0;

/* Objects added in a dynamic session are deleted when the session's engine handle is closed. */
#define FWPM_SESSION_FLAG_DYNAMIC (0x00000001)

typedef struct _SID SID;
typedef struct FWPM_SESSION0_ {
    GUID sessionKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    UINT32 txnWaitTimeoutInMSec;
    ULONG processId;
    SID* sid;
    wchar_t* username;
    BOOLEAN kernelMode;
} FWPM_SESSION0;

/* authnService: RPC_C_AUTHN_WINNT or RPC_C_AUTHN_DEFAULT; serverName and authIdentity NULL (the
   local engine, the caller's identity). */
#define RPC_C_AUTHN_WINNT 10
#define RPC_C_AUTHN_DEFAULT 0xFFFFFFFFL
typedef struct _SEC_WINNT_AUTH_IDENTITY_W SEC_WINNT_AUTH_IDENTITY_W;

NTSTATUS FwpmEngineOpen0(const wchar_t* serverName, UINT32 authnService,
                         SEC_WINNT_AUTH_IDENTITY_W* authIdentity, const FWPM_SESSION0* session,
                         HANDLE* engineHandle);
/* An open transaction of the session is aborted first. */
NTSTATUS FwpmEngineClose0(HANDLE engineHandle);

/* What a session adds and deletes between Begin and Commit happens at once for the session
   (and classification sees it), and Abort undoes all of it: objects added go (their callouts
   are notified of the filters' deletion), objects deleted come back. One transaction per
   session (STATUS_FWP_TXN_IN_PROGRESS); Commit or Abort without one:
   STATUS_FWP_NO_TXN_IN_PROGRESS. flags: 0 or FWPM_TXN_READ_ONLY. */
#define FWPM_TXN_READ_ONLY (0x00000001)
NTSTATUS FwpmTransactionBegin0(HANDLE engineHandle, UINT32 flags);
NTSTATUS FwpmTransactionCommit0(HANDLE engineHandle);
NTSTATUS FwpmTransactionAbort0(HANDLE engineHandle);

/* ---- Providers and sublayers --------------------------------------------------------------- */
#define FWPM_PROVIDER_FLAG_PERSISTENT (0x00000001)
typedef struct FWPM_PROVIDER0_ {
    GUID providerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    FWP_BYTE_BLOB providerData;
    wchar_t* serviceName;
} FWPM_PROVIDER0;
NTSTATUS FwpmProviderAdd0(HANDLE engineHandle, const FWPM_PROVIDER0* provider, void* sd);
/* STATUS_FWP_IN_USE while a sublayer, callout or filter names it. */
NTSTATUS FwpmProviderDeleteByKey0(HANDLE engineHandle, const GUID* key);

/* A layer's filters are grouped in sublayers. Each sublayer (highest weight first) reaches its
   own decision: its first filter that decides. A block from any sublayer wins; a permit holds
   unless a later sublayer blocks, and is final when the filter or callout cleared
   FWPS_RIGHT_ACTION_WRITE. */
#define FWPM_SUBLAYER_FLAG_PERSISTENT (0x00000001)
typedef struct FWPM_SUBLAYER0_ {
    GUID subLayerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT16 flags;
    GUID* providerKey; /* NULL or an added provider */
    FWP_BYTE_BLOB providerData;
    UINT16 weight;
} FWPM_SUBLAYER0;
NTSTATUS FwpmSubLayerAdd0(HANDLE engineHandle, const FWPM_SUBLAYER0* subLayer, void* sd);
/* STATUS_FWP_IN_USE while filters are in it. */
NTSTATUS FwpmSubLayerDeleteByKey0(HANDLE engineHandle, const GUID* key);

/* ---- Callout objects ----------------------------------------------------------------------- */
#define FWPM_CALLOUT_FLAG_PERSISTENT (0x00010000)
#define FWPM_CALLOUT_FLAG_USES_PROVIDER_CONTEXT (0x00020000)
#define FWPM_CALLOUT_FLAG_REGISTERED (0x00040000)
typedef struct FWPM_CALLOUT0_ {
    GUID calloutKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID* providerKey;
    FWP_BYTE_BLOB providerData;
    GUID applicableLayer; /* the one layer whose filters may use the callout */
    UINT32 calloutId;
} FWPM_CALLOUT0;

/* sd must be NULL (no security descriptors); id receives the run-time callout id. */
NTSTATUS FwpmCalloutAdd0(HANDLE engineHandle, const FWPM_CALLOUT0* callout, void* sd, UINT32* id);
/* STATUS_FWP_IN_USE while a filter refers to it. */
NTSTATUS FwpmCalloutDeleteByKey0(HANDLE engineHandle, const GUID* key);
NTSTATUS FwpmCalloutDeleteById0(HANDLE engineHandle, UINT32 id);
/* A copy of the callout object (flags with FWPM_CALLOUT_FLAG_REGISTERED while a driver has
   registered it), to be given back with FwpmFreeMemory0. */
NTSTATUS FwpmCalloutGetById0(HANDLE engineHandle, UINT32 id, FWPM_CALLOUT0** callout);
NTSTATUS FwpmCalloutGetByKey0(HANDLE engineHandle, const GUID* key, FWPM_CALLOUT0** callout);
/* Frees what an Fwpm*Get* call returned and sets *p to NULL. */
void FwpmFreeMemory0(void** p);

/* ---- The base filtering engine's state ----------------------------------------------------
 * The emulated engine runs as long as the host does: FwpmBfeStateGet0 says FWPM_SERVICE_RUNNING
 * and a subscription's callback is never called (the state never changes). */
typedef enum FWPM_SERVICE_STATE_ {
    FWPM_SERVICE_STOPPED,
    FWPM_SERVICE_START_PENDING,
    FWPM_SERVICE_STOP_PENDING,
    FWPM_SERVICE_RUNNING,
    FWPM_SERVICE_STATE_MAX
} FWPM_SERVICE_STATE;
typedef void(NTAPI FWPM_SERVICE_STATE_CHANGE_CALLBACK0)(void* context, FWPM_SERVICE_STATE newState);
FWPM_SERVICE_STATE FwpmBfeStateGet0(void);
NTSTATUS FwpmBfeStateSubscribeChanges0(void* deviceObject,
                                       FWPM_SERVICE_STATE_CHANGE_CALLBACK0* callback, void* context,
                                       HANDLE* changeHandle);
NTSTATUS FwpmBfeStateUnsubscribeChanges0(HANDLE changeHandle);

/* ---- Filters ------------------------------------------------------------------------------- */
typedef struct FWPM_FILTER_CONDITION0_ {
    GUID fieldKey; /* FWPM_CONDITION_* */
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue; /* of the field's type (see fwpsk.h) */
} FWPM_FILTER_CONDITION0;

typedef struct FWPM_ACTION0_ {
    FWP_ACTION_TYPE type; /* FWP_ACTION_BLOCK, _PERMIT, _CALLOUT_TERMINATING, _CALLOUT_INSPECTION */
    union {
        GUID filterType;
        GUID calloutKey; /* for the callout actions */
    };
} FWPM_ACTION0;

/* FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT: the filter's permit or block is final for its sublayer
   and later ones (a callout sees no FWPS_RIGHT_ACTION_WRITE after it);
   FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED: a terminating callout filter whose callout is
   not registered permits instead of blocking. */
#define FWPM_FILTER_FLAG_NONE (0x00000000)
#define FWPM_FILTER_FLAG_PERSISTENT (0x00000001)
#define FWPM_FILTER_FLAG_BOOTTIME (0x00000002)
#define FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT (0x00000004)
#define FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT (0x00000008)
#define FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED (0x00000010)
#define FWPM_FILTER_FLAG_DISABLED (0x00000020)

/* A filter matches when all its conditions on different fields hold and, of several conditions
   on one field, any one holds (as WFP combines them). */
typedef struct FWPM_FILTER0_ {
    GUID filterKey; /* zero: the engine makes one */
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags; /* FWPM_FILTER_FLAG_* */
    GUID* providerKey;
    FWP_BYTE_BLOB providerData;
    GUID layerKey;
    GUID subLayerKey;  /* zero: FWPM_SUBLAYER_UNIVERSAL */
    FWP_VALUE0 weight; /* FWP_EMPTY: 0; FWP_UINT8 0..15: that weight range; FWP_UINT64: exact */
    UINT32 numFilterConditions;
    FWPM_FILTER_CONDITION0* filterCondition;
    FWPM_ACTION0 action;
    union {
        UINT64 rawContext; /* FWPS_FILTER.context */
        GUID providerContextKey;
    };
    GUID* reserved;
    UINT64 filterId; /* set by FwpmFilterAdd0 in its copy; read back with id */
    FWP_VALUE0 effectiveWeight;
} FWPM_FILTER0;

NTSTATUS FwpmFilterAdd0(HANDLE engineHandle, const FWPM_FILTER0* filter, void* sd, UINT64* id);
/* The callout's notifyFn gets FWPS_CALLOUT_NOTIFY_DELETE_FILTER. */
NTSTATUS FwpmFilterDeleteById0(HANDLE engineHandle, UINT64 id);
NTSTATUS FwpmFilterDeleteByKey0(HANDLE engineHandle, const GUID* key);

#define FwpmEngineOpen FwpmEngineOpen0
#define FwpmEngineClose FwpmEngineClose0
#define FwpmTransactionBegin FwpmTransactionBegin0
#define FwpmTransactionCommit FwpmTransactionCommit0
#define FwpmTransactionAbort FwpmTransactionAbort0
#define FwpmProviderAdd FwpmProviderAdd0
#define FwpmProviderDeleteByKey FwpmProviderDeleteByKey0
#define FwpmSubLayerAdd FwpmSubLayerAdd0
#define FwpmSubLayerDeleteByKey FwpmSubLayerDeleteByKey0
#define FwpmCalloutAdd FwpmCalloutAdd0
#define FwpmCalloutDeleteByKey FwpmCalloutDeleteByKey0
#define FwpmCalloutDeleteById FwpmCalloutDeleteById0
#define FwpmCalloutGetById FwpmCalloutGetById0
#define FwpmCalloutGetByKey FwpmCalloutGetByKey0
#define FwpmFreeMemory FwpmFreeMemory0
#define FwpmBfeStateGet FwpmBfeStateGet0
#define FwpmBfeStateSubscribeChanges FwpmBfeStateSubscribeChanges0
#define FwpmBfeStateUnsubscribeChanges FwpmBfeStateUnsubscribeChanges0
#define FwpmFilterAdd FwpmFilterAdd0
#define FwpmFilterDeleteById FwpmFilterDeleteById0
#define FwpmFilterDeleteByKey FwpmFilterDeleteByKey0
typedef FWPM_DISPLAY_DATA0 FWPM_DISPLAY_DATA;
typedef FWPM_SESSION0 FWPM_SESSION;
typedef FWPM_PROVIDER0 FWPM_PROVIDER;
typedef FWPM_SUBLAYER0 FWPM_SUBLAYER;
typedef FWPM_CALLOUT0 FWPM_CALLOUT;
typedef FWPM_FILTER0 FWPM_FILTER;
typedef FWPM_FILTER_CONDITION0 FWPM_FILTER_CONDITION;
typedef FWPM_ACTION0 FWPM_ACTION;

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_FWPMK_H */
