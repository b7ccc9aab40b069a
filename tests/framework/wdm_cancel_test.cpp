// wdm_cancel_test.cpp - cancellation (IoCancelIrp, cancel routines), cancel-safe queues under
// races between threads, remove locks, object references (a referenced device outlives
// IoDeleteDevice) and the registry (Zw* buffer statuses, RtlQueryRegistryValues, the host's
// Parameters key), called directly as a driver calls them.
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <wdm.h>

#include "wpptrace/host/driver_host.hpp"
#include "wpptrace/host/host_config.hpp"

namespace {

using wpptrace::host::RegistryValue;

// An IRP as a dispatch routine sees it: its one stack location current.
PIRP make_irp() {
    PIRP irp = IoAllocateIrp(1, FALSE);
    IoSetNextIrpStackLocation(irp);
    IoGetCurrentIrpStackLocation(irp)->MajorFunction = IRP_MJ_READ;
    return irp;
}

// ---- Cancel routines ----------------------------------------------------------------------------

TEST(Cancel, IoCancelIrpWithoutRoutineMarksTheIrpAndReturnsFalse) {
    PIRP irp = make_irp();
    EXPECT_EQ(IoCancelIrp(irp), FALSE);
    EXPECT_TRUE(irp->Cancel);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);  // the cancel spin lock was released
    IoFreeIrp(irp);
}

struct CancelSeen {
    KIRQL irql = 0, cancel_irql = 0xff;
    bool routine_cleared = false, cancel_set = false;
    int calls = 0;
} cancel_seen;

void record_cancel(PDEVICE_OBJECT, PIRP irp) {
    cancel_seen.irql = KeGetCurrentIrql();
    cancel_seen.cancel_irql = irp->CancelIrql;
    cancel_seen.routine_cleared = irp->CancelRoutine == nullptr;
    cancel_seen.cancel_set = irp->Cancel;
    ++cancel_seen.calls;
    IoReleaseCancelSpinLock(irp->CancelIrql);
}

TEST(Cancel, IoCancelIrpCallsTheRoutineWithTheCancelLockHeldAtDispatchLevel) {
    cancel_seen = {};
    PIRP irp = make_irp();
    EXPECT_EQ(IoSetCancelRoutine(irp, record_cancel), nullptr);
    EXPECT_EQ(IoCancelIrp(irp), TRUE);
    EXPECT_EQ(cancel_seen.calls, 1);
    EXPECT_EQ(cancel_seen.irql, DISPATCH_LEVEL);
    EXPECT_EQ(cancel_seen.cancel_irql, PASSIVE_LEVEL);
    EXPECT_TRUE(cancel_seen.routine_cleared);
    EXPECT_TRUE(cancel_seen.cancel_set);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    // Cancelling again finds no routine: the driver owns the cancellation now.
    EXPECT_EQ(IoCancelIrp(irp), FALSE);
    EXPECT_EQ(cancel_seen.calls, 1);
    IoFreeIrp(irp);
}

TEST(Cancel, IoSetCancelRoutineReturnsThePreviousRoutine) {
    PIRP irp = make_irp();
    EXPECT_EQ(IoSetCancelRoutine(irp, record_cancel), nullptr);
    EXPECT_EQ(IoSetCancelRoutine(irp, nullptr), &record_cancel);
    EXPECT_EQ(IoSetCancelRoutine(irp, nullptr), nullptr);
    IoFreeIrp(irp);
}

TEST(Cancel, CompletingWithTheCancelRoutineStillSetIsReported) {
    PIRP irp = make_irp();
    IoSetCancelRoutine(irp, record_cancel);
    irp->IoStatus.Status = STATUS_SUCCESS;
    testing::internal::CaptureStderr();
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("IoCompleteRequest with a cancel routine still set"), std::string::npos)
        << err;
    EXPECT_EQ(irp->CancelRoutine, nullptr);
    IoFreeIrp(irp);
}

// ---- Cancel-safe queues -----------------------------------------------------------------------

// A driver's queue, checking the IoCsq protocol: list callbacks only under the lock, the
// completion of a cancelled IRP only outside it, and every IRP leaving exactly once.
struct TestQueue {
    IO_CSQ csq{};
    KSPIN_LOCK lock = 0;
    LIST_ENTRY irps{};
    std::atomic<std::thread::id> holder{};  // the thread holding the queue's lock
    std::atomic<int> protocol_errors{0};
    std::atomic<int> cancelled{0};
    std::mutex completed_mutex;
    std::multiset<PIRP> completed;
    ULONG limit = 0;  // IoCsqInitializeEx: refuse beyond this many (0: no limit)
    std::atomic<ULONG> size{0};

    static TestQueue& of(PIO_CSQ csq) { return *CONTAINING_RECORD(csq, TestQueue, csq); }
    bool held_here() const { return holder.load() == std::this_thread::get_id(); }
    void expect_held() {
        if (!held_here()) ++protocol_errors;
    }
    void complete(PIRP irp) {
        std::lock_guard lock(completed_mutex);
        completed.insert(irp);
    }

