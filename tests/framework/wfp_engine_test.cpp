// The emulated filter engine (runtime/wdk/wfp) through the WDK's calls, the test playing the
// callout driver: registration, filters by weight and condition, verdicts, notifications,
// flow contexts, and what Windows refuses (a callout unregistered while filters use it).
#include <fwpmk.h>
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "wpptrace/host/host_config.hpp"
#include "wpptrace/wfp/flows.hpp"

namespace {

using wpptrace::wfp::FlowSpec;
using wpptrace::wfp::Verdict;

// What the callouts saw, in order.
struct Seen {
    std::string what;  // "classify A", "notify add", "flow delete"...
    UINT16 layer = 0;
    UINT64 value = 0;  // filter id, context...
};
std::vector<Seen> seen;

// The test's callouts: each answers with what its filter's context says.
FWP_ACTION_TYPE answer_a = FWP_ACTION_CONTINUE, answer_b = FWP_ACTION_CONTINUE;
FWPS_INCOMING_VALUES0 last_values{};
std::vector<FWPS_INCOMING_VALUE0> last_value_copy;
FWP_BYTE_ARRAY16 last_remote_v6{};
FWPS_INCOMING_METADATA_VALUES0 last_metadata{};
UINT64 last_flow_context = 0;

void remember(const FWPS_INCOMING_VALUES0* values, const FWPS_INCOMING_METADATA_VALUES0* meta,
              UINT64 flow_context) {
    last_values = *values;
    last_value_copy.assign(values->incomingValue, values->incomingValue + values->valueCount);
    if (values->layerId == FWPS_LAYER_ALE_AUTH_CONNECT_V6)
        last_remote_v6 = *values->incomingValue[FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_ADDRESS]
                              .value.byteArray16;
    last_metadata = *meta;
    last_flow_context = flow_context;
}

void NTAPI classify_a(const FWPS_INCOMING_VALUES0* values,
                      const FWPS_INCOMING_METADATA_VALUES0* meta, void*, const void*,
                      const FWPS_FILTER3* filter, UINT64 flow_context, FWPS_CLASSIFY_OUT0* out) {
    remember(values, meta, flow_context);
    seen.push_back({"classify A", values->layerId, filter->filterId});
    EXPECT_TRUE(out->rights & FWPS_RIGHT_ACTION_WRITE);
    out->actionType = answer_a;
}

void NTAPI classify_b(const FWPS_INCOMING_VALUES0* values,
                      const FWPS_INCOMING_METADATA_VALUES0* meta, void*, const void*,
                      const FWPS_FILTER3* filter, UINT64 flow_context, FWPS_CLASSIFY_OUT0* out) {
    remember(values, meta, flow_context);
    seen.push_back({"classify B", values->layerId, filter->filterId});
    out->actionType = answer_b;
}

// Flow established: associates a context (the flow handle + 1000) with the flow.
UINT32 established_id = 0;
void NTAPI classify_established(const FWPS_INCOMING_VALUES0* values,
                                const FWPS_INCOMING_METADATA_VALUES0* meta, void*, const void*,
                                const FWPS_FILTER3*, UINT64 flow_context, FWPS_CLASSIFY_OUT0*) {
    remember(values, meta, flow_context);
    seen.push_back({"established", values->layerId, meta->flowHandle});
    EXPECT_TRUE(FWPS_IS_METADATA_FIELD_PRESENT(meta, FWPS_METADATA_FIELD_FLOW_HANDLE));
    EXPECT_EQ(FwpsFlowAssociateContext(meta->flowHandle, values->layerId, established_id,
                                       meta->flowHandle + 1000),
              STATUS_SUCCESS);
}

NTSTATUS notify_result = STATUS_SUCCESS;
NTSTATUS NTAPI notify(FWPS_CALLOUT_NOTIFY_TYPE type, const GUID* key, FWPS_FILTER3* filter) {
    seen.push_back({type == FWPS_CALLOUT_NOTIFY_ADD_FILTER ? "notify add" : "notify delete", 0,
                    filter->filterId});
    // The filter's key comes with an addition, never with a deletion.
    EXPECT_EQ(key != nullptr, type == FWPS_CALLOUT_NOTIFY_ADD_FILTER);
    return type == FWPS_CALLOUT_NOTIFY_ADD_FILTER ? notify_result : STATUS_SUCCESS;
}

void NTAPI flow_delete(UINT16 layer, UINT32, UINT64 context) {
    seen.push_back({"flow delete", layer, context});
}

GUID guid(unsigned n) {
    return {0x1234abcd, 0x1111, 0x2222, {0, 1, 2, 3, 4, 5, 6, static_cast<UCHAR>(n)}};
}

const GUID key_a = guid(1), key_b = guid(2), key_established = guid(3);

FlowSpec flow(const char* local, const char* remote, const char* protocol = "tcp",
              const char* direction = "outbound") {
    std::string json = std::string(R"([{"protocol": ")") + protocol + R"(", "local": ")" + local +
                       R"(", "remote": ")" + remote + R"(", "direction": ")" + direction + R"("}])";
    return wpptrace::wfp::parse_flows(json).at(0);
}

