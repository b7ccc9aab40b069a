/*
 * wpp/ifr_format.h - the layout of an in-flight recorder (IFR) file: the binary contract between
 * the writer (the hot path, <wpp/detail/ifr_write.h>, and libwpptrace, which creates the file)
 * and the reader (`wpptrace ifr`, decoder/src/ifr_reader.cpp).
 *
 * One file per recorder (a driver's default buffer, or a log it created), a shared mapping of
 *
 *   struct wpp_ifr_header                     WPP_IFR_HEADER_BYTES
 *   ring_count x { struct wpp_ifr_ring,       WPP_IFR_RING_HEADER_BYTES
 *                  ring_bytes of records }    a power of two
 *
 * A ring belongs to one thread at a time (no locks): the thread with that process-wide thread
 * index. Its records are 8-byte aligned and never straddle the ring's end (a padding record
 * fills the rest). Positions (head, tail) count bytes since the ring was created; a record's
 * offset is its position modulo ring_bytes. The writer, for each message:
 *   1. moves `tail` past the oldest records the new one will overwrite (stored first, so that a
 *      reader never takes overwritten bytes for a record);
 *   2. writes the record: its `sequence` word first, then the rest, then the argument words;
 *   3. publishes it by storing `head` (release).
 * So [tail, head) holds only whole records. A record at `head` whose sequence follows the last
 * published one is a message cut off by the process's death: torn, reported, never decoded.
 *
 * Everything here is little-endian x86_64 data; a reader treats a file as untrusted input.
 */
#ifndef WPP_IFR_FORMAT_H
#define WPP_IFR_FORMAT_H

#include <stdint.h>

#include "abi.h"

WPP_EXTERN_C_BEGIN

/* "WPPIFR" + layout version 2 (version 1's records had no `cpu`: 40 bytes). */
#define WPP_IFR_MAGIC UINT64_C(0x0252464950505057)
#define WPP_IFR_LAYOUT_VERSION 2u
#define WPP_IFR_HEADER_BYTES 4096u
#define WPP_IFR_RING_HEADER_BYTES 64u
/* The smallest ring holds the largest message (WPP_BLOB_WORDS argument words). */
#define WPP_IFR_MIN_RING_BYTES 16384u
#define WPP_IFR_MAX_RING_BYTES (64u << 20)
#define WPP_IFR_MAX_RINGS 256u /* process-wide thread indices */
#define WPP_IFR_FILE_SUFFIX ".ifr"

/* wpp_ifr_header.clock: what a record's `time` counts. The mode is the driver's choice, as the
   WPP recorder's UseTimeStamp / PreciseTimeStamp on Windows: precise (TSC or CLOCK_REALTIME),
   millisecond (the kernel's tick clock, cheap), or none (no clock read at all). Modes 3 and 4
   came within layout version 2: the record is unchanged, a reader that does not know a mode
   refuses the file by its clock ("unknown clock"), never misreads it, and a driver whose hot
   path predates them writes CLOCK_REALTIME nanoseconds in both, which the reader floors to the
   millisecond (3) or ignores (4). */
#define WPP_IFR_CLOCK_TSC 1u      /* precise: TSC ticks; calibration below */
#define WPP_IFR_CLOCK_REALTIME 2u /* precise: CLOCK_REALTIME nanoseconds (no invariant TSC) */
/* millisecond: CLOCK_REALTIME_COARSE nanoseconds, which move once per kernel tick
   (clock_resolution_ns) */
#define WPP_IFR_CLOCK_REALTIME_COARSE 3u
#define WPP_IFR_CLOCK_NONE 4u /* none: every `time` is 0; order is per thread only */

/* wpp_ifr_header.state */
#define WPP_IFR_STATE_OPEN 1u   /* the process may still write */
#define WPP_IFR_STATE_CLOSED 2u /* WPP_CLEANUP or WppRecorderLogDelete closed it */

