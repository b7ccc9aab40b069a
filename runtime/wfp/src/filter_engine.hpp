// filter_engine.hpp - the emulated base filtering engine of a host process: callouts
// registered by drivers (FWPS), callout objects, filters and sessions (FWPM), flows and their
// contexts. The C entry points of fwpsk.h / fwpmk.h and the host's flow feed call into it.
#pragma once

#include <fwpmk.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "layers.hpp"

namespace wpptrace::wfp {

using GuidKey = std::array<unsigned char, sizeof(GUID)>;
GuidKey key_of(const GUID& guid);
std::string guid_text(const GUID& guid);  // {xxxxxxxx-xxxx-...}

// A flow as the engine classifies it: the incoming values of one layer, with their storage.
struct Classification {
    const LayerInfo* layer = nullptr;
    std::vector<FWPS_INCOMING_VALUE0> values;
    std::array<FWP_BYTE_ARRAY16, 2> addresses{};  // IPv6 local, remote
    FWPS_INCOMING_METADATA_VALUES0 metadata{};
};

struct ClassifyResult {
    FWP_ACTION_TYPE action = FWP_ACTION_PERMIT;  // FWP_ACTION_PERMIT or FWP_ACTION_BLOCK
    UINT64 filter_id = 0;                        // the filter that decided, 0 for the default
};

class FilterEngine {
  public:
    static FilterEngine& instance();

    NTSTATUS register_callout(void* device_object, const FWPS_CALLOUT3* callout, UINT32* id);
    NTSTATUS unregister_callout(UINT32 id);
    NTSTATUS unregister_callout(const GUID& key);
    NTSTATUS associate_context(UINT64 flow, UINT16 layer, UINT32 callout_id, UINT64 context);
    NTSTATUS remove_context(UINT64 flow, UINT16 layer, UINT32 callout_id);

    NTSTATUS open_session(const FWPM_SESSION0* session, HANDLE* handle);
    NTSTATUS close_session(HANDLE handle);
    NTSTATUS add_callout(HANDLE handle, const FWPM_CALLOUT0* callout, UINT32* id);
    NTSTATUS delete_callout(HANDLE handle, const GUID& key);
    NTSTATUS add_filter(HANDLE handle, const FWPM_FILTER0* filter, UINT64* id);
    NTSTATUS delete_filter(HANDLE handle, UINT64 id);

    // Runs the layer's filters on the values; the flow (0: none yet) gives flow contexts.
    ClassifyResult classify(Classification& c, UINT64 flow);
    UINT64 begin_flow();
    // The flow is over: every context associated with it goes to its flowDeleteFn.
    void end_flow(UINT64 flow);

    // After the drivers have unloaded: what they left behind (callouts still registered,
    // sessions still open), described; then the engine forgets everything, since the code
    // and the objects its callouts point to are gone.
    std::vector<std::string> release_leftovers();

  private:
    struct Callout;
    struct Filter;
    struct Session;
    struct FlowContextKey {
        UINT64 flow;
        UINT16 layer;
        UINT32 callout;
        auto operator<=>(const FlowContextKey&) const = default;
    };

    UINT32 callout_id_for(const GuidKey& key);
    Callout* registered(const GuidKey& key);
    Session* session_of(HANDLE handle);
    bool referenced_by_filter(const GuidKey& callout_key) const;
    NTSTATUS unregister_locked(std::map<GuidKey, std::unique_ptr<Callout>>::iterator it);
    void erase_filter(std::vector<std::unique_ptr<Filter>>::iterator it);
    void delete_contexts_of_callout(UINT32 callout_id);

    std::recursive_mutex mutex_;
    std::map<GuidKey, UINT32> callout_ids_;  // one run-time id per callout key
    UINT32 next_callout_id_ = 1;
    std::map<GuidKey, std::unique_ptr<Callout>> callouts_;  // registered (FWPS)
    struct CalloutObject {
        UINT16 layer;
        Session* session;
    };
    std::map<GuidKey, CalloutObject> callout_objects_;  // added (FWPM)
    std::vector<std::unique_ptr<Filter>> filters_;
    UINT64 next_filter_id_ = 1;
    UINT64 next_flow_ = 1;
    std::set<UINT64> flows_;  // begun, not yet ended
    std::vector<std::unique_ptr<Session>> sessions_;
    std::map<FlowContextKey, UINT64> contexts_;
};

}  // namespace wpptrace::wfp
