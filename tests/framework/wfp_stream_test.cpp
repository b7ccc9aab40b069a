// The emulated filter engine's stream layer and asynchronous calls, the test playing a callout
// driver: data as NET_BUFFER_LISTs with the flow context, need-more-data, absorb and inject
// (with completion and injection state), defer and continue, drop and abort, flow contexts
// given back when the flow ends or the callout goes, pended classification, callout version 0,
// and the packet injection the engine cannot do.
#include <fwpmk.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "wpptrace/wfp/flows.hpp"

namespace {

using wpptrace::wfp::FlowSpec;
using wpptrace::wfp::StreamOutcome;
using wpptrace::wfp::Verdict;

GUID guid(unsigned n) {
    return {0x5e7a11ed, 0x3333, 0x4444, {9, 8, 7, 6, 5, 4, 3, static_cast<UCHAR>(n)}};
}
const GUID key_established = guid(1), key_stream = guid(2), key_connect = guid(3);

// What a stream classifyFn got, and what the test's callout answers (set per test).
struct Indication {
    std::string data;
    UINT32 flags;
    UINT64 flow_context;
};
std::vector<Indication> indications;
std::function<void(FWPS_STREAM_CALLOUT_IO_PACKET0*, FWPS_CLASSIFY_OUT0*, UINT64 flow, UINT16 layer)>
    stream_answer;
std::vector<std::pair<UINT16, UINT64>> deleted;  // flowDeleteFn: layer, context
UINT32 stream_id = 0;
bool abort_in_established = false;

std::string copy_of(const FWPS_STREAM_DATA0& data) {
    std::string bytes(data.dataLength, '\0');
    SIZE_T copied = 0;
    FwpsCopyStreamDataToBuffer0(&data, bytes.data(), bytes.size(), &copied);
    bytes.resize(copied);
    return bytes;
}

// Flow established: a context (flow handle + 100) for the stream callout at the stream layer.
void NTAPI classify_established(const FWPS_INCOMING_VALUES0*,
                                const FWPS_INCOMING_METADATA_VALUES0* meta, void*, const void*,
                                const FWPS_FILTER3*, UINT64, FWPS_CLASSIFY_OUT0*) {
    EXPECT_EQ(FwpsFlowAssociateContext0(meta->flowHandle, FWPS_LAYER_STREAM_V4, stream_id,
                                        meta->flowHandle + 100),
              STATUS_SUCCESS);
    if (abort_in_established) {
        EXPECT_EQ(FwpsFlowAbort0(meta->flowHandle), STATUS_SUCCESS);
    }
}

void NTAPI classify_stream(const FWPS_INCOMING_VALUES0* values,
                           const FWPS_INCOMING_METADATA_VALUES0* meta, void* layer_data,
                           const void*, const FWPS_FILTER3*, UINT64 flow_context,
                           FWPS_CLASSIFY_OUT0* out) {
    auto* io = static_cast<FWPS_STREAM_CALLOUT_IO_PACKET0*>(layer_data);
    EXPECT_EQ(values->layerId, FWPS_LAYER_STREAM_V4);
    EXPECT_TRUE(FWPS_IS_METADATA_FIELD_PRESENT(meta, FWPS_METADATA_FIELD_FLOW_HANDLE));
    // The data as NDIS describes it: one list, its buffer's MDL over the bytes.
    NET_BUFFER_LIST* nbl = io->streamData->netBufferListChain;
    EXPECT_EQ(io->streamData->dataOffset.netBufferList, nbl);
    NET_BUFFER* nb = NET_BUFFER_LIST_FIRST_NB(nbl);
    EXPECT_EQ(NET_BUFFER_DATA_LENGTH(nb), io->streamData->dataLength);
    std::string data = copy_of(*io->streamData);
    if (!data.empty()) {
        EXPECT_EQ(std::memcmp(MmGetSystemAddressForMdlSafe(NET_BUFFER_CURRENT_MDL(nb), 0),
                              data.data(), data.size()),
                  0);
    }
    indications.push_back({data, io->streamData->flags, flow_context});
    out->actionType = FWP_ACTION_PERMIT;
    if (stream_answer) stream_answer(io, out, meta->flowHandle, values->layerId);
}

NTSTATUS NTAPI notify(FWPS_CALLOUT_NOTIFY_TYPE, const GUID*, FWPS_FILTER3*) {
    return STATUS_SUCCESS;
}

void NTAPI flow_delete(UINT16 layer, UINT32, UINT64 context) {
    deleted.push_back({layer, context});
}

FlowSpec tcp_flow(std::vector<std::pair<bool, std::string>> data, unsigned remote_port = 80) {
    auto spec = wpptrace::wfp::parse_flows(R"([{"local": "10.0.0.1:50000", "remote": "10.0.0.2:)" +
                                           std::to_string(remote_port) + R"("}])")
                    .at(0);
    spec.data = std::move(data);
    return spec;
}

