/*
 * wpp/detail/trace_c.h - the C11 side of the trace macros.
 *
 * C cannot parse a format at compile time, so each argument's type is captured with _Generic
 * (a string of wpp_arg_type codes in the site record) and the runtime checks formats against
 * them when the module starts; `wpptrace catalog --check` does the same on the built binary, and
 * the CMake helper runs it after every link, so a mismatch still fails the build.
 */
#ifndef WPP_DETAIL_TRACE_C_H
#define WPP_DETAIL_TRACE_C_H

#include "emit.h"

/* ---- iterating over the arguments (C has no pack expansion) ---------------------------- */
#define WPP_C_CAT_(a, b) a##b
#define WPP_C_CAT(a, b) WPP_C_CAT_(a, b)
#define WPP_C_FOREACH(M, ...) WPP_C_CAT(WPP_C_FE_, WPP_C_NARG(__VA_ARGS__))(M, __VA_ARGS__)
#define WPP_C_NARG(...)                                                                            \
    WPP_C_NARG_(__VA_ARGS__ __VA_OPT__(, ) 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, \
                5, 4, 3, 2, 1, 0)
#define WPP_C_NARG_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, \
                    _18, _19, _20, N, ...)                                                      \
    N
// One line per arity reads best (and clang-format 14 cannot settle these).
// clang-format off
#define WPP_C_FE_0(M, ...)
#define WPP_C_FE_1(M, a0) M(0, a0)
#define WPP_C_FE_2(M, a0, a1) WPP_C_FE_1(M, a0) M(1, a1)
#define WPP_C_FE_3(M, a0, a1, a2) WPP_C_FE_2(M, a0, a1) M(2, a2)
#define WPP_C_FE_4(M, a0, a1, a2, a3) WPP_C_FE_3(M, a0, a1, a2) M(3, a3)
#define WPP_C_FE_5(M, a0, a1, a2, a3, a4) WPP_C_FE_4(M, a0, a1, a2, a3) M(4, a4)
#define WPP_C_FE_6(M, a0, a1, a2, a3, a4, a5) WPP_C_FE_5(M, a0, a1, a2, a3, a4) M(5, a5)
#define WPP_C_FE_7(M, a0, a1, a2, a3, a4, a5, a6) WPP_C_FE_6(M, a0, a1, a2, a3, a4, a5) M(6, a6)
#define WPP_C_FE_8(M, a0, a1, a2, a3, a4, a5, a6, a7) WPP_C_FE_7(M, a0, a1, a2, a3, a4, a5, a6) M(7, a7)
#define WPP_C_FE_9(M, a0, a1, a2, a3, a4, a5, a6, a7, a8) WPP_C_FE_8(M, a0, a1, a2, a3, a4, a5, a6, a7) M(8, a8)
#define WPP_C_FE_10(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) WPP_C_FE_9(M, a0, a1, a2, a3, a4, a5, a6, a7, a8) M(9, a9)
#define WPP_C_FE_11(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) WPP_C_FE_10(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) M(10, a10)
#define WPP_C_FE_12(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) WPP_C_FE_11(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) M(11, a11)
#define WPP_C_FE_13(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) WPP_C_FE_12(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11) M(12, a12)
#define WPP_C_FE_14(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) WPP_C_FE_13(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) M(13, a13)
#define WPP_C_FE_15(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14) WPP_C_FE_14(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) M(14, a14)
#define WPP_C_FE_16(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) WPP_C_FE_15(M, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14) M(15, a15)
#define WPP_C_FE_17(M, ...) _Static_assert(0, "wpptrace: a trace message takes at most 16 arguments");
#define WPP_C_FE_18(M, ...) _Static_assert(0, "wpptrace: a trace message takes at most 16 arguments");
#define WPP_C_FE_19(M, ...) _Static_assert(0, "wpptrace: a trace message takes at most 16 arguments");
#define WPP_C_FE_20(M, ...) _Static_assert(0, "wpptrace: a trace message takes at most 16 arguments");
// clang-format on

