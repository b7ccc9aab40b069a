/*
 * km/ke_bugcheck.h - stopping the system. A bug check ends the host process: the finding is
 * printed ("wpptrace: verifier: <driver>: KeBugCheckEx(0x000000D1, ...)") and the process
 * aborts, which the host's fault reporting names with the callback it happened in.
 * ExRaiseStatus has no structured exception handler to reach in the host: unhandled, it is the
 * bug check Windows makes of it (KMODE_EXCEPTION_NOT_HANDLED).
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_KE_BUGCHECK_H
#define WPPTRACE_KM_KE_BUGCHECK_H

#ifdef __cplusplus
extern "C" {
#endif

__attribute__((noreturn)) void KeBugCheckEx(ULONG BugCheckCode, ULONG_PTR BugCheckParameter1,
                                            ULONG_PTR BugCheckParameter2,
                                            ULONG_PTR BugCheckParameter3,
                                            ULONG_PTR BugCheckParameter4);
__attribute__((noreturn)) void KeBugCheck(ULONG BugCheckCode);
__attribute__((noreturn)) void ExRaiseStatus(NTSTATUS Status);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_KE_BUGCHECK_H */
