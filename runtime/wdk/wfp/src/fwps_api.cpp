// fwps_api.cpp - the callout driver's entry points of fwpsk.h. Nothing may escape into C
// (c_entry_guard.hpp): an allocation failure becomes STATUS_INSUFFICIENT_RESOURCES, as the kernel
// would return it.
// caller (the return address) names the driver in the host's report for misuse.
#include <cstring>

#include "c_entry_guard.hpp"
#include "filter_engine.hpp"
#include "wpptrace/wfp/host_hooks.hpp"

using wpptrace::wfp::FilterEngine;
using wpptrace::wfp::guarded;
using wpptrace::wfp::report_unsupported;

namespace {

FilterEngine& engine() {
    return FilterEngine::instance();
}

// The four callout versions share one layout; the engine calls each with its own signature.
template <typename Callout>
NTSTATUS register_version(void* device, int version, const Callout* callout, UINT32* id) {
    if (!callout) return STATUS_FWP_NULL_POINTER;
    static_assert(sizeof(Callout) == sizeof(FWPS_CALLOUT3));
    FWPS_CALLOUT3 common{};
    common.calloutKey = callout->calloutKey;
    common.flags = callout->flags;
    common.classifyFn =
        wpptrace::wfp::function_cast<FWPS_CALLOUT_CLASSIFY_FN3_PTR>(callout->classifyFn);
    common.notifyFn = wpptrace::wfp::function_cast<FWPS_CALLOUT_NOTIFY_FN3_PTR>(callout->notifyFn);
    common.flowDeleteFn = callout->flowDeleteFn;
    return guarded("FwpsCalloutRegister",
                   [&] { return engine().register_callout(device, version, &common, id); });
}
}  // namespace

#define CALLER __builtin_return_address(0)

extern "C" {

NTSTATUS FwpsCalloutRegister0(void* deviceObject, const FWPS_CALLOUT0* callout, UINT32* id) {
    return register_version(deviceObject, 0, callout, id);
}
NTSTATUS FwpsCalloutRegister1(void* deviceObject, const FWPS_CALLOUT1* callout, UINT32* id) {
    return register_version(deviceObject, 1, callout, id);
}
NTSTATUS FwpsCalloutRegister2(void* deviceObject, const FWPS_CALLOUT2* callout, UINT32* id) {
    return register_version(deviceObject, 2, callout, id);
}
NTSTATUS FwpsCalloutRegister3(void* deviceObject, const FWPS_CALLOUT3* callout, UINT32* id) {
    return register_version(deviceObject, 3, callout, id);
}

NTSTATUS FwpsCalloutUnregisterById0(const UINT32 calloutId) {
    return guarded(__func__, [&] { return engine().unregister_callout(calloutId); });
}

NTSTATUS FwpsCalloutUnregisterByKey0(const GUID* calloutKey) {
    if (!calloutKey) return STATUS_FWP_NULL_POINTER;
    return guarded(__func__, [&] { return engine().unregister_callout(*calloutKey); });
}

NTSTATUS FwpsFlowAssociateContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId,
                                   UINT64 flowContext) {
    return guarded(__func__, [&] {
        return engine().associate_context(flowId, layerId, calloutId, flowContext);
    });
}

NTSTATUS FwpsFlowRemoveContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId) {
    return guarded(__func__, [&] { return engine().remove_context(flowId, layerId, calloutId); });
}

NTSTATUS FwpsFlowAbort0(UINT64 flowId) {
    return guarded(__func__, [&] { return engine().abort_flow(flowId); });
}

// ---- Injection and stream data -------------------------------------------------------------

NTSTATUS FwpsInjectionHandleCreate0(ADDRESS_FAMILY addressFamily, UINT32 flags,
                                    HANDLE* injectionHandle) {
    return guarded(__func__, [&] {
        return engine().create_injection_handle(addressFamily, flags, injectionHandle);
    });
}

NTSTATUS FwpsInjectionHandleDestroy0(HANDLE injectionHandle) {
    return guarded(__func__, [&] { return engine().destroy_injection_handle(injectionHandle); });
}

FWPS_PACKET_INJECTION_STATE FwpsQueryPacketInjectionState0(HANDLE injectionHandle,
                                                           const NET_BUFFER_LIST* netBufferList,
                                                           HANDLE* injectionContext) {
    return engine().injection_state(injectionHandle, netBufferList, injectionContext);
}

