// fwpm_api.cpp - the management entry points of fwpmk.h, as a kernel-mode caller has them.
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <set>

#include "c_entry_guard.hpp"
#include "filter_engine.hpp"

using wpptrace::wfp::FilterEngine;
using wpptrace::wfp::guarded;

extern "C" NTSTATUS FwpmEngineOpen0(const wchar_t* serverName, UINT32 authnService,
                                    SEC_WINNT_AUTH_IDENTITY_W* authIdentity,
                                    const FWPM_SESSION0* session, HANDLE* engineHandle) {
    // Only the local engine, under the caller's own identity.
    if (serverName || authIdentity ||
        (authnService != RPC_C_AUTHN_WINNT && authnService != RPC_C_AUTHN_DEFAULT))
        return STATUS_INVALID_PARAMETER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().open_session(session, engineHandle); });
}

extern "C" NTSTATUS FwpmEngineClose0(HANDLE engineHandle) {
    return guarded(__func__, [&] { return FilterEngine::instance().close_session(engineHandle); });
}

extern "C" NTSTATUS FwpmCalloutAdd0(HANDLE engineHandle, const FWPM_CALLOUT0* callout, void* sd,
                                    UINT32* id) {
    if (sd) return STATUS_INVALID_PARAMETER;  // no security descriptors here
    return guarded(__func__,
                   [&] { return FilterEngine::instance().add_callout(engineHandle, callout, id); });
}

extern "C" NTSTATUS FwpmCalloutDeleteByKey0(HANDLE engineHandle, const GUID* key) {
    if (!key) return STATUS_FWP_NULL_POINTER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().delete_callout(engineHandle, *key); });
}

extern "C" NTSTATUS FwpmFilterAdd0(HANDLE engineHandle, const FWPM_FILTER0* filter, void* sd,
                                   UINT64* id) {
    if (sd) return STATUS_INVALID_PARAMETER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().add_filter(engineHandle, filter, id); });
}

extern "C" NTSTATUS FwpmFilterDeleteById0(HANDLE engineHandle, UINT64 id) {
    return guarded(__func__,
                   [&] { return FilterEngine::instance().delete_filter(engineHandle, id); });
}

extern "C" NTSTATUS FwpmCalloutDeleteById0(HANDLE engineHandle, UINT32 id) {
    return guarded(__func__,
                   [&] { return FilterEngine::instance().delete_callout(engineHandle, id); });
}

extern "C" NTSTATUS FwpmFilterDeleteByKey0(HANDLE engineHandle, const GUID* key) {
    if (!key) return STATUS_FWP_NULL_POINTER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().delete_filter(engineHandle, *key); });
}

extern "C" NTSTATUS FwpmTransactionBegin0(HANDLE engineHandle, UINT32 flags) {
    return guarded(__func__,
                   [&] { return FilterEngine::instance().begin_transaction(engineHandle, flags); });
}

extern "C" NTSTATUS FwpmTransactionCommit0(HANDLE engineHandle) {
    return guarded(__func__,
                   [&] { return FilterEngine::instance().commit_transaction(engineHandle); });
}

extern "C" NTSTATUS FwpmTransactionAbort0(HANDLE engineHandle) {
    return guarded(__func__,
                   [&] { return FilterEngine::instance().abort_transaction(engineHandle); });
}

extern "C" NTSTATUS FwpmProviderAdd0(HANDLE engineHandle, const FWPM_PROVIDER0* provider,
                                     void* sd) {
    if (sd) return STATUS_INVALID_PARAMETER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().add_provider(engineHandle, provider); });
}

extern "C" NTSTATUS FwpmProviderDeleteByKey0(HANDLE engineHandle, const GUID* key) {
    if (!key) return STATUS_FWP_NULL_POINTER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().delete_provider(engineHandle, *key); });
}

extern "C" NTSTATUS FwpmSubLayerAdd0(HANDLE engineHandle, const FWPM_SUBLAYER0* subLayer,
                                     void* sd) {
    if (sd) return STATUS_INVALID_PARAMETER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().add_sublayer(engineHandle, subLayer); });
}

extern "C" NTSTATUS FwpmSubLayerDeleteByKey0(HANDLE engineHandle, const GUID* key) {
    if (!key) return STATUS_FWP_NULL_POINTER;
    return guarded(__func__,
                   [&] { return FilterEngine::instance().delete_sublayer(engineHandle, *key); });
}

extern "C" NTSTATUS FwpmCalloutGetById0(HANDLE engineHandle, UINT32 id, FWPM_CALLOUT0** callout) {
    return guarded(__func__, [&] {
        return FilterEngine::instance().get_callout(engineHandle, nullptr, id, callout);
    });
}

extern "C" NTSTATUS FwpmCalloutGetByKey0(HANDLE engineHandle, const GUID* key,
                                         FWPM_CALLOUT0** callout) {
    if (!key) return STATUS_FWP_NULL_POINTER;
    return guarded(__func__, [&] {
        return FilterEngine::instance().get_callout(engineHandle, key, 0, callout);
    });
}

extern "C" void FwpmFreeMemory0(void** p) {
    if (!p) return;
    std::free(*p);
    *p = nullptr;
}

extern "C" FWPM_SERVICE_STATE FwpmBfeStateGet0(void) {
    return FWPM_SERVICE_RUNNING;
}

namespace {
// The subscriptions: kept so that an unsubscribe of an unknown handle fails as it should.
std::mutex subscriptions_mutex;
std::set<std::unique_ptr<char>> subscriptions;
}  // namespace

extern "C" NTSTATUS FwpmBfeStateSubscribeChanges0(void* deviceObject,
                                                  FWPM_SERVICE_STATE_CHANGE_CALLBACK0* callback,
                                                  void*, HANDLE* changeHandle) {
    if (!deviceObject || !callback || !changeHandle) return STATUS_INVALID_PARAMETER;
    return guarded(__func__, [&] {
        std::lock_guard lock(subscriptions_mutex);
        auto handle = std::make_unique<char>();
        *changeHandle = handle.get();
        subscriptions.insert(std::move(handle));
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS FwpmBfeStateUnsubscribeChanges0(HANDLE changeHandle) {
    std::lock_guard lock(subscriptions_mutex);
    auto it = std::find_if(subscriptions.begin(), subscriptions.end(),
                           [&](auto& h) { return h.get() == changeHandle; });
    if (it == subscriptions.end()) return STATUS_INVALID_PARAMETER;
    subscriptions.erase(it);
    return STATUS_SUCCESS;
}
