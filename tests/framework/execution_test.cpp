// execution_test.cpp - execution contexts of the emulated kernel and KMDF: DPCs, timers, work
// items and system threads on the host's threads at their IRQLs, waits on dispatcher objects,
// executive locks and lookaside lists, and the verifier's findings for their misuse. The first
// half drives the KeExecTest driver through the host; the second calls the kernel routines
// directly (the test plays a driver).
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include <wdf.h>

#include "drivers/ke_exec_ioctl.h"
#include "wpptrace/host/driver_host.hpp"
#include "wpptrace/host/host_config.hpp"

namespace {

using namespace wpptrace::host;
using namespace std::chrono_literals;

class TestLogFile {
  public:
    TestLogFile() {
        path_ = std::filesystem::temp_directory_path() /
                ("wpptrace-exec-" + std::to_string(getpid()) + "-" + std::to_string(counter_++));
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
    std::size_t count(const std::string& prefix) const {
        std::size_t n = 0;
        for (auto& l : lines()) n += l.rfind(prefix, 0) == 0;
        return n;
    }
    bool has(const std::string& line) const {
        for (auto& l : lines())
            if (l == line) return true;
        return false;
    }
    // Polls until prefix has been logged n times (or 5 s passed).
    bool wait_for(const std::string& prefix, std::size_t n = 1) const {
        for (auto end = std::chrono::steady_clock::now() + 5s;
             std::chrono::steady_clock::now() < end; std::this_thread::sleep_for(2ms))
            if (count(prefix) >= n) return true;
        return false;
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

std::size_t count_findings(const std::vector<Finding>& findings, FindingKind kind,
                           const std::string& containing) {
    std::size_t n = 0;
    for (auto& f : findings) n += f.kind == kind && f.text.find(containing) != std::string::npos;
    return n;
}

std::vector<unsigned char> ulong_bytes(ULONG value) {
    std::vector<unsigned char> out(sizeof value);
    std::memcpy(out.data(), &value, sizeof value);
    return out;
}

ULONG ulong_at(const IoResult& r, std::size_t index) {
    ULONG value = 0;
    if (r.output.size() >= (index + 1) * sizeof(ULONG))
        std::memcpy(&value, r.output.data() + index * sizeof(ULONG), sizeof value);
    return value;
}

// A host with the KeExecTest driver loaded and one device started.
struct ExecHost {
    DriverHost host;
    Device* device = nullptr;
    explicit ExecHost(std::map<std::string, RegistryValue> parameters = {}) {
        auto& driver = host.load({.path = KE_EXEC_TEST_DRIVER,
                                  .name = "KeExecTest",
                                  .parameters = std::move(parameters)});
        EXPECT_EQ(driver.entry_status(), STATUS_SUCCESS);
        device = &host.add_device({.name = "exec0", .driver = "KeExecTest"});
        EXPECT_EQ(device->add_status, STATUS_SUCCESS);
        EXPECT_EQ(host.start_device(*device), STATUS_SUCCESS);
    }
    IoResult ioctl(ULONG code, std::vector<unsigned char> input = {}, ULONG output = 0) {
        return host.ioctl(*device, nullptr, code, input, output);
    }
};

// ---- Through the driver -------------------------------------------------------------------------

TEST(KmdfTimer, PeriodicTimerFiresAtDispatchLevelTheExpectedNumberOfTimesThenStops) {
    TestLogFile log;
    {
        ExecHost h;
        ASSERT_EQ(h.ioctl(IOCTL_KE_PERIODIC_TIMER, ulong_bytes(5)).status, STATUS_SUCCESS);
        ASSERT_TRUE(log.wait_for("periodic timer stopped")) << log.text();
        std::this_thread::sleep_for(60ms);  // six more periods: no tick may come
        EXPECT_EQ(log.count("periodic timer tick "), 5u) << log.text();
        for (int i = 1; i <= 5; ++i)
            EXPECT_TRUE(log.has("periodic timer tick " + std::to_string(i) + " at IRQL 2"))
                << log.text();
        h.host.unload_all();
        EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
    }
    EXPECT_EQ(log.count("long timer fired"), 0u) << "deleted with its device, never due";
}

TEST(KmdfTimer, StopWithWaitReturnsAfterTheRunningCallbackAndNoneFollows) {
    TestLogFile log;
    ExecHost h({{"SlowTicks", 1}});
    ASSERT_EQ(h.ioctl(IOCTL_KE_PERIODIC_TIMER, ulong_bytes(1000)).status, STATUS_SUCCESS);
    ASSERT_TRUE(log.wait_for("slow tick begin")) << log.text();
    IoResult r = h.ioctl(IOCTL_KE_STOP_TIMER, {}, sizeof(ULONG));
    EXPECT_EQ(ulong_at(r, 0), 1u) << "the periodic timer was set";
    auto lines = log.lines();
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines.back(), "periodic timer stopped and waited for (was set: 1)") << log.text();
    std::size_t begins = log.count("slow tick begin");
    std::this_thread::sleep_for(50ms);
    EXPECT_EQ(log.count("slow tick begin"), begins) << log.text();
    EXPECT_EQ(log.count("slow tick end"), begins) << log.text();
}

TEST(KmdfTimer, DeletingTheDeviceWaitsForTheRunningCallbackBeforeCleanup) {
    TestLogFile log;
    {
        ExecHost h({{"SlowTicks", 1}});
        ASSERT_EQ(h.ioctl(IOCTL_KE_PERIODIC_TIMER, ulong_bytes(1000)).status, STATUS_SUCCESS);
        ASSERT_TRUE(log.wait_for("slow tick begin")) << log.text();
        EXPECT_EQ(h.host.remove_device(*h.device), STATUS_SUCCESS);
        h.host.unload_all();
        EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
    }
    auto lines = log.lines();
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines.back(), "device cleanup") << log.text();
    EXPECT_EQ(log.count("slow tick begin"), log.count("slow tick end")) << log.text();
}

TEST(KmdfTimer, PassiveLevelTimerRunsAtPassiveLevel) {
    TestLogFile log;
    ExecHost h;
    ASSERT_EQ(h.ioctl(IOCTL_KE_PASSIVE_TIMER).status, STATUS_SUCCESS);
    ASSERT_TRUE(log.wait_for("passive timer at IRQL")) << log.text();
    EXPECT_TRUE(log.has("passive timer at IRQL 0")) << log.text();
    h.host.unload_all();
    EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
}

TEST(KmdfDpc, DpcRunsAtDispatchLevelAndItsWorkItemAtPassiveLevel) {
    TestLogFile log;
    ExecHost h;
    IoResult r = h.ioctl(IOCTL_KE_DPC_THEN_WORK);
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_TRUE(log.has("dpc at IRQL 2")) << log.text();
    EXPECT_TRUE(log.has("work item at IRQL 0")) << log.text();
    h.host.unload_all();
    EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
}

TEST(KeTimer, TimerWithDpcQueuesTheDriversDpcAtDispatchLevel) {
    TestLogFile log;
    ExecHost h;
    IoResult r = h.ioctl(IOCTL_KE_TIMER_DPC, {}, sizeof(ULONG));
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(ulong_at(r, 0), static_cast<ULONG>(STATUS_SUCCESS));
    EXPECT_TRUE(log.has("KTIMER DPC at IRQL 2 (system time given: yes)")) << log.text();
    h.host.unload_all();
    EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
}

TEST(KeTimer, WaitOnTimerTimesOutBeforeItIsDueThenSucceeds) {
    TestLogFile log;
    ExecHost h;
    IoResult r = h.ioctl(IOCTL_KE_WAIT_TIMER, {}, 3 * sizeof(ULONG));
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(ulong_at(r, 0), static_cast<ULONG>(STATUS_TIMEOUT));
    EXPECT_EQ(ulong_at(r, 1), static_cast<ULONG>(STATUS_SUCCESS));
    EXPECT_EQ(ulong_at(r, 2), 1u) << "a notification timer stays signalled";
}

TEST(IoWorkItem, RunsAtPassiveLevelWithTheDeviceReferenced) {
    TestLogFile log;
    ExecHost h;
    IoResult r = h.ioctl(IOCTL_KE_IO_WORKITEM, {}, sizeof(ULONG));
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    // IoCreateDevice's reference and IoQueueWorkItem's, both in the object table.
    EXPECT_GE(ulong_at(r, 0), 2u) << "IoQueueWorkItem references the device object";
    EXPECT_TRUE(log.wait_for("IO work item at IRQL 0")) << log.text();
    h.host.unload_all();
    EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
}

TEST(SystemThread, RunsAtPassiveLevelAndEndsBeforeTheDriverUnloads) {
    TestLogFile log;
    {
        ExecHost h;
        ASSERT_TRUE(log.wait_for("system thread at IRQL")) << log.text();
        EXPECT_TRUE(log.has("system thread at IRQL 0")) << log.text();
        std::this_thread::sleep_for(30ms);
        IoResult r = h.ioctl(IOCTL_KE_THREAD_LOOPS, {}, sizeof(ULONG));
        EXPECT_GT(ulong_at(r, 0), 0u) << "its 5 ms waits time out while nothing stops it";
        h.host.unload_all();
        EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
    }
    EXPECT_EQ(log.count("system thread ends"), 1u) << log.text();
}

TEST(Lookaside, BlocksAreRecycledAndAllReturnToThePool) {
    TestLogFile log;
    ExecHost h;
    IoResult r = h.ioctl(IOCTL_KE_LOOKASIDE, {}, 2 * sizeof(ULONG));
    ASSERT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(ulong_at(r, 0), 32u) << "allocations";
    EXPECT_EQ(ulong_at(r, 1), 16u) << "the second round came from the list";
    h.host.unload_all();
    EXPECT_TRUE(h.host.findings().empty()) << describe(h.host.findings());
}

TEST(Lookaside, ListNeverDeletedShowsAsALeakOfItsTag) {
    TestLogFile log;
    ExecHost h({{"LeakLookaside", 1}});
    ASSERT_EQ(h.ioctl(IOCTL_KE_LOOKASIDE, {}, 2 * sizeof(ULONG)).status, STATUS_SUCCESS);
    h.host.unload_all();
    EXPECT_EQ(count_findings(h.host.findings(), FindingKind::pool_leak, "'xEeK'"), 1u)
        << describe(h.host.findings());
}

TEST(Verifier, WaitsAtDispatchLevelAndSelfWaitsAreReportedInTheHostReport) {
    TestLogFile log;
    ExecHost h;
    IoResult r = h.ioctl(IOCTL_KE_MISUSE);
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_TRUE(log.has("wait at DISPATCH_LEVEL returned 0x102")) << log.text();
    h.host.unload_all();
    auto findings = h.host.findings();
    EXPECT_EQ(count_findings(findings, FindingKind::irql, "KeWaitForSingleObject at IRQL 2"), 1u)
        << describe(findings);
    EXPECT_EQ(count_findings(findings, FindingKind::irql, "WdfTimerStop(Wait=TRUE) at IRQL 2"), 1u)
        << describe(findings);
    EXPECT_EQ(count_findings(findings, FindingKind::irql,
                             "WdfWaitLockAcquire at IRQL 2 with a non-zero timeout"),
              1u)
        << describe(findings);
    EXPECT_EQ(count_findings(findings, FindingKind::irql, "WdfWorkItemFlush from its own callback"),
              1u)
        << describe(findings);
    for (auto& f : findings) EXPECT_EQ(f.driver, "KeExecTest");
}

TEST(Verifier, FreeingPoolThatHoldsATimerStillSetIsReportedAndTheTimerCancelled) {
    TestLogFile log;
    ExecHost h;
    ASSERT_EQ(h.ioctl(IOCTL_KE_FREE_ACTIVE_TIMER).status, STATUS_SUCCESS);
    std::this_thread::sleep_for(30ms);  // past its due time: it must not expire
    EXPECT_EQ(log.count("left timer DPC ran"), 0u);
    h.host.unload_all();
    EXPECT_EQ(count_findings(h.host.findings(), FindingKind::pool_misuse,
                             "tagged 'xEeK' that holds 1 timer still set (cancelled)"),
              1u)
        << describe(h.host.findings());
}

TEST(Verifier, AWholeHostRunPrintsTheFindingsAndExitsThree) {
    TestLogFile log;
    HostConfig config;
    config.drivers.push_back({.path = KE_EXEC_TEST_DRIVER, .name = "KeExecTest"});
    DeviceConfig device{.device = {.name = "exec0", .driver = "KeExecTest"}};
    device.workload.requests.push_back({.type = RequestSpec::Type::ioctl, .code = IOCTL_KE_MISUSE});
    device.workload.requests.push_back(
        {.type = RequestSpec::Type::ioctl, .count = 3, .code = IOCTL_KE_DPC_THEN_WORK});
    device.power_cycles = 1;
    config.devices.push_back(device);
    std::FILE* out = std::tmpfile();
    ASSERT_NE(out, nullptr);
    RunReport report = run_host(config, out);
    std::rewind(out);
    std::string text;
    for (int c; (c = std::fgetc(out)) != EOF;) text += static_cast<char>(c);
    std::fclose(out);
    EXPECT_EQ(report.exit_code(), 3) << text;
    EXPECT_NE(text.find("host: finding: IRQL: KeExecTest: KeWaitForSingleObject at IRQL 2 with a "
                        "non-zero timeout"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("ioctl STATUS_SUCCESS 4"), std::string::npos) << text;
    EXPECT_EQ(log.count("work item at IRQL 0"), 4u) << log.text();
}

TEST(Unload, TimersLeftSetAreCancelledAndReported) {
    TestLogFile log;
    {
        ExecHost h({{"LeaveTimerSet", 1}});
        h.host.unload_all();
        EXPECT_EQ(count_findings(h.host.findings(), FindingKind::device_misuse,
                                 "unloaded with 1 timer still set"),
                  1u)
            << describe(h.host.findings());
        EXPECT_EQ(h.host.findings().size(), 1u) << describe(h.host.findings());
    }
    EXPECT_EQ(log.count("left timer DPC ran"), 0u);
    EXPECT_EQ(log.count("long timer fired"), 0u);
}

TEST(ExPool, DriverRuntimeOptInMakesNonPagedPoolNx) {
    TestLogFile log;
    ExecHost h;
    EXPECT_TRUE(log.has("DriverEntry (non-paged pool type 512)")) << log.text();
}

// ---- Direct calls -----------------------------------------------------------------------------

struct DpcProbe {
    KEVENT ran;
    std::atomic<int> irql{-1};
    std::atomic<int> runs{0};
};

void ProbeDpc(PKDPC, PVOID context, PVOID, PVOID) {
    auto* probe = static_cast<DpcProbe*>(context);
    probe->irql = KeGetCurrentIrql();
    ++probe->runs;
    KeSetEvent(&probe->ran, IO_NO_INCREMENT, FALSE);
}

LARGE_INTEGER ms(LONGLONG n) {
    LARGE_INTEGER t;
    t.QuadPart = -10000 * n;
    return t;
}

TEST(KeDpc, InsertRunsOnceAtDispatchLevelAndFlushWaitsForIt) {
    DpcProbe probe;
    KeInitializeEvent(&probe.ran, NotificationEvent, FALSE);
    KDPC dpc;
    KeInitializeDpc(&dpc, ProbeDpc, &probe);
    EXPECT_TRUE(KeInsertQueueDpc(&dpc, nullptr, nullptr));
    KeFlushQueuedDpcs();
    EXPECT_EQ(probe.runs.load(), 1);
    EXPECT_EQ(probe.irql.load(), DISPATCH_LEVEL);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL) << "the caller's IRQL is its own";
    EXPECT_FALSE(KeRemoveQueueDpc(&dpc)) << "no longer queued";
}

TEST(KeTimer, PeriodicTimerSignalsAndQueuesItsDpcUntilCancelled) {
    DpcProbe probe;
    KeInitializeEvent(&probe.ran, SynchronizationEvent, FALSE);
    KDPC dpc;
    KTIMER timer;
    KeInitializeDpc(&dpc, ProbeDpc, &probe);
    KeInitializeTimerEx(&timer, NotificationTimer);
    EXPECT_FALSE(KeSetTimerEx(&timer, ms(5), 5, &dpc));
    LARGE_INTEGER timeout = ms(2000);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(KeWaitForSingleObject(&probe.ran, Executive, KernelMode, FALSE, &timeout),
                  STATUS_SUCCESS);
    EXPECT_TRUE(KeReadStateTimer(&timer));
    EXPECT_TRUE(KeCancelTimer(&timer));
    EXPECT_FALSE(KeCancelTimer(&timer));
    KeFlushQueuedDpcs();
    int runs = probe.runs;
    std::this_thread::sleep_for(20ms);
    EXPECT_EQ(probe.runs.load(), runs) << "no expiry after KeCancelTimer";
    EXPECT_EQ(probe.irql.load(), DISPATCH_LEVEL);
}

TEST(KeTimer, AbsoluteDueTimeInSystemTime) {
    KTIMER timer;
    KeInitializeTimerEx(&timer, SynchronizationTimer);
    LARGE_INTEGER now, due;
    KeQuerySystemTime(&now);
    due.QuadPart = now.QuadPart + 10000 * 20;  // 20 ms from now, absolute
    auto start = std::chrono::steady_clock::now();
    KeSetTimer(&timer, due, nullptr);
    EXPECT_EQ(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_GE(std::chrono::steady_clock::now() - start, 15ms);
    LARGE_INTEGER poll{};
    EXPECT_EQ(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, &poll), STATUS_TIMEOUT)
        << "a synchronization timer is consumed by the wait it satisfies";
}

TEST(KeWait, WaitAnyReportsTheIndexAndWaitAllNeedsEveryObject) {
    KEVENT a, b;
    KeInitializeEvent(&a, NotificationEvent, FALSE);
    KeInitializeEvent(&b, SynchronizationEvent, TRUE);
    PVOID objects[2] = {&a, &b};
    LARGE_INTEGER poll{};
    EXPECT_EQ(
        KeWaitForMultipleObjects(2, objects, WaitAny, Executive, KernelMode, FALSE, &poll, nullptr),
        STATUS_WAIT_0 + 1);
    KeSetEvent(&b, IO_NO_INCREMENT, FALSE);
    EXPECT_EQ(
        KeWaitForMultipleObjects(2, objects, WaitAll, Executive, KernelMode, FALSE, &poll, nullptr),
        STATUS_TIMEOUT);
    EXPECT_EQ(KeReadStateEvent(&b), 1) << "a failed WaitAll takes nothing";
    std::thread setter([&] {
        std::this_thread::sleep_for(10ms);
        KeSetEvent(&a, IO_NO_INCREMENT, FALSE);
    });
    LARGE_INTEGER timeout = ms(2000);
    EXPECT_EQ(KeWaitForMultipleObjects(2, objects, WaitAll, Executive, KernelMode, FALSE, &timeout,
                                       nullptr),
              STATUS_WAIT_0);
    setter.join();
    EXPECT_EQ(KeReadStateEvent(&b), 0) << "the synchronization event was taken";
}

TEST(KeWait, MutexIsRecursiveForItsOwnerAndExcludesOthers) {
    KMUTEX mutex;
    KeInitializeMutex(&mutex, 0);
    ASSERT_EQ(KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    ASSERT_EQ(KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    NTSTATUS other = STATUS_PENDING;
    std::thread([&] {
        LARGE_INTEGER poll{};
        other = KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, &poll);
    }).join();
    EXPECT_EQ(other, STATUS_TIMEOUT);
    EXPECT_EQ(KeReleaseMutex(&mutex, FALSE), -1);
    EXPECT_EQ(KeReleaseMutex(&mutex, FALSE), 0);
    EXPECT_EQ(KeReadStateMutex(&mutex), 1);
    std::thread([&] {
        LARGE_INTEGER poll{};
        other = KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, &poll);
        KeReleaseMutex(&mutex, FALSE);
    }).join();
    EXPECT_EQ(other, STATUS_SUCCESS);
}

TEST(KeWait, SemaphoreCountsUnitsUpToItsLimit) {
    KSEMAPHORE semaphore;
    KeInitializeSemaphore(&semaphore, 0, 2);
    LARGE_INTEGER poll{};
    EXPECT_EQ(KeWaitForSingleObject(&semaphore, Executive, KernelMode, FALSE, &poll),
              STATUS_TIMEOUT);
    EXPECT_EQ(KeReleaseSemaphore(&semaphore, 0, 2, FALSE), 0);
    EXPECT_EQ(KeReleaseSemaphore(&semaphore, 0, 1, FALSE), 2) << "beyond the limit: unchanged";
    EXPECT_EQ(KeWaitForSingleObject(&semaphore, Executive, KernelMode, FALSE, &poll),
              STATUS_SUCCESS);
    EXPECT_EQ(KeWaitForSingleObject(&semaphore, Executive, KernelMode, FALSE, &poll),
              STATUS_SUCCESS);
    EXPECT_EQ(KeWaitForSingleObject(&semaphore, Executive, KernelMode, FALSE, &poll),
              STATUS_TIMEOUT);
}

// Runs body on its own thread inside a critical region, as resource users must.
template <class Body>
std::thread in_region(Body body) {
    return std::thread([body] {
        KeEnterCriticalRegion();
        body();
        KeLeaveCriticalRegion();
    });
}

TEST(ExResource, SharedOwnersExcludeExclusiveAcrossThreadsAndExclusiveWaitersGoFirst) {
    ERESOURCE resource;
    ASSERT_EQ(ExInitializeResourceLite(&resource), STATUS_SUCCESS);
    KEVENT release_shared, exclusive_got;
    KeInitializeEvent(&release_shared, NotificationEvent, FALSE);
    KeInitializeEvent(&exclusive_got, NotificationEvent, FALSE);
    std::atomic<int> shared_holders{0};
    std::atomic<bool> exclusive_saw_readers{true};

    auto reader = in_region([&] {
        EXPECT_TRUE(ExAcquireResourceSharedLite(&resource, TRUE));
        EXPECT_TRUE(ExAcquireResourceSharedLite(&resource, TRUE)) << "recursive shared";
        EXPECT_EQ(ExIsResourceAcquiredSharedLite(&resource), 2u);
        EXPECT_FALSE(ExIsResourceAcquiredExclusiveLite(&resource));
        ++shared_holders;
        KeWaitForSingleObject(&release_shared, Executive, KernelMode, FALSE, nullptr);
        --shared_holders;
        ExReleaseResourceLite(&resource);
        ExReleaseResourceLite(&resource);
    });
    while (shared_holders == 0) std::this_thread::sleep_for(1ms);

    in_region([&] {
        EXPECT_TRUE(ExAcquireResourceSharedLite(&resource, FALSE)) << "readers share";
        ExReleaseResourceLite(&resource);
        EXPECT_FALSE(ExAcquireResourceExclusiveLite(&resource, FALSE)) << "not while shared";
    }).join();

    auto writer = in_region([&] {
        EXPECT_TRUE(ExAcquireResourceExclusiveLite(&resource, TRUE));
        exclusive_saw_readers = shared_holders != 0;
        EXPECT_TRUE(ExIsResourceAcquiredExclusiveLite(&resource));
        EXPECT_TRUE(ExAcquireResourceSharedLite(&resource, TRUE)) << "the owner may add shared";
        EXPECT_EQ(ExIsResourceAcquiredSharedLite(&resource), 2u);
        KeSetEvent(&exclusive_got, IO_NO_INCREMENT, FALSE);
        ExReleaseResourceLite(&resource);
        ExReleaseResourceLite(&resource);
    });
    while (ExGetExclusiveWaiterCount(&resource) == 0) std::this_thread::sleep_for(1ms);

    in_region([&] {
        EXPECT_FALSE(ExAcquireResourceSharedLite(&resource, FALSE))
            << "a new reader waits behind the exclusive waiter";
        EXPECT_TRUE(ExAcquireSharedStarveExclusive(&resource, FALSE)) << "unless it starves it";
        ExReleaseResourceLite(&resource);
    }).join();

    KeSetEvent(&release_shared, IO_NO_INCREMENT, FALSE);
    reader.join();
    writer.join();
    EXPECT_FALSE(exclusive_saw_readers.load());
    EXPECT_EQ(ExDeleteResourceLite(&resource), STATUS_SUCCESS);
}

TEST(ExFastMutex, RaisesToApcLevelAndExcludesOtherThreads) {
    FAST_MUTEX mutex;
    ExInitializeFastMutex(&mutex);
    ExAcquireFastMutex(&mutex);
    EXPECT_EQ(KeGetCurrentIrql(), APC_LEVEL);
    BOOLEAN other = TRUE;
    std::thread([&] { other = ExTryToAcquireFastMutex(&mutex); }).join();
    EXPECT_FALSE(other);
    ExReleaseFastMutex(&mutex);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    std::thread([&] {
        other = ExTryToAcquireFastMutex(&mutex);
        if (other) ExReleaseFastMutex(&mutex);
    }).join();
    EXPECT_TRUE(other);
}

TEST(ExRundown, WaitReturnsWhenTheLastReferenceIsReleasedAndRefusesNewOnes) {
    EX_RUNDOWN_REF ref;
    ExInitializeRundownProtection(&ref);
    ASSERT_TRUE(ExAcquireRundownProtection(&ref));
    std::atomic<bool> released{false};
    std::thread holder([&] {
        std::this_thread::sleep_for(20ms);
        released = true;
        ExReleaseRundownProtection(&ref);
    });
    ExWaitForRundownProtectionRelease(&ref);
    EXPECT_TRUE(released.load());
    EXPECT_FALSE(ExAcquireRundownProtection(&ref));
    holder.join();
}

TEST(ExLookaside, FreedBlocksAreHandedOutAgain) {
    NPAGED_LOOKASIDE_LIST list;
    ExInitializeNPagedLookasideList(&list, nullptr, nullptr, POOL_NX_ALLOCATION, 40, 'tseT', 0);
    void* first = ExAllocateFromNPagedLookasideList(&list);
    ASSERT_NE(first, nullptr);
    ExFreeToNPagedLookasideList(&list, first);
    EXPECT_EQ(ExAllocateFromNPagedLookasideList(&list), first);
    EXPECT_EQ(list.L.TotalAllocates, 2u);
    EXPECT_EQ(list.L.AllocateMisses, 1u);
    ExFreeToNPagedLookasideList(&list, first);
    ExDeleteNPagedLookasideList(&list);
}

TEST(KeClocks, SystemTimeIsWallClockSince1601AndCountersAdvance) {
    LARGE_INTEGER system;
    KeQuerySystemTime(&system);
    long long unix_seconds = system.QuadPart / 10000000 - 11644473600LL;
    EXPECT_NEAR(static_cast<double>(unix_seconds), static_cast<double>(time(nullptr)), 2.0);
    LARGE_INTEGER frequency;
    LARGE_INTEGER before = KeQueryPerformanceCounter(&frequency);
    ULONGLONG interrupt_before = KeQueryInterruptTime();
    KeStallExecutionProcessor(50);
    LARGE_INTEGER after = KeQueryPerformanceCounter(nullptr);
    EXPECT_EQ(frequency.QuadPart, 10000000);
    EXPECT_GE(after.QuadPart - before.QuadPart, 500) << "50 us at 10 MHz";
    EXPECT_GE(KeQueryInterruptTime() - interrupt_before, 500u);
    LARGE_INTEGER ticks;
    KeQueryTickCount(&ticks);
    EXPECT_NEAR(static_cast<double>(ticks.QuadPart) * KeQueryTimeIncrement(),
                static_cast<double>(KeQueryInterruptTime()), 2.0 * KeQueryTimeIncrement());
}

TEST(KeFloatingPoint, RestoreBringsBackTheSavedControlState) {
    KFLOATING_SAVE save;
    unsigned before = 0, changed = 0, after = 0;
    __asm__ volatile("stmxcsr %0" : "=m"(before));
    ASSERT_EQ(KeSaveFloatingPointState(&save), STATUS_SUCCESS);
    unsigned round_down = (before & ~0x6000u) | 0x2000u;
    __asm__ volatile("ldmxcsr %0" : : "m"(round_down));
    __asm__ volatile("stmxcsr %0" : "=m"(changed));
    EXPECT_NE(changed, before);
    ASSERT_EQ(KeRestoreFloatingPointState(&save), STATUS_SUCCESS);
    __asm__ volatile("stmxcsr %0" : "=m"(after));
    EXPECT_EQ(after, before);
}

TEST(PsThread, CurrentThreadIdsAndObjects) {
    EXPECT_EQ(PsGetCurrentThreadId(), reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(gettid())));
    EXPECT_EQ(PsGetCurrentProcessId(), reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(getpid())));
    EXPECT_EQ(reinterpret_cast<void*>(PsGetCurrentThread()),
              reinterpret_cast<void*>(KeGetCurrentThread()));
    PKTHREAD other = nullptr;
    std::thread([&] { other = KeGetCurrentThread(); }).join();
    EXPECT_NE(other, KeGetCurrentThread());
    EXPECT_FALSE(PsIsSystemThread(PsGetCurrentThread()));
}