class WfpEngine : public ::testing::Test {
  protected:
    void SetUp() override {
        seen.clear();
        answer_a = answer_b = FWP_ACTION_CONTINUE;
        notify_result = STATUS_SUCCESS;
        RtlInitUnicodeString(&driver.DriverName, L"\\Driver\\WfpTest");
        device.DriverObject = &driver;
        FWPM_SESSION0 session{};
        session.flags = FWPM_SESSION_FLAG_DYNAMIC;
        ASSERT_EQ(FwpmEngineOpen(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
                  STATUS_SUCCESS);
    }
    void TearDown() override {
        FwpmEngineClose(engine);
        for (UINT32 id : ids) FwpsCalloutUnregisterById(id);
        auto leftovers = wpptrace::wfp::release_leftovers();
        EXPECT_TRUE(leftovers.empty()) << leftovers.front();
    }

    UINT32 register_callout(const GUID& key, FWPS_CALLOUT_CLASSIFY_FN3_PTR fn, UINT32 flags = 0) {
        FWPS_CALLOUT callout{};
        callout.calloutKey = key;
        callout.flags = flags;
        callout.classifyFn = fn;
        callout.notifyFn = notify;
        callout.flowDeleteFn = flow_delete;
        UINT32 id = 0;
        EXPECT_EQ(FwpsCalloutRegister(&device, &callout, &id), STATUS_SUCCESS);
        ids.push_back(id);
        return id;
    }
    NTSTATUS add_callout(const GUID& key, const GUID& layer) {
        FWPM_CALLOUT0 callout{};
        callout.calloutKey = key;
        callout.applicableLayer = layer;
        return FwpmCalloutAdd(engine, &callout, nullptr, nullptr);
    }
    // A callout filter (or a PERMIT/BLOCK one when key is null) of an exact weight.
    UINT64 add_filter(const GUID* key, const GUID& layer, UINT64 weight,
                      FWP_ACTION_TYPE action = FWP_ACTION_CALLOUT_TERMINATING,
                      std::vector<FWPM_FILTER_CONDITION0> conditions = {},
                      NTSTATUS expected = STATUS_SUCCESS) {
        FWPM_FILTER0 filter{};
        filter.layerKey = layer;
        filter.weight.type = FWP_UINT64;
        filter.weight.uint64 = &weight;
        filter.action.type = action;
        if (key) filter.action.calloutKey = *key;
        filter.numFilterConditions = static_cast<UINT32>(conditions.size());
        filter.filterCondition = conditions.empty() ? nullptr : conditions.data();
        UINT64 id = 0;
        EXPECT_EQ(FwpmFilterAdd(engine, &filter, nullptr, &id), expected);
        return id;
    }

    DRIVER_OBJECT driver{};
    DEVICE_OBJECT device{};
    HANDLE engine = nullptr;
    std::vector<UINT32> ids;
};

FWPM_FILTER_CONDITION0 condition(const GUID& field, FWP_MATCH_TYPE match, UINT16 port) {
    FWPM_FILTER_CONDITION0 c{};
    c.fieldKey = field;
    c.matchType = match;
    c.conditionValue.type = FWP_UINT16;
    c.conditionValue.uint16 = port;
    return c;
}

TEST_F(WfpEngine, CalloutSeesTheLayersValuesAndItsVerdictCounts) {
    UINT32 id = register_callout(key_a, classify_a);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    UINT64 filter = add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].what, "notify add");
    EXPECT_EQ(seen[0].value, filter);

    answer_a = FWP_ACTION_BLOCK;
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:50000", "93.184.216.34:443")),
              Verdict::blocked);
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[1].what, "classify A");
    EXPECT_EQ(seen[1].layer, FWPS_LAYER_ALE_AUTH_CONNECT_V4);
    EXPECT_EQ(last_values.valueCount, static_cast<UINT32>(FWPS_FIELD_ALE_AUTH_CONNECT_V4_MAX));
    auto& v = last_value_copy;
    EXPECT_EQ(v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS].value.type, FWP_UINT32);
    EXPECT_EQ(v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS].value.uint32, 0x0a000001u);
    EXPECT_EQ(v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_ADDRESS].value.uint32, 0x5db8d822u);
    EXPECT_EQ(v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_PORT].value.uint16, 50000);
    EXPECT_EQ(v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_PORT].value.uint16, 443);
    EXPECT_EQ(v[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_PROTOCOL].value.uint8, 6);
    EXPECT_EQ(v[0].value.type, FWP_EMPTY);  // the application id: not emulated
    EXPECT_TRUE(FWPS_IS_METADATA_FIELD_PRESENT(&last_metadata, FWPS_METADATA_FIELD_PROCESS_ID));
    EXPECT_FALSE(FWPS_IS_METADATA_FIELD_PRESENT(&last_metadata, FWPS_METADATA_FIELD_FLOW_HANDLE));

    answer_a = FWP_ACTION_PERMIT;
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:50000", "93.184.216.34:443")),
              Verdict::permitted);
    EXPECT_NE(id, 0u);
}

