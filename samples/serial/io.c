/*
 * io.c - the Serial sample's I/O on an emulated 16550: writes go into a loopback ring (what a
 * loopback plug would send back), reads drain it, and the IOCTL_SERIAL_* requests set and get
 * the line settings. Traced as the WDK's serial driver traces its I/O: DBG_READ, DBG_WRITE and
 * DBG_IOCTLS at INFORMATION, rejected requests at WARNING.
 */
#include "serial.h"
#include "trace.h"
#if defined(EVENT_TRACING)
#include "io.tmh"
#endif

void SerialResetUart(PSERIAL_DEVICE_EXTENSION Extension) {
    WdfSpinLockAcquire(Extension->Lock);
    Extension->CurrentBaud = SERIAL_DEFAULT_BAUD;
    Extension->LineControl.WordLength = 8;
    Extension->LineControl.Parity = NO_PARITY;
    Extension->LineControl.StopBits = STOP_BIT_1;
    Extension->RingHead = 0;
    Extension->RingCount = 0;
    WdfSpinLockRelease(Extension->Lock);
}

/* A read takes what the ring holds, even nothing: the port behaves as with SERIAL_TIMEOUTS that
   ask for an immediate return (ReadIntervalTimeout MAXULONG), since the emulated UART has no
   line that could bring more bytes later. */
void SerialEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(WdfIoQueueGetDevice(Queue));
    PUCHAR buffer;
    size_t taken = 0;
    ULONG left;
    NTSTATUS status;

    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_READ, ">%!FUNC!(%p, 0x%I64x)\n", (void*)Request,
                     (ULONG64)Length);
    status = WdfRequestRetrieveOutputBuffer(Request, 1, (PVOID*)&buffer, NULL);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_READ,
                         "WdfRequestRetrieveOutputBuffer failed %!STATUS!\n", status);
        WdfRequestComplete(Request, status);
        return;
    }
    WdfSpinLockAcquire(extension->Lock);
    while (taken < Length && extension->RingCount > 0) {
        buffer[taken++] = extension->Ring[extension->RingHead];
        extension->RingHead = (extension->RingHead + 1) % SERIAL_RING_SIZE;
        extension->RingCount--;
    }
    extension->ReceivedCount += (ULONG)taken;
    left = extension->RingCount;
    WdfSpinLockRelease(extension->Lock);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_READ,
                     "<%!FUNC! %Iu bytes read, %lu left in the receive ring\n", taken, left);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, taken);
}

/* The transmitter's bytes come straight back into the receive ring; what does not fit is not
   accepted (Information says how much was), as a port with a full FIFO and no flow control. */
void SerialEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(WdfIoQueueGetDevice(Queue));
    PUCHAR buffer;
    size_t accepted = 0;
    ULONG queued;
    NTSTATUS status;

    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_WRITE, ">%!FUNC!(%p, 0x%I64x)\n", (void*)Request,
                     (ULONG64)Length);
    status = WdfRequestRetrieveInputBuffer(Request, 1, (PVOID*)&buffer, NULL);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_WRITE,
                         "WdfRequestRetrieveInputBuffer failed %!STATUS!\n", status);
        WdfRequestComplete(Request, status);
        return;
    }
    WdfSpinLockAcquire(extension->Lock);
    while (accepted < Length && extension->RingCount < SERIAL_RING_SIZE) {
        ULONG tail = (extension->RingHead + extension->RingCount) % SERIAL_RING_SIZE;
        extension->Ring[tail] = buffer[accepted++];
        extension->RingCount++;
    }
    extension->TransmittedCount += (ULONG)accepted;
    queued = extension->RingCount;
    WdfSpinLockRelease(extension->Lock);
    if (accepted < Length) {
        SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_WRITE,
                         "Receive ring full: %Iu of %Iu bytes not accepted\n", Length - accepted,
                         Length);
    }
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_WRITE,
                     "<%!FUNC! %Iu bytes sent, %lu in the receive ring\n", accepted, queued);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, accepted);
}

/* Control codes by name, for the traces (a string argument until the decoder has types for
   them). */
