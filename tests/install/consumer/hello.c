/* A WDM driver built outside wpptrace's tree against the installed package (find_package), with
 * its trace functions from tracewpp, compiled as a WDK build compiles it: MSVC's pragmas and an
 * unused variable build without a warning turned into an error. */
#pragma warning(disable : 4201) /* nameless struct/union */
#include <ntddk.h>

#include "trace.h"

#include "hello.tmh"

DRIVER_UNLOAD HelloUnload;

void HelloUnload(PDRIVER_OBJECT DriverObject) {
    DoTraceMessage(HELLO_GENERAL, "Goodbye from %s", "the installed package");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    ULONG unused;
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    DoTraceMessage(HELLO_GENERAL, "Hello from an installed wpptrace, %d", 42);
    DriverObject->DriverUnload = HelloUnload;
    return STATUS_SUCCESS;
}
