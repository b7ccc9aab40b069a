// filter_engine.cpp - the emulated engine's objects (callouts, providers, sublayers, filters,
// sessions and transactions), flow contexts and the ALE layers' classification. The stream
// layer, injection and net buffer lists are in stream_engine.cpp.
#include "filter_engine.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>

#include "engine_parts.hpp"
#include "wpptrace/wfp/host_hooks.hpp"

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

namespace {

const GuidKey zero_key{};

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
        default:
            return false;
    }
}

bool valid_match(FWP_MATCH_TYPE type) {
    return type == FWP_MATCH_EQUAL || type == FWP_MATCH_NOT_EQUAL || type == FWP_MATCH_GREATER ||
           type == FWP_MATCH_LESS || type == FWP_MATCH_GREATER_OR_EQUAL ||
           type == FWP_MATCH_LESS_OR_EQUAL;
}

std::optional<GuidKey> provider_of(const GUID* key) {
    if (!key) return std::nullopt;
    return key_of(*key);
}

// The built-in sublayer filters go to when they name none; its weight is this emulation's.
constexpr UINT16 universal_weight = 0x8000;

}  // namespace

// Conditions on different fields must all hold; of those on one field, any one (WFP's rule).
bool matches(const std::vector<FWPS_FILTER_CONDITION0>& conditions,
             const FWPS_INCOMING_VALUES0& values) {
    std::map<UINT16, bool> by_field;
    for (const auto& condition : conditions)
        by_field[condition.fieldId] |= holds(condition, values);
    return std::all_of(by_field.begin(), by_field.end(), [](auto& f) { return f.second; });
}

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

