// kmdf_io_test.cpp - the KMDF objects and queue behaviour real drivers rely on, through the
// fx_io_test driver in the host library: memory copy bounds, request memory objects, collection
// references, file-object callbacks and per-handle contexts, exclusive devices, a manual queue
// stopped, started and purged, cancellation of a marked-cancelable request, EvtIoStop and
// EvtIoResume around a power cycle, surprise removal, control devices, unsupported hardware.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include <wdf.h>

#include "drivers/fx_io_ioctl.h"
#include "wpptrace/host/driver_host.hpp"
#include "wpptrace/host/host_config.hpp"

namespace {

using wpptrace::host::Device;
using wpptrace::host::DriverHost;
using wpptrace::host::DriverSpec;
using wpptrace::host::Finding;
using wpptrace::host::FindingKind;
using wpptrace::host::IoResult;
using wpptrace::host::RegistryValue;

class TestLogFile {
  public:
    TestLogFile() {
        path_ = std::filesystem::temp_directory_path() /
                ("wpptrace-kmdf-io-" + std::to_string(getpid()) + "-" + std::to_string(counter_++));
        std::filesystem::remove(path_);
        setenv("WPPTRACE_TEST_LOG", path_.c_str(), 1);
    }
    ~TestLogFile() {
        unsetenv("WPPTRACE_TEST_LOG");
        std::filesystem::remove(path_);
    }
    std::vector<std::string> lines() const {
        std::ifstream in(path_);
        std::vector<std::string> out;
        for (std::string line; std::getline(in, line);) out.push_back(line);
        return out;
    }
    long index_of(const std::string& prefix) const {
        auto all = lines();
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].rfind(prefix, 0) == 0) return static_cast<long>(i);
        return -1;
    }
    // The lines among `wanted` that were logged, in the order they were.
    std::vector<std::string> only(const std::vector<std::string>& wanted) const {
        std::vector<std::string> out;
        for (auto& line : lines())
            for (auto& w : wanted)
                if (line == w) out.push_back(line);
        return out;
    }
    std::string text() const {
        std::string out;
        for (auto& l : lines()) out += l + "\n";
        return out;
    }

  private:
    std::filesystem::path path_;
    static inline int counter_ = 0;
};

std::string describe(const std::vector<Finding>& findings) {
    std::string out;
    for (auto& f : findings)
        out += std::string(finding_kind_name(f.kind)) + ": " + f.driver + ": " + f.text + "\n";
    return out;
}

std::vector<ULONG> ulongs(const IoResult& r) {
    std::vector<ULONG> out(r.output.size() / sizeof(ULONG));
    if (!out.empty()) std::memcpy(out.data(), r.output.data(), out.size() * sizeof(ULONG));
    return out;
}

DriverSpec driver(std::map<std::string, RegistryValue> parameters = {}) {
    return {.path = FX_IO_TEST_DRIVER, .name = "FxIoTest", .parameters = std::move(parameters)};
}

struct Started {
    DriverHost host;
    Device* device = nullptr;
    explicit Started(std::map<std::string, RegistryValue> parameters = {}) {
        host.load(driver(std::move(parameters)));
        device = &host.add_device({.name = "io0", .driver = "FxIoTest"});
        EXPECT_EQ(host.start_device(*device), STATUS_SUCCESS);
    }
    IoResult ioctl(ULONG code, ULONG output = 0, PFILE_OBJECT file = nullptr) {
        return host.ioctl(*device, file, code, {}, output);
    }
};

