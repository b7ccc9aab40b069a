/* fx_io_ioctl.h - the control codes of fx_io_test.c (KMDF objects and queue behaviour). */
#ifndef WPPTRACE_FX_IO_IOCTL_H
#define WPPTRACE_FX_IO_IOCTL_H

#include <wdm.h>

#define FX_IO_CODE(n) CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900 + (n), METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Input copied to output through the request's memory objects. */
#define IOCTL_FX_IO_ECHO_MEMORY FX_IO_CODE(1)
/* Output: the NTSTATUS of four copies on a 16-byte WDFMEMORY (see the driver). */
#define IOCTL_FX_IO_MEMORY_BOUNDS FX_IO_CODE(2)
/* Runs the collection scenario, logging each step. */
#define IOCTL_FX_IO_COLLECTION FX_IO_CODE(3)
/* Forwarded to the manual "parked" queue, where it waits. */
#define IOCTL_FX_IO_PARK FX_IO_CODE(4)
/* Completes the next parked request with STATUS_SUCCESS; fails as WdfIoQueueRetrieveNextRequest. */
#define IOCTL_FX_IO_RELEASE_PARKED FX_IO_CODE(5)
#define IOCTL_FX_IO_STOP_PARKED FX_IO_CODE(6)
#define IOCTL_FX_IO_START_PARKED FX_IO_CODE(7)
#define IOCTL_FX_IO_PURGE_PARKED FX_IO_CODE(8)
/* Output: ULONG WDF_IO_QUEUE_STATE, ULONG waiting, ULONG with the driver, of the parked queue. */
#define IOCTL_FX_IO_PARKED_STATE FX_IO_CODE(9)
/* Forwarded to the power-managed "hold" queue: the driver marks it cancelable and keeps it. */
#define IOCTL_FX_IO_HOLD FX_IO_CODE(10)
/* Unmarks the held request and completes it (or logs that it was cancelled meanwhile). */
#define IOCTL_FX_IO_RELEASE_HELD FX_IO_CODE(11)
#define IOCTL_FX_IO_PURGE_HOLD FX_IO_CODE(12)
#define IOCTL_FX_IO_START_HOLD FX_IO_CODE(13)
/* Output: ULONG, how many requests this handle sent (its file object's context). */
#define IOCTL_FX_IO_HANDLE_COUNT FX_IO_CODE(14)
/* Output: the NTSTATUS of WdfInterruptCreate. */
#define IOCTL_FX_IO_INTERRUPT FX_IO_CODE(15)
/* WdfDeviceSetStaticStopRemove(FALSE) / (TRUE). */
#define IOCTL_FX_IO_NOT_STOPPABLE FX_IO_CODE(16)
#define IOCTL_FX_IO_STOPPABLE FX_IO_CODE(17)
/* Output: ULONG, the marker the request's own context (WdfDeviceInitSetRequestAttributes) got. */
#define IOCTL_FX_IO_REQUEST_CONTEXT FX_IO_CODE(18)
/* Takes the next parked request and keeps it, not cancelable. */
#define IOCTL_FX_IO_TAKE_PARKED FX_IO_CODE(19)
/* Marks the taken request cancelable: with WdfRequestMarkCancelableEx, or (input byte 1)
   WdfRequestMarkCancelable. */
#define IOCTL_FX_IO_MARK_TAKEN FX_IO_CODE(20)
/* Input: ULONG serial number. Reports a child of the default child list present / missing; a
   scan (begin, the children in the input (ULONGs), end). Output of PLUG: ULONG status. */
#define IOCTL_FX_IO_PLUG FX_IO_CODE(22)
#define IOCTL_FX_IO_UNPLUG FX_IO_CODE(23)
#define IOCTL_FX_IO_RESCAN FX_IO_CODE(24)
/* Input bytes copied to output through the request's MDLs (the output one the I/O manager's). */
#define IOCTL_FX_IO_ECHO_MDL \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900 + 21, METHOD_OUT_DIRECT, FILE_ANY_ACCESS)

#endif
