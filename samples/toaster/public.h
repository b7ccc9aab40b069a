/*
 * public.h - what an application shares with the Toaster function driver: the device
 * interface class it finds toasters by, and the control codes it sends them. The GUID is this
 * sample's own value.
 */
#ifndef TOASTER_PUBLIC_H
#define TOASTER_PUBLIC_H

#include <wdm.h>

/* {6a3b1f0e-52c4-4d8e-9b17-0c2e8f4a7d61} */
static const GUID GUID_DEVINTERFACE_TOASTER = {
    0x6a3b1f0e, 0x52c4, 0x4d8e, {0x9b, 0x17, 0x0c, 0x2e, 0x8f, 0x4a, 0x7d, 0x61}};

/* Toasts one more slice; the output is its number (ULONG). */
#define IOCTL_TOASTER_MAKE_TOAST \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS) /* 0x222000 */
/* The device's counters (TOASTER_STATISTICS). */
#define IOCTL_TOASTER_GET_STATISTICS \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_READ_ACCESS) /* 0x226004 */

typedef struct _TOASTER_STATISTICS {
    ULONG ToastsMade;
    ULONG Reads;
    ULONG Writes;
    ULONG DeviceControls;
} TOASTER_STATISTICS, *PTOASTER_STATISTICS;

#endif /* TOASTER_PUBLIC_H */
