/*
 * km/ke_time.h - the kernel's clocks: system time (UTC, 100 ns since 1601-01-01, as FILETIME),
 * interrupt time (100 ns since boot, never adjusted), the tick count, the performance counter,
 * and short busy waits.
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_KE_TIME_H
#define WPPTRACE_KM_KE_TIME_H

#ifdef __cplusplus
extern "C" {
#endif

void KeQuerySystemTime(PLARGE_INTEGER CurrentTime);
void KeQuerySystemTimePrecise(PLARGE_INTEGER CurrentTime);
ULONGLONG KeQueryInterruptTime(void);
ULONGLONG KeQueryInterruptTimePrecise(ULONG64* QpcTimeStamp);
/* Ticks since boot; a tick is KeQueryTimeIncrement() 100 ns units (15.625 ms, as Windows'). */
void KeQueryTickCount(PLARGE_INTEGER TickCount);
ULONG KeQueryTimeIncrement(void);
/* The counter, and its frequency in counts per second when PerformanceFrequency is given. */
LARGE_INTEGER KeQueryPerformanceCounter(PLARGE_INTEGER PerformanceFrequency);
/* Busy-waits (does not sleep) for MicroSeconds; Windows asks for at most 50 us. */
void KeStallExecutionProcessor(ULONG MicroSeconds);

/* UTC system time to local time, with the host's time zone. */
void ExSystemTimeToLocalTime(PLARGE_INTEGER SystemTime, PLARGE_INTEGER LocalTime);
void ExLocalTimeToSystemTime(PLARGE_INTEGER LocalTime, PLARGE_INTEGER SystemTime);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_KE_TIME_H */
