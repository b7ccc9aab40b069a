/*
 * wpp/win_types.h - the Windows base types that trace calls and drivers use (ntdef.h's subset).
 *
 * WCHAR is wchar_t, 32-bit on Linux, so that L"..." literals (RTL_CONSTANT_STRING(L"x"),
 * WPP_INIT_TRACING(L"App")) compile unchanged; UNICODE_STRING.Length still counts bytes.
 */
#ifndef WPP_WIN_TYPES_H
#define WPP_WIN_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void VOID;
typedef void* PVOID;
typedef char CHAR;
typedef unsigned char UCHAR;
typedef UCHAR BOOLEAN;
typedef int16_t SHORT;
typedef uint16_t USHORT;
typedef int32_t LONG;
typedef uint32_t ULONG;
typedef int64_t LONGLONG;
typedef int64_t LONG64;
typedef uint64_t ULONGLONG;
typedef uint64_t ULONG64;
typedef int32_t INT;
typedef uint32_t UINT;
typedef intptr_t LONG_PTR;
typedef uintptr_t ULONG_PTR;
typedef size_t SIZE_T;
typedef ULONG* PULONG;
typedef wchar_t WCHAR;
typedef WCHAR* PWCHAR;
typedef WCHAR* PWCH;
typedef WCHAR* PWSTR;
typedef const WCHAR* PCWSTR;
typedef CHAR* PCHAR;
typedef CHAR* PSTR;
typedef const CHAR* PCSTR;
typedef LONG NTSTATUS;

#ifndef TRUE
#define TRUE 1
#define FALSE 0
#endif

typedef struct _UNICODE_STRING {
    USHORT Length;        /* bytes, without a terminating NUL */
    USHORT MaximumLength; /* bytes */
    PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING* PCUNICODE_STRING;

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, ANSI_STRING, *PSTRING, *PANSI_STRING;
typedef const ANSI_STRING* PCANSI_STRING;

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    uint32_t Data1;
    uint16_t Data2;
    uint16_t Data3;
    uint8_t Data4[8];
} GUID;
#endif

#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)

/* SAL and old-style parameter annotations compile away. */
#define IN
#define OUT
#define OPTIONAL
#define _In_
#define _In_opt_
#define _Out_
#define _Inout_
#define _Use_decl_annotations_
#define UNREFERENCED_PARAMETER(P) ((void)(P))

#ifdef __cplusplus
}
#endif

#endif /* WPP_WIN_TYPES_H */
