// fx_driver_entry.hpp - the framework's entry point for every driver the host loads, as
// WdfDriverEntry.lib's FxDriverEntry is on Windows: it calls the driver's DriverEntry (found
// through the driver record) and completes what WdfDriverCreate set up.
#pragma once

#include <wdm.h>

extern "C" NTSTATUS FxDriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);

namespace wpptrace::framework {
// Frees a framework driver object without its callbacks (DriverEntry failed).
void discard_fx_driver(PDRIVER_OBJECT driver_object);
}  // namespace wpptrace::framework
