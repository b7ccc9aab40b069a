/*
 * wdfworkitem.h - KMDF work items: EvtWorkItemFunc runs at PASSIVE_LEVEL on a host worker
 * thread. A work item belongs to a device (its parent, or an ancestor of it, is a WDFDEVICE) and
 * is deleted with it; deletion removes it from the queue and waits for a running callback.
 *
 *   WDF_WORKITEM_CONFIG config;
 *   WDF_OBJECT_ATTRIBUTES attributes;
 *   WDF_WORKITEM_CONFIG_INIT(&config, EvtWorkItem);
 *   WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
 *   attributes.ParentObject = device;
 *   status = WdfWorkItemCreate(&config, &attributes, &ctx->WorkItem);
 *   WdfWorkItemEnqueue(ctx->WorkItem);       // nothing if it is already queued
 *   WdfWorkItemFlush(ctx->WorkItem);         // waits until it has run (not from its callback)
 */
#ifndef WPPTRACE_WDFWORKITEM_H
#define WPPTRACE_WDFWORKITEM_H

#include "wdf.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFWORKITEM__* WDFWORKITEM;
typedef void EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM* PFN_WDF_WORKITEM;

typedef struct _WDF_WORKITEM_CONFIG {
    ULONG Size;
    PFN_WDF_WORKITEM EvtWorkItemFunc;
    BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;

static inline void WDF_WORKITEM_CONFIG_INIT(PWDF_WORKITEM_CONFIG Config,
                                            PFN_WDF_WORKITEM EvtWorkItemFunc) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_WORKITEM_CONFIG);
    Config->EvtWorkItemFunc = EvtWorkItemFunc;
    Config->AutomaticSerialization = TRUE;
}

NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                           WDFWORKITEM* WorkItem);
void WdfWorkItemEnqueue(WDFWORKITEM WorkItem);
WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM WorkItem);
void WdfWorkItemFlush(WDFWORKITEM WorkItem);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFWORKITEM_H */