class WfpStream : public ::testing::Test {
  protected:
    void SetUp() override {
        indications.clear();
        deleted.clear();
        stream_answer = nullptr;
        abort_in_established = false;
        RtlInitUnicodeString(&driver.DriverName, L"\\Driver\\WfpStreamTest");
        device.DriverObject = &driver;
        FWPM_SESSION0 session{};
        session.flags = FWPM_SESSION_FLAG_DYNAMIC;
        ASSERT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
                  STATUS_SUCCESS);
        ASSERT_EQ(FwpsInjectionHandleCreate0(AF_INET, FWPS_INJECTION_TYPE_STREAM, &injection),
                  STATUS_SUCCESS);
    }
    void TearDown() override {
        FwpmEngineClose0(engine);
        for (UINT32 id : ids) FwpsCalloutUnregisterById0(id);
        FwpsInjectionHandleDestroy0(injection);
        auto leftovers = wpptrace::wfp::release_leftovers();
        EXPECT_TRUE(leftovers.empty()) << leftovers.front();
    }

    UINT32 register_callout(const GUID& key, FWPS_CALLOUT_CLASSIFY_FN3_PTR fn, UINT32 flags = 0) {
        FWPS_CALLOUT3 callout{};
        callout.calloutKey = key;
        callout.flags = flags;
        callout.classifyFn = fn;
        callout.notifyFn = notify;
        callout.flowDeleteFn = flow_delete;
        UINT32 id = 0;
        EXPECT_EQ(FwpsCalloutRegister3(&device, &callout, &id), STATUS_SUCCESS);
        ids.push_back(id);
        return id;
    }
    UINT64 add_filter(const GUID& callout_key, const GUID& layer, FWP_ACTION_TYPE action,
                      const GUID* sublayer = nullptr) {
        FWPM_CALLOUT0 callout{};
        callout.calloutKey = callout_key;
        callout.applicableLayer = layer;
        FwpmCalloutAdd0(engine, &callout, nullptr, nullptr);  // once per key
        FWPM_FILTER0 filter{};
        filter.layerKey = layer;
        if (sublayer) filter.subLayerKey = *sublayer;
        filter.action.type = action;
        filter.action.calloutKey = callout_key;
        UINT64 id = 0;
        EXPECT_EQ(FwpmFilterAdd0(engine, &filter, nullptr, &id), STATUS_SUCCESS);
        return id;
    }
    // The flow-established callout giving the stream callout (conditional on it) its context.
    void inspect_streams() {
        register_callout(key_established, classify_established);
        stream_id =
            register_callout(key_stream, classify_stream, FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW);
        add_filter(key_established, FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4,
                   FWP_ACTION_CALLOUT_INSPECTION);
        stream_filter =
            add_filter(key_stream, FWPM_LAYER_STREAM_V4, FWP_ACTION_CALLOUT_TERMINATING);
    }
    StreamOutcome run(std::vector<std::pair<bool, std::string>> data) {
        StreamOutcome outcome;
        EXPECT_EQ(wpptrace::wfp::run_flow(tcp_flow(std::move(data)), &outcome), Verdict::permitted);
        return outcome;
    }

    DRIVER_OBJECT driver{};
    DEVICE_OBJECT device{};
    HANDLE engine = nullptr;
    HANDLE injection = nullptr;
    std::vector<UINT32> ids;
    UINT64 stream_filter = 0;
};