TEST_F(WfpEngine, Ipv6FlowsGoToTheV6LayerAsByteArrays) {
    register_callout(key_a, classify_a);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V6), STATUS_SUCCESS);
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V6, 1);
    answer_a = FWP_ACTION_BLOCK;
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2")), Verdict::permitted);
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("[fd00::1]:50000", "[2001:db8::53]:53", "udp")),
              Verdict::blocked);
    EXPECT_EQ(seen.back().layer, FWPS_LAYER_ALE_AUTH_CONNECT_V6);
    const UINT8 expected[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x53};
    EXPECT_EQ(std::memcmp(last_remote_v6.byteArray16, expected, 16), 0);
    EXPECT_EQ(last_value_copy[FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_PROTOCOL].value.uint8, 17);
}

TEST_F(WfpEngine, HighestWeightFirstAndTheFirstDecisionEndsIt) {
    register_callout(key_a, classify_a);
    register_callout(key_b, classify_b);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    ASSERT_EQ(add_callout(key_b, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    UINT64 low = add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 10);
    UINT64 high = add_filter(&key_b, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 20);
    seen.clear();

    answer_b = FWP_ACTION_CONTINUE;  // B passes: A decides
    answer_a = FWP_ACTION_BLOCK;
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2")), Verdict::blocked);
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0].what, "classify B");
    EXPECT_EQ(seen[0].value, high);
    EXPECT_EQ(seen[1].what, "classify A");
    EXPECT_EQ(seen[1].value, low);

    seen.clear();
    answer_b = FWP_ACTION_PERMIT;  // B decides: A never sees the flow
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2")), Verdict::permitted);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].what, "classify B");

    // A static BLOCK filter above both ends it before any callout.
    add_filter(nullptr, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 30, FWP_ACTION_BLOCK);
    seen.clear();
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2")), Verdict::blocked);
    EXPECT_TRUE(seen.empty());
}

TEST_F(WfpEngine, WeightRangesAndEqualWeightsInOrderOfAddition) {
    register_callout(key_a, classify_a);
    register_callout(key_b, classify_b);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    ASSERT_EQ(add_callout(key_b, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 5);
    add_filter(&key_b, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 5);
    seen.clear();
    wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2"));
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0].what, "classify A");

    // FWP_UINT8 weights are ranges above every exact weight below 2^60; 16 is no range.
    FWPM_FILTER0 filter{};
    filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
    filter.action.type = FWP_ACTION_CALLOUT_TERMINATING;
    filter.action.calloutKey = key_b;
    filter.weight.type = FWP_UINT8;
    filter.weight.uint8 = 16;
    UINT64 id = 0;
    EXPECT_EQ(FwpmFilterAdd(engine, &filter, nullptr, &id), STATUS_FWP_INVALID_WEIGHT);
    filter.weight.uint8 = 1;
    ASSERT_EQ(FwpmFilterAdd(engine, &filter, nullptr, &id), STATUS_SUCCESS);
    seen.clear();
    wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2"));
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0].what, "classify B");
    EXPECT_EQ(seen[0].value, id);
}