    static void insert(PIO_CSQ csq, PIRP irp) {
        TestQueue& q = of(csq);
        q.expect_held();
        InsertTailList(&q.irps, &irp->Tail.Overlay.ListEntry);
        ++q.size;
    }
    static NTSTATUS insert_ex(PIO_CSQ csq, PIRP irp, PVOID) {
        TestQueue& q = of(csq);
        q.expect_held();
        if (q.limit && q.size >= q.limit) return STATUS_DEVICE_BUSY;
        insert(csq, irp);
        return STATUS_SUCCESS;
    }
    static void remove(PIO_CSQ csq, PIRP irp) {
        TestQueue& q = of(csq);
        q.expect_held();
        RemoveEntryList(&irp->Tail.Overlay.ListEntry);
        --q.size;
    }
    static PIRP peek(PIO_CSQ csq, PIRP irp, PVOID context) {
        TestQueue& q = of(csq);
        q.expect_held();
        PLIST_ENTRY e = irp ? irp->Tail.Overlay.ListEntry.Flink : q.irps.Flink;
        for (; e != &q.irps; e = e->Flink) {
            PIRP next = CONTAINING_RECORD(e, IRP, Tail.Overlay.ListEntry);
            if (!context || IoGetCurrentIrpStackLocation(next)->FileObject == context) return next;
        }
        return nullptr;
    }
    static void acquire(PIO_CSQ csq, PKIRQL irql) {
        TestQueue& q = of(csq);
        KeAcquireSpinLock(&q.lock, irql);
        if (q.holder.exchange(std::this_thread::get_id()) != std::thread::id()) ++q.protocol_errors;
    }
    static void release(PIO_CSQ csq, KIRQL irql) {
        TestQueue& q = of(csq);
        if (q.holder.exchange(std::thread::id()) != std::this_thread::get_id()) ++q.protocol_errors;
        KeReleaseSpinLock(&q.lock, irql);
    }
    static void complete_cancelled(PIO_CSQ csq, PIRP irp) {
        TestQueue& q = of(csq);
        if (q.held_here()) ++q.protocol_errors;  // documented: called without the lock
        ++q.cancelled;
        q.complete(irp);
    }

    explicit TestQueue(bool ex = false) {
        InitializeListHead(&irps);
        NTSTATUS status =
            ex ? IoCsqInitializeEx(&csq, insert_ex, remove, peek, acquire, release,
                                   complete_cancelled)
               : IoCsqInitialize(&csq, insert, remove, peek, acquire, release, complete_cancelled);
        EXPECT_EQ(status, STATUS_SUCCESS);
    }
};

TEST(CancelSafeQueue, InsertMarksPendingAndRemoveNextTakesIrpsInOrder) {
    TestQueue q;
    PIRP a = make_irp(), b = make_irp();
    IoCsqInsertIrp(&q.csq, a, nullptr);
    IoCsqInsertIrp(&q.csq, b, nullptr);
    EXPECT_TRUE(IoGetCurrentIrpStackLocation(a)->Control & SL_PENDING_RETURNED);
    EXPECT_NE(a->CancelRoutine, nullptr);
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, nullptr), a);
    EXPECT_EQ(a->CancelRoutine, nullptr);
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, nullptr), b);
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, nullptr), nullptr);
    EXPECT_EQ(q.protocol_errors, 0);
    IoFreeIrp(a);
    IoFreeIrp(b);
}

TEST(CancelSafeQueue, CancelledIrpLeavesTheQueueThroughCompleteCanceledIrp) {
    TestQueue q;
    PIRP irp = make_irp();
    IO_CSQ_IRP_CONTEXT context{};
    IoCsqInsertIrp(&q.csq, irp, &context);
    EXPECT_EQ(IoCancelIrp(irp), TRUE);
    EXPECT_EQ(q.cancelled, 1);
    EXPECT_EQ(q.size, 0u);
    EXPECT_EQ(context.Irp, nullptr);
    EXPECT_EQ(IoCsqRemoveIrp(&q.csq, &context), nullptr);  // already gone
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    EXPECT_EQ(q.protocol_errors, 0);
    IoFreeIrp(irp);
}

TEST(CancelSafeQueue, IrpCancelledBeforeInsertIsCompletedAsCancelledAtOnce) {
    TestQueue q;
    PIRP irp = make_irp();
    EXPECT_EQ(IoCancelIrp(irp), FALSE);  // no routine yet: the sender only marks it
    IoCsqInsertIrp(&q.csq, irp, nullptr);
    EXPECT_EQ(q.cancelled, 1);
    EXPECT_EQ(q.size, 0u);
    EXPECT_EQ(irp->CancelRoutine, nullptr);
    IoFreeIrp(irp);
}

TEST(CancelSafeQueue, RemoveIrpByContextAndRemoveNextByPeekContext) {
    TestQueue q;
    FILE_OBJECT one{}, two{};
    PIRP a = make_irp(), b = make_irp(), c = make_irp();
    IoGetCurrentIrpStackLocation(a)->FileObject = &one;
    IoGetCurrentIrpStackLocation(b)->FileObject = &two;
    IoGetCurrentIrpStackLocation(c)->FileObject = &two;
    IO_CSQ_IRP_CONTEXT context{};
    IoCsqInsertIrp(&q.csq, a, nullptr);
    IoCsqInsertIrp(&q.csq, b, &context);
    IoCsqInsertIrp(&q.csq, c, nullptr);
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, &two), b);        // the first of handle two
    EXPECT_EQ(IoCsqRemoveIrp(&q.csq, &context), nullptr);  // b is no longer queued
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, &two), c);
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, &two), nullptr);
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, nullptr), a);
    for (PIRP irp : {a, b, c}) IoFreeIrp(irp);
}