TEST_F(WfpStream, DataReachesTheStreamCalloutWithItsFlowContextWhichGoesWhenTheFlowEnds) {
    inspect_streams();
    StreamOutcome outcome = run({{true, "GET / HTTP/1.1\r\n"}, {false, "HTTP/1.1 200 OK\r\n"}});
    ASSERT_EQ(indications.size(), 4u);  // the data, then each side's disconnect
    EXPECT_EQ(indications[0].data, "GET / HTTP/1.1\r\n");
    EXPECT_EQ(indications[0].flags, static_cast<UINT32>(FWPS_STREAM_FLAG_SEND));
    EXPECT_EQ(indications[1].flags, static_cast<UINT32>(FWPS_STREAM_FLAG_RECEIVE));
    EXPECT_EQ(indications[2].flags,
              static_cast<UINT32>(FWPS_STREAM_FLAG_SEND | FWPS_STREAM_FLAG_SEND_DISCONNECT));
    EXPECT_EQ(indications[3].flags,
              static_cast<UINT32>(FWPS_STREAM_FLAG_RECEIVE | FWPS_STREAM_FLAG_RECEIVE_DISCONNECT));
    EXPECT_TRUE(indications[2].data.empty());
    UINT64 context = indications[0].flow_context;
    EXPECT_GT(context, 100u);
    EXPECT_EQ(outcome.delivered_sent, "GET / HTTP/1.1\r\n");
    EXPECT_EQ(outcome.delivered_received, "HTTP/1.1 200 OK\r\n");
    EXPECT_FALSE(outcome.reset);
    // The flow ended: its context went to flowDeleteFn, once, at the stream layer.
    ASSERT_EQ(deleted.size(), 1u);
    EXPECT_EQ(deleted[0], (std::pair<UINT16, UINT64>{FWPS_LAYER_STREAM_V4, context}));

    // A UDP flow has no stream.
    indications.clear();
    auto udp = wpptrace::wfp::parse_flows(R"([{"protocol": "udp", "local": "10.0.0.1:1",
                                              "remote": "10.0.0.2:53"}])");
    EXPECT_EQ(wpptrace::wfp::run_flow(udp.at(0)), Verdict::permitted);
    EXPECT_TRUE(indications.empty());
}

TEST_F(WfpStream, NeedMoreDataHoldsTheDataUntilTheRestComes) {
    inspect_streams();
    stream_answer = [](FWPS_STREAM_CALLOUT_IO_PACKET0* io, FWPS_CLASSIFY_OUT0* out, UINT64,
                       UINT16) {
        std::string data = copy_of(*io->streamData);
        if (!data.empty() && data.back() != '\n') {
            io->streamAction = FWPS_STREAM_ACTION_NEED_MORE_DATA;
            out->actionType = FWP_ACTION_NONE;
        }
    };
    StreamOutcome outcome = run({{true, "ab"}, {true, "cd"}, {true, "ef\n"}});
    ASSERT_GE(indications.size(), 3u);
    EXPECT_EQ(indications[0].data, "ab");
    EXPECT_EQ(indications[1].data, "abcd");
    EXPECT_EQ(indications[2].data, "abcdef\n");
    EXPECT_EQ(outcome.delivered_sent, "abcdef\n");
}

// The callout's own completion, called by the engine after classifyFn returned.
bool in_classify = false;
std::vector<NTSTATUS> completions;
void NTAPI inject_complete(void* context, NET_BUFFER_LIST* nbl, BOOLEAN) {
    EXPECT_FALSE(in_classify);
    EXPECT_EQ(context, &completions);
    completions.push_back(NET_BUFFER_LIST_STATUS(nbl));
    FwpsDiscardClonedStreamData0(nbl, 0, FALSE);
}

