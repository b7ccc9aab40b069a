// ke_thread.cpp - what a thread does about itself: processor numbers, critical and guarded
// regions (counted per thread; leaving one never entered is reported), floating-point state,
// priorities.
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include <km/ke_thread.h>

#include "entry_guard.hpp"
#include "ke_dispatcher.hpp"

namespace wpptrace::framework {
namespace {
thread_local int critical_regions = 0;
thread_local int guarded_regions = 0;

ULONG processor_count() {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? static_cast<ULONG>(n) : 1;
}

struct FloatingState {
    std::uint16_t x87_control;
    std::uint32_t mxcsr;
};
}  // namespace

int critical_region_depth() {
    return critical_regions;
}
int guarded_region_depth() {
    return guarded_regions;
}
void reset_thread_regions() {
    critical_regions = 0;
    guarded_regions = 0;
}

extern "C" ULONG KeGetCurrentProcessorNumber(void) {
    int cpu = sched_getcpu();
    return cpu < 0 ? 0 : static_cast<ULONG>(cpu);
}

extern "C" ULONG KeGetCurrentProcessorNumberEx(PPROCESSOR_NUMBER number) {
    ULONG index = KeGetCurrentProcessorNumber();
    if (number) {
        number->Group = 0;
        number->Number = static_cast<UCHAR>(index);
        number->Reserved = 0;
    }
    return index;
}

extern "C" ULONG KeQueryActiveProcessorCount(PKAFFINITY active) {
    ULONG n = processor_count();
    if (active) *active = n >= 64 ? ~KAFFINITY{0} : ((KAFFINITY{1} << n) - 1);
    return n;
}

extern "C" ULONG KeQueryActiveProcessorCountEx(USHORT group) {
    return group == 0 || group == ALL_PROCESSOR_GROUPS ? processor_count() : 0;
}

extern "C" ULONG KeQueryMaximumProcessorCount(void) {
    return processor_count();
}

extern "C" ULONG KeQueryMaximumProcessorCountEx(USHORT group) {
    return KeQueryActiveProcessorCountEx(group);
}

extern "C" NTSTATUS KeGetProcessorNumberFromIndex(ULONG index, PPROCESSOR_NUMBER number) {
    if (!number || index >= processor_count()) return STATUS_INVALID_PARAMETER;
    number->Group = 0;
    number->Number = static_cast<UCHAR>(index);
    number->Reserved = 0;
    return STATUS_SUCCESS;
}

extern "C" ULONG KeGetProcessorIndexFromNumber(PPROCESSOR_NUMBER number) {
    if (!number || number->Group != 0 || number->Number >= processor_count())
        return 0xFFFFFFFFUL;  // INVALID_PROCESSOR_INDEX
    return number->Number;
}

extern "C" ULONG KeGetCurrentProcessorIndex(void) {
    return KeGetCurrentProcessorNumber();
}

namespace {
KAFFINITY current_affinity() {
    cpu_set_t set;
    CPU_ZERO(&set);
    KAFFINITY mask = 0;
    if (pthread_getaffinity_np(pthread_self(), sizeof set, &set) == 0)
        for (int cpu = 0; cpu < 64; ++cpu)
            if (CPU_ISSET(cpu, &set)) mask |= KAFFINITY{1} << cpu;
    return mask;
}

void bind_to(KAFFINITY mask) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int cpu = 0; cpu < 64; ++cpu)
        if (mask & (KAFFINITY{1} << cpu)) CPU_SET(cpu, &set);
    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}
}  // namespace

extern "C" void KeSetSystemGroupAffinityThread(PGROUP_AFFINITY affinity, PGROUP_AFFINITY previous) {
    if (previous) {
        std::memset(previous, 0, sizeof *previous);
        previous->Mask = current_affinity();
    }
    KAFFINITY active = 0;
    KeQueryActiveProcessorCount(&active);
    if (!affinity || affinity->Group != 0 || !(affinity->Mask & active)) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "KeSetSystemGroupAffinityThread with no active processor of group 0");
        return;
    }
    bind_to(affinity->Mask & active);
}

extern "C" void KeRevertToUserGroupAffinityThread(PGROUP_AFFINITY previous) {
    KAFFINITY active = 0;
    KeQueryActiveProcessorCount(&active);
    bind_to(previous && previous->Mask ? previous->Mask : active);
}

