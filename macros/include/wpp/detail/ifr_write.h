/*
 * wpp/detail/ifr_write.h - one message into an in-flight recorder (layout: <wpp/ifr_format.h>):
 * a few stores and the clock of the recorder's mode, no lock, no allocation, no call after a
 * thread's first message (but the vDSO's clock_gettime in millisecond and no-TSC modes).
 *
 * Each thread writes only its own ring (its process-wide thread index, given once by
 * libwpptrace and cached in the driver's thread-local `wpp_ifr_thread_`), so the only shared
 * write is the counter of messages from threads past the recorder's rings.
 */
#ifndef WPP_DETAIL_IFR_WRITE_H
#define WPP_DETAIL_IFR_WRITE_H

#include <string.h>
#include <time.h>

#include "../ifr_format.h"

WPP_EXTERN_C_BEGIN

/* The process's handle on one recorder: its mapping and the constants the hot path needs,
   kept out of the file (which another process of the owner could change). */
struct wpp_ifr {
    struct wpp_ifr_header* header;
    unsigned char* rings; /* the first ring's header */
    uint32_t ring_count;
    uint32_t ring_bytes; /* a power of two */
    uint32_t ring_stride;
    uint32_t clock; /* WPP_IFR_CLOCK_* */
};

/* A thread's index (+1; 0 before its first message) and id, per driver binary. */
struct wpp_ifr_thread {
    uint32_t index_plus_one;
    uint32_t tid;
    uint32_t busy; /* inside wpp_ifr_write: a signal handler's message is not recorded */
    /* The CPU the thread runs on, kept current by the kernel: the cpu_id of the thread's rseq
       area (registered by glibc), or a constant WPP_IFR_NO_CPU. One load, no system call. */
    const volatile uint32_t* cpu;
};

/* libwpptrace (runtime/tracing/src/ifr_recorder.cpp): the thread's index, id and CPU word,
   once. */
void wpptrace_ifr_attach_thread(struct wpp_ifr_thread* thread);

/* The record's time in the recorder's mode (<wpp/ifr_format.h>): one branch on a word that
   never changes for the recorder, so it is always predicted. Millisecond mode reads the tick
   clock through the vDSO (no TSC read, no system call); none reads nothing. */