struct ExTimerProbe {
    std::atomic<int> runs{0};
    std::atomic<int> irql{-1};
    std::atomic<bool> deleted{false};
};

void OnExTimer(PEX_TIMER, PVOID context) {
    auto* probe = static_cast<ExTimerProbe*>(context);
    probe->irql = KeGetCurrentIrql();
    ++probe->runs;
}

void OnExTimerDeleted(PVOID context) {
    static_cast<ExTimerProbe*>(context)->deleted = true;
}

TEST(ExTimer, PeriodicCallbackAtDispatchLevelUntilDeleted) {
    ExTimerProbe probe;
    PEX_TIMER timer = ExAllocateTimer(OnExTimer, &probe, EX_TIMER_HIGH_RESOLUTION);
    ASSERT_NE(timer, nullptr);
    EXPECT_FALSE(ExSetTimer(timer, -10000 * 2, 10000 * 2, nullptr));  // 2 ms, then every 2 ms
    for (auto end = std::chrono::steady_clock::now() + 5s;
         probe.runs < 3 && std::chrono::steady_clock::now() < end;)
        std::this_thread::sleep_for(1ms);
    EXPECT_GE(probe.runs.load(), 3);
    EXPECT_EQ(probe.irql.load(), DISPATCH_LEVEL);
    EXT_DELETE_PARAMETERS parameters;
    ExInitializeDeleteTimerParameters(&parameters);
    parameters.DeleteCallback = OnExTimerDeleted;
    parameters.DeleteContext = &probe;
    EXPECT_TRUE(ExDeleteTimer(timer, TRUE, TRUE, &parameters)) << "it was set";
    EXPECT_TRUE(probe.deleted.load());
    int runs = probe.runs;
    std::this_thread::sleep_for(10ms);
    EXPECT_EQ(probe.runs.load(), runs);
}