TEST_F(WfpStream, AbsorbedDataIsReplacedByTheInjectedCloneAndTheCompletionComesAfterClassify) {
    inspect_streams();
    completions.clear();
    HANDLE other = nullptr;
    ASSERT_EQ(FwpsInjectionHandleCreate0(AF_UNSPEC, FWPS_INJECTION_TYPE_STREAM, &other),
              STATUS_SUCCESS);
    stream_answer = [&](FWPS_STREAM_CALLOUT_IO_PACKET0* io, FWPS_CLASSIFY_OUT0* out, UINT64 flow,
                        UINT16 layer) {
        if (!(io->streamData->flags & FWPS_STREAM_FLAG_SEND) || !io->streamData->dataLength) return;
        in_classify = true;
        std::size_t completed_before = completions.size();
        NET_BUFFER_LIST* clone = nullptr;
        ASSERT_EQ(FwpsCloneStreamData0(io->streamData, nullptr, nullptr, 0, &clone),
                  STATUS_SUCCESS);
        EXPECT_EQ(FwpsQueryPacketInjectionState0(injection, clone, nullptr),
                  FWPS_PACKET_NOT_INJECTED);
        auto* bytes = static_cast<char*>(MmGetSystemAddressForMdlSafe(
            NET_BUFFER_CURRENT_MDL(NET_BUFFER_LIST_FIRST_NB(clone)), 0));
        bytes[0] = 'X';  // the edit
        ASSERT_EQ(FwpsStreamInjectAsync0(injection, nullptr, 0, flow, stream_id, layer,
                                         FWPS_STREAM_FLAG_SEND, clone, io->streamData->dataLength,
                                         inject_complete, &completions),
                  STATUS_SUCCESS);
        HANDLE context = nullptr;
        EXPECT_EQ(FwpsQueryPacketInjectionState0(injection, clone, &context),
                  FWPS_PACKET_INJECTED_BY_SELF);
        EXPECT_EQ(FwpsQueryPacketInjectionState0(other, clone, &context),
                  FWPS_PACKET_INJECTED_BY_OTHER);
        EXPECT_EQ(completions.size(), completed_before);  // not while classifyFn runs
        out->actionType = FWP_ACTION_BLOCK;
        out->flags |= FWPS_CLASSIFY_OUT_FLAG_ABSORB;
        in_classify = false;
    };
    StreamOutcome outcome = run({{true, "hello\n"}, {true, "world\n"}, {false, "reply\n"}});
    EXPECT_EQ(outcome.sent, "hello\nworld\n");
    EXPECT_EQ(outcome.delivered_sent, "Xello\nXorld\n");
    EXPECT_EQ(outcome.delivered_received, "reply\n");
    EXPECT_EQ(completions, (std::vector<NTSTATUS>{STATUS_SUCCESS, STATUS_SUCCESS}));
    // An unknown injection handle.
    NET_BUFFER_LIST* nbl = nullptr;
    EXPECT_EQ(FwpsStreamInjectAsync0(nullptr, nullptr, 0, 1, stream_id, FWPS_LAYER_STREAM_V4,
                                     FWPS_STREAM_FLAG_SEND, nbl, 0, inject_complete, nullptr),
              STATUS_INVALID_HANDLE);
    EXPECT_EQ(FwpsInjectionHandleDestroy0(other), STATUS_SUCCESS);
}

TEST_F(WfpStream, DeferredInboundDataWaitsForStreamContinue) {
    inspect_streams();
    bool deferred_once = false;
    stream_answer = [&](FWPS_STREAM_CALLOUT_IO_PACKET0* io, FWPS_CLASSIFY_OUT0* out, UINT64 flow,
                        UINT16 layer) {
        std::string data = copy_of(*io->streamData);
        if (data == "first\n" && !deferred_once) {  // inbound: held until the next outbound data
            deferred_once = true;
            io->streamAction = FWPS_STREAM_ACTION_DEFER;
            out->actionType = FWP_ACTION_NONE;
        } else if (data == "go\n") {
            EXPECT_EQ(FwpsStreamContinue0(flow, stream_id, layer, FWPS_STREAM_FLAG_RECEIVE),
                      STATUS_SUCCESS);
        }
    };
    StreamOutcome outcome = run({{false, "first\n"}, {true, "go\n"}});
    std::vector<std::string> order;
    for (auto& i : indications) order.push_back(i.data);
    ASSERT_GE(order.size(), 3u);
    EXPECT_EQ(order[0], "first\n");
    EXPECT_EQ(order[1], "go\n");
    EXPECT_EQ(order[2], "first\n");  // indicated again by FwpsStreamContinue0
    EXPECT_EQ(outcome.delivered_received, "first\n");
    EXPECT_EQ(outcome.delivered_sent, "go\n");
    // Nothing deferred: nothing to continue.
    EXPECT_EQ(FwpsStreamContinue0(12345, stream_id, FWPS_LAYER_STREAM_V4, FWPS_STREAM_FLAG_RECEIVE),
              STATUS_INVALID_PARAMETER);
}