static inline uint64_t wpp_ifr_now(const struct wpp_ifr* recorder) {
    struct timespec now;
    const uint32_t clock = recorder->clock;
    if (__builtin_expect(clock == WPP_IFR_CLOCK_REALTIME_COARSE, 1)) {
        clock_gettime(CLOCK_REALTIME_COARSE, &now);
        return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
    }
#if defined(__x86_64__) || defined(__i386__)
    if (clock == WPP_IFR_CLOCK_TSC) return __builtin_ia32_rdtsc();
#endif
    if (clock == WPP_IFR_CLOCK_NONE) return 0;
    clock_gettime(CLOCK_REALTIME, &now);
    return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

/* The first position at or after `tail` that leaves `needed` free: the oldest records are
   dropped whole. A record that cannot be one (the file was written by someone else) drops
   everything up to `start`, the new record's position. */
static inline uint64_t wpp_ifr_evict(const unsigned char* data, uint32_t ring_bytes, uint64_t tail,
                                     uint64_t needed, uint64_t start) {
    if (needed - tail > ring_bytes) return start; /* positions no writer left: start afresh */
    while (tail < needed) {
        const uint32_t offset = (uint32_t)tail & (ring_bytes - 1);
        const uint32_t rest = ring_bytes - offset;
        uint32_t size;
        if (rest < WPP_IFR_RECORD_BYTES) { /* too short for a record: skipped */
            tail += rest;
            continue;
        }
        memcpy(&size, data + offset + offsetof(struct wpp_ifr_record, size), sizeof size);
        if (size < 8 || size > rest || (size & 7)) return start;
        tail += size;
    }
    return tail;
}

static inline void wpp_ifr_write(struct wpp_ifr* recorder, struct wpp_ifr_thread* thread,
                                 unsigned level, uint64_t msg_id, uint32_t flags,
                                 const uint64_t* words, uint32_t word_count) {
    struct wpp_ifr_ring* ring;
    struct wpp_ifr_record* record;
    unsigned char* data;
    uint64_t head, tail, sequence;
    uint32_t index, offset, rest;
    const uint32_t ring_bytes = recorder->ring_bytes;
    const uint32_t size = WPP_IFR_RECORD_BYTES + word_count * 8u;
    if (__builtin_expect(thread->index_plus_one == 0, 0)) wpptrace_ifr_attach_thread(thread);
    index = thread->index_plus_one - 1;
    if (__builtin_expect(index >= recorder->ring_count, 0)) {
        __atomic_fetch_add(&recorder->header->unrecorded, 1, __ATOMIC_RELAXED);
        return;
    }
    if (__builtin_expect(thread->busy, 0)) { /* a handler interrupted this thread's write */
        __atomic_fetch_add(&recorder->header->unrecorded, 1, __ATOMIC_RELAXED);
        return;
    }
    thread->busy = 1;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    ring = (struct wpp_ifr_ring*)(recorder->rings + (size_t)index * recorder->ring_stride);
    data = (unsigned char*)ring + WPP_IFR_RING_HEADER_BYTES;
    if (__builtin_expect(size > ring_bytes, 0)) {
        ++ring->dropped;
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        thread->busy = 0;
        return;
    }
    head = ring->head;
    tail = ring->tail;
    sequence = ring->written + 1;
    offset = (uint32_t)head & (ring_bytes - 1);
    rest = ring_bytes - offset;
    if (__builtin_expect(size > rest, 0)) {
        /* The ring's end: a padding record (or, under a record's size, nothing) fills it. */
        if (head + rest + size - tail > ring_bytes) {
            tail =
                wpp_ifr_evict(data, ring_bytes, tail, head + rest + size - ring_bytes, head + rest);
            __atomic_store_n(&ring->tail, tail, __ATOMIC_RELAXED);
            __atomic_signal_fence(__ATOMIC_SEQ_CST);
        }
        if (rest >= WPP_IFR_RECORD_BYTES) {
            record = (struct wpp_ifr_record*)(data + offset);
            record->sequence = sequence;
            record->size = rest;
            record->kind = WPP_IFR_RECORD_PADDING;
        }
        head += rest;
        offset = 0;
    } else if (head + size - tail > ring_bytes) {
        tail = wpp_ifr_evict(data, ring_bytes, tail, head + size - ring_bytes, head);
        __atomic_store_n(&ring->tail, tail, __ATOMIC_RELAXED);
        /* The tail moves before the bytes it gave up are overwritten. */
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
    }
    record = (struct wpp_ifr_record*)(data + offset);
    /* The sequence first: a message cut off half-way is recognised by it (ifr_format.h). */
    __atomic_store_n(&record->sequence, sequence, __ATOMIC_RELAXED);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    record->size = size;
    record->kind = WPP_IFR_RECORD_MESSAGE;
    record->level = (uint8_t)(level > 255 ? 255 : level);
    record->word_count = (uint16_t)word_count;
    record->flags = flags;
    record->tid = thread->tid;
    record->time = wpp_ifr_now(recorder);
    record->msg_id = msg_id;
    record->cpu = *thread->cpu;
    record->reserved = 0;
    if (word_count <= 8) {
        /* Most messages carry a few words: stores inline beat a call to memcpy. */
        uint64_t* to = (uint64_t*)(record + 1);
        switch (word_count) {
            case 8:
                to[7] = words[7]; /* fall through */
            case 7:
                to[6] = words[6]; /* fall through */
            case 6:
                to[5] = words[5]; /* fall through */
            case 5:
                to[4] = words[4]; /* fall through */
            case 4:
                to[3] = words[3]; /* fall through */
            case 3:
                to[2] = words[2]; /* fall through */
            case 2:
                to[1] = words[1]; /* fall through */
            case 1:
                to[0] = words[0]; /* fall through */
            default:
                break;
        }
    } else {
        memcpy(record + 1, words, (size_t)word_count * 8u);
    }
    ring->written = sequence;
    __atomic_store_n(&ring->head, head + size, __ATOMIC_RELEASE);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    thread->busy = 0;
}

WPP_EXTERN_C_END

#endif /* WPP_DETAIL_IFR_WRITE_H */