/* ---- argument types ------------------------------------------------------------------- */
/* wchar_t is int on Linux, so int* is a wide string under %ws and a pointer under %p; likewise
   unsigned short* (char16_t*) for UTF-16. The conversion decides what is recorded. */
#define WPP_C_TYPE(x) \
    _Generic((x),                                                                              \
        _Bool: WPP_TYPE_U8, char: ((char)-1 < 0 ? WPP_TYPE_I8 : WPP_TYPE_U8),                  \
        signed char: WPP_TYPE_I8, unsigned char: WPP_TYPE_U8, short: WPP_TYPE_I16,             \
        unsigned short: WPP_TYPE_U16, int: WPP_TYPE_I32, unsigned int: WPP_TYPE_U32,           \
        long: WPP_TYPE_I64, unsigned long: WPP_TYPE_U64, long long: WPP_TYPE_I64,              \
        unsigned long long: WPP_TYPE_U64, float: WPP_TYPE_DOUBLE, double: WPP_TYPE_DOUBLE,     \
        long double: WPP_TYPE_DOUBLE, char*: WPP_TYPE_STR, const char*: WPP_TYPE_STR,          \
        signed char*: WPP_TYPE_STR, const signed char*: WPP_TYPE_STR,                          \
        unsigned char*: WPP_TYPE_STR, const unsigned char*: WPP_TYPE_STR,                      \
        int*: WPP_TYPE_WSTR32, const int*: WPP_TYPE_WSTR32, unsigned short*: WPP_TYPE_WSTR16,  \
        const unsigned short*: WPP_TYPE_WSTR16, UNICODE_STRING*: WPP_TYPE_UNICODE_STRING,      \
        const UNICODE_STRING*: WPP_TYPE_UNICODE_STRING, ANSI_STRING*: WPP_TYPE_ANSI_STRING,    \
        const ANSI_STRING*: WPP_TYPE_ANSI_STRING, GUID*: WPP_TYPE_GUID,                       \
        const GUID*: WPP_TYPE_GUID, struct wpp_binary: WPP_TYPE_BINARY,                        \
        default: WPP_TYPE_POINTER)

#define WPP_C_PUT_FN(x) \
    _Generic((x),                                                                              \
        _Bool: wpp_put_u64, char: wpp_put_i64, signed char: wpp_put_i64,                       \
        unsigned char: wpp_put_u64, short: wpp_put_i64, unsigned short: wpp_put_u64,           \
        int: wpp_put_i64, unsigned int: wpp_put_u64, long: wpp_put_i64,                        \
        unsigned long: wpp_put_u64, long long: wpp_put_i64, unsigned long long: wpp_put_u64,   \
        float: wpp_put_f64, double: wpp_put_f64, long double: wpp_put_f64,                     \
        char*: wpp_put_str, const char*: wpp_put_str, signed char*: wpp_put_str,               \
        const signed char*: wpp_put_str, unsigned char*: wpp_put_str,                          \
        const unsigned char*: wpp_put_str, int*: wpp_put_wstr32, const int*: wpp_put_wstr32,  \
        unsigned short*: wpp_put_wstr16, const unsigned short*: wpp_put_wstr16,                \
        UNICODE_STRING*: wpp_put_unicode_string,                                               \
        const UNICODE_STRING*: wpp_put_unicode_string, ANSI_STRING*: wpp_put_ansi_string,      \
        const ANSI_STRING*: wpp_put_ansi_string, struct wpp_binary: wpp_put_binary,            \
        default: wpp_put_ptr)

/* Words an argument may need: one for numbers, the whole blob for anything that can be a
   string or a WppBinary, and for other pointers room for the memory an extended type records
   (a SID at most; C cannot see the format at compile time). */
