/*
 * wpp/detail/emit.h - the hot path shared by the C and the C++ macros: the enable gate, the
 * argument-word writer and the dispatch to the per-level LTTng event. Allocation-free and
 * lock-free; everything here is inline in the driver.
 */
#ifndef WPP_DETAIL_EMIT_H
#define WPP_DETAIL_EMIT_H

#include <string.h>
#include <wchar.h>

#include "../abi.h"
#include "../extended_types.h"
#include "../tracepoint.h"
#include "../win_types.h"
#include "ifr_write.h"

WPP_EXTERN_C_BEGIN

/* The flag bits enabled for messages of `level` under one control GUID: one relaxed load. */
static inline uint32_t wpp_enabled_flags(const struct wpp_control_block* block, unsigned level) {
    return __atomic_load_n(&block->enabled[level > WPP_MAX_LEVEL ? WPP_MAX_LEVEL : level],
                           __ATOMIC_RELAXED);
}

/* The one map from a level to its LTTng event (wpp:message for DoTraceMessage's level 0,
   wpp:critical .. wpp:information for 1 .. 4, wpp:verbose above): a switch whose cases each
   apply ACTION to the event's name. */
#define WPP_LEVEL_EVENT_SWITCH_(LEVEL, ACTION) \
    switch (LEVEL) {                           \
        case 0:                                \
            ACTION(message);                   \
            break;                             \
        case 1:                                \
            ACTION(critical);                  \
            break;                             \
        case 2:                                \
            ACTION(error);                     \
            break;                             \
        case 3:                                \
            ACTION(warning);                   \
            break;                             \
        case 4:                                \
            ACTION(information);               \
            break;                             \
        default:                               \
            ACTION(verbose);                   \
            break;                             \
    }

/* Whether LTTng records this level's event at all (a session enabled it): one more load. */
static inline int wpp_tracepoint_enabled(unsigned level) {
#define WPP_RETURN_EVENT_ENABLED_(EVENT) return lttng_ust_tracepoint_enabled(wpp, EVENT)
    WPP_LEVEL_EVENT_SWITCH_(level, WPP_RETURN_EVENT_ENABLED_)
#undef WPP_RETURN_EVENT_ENABLED_
}

/* Whether LTTng records any level's event: a session listens to wpp at all. WPP's
   WPP_LEVEL_ENABLED(flag) has no level; drivers build their level gates on it
   (`WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl`), so it must not
   depend on one level's event. Reached only when the flag's gate is open. */
static inline int wpp_any_tracepoint_enabled(void) {
    return lttng_ust_tracepoint_enabled(wpp, message) ||
           lttng_ust_tracepoint_enabled(wpp, critical) ||
           lttng_ust_tracepoint_enabled(wpp, error) || lttng_ust_tracepoint_enabled(wpp, warning) ||
           lttng_ust_tracepoint_enabled(wpp, information) ||
           lttng_ust_tracepoint_enabled(wpp, verbose);
}

static inline void wpp_emit(unsigned level, const struct wpp_site* site, uint32_t flags,
                            const uint64_t* words, uint32_t word_count) {
    uint8_t level8 = (uint8_t)(level > 255 ? 255 : level);
#define WPP_DO_EVENT_(EVENT) \
    lttng_ust_do_tracepoint(wpp, EVENT, site->id, level8, flags, site->module, words, word_count)
    WPP_LEVEL_EVENT_SWITCH_(level, WPP_DO_EVENT_)
#undef WPP_DO_EVENT_
}

/* The recording path: the driver's in-flight recorder when it has one, then LTTng when a session
   records this level. Reached when the gate is open and one of the two takes the message. */
static inline void wpp_record(struct wpp_ifr* recorder, struct wpp_ifr_thread* thread,
                              unsigned level, const struct wpp_site* site, uint32_t flags,
                              const uint64_t* words, uint32_t word_count) {
    if (recorder) wpp_ifr_write(recorder, thread, level, site->id, flags, words, word_count);
    if (wpp_tracepoint_enabled(level)) wpp_emit(level, site, flags, words, word_count);
}

/* ---- argument words ------------------------------------------------------------------- */