static const struct {
    ULONG Code;
    const char* Name;
} SerialIoctlNames[] = {
    {IOCTL_SERIAL_SET_BAUD_RATE, "IOCTL_SERIAL_SET_BAUD_RATE"},
    {IOCTL_SERIAL_GET_BAUD_RATE, "IOCTL_SERIAL_GET_BAUD_RATE"},
    {IOCTL_SERIAL_SET_LINE_CONTROL, "IOCTL_SERIAL_SET_LINE_CONTROL"},
    {IOCTL_SERIAL_GET_LINE_CONTROL, "IOCTL_SERIAL_GET_LINE_CONTROL"},
    {IOCTL_SERIAL_GET_COMMSTATUS, "IOCTL_SERIAL_GET_COMMSTATUS"},
    {IOCTL_SERIAL_PURGE, "IOCTL_SERIAL_PURGE"},
};

static const char* SerialIoctlName(ULONG IoControlCode) {
    for (size_t i = 0; i < sizeof SerialIoctlNames / sizeof SerialIoctlNames[0]; ++i)
        if (SerialIoctlNames[i].Code == IoControlCode) return SerialIoctlNames[i].Name;
    return "unknown";
}

/* The 16550 divides its clock by a 16-bit divisor: a rate it cannot reach within 1% is refused,
   as the WDK driver refuses it. */
static NTSTATUS SerialSetBaudRate(PSERIAL_DEVICE_EXTENSION Extension, ULONG BaudRate) {
    ULONG divisor;
    ULONG actual;

    if (BaudRate == 0 || BaudRate > SERIAL_CLOCK_RATE) {
        SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_IOCTLS, "Invalid baud rate %lu\n", BaudRate);
        return STATUS_INVALID_PARAMETER;
    }
    divisor = (SERIAL_CLOCK_RATE + BaudRate / 2) / BaudRate;
    actual = SERIAL_CLOCK_RATE / divisor;
    if ((actual > BaudRate ? actual - BaudRate : BaudRate - actual) > BaudRate / 100) {
        SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_IOCTLS,
                         "Invalid baud rate %lu: the nearest is %lu (divisor %lu)\n", BaudRate,
                         actual, divisor);
        return STATUS_INVALID_PARAMETER;
    }
    WdfSpinLockAcquire(Extension->Lock);
    Extension->CurrentBaud = BaudRate;
    WdfSpinLockRelease(Extension->Lock);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_IOCTLS, "Baud rate %lu, divisor %lu\n", BaudRate,
                     divisor);
    return STATUS_SUCCESS;
}

static NTSTATUS SerialSetLineControl(PSERIAL_DEVICE_EXTENSION Extension,
                                     const SERIAL_LINE_CONTROL* LineControl) {
    /* 1.5 stop bits exist only with 5 data bits, 2 stop bits only with 6 to 8. */
    BOOLEAN valid = LineControl->WordLength >= 5 && LineControl->WordLength <= 8 &&
                    LineControl->Parity <= SPACE_PARITY && LineControl->StopBits <= STOP_BITS_2 &&
                    (LineControl->StopBits != STOP_BITS_1_5 || LineControl->WordLength == 5) &&
                    (LineControl->StopBits != STOP_BITS_2 || LineControl->WordLength != 5);
    if (!valid) {
        SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_IOCTLS,
                         "Invalid line control: %lu data bits, parity %lu, stop bits %lu\n",
                         (ULONG)LineControl->WordLength, (ULONG)LineControl->Parity,
                         (ULONG)LineControl->StopBits);
        return STATUS_INVALID_PARAMETER;
    }
    WdfSpinLockAcquire(Extension->Lock);
    Extension->LineControl = *LineControl;
    WdfSpinLockRelease(Extension->Lock);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_IOCTLS,
                     "Line control: %lu data bits, parity %lu, stop bits %lu\n",
                     (ULONG)LineControl->WordLength, (ULONG)LineControl->Parity,
                     (ULONG)LineControl->StopBits);
    return STATUS_SUCCESS;
}

void SerialEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                              size_t InputBufferLength, ULONG IoControlCode) {
    PSERIAL_DEVICE_EXTENSION extension = SerialGetDeviceExtension(WdfIoQueueGetDevice(Queue));
    NTSTATUS status;
    PVOID buffer = NULL;
    ULONG_PTR information = 0;

    WdfSpinLockAcquire(extension->Lock);
    extension->IoctlCount++;
    WdfSpinLockRelease(extension->Lock);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_IOCTLS,
                     "++%!FUNC! %s (0x%08x), in %Iu, out %Iu\n", SerialIoctlName(IoControlCode),
                     IoControlCode, InputBufferLength, OutputBufferLength);

    switch (IoControlCode) {
        case IOCTL_SERIAL_SET_BAUD_RATE:
            status =
                WdfRequestRetrieveInputBuffer(Request, sizeof(SERIAL_BAUD_RATE), &buffer, NULL);
            if (NT_SUCCESS(status))
                status = SerialSetBaudRate(extension, ((PSERIAL_BAUD_RATE)buffer)->BaudRate);
            break;
        case IOCTL_SERIAL_GET_BAUD_RATE:
            status =
                WdfRequestRetrieveOutputBuffer(Request, sizeof(SERIAL_BAUD_RATE), &buffer, NULL);
            if (NT_SUCCESS(status)) {
                WdfSpinLockAcquire(extension->Lock);
                ((PSERIAL_BAUD_RATE)buffer)->BaudRate = extension->CurrentBaud;
                WdfSpinLockRelease(extension->Lock);
                information = sizeof(SERIAL_BAUD_RATE);
                SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_IOCTLS, "Baud rate is %lu\n",
                                 ((PSERIAL_BAUD_RATE)buffer)->BaudRate);
            }
            break;
        case IOCTL_SERIAL_SET_LINE_CONTROL:
            status =
                WdfRequestRetrieveInputBuffer(Request, sizeof(SERIAL_LINE_CONTROL), &buffer, NULL);
            if (NT_SUCCESS(status))
                status = SerialSetLineControl(extension, (PSERIAL_LINE_CONTROL)buffer);
            break;
        case IOCTL_SERIAL_GET_LINE_CONTROL:
            status =
                WdfRequestRetrieveOutputBuffer(Request, sizeof(SERIAL_LINE_CONTROL), &buffer, NULL);
            if (NT_SUCCESS(status)) {
                WdfSpinLockAcquire(extension->Lock);
                *(PSERIAL_LINE_CONTROL)buffer = extension->LineControl;
                WdfSpinLockRelease(extension->Lock);
                information = sizeof(SERIAL_LINE_CONTROL);
            }
            break;
        case IOCTL_SERIAL_GET_COMMSTATUS:
            status = WdfRequestRetrieveOutputBuffer(Request, sizeof(SERIAL_STATUS), &buffer, NULL);
            if (NT_SUCCESS(status)) {
                PSERIAL_STATUS commStatus = (PSERIAL_STATUS)buffer;
                RtlZeroMemory(commStatus, sizeof(SERIAL_STATUS));
                WdfSpinLockAcquire(extension->Lock);
                commStatus->AmountInInQueue = extension->RingCount;
                WdfSpinLockRelease(extension->Lock);
                information = sizeof(SERIAL_STATUS);
                SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_IOCTLS,
                                 "%lu bytes in the receive ring, %lu to send\n",
                                 commStatus->AmountInInQueue, commStatus->AmountInOutQueue);
            }
            break;
        case IOCTL_SERIAL_PURGE:
            status = WdfRequestRetrieveInputBuffer(Request, sizeof(ULONG), &buffer, NULL);
            if (!NT_SUCCESS(status)) break;
            if (*(PULONG)buffer & ~(ULONG)(SERIAL_PURGE_TXABORT | SERIAL_PURGE_RXABORT |
                                           SERIAL_PURGE_TXCLEAR | SERIAL_PURGE_RXCLEAR)) {
                SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_IOCTLS, "Invalid purge mask 0x%x\n",
                                 *(PULONG)buffer);
                status = STATUS_INVALID_PARAMETER;
                break;
            }
            if (*(PULONG)buffer & SERIAL_PURGE_RXCLEAR) {
                WdfSpinLockAcquire(extension->Lock);
                extension->RingCount = 0;
                extension->RingHead = 0;
                WdfSpinLockRelease(extension->Lock);
            }
            break;
        default:
            SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_IOCTLS, "Unknown IOCTL 0x%08x\n",
                             IoControlCode);
            status = STATUS_INVALID_DEVICE_REQUEST;
            break;
    }
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_IOCTLS, "--%!FUNC! %s status %!STATUS!\n",
                     SerialIoctlName(IoControlCode), status);
    WdfRequestCompleteWithInformation(Request, status, information);
}
