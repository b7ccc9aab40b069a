// The emulated filter engine's management side (fwpmk.h): transactions that really roll back,
// providers and sublayers with their references, arbitration between sublayers, deletion by key
// and by id.
#include <fwpmk.h>
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "wpptrace/wfp/flows.hpp"

namespace {

using wpptrace::wfp::Verdict;

GUID guid(unsigned n) {
    return {0x7a7a0001, 0x5555, 0x6666, {1, 3, 5, 7, 9, 11, 13, static_cast<UCHAR>(n)}};
}
const GUID callout_key = guid(1), sublayer_high = guid(2), sublayer_low = guid(3),
           provider_key = guid(4), filter_key = guid(5);

std::vector<std::string> notes;  // notify add / delete, classify
FWP_ACTION_TYPE answer = FWP_ACTION_CONTINUE;

void NTAPI classify(const FWPS_INCOMING_VALUES0*, const FWPS_INCOMING_METADATA_VALUES0*, void*,
                    const void*, const FWPS_FILTER3* filter, UINT64, FWPS_CLASSIFY_OUT0* out) {
    notes.push_back("classify " + std::to_string(filter->filterId));
    if (out->rights & FWPS_RIGHT_ACTION_WRITE) out->actionType = answer;
}

NTSTATUS NTAPI notify(FWPS_CALLOUT_NOTIFY_TYPE type, const GUID*, FWPS_FILTER3* filter) {
    notes.push_back((type == FWPS_CALLOUT_NOTIFY_ADD_FILTER ? "add " : "delete ") +
                    std::to_string(filter->filterId));
    return STATUS_SUCCESS;
}

Verdict connect() {
    return wpptrace::wfp::run_flow(
        wpptrace::wfp::parse_flows(R"([{"local": "10.0.0.1:1000", "remote": "10.0.0.2:80"}])")
            .at(0));
}

class WfpManagement : public ::testing::Test {
  protected:
    void SetUp() override {
        notes.clear();
        answer = FWP_ACTION_CONTINUE;
        RtlInitUnicodeString(&driver.DriverName, L"\\Driver\\WfpManagementTest");
        device.DriverObject = &driver;
        FWPM_SESSION0 session{};
        session.flags = FWPM_SESSION_FLAG_DYNAMIC;
        ASSERT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_DEFAULT, nullptr, &session, &engine),
                  STATUS_SUCCESS);
        FWPS_CALLOUT3 callout{};
        callout.calloutKey = callout_key;
        callout.classifyFn = classify;
        callout.notifyFn = notify;
        ASSERT_EQ(FwpsCalloutRegister3(&device, &callout, &callout_id), STATUS_SUCCESS);
    }
    void TearDown() override {
        FwpmEngineClose0(engine);
        EXPECT_EQ(FwpsCalloutUnregisterByKey0(&callout_key), STATUS_SUCCESS);
        auto leftovers = wpptrace::wfp::release_leftovers();
        EXPECT_TRUE(leftovers.empty()) << leftovers.front();
    }

    NTSTATUS add_sublayer(const GUID& key, UINT16 weight, GUID* provider = nullptr) {
        FWPM_SUBLAYER0 sublayer{};
        sublayer.subLayerKey = key;
        sublayer.weight = weight;
        sublayer.providerKey = provider;
        return FwpmSubLayerAdd0(engine, &sublayer, nullptr);
    }
    NTSTATUS add_callout_object() {
        FWPM_CALLOUT0 callout{};
        callout.calloutKey = callout_key;
        callout.applicableLayer = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
        return FwpmCalloutAdd0(engine, &callout, nullptr, nullptr);
    }
    UINT64 add_filter(FWP_ACTION_TYPE action, const GUID* sublayer = nullptr, UINT32 flags = 0,
                      const GUID* key = nullptr, NTSTATUS expected = STATUS_SUCCESS) {
        FWPM_FILTER0 filter{};
        if (key) filter.filterKey = *key;
        filter.flags = flags;
        filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
        if (sublayer) filter.subLayerKey = *sublayer;
        filter.action.type = action;
        filter.action.calloutKey = callout_key;
        UINT64 id = 0;
        EXPECT_EQ(FwpmFilterAdd0(engine, &filter, nullptr, &id), expected);
        return id;
    }

    DRIVER_OBJECT driver{};
    DEVICE_OBJECT device{};
    HANDLE engine = nullptr;
    UINT32 callout_id = 0;
};