TEST(CancelSafeQueue, InsertIrpExFailureLeavesTheIrpUnqueuedAndNotPending) {
    TestQueue q(true);
    q.limit = 1;
    PIRP a = make_irp(), b = make_irp();
    EXPECT_EQ(IoCsqInsertIrpEx(&q.csq, a, nullptr, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(IoCsqInsertIrpEx(&q.csq, b, nullptr, nullptr), STATUS_DEVICE_BUSY);
    EXPECT_FALSE(IoGetCurrentIrpStackLocation(b)->Control & SL_PENDING_RETURNED);
    EXPECT_EQ(b->CancelRoutine, nullptr);
    EXPECT_EQ(IoCsqRemoveNextIrp(&q.csq, nullptr), a);
    EXPECT_EQ(q.protocol_errors, 0);
    IoFreeIrp(a);
    IoFreeIrp(b);
}

// Inserting, removing (next and by context) and cancelling from different threads at once:
// every IRP leaves exactly once, by removal or by cancellation, and the callbacks keep the
// locking protocol.
TEST(CancelSafeQueue, InsertRemoveAndCancelRacesLoseNoIrpAndCompleteNoneTwice) {
    constexpr int rounds = 200, per_round = 16;
    for (int round = 0; round < rounds; ++round) {
        TestQueue q(round % 2 == 1);
        std::vector<PIRP> irps;
        std::vector<IO_CSQ_IRP_CONTEXT> contexts(per_round);
        for (int i = 0; i < per_round; ++i) irps.push_back(make_irp());
        std::atomic<int> inserted{0};
        std::atomic<bool> inserting{true};
        std::thread inserter([&] {
            for (int i = 0; i < per_round; ++i) {
                if (i % 2)
                    IoCsqInsertIrp(&q.csq, irps[i], &contexts[i]);
                else
                    IoCsqInsertIrpEx(&q.csq, irps[i], nullptr, nullptr);
                ++inserted;
            }
            inserting = false;
        });
        std::thread canceller([&] {
            for (int i = per_round - 1; i >= 0; i -= 2) IoCancelIrp(irps[i]);
            for (int i = 0; i < per_round; i += 3) IoCancelIrp(irps[i]);
        });
        std::thread remover([&] {
            while (inserting || q.size) {
                if (PIRP irp = IoCsqRemoveNextIrp(&q.csq, nullptr)) q.complete(irp);
                for (int i = 1; i < per_round; i += 4)
                    if (PIRP irp = IoCsqRemoveIrp(&q.csq, &contexts[i])) q.complete(irp);
            }
        });
        inserter.join();
        canceller.join();
        remover.join();
        while (PIRP irp = IoCsqRemoveNextIrp(&q.csq, nullptr)) q.complete(irp);
        ASSERT_EQ(q.protocol_errors, 0) << "round " << round;
        ASSERT_EQ(q.completed.size(), static_cast<std::size_t>(per_round)) << "round " << round;
        for (PIRP irp : irps) {
            ASSERT_EQ(q.completed.count(irp), 1u) << "round " << round;
            EXPECT_EQ(irp->CancelRoutine, nullptr);
            IoFreeIrp(irp);
        }
        EXPECT_EQ(q.size, 0u);
    }
}

// ---- Remove locks -----------------------------------------------------------------------------

TEST(RemoveLock, ReleaseAndWaitWaitsForEveryOtherAcquisitionThenRefusesNewOnes) {
    IO_REMOVE_LOCK lock;
    IoInitializeRemoveLock(&lock, 'tseT', 0, 0);
    int remove_tag, io_tag;
    ASSERT_EQ(IoAcquireRemoveLock(&lock, &io_tag), STATUS_SUCCESS);
    ASSERT_EQ(IoAcquireRemoveLock(&lock, &remove_tag), STATUS_SUCCESS);
    std::atomic<bool> returned{false};
    std::thread remover([&] {
        IoReleaseRemoveLockAndWait(&lock, &remove_tag);
        returned = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(returned);  // the I/O still holds it
    EXPECT_EQ(IoAcquireRemoveLock(&lock, &remove_tag), STATUS_DELETE_PENDING);
    IoReleaseRemoveLock(&lock, &io_tag);
    remover.join();
    EXPECT_TRUE(returned);
    EXPECT_EQ(IoAcquireRemoveLock(&lock, &io_tag), STATUS_DELETE_PENDING);
}

TEST(RemoveLock, ReleaseWithATagNeverAcquiredIsReported) {
    IO_REMOVE_LOCK lock;
    IoInitializeRemoveLock(&lock, 'tseT', 0, 0);
    int acquired, stranger;
    ASSERT_EQ(IoAcquireRemoveLock(&lock, &acquired), STATUS_SUCCESS);
    testing::internal::CaptureStderr();
    IoReleaseRemoveLock(&lock, &stranger);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("which holds no acquisition of it"), std::string::npos) << err;
    EXPECT_NE(err.find("'tseT'"), std::string::npos) << err;
}

TEST(RemoveLock, GoingOverTheHighWatermarkIsReported) {
    IO_REMOVE_LOCK lock;
    IoInitializeRemoveLock(&lock, 'tseT', 0, 2);
    int tags[3];
    testing::internal::CaptureStderr();
    for (auto& tag : tags) EXPECT_EQ(IoAcquireRemoveLock(&lock, &tag), STATUS_SUCCESS);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("HighWatermark"), std::string::npos) << err;
    for (auto& tag : tags) IoReleaseRemoveLock(&lock, &tag);
}

// ---- Object references ------------------------------------------------------------------------

TEST(ObjectReferences, DeletedDeviceStaysUntilItsLastReferenceGoes) {
    DRIVER_OBJECT driver{};
    driver.Type = IO_TYPE_DRIVER;
    PDEVICE_OBJECT device = nullptr;
    ASSERT_EQ(IoCreateDevice(&driver, 16, nullptr, FILE_DEVICE_UNKNOWN, 0, FALSE, &device),
              STATUS_SUCCESS);
    EXPECT_EQ(ObReferenceObject(device), 2);  // the creator's and ours
    IoDeleteDevice(device);
    EXPECT_EQ(driver.DeviceObject, nullptr);    // out of the driver's list at once
    EXPECT_EQ(device->Type, IO_TYPE_DEVICE);    // but still a device object
    EXPECT_EQ(ObDereferenceObject(device), 0);  // the last reference: freed now
    EXPECT_EQ(device->Type, 0);

    PDEVICE_OBJECT unreferenced = nullptr;
    ASSERT_EQ(IoCreateDevice(&driver, 0, nullptr, FILE_DEVICE_UNKNOWN, 0, FALSE, &unreferenced),
              STATUS_SUCCESS);
    IoDeleteDevice(unreferenced);
    EXPECT_EQ(unreferenced->Type, 0);
    testing::internal::CaptureStderr();
    IoDeleteDevice(unreferenced);  // twice: reported, not freed twice
    EXPECT_NE(testing::internal::GetCapturedStderr().find("of a deleted device"),
              std::string::npos);
}

TEST(ObjectReferences, ReferenceByHandleChecksTheTypeAndClosingTwiceFails) {
    ASSERT_EQ(
        RtlCreateRegistryKey(RTL_REGISTRY_ABSOLUTE,
                             const_cast<PWSTR>(L"\\Registry\\Machine\\Software\\WppTest\\Ob")),
        STATUS_SUCCESS);
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"\\Registry\\Machine\\Software\\WppTest\\Ob");
    OBJECT_ATTRIBUTES attributes;
    InitializeObjectAttributes(&attributes, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               nullptr, nullptr);
    HANDLE key = nullptr;
    ASSERT_EQ(ZwOpenKey(&key, KEY_READ, &attributes), STATUS_SUCCESS);
    PVOID object = nullptr;
    EXPECT_EQ(ObReferenceObjectByHandle(key, 0, *PsThreadType, KernelMode, &object, nullptr),
              STATUS_OBJECT_TYPE_MISMATCH);
    OBJECT_HANDLE_INFORMATION info{};
    ASSERT_EQ(
        ObReferenceObjectByHandle(key, KEY_READ, *CmKeyObjectType, KernelMode, &object, &info),
        STATUS_SUCCESS);
    EXPECT_EQ(info.GrantedAccess, static_cast<ACCESS_MASK>(KEY_READ));
    // User mode gets what the handle was opened with, no more.
    PVOID denied = nullptr;
    EXPECT_EQ(
        ObReferenceObjectByHandle(key, KEY_SET_VALUE, *CmKeyObjectType, UserMode, &denied, nullptr),
        STATUS_ACCESS_DENIED);
    EXPECT_EQ(ZwClose(key), STATUS_SUCCESS);
    // The reference keeps the key object alive after its handle closed.
    EXPECT_EQ(ObDereferenceObject(object), 0);
    testing::internal::CaptureStderr();
    EXPECT_EQ(ZwClose(key), STATUS_INVALID_HANDLE);
    EXPECT_NE(testing::internal::GetCapturedStderr().find("ZwClose of a handle that is not open"),
              std::string::npos);
}

// ---- Registry -------------------------------------------------------------------------------

class Registry : public testing::Test {
  public:
    static HANDLE open(const std::wstring& path) {
        UNICODE_STRING name;
        RtlInitUnicodeString(&name, path.c_str());
        OBJECT_ATTRIBUTES attributes;
        InitializeObjectAttributes(&attributes, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                                   nullptr, nullptr);
        HANDLE key = nullptr;
        return ZwOpenKey(&key, KEY_ALL_ACCESS, &attributes) == STATUS_SUCCESS ? key : nullptr;
    }

  protected:
    void SetUp() override {
        std::string test = testing::UnitTest::GetInstance()->current_test_info()->name();
        path_ =
            L"\\Registry\\Machine\\Software\\WppTest\\" + std::wstring(test.begin(), test.end());
        ASSERT_EQ(RtlCreateRegistryKey(RTL_REGISTRY_ABSOLUTE, path_.data()), STATUS_SUCCESS);
        key_ = open(path_);
        ASSERT_NE(key_, nullptr);
    }
    void TearDown() override {
        if (key_) ZwClose(key_);
    }
    NTSTATUS set(const wchar_t* name, ULONG type, const void* data, ULONG size) {
        UNICODE_STRING value;
        RtlInitUnicodeString(&value, name);
        return ZwSetValueKey(key_, &value, 0, type, const_cast<void*>(data), size);
    }
    NTSTATUS query(const wchar_t* name, KEY_VALUE_INFORMATION_CLASS cls, void* buffer, ULONG length,
                   ULONG* needed) {
        UNICODE_STRING value;
        RtlInitUnicodeString(&value, name);
        return ZwQueryValueKey(key_, &value, cls, buffer, length, needed);
    }
    std::wstring path_;
    HANDLE key_ = nullptr;
};

TEST_F(Registry, QueryValueKeyTooSmallForTheHeaderWritesNothingAndOverflowWritesTheHeader) {
    const wchar_t text[] = L"hello";
    ASSERT_EQ(set(L"Text", REG_SZ, text, sizeof text), STATUS_SUCCESS);
    const ULONG header = offsetof(KEY_VALUE_PARTIAL_INFORMATION, Data);
    ULONG needed = 0;
    unsigned char buffer[256];
    std::memset(buffer, 0xcc, sizeof buffer);
    EXPECT_EQ(query(L"Text", KeyValuePartialInformation, buffer, header - 1, &needed),
              STATUS_BUFFER_TOO_SMALL);
    EXPECT_EQ(needed, header + sizeof text);
    EXPECT_EQ(buffer[0], 0xcc);  // nothing written
    EXPECT_EQ(query(L"Text", KeyValuePartialInformation, buffer, header, &needed),
              STATUS_BUFFER_OVERFLOW);
    auto* partial = reinterpret_cast<PKEY_VALUE_PARTIAL_INFORMATION>(buffer);
    EXPECT_EQ(partial->Type, static_cast<ULONG>(REG_SZ));
    EXPECT_EQ(partial->DataLength, sizeof text);
    EXPECT_EQ(buffer[header], 0xcc);  // the data itself not
    EXPECT_EQ(query(L"Text", KeyValuePartialInformation, buffer, needed, &needed), STATUS_SUCCESS);
    EXPECT_EQ(std::wstring(reinterpret_cast<const wchar_t*>(partial->Data)), L"hello");

    EXPECT_EQ(query(L"Text", KeyValueBasicInformation, buffer, sizeof buffer, &needed),
              STATUS_SUCCESS);
    auto* basic = reinterpret_cast<PKEY_VALUE_BASIC_INFORMATION>(buffer);
    EXPECT_EQ(basic->NameLength, 4 * sizeof(WCHAR));
    EXPECT_EQ(std::wstring(basic->Name, 4), L"Text");
    EXPECT_EQ(query(L"Text", KeyValueFullInformation, buffer, sizeof buffer, &needed),
              STATUS_SUCCESS);
    auto* full = reinterpret_cast<PKEY_VALUE_FULL_INFORMATION>(buffer);
    EXPECT_EQ(full->DataLength, sizeof text);
    EXPECT_EQ(std::wstring(reinterpret_cast<const wchar_t*>(buffer + full->DataOffset)), L"hello");
    EXPECT_EQ(query(L"Missing", KeyValuePartialInformation, buffer, sizeof buffer, &needed),
              STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(Registry, EnumerationEndsWithNoMoreEntriesAndDeletedValuesAreGone) {
    ULONG one = 1, two = 2;
    ASSERT_EQ(set(L"One", REG_DWORD, &one, sizeof one), STATUS_SUCCESS);
    ASSERT_EQ(set(L"Two", REG_DWORD, &two, sizeof two), STATUS_SUCCESS);
    unsigned char buffer[128];
    ULONG needed;
    ASSERT_EQ(
        ZwEnumerateValueKey(key_, 1, KeyValueBasicInformation, buffer, sizeof buffer, &needed),
        STATUS_SUCCESS);
    EXPECT_EQ(std::wstring(reinterpret_cast<PKEY_VALUE_BASIC_INFORMATION>(buffer)->Name, 3),
              L"Two");
    EXPECT_EQ(
        ZwEnumerateValueKey(key_, 2, KeyValueBasicInformation, buffer, sizeof buffer, &needed),
        STATUS_NO_MORE_ENTRIES);
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"one");  // names compare case-insensitively
    EXPECT_EQ(ZwDeleteValueKey(key_, &name), STATUS_SUCCESS);
    EXPECT_EQ(ZwDeleteValueKey(key_, &name), STATUS_OBJECT_NAME_NOT_FOUND);
    // A subkey, created relative to the open key.
    UNICODE_STRING sub;
    RtlInitUnicodeString(&sub, L"Sub");
    OBJECT_ATTRIBUTES attributes;
    InitializeObjectAttributes(&attributes, &sub, OBJ_KERNEL_HANDLE, key_, nullptr);
    HANDLE subkey;
    ULONG disposition = 0;
    ASSERT_EQ(ZwCreateKey(&subkey, KEY_ALL_ACCESS, &attributes, 0, nullptr, 0, &disposition),
              STATUS_SUCCESS);
    EXPECT_EQ(disposition, static_cast<ULONG>(REG_CREATED_NEW_KEY));
    ASSERT_EQ(ZwEnumerateKey(key_, 0, KeyBasicInformation, buffer, sizeof buffer, &needed),
              STATUS_SUCCESS);
    EXPECT_EQ(std::wstring(reinterpret_cast<PKEY_BASIC_INFORMATION>(buffer)->Name, 3), L"Sub");
    EXPECT_EQ(ZwDeleteKey(key_), STATUS_CANNOT_DELETE);  // it has a subkey
    EXPECT_EQ(ZwDeleteKey(subkey), STATUS_SUCCESS);
    ULONG value = 7;
    UNICODE_STRING v;
    RtlInitUnicodeString(&v, L"V");
    EXPECT_EQ(ZwSetValueKey(subkey, &v, 0, REG_DWORD, &value, sizeof value), STATUS_KEY_DELETED);
    ZwClose(subkey);
}

TEST_F(Registry, RtlQueryRegistryValuesDirectRequiredAndTypecheck) {
    ULONG dword = 42;
    const wchar_t text[] = L"direct";
    const wchar_t multi[] = L"a\0bc\0";
    ASSERT_EQ(set(L"Number", REG_DWORD, &dword, sizeof dword), STATUS_SUCCESS);
    ASSERT_EQ(set(L"Text", REG_SZ, text, sizeof text), STATUS_SUCCESS);
    ASSERT_EQ(set(L"List", REG_MULTI_SZ, multi, sizeof multi), STATUS_SUCCESS);

    ULONG number = 0, fallback = 0, fallback_default = 9;
    UNICODE_STRING string{};  // Buffer NULL: allocated for us
    RTL_QUERY_REGISTRY_TABLE table[4] = {};
    table[0].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_REQUIRED;
    table[0].Name = const_cast<PWSTR>(L"Number");
    table[0].EntryContext = &number;
    table[1].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[1].Name = const_cast<PWSTR>(L"Text");
    table[1].EntryContext = &string;
    table[2].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[2].Name = const_cast<PWSTR>(L"Absent");
    table[2].EntryContext = &fallback;
    table[2].DefaultType = REG_DWORD;
    table[2].DefaultData = &fallback_default;
    table[2].DefaultLength = sizeof fallback_default;
    ASSERT_EQ(RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, path_.c_str(), table, nullptr, nullptr),
              STATUS_SUCCESS);
    EXPECT_EQ(number, 42u);
    EXPECT_EQ(fallback, 9u);
    ASSERT_NE(string.Buffer, nullptr);
    EXPECT_EQ(std::wstring(string.Buffer, string.Length / sizeof(WCHAR)), L"direct");
    RtlFreeUnicodeString(&string);

    RTL_QUERY_REGISTRY_TABLE required[2] = {};
    required[0].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_REQUIRED;
    required[0].Name = const_cast<PWSTR>(L"Absent");
    required[0].EntryContext = &number;
    EXPECT_EQ(
        RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, path_.c_str(), required, nullptr, nullptr),
        STATUS_OBJECT_NAME_NOT_FOUND);

    RTL_QUERY_REGISTRY_TABLE typed[2] = {};
    typed[0].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_TYPECHECK;
    typed[0].Name = const_cast<PWSTR>(L"Text");
    typed[0].EntryContext = &number;
    typed[0].DefaultType = REG_DWORD << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT;
    EXPECT_EQ(RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, path_.c_str(), typed, nullptr, nullptr),
              STATUS_OBJECT_TYPE_MISMATCH);

    // A QueryRoutine gets a REG_MULTI_SZ one string at a time.
    std::vector<std::wstring> strings;
    RTL_QUERY_REGISTRY_TABLE routine[2] = {};
    routine[0].QueryRoutine = [](PWSTR, ULONG type, PVOID data, ULONG, PVOID context,
                                 PVOID) -> NTSTATUS {
        if (type == REG_SZ)
            static_cast<std::vector<std::wstring>*>(context)->push_back(static_cast<PWSTR>(data));
        return STATUS_SUCCESS;
    };
    routine[0].Name = const_cast<PWSTR>(L"List");
    ASSERT_EQ(
        RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, path_.c_str(), routine, &strings, nullptr),
        STATUS_SUCCESS);
    EXPECT_EQ(strings, (std::vector<std::wstring>{L"a", L"bc"}));

    ULONG written = 5;
    EXPECT_EQ(RtlWriteRegistryValue(RTL_REGISTRY_ABSOLUTE, path_.c_str(), L"Written", REG_DWORD,
                                    &written, sizeof written),
              STATUS_SUCCESS);
    unsigned char buffer[64];
    ULONG needed;
    ASSERT_EQ(query(L"Written", KeyValuePartialInformation, buffer, sizeof buffer, &needed),
              STATUS_SUCCESS);
    EXPECT_EQ(
        *reinterpret_cast<ULONG*>(reinterpret_cast<PKEY_VALUE_PARTIAL_INFORMATION>(buffer)->Data),
        5u);
}

