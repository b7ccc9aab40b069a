// filter_engine.cpp - the emulated engine's bookkeeping and classification.
#include "filter_engine.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace wpptrace::wfp {

GuidKey key_of(const GUID& guid) {
    GuidKey key;
    std::memcpy(key.data(), &guid, sizeof(GUID));
    return key;
}

std::string guid_text(const GUID& g) {
    char text[40];
    std::snprintf(text, sizeof text, "{%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}",
                  static_cast<unsigned>(g.Data1), g.Data2, g.Data3, g.Data4[0], g.Data4[1],
                  g.Data4[2], g.Data4[3], g.Data4[4], g.Data4[5], g.Data4[6], g.Data4[7]);
    return text;
}

struct FilterEngine::Callout {
    GUID key;
    UINT32 id;
    FWPS_CALLOUT3 functions;
    std::string driver;  // \Driver\<name>, kept as text: the driver object goes at unload
};

struct FilterEngine::Filter {
    UINT64 id;
    GUID key;
    const LayerInfo* layer;
    UINT64 weight;
    FWP_ACTION_TYPE action;
    GuidKey callout_key;
    Session* session;
    // What the callout sees: FWPS_FILTER3 and the copies its pointers point into.
    FWPS_FILTER3 view{};
    UINT64 weight_value = 0;
    std::vector<FWPS_FILTER_CONDITION0> conditions;
    std::vector<std::unique_ptr<FWP_BYTE_ARRAY16>> arrays;
};

struct FilterEngine::Session {
    bool dynamic;
};

namespace {

bool is_callout_action(FWP_ACTION_TYPE type) {
    return type == FWP_ACTION_CALLOUT_TERMINATING || type == FWP_ACTION_CALLOUT_INSPECTION;
}

std::string narrow(const UNICODE_STRING& text) {
    std::string out;
    for (USHORT i = 0; text.Buffer && i < text.Length / sizeof(WCHAR); ++i)
        out += static_cast<char>(text.Buffer[i]);
    return out;
}

// <0, 0, >0 as left is below, equal to, above right; byte arrays as big-endian numbers.
int compare(const FWP_VALUE0& left, const FWP_CONDITION_VALUE0& right) {
    switch (left.type) {
        case FWP_UINT8:
            return (left.uint8 > right.uint8) - (left.uint8 < right.uint8);
        case FWP_UINT16:
            return (left.uint16 > right.uint16) - (left.uint16 < right.uint16);
        case FWP_UINT32:
            return (left.uint32 > right.uint32) - (left.uint32 < right.uint32);
        case FWP_UINT64:
            return (*left.uint64 > *right.uint64) - (*left.uint64 < *right.uint64);
        case FWP_BYTE_ARRAY16_TYPE:
            return std::memcmp(left.byteArray16->byteArray16, right.byteArray16->byteArray16, 16);
        default:
            return 0;
    }
}

bool holds(const FWPS_FILTER_CONDITION0& condition, const FWPS_INCOMING_VALUES0& values) {
    if (condition.fieldId >= values.valueCount) return false;
    const FWP_VALUE0& value = values.incomingValue[condition.fieldId].value;
    if (value.type != condition.conditionValue.type) return false;
    int c = compare(value, condition.conditionValue);
    switch (condition.matchType) {
        case FWP_MATCH_EQUAL:
            return c == 0;
        case FWP_MATCH_NOT_EQUAL:
            return c != 0;
        case FWP_MATCH_GREATER:
            return c > 0;
        case FWP_MATCH_LESS:
            return c < 0;
        case FWP_MATCH_GREATER_OR_EQUAL:
            return c >= 0;
        case FWP_MATCH_LESS_OR_EQUAL:
            return c <= 0;
    }
    return false;
}

// Conditions on different fields must all hold; of those on one field, any one (WFP's rule).
bool matches(const std::vector<FWPS_FILTER_CONDITION0>& conditions,
             const FWPS_INCOMING_VALUES0& values) {
    std::map<UINT16, bool> by_field;
    for (const auto& condition : conditions)
        by_field[condition.fieldId] |= holds(condition, values);
    return std::all_of(by_field.begin(), by_field.end(), [](auto& f) { return f.second; });
}

bool valid_match(FWP_MATCH_TYPE type) {
    return type == FWP_MATCH_EQUAL || type == FWP_MATCH_NOT_EQUAL || type == FWP_MATCH_GREATER ||
           type == FWP_MATCH_LESS || type == FWP_MATCH_GREATER_OR_EQUAL ||
           type == FWP_MATCH_LESS_OR_EQUAL;
}

}  // namespace