#define WPP_C_POINTER_WORDS (1 + (WPP_SID_MAX_BYTES + 7) / 8)
#define WPP_C_WORDS(x) \
    _Generic((x),                                                                              \
        char*: WPP_BLOB_WORDS, const char*: WPP_BLOB_WORDS, signed char*: WPP_BLOB_WORDS,      \
        const signed char*: WPP_BLOB_WORDS, unsigned char*: WPP_BLOB_WORDS,                    \
        const unsigned char*: WPP_BLOB_WORDS, int*: WPP_BLOB_WORDS,                            \
        const int*: WPP_BLOB_WORDS, unsigned short*: WPP_BLOB_WORDS,                           \
        const unsigned short*: WPP_BLOB_WORDS, UNICODE_STRING*: WPP_BLOB_WORDS,                \
        const UNICODE_STRING*: WPP_BLOB_WORDS, ANSI_STRING*: WPP_BLOB_WORDS,                   \
        const ANSI_STRING*: WPP_BLOB_WORDS, struct wpp_binary: WPP_BLOB_WORDS, _Bool: 1,       \
        char: 1, signed char: 1, unsigned char: 1, short: 1, unsigned short: 1, int: 1,        \
        unsigned int: 1, long: 1, unsigned long: 1, long long: 1, unsigned long long: 1,       \
        float: 1, double: 1, long double: 1, GUID*: 1 + WPP_GUID_BYTES / 8,                    \
        const GUID*: 1 + WPP_GUID_BYTES / 8, default: WPP_C_POINTER_WORDS)

#define WPP_C_TYPE_ITEM(i, x) WPP_C_TYPE(x),
#define WPP_C_WORDS_ITEM(i, x) +WPP_C_WORDS(x)
#define WPP_C_PUT_ITEM(i, x) WPP_C_PUT_FN(x)(&wpp_blob_, wpp_site_.encodings[i], (x));
#define WPP_C_CAPACITY(...)                                            \
    ((1 WPP_C_FOREACH(WPP_C_WORDS_ITEM, __VA_ARGS__)) > WPP_BLOB_WORDS \
         ? WPP_BLOB_WORDS                                              \
         : (1 WPP_C_FOREACH(WPP_C_WORDS_ITEM, __VA_ARGS__)))

/* A wide MSG (L"...") is converted when the module starts (WPP_SITE_WIDE_FORMAT). */
/* Kept by hand: clang-format would space the association list as binary operators. */
/* clang-format off */
#define WPP_C_WIDE_(MSG) _Generic((MSG), wchar_t*: WPP_SITE_WIDE_FORMAT, default: 0u)
/* clang-format on */

/* The hooks of the trace-call skeleton (trace_gated.h). */
#define WPP_LANG_DECLARE_(MSG, ...) \
    static const char wpp_types_[] = {WPP_C_FOREACH(WPP_C_TYPE_ITEM, __VA_ARGS__) 0};
#define WPP_LANG_SITE_ static struct wpp_site
#define WPP_LANG_ATTRIBUTES_(MSG) WPP_C_WIDE_(MSG)
#define WPP_LANG_FUNCTION_ __func__
#define WPP_LANG_FORMAT_(MSG) (const char*)(MSG)
#define WPP_LANG_TYPES_ wpp_types_
#define WPP_LANG_REGISTER_SITE_                                                                   \
    static struct wpp_site* wpp_site_ptr_ __attribute__((section(WPP_SITE_PTRS_SECTION), used)) = \
        &wpp_site_;
#define WPP_LANG_EMIT_(FLAG_MASK, ...)                                                  \
    uint64_t wpp_words_[WPP_C_CAPACITY(__VA_ARGS__)];                                   \
    struct wpp_blob wpp_blob_ = {wpp_words_, 0, WPP_C_CAPACITY(__VA_ARGS__)};           \
    WPP_C_FOREACH(WPP_C_PUT_ITEM, __VA_ARGS__)                                          \
    wpp_record(WPP_IFR_CURRENT_, &wpp_ifr_thread_, wpp_level_, &wpp_site_, (FLAG_MASK), \
               wpp_words_, wpp_blob_.used);

#include "trace_gated.h"

#endif /* WPP_DETAIL_TRACE_C_H */
