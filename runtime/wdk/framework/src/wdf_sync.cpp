// wdf_sync.cpp - WDF wait locks (may sleep, PASSIVE_LEVEL) and spin locks (raise the emulated
// IRQL to DISPATCH_LEVEL while held, so that PAGED_CODE under one is reported).
#include <chrono>
#include <mutex>
#include <string>

#include "entry_guard.hpp"
#include "fx_object.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework {

namespace {

struct FxWaitLock : FxObject {
    std::timed_mutex mutex;
    explicit FxWaitLock(DriverRecord* r) : FxObject(FxType::wait_lock, r) {}
};

struct FxSpinLock : FxObject {
    KSPIN_LOCK lock = 0;
    KIRQL old_irql = PASSIVE_LEVEL;
    explicit FxSpinLock(DriverRecord* r) : FxObject(FxType::spin_lock, r) {}
};

template <class T>
NTSTATUS create_lock(DriverRecord* record, PWDF_OBJECT_ATTRIBUTES attributes, T** out,
                     const char* entry) {
    if (!record || !record->fx || !out) return STATUS_INVALID_PARAMETER;
    FxObject* parent = record->fx;
    if (attributes && attributes->ParentObject) {
        parent = fx_object(attributes->ParentObject, entry);
        if (!parent) return STATUS_INVALID_PARAMETER;
    }
    auto* lock = new T(record);
    NTSTATUS status = fx_initialize(lock, attributes, parent);
    if (!NT_SUCCESS(status)) {
        delete lock;
        return status;
    }
    *out = lock;
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" NTSTATUS WdfWaitLockCreate(PWDF_OBJECT_ATTRIBUTES attributes, WDFWAITLOCK* lock) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfWaitLockCreate", [&]() -> NTSTATUS {
        FxWaitLock* l = nullptr;
        NTSTATUS status = create_lock(record, attributes, &l, "WdfWaitLockCreate");
        if (NT_SUCCESS(status)) *lock = reinterpret_cast<WDFWAITLOCK>(l);
        return status;
    });
}

extern "C" NTSTATUS WdfWaitLockAcquire(WDFWAITLOCK lock, PLONGLONG timeout) {
    const void* caller = __builtin_return_address(0);
    return guarded("WdfWaitLockAcquire", [&]() -> NTSTATUS {
        auto* l = fx_cast<FxWaitLock>(lock, FxType::wait_lock, "WdfWaitLockAcquire");
        if (!l) return STATUS_INVALID_PARAMETER;
        // Only a poll (a zero timeout) may be made above PASSIVE_LEVEL: the KMDF verifier's rule.
        if (KeGetCurrentIrql() > PASSIVE_LEVEL && !(timeout && *timeout == 0))
            report_irql(caller, "WdfWaitLockAcquire at IRQL " + std::to_string(KeGetCurrentIrql()) +
                                    (timeout ? " with a non-zero timeout" : " without a timeout"));
        if (!timeout) {
            l->mutex.lock();
            return STATUS_SUCCESS;
        }
        // Relative (negative) 100 ns units; an absolute time is treated as "now" (a poll).
        auto wait = std::chrono::nanoseconds(*timeout < 0 ? -*timeout * 100 : 0);
        return l->mutex.try_lock_for(wait) ? STATUS_SUCCESS : STATUS_TIMEOUT;
    });
}

extern "C" void WdfWaitLockRelease(WDFWAITLOCK lock) {
    if (auto* l = fx_cast<FxWaitLock>(lock, FxType::wait_lock, "WdfWaitLockRelease"))
        l->mutex.unlock();
}

extern "C" NTSTATUS WdfSpinLockCreate(PWDF_OBJECT_ATTRIBUTES attributes, WDFSPINLOCK* lock) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfSpinLockCreate", [&]() -> NTSTATUS {
        FxSpinLock* l = nullptr;
        NTSTATUS status = create_lock(record, attributes, &l, "WdfSpinLockCreate");
        if (NT_SUCCESS(status)) *lock = reinterpret_cast<WDFSPINLOCK>(l);
        return status;
    });
}

extern "C" void WdfSpinLockAcquire(WDFSPINLOCK lock) {
    if (auto* l = fx_cast<FxSpinLock>(lock, FxType::spin_lock, "WdfSpinLockAcquire")) {
        KIRQL old = KeAcquireSpinLockRaiseToDpc(&l->lock);
        l->old_irql = old;
    }
}

extern "C" void WdfSpinLockRelease(WDFSPINLOCK lock) {
    if (auto* l = fx_cast<FxSpinLock>(lock, FxType::spin_lock, "WdfSpinLockRelease"))
        KeReleaseSpinLock(&l->lock, l->old_irql);
}

}  // namespace wpptrace::framework