NTSTATUS FwpsStreamInjectAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags,
                                NET_BUFFER_LIST* netBufferList, SIZE_T dataLength,
                                FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext) {
    const void* caller = CALLER;
    if (flags) return STATUS_INVALID_PARAMETER;  // reserved
    return guarded(__func__, [&] {
        return engine().stream_inject(caller, injectionHandle, injectionContext, flowId, calloutId,
                                      layerId, streamFlags, netBufferList, dataLength, completionFn,
                                      completionContext);
    });
}

NTSTATUS FwpsStreamContinue0(UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags) {
    const void* caller = CALLER;
    return guarded(__func__, [&] {
        return engine().stream_continue(caller, flowId, calloutId, layerId, streamFlags);
    });
}

void FwpsCopyStreamDataToBuffer0(const FWPS_STREAM_DATA0* streamData, PVOID buffer,
                                 SIZE_T bytesToCopy, SIZE_T* bytesCopied) {
    SIZE_T copied = 0;
    if (streamData && buffer) {
        SIZE_T skip = streamData->dataOffset.streamDataOffset;
        SIZE_T want = bytesToCopy < streamData->dataLength ? bytesToCopy : streamData->dataLength;
        // Walks the chain as the engine built it (or as the callout edited it).
        for (const NET_BUFFER_LIST* nbl = streamData->netBufferListChain; nbl && copied < want;
             nbl = nbl->Next)
            for (const NET_BUFFER* nb = nbl->FirstNetBuffer; nb && copied < want; nb = nb->Next) {
                SIZE_T offset = nb->CurrentMdlOffset, remaining = nb->DataLength;
                for (const MDL* mdl = nb->CurrentMdl; mdl && remaining && copied < want;
                     mdl = mdl->Next, offset = 0) {
                    const char* base = static_cast<const char*>(
                        mdl->MappedSystemVa ? mdl->MappedSystemVa
                                            : static_cast<char*>(mdl->StartVa) + mdl->ByteOffset);
                    SIZE_T take = mdl->ByteCount > offset ? mdl->ByteCount - offset : 0;
                    if (take > remaining) take = remaining;
                    remaining -= take;
                    if (skip >= take) {
                        skip -= take;
                        continue;
                    }
                    offset += skip;
                    take -= skip;
                    skip = 0;
                    if (take > want - copied) take = want - copied;
                    std::memcpy(static_cast<char*>(buffer) + copied, base + offset, take);
                    copied += take;
                }
            }
    }
    if (bytesCopied) *bytesCopied = copied;
}

NTSTATUS FwpsCloneStreamData0(FWPS_STREAM_DATA0* calloutStreamData, NDIS_HANDLE, NDIS_HANDLE,
                              ULONG allocateCloneFlags, NET_BUFFER_LIST** netBufferListChain) {
    if (allocateCloneFlags) return STATUS_INVALID_PARAMETER;  // reserved: 0
    return guarded(__func__, [&] {
        return engine().clone_stream_data(calloutStreamData, netBufferListChain);
    });
}

void FwpsDiscardClonedStreamData0(NET_BUFFER_LIST* netBufferListChain, UINT32, BOOLEAN) {
    const void* caller = CALLER;
    engine().discard_cloned(caller, netBufferListChain);
}

NTSTATUS FwpsAllocateNetBufferAndNetBufferList0(NDIS_HANDLE, USHORT, USHORT, MDL* mdlChain,
                                                ULONG dataOffset, SIZE_T dataLength,
                                                NET_BUFFER_LIST** netBufferList) {
    return guarded(__func__, [&] {
        return engine().allocate_nbl(mdlChain, dataOffset, dataLength, netBufferList);
    });
}

void FwpsFreeNetBufferList0(NET_BUFFER_LIST* netBufferList) {
    const void* caller = CALLER;
    engine().free_nbl(caller, netBufferList);
}

NTSTATUS FwpsAllocateCloneNetBufferList0(NET_BUFFER_LIST* originalNetBufferList, NDIS_HANDLE,
                                         NDIS_HANDLE, ULONG allocateCloneFlags,
                                         NET_BUFFER_LIST** netBufferList) {
    if (allocateCloneFlags) return STATUS_INVALID_PARAMETER;
    return guarded(__func__,
                   [&] { return engine().clone_nbl(originalNetBufferList, netBufferList); });
}

void FwpsFreeCloneNetBufferList0(NET_BUFFER_LIST* netBufferList, ULONG) {
    const void* caller = CALLER;
    engine().free_clone_nbl(caller, netBufferList);
}

void FwpsReferenceNetBufferList0(NET_BUFFER_LIST* netBufferList, BOOLEAN) {
    const void* caller = CALLER;
    engine().reference_nbl(caller, netBufferList, +1);
}