TEST_F(WfpEngine, ConditionsOnOneFieldAreOredAndAcrossFieldsAnded) {
    register_callout(key_a, classify_a);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    FWPM_FILTER_CONDITION0 tcp{};
    tcp.fieldKey = FWPM_CONDITION_IP_PROTOCOL;
    tcp.matchType = FWP_MATCH_EQUAL;
    tcp.conditionValue.type = FWP_UINT8;
    tcp.conditionValue.uint8 = 6;
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1, FWP_ACTION_CALLOUT_TERMINATING,
               {condition(FWPM_CONDITION_IP_REMOTE_PORT, FWP_MATCH_EQUAL, 443),
                condition(FWPM_CONDITION_IP_REMOTE_PORT, FWP_MATCH_EQUAL, 80), tcp,
                condition(FWPM_CONDITION_IP_LOCAL_PORT, FWP_MATCH_GREATER_OR_EQUAL, 1024)});
    answer_a = FWP_ACTION_BLOCK;
    using wpptrace::wfp::run_flow;
    EXPECT_EQ(run_flow(flow("10.0.0.1:50000", "1.2.3.4:443")), Verdict::blocked);
    EXPECT_EQ(run_flow(flow("10.0.0.1:50000", "1.2.3.4:80")), Verdict::blocked);
    EXPECT_EQ(run_flow(flow("10.0.0.1:50000", "1.2.3.4:22")), Verdict::permitted);
    EXPECT_EQ(run_flow(flow("10.0.0.1:50000", "1.2.3.4:443", "udp")), Verdict::permitted);
    EXPECT_EQ(run_flow(flow("10.0.0.1:1000", "1.2.3.4:443")), Verdict::permitted);

    // What the layer does not have, or of the wrong type, is refused.
    FWPM_FILTER_CONDITION0 direction = condition(FWPM_CONDITION_DIRECTION, FWP_MATCH_EQUAL, 0);
    direction.conditionValue.type = FWP_UINT32;
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1, FWP_ACTION_CALLOUT_TERMINATING,
               {direction}, STATUS_FWP_CONDITION_NOT_FOUND);
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1, FWP_ACTION_CALLOUT_TERMINATING,
               {condition(FWPM_CONDITION_IP_REMOTE_ADDRESS, FWP_MATCH_EQUAL, 1)},
               STATUS_FWP_TYPE_MISMATCH);
}

TEST_F(WfpEngine, UnregisteringACalloutFiltersStillUseIsDeviceBusy) {
    UINT32 id = register_callout(key_a, classify_a);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    UINT64 filter = add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1);
    EXPECT_EQ(FwpsCalloutUnregisterById(id), STATUS_DEVICE_BUSY);
    EXPECT_EQ(FwpsCalloutUnregisterByKey(&key_a), STATUS_DEVICE_BUSY);
    EXPECT_EQ(FwpmCalloutDeleteByKey(engine, &key_a), STATUS_FWP_IN_USE);
    seen.clear();
    EXPECT_EQ(FwpmFilterDeleteById(engine, filter), STATUS_SUCCESS);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].what, "notify delete");
    EXPECT_EQ(seen[0].value, filter);
    EXPECT_EQ(FwpmFilterDeleteById(engine, filter), STATUS_FWP_FILTER_NOT_FOUND);
    EXPECT_EQ(FwpsCalloutUnregisterById(id), STATUS_SUCCESS);
    EXPECT_EQ(FwpsCalloutUnregisterById(id), STATUS_FWP_CALLOUT_NOT_FOUND);
    EXPECT_EQ(FwpmCalloutDeleteByKey(engine, &key_a), STATUS_SUCCESS);
    ids.clear();
}

