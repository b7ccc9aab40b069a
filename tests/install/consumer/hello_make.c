/* A WDM driver built with make and pkg-config alone (Makefile): the trace macros included
 * directly, no tracewpp. */
#pragma warning(disable : 4201)
#include <ntddk.h>

#define WPP_CONTROL_GUIDS                                                              \
    WPP_DEFINE_CONTROL_GUID(HelloMakeGuid, (0e4d2c71, 9b5a, 4f38, a6c2, 1d7e8f9a0b3c), \
                            WPP_DEFINE_BIT(MAKE_GENERAL))
#include <wpp/wpp.h>

DRIVER_UNLOAD HelloMakeUnload;

void HelloMakeUnload(PDRIVER_OBJECT DriverObject) {
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    DoTraceMessage(MAKE_GENERAL, "Hello from make and pkg-config, %s %u", "built with", 2u);
    DriverObject->DriverUnload = HelloMakeUnload;
    return STATUS_SUCCESS;
}
