// stream_engine.cpp - the engine's flows at the stream layer: data indicated to the callouts
// as NET_BUFFER_LISTs, their verdicts (permit, absorb, need more data, defer, drop), stream
// injection and its completions, clones and the lists callouts allocate.
#include <algorithm>
#include <cstring>

#include "engine_parts.hpp"
#include "wpptrace/wfp/host_hooks.hpp"

namespace wpptrace::wfp {

namespace {
constexpr int send_side = 0, receive_side = 1;

const void* code_of(FWPS_CALLOUT_CLASSIFY_FN3_PTR fn) {
    return reinterpret_cast<const void*>(fn);
}
}  // namespace

// ---- Net buffer lists ----------------------------------------------------------------------

FilterEngine::Buffer& FilterEngine::new_buffer(std::vector<unsigned char> bytes) {
    auto b = std::make_unique<Buffer>();
    b->bytes = std::move(bytes);
    b->nbs.resize(1);
    b->mdl.MappedSystemVa = b->mdl.StartVa = b->bytes.data();
    b->mdl.ByteCount = static_cast<ULONG>(b->bytes.size());
    b->mdl.MdlFlags = MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL;
    b->nbs[0].MdlChain = b->nbs[0].CurrentMdl = &b->mdl;
    b->nbs[0].DataLength = static_cast<ULONG>(b->bytes.size());
    b->nbl.FirstNetBuffer = &b->nbs[0];
    Buffer& out = *b;
    buffers_[&out.nbl] = std::move(b);
    return out;
}

// The data of a list chain, from skip bytes in, at most limit bytes.
std::vector<unsigned char> FilterEngine::gather(const NET_BUFFER_LIST* chain, SIZE_T skip,
                                                SIZE_T limit) {
    std::vector<unsigned char> out;
    for (const NET_BUFFER_LIST* nbl = chain; nbl && out.size() < limit; nbl = nbl->Next)
        for (const NET_BUFFER* nb = nbl->FirstNetBuffer; nb && out.size() < limit; nb = nb->Next) {
            const MDL* mdl = nb->CurrentMdl;
            SIZE_T offset = nb->CurrentMdlOffset, remaining = nb->DataLength;
            for (; mdl && remaining && out.size() < limit; mdl = mdl->Next, offset = 0) {
                const auto* base = static_cast<const unsigned char*>(
                    mdl->MappedSystemVa ? mdl->MappedSystemVa
                                        : static_cast<char*>(mdl->StartVa) + mdl->ByteOffset);
                SIZE_T available = mdl->ByteCount > offset ? mdl->ByteCount - offset : 0;
                SIZE_T take = std::min(available, remaining);
                remaining -= take;
                const unsigned char* p = base + offset;
                if (skip >= take) {
                    skip -= take;
                    continue;
                }
                p += skip;
                take -= skip;
                skip = 0;
                take = std::min(take, limit - out.size());
                out.insert(out.end(), p, p + take);
            }
        }
    return out;
}

NTSTATUS FilterEngine::clone_stream_data(const FWPS_STREAM_DATA0* data, NET_BUFFER_LIST** out) {
    std::lock_guard lock(mutex_);
    if (!data || !out) return STATUS_FWP_NULL_POINTER;
    Buffer& b = new_buffer(
        gather(data->netBufferListChain, data->dataOffset.streamDataOffset, data->dataLength));
    b.kind = Buffer::Kind::stream_clone;
    *out = &b.nbl;
    return STATUS_SUCCESS;
}

void FilterEngine::discard_cloned(const void* caller, NET_BUFFER_LIST* chain) {
    std::lock_guard lock(mutex_);
    while (chain) {
        NET_BUFFER_LIST* next = chain->Next;
        auto it = buffers_.find(chain);
        if (it == buffers_.end() || it->second->kind != Buffer::Kind::stream_clone)
            return report_misuse(caller,
                                 "FwpsDiscardClonedStreamData0 of a list that "
                                 "FwpsCloneStreamData0 did not make (or discarded twice)");
        if (it->second->references > 0)
            it->second->released = true;
        else
            buffers_.erase(it);
        chain = next;
    }
}

NTSTATUS FilterEngine::allocate_nbl(MDL* chain, ULONG offset, SIZE_T length,
                                    NET_BUFFER_LIST** out) {
    std::lock_guard lock(mutex_);
    if (!out) return STATUS_FWP_NULL_POINTER;
    SIZE_T total = 0;
    for (MDL* m = chain; m; m = m->Next) total += m->ByteCount;
    if (offset + length > total) return STATUS_INVALID_PARAMETER;
    Buffer& b = new_buffer({});
    b.kind = Buffer::Kind::allocated;
    NET_BUFFER& nb = b.nbs[0];
    nb.MdlChain = chain;
    nb.DataOffset = offset;
    nb.DataLength = static_cast<ULONG>(length);
    nb.CurrentMdl = chain;
    nb.CurrentMdlOffset = offset;
    while (nb.CurrentMdl && nb.CurrentMdlOffset >= nb.CurrentMdl->ByteCount &&
           nb.CurrentMdl->Next) {
        nb.CurrentMdlOffset -= nb.CurrentMdl->ByteCount;
        nb.CurrentMdl = nb.CurrentMdl->Next;
    }
    *out = &b.nbl;
    return STATUS_SUCCESS;
}

void FilterEngine::free_nbl(const void* caller, NET_BUFFER_LIST* nbl) {
    std::lock_guard lock(mutex_);
    auto it = buffers_.find(nbl);
    if (it == buffers_.end() || it->second->kind != Buffer::Kind::allocated)
        return report_misuse(caller,
                             "FwpsFreeNetBufferList0 of a list that "
                             "FwpsAllocateNetBufferAndNetBufferList0 did not make");
    buffers_.erase(it);
}

NTSTATUS FilterEngine::clone_nbl(NET_BUFFER_LIST* original, NET_BUFFER_LIST** out) {
    std::lock_guard lock(mutex_);
    if (!original || !out) return STATUS_FWP_NULL_POINTER;
    Buffer& b = new_buffer({});
    b.kind = Buffer::Kind::clone;
    b.nbs.clear();
    for (NET_BUFFER* nb = original->FirstNetBuffer; nb; nb = nb->Next) b.nbs.push_back(*nb);
    for (std::size_t i = 0; i < b.nbs.size(); ++i)
        b.nbs[i].Next = i + 1 < b.nbs.size() ? &b.nbs[i + 1] : nullptr;
    b.nbl.FirstNetBuffer = b.nbs.empty() ? nullptr : &b.nbs[0];
    b.nbl.ParentNetBufferList = original;
    // The clone shares the original's data: the original stays until the clone is freed.
    if (auto parent = buffers_.find(original); parent != buffers_.end())
        ++parent->second->references;
    *out = &b.nbl;
    return STATUS_SUCCESS;
}

void FilterEngine::free_clone_nbl(const void* caller, NET_BUFFER_LIST* nbl) {
    std::lock_guard lock(mutex_);
    auto it = buffers_.find(nbl);
    if (it == buffers_.end() || it->second->kind != Buffer::Kind::clone)
        return report_misuse(caller,
                             "FwpsFreeCloneNetBufferList0 of a list that "
                             "FwpsAllocateCloneNetBufferList0 did not make");
    NET_BUFFER_LIST* parent = nbl->ParentNetBufferList;
    buffers_.erase(it);
    reference_nbl(caller, parent, -1);
}

void FilterEngine::reference_nbl(const void* caller, NET_BUFFER_LIST* nbl, int delta) {
    std::lock_guard lock(mutex_);
    auto it = buffers_.find(nbl);
    if (it == buffers_.end()) return;  // the callout's own list: nothing the engine keeps
    Buffer& b = *it->second;
    if (b.references + delta < 0)
        return report_misuse(caller, "FwpsDereferenceNetBufferList0 without a reference");
    b.references += delta;
    if (b.references == 0 && b.released) buffers_.erase(it);
}

// ---- Injection handles ---------------------------------------------------------------------

NTSTATUS FilterEngine::create_injection_handle(ADDRESS_FAMILY family, UINT32 flags,
                                               HANDLE* handle) {
    std::lock_guard lock(mutex_);
    if (!handle) return STATUS_FWP_NULL_POINTER;
    if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6)
        return STATUS_INVALID_PARAMETER;
    constexpr UINT32 known = FWPS_INJECTION_TYPE_STREAM | FWPS_INJECTION_TYPE_TRANSPORT |
                             FWPS_INJECTION_TYPE_NETWORK | FWPS_INJECTION_TYPE_FORWARD |
                             FWPS_INJECTION_TYPE_L2;
    if (flags & ~known) return STATUS_FWP_INVALID_FLAGS;
    auto h = std::make_unique<InjectionHandle>(InjectionHandle{family, flags ? flags : known});
    *handle = h.get();
    injection_handles_[h.get()] = std::move(h);
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::destroy_injection_handle(HANDLE handle) {
    std::lock_guard lock(mutex_);
    return injection_handles_.erase(handle) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

bool FilterEngine::valid_injection_handle(HANDLE handle, UINT32 type) {
    std::lock_guard lock(mutex_);
    auto it = injection_handles_.find(handle);
    return it != injection_handles_.end() && (it->second->types & type);
}

FWPS_PACKET_INJECTION_STATE FilterEngine::injection_state(HANDLE handle, const NET_BUFFER_LIST* nbl,
                                                          HANDLE* context) {
    std::lock_guard lock(mutex_);
    auto it = buffers_.find(nbl);
    if (it == buffers_.end() || !it->second->injected_by) return FWPS_PACKET_NOT_INJECTED;
    if (context) *context = it->second->injection_context;
    return it->second->injected_by == handle ? FWPS_PACKET_INJECTED_BY_SELF
                                             : FWPS_PACKET_INJECTED_BY_OTHER;
}

void FilterEngine::run_completions() {
    while (!completions_.empty()) {
        auto done = std::move(completions_);
        completions_.clear();
        for (auto& c : done) {
            c.nbl->Status = NDIS_STATUS_SUCCESS;
            c.function(c.context, c.nbl, FALSE);
        }
    }
}

NTSTATUS FilterEngine::stream_inject(const void* caller, HANDLE handle, HANDLE context,
                                     UINT64 flow_id, UINT32 callout_id, UINT16 layer,
                                     UINT32 stream_flags, NET_BUFFER_LIST* nbl, SIZE_T length,
                                     FWPS_INJECT_COMPLETE0 completion, HANDLE completion_context) {
    std::lock_guard lock(mutex_);
    auto h = injection_handles_.find(handle);
    if (h == injection_handles_.end()) return STATUS_INVALID_HANDLE;
    if (!(h->second->types & FWPS_INJECTION_TYPE_STREAM)) return STATUS_INVALID_PARAMETER;
    const LayerInfo* info = find_layer(layer);
    if (!info || !info->stream) return STATUS_FWP_INCOMPATIBLE_LAYER;
    if (!registered(callout_id)) return STATUS_FWP_CALLOUT_NOT_FOUND;
    auto f = flows_.find(flow_id);
    if (f == flows_.end() || f->second->reset) return STATUS_INVALID_PARAMETER;
    if (!nbl || !completion) return STATUS_FWP_NULL_POINTER;
    bool send = (stream_flags & FWPS_STREAM_FLAG_SEND) != 0;
    if (send == ((stream_flags & FWPS_STREAM_FLAG_RECEIVE) != 0)) {
        report_misuse(caller,
                      "FwpsStreamInjectAsync0 needs FWPS_STREAM_FLAG_SEND or "
                      "FWPS_STREAM_FLAG_RECEIVE (one of them)");
        return STATUS_INVALID_PARAMETER;
    }
    std::vector<unsigned char> bytes = gather(nbl, 0, length);
    if (bytes.size() < length) return STATUS_INVALID_PARAMETER;
    StreamResult& r = f->second->result;
    (send ? r.delivered_sent : r.delivered_received).append(bytes.begin(), bytes.end());
    if (auto b = buffers_.find(nbl); b != buffers_.end()) {
        b->second->injected_by = handle;
        b->second->injection_context = context;
    }
    completions_.push_back({completion, completion_context, nbl});
    // Inside classifyFn the completion waits for the callout to return, as the list is in use.
    if (classify_depth_ == 0) run_completions();
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::create_redirect_handle(HANDLE* handle) {
    std::lock_guard lock(mutex_);
    if (!handle) return STATUS_FWP_NULL_POINTER;
    auto h = std::make_unique<char>();
    *handle = h.get();
    redirect_handles_.insert(std::move(h));
    return STATUS_SUCCESS;
}

NTSTATUS FilterEngine::destroy_redirect_handle(HANDLE handle) {
    std::lock_guard lock(mutex_);
    auto it = std::find_if(redirect_handles_.begin(), redirect_handles_.end(),
                           [&](auto& h) { return h.get() == handle; });
    if (it == redirect_handles_.end()) return STATUS_INVALID_PARAMETER;
    redirect_handles_.erase(it);
    return STATUS_SUCCESS;
}

bool FilterEngine::valid_redirect_handle(HANDLE handle) {
    std::lock_guard lock(mutex_);
    return std::any_of(redirect_handles_.begin(), redirect_handles_.end(),
                       [&](auto& h) { return h.get() == handle; });
}

// ---- Flows at the stream layer -------------------------------------------------------------

UINT64 FilterEngine::begin_flow(Classification stream) {
    std::lock_guard lock(mutex_);
    auto flow = std::make_unique<Flow>();
    flow->handle = next_flow_++;
    flow->stream = std::move(stream);
    flow->stream.metadata.currentMetadataValues |= FWPS_METADATA_FIELD_FLOW_HANDLE;
    flow->stream.metadata.flowHandle = flow->handle;
    UINT64 handle = flow->handle;
    flows_[handle] = std::move(flow);
    return handle;
}

NTSTATUS FilterEngine::abort_flow(UINT64 flow) {
    std::lock_guard lock(mutex_);
    auto it = flows_.find(flow);
    if (it == flows_.end()) return STATUS_INVALID_PARAMETER;
    it->second->reset = true;
    return STATUS_SUCCESS;
}

bool FilterEngine::flow_reset(UINT64 flow) {
    std::lock_guard lock(mutex_);
    auto it = flows_.find(flow);
    return it != flows_.end() && it->second->reset;
}

StreamResult FilterEngine::stream_result(UINT64 flow) {
    std::lock_guard lock(mutex_);
    auto it = flows_.find(flow);
    if (it == flows_.end()) return {};
    StreamResult result = it->second->result;
    result.reset = it->second->reset;
    return result;
}

void FilterEngine::indicate_stream(UINT64 flow_id, bool send, const std::string& data) {
    std::lock_guard lock(mutex_);
    auto it = flows_.find(flow_id);
    if (it == flows_.end()) return;
    Flow& flow = *it->second;
    int side = send ? send_side : receive_side;
    (send ? flow.result.sent : flow.result.received) += data;
    flow.seen[side] = true;
    flow.held[side] += data;
    run_stream(flow, send, 0);
}

void FilterEngine::disconnect_stream(UINT64 flow_id) {
    std::lock_guard lock(mutex_);
    auto it = flows_.find(flow_id);
    if (it == flows_.end()) return;
    Flow& flow = *it->second;
    if (flow.seen[send_side]) run_stream(flow, true, FWPS_STREAM_FLAG_SEND_DISCONNECT);
    if (flow.seen[receive_side]) run_stream(flow, false, FWPS_STREAM_FLAG_RECEIVE_DISCONNECT);
}

NTSTATUS FilterEngine::stream_continue(const void* caller, UINT64 flow_id, UINT32 callout_id,
                                       UINT16 layer, UINT32 stream_flags) {
    std::lock_guard lock(mutex_);
    const LayerInfo* info = find_layer(layer);
    if (!info || !info->stream) return STATUS_FWP_INCOMPATIBLE_LAYER;
    if (!registered(callout_id)) return STATUS_FWP_CALLOUT_NOT_FOUND;
    auto it = flows_.find(flow_id);
    if (it == flows_.end()) return STATUS_INVALID_PARAMETER;
    Flow& flow = *it->second;
    bool send = (stream_flags & FWPS_STREAM_FLAG_SEND) != 0;
    int side = send ? send_side : receive_side;
    if (flow.deferred[side].empty()) {
        report_misuse(caller, "FwpsStreamContinue0 on a stream with no deferred data");
        return STATUS_INVALID_PARAMETER;
    }
    flow.held[side] = std::move(flow.deferred[side]) + flow.held[side];
    flow.deferred[side].clear();
    run_stream(flow, send, 0);
    return STATUS_SUCCESS;
}

// The held data of one side through the stream layer's filters, in order; what no filter
// stops reaches the other side.
void FilterEngine::run_stream(Flow& flow, bool send, UINT32 extra_flags) {
    int side = send ? send_side : receive_side;
    std::string& delivered = send ? flow.result.delivered_sent : flow.result.delivered_received;
    if (flow.reset) return;
    std::string data = std::move(flow.held[side]);
    flow.held[side].clear();
    if (data.empty() && !extra_flags) return;
    Classification& c = flow.stream;
    FWPS_INCOMING_VALUES0 values{c.layer->id, static_cast<UINT32>(c.values.size()),
                                 c.values.data()};
    for (const std::shared_ptr<Filter>& f : ordered_filters(c.layer)) {
        if (!matches(f->conditions, values)) continue;
        if (f->action == FWP_ACTION_PERMIT) break;
        if (f->action == FWP_ACTION_BLOCK) {
            flow.reset = true;
            return;
        }
        Callout* callout = registered(f->callout_key);
        if (!callout) {
            if (f->action != FWP_ACTION_CALLOUT_TERMINATING) continue;
            if (f->flags & FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED) break;
            flow.reset = true;
            return;
        }
        UINT64 context = 0;
        auto found = contexts_.find({flow.handle, c.layer->id, callout->id});
        if (found != contexts_.end())
            context = found->second;
        else if (callout->functions.flags & FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW)
            continue;

        Buffer& b = new_buffer(std::vector<unsigned char>(data.begin(), data.end()));
        NET_BUFFER_LIST* nbl = &b.nbl;
        FWPS_STREAM_DATA0 stream{};
        stream.flags = (send ? FWPS_STREAM_FLAG_SEND : FWPS_STREAM_FLAG_RECEIVE) | extra_flags;
        stream.dataOffset = {nbl, &b.nbs[0], &b.mdl, 0, 0, 0};
        stream.dataLength = data.size();
        stream.netBufferListChain = nbl;
        FWPS_STREAM_CALLOUT_IO_PACKET0 io{&stream, 0, 0, 0, FWPS_STREAM_ACTION_NONE};
        FWPS_CLASSIFY_OUT0 out{};
        out.actionType = FWP_ACTION_CONTINUE;
        out.rights = FWPS_RIGHT_ACTION_WRITE;
        out.filterId = f->id;
        auto call = std::make_shared<PendingCall>();
        call->layer = c.layer;
        active_calls_[call.get()] = call;
        const void* classify_fn = code_of(callout->functions.classifyFn);  // may unregister
        call_classify(*callout, values, c.metadata, &io, *call, *f, context, out);
        active_calls_.erase(call.get());
        // The indicated list is the engine's again, unless the callout holds a reference.
        if (auto it = buffers_.find(nbl); it != buffers_.end()) {
            if (it->second->references > 0)
                it->second->released = true;
            else
                buffers_.erase(it);
        }
        run_completions();
        if (flow.reset) return;  // FwpsFlowAbort0 from classifyFn
        switch (io.streamAction) {
            case FWPS_STREAM_ACTION_NEED_MORE_DATA:
                if (extra_flags) break;  // nothing more comes: the data goes on
                flow.held[side] = data + flow.held[side];
                return;
            case FWPS_STREAM_ACTION_DEFER:
                if (send) {
                    report_misuse(classify_fn,
                                  "FWPS_STREAM_ACTION_DEFER on outbound data (inbound only): "
                                  "treated as FWPS_STREAM_ACTION_NEED_MORE_DATA");
                    flow.held[side] = data + flow.held[side];
                } else {
                    flow.deferred[side] += data;
                }
                return;
            case FWPS_STREAM_ACTION_DROP_CONNECTION:
                flow.reset = true;
                return;
            default:
                break;
        }
        if (io.streamAction == FWPS_STREAM_ACTION_NEED_MORE_DATA) break;
        if (out.actionType == FWP_ACTION_BLOCK) {
            // Absorbed: the callout took the data (and may inject its own); else reset.
            if (!(out.flags & FWPS_CLASSIFY_OUT_FLAG_ABSORB)) flow.reset = true;
            return;
        }
        if (out.actionType == FWP_ACTION_PERMIT) {
            if (io.countBytesEnforced && io.countBytesEnforced < data.size()) {
                // Only that much passes; the rest is indicated again with what follows.
                flow.held[side] = data.substr(io.countBytesEnforced) + flow.held[side];
                data.resize(io.countBytesEnforced);
            }
            if (f->action == FWP_ACTION_CALLOUT_TERMINATING) break;
        }
    }
    delivered += data;
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
    if (!injection_handles_.empty())
        out.push_back(std::to_string(injection_handles_.size()) +
                      " WFP injection handle(s) still open after unload "
                      "(FwpsInjectionHandleDestroy0 missing)");
    std::map<Buffer::Kind, int> kept;
    for (auto& [nbl, b] : buffers_) ++kept[b->kind];
    if (kept[Buffer::Kind::stream_clone])
        out.push_back(std::to_string(kept[Buffer::Kind::stream_clone]) +
                      " cloned stream data list(s) never discarded "
                      "(FwpsDiscardClonedStreamData0 missing)");
    if (kept[Buffer::Kind::allocated])
        out.push_back(std::to_string(kept[Buffer::Kind::allocated]) +
                      " net buffer list(s) never freed (FwpsFreeNetBufferList0 missing)");
    if (kept[Buffer::Kind::clone])
        out.push_back(std::to_string(kept[Buffer::Kind::clone]) +
                      " cloned net buffer list(s) never freed (FwpsFreeCloneNetBufferList0 "
                      "missing)");
    if (!redirect_handles_.empty())
        out.push_back(std::to_string(redirect_handles_.size()) +
                      " WFP redirect handle(s) still open after unload "
                      "(FwpsRedirectHandleDestroy0 missing)");
    if (!classify_handles_.empty())
        out.push_back(std::to_string(classify_handles_.size()) +
                      " classify handle(s) never released (FwpsReleaseClassifyHandle0 missing)");
    callouts_.clear();
    sessions_.clear();
    filters_.clear();
    callout_objects_.clear();
    sublayers_.clear();
    providers_.clear();
    contexts_.clear();
    flows_.clear();
    injection_handles_.clear();
    buffers_.clear();
    redirect_handles_.clear();
    classify_handles_.clear();
    return out;
}

}  // namespace wpptrace::wfp