// Waits (a little) until the driver has logged `prefix`.
bool logged(const TestLogFile& log, const std::string& prefix) {
    for (int i = 0; i < 500; ++i) {
        if (log.index_of(prefix) >= 0) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

TEST(KmdfMemory, CopiesAreBoundsCheckedAsDocumented) {
    TestLogFile log;
    Started s;
    IoResult r = s.ioctl(IOCTL_FX_IO_MEMORY_BOUNDS, 16);
    ASSERT_EQ(r.status, STATUS_SUCCESS);
    auto statuses = ulongs(r);
    ASSERT_EQ(statuses.size(), 4u);
    EXPECT_EQ(static_cast<NTSTATUS>(statuses[0]), STATUS_SUCCESS);              // the whole buffer
    EXPECT_EQ(static_cast<NTSTATUS>(statuses[1]), STATUS_INVALID_BUFFER_SIZE);  // offset at end
    EXPECT_EQ(static_cast<NTSTATUS>(statuses[2]), STATUS_BUFFER_TOO_SMALL);     // 9 bytes from 8
    EXPECT_EQ(static_cast<NTSTATUS>(statuses[3]), STATUS_INVALID_BUFFER_SIZE);  // to-buffer
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());  // no pool leak
}

TEST(KmdfMemory, RequestMemoryObjectsCarryTheBuffersAndAreOwnedByTheRequest) {
    TestLogFile log;
    Started s;
    IoResult r = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_ECHO_MEMORY, {1, 2, 3, 4, 5}, 8);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.output, (std::vector<unsigned char>{1, 2, 3, 4, 5}));
    EXPECT_GE(log.index_of("echo memory: in 5 out 8 same object 1"), 0) << log.text();
    IoResult small = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_ECHO_MEMORY, {1, 2, 3}, 2);
    EXPECT_EQ(small.status, STATUS_BUFFER_TOO_SMALL);
    IoResult none = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_ECHO_MEMORY, {}, 2);
    EXPECT_EQ(none.status, STATUS_BUFFER_TOO_SMALL);  // no input buffer
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfMemory, RequestMdlsDescribeTheBuffers) {
    TestLogFile log;
    Started s;
    IoResult r = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_ECHO_MDL, {7, 8, 9}, 6);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.output, (std::vector<unsigned char>{7, 8, 9}));
    EXPECT_GE(log.index_of("mdl echo: in 3 out 6, output is the irp's 1"), 0) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfCollection, ItemsStayReferencedUntilTheyLeaveTheCollection) {
    TestLogFile log;
    Started s;
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_COLLECTION).status, STATUS_SUCCESS);
    std::vector<std::string> expected = {
        "collection count 3",
        "item 2 cleanup",                        // deleted: cleaned up at once...
        "item 2 deleted, count 3, item 1 is 2",  // ...but still in the collection, still valid
        "item 2 destroy",                        // destroyed when the collection lets it go
        "removed index 1, count 2, first 1, last 3",
        "out of range item is null 1",
        "collection deleted",
        "item 1 cleanup",
        "item 1 destroy",
        "item 3 cleanup",
        "item 3 destroy",
    };
    EXPECT_EQ(log.only(expected), expected) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfFileObjects, CallbacksRunInOrderWithAPerHandleContext) {
    TestLogFile log;
    Started s;
    auto a = s.host.open(*s.device);
    auto b = s.host.open(*s.device);
    ASSERT_NE(a.file, nullptr);
    ASSERT_NE(b.file, nullptr);
    s.ioctl(IOCTL_FX_IO_COLLECTION, 0, a.file);
    IoResult count_a = s.ioctl(IOCTL_FX_IO_HANDLE_COUNT, 4, a.file);
    IoResult count_b = s.ioctl(IOCTL_FX_IO_HANDLE_COUNT, 4, b.file);
    EXPECT_EQ(ulongs(count_a), std::vector<ULONG>{2});  // its own requests, counting this one
    EXPECT_EQ(ulongs(count_b), std::vector<ULONG>{1});
    EXPECT_EQ(s.host.close(*s.device, a.file).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.close(*s.device, b.file).status, STATUS_SUCCESS);
    std::vector<std::string> expected = {
        "file create 1 (same device 1, wdm file 1)",
        "file create 2 (same device 1, wdm file 1)",
        "file cleanup 1",
        "file close 1",
        "file context cleanup 1",
        "file cleanup 2",
        "file close 2",
        "file context cleanup 2",
    };
    EXPECT_EQ(log.only(expected), expected) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfFileObjects, ExclusiveDeviceRefusesASecondHandle) {
    TestLogFile log;
    Started s({{"Exclusive", 1}});
    auto a = s.host.open(*s.device);
    ASSERT_NE(a.file, nullptr);
    auto b = s.host.open(*s.device);
    EXPECT_EQ(b.result.status, STATUS_ACCESS_DENIED);
    EXPECT_EQ(b.file, nullptr);
    s.host.close(*s.device, a.file);
    auto c = s.host.open(*s.device);
    EXPECT_EQ(c.result.status, STATUS_SUCCESS);
    s.host.close(*s.device, c.file);
}