TEST_F(WfpEngine, ClosingADynamicSessionDeletesItsFiltersAPersistentOneKeepsThem) {
    UINT32 id = register_callout(key_a, classify_a);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    UINT64 filter = add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1);
    seen.clear();
    ASSERT_EQ(FwpmEngineClose(engine), STATUS_SUCCESS);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].what, "notify delete");
    EXPECT_EQ(seen[0].value, filter);
    EXPECT_EQ(FwpsCalloutUnregisterById(id), STATUS_SUCCESS);
    ids.clear();

    // Not dynamic: the filter outlives the session, and keeps the callout busy.
    FWPM_SESSION0 session{};
    ASSERT_EQ(FwpmEngineOpen(nullptr, RPC_C_AUTHN_DEFAULT, nullptr, &session, &engine),
              STATUS_SUCCESS);
    id = register_callout(key_a, classify_a);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    filter = add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1);
    ASSERT_EQ(FwpmEngineClose(engine), STATUS_SUCCESS);
    EXPECT_EQ(FwpsCalloutUnregisterById(id), STATUS_DEVICE_BUSY);
    FWPM_SESSION0 dynamic{};
    dynamic.flags = FWPM_SESSION_FLAG_DYNAMIC;
    ASSERT_EQ(FwpmEngineOpen(nullptr, RPC_C_AUTHN_WINNT, nullptr, &dynamic, &engine),
              STATUS_SUCCESS);
    EXPECT_EQ(FwpmFilterDeleteById(engine, filter), STATUS_SUCCESS);
    EXPECT_EQ(FwpmCalloutDeleteByKey(engine, &key_a), STATUS_SUCCESS);
}

TEST_F(WfpEngine, AFilterAddedBeforeRegistrationIsNotifiedAtRegistration) {
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4), STATUS_SUCCESS);
    UINT64 filter = add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1);
    // Meanwhile a terminating filter without its callout blocks, as in WFP.
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2")), Verdict::blocked);
    EXPECT_TRUE(seen.empty());
    register_callout(key_a, classify_a);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].what, "notify add");
    EXPECT_EQ(seen[0].value, filter);
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2")), Verdict::permitted);
}

TEST_F(WfpEngine, FilterAddRefusals) {
    register_callout(key_a, classify_a);
    // No callout object for the key, then one for another layer.
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1, FWP_ACTION_CALLOUT_TERMINATING, {},
               STATUS_FWP_CALLOUT_NOT_FOUND);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V6), STATUS_SUCCESS);
    EXPECT_EQ(add_callout(key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V6), STATUS_FWP_ALREADY_EXISTS);
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V4, 1, FWP_ACTION_CALLOUT_TERMINATING, {},
               STATUS_FWP_INCOMPATIBLE_LAYER);
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V6, 1, FWP_ACTION_CONTINUE, {},
               STATUS_FWP_INVALID_ACTION_TYPE);
    GUID unknown_layer = guid(99);
    add_filter(nullptr, unknown_layer, 1, FWP_ACTION_BLOCK, {}, STATUS_FWP_LAYER_NOT_FOUND);
    // The callout's notifyFn may refuse the filter: it is not added.
    notify_result = STATUS_NOT_SUPPORTED;
    add_filter(&key_a, FWPM_LAYER_ALE_AUTH_CONNECT_V6, 1, FWP_ACTION_CALLOUT_TERMINATING, {},
               STATUS_NOT_SUPPORTED);
    EXPECT_EQ(FwpsCalloutUnregisterById(ids[0]), STATUS_SUCCESS);
    ids.clear();
    // Registration needs a device object, classifyFn and notifyFn, and a key not taken.
    FWPS_CALLOUT callout{};
    callout.calloutKey = key_b;
    callout.classifyFn = classify_b;
    EXPECT_EQ(FwpsCalloutRegister(&device, &callout, nullptr), STATUS_INVALID_PARAMETER);
    callout.notifyFn = notify;
    EXPECT_EQ(FwpsCalloutRegister(nullptr, &callout, nullptr), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(FwpmEngineOpen(L"server", RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine),
              STATUS_INVALID_PARAMETER);
}

