/*
 * serial.c - a WDM driver that traces the Serial sample's statements as the sample writes them
 * (SerialDbgPrintEx with a level and a DBG_* flag, %I64x, %wZ), and a NULL string.
 */
#include <wdm.h>

#include "trace.h"

#include "serial.tmh"

static void SerialUnload(PDRIVER_OBJECT DriverObject) {
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_INIT, "<--SerialEvtDriverUnload\n");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;
    ULONGLONG Length = 0x1234567890ull;
    const char* portName = NULL;
    int verboseCalls = 0;
    UNICODE_STRING symbolicLinkName;
    WCHAR linkText[] = {'\\', 'D', 'o', 's',  'D', 'e', 'v', 'i',
                        'c',  'e', 's', '\\', 'C', 'O', 'M', '3'};

    symbolicLinkName.Buffer = linkText;
    symbolicLinkName.Length = sizeof linkText;
    symbolicLinkName.MaximumLength = sizeof linkText;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_INIT, "WdfDriverCreate failed with status 0x%x\n",
                     status);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_READ, ">SerialEvtIoRead(%p, 0x%I64x)\n",
                     (void*)DriverObject, Length);
    SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_PNP, "Couldn't create the symbolic link for port %wZ\n",
                     &symbolicLinkName);
    SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_HW_ACCESS, "Port name %s\n", portName);
    /* A message that does not record does not evaluate its arguments. */
    SerialDbgPrintEx(TRACE_LEVEL_VERBOSE, DBG_LOCKS, "Verbose, call %d\n", ++verboseCalls);
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_INIT, "Verbose arguments evaluated %d time(s)\n",
                     verboseCalls);
    DriverObject->DriverUnload = SerialUnload;
    return STATUS_SUCCESS;
}