TEST_F(WfpStream, DropConnectionAndFlowAbortResetTheStream) {
    inspect_streams();
    stream_answer = [](FWPS_STREAM_CALLOUT_IO_PACKET0* io, FWPS_CLASSIFY_OUT0* out, UINT64,
                       UINT16) {
        if (copy_of(*io->streamData) == "EVIL\n") {
            io->streamAction = FWPS_STREAM_ACTION_DROP_CONNECTION;
            out->actionType = FWP_ACTION_NONE;
        }
    };
    StreamOutcome outcome = run({{true, "ok\n"}, {false, "EVIL\n"}, {true, "lost\n"}});
    EXPECT_TRUE(outcome.reset);
    EXPECT_EQ(outcome.delivered_sent, "ok\n");
    EXPECT_EQ(outcome.delivered_received, "");
    EXPECT_EQ(indications.size(), 2u);  // nothing after the drop, no disconnect either
    EXPECT_EQ(deleted.size(), 1u);      // the context still goes when the flow ends

    // FwpsFlowAbort0 at flow established: no data is ever indicated.
    indications.clear();
    deleted.clear();
    abort_in_established = true;
    outcome = run({{true, "never\n"}});
    EXPECT_TRUE(outcome.reset);
    EXPECT_TRUE(indications.empty());
    EXPECT_EQ(outcome.delivered_sent, "");
    EXPECT_EQ(deleted.size(), 1u);
}

TEST_F(WfpStream, CountBytesEnforcedPassesPartAndIndicatesTheRestAgain) {
    inspect_streams();
    stream_answer = [](FWPS_STREAM_CALLOUT_IO_PACKET0* io, FWPS_CLASSIFY_OUT0*, UINT64, UINT16) {
        if (io->streamData->dataLength > 4) io->countBytesEnforced = 4;
    };
    StreamOutcome outcome = run({{true, "abcdefgh"}});
    ASSERT_GE(indications.size(), 2u);
    EXPECT_EQ(indications[0].data, "abcdefgh");
    EXPECT_EQ(indications[1].data, "efgh");  // with the disconnect
    EXPECT_EQ(outcome.delivered_sent, "abcdefgh");
}

TEST_F(WfpStream, AFlowContextGoesToFlowDeleteFnWhenItsCalloutUnregisters) {
    inspect_streams();
    // The callout's driver goes away in the middle of a flow: filters first, then the callout.
    stream_answer = [&](FWPS_STREAM_CALLOUT_IO_PACKET0*, FWPS_CLASSIFY_OUT0*, UINT64, UINT16) {
        if (!deleted.empty()) return;
        EXPECT_EQ(FwpsCalloutUnregisterById0(stream_id), STATUS_DEVICE_BUSY);
        EXPECT_EQ(FwpmFilterDeleteById0(engine, stream_filter), STATUS_SUCCESS);
        EXPECT_EQ(FwpsCalloutUnregisterById0(stream_id), STATUS_SUCCESS);
        EXPECT_EQ(deleted.size(), 1u);  // at once, before the flow ends
    };
    StreamOutcome outcome = run({{true, "one\n"}, {true, "two\n"}});
    EXPECT_EQ(indications.size(), 1u);  // the callout is gone after the first data
    EXPECT_EQ(outcome.delivered_sent, "one\ntwo\n");
    EXPECT_EQ(deleted.size(), 1u);
    std::erase(ids, stream_id);
}

