// ndis_pools.cpp - NDIS generic objects and net buffer list pools as callout drivers allocate
// them (ndis.h): real allocations the driver must free; what is left when the drivers have
// unloaded is reported with the engine's other leftovers.
#include <ndis.h>

#include <cstdlib>
#include <mutex>
#include <new>
#include <set>
#include <string>
#include <vector>

#include "wpptrace/wfp/host_hooks.hpp"

namespace wpptrace::wfp {

namespace {

struct Pool {
    NET_BUFFER_LIST_POOL_PARAMETERS parameters;
};

struct NdisObjects {
    std::mutex mutex;
    std::set<void*> generic_objects;
    std::set<Pool*> pools;
};

NdisObjects& ndis() {
    static NdisObjects* objects = new NdisObjects;  // never destroyed, as the engine
    return *objects;
}

}  // namespace

// Called by release_leftovers (flows.cpp) after the drivers have unloaded.
std::vector<std::string> release_ndis_leftovers() {
    NdisObjects& n = ndis();
    std::lock_guard lock(n.mutex);
    std::vector<std::string> out;
    if (!n.generic_objects.empty())
        out.push_back(std::to_string(n.generic_objects.size()) +
                      " NDIS generic object(s) never freed (NdisFreeGenericObject missing)");
    if (!n.pools.empty())
        out.push_back(std::to_string(n.pools.size()) +
                      " net buffer list pool(s) never freed (NdisFreeNetBufferListPool missing)");
    for (void* p : n.generic_objects) std::free(p);
    for (Pool* p : n.pools) delete p;
    n.generic_objects.clear();
    n.pools.clear();
    return out;
}

}  // namespace wpptrace::wfp

extern "C" {

PNDIS_GENERIC_OBJECT NdisAllocateGenericObject(PDRIVER_OBJECT DriverObject, ULONG, USHORT Size) {
    // The object and the caller's extra bytes after it, zeroed.
    auto* object =
        static_cast<PNDIS_GENERIC_OBJECT>(std::calloc(1, sizeof(NDIS_GENERIC_OBJECT) + Size));
    if (!object) return nullptr;
    object->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    object->Header.Revision = 1;
    object->Header.Size = sizeof(NDIS_GENERIC_OBJECT);
    object->Caller = __builtin_return_address(0);
    object->DriverObject = DriverObject;
    auto& n = wpptrace::wfp::ndis();
    std::lock_guard lock(n.mutex);
    n.generic_objects.insert(object);
    return object;
}

void NdisFreeGenericObject(PNDIS_GENERIC_OBJECT NdisObject) {
    auto& n = wpptrace::wfp::ndis();
    std::lock_guard lock(n.mutex);
    if (!n.generic_objects.erase(NdisObject))
        return wpptrace::wfp::report_misuse(__builtin_return_address(0),
                                            "NdisFreeGenericObject of an object "
                                            "NdisAllocateGenericObject did not give");
    std::free(NdisObject);
}

NDIS_HANDLE NdisAllocateNetBufferListPool(NDIS_HANDLE,
                                          PNET_BUFFER_LIST_POOL_PARAMETERS Parameters) {
    if (!Parameters || Parameters->Header.Type != NDIS_OBJECT_TYPE_DEFAULT ||
        Parameters->Header.Revision < NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 ||
        Parameters->Header.Size < NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1)
        return nullptr;
    auto* pool = new (std::nothrow) wpptrace::wfp::Pool{*Parameters};
    if (!pool) return nullptr;
    auto& n = wpptrace::wfp::ndis();
    std::lock_guard lock(n.mutex);
    n.pools.insert(pool);
    return pool;
}

void NdisFreeNetBufferListPool(NDIS_HANDLE PoolHandle) {
    auto& n = wpptrace::wfp::ndis();
    std::lock_guard lock(n.mutex);
    auto* pool = static_cast<wpptrace::wfp::Pool*>(PoolHandle);
    if (!n.pools.erase(pool))
        return wpptrace::wfp::report_misuse(__builtin_return_address(0),
                                            "NdisFreeNetBufferListPool of a pool "
                                            "NdisAllocateNetBufferListPool did not give");
    delete pool;
}

}  // extern "C"
