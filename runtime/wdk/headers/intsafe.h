/*
 * intsafe.h - checked integer arithmetic, user-mode names: ULongAdd, SizeTMult, ... return
 * INTSAFE_E_ARITHMETIC_OVERFLOW (an HRESULT) on overflow, S_OK otherwise (km/intsafe_impl.h).
 * Drivers use ntintsafe.h's Rtl* names; this header serves code shared with applications.
 */
#ifndef WPPTRACE_INTSAFE_H
#define WPPTRACE_INTSAFE_H

#include "km/ntdef_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef S_OK
#define S_OK ((HRESULT)0L)
#endif
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)

#define WPPTRACE_INTSAFE_NAME(name) name
#define WPPTRACE_INTSAFE_STATUS HRESULT
#define WPPTRACE_INTSAFE_OK S_OK
#define WPPTRACE_INTSAFE_OVERFLOW INTSAFE_E_ARITHMETIC_OVERFLOW
#include "km/intsafe_impl.h"
#undef WPPTRACE_INTSAFE_NAME
#undef WPPTRACE_INTSAFE_STATUS
#undef WPPTRACE_INTSAFE_OK
#undef WPPTRACE_INTSAFE_OVERFLOW

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_INTSAFE_H */