// ---- Asynchronous classification -------------------------------------------------------------

std::thread completer;
void NTAPI classify_pending(const FWPS_INCOMING_VALUES0*, const FWPS_INCOMING_METADATA_VALUES0*,
                            void*, const void* classify_context, const FWPS_FILTER3* filter, UINT64,
                            FWPS_CLASSIFY_OUT0* out) {
    UINT64 handle = 0;
    ASSERT_EQ(FwpsAcquireClassifyHandle0(const_cast<void*>(classify_context), 0, &handle),
              STATUS_SUCCESS);
    ASSERT_EQ(FwpsPendClassify0(handle, filter->filterId, 0, out), STATUS_SUCCESS);
    out->actionType = FWP_ACTION_BLOCK;
    out->flags |= FWPS_CLASSIFY_OUT_FLAG_ABSORB;
    // The verdict comes later, from a worker.
    completer = std::thread([handle] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        FWPS_CLASSIFY_OUT0 final{};
        final.actionType = FWP_ACTION_PERMIT;
        FwpsCompleteClassify0(handle, 0, &final);
        FwpsReleaseClassifyHandle0(handle);
    });
}

TEST_F(WfpStream, APendedClassificationWaitsForItsCompletionFromAnotherThread) {
    register_callout(key_connect, classify_pending);
    add_filter(key_connect, FWPM_LAYER_ALE_AUTH_CONNECT_V4, FWP_ACTION_CALLOUT_TERMINATING);
    auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(wpptrace::wfp::run_flow(tcp_flow({})), Verdict::permitted);
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(40));
    completer.join();
}

NTSTATUS stream_pend = STATUS_UNSUCCESSFUL;

TEST_F(WfpStream, TheStreamLayerCannotBePended) {
    // classifyContext reaches the stream callout too: acquire, try to pend, release.
    struct Local {
        static void NTAPI classify(const FWPS_INCOMING_VALUES0*,
                                   const FWPS_INCOMING_METADATA_VALUES0*, void*,
                                   const void* context, const FWPS_FILTER3* filter, UINT64,
                                   FWPS_CLASSIFY_OUT0* out) {
            UINT64 handle = 0;
            ASSERT_EQ(FwpsAcquireClassifyHandle0(const_cast<void*>(context), 0, &handle),
                      STATUS_SUCCESS);
            stream_pend = FwpsPendClassify0(handle, filter->filterId, 0, out);
            FwpsReleaseClassifyHandle0(handle);
            out->actionType = FWP_ACTION_PERMIT;
        }
    };
    GUID key = guid(7);
    register_callout(key, Local::classify);
    add_filter(key, FWPM_LAYER_STREAM_V4, FWP_ACTION_CALLOUT_INSPECTION);
    run({{true, "x\n"}});
    EXPECT_EQ(stream_pend, STATUS_FWP_CANNOT_PEND);
}

// ---- Callout versions and what the engine cannot do -----------------------------------------

std::vector<UINT64> version0_filters;
void NTAPI classify_v0(const FWPS_INCOMING_VALUES0* values, const FWPS_INCOMING_METADATA_VALUES0*,
                       void*, const FWPS_FILTER0* filter, UINT64, FWPS_CLASSIFY_OUT0* out) {
    EXPECT_EQ(values->layerId, FWPS_LAYER_ALE_AUTH_CONNECT_V4);
    version0_filters.push_back(filter->filterId);
    out->actionType = FWP_ACTION_BLOCK;
}
NTSTATUS NTAPI notify_v0(FWPS_CALLOUT_NOTIFY_TYPE, const GUID*, FWPS_FILTER0* filter) {
    version0_filters.push_back(filter->filterId + 1000);
    return STATUS_SUCCESS;
}