FilterEngine::Callout* FilterEngine::registered(UINT32 id) {
    for (auto& [k, c] : callouts_)
        if (c->id == id) return c.get();
    return nullptr;
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

bool FilterEngine::provider_in_use(const GuidKey& key) const {
    auto names = [&](const std::optional<GuidKey>& p) { return p && *p == key; };
    return std::any_of(filters_.begin(), filters_.end(),
                       [&](auto& f) { return names(f->provider); }) ||
           std::any_of(sublayers_.begin(), sublayers_.end(),
                       [&](auto& s) { return names(s.second.provider); }) ||
           std::any_of(callout_objects_.begin(), callout_objects_.end(),
                       [&](auto& c) { return names(c.second.provider); });
}

void FilterEngine::on_undo(Session* session, std::function<void()> undo) {
    if (session && session->in_transaction) session->undo.push_back(std::move(undo));
}

void FilterEngine::notify(Callout& c, FWPS_CALLOUT_NOTIFY_TYPE type, const GUID* key, Filter& f) {
    if (c.version == 0)
        function_cast<FWPS_CALLOUT_NOTIFY_FN0_PTR>(c.functions.notifyFn)(
            type, key, reinterpret_cast<FWPS_FILTER0*>(&f.view));
    else
        c.functions.notifyFn(type, key, &f.view);
}

// ---- Callouts (FWPS) ------------------------------------------------------------------------

NTSTATUS FilterEngine::register_callout(void* device_object, int version,
                                        const FWPS_CALLOUT3* callout, UINT32* id) {
    std::lock_guard lock(mutex_);
    if (!device_object || !callout || !callout->classifyFn || !callout->notifyFn)
        return STATUS_INVALID_PARAMETER;
    GuidKey key = key_of(callout->calloutKey);
    if (registered(key)) return STATUS_FWP_ALREADY_EXISTS;
    auto entry = std::make_unique<Callout>();
    entry->key = callout->calloutKey;
    entry->id = callout_id_for(key);
    entry->version = version;
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
            notify(c, FWPS_CALLOUT_NOTIFY_ADD_FILTER, &f->key, *f);
        }
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::unregister_locked(std::map<GuidKey, std::unique_ptr<Callout>>::iterator it) {
    // Windows keeps a callout that filters still use: the driver must delete them first.
    if (referenced_by_filter(it->first)) return STATUS_DEVICE_BUSY;
    UINT32 id = it->second->id;
    delete_contexts([&](const FlowContextKey& k) { return k.callout == id; });
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

// Each context leaves the table before its flowDeleteFn runs, which may call the engine again.
void FilterEngine::delete_contexts(const std::function<bool(const FlowContextKey&)>& which) {
    for (auto it = contexts_.begin(); it != contexts_.end();) {
        if (!which(it->first)) {
            ++it;
            continue;
        }
        auto [key, context] = *it;
        contexts_.erase(it);
        if (Callout* c = registered(key.callout))
            if (c->functions.flowDeleteFn)
                c->functions.flowDeleteFn(key.layer, key.callout, context);
        it = contexts_.upper_bound(key);
    }
}

// ---- Flow contexts ----------------------------------------------------------------------------

NTSTATUS FilterEngine::associate_context(UINT64 flow, UINT16 layer, UINT32 callout_id,
                                         UINT64 context) {
    std::lock_guard lock(mutex_);
    const LayerInfo* info = find_layer(layer);
    if (!flows_.count(flow) || !info || !info->has_flow) return STATUS_INVALID_PARAMETER;
    Callout* callout = registered(callout_id);
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
    FlowContextKey key{flow, layer, callout_id};
    if (!contexts_.count(key)) return STATUS_NOT_FOUND;
    delete_contexts([&](const FlowContextKey& k) { return k == key; });
    return STATUS_SUCCESS;
}

void FilterEngine::end_flow(UINT64 flow) {
    std::lock_guard lock(mutex_);
    flows_.erase(flow);
    delete_contexts([&](const FlowContextKey& k) { return k.flow == flow; });
}

// ---- Sessions and transactions (FWPM) ----------------------------------------------------------

NTSTATUS FilterEngine::open_session(const FWPM_SESSION0* session, HANDLE* handle) {
    std::lock_guard lock(mutex_);
    if (!handle) return STATUS_FWP_NULL_POINTER;
    auto s = std::make_unique<Session>();
    s->dynamic = session && (session->flags & FWPM_SESSION_FLAG_DYNAMIC) != 0;
    sessions_.push_back(std::move(s));
    *handle = sessions_.back().get();
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::close_session(HANDLE handle) {
    std::lock_guard lock(mutex_);
    Session* session = session_of(handle);
    if (!session) return STATUS_INVALID_HANDLE;
    if (session->in_transaction) abort_transaction(handle);
    for (auto it = filters_.begin(); it != filters_.end();) {
        if ((*it)->session != session) {
            ++it;
            continue;
        }
        if (session->dynamic) {
            erase_filter(it, nullptr);
            it = filters_.begin();  // the notification may have changed the list
        } else {
            (*it)->session = nullptr;  // persistent: outlives the session
            ++it;
        }
    }
    auto release = [&](auto& objects) {
        for (auto it = objects.begin(); it != objects.end();) {
            if (it->second.session != session) {
                ++it;
            } else if (session->dynamic) {
                it = objects.erase(it);
            } else {
                it->second.session = nullptr;
                ++it;
            }
        }
    };
    release(callout_objects_);
    release(sublayers_);
    release(providers_);
    std::erase_if(sessions_, [&](auto& s) { return s.get() == session; });
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::begin_transaction(HANDLE handle, UINT32 flags) {
    std::lock_guard lock(mutex_);
    Session* session = session_of(handle);
    if (!session) return STATUS_INVALID_HANDLE;
    if (flags & ~static_cast<UINT32>(FWPM_TXN_READ_ONLY)) return STATUS_FWP_INVALID_FLAGS;
    if (session->in_transaction) return STATUS_FWP_TXN_IN_PROGRESS;
    session->in_transaction = true;
    session->read_only = (flags & FWPM_TXN_READ_ONLY) != 0;
    session->undo.clear();
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::commit_transaction(HANDLE handle) {
    std::lock_guard lock(mutex_);
    Session* session = session_of(handle);
    if (!session) return STATUS_INVALID_HANDLE;
    if (!session->in_transaction) return STATUS_FWP_NO_TXN_IN_PROGRESS;
    session->in_transaction = false;
    session->undo.clear();
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::abort_transaction(HANDLE handle) {
    std::lock_guard lock(mutex_);
    Session* session = session_of(handle);
    if (!session) return STATUS_INVALID_HANDLE;
    if (!session->in_transaction) return STATUS_FWP_NO_TXN_IN_PROGRESS;
    // Undone newest first, outside the transaction: undoing records nothing.
    session->in_transaction = false;
    auto undo = std::move(session->undo);
    session->undo.clear();
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) (*it)();
    return STATUS_SUCCESS;
}

// The session a change is made in, or the reason it cannot be.
#define WRITABLE_SESSION(handle, session)       \
    Session* session = session_of(handle);      \
    if (!session) return STATUS_INVALID_HANDLE; \
    if (session->in_transaction && session->read_only) return STATUS_FWP_INCOMPATIBLE_TXN

// ---- Providers and sublayers -------------------------------------------------------------------

NTSTATUS FilterEngine::add_provider(HANDLE handle, const FWPM_PROVIDER0* provider) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    if (!provider) return STATUS_FWP_NULL_POINTER;
    GuidKey key = key_of(provider->providerKey);
    if (!providers_.try_emplace(key, Provider{session}).second) return STATUS_FWP_ALREADY_EXISTS;
    on_undo(session, [this, key] { providers_.erase(key); });
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::delete_provider(HANDLE handle, const GUID& guid) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    auto it = providers_.find(key_of(guid));
    if (it == providers_.end()) return STATUS_FWP_PROVIDER_NOT_FOUND;
    if (provider_in_use(it->first)) return STATUS_FWP_IN_USE;
    auto saved = *it;
    providers_.erase(it);
    on_undo(session, [this, saved] { providers_.insert(saved); });
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::add_sublayer(HANDLE handle, const FWPM_SUBLAYER0* sublayer) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    if (!sublayer) return STATUS_FWP_NULL_POINTER;
    GuidKey key = key_of(sublayer->subLayerKey);
    auto provider = provider_of(sublayer->providerKey);
    if (provider && !providers_.count(*provider)) return STATUS_FWP_PROVIDER_NOT_FOUND;
    if (key == key_of(FWPM_SUBLAYER_UNIVERSAL) ||
        !sublayers_.try_emplace(key, SubLayer{sublayer->weight, session, provider}).second)
        return STATUS_FWP_ALREADY_EXISTS;
    on_undo(session, [this, key] { sublayers_.erase(key); });
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::delete_sublayer(HANDLE handle, const GUID& guid) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    GuidKey key = key_of(guid);
    if (key == key_of(FWPM_SUBLAYER_UNIVERSAL)) return STATUS_FWP_BUILTIN_OBJECT;
    auto it = sublayers_.find(key);
    if (it == sublayers_.end()) return STATUS_FWP_SUBLAYER_NOT_FOUND;
    if (std::any_of(filters_.begin(), filters_.end(), [&](auto& f) { return f->sublayer == key; }))
        return STATUS_FWP_IN_USE;
    auto saved = *it;
    sublayers_.erase(it);
    on_undo(session, [this, saved] { sublayers_.insert(saved); });
    return STATUS_SUCCESS;
}

// ---- Callout objects ---------------------------------------------------------------------------

NTSTATUS FilterEngine::add_callout(HANDLE handle, const FWPM_CALLOUT0* callout, UINT32* id) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    if (!callout) return STATUS_FWP_NULL_POINTER;
    const LayerInfo* layer = find_layer(callout->applicableLayer);
    if (!layer) return STATUS_FWP_LAYER_NOT_FOUND;
    auto provider = provider_of(callout->providerKey);
    if (provider && !providers_.count(*provider)) return STATUS_FWP_PROVIDER_NOT_FOUND;
    GuidKey key = key_of(callout->calloutKey);
    CalloutObject object{layer->id, session, provider, callout->flags, {}, {}};
    if (callout->displayData.name) object.name = callout->displayData.name;
    if (callout->displayData.description) object.description = callout->displayData.description;
    if (!callout_objects_.try_emplace(key, std::move(object)).second)
        return STATUS_FWP_ALREADY_EXISTS;
    if (id) *id = callout_id_for(key);
    on_undo(session, [this, key] { callout_objects_.erase(key); });
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::delete_callout(HANDLE handle, const GUID& guid) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    auto it = callout_objects_.find(key_of(guid));
    if (it == callout_objects_.end()) return STATUS_FWP_CALLOUT_NOT_FOUND;
    if (referenced_by_filter(it->first)) return STATUS_FWP_IN_USE;
    auto saved = *it;
    callout_objects_.erase(it);
    on_undo(session, [this, saved] { callout_objects_.insert(saved); });
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::delete_callout(HANDLE handle, UINT32 id) {
    std::lock_guard lock(mutex_);
    for (auto& [key, object] : callout_objects_) {
        auto known = callout_ids_.find(key);
        if (known != callout_ids_.end() && known->second == id) {
            GUID guid;
            std::memcpy(&guid, key.data(), sizeof guid);
            return delete_callout(handle, guid);
        }
    }
    return session_of(handle) ? STATUS_FWP_CALLOUT_NOT_FOUND : STATUS_INVALID_HANDLE;
}

NTSTATUS FilterEngine::get_callout(HANDLE handle, const GUID* key, UINT32 id, FWPM_CALLOUT0** out) {
    std::lock_guard lock(mutex_);
    if (!session_of(handle)) return STATUS_INVALID_HANDLE;
    if (!out) return STATUS_FWP_NULL_POINTER;
    for (auto& [k, object] : callout_objects_) {
        UINT32 object_id = callout_id_for(k);
        if (key ? k != key_of(*key) : object_id != id) continue;
        // One allocation: the structure, then its strings.
        std::size_t strings =
            (object.name.size() + object.description.size() + 2) * sizeof(wchar_t);
        auto* block = static_cast<unsigned char*>(std::calloc(1, sizeof(FWPM_CALLOUT0) + strings));
        if (!block) return STATUS_INSUFFICIENT_RESOURCES;
        auto* callout = reinterpret_cast<FWPM_CALLOUT0*>(block);
        auto* name = reinterpret_cast<wchar_t*>(block + sizeof(FWPM_CALLOUT0));
        auto* description = name + object.name.size() + 1;
        std::wmemcpy(name, object.name.c_str(), object.name.size() + 1);
        std::wmemcpy(description, object.description.c_str(), object.description.size() + 1);
        std::memcpy(&callout->calloutKey, k.data(), sizeof(GUID));
        callout->displayData.name = name;
        callout->displayData.description = description;
        callout->flags = object.flags | (registered(k) ? FWPM_CALLOUT_FLAG_REGISTERED : 0);
        const LayerInfo* layer = find_layer(object.layer);
        callout->applicableLayer = *layer->key;
        callout->calloutId = object_id;
        *out = callout;
        return STATUS_SUCCESS;
    }
    return STATUS_FWP_CALLOUT_NOT_FOUND;
}

// ---- Filters -----------------------------------------------------------------------------------

NTSTATUS FilterEngine::add_filter(HANDLE handle, const FWPM_FILTER0* filter, UINT64* id) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    if (!filter) return STATUS_FWP_NULL_POINTER;
    auto f = std::make_shared<Filter>();
    f->layer = find_layer(filter->layerKey);
    if (!f->layer) return STATUS_FWP_LAYER_NOT_FOUND;
    f->id = next_filter_id_;
    f->key = filter->filterKey;
    if (key_of(f->key) == zero_key) {
        // The engine names a filter that came without a key.
        f->key.Data1 = 0x77707074;  // "wppt"
        std::memcpy(f->key.Data4, &f->id, sizeof f->id);
    }
    for (auto& other : filters_)
        if (key_of(other->key) == key_of(f->key)) return STATUS_FWP_ALREADY_EXISTS;
    f->provider = provider_of(filter->providerKey);
    if (f->provider && !providers_.count(*f->provider)) return STATUS_FWP_PROVIDER_NOT_FOUND;
    f->sublayer = key_of(filter->subLayerKey);
    if (f->sublayer == zero_key) f->sublayer = key_of(FWPM_SUBLAYER_UNIVERSAL);
    UINT16 sublayer_weight = universal_weight;
    if (f->sublayer != key_of(FWPM_SUBLAYER_UNIVERSAL)) {
        auto s = sublayers_.find(f->sublayer);
        if (s == sublayers_.end()) return STATUS_FWP_SUBLAYER_NOT_FOUND;
        sublayer_weight = s->second.weight;
    }

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
    f->sublayer_weight = sublayer_weight;
    f->flags = filter->flags;
    f->view.filterId = f->id;
    f->view.weight.type = FWP_UINT64;
    f->view.weight.uint64 = &f->weight_value;
    f->view.subLayerWeight = sublayer_weight;
    if (filter->flags & FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT)
        f->view.flags |= FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT;
    if (filter->flags & FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED)
        f->view.flags |= FWPS_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED;
    f->view.numFilterConditions = static_cast<UINT32>(f->conditions.size());
    f->view.filterCondition = f->conditions.empty() ? nullptr : f->conditions.data();
    f->view.action.type = f->action;
    f->view.context = filter->rawContext;
    if (is_callout_action(f->action)) {
        f->view.action.calloutId = callout_id_for(f->callout_key);
        // The callout may refuse the filter: then it is not added.
        if (Callout* c = registered(f->callout_key)) {
            NTSTATUS status = STATUS_SUCCESS;
            if (c->version == 0)
                status = function_cast<FWPS_CALLOUT_NOTIFY_FN0_PTR>(c->functions.notifyFn)(
                    FWPS_CALLOUT_NOTIFY_ADD_FILTER, &f->key,
                    reinterpret_cast<FWPS_FILTER0*>(&f->view));
            else
                status = c->functions.notifyFn(FWPS_CALLOUT_NOTIFY_ADD_FILTER, &f->key, &f->view);
            if (!NT_SUCCESS(status)) return status;
        }
    }
    ++next_filter_id_;
    if (id) *id = f->id;
    UINT64 added = f->id;
    filters_.push_back(std::move(f));
    on_undo(session, [this, added] {
        auto it =
            std::find_if(filters_.begin(), filters_.end(), [&](auto& x) { return x->id == added; });
        if (it != filters_.end()) erase_filter(it, nullptr);
    });
    return STATUS_SUCCESS;
}

void FilterEngine::erase_filter(std::vector<std::shared_ptr<Filter>>::iterator it,
                                Session* undo_in) {
    std::shared_ptr<Filter> f = *it;
    filters_.erase(it);
    if (is_callout_action(f->action))
        if (Callout* c = registered(f->callout_key))
            notify(*c, FWPS_CALLOUT_NOTIFY_DELETE_FILTER, nullptr, *f);
    on_undo(undo_in, [this, f] { insert_filter(f); });
}

// Back where it was (ids grow in the order filters were added); its callout is told again.
void FilterEngine::insert_filter(std::shared_ptr<Filter> f) {
    auto at =
        std::find_if(filters_.begin(), filters_.end(), [&](auto& x) { return x->id > f->id; });
    Filter& filter = **filters_.insert(at, f);
    if (is_callout_action(filter.action))
        if (Callout* c = registered(filter.callout_key))
            notify(*c, FWPS_CALLOUT_NOTIFY_ADD_FILTER, &filter.key, filter);
}

NTSTATUS FilterEngine::delete_filter(HANDLE handle, UINT64 id) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    auto it = std::find_if(filters_.begin(), filters_.end(), [&](auto& f) { return f->id == id; });
    if (it == filters_.end()) return STATUS_FWP_FILTER_NOT_FOUND;
    erase_filter(it, session);
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::delete_filter(HANDLE handle, const GUID& key) {
    std::lock_guard lock(mutex_);
    WRITABLE_SESSION(handle, session);
    auto it = std::find_if(filters_.begin(), filters_.end(),
                           [&](auto& f) { return key_of(f->key) == key_of(key); });
    if (it == filters_.end()) return STATUS_FWP_FILTER_NOT_FOUND;
    erase_filter(it, session);
    return STATUS_SUCCESS;
}

// ---- Classification ----------------------------------------------------------------------------

// Sublayers by weight, highest first; in each, filters by weight, equal weights in the order
// they were added.
std::vector<std::shared_ptr<FilterEngine::Filter>> FilterEngine::ordered_filters(
    const LayerInfo* layer) {
    std::vector<std::shared_ptr<Filter>> order;
    for (auto& f : filters_)
        if (f->layer == layer) order.push_back(f);
    std::stable_sort(order.begin(), order.end(), [](auto& a, auto& b) {
        if (a->sublayer_weight != b->sublayer_weight)
            return a->sublayer_weight > b->sublayer_weight;
        if (a->sublayer != b->sublayer) return a->sublayer < b->sublayer;
        return a->weight > b->weight;
    });
    return order;
}

void FilterEngine::call_classify(Callout& c, const FWPS_INCOMING_VALUES0& values,
                                 const FWPS_INCOMING_METADATA_VALUES0& meta, void* layer_data,
                                 PendingCall& call, Filter& f, UINT64 flow_context,
                                 FWPS_CLASSIFY_OUT0& out) {
    ++classify_depth_;
    if (c.version == 0)
        function_cast<FWPS_CALLOUT_CLASSIFY_FN0_PTR>(c.functions.classifyFn)(
            &values, &meta, layer_data, reinterpret_cast<FWPS_FILTER0*>(&f.view), flow_context,
            &out);
    else
        c.functions.classifyFn(&values, &meta, layer_data, &call, &f.view, flow_context, &out);
    --classify_depth_;
}

ClassifyResult FilterEngine::classify(Classification& c, UINT64 flow) {
    std::unique_lock lock(mutex_);
    FWPS_INCOMING_VALUES0 values{c.layer->id, static_cast<UINT32>(c.values.size()),
                                 c.values.data()};
    std::optional<ClassifyResult> permitted;  // a permit a later sublayer may still overturn
    const GuidKey* sublayer = nullptr;
    bool sublayer_decided = false;
    for (const std::shared_ptr<Filter>& f : ordered_filters(c.layer)) {
        if (!sublayer || *sublayer != f->sublayer) {
            sublayer = &f->sublayer;
            sublayer_decided = false;
        }
        if (sublayer_decided || !matches(f->conditions, values)) continue;
        bool hard = (f->flags & FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT) != 0;
        FWP_ACTION_TYPE decision = FWP_ACTION_CONTINUE;
        if (f->action == FWP_ACTION_PERMIT || f->action == FWP_ACTION_BLOCK) {
            decision = f->action;
        } else if (Callout* callout = registered(f->callout_key); !callout) {
            // A terminating filter whose callout is not registered blocks, as in WFP (or
            // permits, if the filter says so).
            if (f->action == FWP_ACTION_CALLOUT_TERMINATING)
                decision = (f->flags & FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED)
                               ? FWP_ACTION_PERMIT
                               : FWP_ACTION_BLOCK;
        } else {
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
            auto call = std::make_shared<PendingCall>();
            call->layer = c.layer;
            active_calls_[call.get()] = call;
            // Kept: the callout may unregister itself in classifyFn.
            auto classify_fn = reinterpret_cast<const void*>(callout->functions.classifyFn);
            call_classify(*callout, values, c.metadata, nullptr, *call, *f, context, out);
            active_calls_.erase(call.get());
            if (call->pended) {
                // The callout answers later, from another thread: the connection waits.
                if (!pend_done_.wait_for(lock, std::chrono::seconds(10),
                                         [&] { return call->completed; })) {
                    report_misuse(classify_fn,
                                  "a classification pended with FwpsPendClassify0 was not "
                                  "completed (FwpsCompleteClassify0) within 10 s: blocked");
                    out.actionType = FWP_ACTION_BLOCK;
                } else {
                    out = call->final;
                }
            }
            if (f->action == FWP_ACTION_CALLOUT_INSPECTION) continue;
            if ((out.flags & FWPS_CLASSIFY_OUT_FLAG_ABSORB) || out.actionType == FWP_ACTION_BLOCK)
                decision = FWP_ACTION_BLOCK;
            else if (out.actionType == FWP_ACTION_PERMIT)
                decision = FWP_ACTION_PERMIT;
            hard = hard || !(out.rights & FWPS_RIGHT_ACTION_WRITE);
        }
        if (decision == FWP_ACTION_CONTINUE) continue;
        sublayer_decided = true;
        if (decision == FWP_ACTION_BLOCK) return {FWP_ACTION_BLOCK, f->id};
        if (hard) return {FWP_ACTION_PERMIT, f->id};
        if (!permitted) permitted = ClassifyResult{FWP_ACTION_PERMIT, f->id};
    }
    return permitted.value_or(ClassifyResult{});  // no filter decided: permitted
}

// ---- Asynchronous classification ---------------------------------------------------------------

NTSTATUS FilterEngine::acquire_classify_handle(void* classify_context, UINT64* handle) {
    std::lock_guard lock(mutex_);
    if (!handle) return STATUS_FWP_NULL_POINTER;
    auto it = active_calls_.find(static_cast<PendingCall*>(classify_context));
    if (it == active_calls_.end()) return STATUS_INVALID_PARAMETER;
    UINT64 value = reinterpret_cast<UINT64>(it->first);
    classify_handles_[value] = it->second;
    *handle = value;
    return STATUS_SUCCESS;
}

void FilterEngine::release_classify_handle(const void* caller, UINT64 handle) {
    std::lock_guard lock(mutex_);
    auto it = classify_handles_.find(handle);
    if (it == classify_handles_.end())
        return report_misuse(caller, "FwpsReleaseClassifyHandle0 of a handle not acquired");
    if (it->second->pended && !it->second->completed)
        report_misuse(caller,
                      "FwpsReleaseClassifyHandle0 of a pended classification before "
                      "FwpsCompleteClassify0");
    classify_handles_.erase(it);
}

NTSTATUS FilterEngine::pend_classify(const void* caller, UINT64 handle, FWPS_CLASSIFY_OUT0* out) {
    std::lock_guard lock(mutex_);
    auto it = classify_handles_.find(handle);
    if (it == classify_handles_.end() || !out) return STATUS_INVALID_PARAMETER;
    PendingCall& call = *it->second;
    if (!active_calls_.count(&call)) {
        report_misuse(caller, "FwpsPendClassify0 outside the classifyFn of its handle");
        return STATUS_INVALID_PARAMETER;
    }
    // Only the ALE authorization layers wait for a verdict.
    if (call.layer->has_flow || call.layer->stream) return STATUS_FWP_CANNOT_PEND;
    call.pended = true;
    return STATUS_SUCCESS;
}

void FilterEngine::complete_classify(const void* caller, UINT64 handle,
                                     const FWPS_CLASSIFY_OUT0* out) {
    std::lock_guard lock(mutex_);
    auto it = classify_handles_.find(handle);
    if (it == classify_handles_.end() || !it->second->pended || it->second->completed || !out)
        return report_misuse(caller, "FwpsCompleteClassify0 of a classification not pended");
    it->second->final = *out;
    it->second->completed = true;
    pend_done_.notify_all();
}

}  // namespace wpptrace::wfp
