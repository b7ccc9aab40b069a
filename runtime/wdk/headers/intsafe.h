/*
 * intsafe.h - checked integer arithmetic, user-mode names: ULongAdd, SizeTMult, ... return
 * INTSAFE_E_ARITHMETIC_OVERFLOW (an HRESULT) on overflow, S_OK otherwise
 * (km/intsafe_functions.h, from the table ntintsafe.h's functions come from).
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

#include "km/intsafe_functions.h"

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_INTSAFE_H */
