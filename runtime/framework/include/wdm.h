/*
 * wdm.h - the WDM side of the emulated driver framework (first part: driver objects).
 *
 * The host creates a DRIVER_OBJECT per loaded driver and calls its DriverEntry, as the I/O
 * manager does; DriverUnload runs at unload when DriverEntry succeeded.
 */
#ifndef WPPTRACE_WDM_H
#define WPPTRACE_WDM_H

#include <wpp/win_types.h>

#include "ntstatus_codes.h"

#ifdef __cplusplus
extern "C" {
#endif

#define IRP_MJ_MAXIMUM_FUNCTION 0x1b

typedef struct _DRIVER_OBJECT DRIVER_OBJECT, *PDRIVER_OBJECT;
typedef struct _DEVICE_OBJECT DEVICE_OBJECT, *PDEVICE_OBJECT;
typedef struct _IRP IRP, *PIRP;

typedef NTSTATUS DRIVER_INITIALIZE(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE* PDRIVER_INITIALIZE;
typedef void DRIVER_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef DRIVER_UNLOAD* PDRIVER_UNLOAD;
typedef NTSTATUS DRIVER_ADD_DEVICE(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDevice);
typedef DRIVER_ADD_DEVICE* PDRIVER_ADD_DEVICE;
typedef NTSTATUS DRIVER_DISPATCH(PDEVICE_OBJECT DeviceObject, PIRP Irp);
typedef DRIVER_DISPATCH* PDRIVER_DISPATCH;

typedef struct _DRIVER_EXTENSION {
    PDRIVER_OBJECT DriverObject;
    PDRIVER_ADD_DEVICE AddDevice;
    ULONG Count;
    UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

struct _DRIVER_OBJECT {
    SHORT Type;
    SHORT Size;
    PDEVICE_OBJECT DeviceObject;
    ULONG Flags;
    PVOID DriverStart;
    ULONG DriverSize;
    PVOID DriverSection;
    PDRIVER_EXTENSION DriverExtension;
    UNICODE_STRING DriverName; /* \Driver\<Name> */
    PUNICODE_STRING HardwareDatabase;
    PVOID FastIoDispatch;
    PDRIVER_INITIALIZE DriverInit;
    PVOID DriverStartIo;
    PDRIVER_UNLOAD DriverUnload;
    PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
};

/* Every driver's entry point; exported even when the driver hides everything else. */
DRIVER_INITIALIZE DriverEntry __attribute__((visibility("default")));

/* Breaks into an attached debugger; without one the host logs it and the driver continues. */
void DbgBreakPoint(void);

void RtlInitUnicodeString(PUNICODE_STRING Destination, PCWSTR Source);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDM_H */
