/*
 * rtwlan.c - a WDM driver that traces as the Wi-Fi samples do: RT_TRACE with the message as a
 * parenthesized group, gated by the driver's own WPP_COMPID_LEVEL_ENABLED, under a second
 * control GUID too; DriverEntry calls WPP_SYSTEMCONTROL as WDM drivers do after
 * WPP_INIT_TRACING.
 */
#include <wdm.h>

#include "trace.h"

#include "rtwlan.tmh"

typedef struct _RT_SCAN_REQUEST {
    ULONG channelCount;
    const char* ssid;
} RT_SCAN_REQUEST;

static NTSTATUS RtStartScan(const RT_SCAN_REQUEST* request) {
    RT_TRACE(COMP_SCAN, DBG_LOUD,
             ("Scan \"%s\" over %lu channels\n", request->ssid, request->channelCount));
    if (request->channelCount == 0) {
        RT_TRACE_F(COMP_SCAN, DBG_SERIOUS,
                   ("No channel to scan (0x%08X)\n", STATUS_INVALID_PARAMETER));
        return STATUS_INVALID_PARAMETER;
    }
    return STATUS_SUCCESS;
}

static void RtUnload(PDRIVER_OBJECT DriverObject) {
    RT_TRACE(COMP_INIT, DBG_LOUD, ("<== RtUnload\n"));
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    RT_SCAN_REQUEST scans[2] = {{11, "home"}, {0, "none"}};
    ULONG i;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    WPP_SYSTEMCONTROL(DriverObject);
    RT_TRACE(COMP_INIT, DBG_LOUD, ("==> DriverEntry\n"));
    RT_TRACE(COMP_SEND, DBG_TRACE, ("Tx queue depth %d\n", 64));
    for (i = 0; i < 2; ++i) (void)RtStartScan(&scans[i]);
    RT_TRACE(COMP_POWER, DBG_WARNING, ("Power save off\n"));
    DriverObject->DriverUnload = RtUnload;
    return STATUS_SUCCESS;
}
