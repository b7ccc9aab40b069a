/*
 * km/io_build.h - IRPs a driver builds to send to another device (wdm.h's IoBuild* routines),
 * IoGetDeviceObjectPointer and IoGetAttachedDeviceReference.
 *
 * The I/O manager builds these IRPs as it builds a caller's: for METHOD_BUFFERED control codes
 * and DO_BUFFERED_IO devices a system buffer (input copied in, output copied back at
 * completion), for METHOD_IN/OUT_DIRECT and DO_DIRECT_IO an MDL, else the caller's buffers.
 * Synchronous ("threaded") IRPs belong to the I/O manager: at completion it copies the status
 * to IoStatusBlock, signals Event and frees the IRP with its buffers. An asynchronous one is the
 * caller's: its completion routine frees it (IoFreeIrp, and IoFreeMdl for a direct device) and
 * returns STATUS_MORE_PROCESSING_REQUIRED.
 *
 *   KEVENT event;
 *   IO_STATUS_BLOCK iosb;
 *   KeInitializeEvent(&event, NotificationEvent, FALSE);
 *   PIRP irp = IoBuildDeviceIoControlRequest(IOCTL_X, lower, &in, sizeof in, &out, sizeof out,
 *                                            FALSE, &event, &iosb);
 *   if (!irp) return STATUS_INSUFFICIENT_RESOURCES;
 *   NTSTATUS status = IoCallDriver(lower, irp);
 *   if (status == STATUS_PENDING) {
 *       KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
 *       status = iosb.Status;
 *   }
 */
#ifndef WPPTRACE_KM_IO_BUILD_H
#define WPPTRACE_KM_IO_BUILD_H

/* Access masks (km/ob.h) and the create dispositions and share modes (km/zw_file.h). */
#include "ob.h"
#include "zw_file.h"

#ifdef __cplusplus
extern "C" {
#endif

PIRP IoBuildDeviceIoControlRequest(ULONG IoControlCode, PDEVICE_OBJECT DeviceObject,
                                   PVOID InputBuffer, ULONG InputBufferLength, PVOID OutputBuffer,
                                   ULONG OutputBufferLength, BOOLEAN InternalDeviceIoControl,
                                   PKEVENT Event, PIO_STATUS_BLOCK IoStatusBlock);
/* IRP_MJ_READ, IRP_MJ_WRITE, IRP_MJ_FLUSH_BUFFERS or IRP_MJ_SHUTDOWN. */
PIRP IoBuildSynchronousFsdRequest(ULONG MajorFunction, PDEVICE_OBJECT DeviceObject, PVOID Buffer,
                                  ULONG Length, PLARGE_INTEGER StartingOffset, PKEVENT Event,
                                  PIO_STATUS_BLOCK IoStatusBlock);
/* As above, plus IRP_MJ_PNP and IRP_MJ_POWER; the caller frees it in its completion routine. */
PIRP IoBuildAsynchronousFsdRequest(ULONG MajorFunction, PDEVICE_OBJECT DeviceObject, PVOID Buffer,
                                   ULONG Length, PLARGE_INTEGER StartingOffset,
                                   PIO_STATUS_BLOCK IoStatusBlock);

/* Opens the named device (a symbolic link is followed): IRP_MJ_CREATE to the top of its stack.
   *FileObject is referenced: the caller releases it with ObDereferenceObject, which closes the
   file (IRP_MJ_CLEANUP, IRP_MJ_CLOSE). *DeviceObject is the top of the stack (not referenced). */
NTSTATUS IoGetDeviceObjectPointer(PUNICODE_STRING ObjectName, ACCESS_MASK DesiredAccess,
                                  PFILE_OBJECT* FileObject, PDEVICE_OBJECT* DeviceObject);
/* The top of DeviceObject's stack, referenced (ObDereferenceObject releases it). */
PDEVICE_OBJECT IoGetAttachedDeviceReference(PDEVICE_OBJECT DeviceObject);
/* The top of DeviceObject's stack, not referenced. */
PDEVICE_OBJECT IoGetAttachedDevice(PDEVICE_OBJECT DeviceObject);
/* The device a file object's IRPs go to: the top of its device's stack. */
PDEVICE_OBJECT IoGetRelatedDeviceObject(PFILE_OBJECT FileObject);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_IO_BUILD_H */
