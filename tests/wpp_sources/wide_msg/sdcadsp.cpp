// sdcadsp.cpp - a WDM driver in C++ that logs as the SoundWire audio samples do: wide formats,
// a recorder log of its own (WppRecorderLogCreate) next to the default one, and entry traces
// without a message.
#include <wdm.h>

#include "trace.h"

#include "sdcadsp.tmh"

namespace {

RECORDER_LOG g_StreamLog;

NTSTATUS OpenStream(ULONG rate) {
    DrvLogEnter(g_StreamLog);
    if (rate > 192000) {
        DrvLogError(g_StreamLog, FLAG_STREAM, L"Rate %lu Hz is not supported, %!STATUS!", rate,
                    STATUS_NOT_SUPPORTED);
        return STATUS_NOT_SUPPORTED;
    }
    DrvLogInfo(g_StreamLog, FLAG_STREAM, L"Stream open at %lu Hz on %ws", rate, L"Speaker");
    return STATUS_SUCCESS;
}

void SdcaDspUnload(PDRIVER_OBJECT DriverObject) {
    DrvLogInfo(WppRecorderLogGetDefault(), FLAG_DEVICE_ALL, L"Deleting log %s",
               WppRecorderLogIdentifier(g_StreamLog));
    WppRecorderLogDelete(g_StreamLog);
    WPP_CLEANUP(DriverObject);
}

}  // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    RECORDER_LOG_CREATE_PARAMS params;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    RECORDER_LOG_CREATE_PARAMS_INIT(&params, "Stream");
    params.TotalBufferSize = 8 * 1024;
    if (!NT_SUCCESS(WppRecorderLogCreate(&params, &g_StreamLog)))
        g_StreamLog = WppRecorderLogGetDefault();
    DrvLogInfo(WppRecorderLogGetDefault(), FLAG_DEVICE_ALL, L"Created log %s",
               WppRecorderLogIdentifier(g_StreamLog));
    (void)OpenStream(48000);
    (void)OpenStream(384000);
    DriverObject->DriverUnload = SdcaDspUnload;
    return STATUS_SUCCESS;
}