TEST(KmdfQueues, ManualQueueStopStartAndPurge) {
    TestLogFile log;
    Started s;
    IoResult first =
        s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_PARK, {}, 0, {.overlapped = true});
    ASSERT_TRUE(logged(log, "park: parked"));
    auto state = ulongs(s.ioctl(IOCTL_FX_IO_PARKED_STATE, 12));
    ASSERT_EQ(state.size(), 3u);
    EXPECT_TRUE(WDF_IO_QUEUE_READY(static_cast<WDF_IO_QUEUE_STATE>(state[0])));
    EXPECT_EQ(state[1], 1u);  // waiting
    EXPECT_EQ(state[2], 0u);  // with the driver

    // Stopped: the request stays queued, retrieval finds nothing, the stop is done at once
    // (the driver owns no request of the queue).
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_STOP_PARKED).status, STATUS_SUCCESS);
    EXPECT_GE(log.index_of("parked queue stopped"), 0);
    state = ulongs(s.ioctl(IOCTL_FX_IO_PARKED_STATE, 12));
    EXPECT_FALSE(state[0] & WdfIoQueueDispatchRequests);
    EXPECT_TRUE(state[0] & WdfIoQueueAcceptRequests);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_PARKED).status, STATUS_NO_MORE_ENTRIES);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_START_PARKED).status, STATUS_SUCCESS);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_PARKED).status, STATUS_SUCCESS);
    IoResult r = s.host.wait(first);
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(r.status, STATUS_SUCCESS);

    // Purged: the queued request is cancelled, new ones are refused until the queue starts.
    IoResult second =
        s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_PARK, {}, 0, {.overlapped = true});
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_PURGE_PARKED).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.wait(second).status, STATUS_CANCELLED);
    EXPECT_GE(log.index_of("parked queue purged"), 0);
    state = ulongs(s.ioctl(IOCTL_FX_IO_PARKED_STATE, 12));
    EXPECT_TRUE(WDF_IO_QUEUE_PURGED(static_cast<WDF_IO_QUEUE_STATE>(state[0])));
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_PARK).status, STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_START_PARKED).status, STATUS_SUCCESS);
    IoResult third =
        s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_PARK, {}, 0, {.overlapped = true});
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_PARKED).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.wait(third).status, STATUS_SUCCESS);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfQueues, HandleCleanupCancelsItsQueuedRequests) {
    TestLogFile log;
    Started s;
    auto file = s.host.open(*s.device);
    ASSERT_NE(file.file, nullptr);
    IoResult parked =
        s.host.ioctl(*s.device, file.file, IOCTL_FX_IO_PARK, {}, 0, {.overlapped = true});
    ASSERT_TRUE(logged(log, "park: parked"));
    s.host.close(*s.device, file.file);
    IoResult r = s.host.wait(parked);
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(r.status, STATUS_CANCELLED);
    EXPECT_LT(log.index_of("park: parked"), log.index_of("file cleanup 1"));
}

TEST(KmdfCancellation, PurgeCancelsTheDriversCancelableRequestOnce) {
    TestLogFile log;
    Started s;
    IoResult held = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_HOLD, {}, 0, {.overlapped = true});
    ASSERT_TRUE(logged(log, "held"));
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_PURGE_HOLD).status, STATUS_SUCCESS);
    IoResult r = s.host.wait(held);
    EXPECT_EQ(r.status, STATUS_CANCELLED);
    EXPECT_GE(log.index_of("held request cancelled (is canceled 1)"), 0) << log.text();
    EXPECT_LT(log.index_of("held request cancelled"), log.index_of("hold queue purged"));
    // Releasing after the cancel finds nothing; a purged queue refuses new requests.
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_HELD).status, STATUS_SUCCESS);
    EXPECT_GE(log.index_of("release: nothing held"), 0);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_HOLD).status, STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_START_HOLD).status, STATUS_SUCCESS);
    IoResult again =
        s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_HOLD, {}, 0, {.overlapped = true});
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_HELD).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.wait(again).status, STATUS_SUCCESS);  // unmarked, then completed
    EXPECT_GE(log.index_of("release: completing held request"), 0);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

