/*
 * km/ntdef_types.h - the rest of the base types and helper macros of ntdef.h, basetsd.h and
 * windef.h that driver code uses, sized as on 64-bit Windows: LONG and ULONG stay 32 bits (the
 * LLP64 model), pointers and the *_PTR types are 64 bits, WCHAR is the host's wchar_t
 * (wpp/win_types.h explains why).
 */
#ifndef WPPTRACE_KM_NTDEF_TYPES_H
#define WPPTRACE_KM_NTDEF_TYPES_H

#include <wpp/win_types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint8_t BYTE, *PBYTE, *LPBYTE;
typedef uint16_t WORD, *PWORD;
typedef uint32_t DWORD, *PDWORD, *LPDWORD;
typedef int BOOL, *PBOOL;
typedef float FLOAT;
typedef double DOUBLE;
typedef ULONG LOGICAL, *PLOGICAL;
typedef ULONG CLONG;
typedef int8_t INT8, *PINT8;
typedef uint8_t UINT8, *PUINT8;
typedef int16_t INT16, *PINT16;
typedef uint16_t UINT16, *PUINT16;
typedef int32_t INT32, *PINT32, LONG32, *PLONG32;
typedef uint32_t UINT32, *PUINT32, ULONG32, *PULONG32, DWORD32, *PDWORD32;
typedef int64_t INT64, *PINT64, *PLONG64;
typedef uint64_t UINT64, *PUINT64, DWORD64, *PDWORD64, *PULONG64, DWORDLONG, *PDWORDLONG;
typedef ULONGLONG* PULONGLONG;
typedef intptr_t INT_PTR, *PINT_PTR;
typedef uintptr_t UINT_PTR, *PUINT_PTR, DWORD_PTR, *PDWORD_PTR;
typedef LONG_PTR SSIZE_T, *PSSIZE_T, *PLONG_PTR;
typedef ULONG_PTR* PULONG_PTR;
typedef SIZE_T* PSIZE_T;
typedef SHORT* PSHORT;
typedef INT* PINT;
typedef UINT* PUINT;
typedef const UCHAR* PCUCHAR;
typedef const USHORT* PCUSHORT;
typedef const ULONG* PCULONG;
typedef const CHAR* PCCH;
typedef CHAR* PCH;
typedef CHAR* PSZ;
typedef const WCHAR* PCWCH;
typedef const WCHAR* LPCWCH;
typedef CHAR* LPSTR;
typedef const CHAR* LPCSTR;
typedef WCHAR* LPWSTR;
typedef const WCHAR* LPCWSTR;
typedef WCHAR* PZZWSTR;
typedef const WCHAR* PCZZWSTR;
typedef PWSTR* PZPWSTR;
typedef PCWSTR* PZPCWSTR;
typedef void* LPVOID;
typedef const void* LPCVOID;
typedef NTSTATUS* PNTSTATUS;
typedef LONG HRESULT;
typedef ULONG LCID;
typedef USHORT LANGID;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;
/* An event-tracing session handle (evntrace.h): the WPP templates hand drivers one. */
typedef ULONG64 TRACEHANDLE, *PTRACEHANDLE;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef struct _LUID {
    ULONG LowPart;
    LONG HighPart;
} LUID, *PLUID;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY* Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef STRING OEM_STRING, *POEM_STRING;
typedef const STRING* PCOEM_STRING;
typedef const STRING* PCSTRING;

/* ntdef.h's size and alignment helpers. */
#define RTL_NUMBER_OF_V1(A) (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF(A) RTL_NUMBER_OF_V1(A)
#define ARRAYSIZE(A) RTL_NUMBER_OF_V1(A)
#ifndef _countof
#define _countof(A) RTL_NUMBER_OF_V1(A)
#endif
#define RTL_FIELD_SIZE(type, field) (sizeof(((type*)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) (offsetof(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_CONTAINS_FIELD(Struct, Size, Field) \
    ((((PCHAR)(&(Struct)->Field)) + sizeof((Struct)->Field)) <= (((PCHAR)(Struct)) + (Size)))
#define RTL_FIELD_TYPE(type, field) (((type*)0)->field)
#define RTL_BITS_OF(sizeOfArg) (sizeof(sizeOfArg) * 8)
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment)-1))
#define ALIGN_UP_BY(length, alignment) \
    (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment)-1), (alignment)))
#define ALIGN_DOWN_POINTER_BY(address, alignment) ((PVOID)ALIGN_DOWN_BY((address), (alignment)))
#define ALIGN_UP_POINTER_BY(address, alignment) ((PVOID)ALIGN_UP_BY((address), (alignment)))
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#define MAKELONG(a, b) ((LONG)(((USHORT)(a)) | ((ULONG)((USHORT)(b))) << 16))
#define MAKEWORD(a, b) ((WORD)(((BYTE)(a)) | ((WORD)((BYTE)(b))) << 8))
#define LOWORD(l) ((WORD)((ULONG_PTR)(l)&0xffff))
#define HIWORD(l) ((WORD)((((ULONG_PTR)(l)) >> 16) & 0xffff))
#define LOBYTE(w) ((BYTE)((ULONG_PTR)(w)&0xff))
#define HIBYTE(w) ((BYTE)((((ULONG_PTR)(w)) >> 8) & 0xff))
#define ANSI_NULL ((CHAR)0)
#define UNICODE_NULL ((WCHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define UNICODE_STRING_MAX_CHARS (32767)
#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffff
#define MAXLONG 0x7fffffff
#define MINLONG (-MAXLONG - 1)
#define MAXLONGLONG (0x7fffffffffffffffLL)
#define MAXULONG_PTR (~((ULONG_PTR)0))
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MAXSIZE_T (~((SIZE_T)0))
#define MAXSSIZE_T ((SSIZE_T)(MAXSIZE_T >> 1))
#define MAXUINT8 ((UINT8) ~((UINT8)0))
#define MAXUINT16 ((UINT16) ~((UINT16)0))
#define MAXUINT32 ((UINT32) ~((UINT32)0))
#define MAXUINT64 ((UINT64) ~((UINT64)0))
#define MAXULONG32 ((ULONG32) ~((ULONG32)0))
#define MAXULONG64 ((ULONG64) ~((ULONG64)0))
#define MAXDWORD 0xffffffff
#define MAXUINT ((UINT) ~((UINT)0))
#define MAXINT ((INT)(MAXUINT >> 1))
#define MININT ((INT)~MAXINT)

/* ntdef.h defines min and max as macros; for C only here, as they would break the C++ standard
   library (a C++ driver uses std::min, or defines NOMINMAX anyway). */
#if !defined(__cplusplus) && !defined(NOMINMAX)
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_NTDEF_TYPES_H */