FilterEngine& FilterEngine::instance() {
    // One engine per host process, as one base filtering engine per Windows machine; never
    // destroyed, so that a driver unloading late never meets a dead engine.
    static FilterEngine* engine = new FilterEngine;
    return *engine;
}

UINT32 FilterEngine::callout_id_for(const GuidKey& key) {
    auto [it, added] = callout_ids_.try_emplace(key, next_callout_id_);
    if (added) ++next_callout_id_;
    return it->second;
}

FilterEngine::Callout* FilterEngine::registered(const GuidKey& key) {
    auto it = callouts_.find(key);
    return it == callouts_.end() ? nullptr : it->second.get();
}

FilterEngine::Session* FilterEngine::session_of(HANDLE handle) {
    for (auto& s : sessions_)
        if (s.get() == handle) return s.get();
    return nullptr;
}

bool FilterEngine::referenced_by_filter(const GuidKey& callout_key) const {
    return std::any_of(filters_.begin(), filters_.end(), [&](auto& f) {
        return is_callout_action(f->action) && f->callout_key == callout_key;
    });
}

// ---- Callouts (FWPS) ------------------------------------------------------------------------

NTSTATUS FilterEngine::register_callout(void* device_object, const FWPS_CALLOUT3* callout,
                                        UINT32* id) {
    std::lock_guard lock(mutex_);
    if (!device_object || !callout || !callout->classifyFn || !callout->notifyFn)
        return STATUS_INVALID_PARAMETER;
    GuidKey key = key_of(callout->calloutKey);
    if (registered(key)) return STATUS_FWP_ALREADY_EXISTS;
    auto entry = std::make_unique<Callout>();
    entry->key = callout->calloutKey;
    entry->id = callout_id_for(key);
    entry->functions = *callout;
    if (PDRIVER_OBJECT driver = static_cast<PDEVICE_OBJECT>(device_object)->DriverObject)
        entry->driver = narrow(driver->DriverName);
    Callout& c = *entry;
    callouts_.emplace(key, std::move(entry));
    if (id) *id = c.id;
    // Filters added before the callout was registered are announced now.
    for (auto& f : filters_)
        if (is_callout_action(f->action) && f->callout_key == key) {
            f->view.action.calloutId = c.id;
            c.functions.notifyFn(FWPS_CALLOUT_NOTIFY_ADD_FILTER, &f->key, &f->view);
        }
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::unregister_locked(std::map<GuidKey, std::unique_ptr<Callout>>::iterator it) {
    // Windows keeps a callout that filters still use: the driver must delete them first.
    if (referenced_by_filter(it->first)) return STATUS_DEVICE_BUSY;
    delete_contexts_of_callout(it->second->id);
    callouts_.erase(it);
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::unregister_callout(UINT32 id) {
    std::lock_guard lock(mutex_);
    for (auto it = callouts_.begin(); it != callouts_.end(); ++it)
        if (it->second->id == id) return unregister_locked(it);
    return STATUS_FWP_CALLOUT_NOT_FOUND;
}

NTSTATUS FilterEngine::unregister_callout(const GUID& key) {
    std::lock_guard lock(mutex_);
    auto it = callouts_.find(key_of(key));
    return it == callouts_.end() ? STATUS_FWP_CALLOUT_NOT_FOUND : unregister_locked(it);
}

void FilterEngine::delete_contexts_of_callout(UINT32 callout_id) {
    for (auto it = contexts_.begin(); it != contexts_.end();) {
        if (it->first.callout != callout_id) {
            ++it;
            continue;
        }
        auto [key, context] = *it;
        it = contexts_.erase(it);
        for (auto& [k, c] : callouts_)
            if (c->id == callout_id && c->functions.flowDeleteFn)
                c->functions.flowDeleteFn(key.layer, key.callout, context);
    }
}

// ---- Flow contexts ----------------------------------------------------------------------------

NTSTATUS FilterEngine::associate_context(UINT64 flow, UINT16 layer, UINT32 callout_id,
                                         UINT64 context) {
    std::lock_guard lock(mutex_);
    const LayerInfo* info = find_layer(layer);
    if (!flows_.count(flow) || !info || !info->has_flow) return STATUS_INVALID_PARAMETER;
    Callout* callout = nullptr;
    for (auto& [k, c] : callouts_)
        if (c->id == callout_id) callout = c.get();
    if (!callout) return STATUS_FWP_CALLOUT_NOT_FOUND;
    // Without flowDeleteFn the context could never be given back.
    if (!callout->functions.flowDeleteFn) return STATUS_INVALID_PARAMETER;
    // One context per flow, layer and callout: a second one is refused.
    if (!contexts_.try_emplace({flow, layer, callout_id}, context).second)
        return STATUS_FWP_ALREADY_EXISTS;
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::remove_context(UINT64 flow, UINT16 layer, UINT32 callout_id) {
    std::lock_guard lock(mutex_);
    auto it = contexts_.find({flow, layer, callout_id});
    if (it == contexts_.end()) return STATUS_NOT_FOUND;
    UINT64 context = it->second;
    contexts_.erase(it);
    for (auto& [k, c] : callouts_)
        if (c->id == callout_id && c->functions.flowDeleteFn)
            c->functions.flowDeleteFn(layer, callout_id, context);
    return STATUS_SUCCESS;
}

UINT64 FilterEngine::begin_flow() {
    std::lock_guard lock(mutex_);
    UINT64 flow = next_flow_++;
    flows_.insert(flow);
    return flow;
}

void FilterEngine::end_flow(UINT64 flow) {
    std::lock_guard lock(mutex_);
    flows_.erase(flow);
    for (auto it = contexts_.begin(); it != contexts_.end();) {
        if (it->first.flow != flow) {
            ++it;
            continue;
        }
        auto [key, context] = *it;
        it = contexts_.erase(it);
        for (auto& [k, c] : callouts_)
            if (c->id == key.callout && c->functions.flowDeleteFn)
                c->functions.flowDeleteFn(key.layer, key.callout, context);
    }
}

// ---- Sessions, callout objects and filters (FWPM) ----------------------------------------------

NTSTATUS FilterEngine::open_session(const FWPM_SESSION0* session, HANDLE* handle) {
    std::lock_guard lock(mutex_);
    if (!handle) return STATUS_FWP_NULL_POINTER;
    sessions_.push_back(std::make_unique<Session>(
        Session{session && (session->flags & FWPM_SESSION_FLAG_DYNAMIC) != 0}));
    *handle = sessions_.back().get();
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::close_session(HANDLE handle) {
    std::lock_guard lock(mutex_);
    Session* session = session_of(handle);
    if (!session) return STATUS_INVALID_HANDLE;
    for (auto it = filters_.begin(); it != filters_.end();) {
        if ((*it)->session != session) {
            ++it;
            continue;
        }
        if (session->dynamic) {
            erase_filter(it);
            it = filters_.begin();  // the notification may have changed the list
        } else {
            (*it)->session = nullptr;  // persistent: outlives the session
            ++it;
        }
    }
    for (auto it = callout_objects_.begin(); it != callout_objects_.end();) {
        if (it->second.session != session) {
            ++it;
            continue;
        }
        if (session->dynamic) {
            it = callout_objects_.erase(it);
        } else {
            it->second.session = nullptr;
            ++it;
        }
    }
    std::erase_if(sessions_, [&](auto& s) { return s.get() == session; });
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::add_callout(HANDLE handle, const FWPM_CALLOUT0* callout, UINT32* id) {
    std::lock_guard lock(mutex_);
    Session* session = session_of(handle);
    if (!session) return STATUS_INVALID_HANDLE;
    if (!callout) return STATUS_FWP_NULL_POINTER;
    const LayerInfo* layer = find_layer(callout->applicableLayer);
    if (!layer) return STATUS_FWP_LAYER_NOT_FOUND;
    GuidKey key = key_of(callout->calloutKey);
    if (!callout_objects_.try_emplace(key, CalloutObject{layer->id, session}).second)
        return STATUS_FWP_ALREADY_EXISTS;
    if (id) *id = callout_id_for(key);
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::delete_callout(HANDLE handle, const GUID& key) {
    std::lock_guard lock(mutex_);
    if (!session_of(handle)) return STATUS_INVALID_HANDLE;
    auto it = callout_objects_.find(key_of(key));
    if (it == callout_objects_.end()) return STATUS_FWP_CALLOUT_NOT_FOUND;
    if (referenced_by_filter(it->first)) return STATUS_FWP_IN_USE;
    callout_objects_.erase(it);
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::add_filter(HANDLE handle, const FWPM_FILTER0* filter, UINT64* id) {
    std::lock_guard lock(mutex_);
    Session* session = session_of(handle);
    if (!session) return STATUS_INVALID_HANDLE;
    if (!filter) return STATUS_FWP_NULL_POINTER;
    auto f = std::make_unique<Filter>();
    f->layer = find_layer(filter->layerKey);
    if (!f->layer) return STATUS_FWP_LAYER_NOT_FOUND;
    f->id = next_filter_id_;
    f->key = filter->filterKey;
    static const GUID zero{};
    if (key_of(f->key) == key_of(zero)) {
        // The engine names a filter that came without a key.
        f->key.Data1 = 0x77707074;  // "wppt"
        std::memcpy(f->key.Data4, &f->id, sizeof f->id);
    }
    for (auto& other : filters_)
        if (key_of(other->key) == key_of(f->key)) return STATUS_FWP_ALREADY_EXISTS;

    switch (filter->weight.type) {
        case FWP_EMPTY:
            f->weight = 0;
            break;
        case FWP_UINT8:  // a weight range: the top four bits
            if (filter->weight.uint8 > 15) return STATUS_FWP_INVALID_WEIGHT;
            f->weight = static_cast<UINT64>(filter->weight.uint8) << 60;
            break;
        case FWP_UINT64:
            if (!filter->weight.uint64) return STATUS_FWP_NULL_POINTER;
            f->weight = *filter->weight.uint64;
            break;
        default:
            return STATUS_FWP_INVALID_WEIGHT;
    }

    f->action = filter->action.type;
    if (f->action != FWP_ACTION_PERMIT && f->action != FWP_ACTION_BLOCK &&
        !is_callout_action(f->action))
        return STATUS_FWP_INVALID_ACTION_TYPE;
    if (is_callout_action(f->action)) {
        f->callout_key = key_of(filter->action.calloutKey);
        auto object = callout_objects_.find(f->callout_key);
        if (object == callout_objects_.end()) return STATUS_FWP_CALLOUT_NOT_FOUND;
        if (object->second.layer != f->layer->id) return STATUS_FWP_INCOMPATIBLE_LAYER;
    }

    if (filter->numFilterConditions && !filter->filterCondition) return STATUS_FWP_NULL_POINTER;
    for (UINT32 i = 0; i < filter->numFilterConditions; ++i) {
        const FWPM_FILTER_CONDITION0& in = filter->filterCondition[i];
        auto field = condition_field(*f->layer, in.fieldKey);
        if (!field) return STATUS_FWP_CONDITION_NOT_FOUND;
        if (!valid_match(in.matchType)) return STATUS_FWP_INVALID_PARAMETER;
        if (in.conditionValue.type != field_type(*f->layer, *field))
            return STATUS_FWP_TYPE_MISMATCH;
        FWPS_FILTER_CONDITION0 out{};
        out.fieldId = *field;
        out.matchType = in.matchType;
        out.conditionValue = in.conditionValue;
        if (in.conditionValue.type == FWP_BYTE_ARRAY16_TYPE) {
            if (!in.conditionValue.byteArray16) return STATUS_FWP_NULL_POINTER;
            f->arrays.push_back(std::make_unique<FWP_BYTE_ARRAY16>(*in.conditionValue.byteArray16));
            out.conditionValue.byteArray16 = f->arrays.back().get();
        }
        f->conditions.push_back(out);
    }

    f->session = session;
    f->weight_value = f->weight;
    f->view.filterId = f->id;
    f->view.weight.type = FWP_UINT64;
    f->view.weight.uint64 = &f->weight_value;
    f->view.numFilterConditions = static_cast<UINT32>(f->conditions.size());
    f->view.filterCondition = f->conditions.empty() ? nullptr : f->conditions.data();
    f->view.action.type = f->action;
    f->view.context = filter->rawContext;
    if (is_callout_action(f->action)) {
        f->view.action.calloutId = callout_id_for(f->callout_key);
        // The callout may refuse the filter: then it is not added.
        if (Callout* c = registered(f->callout_key)) {
            NTSTATUS status =
                c->functions.notifyFn(FWPS_CALLOUT_NOTIFY_ADD_FILTER, &f->key, &f->view);
            if (!NT_SUCCESS(status)) return status;
        }
    }
    ++next_filter_id_;
    if (id) *id = f->id;
    filters_.push_back(std::move(f));
    return STATUS_SUCCESS;
}

void FilterEngine::erase_filter(std::vector<std::unique_ptr<Filter>>::iterator it) {
    std::unique_ptr<Filter> f = std::move(*it);
    filters_.erase(it);
    if (is_callout_action(f->action))
        if (Callout* c = registered(f->callout_key))
            c->functions.notifyFn(FWPS_CALLOUT_NOTIFY_DELETE_FILTER, nullptr, &f->view);
}

NTSTATUS FilterEngine::delete_filter(HANDLE handle, UINT64 id) {
    std::lock_guard lock(mutex_);
    if (!session_of(handle)) return STATUS_INVALID_HANDLE;
    auto it = std::find_if(filters_.begin(), filters_.end(), [&](auto& f) { return f->id == id; });
    if (it == filters_.end()) return STATUS_FWP_FILTER_NOT_FOUND;
    erase_filter(it);
    return STATUS_SUCCESS;
}

// ---- Classification ----------------------------------------------------------------------------

ClassifyResult FilterEngine::classify(Classification& c, UINT64 flow) {
    std::lock_guard lock(mutex_);
    FWPS_INCOMING_VALUES0 values{c.layer->id, static_cast<UINT32>(c.values.size()),
                                 c.values.data()};
    // Highest weight first; equal weights in the order they were added (ids grow).
    std::vector<Filter*> order;
    for (auto& f : filters_)
        if (f->layer == c.layer) order.push_back(f.get());
    std::stable_sort(order.begin(), order.end(),
                     [](Filter* a, Filter* b) { return a->weight > b->weight; });
    for (Filter* f : order) {
        if (!matches(f->conditions, values)) continue;
        if (f->action == FWP_ACTION_PERMIT || f->action == FWP_ACTION_BLOCK)
            return {f->action, f->id};
        Callout* callout = registered(f->callout_key);
        if (!callout) {
            // A terminating filter whose callout is not registered blocks, as in WFP.
            if (f->action == FWP_ACTION_CALLOUT_TERMINATING) return {FWP_ACTION_BLOCK, f->id};
            continue;
        }
        UINT64 context = 0;
        auto found = contexts_.find({flow, c.layer->id, callout->id});
        if (found != contexts_.end())
            context = found->second;
        else if (callout->functions.flags & FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW)
            continue;
        FWPS_CLASSIFY_OUT0 out{};
        out.actionType = FWP_ACTION_CONTINUE;
        out.rights = FWPS_RIGHT_ACTION_WRITE;
        out.filterId = f->id;
        FWPS_CALLOUT_CLASSIFY_FN3_PTR classify_fn = callout->functions.classifyFn;
        classify_fn(&values, &c.metadata, nullptr, nullptr, &f->view, context, &out);
        if (f->action == FWP_ACTION_CALLOUT_INSPECTION) continue;
        if ((out.flags & FWPS_CLASSIFY_OUT_FLAG_ABSORB) || out.actionType == FWP_ACTION_BLOCK)
            return {FWP_ACTION_BLOCK, f->id};
        if (out.actionType == FWP_ACTION_PERMIT) return {FWP_ACTION_PERMIT, f->id};
    }
    return {};  // no filter decided: permitted
}

std::vector<std::string> FilterEngine::release_leftovers() {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    for (auto& [key, c] : callouts_)
        out.push_back("WFP callout " + guid_text(c->key) + " (id " + std::to_string(c->id) +
                      ") of " + (c->driver.empty() ? "a driver" : c->driver) +
                      " still registered after unload (FwpsCalloutUnregister missing)");
    for (auto& s : sessions_) {
        auto owned = std::count_if(filters_.begin(), filters_.end(),
                                   [&](auto& f) { return f->session == s.get(); });
        out.push_back("WFP engine handle still open after unload, with " + std::to_string(owned) +
                      " filter(s) (FwpmEngineClose missing)");
    }
    callouts_.clear();
    sessions_.clear();
    filters_.clear();
    callout_objects_.clear();
    contexts_.clear();
    flows_.clear();
    return out;
}

}  // namespace wpptrace::wfp