// The I/O manager's cancellation (IoCancelIrp, as CancelIoEx from another thread) reaches a
// request the driver made cancelable: EvtRequestCancel completes it, once.
TEST(KmdfCancellation, IoCancelIrpOfTheRequestsIrpCallsEvtRequestCancel) {
    TestLogFile log;
    Started s;
    IoResult held = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_HOLD, {}, 0,
                                 {.cancel_after = std::chrono::milliseconds(50)});
    EXPECT_TRUE(held.completed);
    EXPECT_EQ(held.status, STATUS_CANCELLED);
    EXPECT_GE(log.index_of("held request cancelled (is canceled 1)"), 0) << log.text();
    // Nothing is left held: the release finds nothing.
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_HELD).status, STATUS_SUCCESS);
    EXPECT_GE(log.index_of("release: nothing held"), 0) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

// A purge cancels a request the driver owns but has not made cancelable: the cancellation is
// remembered, and marking the request later sees it, as documented for each form.
void cancel_before_mark(bool plain_mark, const std::vector<std::string>& expected) {
    TestLogFile log;
    Started s;
    IoResult parked =
        s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_PARK, {}, 0, {.overlapped = true});
    ASSERT_TRUE(logged(log, "park: parked"));
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_TAKE_PARKED).status, STATUS_SUCCESS);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_PURGE_PARKED).status, STATUS_SUCCESS);
    EXPECT_EQ(log.index_of("parked queue purged"), -1);  // the driver still owns one
    IoResult mark = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_MARK_TAKEN,
                                 {static_cast<unsigned char>(plain_mark)}, 0);
    EXPECT_EQ(mark.status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.wait(parked).status, STATUS_CANCELLED);
    EXPECT_EQ(log.only(expected), expected) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfCancellation, MarkCancelableExOnACancelledRequestReturnsStatusCancelled) {
    cancel_before_mark(false, {"taken", "taken request canceled already 1",
                               "WdfRequestMarkCancelableEx 0xc0000120", "parked queue purged"});
}

TEST(KmdfCancellation, MarkCancelableOnACancelledRequestCallsEvtRequestCancelAtOnce) {
    cancel_before_mark(
        true, {"taken", "taken request canceled already 1", "taken request: EvtRequestCancel",
               "parked queue purged", "WdfRequestMarkCancelable returned"});
}

TEST(KmdfPower, EvtIoStopAndEvtIoResumeFrameAPowerCycleOfAHeldRequest) {
    TestLogFile log;
    Started s;
    IoResult held = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_HOLD, {}, 0, {.overlapped = true});
    ASSERT_TRUE(logged(log, "held"));
    EXPECT_EQ(s.host.set_device_power(*s.device, PowerDeviceD3), STATUS_SUCCESS);
    EXPECT_EQ(s.host.set_device_power(*s.device, PowerDeviceD0), STATUS_SUCCESS);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_HELD).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.wait(held).status, STATUS_SUCCESS);
    std::vector<std::string> expected = {"held",        "EvtIoStop suspend cancelable",
                                         "D0Exit to 4", "D0Entry from 4",
                                         "EvtIoResume", "release: completing held request"};
    EXPECT_EQ(log.only(expected), expected) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfPnp, SurpriseRemovalStopsAndPurgesPowerManagedQueuesBeforeTheRemove) {
    TestLogFile log;
    Started s;
    auto file = s.host.open(*s.device);
    IoResult held =
        s.host.ioctl(*s.device, file.file, IOCTL_FX_IO_HOLD, {}, 0, {.overlapped = true});
    ASSERT_TRUE(logged(log, "held"));
    EXPECT_EQ(s.host.surprise_remove_device(*s.device), STATUS_SUCCESS);
    EXPECT_EQ(s.host.wait(held).status, STATUS_CANCELLED);
    EXPECT_EQ(s.host.close(*s.device, file.file).status, STATUS_SUCCESS);  // still reachable
    EXPECT_EQ(s.host.remove_device(*s.device), STATUS_SUCCESS);
    std::vector<std::string> expected = {
        "held",
        "EvtDeviceSurpriseRemoval",
        "EvtIoStop purge cancelable",
        "D0Exit to 5",
        "held request cancelled (is canceled 1)",
        "file cleanup 1",
        "file close 1",
    };
    EXPECT_EQ(log.only(expected), expected) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfDevices, ControlDeviceIsCreatedNamedAndDeletedWithItsShutdownNotification) {
    TestLogFile log;
    DriverHost host;
    host.load(driver({{"ControlDevice", 1}}));
    EXPECT_GE(log.index_of("control device created (link 0x00000000, 23 characters)"), 0)
        << log.text();
    host.unload_all();
    EXPECT_LT(log.index_of("control device shutdown notification"),
              log.index_of("EvtDriverUnload"));
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
}

