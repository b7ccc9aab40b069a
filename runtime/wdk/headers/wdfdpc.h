/*
 * wdfdpc.h - KMDF DPC objects: EvtDpcFunc runs on the host's DPC thread at DISPATCH_LEVEL. A DPC
 * object belongs to a device (its parent, or an ancestor of it, is a WDFDEVICE) and is deleted
 * with it; deletion removes it from the queue and waits for a running callback.
 *
 *   WDF_DPC_CONFIG config;
 *   WDF_OBJECT_ATTRIBUTES attributes;
 *   WDF_DPC_CONFIG_INIT(&config, EvtDpc);
 *   WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
 *   attributes.ParentObject = device;
 *   status = WdfDpcCreate(&config, &attributes, &ctx->Dpc);
 *   WdfDpcEnqueue(ctx->Dpc);                 // FALSE if it is already queued
 *   WdfDpcCancel(ctx->Dpc, TRUE);            // TRUE if it was taken out of the queue
 */
#ifndef WPPTRACE_WDFDPC_H
#define WPPTRACE_WDFDPC_H

#include "km/ke_dpc.h"
#include "wdf.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFDPC__* WDFDPC;
typedef void EVT_WDF_DPC(WDFDPC Dpc);
typedef EVT_WDF_DPC* PFN_WDF_DPC;

typedef struct _WDF_DPC_CONFIG {
    ULONG Size;
    PFN_WDF_DPC EvtDpcFunc;
    /* Ignored, as by KMDF: EvtDpcFunc is what runs. */
    PKDEFERRED_ROUTINE DriverWdmDpc;
    BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;

static inline void WDF_DPC_CONFIG_INIT(PWDF_DPC_CONFIG Config, PFN_WDF_DPC EvtDpcFunc) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_DPC_CONFIG);
    Config->EvtDpcFunc = EvtDpcFunc;
    Config->AutomaticSerialization = TRUE;
}

NTSTATUS WdfDpcCreate(PWDF_DPC_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes, WDFDPC* Dpc);
/* FALSE if the DPC was already queued. */
BOOLEAN WdfDpcEnqueue(WDFDPC Dpc);
/* TRUE if the DPC was queued and is no longer; Wait (PASSIVE_LEVEL only) also waits for a
   running callback. */
BOOLEAN WdfDpcCancel(WDFDPC Dpc, BOOLEAN Wait);
WDFOBJECT WdfDpcGetParentObject(WDFDPC Dpc);
PKDPC WdfDpcWdmGetDpc(WDFDPC Dpc);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFDPC_H */
