/*
 * wdfcontrol.h - control devices: named, non-PnP devices a driver creates itself (a legacy-style
 * interface for applications, or a side channel next to a filter). The driver allocates their
 * WDFDEVICE_INIT, creates the device, and finishes it with WdfControlFinishInitializing; it
 * deletes it with WdfObjectDelete (else the framework does at unload). Their queues are never
 * power-managed.
 */
#ifndef WPPTRACE_WDFCONTROL_H
#define WPPTRACE_WDFCONTROL_H

/* The SDDL strings of control devices (SDDL_DEVOBJ_*), as KMDF gives them with wdf.h. */
#include "wdmsec.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS {
    WdfDeviceShutdown = 0x01,
    WdfDeviceLastChanceShutdown = 0x02
} WDF_DEVICE_SHUTDOWN_FLAGS;

typedef void EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION* PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION;

/* SDDLString: the device's security descriptor in SDDL (kept; the host has no users to check
   against). NULL when it is missing or the allocation fails. */
PWDFDEVICE_INIT WdfControlDeviceInitAllocate(WDFDRIVER Driver, PCUNICODE_STRING SDDLString);
/* The notification runs when the host shuts down: before the drivers unload. */
void WdfControlDeviceInitSetShutdownNotification(PWDFDEVICE_INIT DeviceInit,
                                                 PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
                                                 UCHAR Flags);
/* Clears DO_DEVICE_INITIALIZING: the device can be opened from then on. */
void WdfControlFinishInitializing(WDFDEVICE Device);
/* Frees an init structure the driver allocated and did not pass to a successful WdfDeviceCreate. */
void WdfDeviceInitFree(PWDFDEVICE_INIT DeviceInit);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFCONTROL_H */