TEST(KmdfDevices, DeviceStateIsMergedAndReadBack) {
    TestLogFile log;
    Started s;
    EXPECT_GE(log.index_of("EvtDriverDeviceAdd (not disableable 0, failed 2)"), 0) << log.text();
}

TEST(KmdfDevices, BusDriverChildrenAreListedAndDeletedWithTheirParent) {
    TestLogFile log;
    Started s({{"Children", 2}});
    EXPECT_GE(log.index_of("child 1 added 0x00000000 (parent ok 1)"), 0) << log.text();
    EXPECT_GE(log.index_of("child 2 added 0x00000000 (parent ok 1)"), 0) << log.text();
    EXPECT_EQ(wpptrace::host::static_children(*s.device),
              (std::vector<std::string>{
                  "FxIoBus\\Widget\\1 (hardware IDs: FxIoBus\\Widget) \"Widget\"",
                  "FxIoBus\\Widget\\2 (hardware IDs: FxIoBus\\Widget) \"Widget\""}));
    EXPECT_EQ(s.host.remove_device(*s.device), STATUS_SUCCESS);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());  // PDOs deleted
}

std::vector<unsigned char> serials(std::initializer_list<ULONG> values) {
    std::vector<unsigned char> out(values.size() * sizeof(ULONG));
    std::memcpy(out.data(), std::data(values), out.size());
    return out;
}

TEST(KmdfDevices, DynamicChildListCreatesAndDeletesChildPdos) {
    TestLogFile log;
    Started s({{"ChildList", 1}});
    auto plug = [&](ULONG code, std::initializer_list<ULONG> ids) {
        IoResult r = s.host.ioctl(*s.device, nullptr, code, serials(ids), 4);
        EXPECT_EQ(r.status, STATUS_SUCCESS);
        return ulongs(r).empty() ? 0u : ulongs(r)[0];
    };
    EXPECT_EQ(plug(IOCTL_FX_IO_PLUG, {1}), 0u);
    EXPECT_EQ(plug(IOCTL_FX_IO_PLUG, {2}), 0u);
    EXPECT_EQ(plug(IOCTL_FX_IO_PLUG, {2}), static_cast<ULONG>(STATUS_OBJECT_NAME_EXISTS));
    EXPECT_EQ(wpptrace::host::static_children(*s.device).size(), 2u);
    EXPECT_EQ(plug(IOCTL_FX_IO_UNPLUG, {1}), 0u);
    EXPECT_EQ(plug(IOCTL_FX_IO_UNPLUG, {1}), static_cast<ULONG>(STATUS_NO_SUCH_DEVICE));
    // A scan that reports 3 only: 2 goes missing, 3 arrives.
    plug(IOCTL_FX_IO_RESCAN, {3});
    EXPECT_EQ(wpptrace::host::static_children(*s.device),
              std::vector<std::string>{"FxIoBus\\Gadget\\3 (hardware IDs: FxIoBus\\Gadget)"});
    std::vector<std::string> expected = {
        "EvtChildListCreateDevice 1: 0x00000000",
        "EvtChildListCreateDevice 2: 0x00000000",
        "child 1 description cleanup",
        "child 2 description cleanup",
        "EvtChildListCreateDevice 3: 0x00000000",
    };
    EXPECT_EQ(log.only(expected), expected) << log.text();
    EXPECT_EQ(s.host.remove_device(*s.device), STATUS_SUCCESS);
    EXPECT_GE(log.index_of("child 3 description cleanup"), 0);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfDevices, IdlePolicyIsRecordedAndInterfacesAreNotSupportedByTheRootBus) {
    TestLogFile log;
    Started s;
    EXPECT_GE(log.index_of("S0 idle 0x00000000, query interface 0xc00000bb"), 0) << log.text();
}

