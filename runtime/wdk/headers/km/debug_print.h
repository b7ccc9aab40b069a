/*
 * km/debug_print.h - the debugger output and assertions of a driver that does not trace with
 * WPP: DbgPrint, DbgPrintEx, KdPrint, ASSERT, NT_ASSERT, NT_VERIFY.
 *
 * DbgPrint and DbgPrintEx format as Windows does (%s narrow, %ws/%S wide, %wZ a UNICODE_STRING,
 * %Z an ANSI_STRING, %I64x, %lu 32-bit: ntstrsafe.h's formatting) and write the line to the
 * host's standard error, where a kernel debugger would show it. A driver that includes its .tmh
 * (WPP) gets wpp.h's macros of the same names instead, which trace: the declarations below are
 * written (DbgPrint)(...) so that they still compile after those macros exist, and KdPrint is
 * defined exactly as wpp.h defines it.
 *
 * ASSERT, ASSERTMSG and NT_ASSERT check only when the driver is built with DBG=1 (a WDK Debug
 * build defines it), as on Windows; a failed assertion is a verifier finding in the host's
 * report (RtlAssert), and the driver continues, as it would with no debugger attached.
 */
#ifndef WPPTRACE_KM_DEBUG_PRINT_H
#define WPPTRACE_KM_DEBUG_PRINT_H

#include <stdarg.h>
#include <wpp/levels.h> /* DPFLTR_* levels and component ids */

#ifdef __cplusplus
extern "C" {
#endif

ULONG(DbgPrint)(PCSTR Format, ...);
ULONG(DbgPrintEx)(ULONG ComponentId, ULONG Level, PCSTR Format, ...);
ULONG vDbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, va_list arglist);
ULONG vDbgPrintExWithPrefix(PCSTR Prefix, ULONG ComponentId, ULONG Level, PCSTR Format,
                            va_list arglist);
#define KdPrintEx(ARGS) DbgPrintEx ARGS
#define KdPrint(ARGS) DbgPrint ARGS
#define KdBreakPoint() DbgBreakPoint()
#define KdRefreshDebuggerNotPresent() TRUE
/* The host has no kernel debugger: as on a machine booted without one. */
#define KD_DEBUGGER_ENABLED FALSE
#define KD_DEBUGGER_NOT_PRESENT TRUE

/* A failed assertion: reported against the driver (file, line, expression), which continues. */
void RtlAssert(PVOID VoidFailedAssertion, PVOID VoidFileName, ULONG LineNumber,
               PSTR MutableMessage);
#define DbgRaiseAssertionFailure() RtlAssert((PVOID) "NT_ASSERT", (PVOID)__FILE__, __LINE__, NULL)

#if defined(DBG) && DBG
#define ASSERT(exp) \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE)
#define ASSERTMSG(msg, exp) \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, (PCHAR)(msg)), FALSE) : TRUE)
#define NT_ASSERT(exp) ASSERT(exp)
#define NT_ASSERTMSG(msg, exp) ASSERTMSG(msg, exp)
#define NT_ASSERTMSGW(msg, exp) ASSERT(exp)
#define NT_VERIFY(exp) ASSERT(exp)
#define NT_VERIFYMSG(msg, exp) ASSERTMSG(msg, exp)
#define NT_VERIFYMSGW(msg, exp) ASSERT(exp)
#define RTL_SOFT_ASSERT(exp) ASSERT(exp)
#define RTL_SOFT_ASSERTMSG(msg, exp) ASSERTMSG(msg, exp)
#else
#define ASSERT(exp) ((void)0)
#define ASSERTMSG(msg, exp) ((void)0)
#define NT_ASSERT(exp) ((void)0)
#define NT_ASSERTMSG(msg, exp) ((void)0)
#define NT_ASSERTMSGW(msg, exp) ((void)0)
/* Evaluated even in a free build: its expression usually does work. */
#define NT_VERIFY(exp) ((exp) ? TRUE : FALSE)
#define NT_VERIFYMSG(msg, exp) ((exp) ? TRUE : FALSE)
#define NT_VERIFYMSGW(msg, exp) ((exp) ? TRUE : FALSE)
#define RTL_SOFT_ASSERT(exp) ((void)0)
#define RTL_SOFT_ASSERTMSG(msg, exp) ((void)0)
#endif
#define NT_ASSERT_ASSUME(exp) NT_ASSERT(exp)
#define NT_ASSERT_NOASSUME(exp) NT_ASSERT(exp)
#define NT_FRE_ASSERT(exp) \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE)

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_DEBUG_PRINT_H */
