/*
 * ntintsafe.h - checked integer arithmetic for drivers: RtlULongAdd, RtlULongMult, RtlSizeTAdd,
 * RtlULongLongToULong, ... return STATUS_INTEGER_OVERFLOW (and the type's error value) instead
 * of a wrapped result (km/intsafe_impl.h).
 */
#ifndef WPPTRACE_NTINTSAFE_H
#define WPPTRACE_NTINTSAFE_H

#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WPPTRACE_INTSAFE_NAME(name) Rtl##name
#define WPPTRACE_INTSAFE_STATUS NTSTATUS
#define WPPTRACE_INTSAFE_OK STATUS_SUCCESS
#define WPPTRACE_INTSAFE_OVERFLOW STATUS_INTEGER_OVERFLOW
#include "km/intsafe_impl.h"
#undef WPPTRACE_INTSAFE_NAME
#undef WPPTRACE_INTSAFE_STATUS
#undef WPPTRACE_INTSAFE_OK
#undef WPPTRACE_INTSAFE_OVERFLOW

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