TEST(KmdfDevices, StaticStopRemoveVetoesTheRemovalUntilBalanced) {
    TestLogFile log;
    Started s;
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_NOT_STOPPABLE).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.remove_device(*s.device), STATUS_DEVICE_BUSY);
    EXPECT_FALSE(s.device->removed);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_STOPPABLE).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.remove_device(*s.device), STATUS_SUCCESS);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(KmdfDevices, RequestsGetTheContextOfTheDevicesRequestAttributes) {
    TestLogFile log;
    Started s;
    EXPECT_EQ(ulongs(s.ioctl(IOCTL_FX_IO_REQUEST_CONTEXT, 4)), std::vector<ULONG>{7});
    EXPECT_GE(log.index_of("default queue found 1, wdm device maps back 1"), 0) << log.text();
}

TEST(KmdfPower, AnIdleDeviceGoesToD3AndARequestBringsItBack) {
    TestLogFile log;
    Started s({{"IdleMs", 40}});
    ASSERT_TRUE(logged(log, "D0Exit to 4")) << log.text();  // idle: WdfPowerDeviceD3
    IoResult r = s.ioctl(IOCTL_FX_IO_REQUEST_CONTEXT, 4);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    long down = log.index_of("D0Exit to 4"), up = log.index_of("D0Entry from 4");
    EXPECT_GE(up, 0) << log.text();
    EXPECT_LT(down, up);
    // A request the driver holds keeps the device in D0 however long it waits.
    IoResult held = s.host.ioctl(*s.device, nullptr, IOCTL_FX_IO_HOLD, {}, 0, {.overlapped = true});
    ASSERT_TRUE(logged(log, "held"));
    auto exits = [&] {
        std::size_t n = 0;
        for (auto& line : log.lines()) n += line == "D0Exit to 4";
        return n;
    };
    std::size_t before = exits();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // five idle timeouts
    EXPECT_EQ(exits(), before);
    EXPECT_EQ(s.ioctl(IOCTL_FX_IO_RELEASE_HELD).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.wait(held).status, STATUS_SUCCESS);
    EXPECT_EQ(s.host.remove_device(*s.device), STATUS_SUCCESS);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(HostConfig, ParsesSurpriseRemovalAndPendingRequests) {
    auto config = wpptrace::host::parse_host_config(R"({
      "drivers": [{"path": "memo.so"}],
      "devices": [{"name": "Memo0", "driver": "Memo", "surprise_removal": true,
                   "workload": {"requests": [{"type": "ioctl", "code": "0x222010",
                                              "pending": true}]}}]})");
    ASSERT_EQ(config.devices.size(), 1u);
    EXPECT_TRUE(config.devices[0].surprise_removal);
    EXPECT_TRUE(config.devices[0].workload.requests[0].pending);
    EXPECT_THROW(wpptrace::host::parse_host_config(R"({"drivers": [], "devices": [
      {"name": "d", "driver": "D", "workload": {"requests": [
        {"type": "read", "length": 4, "pending": true}]}}]})"),
                 wpptrace::host::ConfigError);
    EXPECT_THROW(wpptrace::host::parse_host_config(
                     R"({"devices": [{"name": "d", "driver": "D", "surprise_removal": 1}]})"),
                 wpptrace::host::ConfigError);
}

TEST(KmdfHardware, InterruptCreationFailsAsUnsupported) {
    TestLogFile log;
    Started s;
    IoResult r = s.ioctl(IOCTL_FX_IO_INTERRUPT, 4);
    EXPECT_EQ(ulongs(r), std::vector<ULONG>{static_cast<ULONG>(STATUS_NOT_SUPPORTED)});
    s.host.unload_all();
    bool named = false;
    for (auto& f : s.host.findings())
        named |= f.kind == FindingKind::unsupported &&
                 f.text.find("WdfInterruptCreate") != std::string::npos;
    EXPECT_TRUE(named) << describe(s.host.findings());
}

}  // namespace