TEST(ExTimer, OneShotDeletedWithoutCancelStillExpiresFirst) {
    ExTimerProbe probe;
    PEX_TIMER timer = ExAllocateTimer(OnExTimer, &probe, 0);
    ASSERT_NE(timer, nullptr);
    ExSetTimer(timer, -10000 * 10, 0, nullptr);
    EXPECT_FALSE(ExDeleteTimer(timer, FALSE, TRUE, nullptr));
    EXPECT_EQ(probe.runs.load(), 1);
}

TEST(ExSpinLock, SharedHoldersExcludeTheExclusiveOneAndConvertWhenAlone) {
    EX_SPIN_LOCK lock = 0;
    KIRQL old = ExAcquireSpinLockShared(&lock);
    EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
    ExAcquireSpinLockSharedAtDpcLevel(&lock);
    EXPECT_FALSE(ExTryConvertSharedSpinLockExclusive(&lock)) << "two sharers";
    ExReleaseSpinLockSharedFromDpcLevel(&lock);
    std::atomic<bool> writer_in{false};
    std::thread writer([&] {
        KIRQL w = ExAcquireSpinLockExclusive(&lock);
        writer_in = true;
        ExReleaseSpinLockExclusive(&lock, w);
    });
    std::this_thread::sleep_for(10ms);
    EXPECT_FALSE(writer_in.load());
    EXPECT_TRUE(ExTryConvertSharedSpinLockExclusive(&lock));
    ExReleaseSpinLockExclusive(&lock, old);
    writer.join();
    EXPECT_TRUE(writer_in.load());
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
}

