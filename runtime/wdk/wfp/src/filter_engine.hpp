// filter_engine.hpp - the emulated base filtering engine of a host process: callouts
// registered by drivers (FWPS), providers, sublayers, callout objects, filters, sessions and
// their transactions (FWPM), flows with their contexts and stream data, injection handles and
// the NET_BUFFER_LISTs the engine hands out. The C entry points of fwpsk.h / fwpmk.h and the
// host's flow feed call into it.
#pragma once

#include <fwpmk.h>

#include <array>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "layers.hpp"
#include "wpptrace/wfp/flows.hpp"

namespace wpptrace::wfp {

// A callout's functions are kept as version 3's and cast back to their own version before a
// call (through void (*)(), the cast C and C++ allow between function pointer types).
template <typename To, typename From>
To function_cast(From f) {
    return reinterpret_cast<To>(reinterpret_cast<void (*)()>(f));
}

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

using StreamResult = StreamOutcome;

class FilterEngine {
  public:
    static FilterEngine& instance();

    // ---- Callouts and flow contexts (FWPS) ----
    NTSTATUS register_callout(void* device_object, int version, const FWPS_CALLOUT3* callout,
                              UINT32* id);
    NTSTATUS unregister_callout(UINT32 id);
    NTSTATUS unregister_callout(const GUID& key);
    NTSTATUS associate_context(UINT64 flow, UINT16 layer, UINT32 callout_id, UINT64 context);
    NTSTATUS remove_context(UINT64 flow, UINT16 layer, UINT32 callout_id);
    NTSTATUS abort_flow(UINT64 flow);

    // ---- Sessions, transactions and objects (FWPM) ----
    NTSTATUS open_session(const FWPM_SESSION0* session, HANDLE* handle);
    NTSTATUS close_session(HANDLE handle);
    NTSTATUS begin_transaction(HANDLE handle, UINT32 flags);
    NTSTATUS commit_transaction(HANDLE handle);
    NTSTATUS abort_transaction(HANDLE handle);
    NTSTATUS add_provider(HANDLE handle, const FWPM_PROVIDER0* provider);
    NTSTATUS delete_provider(HANDLE handle, const GUID& key);
    NTSTATUS add_sublayer(HANDLE handle, const FWPM_SUBLAYER0* sublayer);
    NTSTATUS delete_sublayer(HANDLE handle, const GUID& key);
    NTSTATUS add_callout(HANDLE handle, const FWPM_CALLOUT0* callout, UINT32* id);
    NTSTATUS delete_callout(HANDLE handle, const GUID& key);
    NTSTATUS delete_callout(HANDLE handle, UINT32 id);
    // A copy in one block the caller gives back with FwpmFreeMemory0.
    NTSTATUS get_callout(HANDLE handle, const GUID* key, UINT32 id, FWPM_CALLOUT0** out);
    NTSTATUS add_filter(HANDLE handle, const FWPM_FILTER0* filter, UINT64* id);
    NTSTATUS delete_filter(HANDLE handle, UINT64 id);
    NTSTATUS delete_filter(HANDLE handle, const GUID& key);

    // ---- Classification and flows (the host's feed) ----
    // Runs the layer's filters on the values; the flow (0: none yet) gives flow contexts.
    ClassifyResult classify(Classification& c, UINT64 flow);
    // The flow exists from flow established on; stream gives the stream layer's values (the
    // engine adds the flow handle to its metadata).
    UINT64 begin_flow(Classification stream);
    // Data from one side (send: the local end) through the stream layer's callouts.
    void indicate_stream(UINT64 flow, bool send, const std::string& data);
    // Both sides close: held data goes to the callouts with the disconnect flag.
    void disconnect_stream(UINT64 flow);
    bool flow_reset(UINT64 flow);
    StreamResult stream_result(UINT64 flow);
    // The flow is over: every context associated with it goes to its flowDeleteFn.
    void end_flow(UINT64 flow);

    // ---- Stream data, injection and net buffer lists ----
    NTSTATUS create_injection_handle(ADDRESS_FAMILY family, UINT32 flags, HANDLE* handle);
    NTSTATUS destroy_injection_handle(HANDLE handle);
    bool valid_injection_handle(HANDLE handle, UINT32 type);
    FWPS_PACKET_INJECTION_STATE injection_state(HANDLE handle, const NET_BUFFER_LIST* nbl,
                                                HANDLE* context);
    NTSTATUS stream_inject(const void* caller, HANDLE handle, HANDLE context, UINT64 flow,
                           UINT32 callout_id, UINT16 layer, UINT32 stream_flags,
                           NET_BUFFER_LIST* nbl, SIZE_T length, FWPS_INJECT_COMPLETE0 completion,
                           HANDLE completion_context);
    NTSTATUS stream_continue(const void* caller, UINT64 flow, UINT32 callout_id, UINT16 layer,
                             UINT32 stream_flags);
    NTSTATUS clone_stream_data(const FWPS_STREAM_DATA0* data, NET_BUFFER_LIST** out);
    void discard_cloned(const void* caller, NET_BUFFER_LIST* chain);
    NTSTATUS allocate_nbl(MDL* chain, ULONG offset, SIZE_T length, NET_BUFFER_LIST** out);
    void free_nbl(const void* caller, NET_BUFFER_LIST* nbl);
    NTSTATUS clone_nbl(NET_BUFFER_LIST* original, NET_BUFFER_LIST** out);
    void free_clone_nbl(const void* caller, NET_BUFFER_LIST* nbl);
    void reference_nbl(const void* caller, NET_BUFFER_LIST* nbl, int delta);