// The host's configuration fills the driver's Parameters key before DriverEntry: the Zw calls
// read the same values WdfRegistryQueryULong does (one store), strings as REG_SZ.
TEST(RegistryParameters, HostParametersAreTheServiceParametersKey) {
    using namespace wpptrace::host;
    HostConfig config = parse_host_config(R"({
      "drivers": [{"path": "x.so", "name": "RegTest", "parameters": {
        "Number": 5, "Hex": "0x10", "Text": "hi", "List": ["a", "b"],
        "Explicit": {"REG_SZ": "12"}, "Bytes": {"REG_BINARY": "01 02"}}}]})");
    const auto& p = config.drivers[0].parameters;
    EXPECT_EQ(p.at("Number"), 5u);
    EXPECT_EQ(p.at("Hex"), 16u);
    EXPECT_EQ(p.at("Text"), RegistryValue::string(L"hi"));
    EXPECT_EQ(p.at("List"), RegistryValue::multi_string({L"a", L"b"}));
    EXPECT_EQ(p.at("Explicit").as_string(), std::optional<std::wstring>(L"12"));
    EXPECT_EQ(p.at("Bytes"), RegistryValue::binary_data({1, 2}));

    DriverHost host;
    DriverSpec spec{.path = WDM_FUNCTION_DRIVER,
                    .name = "RegTest",
                    .parameters = {{"Mode", RegistryValue::string(L"fast")}, {"Depth", 3}}};
    ASSERT_EQ(host.load(spec).entry_status(), STATUS_SUCCESS);
    HANDLE key = Registry::open(
        L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\RegTest\\Parameters");
    ASSERT_NE(key, nullptr);
    unsigned char buffer[128];
    ULONG needed;
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"Mode");
    ASSERT_EQ(
        ZwQueryValueKey(key, &name, KeyValuePartialInformation, buffer, sizeof buffer, &needed),
        STATUS_SUCCESS);
    auto* info = reinterpret_cast<PKEY_VALUE_PARTIAL_INFORMATION>(buffer);
    EXPECT_EQ(info->Type, static_cast<ULONG>(REG_SZ));
    EXPECT_EQ(std::wstring(reinterpret_cast<const wchar_t*>(info->Data)), L"fast");
    RtlInitUnicodeString(&name, L"Depth");
    ASSERT_EQ(
        ZwQueryValueKey(key, &name, KeyValuePartialInformation, buffer, sizeof buffer, &needed),
        STATUS_SUCCESS);
    EXPECT_EQ(info->Type, static_cast<ULONG>(REG_DWORD));
    EXPECT_EQ(*reinterpret_cast<ULONG*>(info->Data), 3u);
    ZwClose(key);
}

