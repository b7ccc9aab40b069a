// fwpm_api.cpp - the management entry points of fwpmk.h, as a kernel-mode caller has them.
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

extern "C" NTSTATUS FwpmEngineOpen0(const wchar_t* serverName, UINT32 authnService,
                                    SEC_WINNT_AUTH_IDENTITY_W* authIdentity,
                                    const FWPM_SESSION0* session, HANDLE* engineHandle) {
    // Only the local engine, under the caller's own identity.
    if (serverName || authIdentity ||
        (authnService != RPC_C_AUTHN_WINNT && authnService != RPC_C_AUTHN_DEFAULT))
        return STATUS_INVALID_PARAMETER;
    return guarded([&] { return FilterEngine::instance().open_session(session, engineHandle); });
}

extern "C" NTSTATUS FwpmEngineClose0(HANDLE engineHandle) {
    return guarded([&] { return FilterEngine::instance().close_session(engineHandle); });
}

extern "C" NTSTATUS FwpmCalloutAdd0(HANDLE engineHandle, const FWPM_CALLOUT0* callout, void* sd,
                                    UINT32* id) {
    if (sd) return STATUS_INVALID_PARAMETER;  // no security descriptors here
    return guarded([&] { return FilterEngine::instance().add_callout(engineHandle, callout, id); });
}

extern "C" NTSTATUS FwpmCalloutDeleteByKey0(HANDLE engineHandle, const GUID* key) {
    if (!key) return STATUS_FWP_NULL_POINTER;
    return guarded([&] { return FilterEngine::instance().delete_callout(engineHandle, *key); });
}

extern "C" NTSTATUS FwpmFilterAdd0(HANDLE engineHandle, const FWPM_FILTER0* filter, void* sd,
                                   UINT64* id) {
    if (sd) return STATUS_INVALID_PARAMETER;
    return guarded([&] { return FilterEngine::instance().add_filter(engineHandle, filter, id); });
}

extern "C" NTSTATUS FwpmFilterDeleteById0(HANDLE engineHandle, UINT64 id) {
    return guarded([&] { return FilterEngine::instance().delete_filter(engineHandle, id); });
}