    // ---- Redirect handles (no redirect layers: no connection is ever redirected) ----
    NTSTATUS create_redirect_handle(HANDLE* handle);
    NTSTATUS destroy_redirect_handle(HANDLE handle);
    bool valid_redirect_handle(HANDLE handle);

    // ---- Asynchronous classification ----
    NTSTATUS acquire_classify_handle(void* classify_context, UINT64* handle);
    void release_classify_handle(const void* caller, UINT64 handle);
    NTSTATUS pend_classify(const void* caller, UINT64 handle, FWPS_CLASSIFY_OUT0* out);
    void complete_classify(const void* caller, UINT64 handle, const FWPS_CLASSIFY_OUT0* out);

    // After the drivers have unloaded: what they left behind (callouts still registered,
    // sessions still open, injection handles, cloned data never discarded), described; then
    // the engine forgets everything, since the code and the objects its callouts point to are
    // gone.
    std::vector<std::string> release_leftovers();

  private:
    struct Callout;
    struct Filter;
    struct Session;
    struct Flow;
    struct Buffer;
    struct PendingCall;
    struct FlowContextKey {
        UINT64 flow;
        UINT16 layer;
        UINT32 callout;
        auto operator<=>(const FlowContextKey&) const = default;
    };
    struct CalloutObject {
        UINT16 layer;
        Session* session;
        std::optional<GuidKey> provider;
        UINT32 flags = 0;
        std::wstring name, description;  // displayData, for FwpmCalloutGetBy*
    };
    struct SubLayer {
        UINT16 weight;
        Session* session;
        std::optional<GuidKey> provider;
    };
    struct Provider {
        Session* session;
    };
    struct InjectionHandle {
        ADDRESS_FAMILY family;
        UINT32 types;
    };
    struct Completion {
        FWPS_INJECT_COMPLETE0* function;
        void* context;
        NET_BUFFER_LIST* nbl;
    };

    UINT32 callout_id_for(const GuidKey& key);
    Callout* registered(const GuidKey& key);
    Callout* registered(UINT32 id);
    Session* session_of(HANDLE handle);
    bool referenced_by_filter(const GuidKey& callout_key) const;
    bool provider_in_use(const GuidKey& key) const;
    NTSTATUS unregister_locked(std::map<GuidKey, std::unique_ptr<Callout>>::iterator it);
    void erase_filter(std::vector<std::shared_ptr<Filter>>::iterator it, Session* undo_in);
    void insert_filter(std::shared_ptr<Filter> f);
    void delete_contexts(const std::function<bool(const FlowContextKey&)>& which);
    void on_undo(Session* session, std::function<void()> undo);
    void notify(Callout& c, FWPS_CALLOUT_NOTIFY_TYPE type, const GUID* key, Filter& f);
    void call_classify(Callout& c, const FWPS_INCOMING_VALUES0& values,
                       const FWPS_INCOMING_METADATA_VALUES0& meta, void* layer_data,
                       PendingCall& call, Filter& f, UINT64 flow_context, FWPS_CLASSIFY_OUT0& out);
    // Shared: a callout may delete filters (and unregister) while the engine walks the list.
    std::vector<std::shared_ptr<Filter>> ordered_filters(const LayerInfo* layer);
    void run_stream(Flow& flow, bool send, UINT32 extra_flags);
    void run_completions();
    Buffer& new_buffer(std::vector<unsigned char> bytes);
    static std::vector<unsigned char> gather(const NET_BUFFER_LIST* chain, SIZE_T skip,
                                             SIZE_T limit);

    std::recursive_mutex mutex_;
    std::condition_variable_any pend_done_;
    std::map<GuidKey, UINT32> callout_ids_;  // one run-time id per callout key
    UINT32 next_callout_id_ = 1;
    std::map<GuidKey, std::unique_ptr<Callout>> callouts_;  // registered (FWPS)
    std::map<GuidKey, CalloutObject> callout_objects_;      // added (FWPM)
    std::map<GuidKey, SubLayer> sublayers_;
    std::map<GuidKey, Provider> providers_;
    std::vector<std::shared_ptr<Filter>> filters_;  // in the order they were added
    UINT64 next_filter_id_ = 1;
    UINT64 next_flow_ = 1;
    std::map<UINT64, std::unique_ptr<Flow>> flows_;  // begun, not yet ended
    std::vector<std::unique_ptr<Session>> sessions_;
    std::map<FlowContextKey, UINT64> contexts_;
    std::map<HANDLE, std::unique_ptr<InjectionHandle>> injection_handles_;
    std::map<const NET_BUFFER_LIST*, std::unique_ptr<Buffer>> buffers_;
    std::set<std::unique_ptr<char>> redirect_handles_;
    std::vector<Completion> completions_;
    std::map<PendingCall*, std::shared_ptr<PendingCall>> active_calls_;  // in classifyFn now
    std::map<UINT64, std::shared_ptr<PendingCall>> classify_handles_;    // acquired
    int classify_depth_ = 0;
};

}  // namespace wpptrace::wfp
