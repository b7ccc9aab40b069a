/*
 * serial.h - what the Serial sample's files share: the driver-wide registry defaults, the
 * device extension (a WDF context on the device), the emulated UART's ring and settings, and
 * the framework callbacks each file implements.
 */
#ifndef SERIAL_SERIAL_H
#define SERIAL_SERIAL_H

#include <wdf.h>

#include "ioctl.h"

typedef struct _SERIAL_FIRMWARE_DATA {
    ULONG ShouldBreakOnEntry;
    ULONG ForceFifoEnable;
    ULONG RxFIFO;
    ULONG TxFIFO;
    ULONG PermitShare;
    ULONG LogFifo;
} SERIAL_FIRMWARE_DATA, *PSERIAL_FIRMWARE_DATA;

/* Read once in DriverEntry, used by every device the driver adds (as the WDK sample keeps its
   driverDefaults for SerialEvtDeviceAdd). */
extern SERIAL_FIRMWARE_DATA SerialDriverDefaults;

/* The emulated UART has no wire: bytes written go into a loopback ring (as with a loopback plug
   on a real port) and reads drain it. */
#define SERIAL_RING_SIZE 64
#define SERIAL_DEFAULT_BAUD 9600
/* A 16550 with a 1.8432 MHz crystal divides 115200 by a 16-bit divisor. */
#define SERIAL_CLOCK_RATE 115200

typedef struct _SERIAL_DEVICE_EXTENSION {
    WDFDEVICE WdfDevice;
    /* The read/write queue and the ioctl queue run at the same time: the lock keeps the ring
       and the settings consistent between them. */
    WDFSPINLOCK Lock;
    UCHAR Ring[SERIAL_RING_SIZE];
    ULONG RingHead;  /* next byte to read */
    ULONG RingCount; /* bytes waiting */
    ULONG CurrentBaud;
    SERIAL_LINE_CONTROL LineControl;
    ULONG RxFifoTrigger; /* from the registry defaults */
    BOOLEAN PowerUp;     /* in D0: the UART accepts I/O */
    ULONG ReceivedCount;
    ULONG TransmittedCount;
    ULONG IoctlCount;
} SERIAL_DEVICE_EXTENSION, *PSERIAL_DEVICE_EXTENSION;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SERIAL_DEVICE_EXTENSION, SerialGetDeviceExtension)

/* driver.c */
EVT_WDF_DRIVER_DEVICE_ADD SerialEvtDeviceAdd;
EVT_WDF_OBJECT_CONTEXT_CLEANUP SerialEvtDriverContextCleanup;

/* pnp.c */
EVT_WDF_DEVICE_PREPARE_HARDWARE SerialEvtPrepareHardware;
EVT_WDF_DEVICE_RELEASE_HARDWARE SerialEvtReleaseHardware;
EVT_WDF_DEVICE_D0_ENTRY SerialEvtDeviceD0Entry;
EVT_WDF_DEVICE_D0_EXIT SerialEvtDeviceD0Exit;
EVT_WDF_OBJECT_CONTEXT_CLEANUP SerialEvtDeviceContextCleanup;

/* io.c */
EVT_WDF_IO_QUEUE_IO_READ SerialEvtIoRead;
EVT_WDF_IO_QUEUE_IO_WRITE SerialEvtIoWrite;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL SerialEvtIoDeviceControl;
/* Puts the UART in its power-on state: default baud rate, 8 data bits, no parity, 1 stop bit. */
void SerialResetUart(PSERIAL_DEVICE_EXTENSION Extension);

#endif /* SERIAL_SERIAL_H */