TEST(HostConfig, CancelAfterAndOverlappedRequestOptions) {
    using namespace wpptrace::host;
    HostConfig config = parse_host_config(R"({"drivers": [], "devices": [{"name": "d",
      "driver": "x", "workload": {"requests": [
        {"type": "read", "length": 4, "cancel_after_ms": 25, "overlapped": true}]}}]})");
    const auto& r = config.devices[0].workload.requests[0];
    EXPECT_EQ(r.cancel_after_ms, 25u);
    EXPECT_TRUE(r.overlapped);
    EXPECT_THROW(parse_host_config(R"({"devices": [{"name": "d", "driver": "x", "workload":
      {"requests": [{"type": "read", "overlapped": 1}]}}]})"),
                 ConfigError);
}

}  // namespace

namespace {

// ---- Files ------------------------------------------------------------------------------------

HANDLE create_file(const wchar_t* path, ACCESS_MASK access, ULONG disposition, NTSTATUS* status,
                   ULONG_PTR* information = nullptr) {
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, path);
    OBJECT_ATTRIBUTES attributes;
    InitializeObjectAttributes(&attributes, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               nullptr, nullptr);
    IO_STATUS_BLOCK iosb{};
    HANDLE handle = nullptr;
    *status = ZwCreateFile(&handle, access, &attributes, &iosb, nullptr, FILE_ATTRIBUTE_NORMAL,
                           FILE_SHARE_READ, disposition,
                           FILE_NON_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT, nullptr, 0);
    if (information) *information = iosb.Information;
    return handle;
}