TEST_F(WfpManagement, AnAbortedTransactionUndoesWhatItAddedAndDeleted) {
    ASSERT_EQ(add_callout_object(), STATUS_SUCCESS);
    UINT64 kept = add_filter(FWP_ACTION_BLOCK);
    EXPECT_EQ(connect(), Verdict::blocked);

    ASSERT_EQ(FwpmTransactionBegin0(engine, 0), STATUS_SUCCESS);
    EXPECT_EQ(FwpmTransactionBegin0(engine, 0), STATUS_FWP_TXN_IN_PROGRESS);
    ASSERT_EQ(add_sublayer(sublayer_high, 0x200), STATUS_SUCCESS);
    answer = FWP_ACTION_PERMIT;
    UINT64 added = add_filter(FWP_ACTION_CALLOUT_TERMINATING, &sublayer_high,
                              FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT);
    ASSERT_EQ(FwpmFilterDeleteById0(engine, kept), STATUS_SUCCESS);
    // Inside the transaction the session sees its changes.
    EXPECT_EQ(connect(), Verdict::permitted);
    notes.clear();

    ASSERT_EQ(FwpmTransactionAbort0(engine), STATUS_SUCCESS);
    // The filter added is gone (its callout told), the one deleted is back, the sublayer gone.
    EXPECT_EQ(notes, (std::vector<std::string>{"delete " + std::to_string(added)}));
    EXPECT_EQ(connect(), Verdict::blocked);
    EXPECT_EQ(FwpmFilterDeleteById0(engine, added), STATUS_FWP_FILTER_NOT_FOUND);
    EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine, &sublayer_high), STATUS_FWP_SUBLAYER_NOT_FOUND);
    EXPECT_EQ(FwpmTransactionAbort0(engine), STATUS_FWP_NO_TXN_IN_PROGRESS);
    EXPECT_EQ(FwpmTransactionCommit0(engine), STATUS_FWP_NO_TXN_IN_PROGRESS);

    // A committed transaction stays.
    ASSERT_EQ(FwpmTransactionBegin0(engine, 0), STATUS_SUCCESS);
    ASSERT_EQ(FwpmFilterDeleteById0(engine, kept), STATUS_SUCCESS);
    ASSERT_EQ(FwpmTransactionCommit0(engine), STATUS_SUCCESS);
    EXPECT_EQ(connect(), Verdict::permitted);

    // A read-only transaction refuses changes.
    ASSERT_EQ(FwpmTransactionBegin0(engine, FWPM_TXN_READ_ONLY), STATUS_SUCCESS);
    EXPECT_EQ(add_sublayer(sublayer_low, 1), STATUS_FWP_INCOMPATIBLE_TXN);
    ASSERT_EQ(FwpmTransactionCommit0(engine), STATUS_SUCCESS);
}

TEST_F(WfpManagement, ClosingTheSessionAbortsItsOpenTransaction) {
    HANDLE persistent = nullptr;
    FWPM_SESSION0 plain{};
    ASSERT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &plain, &persistent),
              STATUS_SUCCESS);
    FWPM_PROVIDER0 provider{};
    provider.providerKey = provider_key;
    ASSERT_EQ(FwpmTransactionBegin0(persistent, 0), STATUS_SUCCESS);
    ASSERT_EQ(FwpmProviderAdd0(persistent, &provider, nullptr), STATUS_SUCCESS);
    ASSERT_EQ(FwpmEngineClose0(persistent), STATUS_SUCCESS);
    // The provider would have outlived a non-dynamic session; the abort took it back.
    EXPECT_EQ(FwpmProviderDeleteByKey0(engine, &provider_key), STATUS_FWP_PROVIDER_NOT_FOUND);
}

