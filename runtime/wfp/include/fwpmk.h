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
 * One sublayer: filters of a layer run by weight, highest first (equal weights in the order
 * they were added), and the first that decides (PERMIT or BLOCK) ends the classification; a
 * flow no filter decides is permitted.
 */
#ifndef WPPTRACE_FWPMK_H
#define WPPTRACE_FWPMK_H

#include "fwpsk.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Layer keys (the WDK's GUIDs) --------------------------------------------------------------
 */
extern const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4;
extern const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V6;
extern const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V4;
extern const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V6;
extern const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4;
extern const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6;

/* Condition fields: the layer's FWPS_FIELD_* index of the same value (FWPM_CONDITION_*). */
extern const GUID FWPM_CONDITION_IP_LOCAL_ADDRESS;
extern const GUID FWPM_CONDITION_IP_REMOTE_ADDRESS;
extern const GUID FWPM_CONDITION_IP_LOCAL_PORT;
extern const GUID FWPM_CONDITION_IP_REMOTE_PORT;
extern const GUID FWPM_CONDITION_IP_PROTOCOL;
extern const GUID FWPM_CONDITION_DIRECTION;

/* ---- Sessions ----------------------------------------------------------------------------------
 */
typedef struct FWPM_DISPLAY_DATA0_ {
    wchar_t* name;
    wchar_t* description;
} FWPM_DISPLAY_DATA0;

/* Objects added in a dynamic session are deleted when the session's engine handle is closed. */
#define FWPM_SESSION_FLAG_DYNAMIC (0x00000001)

typedef struct FWPM_SESSION0_ {
    GUID sessionKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
} FWPM_SESSION0;

/* authnService: RPC_C_AUTHN_WINNT or RPC_C_AUTHN_DEFAULT; serverName and authIdentity NULL (the
   local engine, the caller's identity). */
#define RPC_C_AUTHN_WINNT 10
#define RPC_C_AUTHN_DEFAULT 0xFFFFFFFFL
typedef struct _SEC_WINNT_AUTH_IDENTITY_W SEC_WINNT_AUTH_IDENTITY_W;

NTSTATUS FwpmEngineOpen0(const wchar_t* serverName, UINT32 authnService,
                         SEC_WINNT_AUTH_IDENTITY_W* authIdentity, const FWPM_SESSION0* session,
                         HANDLE* engineHandle);
NTSTATUS FwpmEngineClose0(HANDLE engineHandle);

/* ---- Callout objects ---------------------------------------------------------------------------
 */
typedef struct FWPM_CALLOUT0_ {
    GUID calloutKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID applicableLayer; /* the one layer whose filters may use the callout */
    UINT32 calloutId;
} FWPM_CALLOUT0;

/* sd must be NULL (no security descriptors); id receives the run-time callout id. */
NTSTATUS FwpmCalloutAdd0(HANDLE engineHandle, const FWPM_CALLOUT0* callout, void* sd, UINT32* id);
/* STATUS_FWP_IN_USE while a filter refers to it. */
NTSTATUS FwpmCalloutDeleteByKey0(HANDLE engineHandle, const GUID* key);

/* ---- Filters -----------------------------------------------------------------------------------
 */
typedef struct FWPM_FILTER_CONDITION0_ {
    GUID fieldKey; /* FWPM_CONDITION_* */
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue; /* of the field's type (see fwpsk.h) */
} FWPM_FILTER_CONDITION0;

typedef struct FWPM_ACTION0_ {
    FWP_ACTION_TYPE type; /* FWP_ACTION_BLOCK, _PERMIT, _CALLOUT_TERMINATING, _CALLOUT_INSPECTION */
    GUID calloutKey;      /* for the callout actions */
} FWPM_ACTION0;

/* A filter matches when all its conditions on different fields hold and, of several conditions
   on one field, any one holds (as WFP combines them). */
typedef struct FWPM_FILTER0_ {
    GUID filterKey; /* zero: the engine makes one */
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID layerKey;
    FWP_VALUE0 weight; /* FWP_EMPTY: 0; FWP_UINT8 0..15: that weight range; FWP_UINT64: exact */
    UINT32 numFilterConditions;
    FWPM_FILTER_CONDITION0* filterCondition;
    FWPM_ACTION0 action;
    UINT64 rawContext; /* FWPS_FILTER3.context */
    UINT64 filterId;   /* set by FwpmFilterAdd0 in its copy; read back with id */
    FWP_VALUE0 effectiveWeight;
} FWPM_FILTER0;

NTSTATUS FwpmFilterAdd0(HANDLE engineHandle, const FWPM_FILTER0* filter, void* sd, UINT64* id);
/* The callout's notifyFn gets FWPS_CALLOUT_NOTIFY_DELETE_FILTER. */
NTSTATUS FwpmFilterDeleteById0(HANDLE engineHandle, UINT64 id);

#define FwpmEngineOpen FwpmEngineOpen0
#define FwpmEngineClose FwpmEngineClose0
#define FwpmCalloutAdd FwpmCalloutAdd0
#define FwpmCalloutDeleteByKey FwpmCalloutDeleteByKey0
#define FwpmFilterAdd FwpmFilterAdd0
#define FwpmFilterDeleteById FwpmFilterDeleteById0
typedef FWPM_SESSION0 FWPM_SESSION;
typedef FWPM_CALLOUT0 FWPM_CALLOUT;
typedef FWPM_FILTER0 FWPM_FILTER;
typedef FWPM_FILTER_CONDITION0 FWPM_FILTER_CONDITION;

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_FWPMK_H */