TEST(ZwFiles, DosPathsMapToTheHostFolderWithPositionsAndEndOfFile) {
    std::filesystem::path root =
        std::filesystem::temp_directory_path() / ("wpptrace-zwfile-" + std::to_string(getpid()));
    setenv("WPPTRACE_FILES_DIR", root.c_str(), 1);
    NTSTATUS status;
    ULONG_PTR information = 0;
    HANDLE file = create_file(L"\\??\\C:\\Log.txt", GENERIC_WRITE | GENERIC_READ, FILE_CREATE,
                              &status, &information);
    ASSERT_EQ(status, STATUS_SUCCESS);
    EXPECT_EQ(information, static_cast<ULONG_PTR>(FILE_CREATED));
    EXPECT_TRUE(std::filesystem::exists(root / "C" / "Log.txt"));
    IO_STATUS_BLOCK iosb{};
    char hello[] = "hello ", world[] = "world";
    ASSERT_EQ(ZwWriteFile(file, nullptr, nullptr, nullptr, &iosb, hello, 6, nullptr, nullptr),
              STATUS_SUCCESS);
    EXPECT_EQ(iosb.Information, 6u);
    ASSERT_EQ(ZwWriteFile(file, nullptr, nullptr, nullptr, &iosb, world, 5, nullptr, nullptr),
              STATUS_SUCCESS);  // at the position the first write left
    FILE_STANDARD_INFORMATION standard{};
    ASSERT_EQ(
        ZwQueryInformationFile(file, &iosb, &standard, sizeof standard, FileStandardInformation),
        STATUS_SUCCESS);
    EXPECT_EQ(standard.EndOfFile.QuadPart, 11);
    EXPECT_EQ(ZwQueryInformationFile(file, &iosb, &standard, 4, FileStandardInformation),
              STATUS_INFO_LENGTH_MISMATCH);
    EXPECT_EQ(ZwClose(file), STATUS_SUCCESS);

    // Names compare case-insensitively; \DosDevices\ is the same namespace.
    create_file(L"\\??\\c:\\LOG.TXT", GENERIC_READ, FILE_CREATE, &status);
    EXPECT_EQ(status, STATUS_OBJECT_NAME_COLLISION);
    file = create_file(L"\\DosDevices\\C:\\log.txt", GENERIC_READ, FILE_OPEN, &status);
    ASSERT_EQ(status, STATUS_SUCCESS);
    char buffer[32] = {};
    LARGE_INTEGER offset;
    offset.QuadPart = 6;
    ASSERT_EQ(
        ZwReadFile(file, nullptr, nullptr, nullptr, &iosb, buffer, sizeof buffer, &offset, nullptr),
        STATUS_SUCCESS);
    EXPECT_EQ(std::string(buffer, iosb.Information), "world");
    EXPECT_EQ(
        ZwReadFile(file, nullptr, nullptr, nullptr, &iosb, buffer, sizeof buffer, nullptr, nullptr),
        STATUS_END_OF_FILE);
    PVOID object = nullptr;
    ASSERT_EQ(ObReferenceObjectByHandle(file, 0, *IoFileObjectType, KernelMode, &object, nullptr),
              STATUS_SUCCESS);
    EXPECT_EQ(static_cast<PFILE_OBJECT>(object)->Type, IO_TYPE_FILE);
    EXPECT_EQ(ZwClose(file), STATUS_SUCCESS);
    ObDereferenceObject(object);

    create_file(L"\\??\\C:\\missing\\x.txt", GENERIC_WRITE, FILE_CREATE, &status);
    EXPECT_EQ(status, STATUS_OBJECT_PATH_NOT_FOUND);
    create_file(L"\\??\\C:\\absent.txt", GENERIC_READ, FILE_OPEN, &status);
    EXPECT_EQ(status, STATUS_OBJECT_NAME_NOT_FOUND);
    create_file(L"\\Device\\Harddisk0\\x", GENERIC_READ, FILE_OPEN, &status);
    EXPECT_EQ(status, STATUS_OBJECT_PATH_NOT_FOUND);
    std::filesystem::remove_all(root);
}

}  // namespace

