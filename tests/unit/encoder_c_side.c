/* The C side of encoder_test: the same arguments through the C macros' type capture
   (_Generic) and packing, for comparison with the C++ templates. */
#include <wpp/detail/trace_c.h>
#include <wpp/format_spec.h>

#include "encoder_c_side.h"

static const char c_types[] = {WPP_C_TYPE((signed char)0),
                               WPP_C_TYPE((unsigned short)0),
                               WPP_C_TYPE((int)0),
                               WPP_C_TYPE((unsigned)0),
                               WPP_C_TYPE((long long)0),
                               WPP_C_TYPE((unsigned long)0),
                               WPP_C_TYPE((double)0),
                               WPP_C_TYPE((void*)0),
                               WPP_C_TYPE((const char*)0),
                               WPP_C_TYPE((const wchar_t*)0),
                               WPP_C_TYPE((PCUNICODE_STRING)0),
                               0};

const char* encoder_c_types(void) {
    return c_types;
}

uint32_t encoder_c_pack(const char* format, uint64_t* words, uint32_t capacity, signed char i8,
                        unsigned short u16, int i32, unsigned u32, long long i64, unsigned long u64,
                        double d, void* p, const char* s, const wchar_t* ws, PCUNICODE_STRING us) {
    uint8_t enc[WPP_MAX_ARGS] = {0};
    uint32_t argument;
    struct wpp_spec spec;
    struct wpp_blob blob = {words, 0, capacity};
    if (wpp_check_format(format, c_types, enc, &argument, &spec) != WPP_CHECK_OK) return 0;
    WPP_C_PUT_FN(i8)(&blob, enc[0], i8);
    WPP_C_PUT_FN(u16)(&blob, enc[1], u16);
    WPP_C_PUT_FN(i32)(&blob, enc[2], i32);
    WPP_C_PUT_FN(u32)(&blob, enc[3], u32);
    WPP_C_PUT_FN(i64)(&blob, enc[4], i64);
    WPP_C_PUT_FN(u64)(&blob, enc[5], u64);
    WPP_C_PUT_FN(d)(&blob, enc[6], d);
    WPP_C_PUT_FN(p)(&blob, enc[7], p);
    WPP_C_PUT_FN(s)(&blob, enc[8], s);
    WPP_C_PUT_FN(ws)(&blob, enc[9], ws);
    WPP_C_PUT_FN(us)(&blob, enc[10], us);
    return blob.used;
}

static const char c_extended_types[] = {
    WPP_C_TYPE((NTSTATUS)0),    WPP_C_TYPE((const GUID*)0),  WPP_C_TYPE((const UCHAR*)0),
    WPP_C_TYPE((const void*)0), WPP_C_TYPE(WppBinary(0, 0)), WPP_C_TYPE((ULONG)0),
    WPP_C_TYPE((USHORT)0),      WPP_C_TYPE((LONGLONG)0),     0};

const char* encoder_c_extended_types(void) {
    return c_extended_types;
}

uint32_t encoder_c_pack_extended(const char* format, uint64_t* words, uint32_t capacity,
                                 NTSTATUS status, const GUID* guid, const UCHAR* mac,
                                 const void* sid, struct wpp_binary bin, ULONG ip, USHORT port,
                                 LONGLONG time) {
    uint8_t enc[WPP_MAX_ARGS] = {0};
    uint32_t argument;
    struct wpp_spec spec;
    /* The room the C macros reserve for these arguments, as a trace call would. */
    uint64_t local[WPP_C_CAPACITY(status, guid, mac, sid, bin, ip, port, time)];
    struct wpp_blob blob = {local, 0, sizeof local / sizeof local[0]};
    if (wpp_check_format(format, c_extended_types, enc, &argument, &spec) != WPP_CHECK_OK) return 0;
    WPP_C_PUT_FN(status)(&blob, enc[0], status);
    WPP_C_PUT_FN(guid)(&blob, enc[1], guid);
    WPP_C_PUT_FN(mac)(&blob, enc[2], mac);
    WPP_C_PUT_FN(sid)(&blob, enc[3], sid);
    WPP_C_PUT_FN(bin)(&blob, enc[4], bin);
    WPP_C_PUT_FN(ip)(&blob, enc[5], ip);
    WPP_C_PUT_FN(port)(&blob, enc[6], port);
    WPP_C_PUT_FN(time)(&blob, enc[7], time);
    if (blob.used > capacity) return 0;
    memcpy(words, local, blob.used * sizeof local[0]);
    return blob.used;
}
