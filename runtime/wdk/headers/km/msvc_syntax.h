/*
 * km/msvc_syntax.h - the Microsoft C syntax WDK code is written in, for gcc and clang.
 *
 * __declspec(x) becomes the GNU attribute that means the same thing: selectany is a weak
 * definition (every translation unit may define the object, the linker keeps one, which is what
 * DEFINE_GUID under INITGUID and WDF's context type records need), align(n) is aligned(n),
 * noinline, noreturn, nothrow and deprecated are themselves; the storage-class words that only
 * matter to the Windows loader (dllimport, dllexport, novtable, code_seg("PAGE")) compile away.
 * __forceinline always inlines, so that a non-static FORCEINLINE function in a header needs no
 * out-of-line copy in C, as with MSVC. Calling conventions mean nothing on x86-64 Linux.
 *
 * #pragma warning / alloc_text / code_seg are left to the compiler: wpptrace_add_driver builds
 * user drivers with -Wno-unknown-pragmas, as a WDK build accepts them.
 */
#ifndef WPPTRACE_KM_MSVC_SYNTAX_H
#define WPPTRACE_KM_MSVC_SYNTAX_H

#ifndef __declspec
#define __declspec(spec) WPPTRACE_DECLSPEC_##spec
#endif
#define WPPTRACE_DECLSPEC_selectany __attribute__((weak))
#define WPPTRACE_DECLSPEC_align(n) __attribute__((aligned(n)))
#define WPPTRACE_DECLSPEC_noinline __attribute__((noinline))
#define WPPTRACE_DECLSPEC_noreturn __attribute__((noreturn))
#define WPPTRACE_DECLSPEC_nothrow __attribute__((nothrow))
#define WPPTRACE_DECLSPEC_deprecated __attribute__((deprecated))
#define WPPTRACE_DECLSPEC_restrict __attribute__((malloc))
#define WPPTRACE_DECLSPEC_noalias
#define WPPTRACE_DECLSPEC_novtable
#define WPPTRACE_DECLSPEC_dllimport
#define WPPTRACE_DECLSPEC_dllexport __attribute__((visibility("default")))
#define WPPTRACE_DECLSPEC_thread __thread
#define WPPTRACE_DECLSPEC_safebuffers
#define WPPTRACE_DECLSPEC_code_seg(...)
#define WPPTRACE_DECLSPEC_allocate(...)
#define WPPTRACE_DECLSPEC_uuid(...)
#define WPPTRACE_DECLSPEC_guard(...)
#define WPPTRACE_DECLSPEC_property(...)

#ifndef __forceinline
#ifdef __cplusplus
#define __forceinline inline __attribute__((__always_inline__))
#else
#define __forceinline __inline__ __attribute__((__always_inline__))
#endif
#endif
#ifndef FORCEINLINE
#define FORCEINLINE __forceinline
#endif
#ifndef NTAPI_INLINE
#define NTAPI_INLINE
#endif

#define DECLSPEC_ALIGN(x) __attribute__((aligned(x)))
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(64)
#define DECLSPEC_SELECTANY __attribute__((weak))
#define DECLSPEC_NOINLINE __attribute__((noinline))
#define DECLSPEC_NORETURN __attribute__((noreturn))
#define DECLSPEC_NOTHROW __attribute__((nothrow))
#define DECLSPEC_DEPRECATED __attribute__((deprecated))
#define DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_NOVTABLE
#define DECLSPEC_IMPORT
#define DECLSPEC_EXPORT __attribute__((visibility("default")))
#define DECLSPEC_GUARDNOCF
#define DECLSPEC_NOSANITIZE_ADDRESS
#define DECLSPEC_ADDRSAFE
#define DECLSPEC_RESTRICT __attribute__((malloc))
#define DECLSPEC_UUID(x)

/* Calling conventions and linkage words. */
#define __stdcall
#define __cdecl
#define __fastcall
#define __thiscall
#define __vectorcall
#define __clrcall
#define NTAPI
#define WINAPI
#define CALLBACK
#define FASTCALL
#define STDMETHODCALLTYPE
#define NTSYSAPI
#define NTSYSCALLAPI
#define NTKERNELAPI
#define NTHALAPI
#define NTDDI_API
#define NTSTRSAFEDDI
#ifdef __cplusplus
#define EXTERN_C extern "C"
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C extern
#define EXTERN_C_START
#define EXTERN_C_END
#endif

/* Pointer and integer qualifiers of the Windows compilers. */
#define __unaligned
#define UNALIGNED
#define UNALIGNED64
#define __ptr32
#define __ptr64
#define POINTER_64
#define POINTER_32
#define FIRMWARE_PTR
#define __w64
#define CONST const
#define RESTRICTED_POINTER __restrict
#ifndef __int64
#define __int64 long long
#endif
#ifndef __int32
#define __int32 int
#endif
#ifndef __int16
#define __int16 short
#endif
#ifndef __int8
#define __int8 char
#endif

/* Compiler intrinsics and keywords that have a GNU equivalent. __pragma(warning(...)) inside a
   macro becomes the standard _Pragma, which user drivers' -Wno-unknown-pragmas keeps quiet. */
#define __pragma(x) _Pragma(#x)
#define __noop(...) ((void)0)
#define __assume(e) ((void)0)
#define __annotation(...) ((void)0)
#define _ReturnAddress() __builtin_return_address(0)
#define _AddressOfReturnAddress() ((void*)((char*)__builtin_frame_address(0) + sizeof(void*)))
#define _alloca(n) __builtin_alloca(n)
#define __debugbreak() DbgBreakPoint()
#define _byteswap_ushort(x) __builtin_bswap16(x)
#define _byteswap_ulong(x) __builtin_bswap32(x)
#define _byteswap_uint64(x) __builtin_bswap64(x)

/* Compile-time checks and unused names (ntdef.h). */
#ifdef __cplusplus
#define C_ASSERT(e) static_assert((e), #e)
#else
#define C_ASSERT(e) _Static_assert((e), #e)
#endif
#ifndef UNREFERENCED_PARAMETER
#define UNREFERENCED_PARAMETER(P) ((void)(P))
#endif
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
#define UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

#endif /* WPPTRACE_KM_MSVC_SYNTAX_H */
