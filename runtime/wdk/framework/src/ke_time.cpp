// ke_time.cpp - the kernel's clocks. System time is the host's UTC wall clock as Windows counts
// it (100 ns since 1601-01-01); interrupt time, the tick count and the performance counter run
// on CLOCK_MONOTONIC, so they never jump with the wall clock.
#include <ctime>

#include <km/ke_time.h>

#include "ke_dispatcher.hpp"

namespace wpptrace::framework {

namespace {
constexpr std::int64_t seconds_1601_to_1970 = 11644473600LL;
constexpr ULONG time_increment_100ns = 156250;            // 15.625 ms, Windows' default clock tick
constexpr std::int64_t performance_frequency = 10000000;  // 10 MHz, as on current Windows

std::int64_t local_offset_100ns(std::int64_t utc_100ns) {
    time_t seconds = static_cast<time_t>(utc_100ns / 10000000 - seconds_1601_to_1970);
    tm local{};
    localtime_r(&seconds, &local);
    return static_cast<std::int64_t>(local.tm_gmtoff) * 10000000;
}
}  // namespace

std::int64_t monotonic_ns() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t{now.tv_sec} * 1000000000 + now.tv_nsec;
}

std::int64_t system_time_100ns() {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return (now.tv_sec + seconds_1601_to_1970) * 10000000LL + now.tv_nsec / 100;
}

std::int64_t deadline_of(LONGLONG due_100ns) {
    std::int64_t wait_100ns = due_100ns <= 0 ? -due_100ns : due_100ns - system_time_100ns();
    if (wait_100ns < 0) wait_100ns = 0;
    return monotonic_ns() + wait_100ns * 100;
}

extern "C" void KeQuerySystemTime(PLARGE_INTEGER current_time) {
    current_time->QuadPart = system_time_100ns();
}

extern "C" void KeQuerySystemTimePrecise(PLARGE_INTEGER current_time) {
    current_time->QuadPart = system_time_100ns();
}

extern "C" ULONGLONG KeQueryInterruptTime(void) {
    return static_cast<ULONGLONG>(monotonic_ns() / 100);
}

extern "C" ULONGLONG KeQueryInterruptTimePrecise(ULONG64* qpc_time_stamp) {
    std::int64_t now = monotonic_ns();
    if (qpc_time_stamp) *qpc_time_stamp = static_cast<ULONGLONG>(now / 100);
    return static_cast<ULONGLONG>(now / 100);
}

extern "C" void KeQueryTickCount(PLARGE_INTEGER tick_count) {
    tick_count->QuadPart = monotonic_ns() / 100 / time_increment_100ns;
}

extern "C" ULONG KeQueryTimeIncrement(void) {
    return time_increment_100ns;
}

extern "C" LARGE_INTEGER KeQueryPerformanceCounter(PLARGE_INTEGER frequency) {
    if (frequency) frequency->QuadPart = performance_frequency;
    LARGE_INTEGER counter;
    counter.QuadPart = monotonic_ns() / (1000000000 / performance_frequency);
    return counter;
}

extern "C" void KeStallExecutionProcessor(ULONG microseconds) {
    // A busy wait, as on Windows: the caller may be at DISPATCH_LEVEL, where sleeping is wrong.
    std::int64_t end = monotonic_ns() + std::int64_t{microseconds} * 1000;
    while (monotonic_ns() < end) __builtin_ia32_pause();
}

extern "C" void ExSystemTimeToLocalTime(PLARGE_INTEGER system_time, PLARGE_INTEGER local_time) {
    local_time->QuadPart = system_time->QuadPart + local_offset_100ns(system_time->QuadPart);
}

extern "C" void ExLocalTimeToSystemTime(PLARGE_INTEGER local_time, PLARGE_INTEGER system_time) {
    system_time->QuadPart = local_time->QuadPart - local_offset_100ns(local_time->QuadPart);
}

}  // namespace wpptrace::framework
