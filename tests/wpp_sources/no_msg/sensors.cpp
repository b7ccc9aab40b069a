// sensors.cpp - a WDM driver in C++ that traces as the sensor samples do: entry and exit
// functions without a message, and a check-and-goto whose failure is traced and jumps to the
// cleanup label.
#include <wdm.h>

#include "trace.h"

#include "sensors.tmh"

typedef LONG HRESULT;
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#define S_OK ((HRESULT)0)
#define E_OUTOFMEMORY ((HRESULT)0x8007000EL)

namespace {

HRESULT AllocateSample(bool fail) {
    return fail ? E_OUTOFMEMORY : S_OK;
}

HRESULT StartSampling(bool fail) {
    HRESULT hr = S_OK;
    SENSOR_FunctionEnter();
    CHECK_HR_GOTO(AllocateSample(fail), done);
    TraceEvents(TRACE_LEVEL_INFORMATION, DataFlow, "Sampling started\n");
done:
    SENSOR_FunctionExit(FAILED(hr) ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS);
    return hr;
}

void SensorsUnload(PDRIVER_OBJECT DriverObject) {
    WPP_CLEANUP(DriverObject);
}

}  // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    (void)StartSampling(false);
    (void)StartSampling(true);
    DriverObject->DriverUnload = SensorsUnload;
    return STATUS_SUCCESS;
}