struct wpp_ifr_header {
    uint64_t magic;        /* WPP_IFR_MAGIC */
    uint32_t header_bytes; /* WPP_IFR_HEADER_BYTES */
    uint32_t ring_header_bytes;
    uint32_t ring_count; /* at most WPP_IFR_MAX_RINGS */
    uint32_t ring_bytes; /* record bytes per ring: a power of two */
    uint32_t pid;
    uint32_t clock; /* WPP_IFR_CLOCK_* */
    uint32_t state; /* WPP_IFR_STATE_* */
    /* clock_getres() of the clock, ns (the tick for WPP_IFR_CLOCK_REALTIME_COARSE); 0 when not
       known (files of writers before the millisecond mode, whose word was reserved and 0). */
    uint32_t clock_resolution_ns;
    /* Two simultaneous readings (TSC, CLOCK_REALTIME ns) some time apart: ns = realtime_ns[0] +
       (ticks - tsc[0]) * (realtime_ns[1] - realtime_ns[0]) / (tsc[1] - tsc[0]). */
    uint64_t tsc[2];
    int64_t realtime_ns[2];
    int64_t created_ns;  /* CLOCK_REALTIME at creation */
    uint64_t unrecorded; /* messages of threads past ring_count, or traced by a signal
                            handler during another write of its thread (atomic add) */
    char module[64];     /* the driver's WPP module name */
    char log[64];        /* "" for the driver's default buffer, else the log's identifier */
    char path[1024];     /* the driver binary (its catalog) */
    char build_id[128];  /* its GNU build id, hex */
    char process[64];    /* the process's name (comm) */
    char fault[512];     /* what the host knew when the process died, "" otherwise */
};

struct wpp_ifr_ring {
    uint64_t head;    /* bytes published since creation (release store) */
    uint64_t tail;    /* position of the oldest whole record */
    uint64_t written; /* the writer's own: messages written (the last one's sequence) */
    uint64_t dropped; /* messages larger than the ring (none at the minimum size) */
    uint64_t reserved[4];
};

/* wpp_ifr_record.kind */
#define WPP_IFR_RECORD_MESSAGE 1u
#define WPP_IFR_RECORD_PADDING 2u /* fills the ring's end; size bytes to skip */

struct wpp_ifr_record {
    uint64_t sequence; /* per ring, from 1, +1 per message (a padding has the next one's);
                          never 0, so that a ring's zeroed bytes are never a begun message */
    uint32_t size;     /* bytes of the record, a multiple of 8, words included */
    uint8_t kind;      /* WPP_IFR_RECORD_* */
    uint8_t level;
    uint16_t word_count; /* argument words that follow, at most WPP_BLOB_WORDS */
    uint32_t flags;
    uint32_t tid;
    uint64_t time;   /* wpp_ifr_header.clock */
    uint64_t msg_id; /* the site's message id, the catalog key */
    uint32_t cpu;    /* the CPU the writer ran on (the kernel's rseq cpu_id for the thread),
                        WPP_IFR_NO_CPU when the process has no rseq area */
    uint32_t reserved;
    /* uint64_t words[word_count]; the same argument words as the LTTng event */
};

#define WPP_IFR_RECORD_BYTES 48u
/* wpp_ifr_record.cpu when it is not known (rseq's "not registered" value too). */
#define WPP_IFR_NO_CPU 0xffffffffu

#ifdef __cplusplus
static_assert(sizeof(struct wpp_ifr_header) <= WPP_IFR_HEADER_BYTES, "IFR header too large");
static_assert(sizeof(struct wpp_ifr_ring) == WPP_IFR_RING_HEADER_BYTES, "IFR ring header");
static_assert(sizeof(struct wpp_ifr_record) == WPP_IFR_RECORD_BYTES, "IFR record header");
#else
_Static_assert(sizeof(struct wpp_ifr_header) <= WPP_IFR_HEADER_BYTES, "IFR header too large");
_Static_assert(sizeof(struct wpp_ifr_ring) == WPP_IFR_RING_HEADER_BYTES, "IFR ring header");
_Static_assert(sizeof(struct wpp_ifr_record) == WPP_IFR_RECORD_BYTES, "IFR record header");
#endif

WPP_EXTERN_C_END

#endif /* WPP_IFR_FORMAT_H */
