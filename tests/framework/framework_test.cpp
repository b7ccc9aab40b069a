// framework_test.cpp - the emulated framework's Windows semantics, through the host library:
// object tree cleanup order, failure paths, verifier findings, queue dispatching, PnP/power
// callback order, IRP forwarding with completion routines, requests pended across threads.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <wdf.h>  // the drivers' view compiles as C++ too

#include "drivers/test_ioctl.h"
#include "wpptrace/host/driver_host.hpp"

namespace {

using namespace wpptrace::host;

// Points WPPTRACE_TEST_LOG at a fresh file for the test drivers to write to.
class TestLogFile {
  public:
    TestLogFile() {
        path_ = std::filesystem::temp_directory_path() /
                ("wpptrace-fw-" + std::to_string(getpid()) + "-" + std::to_string(counter_++));
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
    // Position of the first line starting with prefix, or -1.
    long index_of(const std::string& prefix) const {
        auto all = lines();
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].rfind(prefix, 0) == 0) return static_cast<long>(i);
        return -1;
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

std::size_t count_findings(const std::vector<Finding>& findings, FindingKind kind) {
    std::size_t n = 0;
    for (auto& f : findings) n += f.kind == kind;
    return n;
}

std::string describe(const std::vector<Finding>& findings) {
    std::string out;
    for (auto& f : findings)
        out += std::string(finding_kind_name(f.kind)) + ": " + f.driver + ": " + f.text + "\n";
    return out;
}

DriverSpec fx_driver(std::map<std::string, RegistryValue> parameters = {}) {
    return {.path = FX_TEST_DRIVER, .name = "FxTest", .parameters = std::move(parameters)};
}

TEST(KmdfObjects, ChildrenCleanUpBeforeParentsAndEveryCleanupBeforeAnyDestroy) {
    TestLogFile log;
    {
        DriverHost host;
        host.load(fx_driver());
        Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
        ASSERT_EQ(device.add_status, STATUS_SUCCESS);
        ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
        ASSERT_EQ(host.remove_device(device), STATUS_SUCCESS);
        EXPECT_EQ(log.index_of("cleanup driver"), -1) << "the driver is cleaned up at unload only";
        host.unload_all();
        EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
    }
    // Device removal: queue and child before the device; destroys after all cleanups.
    long child = log.index_of("cleanup child (marker 42)"), queue = log.index_of("cleanup queue"),
         device = log.index_of("cleanup device"), destroy_child = log.index_of("destroy child"),
         destroy_queue = log.index_of("destroy queue"),
         destroy_device = log.index_of("destroy device"),
         cleanup_driver = log.index_of("cleanup driver"),
         destroy_driver = log.index_of("destroy driver");
    ASSERT_GE(child, 0) << log.text();
    ASSERT_GE(queue, 0) << log.text();
    EXPECT_LT(child, device) << log.text();
    EXPECT_LT(queue, device) << log.text();
    EXPECT_LT(device, destroy_child) << log.text();
    EXPECT_LT(device, destroy_queue) << log.text();
    EXPECT_LT(std::max(destroy_child, destroy_queue), destroy_device) << log.text();
    EXPECT_LT(destroy_device, cleanup_driver) << log.text();
    EXPECT_EQ(cleanup_driver + 1, destroy_driver) << log.text();
}

TEST(KmdfObjects, FailingDriverEntryRunsNoCleanupCallbacks) {
    TestLogFile log;
    DriverHost host;
    auto& driver = host.load(fx_driver({{"FailEntry", 1}}));
    EXPECT_EQ(driver.entry_status(), STATUS_UNSUCCESSFUL);
    EXPECT_THROW(host.add_device({.name = "dev0", .driver = "FxTest"}), LoadError);
    host.unload_all();
    EXPECT_NE(log.index_of("DriverEntry fails"), -1);
    EXPECT_EQ(log.index_of("cleanup driver"), -1) << log.text();
    EXPECT_EQ(log.index_of("destroy driver"), -1) << log.text();
}

TEST(KmdfObjects, FailingDeviceAddLeavesNoDevice) {
    TestLogFile log;
    DriverHost host;
    auto& driver = host.load(fx_driver({{"FailAdd", 1}}));
    Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
    EXPECT_EQ(device.add_status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(driver.driver_object()->DeviceObject, nullptr) << "the FDO must be gone";
    EXPECT_TRUE(device.removed);
    // What the device add created was cleaned up with it, children first.
    EXPECT_LT(log.index_of("cleanup queue"), log.index_of("cleanup device")) << log.text();
    host.unload_all();
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
}

TEST(KmdfObjects, InjectedQueueFailureFailsDeviceAddAndLeavesNoDevice) {
    TestLogFile log;
    DriverHost host;
    DriverSpec spec = fx_driver();
    spec.injections["WdfIoQueueCreate"] = STATUS_INSUFFICIENT_RESOURCES;
    auto& driver = host.load(spec);
    Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
    EXPECT_EQ(device.add_status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(driver.driver_object()->DeviceObject, nullptr);
}

TEST(Pool, LeakIsReportedPerDriverAtUnloadWithItsTag) {
    TestLogFile log;
    DriverHost host;
    host.load(fx_driver({{"LeakPool", 1}}));
    EXPECT_TRUE(host.findings().empty()) << "leaks are found at unload";
    host.unload_all();
    auto findings = host.findings();
    ASSERT_EQ(count_findings(findings, FindingKind::pool_leak), 1u) << describe(findings);
    EXPECT_EQ(findings[0].driver, "FxTest");
    EXPECT_NE(findings[0].text.find("leaked 2 allocations (64 bytes)"), std::string::npos)
        << findings[0].text;
    EXPECT_NE(findings[0].text.find("tagged 'tseT' (poolmon: Test)"), std::string::npos)
        << findings[0].text;
}

TEST(Requests, DoubleCompletionAndNeverCompletedAreReported) {
    TestLogFile log;
    DriverHost host;
    host.set_io_timeout(std::chrono::milliseconds(200));
    host.load(fx_driver({{"Parallel", 1}}));
    Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    OpenFile file = host.open(device);
    ASSERT_NE(file.file, nullptr);
    IoResult twice = host.ioctl(device, file.file, IOCTL_TEST_COMPLETE_TWICE, {}, 0);
    EXPECT_TRUE(twice.completed);
    EXPECT_EQ(twice.status, STATUS_SUCCESS);
    IoResult never = host.ioctl(device, file.file, IOCTL_TEST_NEVER_COMPLETE, {}, 0);
    EXPECT_FALSE(never.completed);
    host.close(device, file.file);
    host.remove_device(device);  // not a hang: the request is reported
    host.unload_all();
    auto findings = host.findings();
    ASSERT_EQ(count_findings(findings, FindingKind::double_completion), 1u) << describe(findings);
    ASSERT_EQ(count_findings(findings, FindingKind::never_completed), 1u) << describe(findings);
    for (auto& f : findings) {
        EXPECT_EQ(f.driver, "FxTest");
        if (f.kind == FindingKind::double_completion) {
            EXPECT_NE(f.text.find("(device control) on FxTest"), std::string::npos) << f.text;
        }
        if (f.kind == FindingKind::never_completed) {
            EXPECT_NE(f.text.find("IRP_MJ_DEVICE_CONTROL sent to dev0 never completed"),
                      std::string::npos)
                << f.text;
        }
    }
}

TEST(Requests, WdmDoubleIoCompleteRequestIsReported) {
    TestLogFile log;
    DriverHost host;
    host.load({.path = WDM_FUNCTION_DRIVER, .name = "WdmFunction"});
    Device& device = host.add_device({.name = "dev0", .driver = "WdmFunction"});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    IoResult r = host.ioctl(device, nullptr, IOCTL_TEST_COMPLETE_TWICE, {}, 0);
    EXPECT_TRUE(r.completed);
    host.unload_all();
    auto findings = host.findings();
    ASSERT_EQ(count_findings(findings, FindingKind::double_completion), 1u) << describe(findings);
    EXPECT_EQ(findings[0].driver, "WdmFunction");
    EXPECT_NE(findings[0].text.find("IRP_MJ_DEVICE_CONTROL IRP to WdmFunction"), std::string::npos)
        << findings[0].text;
}

// Runs `threads` threads of `per_thread` reads of 50 ms each; returns the driver's maximum of
// reads in flight at once.
ULONG max_concurrent_reads(bool parallel, int threads, int per_thread) {
    DriverHost host;
    host.load(fx_driver({{"Parallel", parallel ? 1u : 0u}, {"DelayMs", 50}}));
    Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
    EXPECT_EQ(host.start_device(device), STATUS_SUCCESS);
    std::vector<std::thread> workers;
    std::atomic<int> failures{0};
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&] {
            OpenFile file = host.open(device);
            for (int i = 0; i < per_thread; ++i) {
                IoResult r = host.read(device, file.file, 16);
                if (!r.completed || r.status != STATUS_SUCCESS ||
                    r.output != std::vector<unsigned char>(16, 'r'))
                    ++failures;
            }
            host.close(device, file.file);
        });
    for (auto& w : workers) w.join();
    EXPECT_EQ(failures.load(), 0);
    IoResult r = host.ioctl(device, nullptr, IOCTL_TEST_MAX_CONCURRENCY, {}, sizeof(ULONG));
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    ULONG max = 0;
    if (r.output.size() == sizeof max) std::memcpy(&max, r.output.data(), sizeof max);
    host.unload_all();
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
    return max;
}

TEST(Queues, SequentialQueueNeverPresentsTwoRequestsAtOnce) {
    TestLogFile log;
    EXPECT_EQ(max_concurrent_reads(false, 4, 3), 1u);
}

TEST(Queues, ParallelQueuePresentsRequestsConcurrently) {
    TestLogFile log;
    EXPECT_GE(max_concurrent_reads(true, 4, 3), 2u);
}

TEST(Requests, BuffersAndInformationRoundTrip) {
    TestLogFile log;
    DriverHost host;
    host.load(fx_driver());
    Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    IoResult echo = host.ioctl(device, nullptr, IOCTL_TEST_ECHO, {1, 2, 3}, 8);
    EXPECT_EQ(echo.status, STATUS_SUCCESS);
    EXPECT_EQ(echo.output, (std::vector<unsigned char>{1, 2, 3}));
    IoResult small = host.ioctl(device, nullptr, IOCTL_TEST_ECHO, {1, 2, 3}, 2);
    EXPECT_EQ(small.status, STATUS_BUFFER_TOO_SMALL);
    IoResult w = host.write(device, nullptr, {9, 9, 9, 9});
    EXPECT_EQ(w.status, STATUS_SUCCESS);
    EXPECT_EQ(w.information, 4u);
}

TEST(Requests, RequestPendedAndCompletedFromAnotherThread) {
    TestLogFile log;
    DriverHost host;
    host.load(fx_driver());
    Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    IoResult r = host.ioctl(device, nullptr, IOCTL_TEST_PEND_ON_THREAD, {}, 0);
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_NE(log.index_of("completing pended request from another thread"), -1);
    host.unload_all();
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
}

TEST(PnpPower, CallbacksRunInKmdfOrder) {
    TestLogFile log;
    DriverHost host;
    host.load(fx_driver());
    Device& device = host.add_device({.name = "dev0", .driver = "FxTest"});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    EXPECT_EQ(host.set_device_power(device, PowerDeviceD3), STATUS_SUCCESS);
    EXPECT_EQ(host.set_device_power(device, PowerDeviceD0), STATUS_SUCCESS);
    EXPECT_EQ(host.remove_device(device), STATUS_SUCCESS);
    host.unload_all();
    std::vector<std::string> expected = {
        "DriverEntry",     "EvtDriverDeviceAdd", "PrepareHardware (0 resources)",
        "D0Entry from 5",  // WdfPowerDeviceD3Final
        "D0Exit to 4",     // WdfPowerDeviceD3
        "D0Entry from 4",
        "D0Exit to 5",  // removal: WdfPowerDeviceD3Final
        "ReleaseHardware",
    };
    std::vector<std::string> seen;
    for (auto& line : log.lines())
        if (line.rfind("cleanup", 0) != 0 && line.rfind("destroy", 0) != 0) seen.push_back(line);
    EXPECT_EQ(seen, expected) << log.text();
}

TEST(WdmIrps, ForwardingDownATwoDeviceStackRunsTheCompletionRoutine) {
    TestLogFile log;
    DriverHost host;
    host.load({.path = WDM_FUNCTION_DRIVER, .name = "WdmFunction"});
    host.load({.path = WDM_FILTER_DRIVER, .name = "WdmFilter"});
    Device& device =
        host.add_device({.name = "dev0", .driver = "WdmFunction", .upper_filters = {"WdmFilter"}});
    ASSERT_EQ(device.add_status, STATUS_SUCCESS);
    EXPECT_EQ(device.top()->StackSize, 3);  // PDO, FDO, filter
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    EXPECT_NE(log.index_of("function: start completion routine (device set)"), -1) << log.text();
    IoResult r = host.read(device, nullptr, 4);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.output, (std::vector<unsigned char>{'F', 'w', 'w', 'w'}));
    EXPECT_NE(
        log.index_of("filter: read completion (status 0x0, 4 bytes, pending 0, own device 1)"), -1)
        << log.text();
    EXPECT_EQ(host.remove_device(device), STATUS_SUCCESS);
    EXPECT_LT(log.index_of("filter: remove"), log.index_of("function: remove"));
    host.unload_all();
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
}

TEST(WdmIrps, IrpPendedAndCompletedFromAnotherThreadReachesTheFilterAsPending) {
    TestLogFile log;
    DriverHost host;
    host.load({.path = WDM_FUNCTION_DRIVER, .name = "PendingFunction"});
    host.load({.path = WDM_FILTER_DRIVER, .name = "WdmFilter"});
    Device& device = host.add_device(
        {.name = "dev0", .driver = "PendingFunction", .upper_filters = {"WdmFilter"}});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    IoResult r = host.read(device, nullptr, 2);
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(r.output, (std::vector<unsigned char>{'F', 'w'}));
    EXPECT_NE(log.index_of("function: completing pended read from another thread"), -1);
    EXPECT_NE(log.index_of("filter: read completion (status 0x0, 2 bytes, pending 1"), -1)
        << log.text();
    host.unload_all();
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
}

}  // namespace