TEST_F(WfpStream, AVersion0CalloutIsCalledWithItsOwnSignature) {
    version0_filters.clear();
    FWPS_CALLOUT0 callout{};
    callout.calloutKey = key_connect;
    callout.classifyFn = classify_v0;
    callout.notifyFn = notify_v0;
    UINT32 id = 0;
    ASSERT_EQ(FwpsCalloutRegister0(&device, &callout, &id), STATUS_SUCCESS);
    ids.push_back(id);
    UINT64 filter =
        add_filter(key_connect, FWPM_LAYER_ALE_AUTH_CONNECT_V4, FWP_ACTION_CALLOUT_TERMINATING);
    EXPECT_EQ(wpptrace::wfp::run_flow(tcp_flow({})), Verdict::blocked);
    EXPECT_EQ(version0_filters, (std::vector<UINT64>{filter + 1000, filter}));
}

TEST_F(WfpStream, PacketInjectionFailsAsDocumentedAndLeftoversAreNamed) {
    HANDLE transport = nullptr;
    ASSERT_EQ(FwpsInjectionHandleCreate0(AF_INET, FWPS_INJECTION_TYPE_TRANSPORT, &transport),
              STATUS_SUCCESS);
    EXPECT_EQ(FwpsInjectTransportSendAsync0(transport, nullptr, 0, 0, nullptr, AF_INET,
                                            UNSPECIFIED_COMPARTMENT_ID, nullptr, nullptr, nullptr),
              STATUS_NOT_SUPPORTED);
    // A stream-only handle is no transport handle.
    EXPECT_EQ(FwpsInjectTransportSendAsync0(injection, nullptr, 0, 0, nullptr, AF_INET,
                                            UNSPECIFIED_COMPARTMENT_ID, nullptr, nullptr, nullptr),
              STATUS_INVALID_HANDLE);
    HANDLE context = nullptr;
    EXPECT_EQ(FwpsPendOperation0(nullptr, &context), STATUS_FWP_CANNOT_PEND);
    EXPECT_EQ(FwpsInjectionHandleCreate0(99, 0, &transport), STATUS_INVALID_PARAMETER);

    // A clone never discarded and a handle never destroyed are the driver's leaks.
    inspect_streams();
    stream_answer = [](FWPS_STREAM_CALLOUT_IO_PACKET0* io, FWPS_CLASSIFY_OUT0*, UINT64, UINT16) {
        NET_BUFFER_LIST* clone = nullptr;
        if (io->streamData->dataLength) {
            EXPECT_EQ(FwpsCloneStreamData0(io->streamData, nullptr, nullptr, 0, &clone),
                      STATUS_SUCCESS);
        }
    };
    run({{true, "leak\n"}});
    FwpmEngineClose0(engine);
    for (UINT32 id : ids) FwpsCalloutUnregisterById0(id);
    ids.clear();
    auto leftovers = wpptrace::wfp::release_leftovers();
    ASSERT_EQ(leftovers.size(), 2u);
    EXPECT_NE(leftovers[0].find("2 WFP injection handle(s) still open"), std::string::npos)
        << leftovers[0];
    EXPECT_NE(leftovers[1].find("1 cloned stream data list(s) never discarded"), std::string::npos)
        << leftovers[1];
    FWPM_SESSION0 session{};
    ASSERT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
              STATUS_SUCCESS);
    injection = nullptr;
}

TEST_F(WfpStream, NdisPoolsAreTheDriversToFree) {
    PNDIS_GENERIC_OBJECT object = NdisAllocateGenericObject(&driver, 'tseT', 16);
    ASSERT_NE(object, nullptr);
    EXPECT_EQ(object->DriverObject, &driver);
    NET_BUFFER_LIST_POOL_PARAMETERS parameters{};
    parameters.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    parameters.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    parameters.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    parameters.fAllocateNetBuffer = TRUE;
    NDIS_HANDLE pool = NdisAllocateNetBufferListPool(object, &parameters);
    ASSERT_NE(pool, nullptr);
    parameters.Header.Type = 0;  // not a default object: refused
    EXPECT_EQ(NdisAllocateNetBufferListPool(object, &parameters), nullptr);
    NdisFreeNetBufferListPool(pool);
    // The object is left: reported with the engine's leftovers, then forgotten.
    FwpmEngineClose0(engine);
    FwpsInjectionHandleDestroy0(injection);
    auto leftovers = wpptrace::wfp::release_leftovers();
    ASSERT_EQ(leftovers.size(), 1u);
    EXPECT_NE(leftovers[0].find("1 NDIS generic object(s) never freed"), std::string::npos)
        << leftovers[0];
    FWPM_SESSION0 session{};
    ASSERT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
              STATUS_SUCCESS);
    injection = nullptr;
}