struct wpp_blob {
    uint64_t* words;
    uint32_t used;
    uint32_t capacity;
};

static inline void wpp_put_word(struct wpp_blob* blob, uint64_t word) {
    if (blob->used < blob->capacity) blob->words[blob->used++] = word;
}

/* Words strings may still take: room stays for one word per remaining argument. */
static inline size_t wpp_string_room_units(const struct wpp_blob* blob, unsigned unit_size) {
    uint32_t reserve = 1 + WPP_MAX_ARGS;
    if (blob->used + reserve >= blob->capacity) return 0;
    return (size_t)(blob->capacity - blob->used - reserve) * 8u / unit_size;
}

/* Count word, then the units packed into zero-padded words. `units` is at most room + 1. */
static inline void wpp_put_units(struct wpp_blob* blob, const void* data, size_t units, size_t room,
                                 unsigned unit_size) {
    uint64_t header = units;
    if (units > room) {
        units = room;
        header = units | WPP_STRING_CUT_BIT;
    }
    wpp_put_word(blob, header);
    if (units) {
        size_t bytes = units * unit_size, count = (bytes + 7) / 8;
        blob->words[blob->used + count - 1] = 0;
        /* Hide the size's bound (the blob's 8 KiB) from GCC: knowing it, GCC inlines the copy
           as `rep movsq`, slow to start for the short strings traces carry (bench: 1.06x ->
           1.03x of a hand-written tracepoint); glibc's memcpy is faster for them. */
        __asm__("" : "+r"(bytes));
/* `units` never exceeds the string's length (strnlen and friends), but after inlining a short
   literal GCC cannot see that and warns in the driver's build; the copy is in bounds. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Warray-bounds"
#if !defined(__clang__)  // a gcc warning: clang would reject the unknown name under -Werror
#pragma GCC diagnostic ignored "-Wstringop-overread"
#endif
        memcpy(&blob->words[blob->used], data, bytes);
#pragma GCC diagnostic pop
        blob->used += (uint32_t)count;
    }
}

static inline void wpp_put_i64(struct wpp_blob* blob, int encoding, int64_t value) {
    (void)encoding;
    wpp_put_word(blob, (uint64_t)value);
}

static inline void wpp_put_u64(struct wpp_blob* blob, int encoding, uint64_t value) {
    (void)encoding;
    wpp_put_word(blob, value);
}

static inline void wpp_put_f64(struct wpp_blob* blob, int encoding, double value) {
    uint64_t bits;
    (void)encoding;
    memcpy(&bits, &value, sizeof bits);
    wpp_put_word(blob, bits);
}

/* Memory a pointer designates (WPP_ENC_MEMORY16, _MEMORY6, _SID): sizes the call site fixed, so
   the capacity has room for them; cut (WPP_STRING_CUT_BIT) only when strings before took it. */
static inline void wpp_put_memory(struct wpp_blob* blob, int encoding, const void* p) {
    size_t bytes, room;
    if (!p) {
        wpp_put_word(blob, WPP_NULL_POINTER_BIT);
        return;
    }
    if (encoding == WPP_ENC_MEMORY6) {
        bytes = 6;
    } else if (encoding == WPP_ENC_SID) {
        /* Revision, SubAuthorityCount, IdentifierAuthority[6], SubAuthority[count] */
        unsigned count = ((const uint8_t*)p)[1];
        bytes = 8u + 4u * (count > WPP_SID_MAX_SUBAUTHORITIES ? WPP_SID_MAX_SUBAUTHORITIES : count);
    } else {
        bytes = 16;
    }
    if (blob->used >= blob->capacity) return;
    room = (size_t)(blob->capacity - blob->used - 1) * 8u;
    wpp_put_units(blob, p, bytes > room ? room + 1 : bytes, room, 1);
}

static inline void wpp_put_ptr(struct wpp_blob* blob, int encoding, const volatile void* p) {
    if (encoding >= WPP_ENC_MEMORY16 && encoding <= WPP_ENC_SID) {
        wpp_put_memory(blob, encoding, (const void*)(uintptr_t)p);
        return;
    }
    wpp_put_word(blob, (uint64_t)(uintptr_t)p);
}

/* WppBinary(p, n): the bytes, cut like a string; a NULL pointer is recorded as such. */
static inline void wpp_put_binary(struct wpp_blob* blob, int encoding, struct wpp_binary b) {
    size_t room;
    (void)encoding;
    if (!b.data) {
        wpp_put_word(blob, WPP_NULL_POINTER_BIT);
        return;
    }
    room = wpp_string_room_units(blob, 1);
    wpp_put_units(blob, b.data, b.length > room + 1 ? room + 1 : b.length, room, 1);
}

/* char*: the text under %s, the pointer otherwise. NULL is recorded as "NULL", as WPP does. */
static inline void wpp_put_str(struct wpp_blob* blob, int encoding, const void* p) {
    const char* s = (const char*)p;
    size_t room;
    if (encoding != WPP_ENC_BYTES) {
        wpp_put_ptr(blob, encoding, p);
        return;
    }
    if (!s) s = "NULL";
    room = wpp_string_room_units(blob, 1);
/* strnlen stops at the NUL: a bound beyond a short literal's size, which GCC sees after
   inlining (a literal chosen by ?: or returned by an inline function), reads nothing more. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#if !defined(__clang__)  // a gcc warning: clang would reject the unknown name under -Werror
#pragma GCC diagnostic ignored "-Wstringop-overread"
#endif
    wpp_put_units(blob, s, strnlen(s, room + 1), room, 1);
#pragma GCC diagnostic pop
}

static inline void wpp_put_wstr32(struct wpp_blob* blob, int encoding, const void* p) {
    static const uint32_t null_text[] = {'N', 'U', 'L', 'L', 0};
    const uint32_t* s = (const uint32_t*)p;
    size_t room, n = 0;
    if (encoding != WPP_ENC_UTF32) {
        wpp_put_ptr(blob, encoding, p);
        return;
    }
    if (!s) s = null_text;
    room = wpp_string_room_units(blob, 4);
    while (n <= room && s[n]) ++n;
    wpp_put_units(blob, s, n, room, 4);
}

static inline void wpp_put_wstr16(struct wpp_blob* blob, int encoding, const void* p) {
    static const uint16_t null_text[] = {'N', 'U', 'L', 'L', 0};
    const uint16_t* s = (const uint16_t*)p;
    size_t room, n = 0;
    if (encoding != WPP_ENC_UTF16) {
        wpp_put_ptr(blob, encoding, p);
        return;
    }
    if (!s) s = null_text;
    room = wpp_string_room_units(blob, 2);
    while (n <= room && s[n]) ++n;
    wpp_put_units(blob, s, n, room, 2);
}

/* UNICODE_STRING*: Length counts bytes; the buffer need not be NUL-terminated. */
static inline void wpp_put_unicode_string(struct wpp_blob* blob, int encoding, const void* p) {
    const UNICODE_STRING* s = (const UNICODE_STRING*)p;
    size_t room, n;
    if (encoding != WPP_ENC_UTF32) {
        wpp_put_ptr(blob, encoding, p);
        return;
    }
    if (!s || (!s->Buffer && s->Length)) {
        wpp_put_wstr32(blob, encoding, NULL);
        return;
    }
    room = wpp_string_room_units(blob, sizeof(WCHAR));
    n = s->Length / sizeof(WCHAR);
    wpp_put_units(blob, s->Buffer, n > room + 1 ? room + 1 : n, room, sizeof(WCHAR));
}

static inline void wpp_put_ansi_string(struct wpp_blob* blob, int encoding, const void* p) {
    const ANSI_STRING* s = (const ANSI_STRING*)p;
    size_t room, n;
    if (encoding != WPP_ENC_BYTES) {
        wpp_put_ptr(blob, encoding, p);
        return;
    }
    if (!s || (!s->Buffer && s->Length)) {
        wpp_put_str(blob, encoding, NULL);
        return;
    }
    room = wpp_string_room_units(blob, 1);
    n = s->Length;
    wpp_put_units(blob, s->Buffer, n > room + 1 ? room + 1 : n, room, 1);
}

WPP_EXTERN_C_END

#endif /* WPP_DETAIL_EMIT_H */
