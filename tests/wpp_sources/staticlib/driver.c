/*
 * driver.c - a driver that links a static library with its own control GUID (lib/): the
 * library's messages belong to this driver and to the control GUID it repeats first.
 */
#include <wdm.h>

#include "lib/mylib.h"
#include "trace.h"

#include "driver.tmh"

static void StaticHostUnload(PDRIVER_OBJECT DriverObject) {
    DoTraceMessage(EntryExit, "<-- StaticHostUnload");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    static const unsigned char zeros[4] = {0};
    static const unsigned char bytes[3] = {1, 2, 3};
    int sum_of_bytes, sum_of_zeros;
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    DoTraceMessage(Initialization, "--> DriverEntry");
    /* Called apart: a trace call's arguments are not evaluated when it does not record. */
    sum_of_bytes = MyLibChecksum(bytes, 3);
    sum_of_zeros = MyLibChecksum(zeros, 4);
    DoTraceMessage(EntryExit, "checksums %d and %d", sum_of_bytes, sum_of_zeros);
    DriverObject->DriverUnload = StaticHostUnload;
    return STATUS_SUCCESS;
}
