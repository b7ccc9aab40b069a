/*
 * tracedrv.c - a WDM driver that traces the statements of the WDK's WPP tracing sample, as
 * that sample writes them, from DriverEntry: DoTraceMessage with a flag, DoTraceLevelMessage
 * with a custom enum type, and TRACE_RETURN of a failing and of a succeeding status.
 */
#include <wdm.h>

#include "trace.h"
#include "tracedrv.h"

#include "tracedrv.tmh"

static NTSTATUS TracedrvPowerDown(MachineState CurrentState) {
    NTSTATUS status = CurrentState == Offline ? STATUS_DEVICE_POWERED_OFF : STATUS_SUCCESS;
    TRACE_RETURN(status);
    return status;
}

static void TracedrvUnload(PDRIVER_OBJECT DriverObject) {
    DoTraceMessage(FLAG_TWO, "Unloading");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    static const MachineState states[] = {Offline, Failover};
    ULONG ioctlCount = 1;
    int i = 2;
    unsigned n;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    DoTraceMessage(FLAG_ONE, "IOCTL = %d", ioctlCount);
    DoTraceMessage(FLAG_ONE, "Hello, %d %s", i, "Hi");
    for (n = 0; n < sizeof states / sizeof states[0]; ++n) {
        MachineState CurrentState = states[n];
        DoTraceLevelMessage(TRACE_LEVEL_ERROR, FLAG_TWO, "Machine State :: %!state!", CurrentState);
    }
    DoTraceLevelMessage(TRACE_LEVEL_VERBOSE, FLAG_TWO, "Machine State :: %!state!", Maintenance);
    (void)TracedrvPowerDown(Offline);
    (void)TracedrvPowerDown(Online); /* STATUS_SUCCESS: PRE/POST skip it */
    DriverObject->DriverUnload = TracedrvUnload;
    return STATUS_SUCCESS;
}
