// fwps_api.cpp - the callout driver's entry points of fwpsk.h. Nothing may escape into C: an
// allocation failure becomes STATUS_INSUFFICIENT_RESOURCES, as the kernel would return it.
#include <new>

#include "filter_engine.hpp"

using wpptrace::wfp::FilterEngine;

namespace {
template <typename F>
NTSTATUS guarded(F&& f) {
    try {
        return f();
    } catch (const std::bad_alloc&) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
}
}  // namespace

extern "C" NTSTATUS FwpsCalloutRegister3(void* deviceObject, const FWPS_CALLOUT3* callout,
                                         UINT32* calloutId) {
    return guarded([&] {
        return FilterEngine::instance().register_callout(deviceObject, callout, calloutId);
    });
}

extern "C" NTSTATUS FwpsCalloutUnregisterById0(const UINT32 calloutId) {
    return guarded([&] { return FilterEngine::instance().unregister_callout(calloutId); });
}

extern "C" NTSTATUS FwpsCalloutUnregisterByKey0(const GUID* calloutKey) {
    if (!calloutKey) return STATUS_FWP_NULL_POINTER;
    return guarded([&] { return FilterEngine::instance().unregister_callout(*calloutKey); });
}

extern "C" NTSTATUS FwpsFlowAssociateContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId,
                                              UINT64 flowContext) {
    return guarded([&] {
        return FilterEngine::instance().associate_context(flowId, layerId, calloutId, flowContext);
    });
}

extern "C" NTSTATUS FwpsFlowRemoveContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId) {
    return guarded(
        [&] { return FilterEngine::instance().remove_context(flowId, layerId, calloutId); });
}
