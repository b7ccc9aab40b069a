// injection_callouts.cpp - a WDM driver in C++ that traces as the WFPSampler callout driver
// does: DbgPrintEx with a component id and a DbgPrintEx level, declared as a WPP function.
#include <wdm.h>

#include "trace.h"

#include "injection_callouts.tmh"

namespace {

void WFPSamplerUnload(PDRIVER_OBJECT DriverObject) {
    DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_INFO_LEVEL, " <--- WFPSampler!DriverUnload()\n");
    WPP_CLEANUP(DriverObject);
}

}  // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;
    // Before WPP_INIT_TRACING: the gate above is true (Level 0 >= DPFLTR_ERROR_LEVEL 0), but a
    // call before init is skipped, as WPP_CHECK_INIT does.
    DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_ERROR_LEVEL, " !!!! before init: not traced\n");
    WPP_INIT_TRACING(DriverObject, RegistryPath);
    DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_ERROR_LEVEL,
               " !!!! PerformBasicPacketInjectionAtInboundTransport : "
               "NdisRetreatNetBufferDataStart() [status: %#x]\n",
               status);
    DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_TRACE_LEVEL, " ---> WFPSampler!DriverEntry()\n");
    DriverObject->DriverUnload = WFPSamplerUnload;
    return STATUS_SUCCESS;
}
