// engine_parts.hpp - the filter engine's records, shared by its two halves (filter_engine.cpp:
// objects and ALE classification; stream_engine.cpp: flows' stream data and buffers).
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "filter_engine.hpp"

namespace wpptrace::wfp {

bool matches(const std::vector<FWPS_FILTER_CONDITION0>& conditions,
             const FWPS_INCOMING_VALUES0& values);

struct FilterEngine::Callout {
    GUID key;
    UINT32 id;
    int version;              // FwpsCalloutRegister0..3: the classify and notify signatures
    FWPS_CALLOUT3 functions;  // of that version, cast back before each call
    std::string driver;       // \Driver\<name>, kept as text: the driver object goes at unload
};

struct FilterEngine::Filter {
    UINT64 id;
    GUID key;
    const LayerInfo* layer;
    UINT64 weight;
    GuidKey sublayer;
    UINT16 sublayer_weight;
    UINT32 flags;  // FWPM_FILTER_FLAG_*
    FWP_ACTION_TYPE action;
    GuidKey callout_key;
    std::optional<GuidKey> provider;
    Session* session;
    // What the callout sees: FWPS_FILTER3 and the copies its pointers point into.
    FWPS_FILTER3 view{};
    UINT64 weight_value = 0;
    std::vector<FWPS_FILTER_CONDITION0> conditions;
    std::vector<std::unique_ptr<FWP_BYTE_ARRAY16>> arrays;
};

struct FilterEngine::Session {
    bool dynamic = false;
    bool in_transaction = false;
    bool read_only = false;
    std::vector<std::function<void()>> undo;  // what Abort runs, newest first
};

// One classifyFn call; its address is the classifyContext the callout gets.
struct FilterEngine::PendingCall {
    const LayerInfo* layer = nullptr;
    bool pended = false;
    bool completed = false;
    FWPS_CLASSIFY_OUT0 final{};
};

// A flow from flow established on: the stream layer's values and what its data became.
struct FilterEngine::Flow {
    UINT64 handle = 0;
    Classification stream;
    bool reset = false;
    std::array<std::string, 2> held;      // [0] send, [1] receive: waiting for more data
    std::array<std::string, 2> deferred;  // waiting for FwpsStreamContinue0
    std::array<bool, 2> seen{};           // data came that way
    StreamResult result;
};

// A NET_BUFFER_LIST the engine made, with its buffers, MDL and (for data it owns) the bytes.
struct FilterEngine::Buffer {
    enum class Kind { indication, stream_clone, allocated, clone } kind = Kind::indication;
    NET_BUFFER_LIST nbl{};
    std::vector<NET_BUFFER> nbs;
    MDL mdl{};
    std::vector<unsigned char> bytes;
    int references = 0;     // FwpsReferenceNetBufferList0, and clones of it
    bool released = false;  // its owner is done with it; it goes with the last reference
    HANDLE injected_by = nullptr;
    HANDLE injection_context = nullptr;
};

}  // namespace wpptrace::wfp