namespace {

// ---- The host cancelling what a driver pended (samples/csq_wdm) ------------------------------

TEST(HostCancellation, CancelAfterOverlappedAndCleanupReachTheDriversCancelSafeQueue) {
    using namespace wpptrace::host;
    DriverHost host;
    ASSERT_EQ(host.load({.path = CSQ_WDM_DRIVER, .name = "CsqWdm"}).entry_status(), STATUS_SUCCESS);
    Device& device = host.add_device({.name = "csq0", .driver = "CsqWdm"});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    OpenFile file = host.open(device);
    ASSERT_NE(file.file, nullptr);

    // A read nothing completes: the I/O manager cancels it from its own thread.
    auto start = std::chrono::steady_clock::now();
    IoResult cancelled =
        host.read(device, file.file, 8, {.cancel_after = std::chrono::milliseconds(50)});
    EXPECT_TRUE(cancelled.completed);
    EXPECT_EQ(cancelled.status, STATUS_CANCELLED);
    EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(50));

    // Overlapped: the read waits while the same thread's write completes it; its own
    // cancel_after then finds nothing to cancel.
    IoResult pending = host.read(
        device, file.file, 8, {.cancel_after = std::chrono::milliseconds(200), .overlapped = true});
    ASSERT_NE(pending.pending, nullptr);
    EXPECT_FALSE(pending.completed);
    IoResult write = host.write(device, file.file, {'a', 'b', 'c'});
    EXPECT_EQ(write.status, STATUS_SUCCESS);
    IoResult read = host.wait(pending);
    EXPECT_EQ(read.status, STATUS_SUCCESS);
    EXPECT_EQ(read.output, (std::vector<unsigned char>{'a', 'b', 'c'}));

    // Left pending at close: the driver's IRP_MJ_CLEANUP cancels it.
    IoResult left = host.read(device, file.file, 8, {.overlapped = true});
    ASSERT_NE(left.pending, nullptr);
    EXPECT_EQ(host.cleanup(device, file.file).status, STATUS_SUCCESS);
    EXPECT_EQ(host.wait(left).status, STATUS_CANCELLED);
    EXPECT_EQ(host.close(device, file.file).status, STATUS_SUCCESS);

    EXPECT_EQ(host.remove_device(device), STATUS_SUCCESS);
    host.unload_all();
    EXPECT_TRUE(host.findings().empty());
}

}  // namespace
