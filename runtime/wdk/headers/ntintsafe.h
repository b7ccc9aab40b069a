/*
 * ntintsafe.h - checked integer arithmetic for drivers: RtlULongAdd, RtlULongMult, RtlSizeTAdd,
 * RtlULongLongToULong, ... return STATUS_INTEGER_OVERFLOW (and the type's error value) instead
 * of a wrapped result (km/ntintsafe_functions.h).
 */
#ifndef WPPTRACE_NTINTSAFE_H
#define WPPTRACE_NTINTSAFE_H

#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

#include "km/ntintsafe_functions.h"

/* Older spellings the WDK keeps. */
#define RtlUlongAdd RtlULongAdd
#define RtlUlongSub RtlULongSub
#define RtlUlongMult RtlULongMult
#define RtlUlongLongAdd RtlULongLongAdd
#define RtlUlongLongMult RtlULongLongMult

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_NTINTSAFE_H */
