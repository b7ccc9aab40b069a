// ke_dpc.cpp - KDPC: initialization, queueing and removal, flushing (execution_engine.cpp runs
// them on the DPC thread at DISPATCH_LEVEL). A DPC is charged to the driver whose routine it
// runs, so that the driver's unload removes what it left queued.
#include <string>

#include <km/ke_dpc.h>

#include "entry_guard.hpp"
#include "execution_engine.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework {

extern "C" void KeInitializeDpc(PRKDPC dpc, PKDEFERRED_ROUTINE routine, PVOID context) {
    dpc->Type = DPC_NORMAL;
    dpc->Importance = MediumImportance;
    dpc->Number = 0;
    InitializeListHead(&dpc->DpcListEntry);
    dpc->ProcessorHistory = 0;
    dpc->DeferredRoutine = routine;
    dpc->DeferredContext = context;
    dpc->SystemArgument1 = dpc->SystemArgument2 = nullptr;
    dpc->DpcData = nullptr;
}

extern "C" void KeInitializeThreadedDpc(PRKDPC dpc, PKDEFERRED_ROUTINE routine, PVOID context) {
    KeInitializeDpc(dpc, routine, context);
    dpc->Type = DPC_THREADED;
}

extern "C" BOOLEAN KeInsertQueueDpc(PRKDPC dpc, PVOID argument1, PVOID argument2) {
    const void* caller = __builtin_return_address(0);
    return guarded(
        "KeInsertQueueDpc",
        [&]() -> BOOLEAN {
            DriverRecord* owner =
                driver_of_address(reinterpret_cast<const void*>(dpc->DeferredRoutine));
            if (!owner) owner = driver_of_address(caller);
            return exec::dpc_insert(dpc, argument1, argument2, owner);
        },
        BOOLEAN{FALSE});
}

extern "C" BOOLEAN KeRemoveQueueDpc(PRKDPC dpc) {
    return guarded(
        "KeRemoveQueueDpc", [&]() -> BOOLEAN { return exec::dpc_remove(dpc); }, BOOLEAN{FALSE});
}

extern "C" void KeFlushQueuedDpcs(void) {
    if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
        // Documented for PASSIVE_LEVEL only; from a DPC it would wait for itself.
        report_irql(__builtin_return_address(0),
                    "KeFlushQueuedDpcs at IRQL " + std::to_string(KeGetCurrentIrql()));
        return;
    }
    guarded_void("KeFlushQueuedDpcs", [] { exec::dpc_flush(); });
}

extern "C" void KeSetImportanceDpc(PRKDPC dpc, KDPC_IMPORTANCE importance) {
    dpc->Importance = static_cast<UCHAR>(importance);
}

extern "C" void KeSetTargetProcessorDpc(PRKDPC dpc, CCHAR number) {
    dpc->Number = static_cast<USHORT>(static_cast<UCHAR>(number));
}

}  // namespace wpptrace::framework