// The driver's own data (stmedit's way): a list over its MDL, injected, freed in the completion;
// a clone of the indicated list outlives the indication until the driver frees it.
char own_bytes[] = "replaced\n";
MDL own_mdl{};
NET_BUFFER_LIST* kept_clone = nullptr;
void NTAPI free_own_list(void*, NET_BUFFER_LIST* nbl, BOOLEAN) {
    EXPECT_EQ(NET_BUFFER_FIRST_MDL(NET_BUFFER_LIST_FIRST_NB(nbl)), &own_mdl);
    FwpsFreeNetBufferList0(nbl);
}

TEST_F(WfpStream, ADriversOwnListIsInjectedAndAClonedListOutlivesTheIndication) {
    inspect_streams();
    own_mdl.MappedSystemVa = own_mdl.StartVa = own_bytes;
    own_mdl.ByteCount = sizeof own_bytes - 1;
    kept_clone = nullptr;
    stream_answer = [&](FWPS_STREAM_CALLOUT_IO_PACKET0* io, FWPS_CLASSIFY_OUT0* out, UINT64 flow,
                        UINT16 layer) {
        if (!(io->streamData->flags & FWPS_STREAM_FLAG_SEND) || !io->streamData->dataLength) return;
        ASSERT_EQ(FwpsAllocateCloneNetBufferList0(io->streamData->netBufferListChain, nullptr,
                                                  nullptr, 0, &kept_clone),
                  STATUS_SUCCESS);
        EXPECT_EQ(kept_clone->ParentNetBufferList, io->streamData->netBufferListChain);
        NET_BUFFER_LIST* own = nullptr;
        // Past the end of the MDL chain: refused.
        EXPECT_EQ(FwpsAllocateNetBufferAndNetBufferList0(nullptr, 0, 0, &own_mdl, 4,
                                                         own_mdl.ByteCount, &own),
                  STATUS_INVALID_PARAMETER);
        ASSERT_EQ(FwpsAllocateNetBufferAndNetBufferList0(nullptr, 0, 0, &own_mdl, 0,
                                                         own_mdl.ByteCount, &own),
                  STATUS_SUCCESS);
        ASSERT_EQ(FwpsStreamInjectAsync0(injection, nullptr, 0, flow, stream_id, layer,
                                         FWPS_STREAM_FLAG_SEND, own, own_mdl.ByteCount,
                                         free_own_list, nullptr),
                  STATUS_SUCCESS);
        out->actionType = FWP_ACTION_BLOCK;
        out->flags |= FWPS_CLASSIFY_OUT_FLAG_ABSORB;
    };
    StreamOutcome outcome = run({{true, "original\n"}});
    EXPECT_EQ(outcome.delivered_sent, "replaced\n");
    // The clone still reads the original data after the indication is over.
    ASSERT_NE(kept_clone, nullptr);
    NET_BUFFER* nb = NET_BUFFER_LIST_FIRST_NB(kept_clone);
    EXPECT_EQ(
        std::string(static_cast<char*>(MmGetSystemAddressForMdlSafe(NET_BUFFER_CURRENT_MDL(nb), 0)),
                    NET_BUFFER_DATA_LENGTH(nb)),
        "original\n");
    FwpsFreeCloneNetBufferList0(kept_clone, 0);

    // Writable layer data needs the redirect layers the engine does not have.
    PVOID writable = &writable;
    EXPECT_EQ(FwpsAcquireWritableLayerDataPointer0(0, 0, 0, &writable, nullptr),
              STATUS_NOT_SUPPORTED);
    EXPECT_EQ(writable, nullptr);
}

}  // namespace