void FwpsDereferenceNetBufferList0(NET_BUFFER_LIST* netBufferList, BOOLEAN) {
    const void* caller = CALLER;
    engine().reference_nbl(caller, netBufferList, -1);
}

// ---- Packet injection: no packet path in the emulated engine -------------------------------

#define NO_PACKET_PATH "the emulated engine has no IP, transport or forwarding layers"

NTSTATUS FwpsInjectTransportSendAsync0(HANDLE injectionHandle, HANDLE, UINT64, UINT32,
                                       FWPS_TRANSPORT_SEND_PARAMS0*, ADDRESS_FAMILY, COMPARTMENT_ID,
                                       NET_BUFFER_LIST*, FWPS_INJECT_COMPLETE0, HANDLE) {
    if (!engine().valid_injection_handle(injectionHandle, FWPS_INJECTION_TYPE_TRANSPORT))
        return STATUS_INVALID_HANDLE;
    return report_unsupported(CALLER, "FwpsInjectTransportSendAsync", STATUS_NOT_SUPPORTED,
                              NO_PACKET_PATH);
}

NTSTATUS FwpsInjectTransportReceiveAsync0(HANDLE injectionHandle, HANDLE, PVOID, UINT32,
                                          ADDRESS_FAMILY, COMPARTMENT_ID, IF_INDEX, IF_INDEX,
                                          NET_BUFFER_LIST*, FWPS_INJECT_COMPLETE0, HANDLE) {
    if (!engine().valid_injection_handle(injectionHandle, FWPS_INJECTION_TYPE_TRANSPORT))
        return STATUS_INVALID_HANDLE;
    return report_unsupported(CALLER, "FwpsInjectTransportReceiveAsync", STATUS_NOT_SUPPORTED,
                              NO_PACKET_PATH);
}

NTSTATUS FwpsInjectNetworkSendAsync0(HANDLE injectionHandle, HANDLE, UINT32, COMPARTMENT_ID,
                                     NET_BUFFER_LIST*, FWPS_INJECT_COMPLETE0, HANDLE) {
    if (!engine().valid_injection_handle(injectionHandle, FWPS_INJECTION_TYPE_NETWORK))
        return STATUS_INVALID_HANDLE;
    return report_unsupported(CALLER, "FwpsInjectNetworkSendAsync", STATUS_NOT_SUPPORTED,
                              NO_PACKET_PATH);
}

NTSTATUS FwpsInjectNetworkReceiveAsync0(HANDLE injectionHandle, HANDLE, UINT32, COMPARTMENT_ID,
                                        IF_INDEX, IF_INDEX, NET_BUFFER_LIST*, FWPS_INJECT_COMPLETE0,
                                        HANDLE) {
    if (!engine().valid_injection_handle(injectionHandle, FWPS_INJECTION_TYPE_NETWORK))
        return STATUS_INVALID_HANDLE;
    return report_unsupported(CALLER, "FwpsInjectNetworkReceiveAsync", STATUS_NOT_SUPPORTED,
                              NO_PACKET_PATH);
}

NTSTATUS FwpsInjectForwardAsync0(HANDLE injectionHandle, HANDLE, UINT32, ADDRESS_FAMILY,
                                 COMPARTMENT_ID, IF_INDEX, NET_BUFFER_LIST*, FWPS_INJECT_COMPLETE0,
                                 HANDLE) {
    if (!engine().valid_injection_handle(injectionHandle, FWPS_INJECTION_TYPE_FORWARD))
        return STATUS_INVALID_HANDLE;
    return report_unsupported(CALLER, "FwpsInjectForwardAsync", STATUS_NOT_SUPPORTED,
                              NO_PACKET_PATH);
}

NTSTATUS FwpsInjectMacReceiveAsync0(HANDLE injectionHandle, HANDLE, UINT32, UINT16, IF_INDEX,
                                    NDIS_PORT_NUMBER, NET_BUFFER_LIST*, FWPS_INJECT_COMPLETE0,
                                    HANDLE) {
    if (!engine().valid_injection_handle(injectionHandle, FWPS_INJECTION_TYPE_L2))
        return STATUS_INVALID_HANDLE;
    return report_unsupported(CALLER, "FwpsInjectMacReceiveAsync", STATUS_NOT_SUPPORTED,
                              "the emulated engine has no MAC layers");
}

NTSTATUS FwpsInjectMacSendAsync0(HANDLE injectionHandle, HANDLE, UINT32, UINT16, IF_INDEX,
                                 NDIS_PORT_NUMBER, NET_BUFFER_LIST*, FWPS_INJECT_COMPLETE0,
                                 HANDLE) {
    if (!engine().valid_injection_handle(injectionHandle, FWPS_INJECTION_TYPE_L2))
        return STATUS_INVALID_HANDLE;
    return report_unsupported(CALLER, "FwpsInjectMacSendAsync", STATUS_NOT_SUPPORTED,
                              "the emulated engine has no MAC layers");
}

