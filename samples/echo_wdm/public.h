/*
 * public.h - what applications share with the echo driver, in its WDM form and in its KMDF
 * port alike (the port changes the driver, not its interface): the device interface class and
 * the one control code. Values are this sample's own.
 */
#ifndef ECHO_PUBLIC_H
#define ECHO_PUBLIC_H

#include <wdm.h>

/* {3f9c2a71-8d04-4e6b-b5a2-71c0e9d84f13} */
static const GUID GUID_DEVINTERFACE_ECHO = {
    0x3f9c2a71, 0x8d04, 0x4e6b, {0xb5, 0xa2, 0x71, 0xc0, 0xe9, 0xd8, 0x4f, 0x13}};

/* The device's counters (ECHO_STATISTICS). */
#define IOCTL_ECHO_GET_STATISTICS \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS) /* 0x222400 */

typedef struct _ECHO_STATISTICS {
    ULONG Writes;
    ULONG Reads;
    ULONG BytesStored;
} ECHO_STATISTICS, *PECHO_STATISTICS;

/* Pool tag 'Echo' (poolmon shows it as written: the bytes are stored in reverse). */
#define ECHO_POOL_TAG ((ULONG)'E' | ((ULONG)'c' << 8) | ((ULONG)'h' << 16) | ((ULONG)'o' << 24))

#endif /* ECHO_PUBLIC_H */