TEST(KeBugCheck, StopsTheProcessWithTheFinding) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(KeBugCheckEx(0xD1, 1, 2, 3, 4),
                 "KeBugCheckEx\\(0x000000D1, 0x1, 0x2, 0x3, 0x4\\): the system stops");
}

TEST(KeAffinity, SystemAffinityBindsTheThreadAndRevertRestoresIt) {
    KAFFINITY active = 0;
    ULONG n = KeQueryActiveProcessorCount(&active);
    ASSERT_GE(n, 1u);
    GROUP_AFFINITY one{}, previous{};
    one.Mask = 1;
    std::thread([&] {
        KeSetSystemGroupAffinityThread(&one, &previous);
        EXPECT_EQ(KeGetCurrentProcessorNumber(), 0u);
        KeRevertToUserGroupAffinityThread(&previous);
    }).join();
    EXPECT_EQ(previous.Mask & active, active);
    USHORT count = 0;
    GROUP_AFFINITY node{};
    KeQueryNodeActiveAffinity(0, &node, &count);
    EXPECT_EQ(count, n);
    EXPECT_EQ(node.Mask, active);
}

}  // namespace

// The older quota allocation: POOL_QUOTA_FAIL_INSTEAD_OF_RAISE is a flag on the pool type, not
// a pool type of its own; the memory is not zeroed (the pool's fill pattern shows through).
TEST(ExecutivePool, QuotaAllocationTakesTheFailInsteadOfRaiseFlag) {
    auto* p = static_cast<unsigned char*>(ExAllocatePoolWithQuotaTag(
        static_cast<POOL_TYPE>(NonPagedPoolNx | POOL_QUOTA_FAIL_INSTEAD_OF_RAISE), 32, 'tseT'));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p[0], 0xcd) << "quota pool is not zeroed";
    ExFreePoolWithTag(p, 'tseT');
    EXPECT_EQ(ExAllocatePoolWithQuotaTag(static_cast<POOL_TYPE>(77), 32, 'tseT'), nullptr)
        << "an unknown pool type fails";
}