NTSTATUS FwpsConstructIpHeaderForTransportPacket0(NET_BUFFER_LIST*, ULONG, ADDRESS_FAMILY,
                                                  const UCHAR*, const UCHAR*, UINT8, UINT64,
                                                  const void*, ULONG, UINT32, PVOID, IF_INDEX,
                                                  IF_INDEX) {
    return report_unsupported(CALLER, "FwpsConstructIpHeaderForTransportPacket",
                              STATUS_NOT_SUPPORTED, NO_PACKET_PATH);
}

// ---- Asynchronous classification -----------------------------------------------------------

NTSTATUS FwpsAcquireClassifyHandle0(void* classifyContext, UINT32 reserved,
                                    UINT64* classifyHandle) {
    if (reserved) return STATUS_INVALID_PARAMETER;
    return guarded(__func__, [&] {
        return engine().acquire_classify_handle(classifyContext, classifyHandle);
    });
}

void FwpsReleaseClassifyHandle0(UINT64 classifyHandle) {
    const void* caller = CALLER;
    engine().release_classify_handle(caller, classifyHandle);
}

NTSTATUS FwpsPendClassify0(UINT64 classifyHandle, UINT64, UINT32 flags,
                           FWPS_CLASSIFY_OUT0* classifyOut) {
    const void* caller = CALLER;
    if (flags) return STATUS_INVALID_PARAMETER;  // reserved
    return guarded(__func__,
                   [&] { return engine().pend_classify(caller, classifyHandle, classifyOut); });
}

void FwpsCompleteClassify0(UINT64 classifyHandle, UINT32, const FWPS_CLASSIFY_OUT0* classifyOut) {
    const void* caller = CALLER;
    engine().complete_classify(caller, classifyHandle, classifyOut);
}

NTSTATUS FwpsAcquireWritableLayerDataPointer0(UINT64, UINT64, UINT32, PVOID* writableLayerData,
                                              FWPS_CLASSIFY_OUT0*) {
    if (writableLayerData) *writableLayerData = nullptr;
    return report_unsupported(CALLER, "FwpsAcquireWritableLayerDataPointer", STATUS_NOT_SUPPORTED,
                              "the connect and bind redirect layers are not emulated");
}

void FwpsApplyModifiedLayerData0(UINT64, PVOID, UINT32) {
    // No pointer can have been acquired (see above): the call is misuse.
    wpptrace::wfp::report_misuse(CALLER,
                                 "FwpsApplyModifiedLayerData0 without a writable "
                                 "layer data pointer");
}

NTSTATUS FwpsPendOperation0(HANDLE, HANDLE* completionContext) {
    if (completionContext) *completionContext = nullptr;
    return report_unsupported(CALLER, "FwpsPendOperation", STATUS_FWP_CANNOT_PEND,
                              "the host's flows carry no completion handle");
}

void FwpsCompleteOperation0(HANDLE, NET_BUFFER_LIST*) {
    wpptrace::wfp::report_misuse(CALLER, "FwpsCompleteOperation0 without a pended operation");
}

}  // extern "C"

// ---- Redirection ---------------------------------------------------------------------------

extern "C" NTSTATUS FwpsRedirectHandleCreate0(const GUID* providerGuid, UINT32 flags,
                                              HANDLE* redirectHandle) {
    if (!providerGuid || flags) return STATUS_INVALID_PARAMETER;
    return guarded(__func__, [&] { return engine().create_redirect_handle(redirectHandle); });
}

extern "C" void FwpsRedirectHandleDestroy0(HANDLE redirectHandle) {
    if (!NT_SUCCESS(engine().destroy_redirect_handle(redirectHandle)))
        wpptrace::wfp::report_misuse(CALLER, "FwpsRedirectHandleDestroy0 of an unknown handle");
}

extern "C" FWPS_CONNECTION_REDIRECT_STATE FwpsQueryConnectionRedirectState0(
    HANDLE, HANDLE redirectHandle, void** redirectContext) {
    if (redirectContext) *redirectContext = nullptr;
    if (!engine().valid_redirect_handle(redirectHandle))
        wpptrace::wfp::report_misuse(CALLER,
                                     "FwpsQueryConnectionRedirectState0 with an unknown "
                                     "redirect handle");
    return FWPS_CONNECTION_NOT_REDIRECTED;
}