TEST_F(WfpManagement, ABlockInAnySublayerWinsUnlessAHigherSublayerPermitsHard) {
    ASSERT_EQ(add_callout_object(), STATUS_SUCCESS);
    ASSERT_EQ(add_sublayer(sublayer_high, 0x200), STATUS_SUCCESS);
    ASSERT_EQ(add_sublayer(sublayer_low, 0x10), STATUS_SUCCESS);
    EXPECT_EQ(add_sublayer(sublayer_low, 0x10), STATUS_FWP_ALREADY_EXISTS);
    UINT64 permit = add_filter(FWP_ACTION_PERMIT, &sublayer_high);
    UINT64 block = add_filter(FWP_ACTION_CALLOUT_TERMINATING, &sublayer_low);
    answer = FWP_ACTION_BLOCK;
    // The high sublayer permits; the low one still gets the flow (with the right to write),
    // and its block wins.
    EXPECT_EQ(connect(), Verdict::blocked);
    EXPECT_EQ(notes.back(), "classify " + std::to_string(block));

    // A permit that clears the write right is final: the low sublayer never sees the flow.
    ASSERT_EQ(FwpmFilterDeleteById0(engine, permit), STATUS_SUCCESS);
    add_filter(FWP_ACTION_PERMIT, &sublayer_high, FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT);
    notes.clear();
    EXPECT_EQ(connect(), Verdict::permitted);
    EXPECT_TRUE(notes.empty());

    // Sublayers in use stay; unknown ones are refused; the built-in one cannot go.
    EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine, &sublayer_low), STATUS_FWP_IN_USE);
    GUID unknown = guid(77);
    add_filter(FWP_ACTION_BLOCK, &unknown, 0, nullptr, STATUS_FWP_SUBLAYER_NOT_FOUND);
    EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine, &FWPM_SUBLAYER_UNIVERSAL),
              STATUS_FWP_BUILTIN_OBJECT);
}