TEST_F(WfpEngine, FlowContextsGoToFlowDeleteFnWhenTheFlowEnds) {
    established_id = register_callout(key_established, classify_established);
    ASSERT_EQ(add_callout(key_established, FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4), STATUS_SUCCESS);
    add_filter(&key_established, FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4, 1,
               FWP_ACTION_CALLOUT_INSPECTION);
    seen.clear();
    EXPECT_EQ(wpptrace::wfp::run_flow(flow("10.0.0.1:8080", "10.0.0.9:40000", "tcp", "inbound")),
              Verdict::permitted);
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0].what, "established");
    UINT64 handle = seen[0].value;
    EXPECT_EQ(last_value_copy[FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_DIRECTION].value.uint32,
              static_cast<UINT32>(FWP_DIRECTION_INBOUND));
    EXPECT_EQ(seen[1].what, "flow delete");
    EXPECT_EQ(seen[1].layer, FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4);
    EXPECT_EQ(seen[1].value, handle + 1000);
    // The flow is over: nothing can be associated with it any more.
    EXPECT_EQ(
        FwpsFlowAssociateContext(handle, FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4, established_id, 1),
        STATUS_INVALID_PARAMETER);
    EXPECT_EQ(FwpsFlowRemoveContext(handle, FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4, established_id),
              STATUS_NOT_FOUND);
}

TEST_F(WfpEngine, ConditionalOnFlowCalloutsSeeOnlyFlowsWithTheirContext) {
    register_callout(key_a, classify_a, FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW);
    ASSERT_EQ(add_callout(key_a, FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4), STATUS_SUCCESS);
    add_filter(&key_a, FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4, 1, FWP_ACTION_CALLOUT_INSPECTION);
    seen.clear();
    wpptrace::wfp::run_flow(flow("10.0.0.1:1", "10.0.0.2:2"));
    EXPECT_TRUE(seen.empty());
}

TEST_F(WfpEngine, LeftoversAreReportedOnceAndForgotten) {
    register_callout(key_a, classify_a);
    ids.clear();  // "forgets" to unregister
    auto leftovers = wpptrace::wfp::release_leftovers();
    ASSERT_EQ(leftovers.size(), 2u);  // the callout and this fixture's open session
    EXPECT_NE(leftovers[0].find("\\Driver\\WfpTest still registered"), std::string::npos)
        << leftovers[0];
    EXPECT_NE(leftovers[1].find("engine handle still open"), std::string::npos) << leftovers[1];
    EXPECT_TRUE(wpptrace::wfp::release_leftovers().empty());
    FWPM_SESSION0 session{};
    ASSERT_EQ(FwpmEngineOpen(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
              STATUS_SUCCESS);
}

TEST(WfpFlows, ParsedDescribedAndCheckedLikeTheRestOfTheConfiguration) {
    auto flows = wpptrace::wfp::parse_flows(
        R"([{"protocol": "udp", "local": "[fd00::1]:5353", "remote": "[2001:db8::1]:53",
             "direction": "inbound", "count": 3}])");
    ASSERT_EQ(flows.size(), 1u);
    EXPECT_EQ(flows[0].count, 3u);
    EXPECT_TRUE(flows[0].ipv6);
    EXPECT_EQ(wpptrace::wfp::describe(flows[0]), "udp [fd00::1]:5353 -> [2001:db8::1]:53 inbound");
    using wpptrace::wfp::FlowConfigError;
    using wpptrace::wfp::parse_flows;
    EXPECT_THROW(parse_flows(R"([{"local": "10.0.0.1:1", "remote": "10.0.0.2:2", "prot": 1}])"),
                 FlowConfigError);
    EXPECT_THROW(parse_flows(R"([{"local": "10.0.0.300:1", "remote": "10.0.0.2:2"}])"),
                 FlowConfigError);
    EXPECT_THROW(parse_flows(R"([{"local": "10.0.0.1:1", "remote": "[::1]:2"}])"), FlowConfigError);
    EXPECT_THROW(parse_flows(R"([{"local": "10.0.0.1:70000", "remote": "10.0.0.2:2"}])"),
                 FlowConfigError);

    // In the host's configuration, with its errors as configuration errors.
    auto config = wpptrace::host::parse_host_config(
        R"({"flows": [{"local": "10.0.0.1:1", "remote": "10.0.0.2:2"}]})");
    EXPECT_EQ(config.flows.size(), 1u);
    EXPECT_THROW(wpptrace::host::parse_host_config(
                     R"({"flows": [{"local": "10.0.0.1:1", "remote": "10.0.0.2:2", "x": 1}]})"),
                 wpptrace::host::ConfigError);
}

}  // namespace
