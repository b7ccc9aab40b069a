/* encoder_c_side.h - C helpers for encoder_test (compiled as C). */
#ifndef ENCODER_C_SIDE_H
#define ENCODER_C_SIDE_H

#include <stdint.h>
#include <wpp/abi.h>
#include <wpp/win_types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Type codes C captures for: signed char, unsigned short, int, unsigned, long long,
   unsigned long, double, void*, const char*, const wchar_t*, PCUNICODE_STRING. */
const char* encoder_c_types(void);

/* Packs those eleven arguments as the C macros do under `format`; returns the words used, 0
   when the format does not fit the types. */
uint32_t encoder_c_pack(const char* format, uint64_t* words, uint32_t capacity, signed char i8,
                        unsigned short u16, int i32, unsigned u32, long long i64, unsigned long u64,
                        double d, void* p, const char* s, const wchar_t* ws, PCUNICODE_STRING us);

/* Type codes C captures for: NTSTATUS, const GUID*, const UCHAR*, const void*, struct
   wpp_binary, ULONG, USHORT, LONGLONG. */
const char* encoder_c_extended_types(void);

/* Packs those eight arguments as the C macros do under `format` (in the room the macros reserve
   for them); returns the words used, 0 when the format does not fit the types. */
uint32_t encoder_c_pack_extended(const char* format, uint64_t* words, uint32_t capacity,
                                 NTSTATUS status, const GUID* guid, const UCHAR* mac,
                                 const void* sid, struct wpp_binary bin, ULONG ip, USHORT port,
                                 LONGLONG time);

#ifdef __cplusplus
}
#endif

#endif