TEST_F(WfpManagement, ProvidersAreKeptWhileNamedAndObjectsGoByKeyOrId) {
    FWPM_PROVIDER0 provider{};
    provider.providerKey = provider_key;
    ASSERT_EQ(FwpmProviderAdd0(engine, &provider, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(FwpmProviderAdd0(engine, &provider, nullptr), STATUS_FWP_ALREADY_EXISTS);
    GUID named = provider_key;
    ASSERT_EQ(add_sublayer(sublayer_high, 1, &named), STATUS_SUCCESS);
    GUID missing = guid(66);
    EXPECT_EQ(add_sublayer(sublayer_low, 1, &missing), STATUS_FWP_PROVIDER_NOT_FOUND);
    EXPECT_EQ(FwpmProviderDeleteByKey0(engine, &provider_key), STATUS_FWP_IN_USE);
    ASSERT_EQ(FwpmSubLayerDeleteByKey0(engine, &sublayer_high), STATUS_SUCCESS);
    EXPECT_EQ(FwpmProviderDeleteByKey0(engine, &provider_key), STATUS_SUCCESS);

    ASSERT_EQ(add_callout_object(), STATUS_SUCCESS);
    UINT64 id = add_filter(FWP_ACTION_CALLOUT_TERMINATING, nullptr, 0, &filter_key);
    EXPECT_EQ(FwpmCalloutDeleteById0(engine, callout_id), STATUS_FWP_IN_USE);
    notes.clear();
    EXPECT_EQ(FwpmFilterDeleteByKey0(engine, &filter_key), STATUS_SUCCESS);
    EXPECT_EQ(notes, (std::vector<std::string>{"delete " + std::to_string(id)}));
    EXPECT_EQ(FwpmFilterDeleteByKey0(engine, &filter_key), STATUS_FWP_FILTER_NOT_FOUND);
    EXPECT_EQ(FwpmCalloutDeleteById0(engine, callout_id), STATUS_SUCCESS);
    EXPECT_EQ(FwpmCalloutDeleteById0(engine, callout_id), STATUS_FWP_CALLOUT_NOT_FOUND);
}

TEST_F(WfpManagement, ACalloutObjectIsReadBackAndTheEngineIsAlwaysRunning) {
    FWPM_CALLOUT0 object{};
    object.calloutKey = callout_key;
    object.displayData.name = const_cast<wchar_t*>(L"test callout");
    object.applicableLayer = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
    ASSERT_EQ(FwpmCalloutAdd0(engine, &object, nullptr, nullptr), STATUS_SUCCESS);
    FWPM_CALLOUT0* copy = nullptr;
    ASSERT_EQ(FwpmCalloutGetById0(engine, callout_id, &copy), STATUS_SUCCESS);
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(std::wstring(copy->displayData.name), L"test callout");
    EXPECT_EQ(copy->calloutId, callout_id);
    EXPECT_TRUE(copy->flags & FWPM_CALLOUT_FLAG_REGISTERED);
    EXPECT_EQ(std::memcmp(&copy->applicableLayer, &FWPM_LAYER_ALE_AUTH_CONNECT_V4, sizeof(GUID)),
              0);
    FwpmFreeMemory0(reinterpret_cast<void**>(&copy));
    EXPECT_EQ(copy, nullptr);
    ASSERT_EQ(FwpmCalloutGetByKey0(engine, &callout_key, &copy), STATUS_SUCCESS);
    FwpmFreeMemory0(reinterpret_cast<void**>(&copy));
    GUID unknown = guid(55);
    EXPECT_EQ(FwpmCalloutGetByKey0(engine, &unknown, &copy), STATUS_FWP_CALLOUT_NOT_FOUND);

    EXPECT_EQ(FwpmBfeStateGet0(), FWPM_SERVICE_RUNNING);
    HANDLE change = nullptr;
    auto callback = [](void*, FWPM_SERVICE_STATE) { ADD_FAILURE() << "the state never changes"; };
    ASSERT_EQ(FwpmBfeStateSubscribeChanges0(&device, callback, nullptr, &change), STATUS_SUCCESS);
    EXPECT_EQ(FwpmBfeStateUnsubscribeChanges0(change), STATUS_SUCCESS);
    EXPECT_EQ(FwpmBfeStateUnsubscribeChanges0(change), STATUS_INVALID_PARAMETER);

    // No connection is ever redirected; the handles are the driver's to destroy.
    HANDLE redirect = nullptr;
    ASSERT_EQ(FwpsRedirectHandleCreate0(&provider_key, 0, &redirect), STATUS_SUCCESS);
    void* context = &change;
    EXPECT_EQ(FwpsQueryConnectionRedirectState0(nullptr, redirect, &context),
              FWPS_CONNECTION_NOT_REDIRECTED);
    EXPECT_EQ(context, nullptr);
    FwpsRedirectHandleDestroy0(redirect);
}

// A driver that also filters the transport or datagram-data layers loads: its objects are
// accepted there, with the layers' conditions checked, though no traffic reaches them.
TEST_F(WfpManagement, CalloutsAndFiltersAtLayersWithoutTrafficAreAccepted) {
    FWPM_CALLOUT0 object{};
    object.calloutKey = callout_key;
    object.applicableLayer = FWPM_LAYER_DATAGRAM_DATA_V4;
    ASSERT_EQ(FwpmCalloutAdd0(engine, &object, nullptr, nullptr), STATUS_SUCCESS);
    FWPM_FILTER_CONDITION0 udp{};
    udp.fieldKey = FWPM_CONDITION_IP_PROTOCOL;
    udp.matchType = FWP_MATCH_EQUAL;
    udp.conditionValue.type = FWP_UINT8;
    udp.conditionValue.uint8 = 17;
    FWPM_FILTER0 filter{};
    filter.layerKey = FWPM_LAYER_DATAGRAM_DATA_V4;
    filter.action.type = FWP_ACTION_CALLOUT_INSPECTION;
    filter.action.calloutKey = callout_key;
    filter.numFilterConditions = 1;
    filter.filterCondition = &udp;
    UINT64 id = 0;
    EXPECT_EQ(FwpmFilterAdd0(engine, &filter, nullptr, &id), STATUS_SUCCESS);
    udp.conditionValue.type = FWP_UINT16;  // the protocol is a UINT8
    EXPECT_EQ(FwpmFilterAdd0(engine, &filter, nullptr, &id), STATUS_FWP_TYPE_MISMATCH);
    notes.clear();
    EXPECT_EQ(connect(), Verdict::permitted);
    EXPECT_TRUE(notes.empty());
}

}  // namespace
