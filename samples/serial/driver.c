/*
 * driver.c - the Serial (KMDF) sample's DriverEntry, as the WDF documentation presents it:
 * start WPP tracing, announce the build, create the framework driver object with a cleanup
 * callback that stops tracing, and stop tracing itself when WdfDriverCreate fails; then read
 * the registry defaults, breaking into the debugger if ShouldBreakOnEntry asks.
 *
 * Devices are added in pnp.c, their I/O is in io.c. DriverEntry keeps the documented shape
 * line for line, and its trace statements keep their lines, since message ids and the `%2`
 * prefix (driver_c68) depend on them: a test and the decoded examples in the README show them.
 */
#include <wdf.h>

#include "serial.h"
#include "trace.h"
#if defined(EVENT_TRACING)
#include "driver.tmh" /* the file's trace functions, written by tracewpp */
#endif

SERIAL_FIRMWARE_DATA SerialDriverDefaults;

static ULONG SerialQueryDefault(WDFKEY Key, PCWSTR Name, ULONG Default) {
    UNICODE_STRING valueName;
    ULONG value = Default;
    NTSTATUS status;

    RtlInitUnicodeString(&valueName, Name);
    status = WdfRegistryQueryULong(Key, &valueName, &value);
    if (!NT_SUCCESS(status)) {
        value = Default;
    }
    SerialDbgPrintEx(TRACE_LEVEL_VERBOSE, DBG_INIT, "Default %wZ = %lu%s", &valueName, value,
                     NT_SUCCESS(status) ? "" : " (not in the registry)");
    return value;
}

/* Reads the driver-wide defaults from the service's Parameters key. */
static void SerialGetConfigDefaults(PSERIAL_FIRMWARE_DATA DriverDefaults, WDFDRIVER Driver) {
    WDFKEY key;
    NTSTATUS status =
        WdfDriverOpenParametersRegistryKey(Driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_INIT,
                         "WdfDriverOpenParametersRegistryKey failed %!STATUS!", status);
        DriverDefaults->ShouldBreakOnEntry = 0;
        return;
    }
    DriverDefaults->ShouldBreakOnEntry = SerialQueryDefault(key, L"BreakOnEntry", 0);
    DriverDefaults->ForceFifoEnable = SerialQueryDefault(key, L"ForceFifoEnable", 1);
    DriverDefaults->RxFIFO = SerialQueryDefault(key, L"RxFIFO", 8);
    DriverDefaults->TxFIFO = SerialQueryDefault(key, L"TxFIFO", 14);
    DriverDefaults->PermitShare = SerialQueryDefault(key, L"PermitShare", 0);
    DriverDefaults->LogFifo = SerialQueryDefault(key, L"LogFifo", 0);
    WdfRegistryClose(key);
    /* The devices added later start from these values. */
    SerialDriverDefaults = *DriverDefaults;
}

NTSTATUS DriverEntry(IN PDRIVER_OBJECT DriverObject, IN PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    WDFDRIVER hDriver;
    NTSTATUS status;
    WDF_OBJECT_ATTRIBUTES attributes;
    SERIAL_FIRMWARE_DATA driverDefaults;

    /* Initialize WPP tracing. */
    WPP_INIT_TRACING(DriverObject, RegistryPath);

    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_INIT,
                     "Serial Sample (WDF Version) - Built %s %s\n", __DATE__, __TIME__);

    /* Register a cleanup callback (which calls WPP_CLEANUP) for the framework driver object;
       the framework calls it when it deletes the driver object, before the driver unloads. */
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = SerialEvtDriverContextCleanup;

    WDF_DRIVER_CONFIG_INIT(&config, SerialEvtDeviceAdd);

    status = WdfDriverCreate(DriverObject, RegistryPath, &attributes, &config, &hDriver);
    if (!NT_SUCCESS(status)) {
        SerialDbgPrintEx(TRACE_LEVEL_ERROR, DBG_INIT,
                         "WdfDriverCreate failed with status %!STATUS!\n", status);
        /* Clean up tracing here because WdfDriverCreate failed. */
        WPP_CLEANUP(DriverObject);
        return status;
    }

    /* Registry values for all the devices this driver controls, including whether to break
       on entry. */
    SerialGetConfigDefaults(&driverDefaults, hDriver);

    if (driverDefaults.ShouldBreakOnEntry) {
        SerialDbgPrintEx(TRACE_LEVEL_WARNING, DBG_INIT, "Breaking on entry as the registry asks");
        DbgBreakPoint();
    }
    return status;
}

void SerialEvtDriverContextCleanup(WDFOBJECT Driver) {
    SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_INIT, "--> %!FUNC!");
    /* Stop WPP tracing. */
    WPP_CLEANUP(WdfDriverWdmGetDriverObject((WDFDRIVER)Driver));
}
