/*
 * public.h - what applications share with the echo filter: the control code it answers itself
 * and its WMI data block. Values are this sample's own.
 */
#ifndef ECHO_FILTER_PUBLIC_H
#define ECHO_FILTER_PUBLIC_H

#include <wdm.h>

/* The filter's counters and the echo driver's, in one answer (ECHO_FILTER_COUNTS). */
#define IOCTL_ECHO_FILTER_GET_COUNTS \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x980, METHOD_BUFFERED, FILE_ANY_ACCESS) /* 0x222600 */

typedef struct _ECHO_FILTER_COUNTS {
    ULONG Forwarded;  /* requests the filter passed down */
    ULONG EchoWrites; /* what the echo driver below says */
    ULONG EchoReads;
} ECHO_FILTER_COUNTS, *PECHO_FILTER_COUNTS;

/* WMI data block {4e2a8c15-7d3b-4a96-b0f1-58c2e6a9d374}: ECHO_FILTER_COUNTS' first field and
   the bytes forwarded. */
static const GUID GUID_ECHO_FILTER_WMI_COUNTS = {
    0x4e2a8c15, 0x7d3b, 0x4a96, {0xb0, 0xf1, 0x58, 0xc2, 0xe6, 0xa9, 0xd3, 0x74}};

typedef struct _ECHO_FILTER_WMI_COUNTS {
    ULONG Forwarded;
    ULONG BytesForwarded;
} ECHO_FILTER_WMI_COUNTS;

#endif /* ECHO_FILTER_PUBLIC_H */
