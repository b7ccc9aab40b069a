// io_cancel.cpp - IoSetCancelRoutine, the cancel spin lock and IoCancelIrp (km/io_cancel.h).
//
// The handshake with a driver rests on two atomic fields: IoCancelIrp sets Irp->Cancel first,
// then takes the cancel routine out of the IRP; a driver that wants the IRP back takes the
// routine out too. Whoever gets the routine (non-NULL) owns the cancellation; the other side
// sees NULL and keeps its hands off.
#include <string>

#include "entry_guard.hpp"
#include "wdm_device.hpp"
#include "wdm_irp.hpp"

namespace {
KSPIN_LOCK cancel_spin_lock = 0;
}  // namespace

namespace wpptrace::framework {

extern "C" PDRIVER_CANCEL IoSetCancelRoutine(PIRP irp, PDRIVER_CANCEL routine) {
    return __atomic_exchange_n(&irp->CancelRoutine, routine, __ATOMIC_SEQ_CST);
}

extern "C" void IoAcquireCancelSpinLock(PKIRQL irql) {
    *irql = KeAcquireSpinLockRaiseToDpc(&cancel_spin_lock);
}

extern "C" void IoReleaseCancelSpinLock(KIRQL irql) {
    KeReleaseSpinLock(&cancel_spin_lock, irql);
}

extern "C" BOOLEAN IoCancelIrp(PIRP irp) {
    return guarded(
        "IoCancelIrp",
        [&]() -> BOOLEAN {
            if (!irp || irp->Type != IO_TYPE_IRP) {
                report_issue(driver_of_address(__builtin_return_address(0)),
                             IssueKind::device_misuse, "IoCancelIrp of a freed or invalid IRP");
                return FALSE;
            }
            KIRQL irql;
            IoAcquireCancelSpinLock(&irql);
            __atomic_store_n(&irp->Cancel, TRUE, __ATOMIC_SEQ_CST);
            PDRIVER_CANCEL routine = IoSetCancelRoutine(irp, nullptr);
            if (!routine) {
                IoReleaseCancelSpinLock(irql);
                return FALSE;
            }
            // As Windows: the routine runs with the cancel spin lock held and releases it
            // with the IRQL saved in the IRP.
            irp->CancelIrql = irql;
            PDEVICE_OBJECT device = irp->CurrentLocation <= irp->StackCount
                                        ? IoGetCurrentIrpStackLocation(irp)->DeviceObject
                                        : nullptr;
            call_driver(driver_of_address(reinterpret_cast<const void*>(routine)), "Cancel routine",
                        routine, device, irp);
            return TRUE;
        },
        BOOLEAN{FALSE});
}

}  // namespace wpptrace::framework