extern "C" void KeQueryNodeActiveAffinity(USHORT node, PGROUP_AFFINITY affinity, PUSHORT count) {
    KAFFINITY active = 0;
    ULONG n = KeQueryActiveProcessorCount(&active);
    if (affinity) {
        std::memset(affinity, 0, sizeof *affinity);
        affinity->Mask = node == 0 ? active : 0;
    }
    if (count) *count = node == 0 ? static_cast<USHORT>(n) : 0;
}

extern "C" void KeEnterCriticalRegion(void) {
    ++critical_regions;
}

extern "C" void KeLeaveCriticalRegion(void) {
    if (critical_regions == 0) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::irql,
                     "KeLeaveCriticalRegion without KeEnterCriticalRegion");
        return;
    }
    --critical_regions;
}

extern "C" void KeEnterGuardedRegion(void) {
    ++guarded_regions;
}

extern "C" void KeLeaveGuardedRegion(void) {
    if (guarded_regions == 0) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::irql,
                     "KeLeaveGuardedRegion without KeEnterGuardedRegion");
        return;
    }
    --guarded_regions;
}

extern "C" BOOLEAN KeAreApcsDisabled(void) {
    return critical_regions > 0 || guarded_regions > 0 || KeGetCurrentIrql() >= APC_LEVEL;
}

extern "C" BOOLEAN KeAreAllApcsDisabled(void) {
    return guarded_regions > 0 || KeGetCurrentIrql() >= APC_LEVEL;
}

extern "C" NTSTATUS KeSaveFloatingPointState(PKFLOATING_SAVE save) {
    if (!save) return STATUS_INVALID_PARAMETER;
    FloatingState state{};
    __asm__ volatile("fnstcw %0" : "=m"(state.x87_control));
    __asm__ volatile("stmxcsr %0" : "=m"(state.mxcsr));
    save->ControlWord = state.x87_control;
    save->StatusWord = 0;
    save->Cr0NpxState = state.mxcsr;
    save->Spare1 = 0x46507376;  // "vsPF": saved, so that a restore without a save shows
    return STATUS_SUCCESS;
}

extern "C" NTSTATUS KeRestoreFloatingPointState(PKFLOATING_SAVE save) {
    if (!save || save->Spare1 != 0x46507376) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "KeRestoreFloatingPointState without KeSaveFloatingPointState");
        return STATUS_INVALID_PARAMETER;
    }
    FloatingState state{static_cast<std::uint16_t>(save->ControlWord), save->Cr0NpxState};
    __asm__ volatile("fldcw %0" : : "m"(state.x87_control));
    __asm__ volatile("ldmxcsr %0" : : "m"(state.mxcsr));
    save->Spare1 = 0;
    return STATUS_SUCCESS;
}

extern "C" NTSTATUS KeSaveExtendedProcessorState(ULONG64, PVOID save) {
    // The host saves no extended (AVX) state on context switches that the driver could lose:
    // keeping the control state is what matters, as for KeSaveFloatingPointState.
    return KeSaveFloatingPointState(static_cast<PKFLOATING_SAVE>(save));
}

extern "C" void KeRestoreExtendedProcessorState(PVOID save) {
    KeRestoreFloatingPointState(static_cast<PKFLOATING_SAVE>(save));
}

extern "C" KPRIORITY KeSetPriorityThread(PKTHREAD thread, KPRIORITY priority) {
    if (!thread || priority < LOW_PRIORITY || priority > HIGH_PRIORITY) {
        report_issue(driver_of_address(__builtin_return_address(0)), IssueKind::device_misuse,
                     "KeSetPriorityThread with priority " + std::to_string(priority));
        return thread ? thread->priority.load() : 0;
    }
    return thread->priority.exchange(priority);
}

extern "C" KPRIORITY KeQueryPriorityThread(PKTHREAD thread) {
    return thread ? thread->priority.load() : 0;
}

extern "C" LONG KeSetBasePriorityThread(PKTHREAD thread, LONG increment) {
    if (!thread) return 0;
    KPRIORITY base = 8;
    KPRIORITY wanted = base + increment;
    if (wanted < 1) wanted = 1;
    if (wanted > 15) wanted = 15;
    KPRIORITY previous = thread->priority.exchange(wanted);
    return previous - base;
}

}  // namespace wpptrace::framework
