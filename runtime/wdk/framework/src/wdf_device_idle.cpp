// wdf_device_idle.cpp - S0 idle, as KMDF does it for the power policy owner: once a device's
// power-managed queues have had no request (queued or with the driver) for IdleTimeout ms, the
// framework sends a device power IRP for DxState down its stack (EvtIoStop, D0Exit...); a
// request arriving for a power-managed queue, or WdfDeviceStopIdle, sends it back to D0 first.
// One thread per idling device watches; it stops before the device is removed.
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <thread>

#include "entry_guard.hpp"
#include "fx_object.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {

namespace {

struct Idle {
    std::thread watcher;
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    bool down = false;  // the framework powered the device down for idleness
    std::chrono::milliseconds timeout{5000};
    DEVICE_POWER_STATE dx = PowerDeviceD3;
};

std::mutex idles_mutex;
std::map<FxDevice*, std::shared_ptr<Idle>> idles;

std::shared_ptr<Idle> idle_of(FxDevice* d) {
    std::lock_guard lock(idles_mutex);
    auto it = idles.find(d);
    return it == idles.end() ? nullptr : it->second;
}

NTSTATUS power_irp_done(PDEVICE_OBJECT, PIRP, PVOID event) {
    KeSetEvent(static_cast<PKEVENT>(event), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

// A device power IRP from the top of the device's stack, as PoRequestPowerIrp sends it.
NTSTATUS send_device_power(FxDevice* d, DEVICE_POWER_STATE state) {
    PDEVICE_OBJECT top = attached_device(d->pdo);
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (!irp) return STATUS_INSUFFICIENT_RESOURCES;
    PIO_STACK_LOCATION s = IoGetNextIrpStackLocation(irp);
    s->MajorFunction = IRP_MJ_POWER;
    s->MinorFunction = IRP_MN_SET_POWER;
    s->Parameters.Power.Type = DevicePowerState;
    s->Parameters.Power.State.DeviceState = state;
    s->Parameters.Power.ShutdownType = PowerActionNone;
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, power_irp_done, &event, TRUE, TRUE, TRUE);
    IoCallDriver(top, irp);
    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
    NTSTATUS status = irp->IoStatus.Status;
    IoFreeIrp(irp);
    return status;
}

bool busy(FxDevice* d) {
    if (d->idle_stops > 0) return true;
    std::vector<FxQueue*> queues;
    {
        std::lock_guard lock(d->queues_mutex);
        queues = d->queues;
    }
    for (FxQueue* q : queues) {
        if (!q->power_managed) continue;
        std::lock_guard lock(q->mutex);
        if (!q->waiting.empty() || !q->owned.empty()) return true;
    }
    return false;
}

void watch(FxDevice* d, std::shared_ptr<Idle> idle) {
    auto period = std::max(std::chrono::milliseconds(5), idle->timeout / 8);
    auto last_busy = std::chrono::steady_clock::now();
    for (;;) {
        {
            std::unique_lock lock(idle->mutex);
            if (idle->wake.wait_for(lock, period, [&] { return idle->stop; })) return;
            if (idle->down) continue;  // asleep: a request or WdfDeviceStopIdle wakes it
        }
        auto now = std::chrono::steady_clock::now();
        if (!d->in_d0 || busy(d)) {
            last_busy = now;  // out of D0 by the host's own power IRPs counts as not idle
            continue;
        }
        if (now - last_busy < idle->timeout) continue;
        std::lock_guard power(d->power_mutex);
        if (!d->in_d0 || busy(d)) continue;
        {
            std::lock_guard lock(idle->mutex);
            if (idle->stop) return;
            idle->down = true;
        }
        guarded_void("S0 idle", [&] { send_device_power(d, idle->dx); });
    }
}

}  // namespace

void idle_start(FxDevice* d) {
    const auto& s = d->idle_settings;
    if (s.Size != sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS) || s.Enabled == WdfFalse ||
        !d->pdo || idle_of(d))
        return;
    auto idle = std::make_shared<Idle>();
    idle->timeout = std::chrono::milliseconds(s.IdleTimeout ? s.IdleTimeout : 5000);
    idle->dx = s.DxState == PowerDeviceMaximum ? PowerDeviceD3 : s.DxState;
    {
        std::lock_guard lock(idles_mutex);
        idles[d] = idle;
    }
    idle->watcher = std::thread(watch, d, idle);
}

void idle_stop(FxDevice* d) {
    std::shared_ptr<Idle> idle;
    {
        std::lock_guard lock(idles_mutex);
        auto it = idles.find(d);
        if (it == idles.end()) return;
        idle = it->second;
        idles.erase(it);
    }
    {
        std::lock_guard lock(idle->mutex);
        idle->stop = true;
    }
    idle->wake.notify_all();
    if (idle->watcher.joinable()) idle->watcher.join();
}

bool idle_wake(FxDevice* d) {
    std::shared_ptr<Idle> idle = idle_of(d);
    if (!idle) return false;
    std::lock_guard power(d->power_mutex);  // after a power-down under way
    {
        std::lock_guard lock(idle->mutex);
        if (!idle->down) return false;
        idle->down = false;
    }
    return NT_SUCCESS(send_device_power(d, PowerDeviceD0));
}

}  // namespace wpptrace::framework
