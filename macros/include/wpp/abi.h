/*
 * wpp/abi.h - the binary contract between the trace macros, the runtime and the decoder.
 *
 * Three components meet here, built at different times and possibly from different versions:
 *   - the trace macros (<wpp/wpp.h>, header-only, compiled into each driver) write it;
 *   - the runtime (libwpptrace, runtime/) reads it at WPP_INIT_TRACING and on the hot path;
 *   - the decoder (decoder/, `wpptrace catalog` and `decode`) reads it from built ELF files.
 * Nothing else is shared between them; the one format parser (<wpp/format_spec.h>, with its
 * %!NAME! table <wpp/extended_types.h>) and the LTTng events (<wpp/tracepoint.h>) complete it.
 *
 * What this header fixes:
 *   - the call-site record `struct wpp_site` (WPP's TMF entry): every trace call site owns one,
 *     spelled once, by WPP_SITE_INIT_. Its first word is WPP_SITE_MAGIC; changing the layout
 *     changes the magic's version byte. The decoder reads records at offsetof() of this struct
 *     (records are LP64 x86_64 data), so a field added here is read where it is declared.
 *   - where records are found: C sites (and CUSTOM_TYPE records) through a pointer each in the
 *     module's `wpp_site_ptrs` section (WPP_SITE_PTRS_SECTION); C++ sites through a module-local
 *     list (`next`) they join when the module loads (GCC cannot put static locals of inline
 *     functions and of ordinary functions in one named section). The decoder finds both by their
 *     magic in the data sections; module descriptors (WPP_MODULE_MAGIC) likewise.
 *   - the attribute bits of a record (WPP_SITE_PREFIX_IN_FORMAT, WPP_SITE_CUSTOM_TYPE,
 *     WPP_SITE_WIDE_FORMAT), the argument type codes (enum wpp_arg_type, one character each in
 *     `types`) and the argument encodings in an event's words (enum wpp_encoding);
 *   - the message id (wpp_site_id: FNV-1a over the record's static part), the catalog key;
 *   - the per-control enable state read on the hot path (struct wpp_control_block).
 * Only the dynamic part (message id, level, flags, argument words) crosses the hot path.
 *
 * This header is C11 and C++20 alike: C drivers and C++ drivers land in the same catalog and the
 * same encoding.
 */
#ifndef WPP_ABI_H
#define WPP_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define WPP_CONSTEXPR constexpr
#define WPP_EXTERN_C extern "C"
#define WPP_EXTERN_C_BEGIN extern "C" {
#define WPP_EXTERN_C_END }
#else
#define WPP_CONSTEXPR
#define WPP_EXTERN_C
#define WPP_EXTERN_C_BEGIN
#define WPP_EXTERN_C_END
#endif

WPP_EXTERN_C_BEGIN

/* Limits of one message. */
#define WPP_MAX_ARGS 16      /* arguments per message (WPP itself allows a few more; none seen) */
#define WPP_MAX_LEVEL 15u    /* levels above are clamped; TRACE_LEVEL_* uses 0..9 */
#define WPP_MAX_CONTROLS 32  /* control GUIDs per module */
#define WPP_BLOB_WORDS 1024u /* argument words per event (8 KiB); longer strings are cut */
#define WPP_MAX_STRING_UNITS 0x7fffffffu /* a recorded string's unit count fits 31 bits */

/*
 * Source type of one argument, fixed at compile time (_Generic in C, templates in C++). The
 * codes are printable so that a catalog's type list reads as a short string ("is" = int, string).
 */
enum wpp_arg_type {
    WPP_TYPE_I8 = 'b',
    WPP_TYPE_U8 = 'B',
    WPP_TYPE_I16 = 'h',
    WPP_TYPE_U16 = 'H',
    WPP_TYPE_I32 = 'i',
    WPP_TYPE_U32 = 'I',
    WPP_TYPE_I64 = 'q',
    WPP_TYPE_U64 = 'Q',
    WPP_TYPE_DOUBLE = 'd',
    WPP_TYPE_POINTER = 'p',        /* any pointer without a string meaning */
    WPP_TYPE_STR = 's',            /* char*: ANSI/UTF-8, NUL-terminated */
    WPP_TYPE_WSTR16 = 'u',         /* char16_t*: UTF-16, NUL-terminated */
    WPP_TYPE_WSTR32 = 'w',         /* wchar_t* (WCHAR* here): UTF-32, NUL-terminated */
    WPP_TYPE_ANSI_STRING = 'A',    /* ANSI_STRING*: counted bytes */
    WPP_TYPE_UNICODE_STRING = 'U', /* UNICODE_STRING*: counted WCHARs */
    WPP_TYPE_GUID = 'g',           /* GUID* (%!GUID!; any pointer under %p) */
    WPP_TYPE_BINARY = 'm'          /* struct wpp_binary: WppBinary(p, n) / WppHexDump(p, n) */
};

/*
 * How one argument is stored in the event's argument words. Determined by the argument's type
 * and its conversion (a char* under %p is a pointer, under %s a string): wpp_arg_encoding().
 *   WORD:  one 64-bit word (integers sign- or zero-extended, doubles as their bits, pointers).
 *   BYTES/UTF16/UTF32: one word holding the unit count (bit 63 set when the text was cut),
 *         then the units packed into ceil(count * unit / 8) words, host byte order, zero padded.
 */
enum wpp_encoding {
    WPP_ENC_WORD = 1,
    WPP_ENC_BYTES = 2,
    WPP_ENC_UTF16 = 3,
    WPP_ENC_UTF32 = 4,
    /* Memory a pointer designates, in the BYTES layout; a NULL pointer is a count word of 0
       with WPP_NULL_POINTER_BIT set. */
    WPP_ENC_MEMORY16 = 5, /* 16 bytes: %!GUID!, %!IPV6ADDR! */
    WPP_ENC_MEMORY6 = 6,  /* 6 bytes: %!MACADDR! */
    WPP_ENC_SID = 7,      /* a SID: 8 + 4 * SubAuthorityCount bytes, the count bounded to 15 */
    WPP_ENC_BINARY = 8    /* struct wpp_binary: its length in bytes, cut like a string */
};
#define WPP_STRING_CUT_BIT (UINT64_C(1) << 63)
#define WPP_NULL_POINTER_BIT (UINT64_C(1) << 62)

/* Per-control-GUID enable state of a module, read on the hot path. */
struct wpp_control_block {
    /* enabled[L]: the flag bits whose messages of level L are recorded; 0 before
       WPP_INIT_TRACING, after WPP_CLEANUP and while the control is disabled. One relaxed load
       of this word is the whole cost of a disabled trace call. */
    uint32_t enabled[WPP_MAX_LEVEL + 1];
    /* WPP's view of what the controller asked for: WPP_CONTROL(WPP_BIT_x).Level / .Flags[0]. */
    uint32_t Flags[1];
    uint8_t Level;
    uint8_t reserved[3];
};

/* First 8 bytes of every site record: "WPPSITE" + layout version 1, little-endian. */
#define WPP_SITE_MAGIC UINT64_C(0x0145544953505057)

/* The static part of a trace call site: the catalog record (WPP's TMF entry). */
struct wpp_site {
    uint64_t magic;       /* WPP_SITE_MAGIC */
    uint32_t line;        /* __LINE__ */
    uint32_t attributes;  /* WPP_SITE_* bits below (0 for a plain trace call) */
    uint32_t control;     /* index of the control GUID in WPP_CONTROL_GUIDS */
    uint32_t flag_mask;   /* the message's flag bits within that control (0: none) */
    const char* module;   /* driver identity: WPP_MODULE_NAME or the first control GUID name */
    const char* file;     /* __FILE__ (the build maps it relative to the source root) */
    const char* function; /* __func__ */
    const char* level;    /* level as written, e.g. "TRACE_LEVEL_INFORMATION" */
    const char* flags;    /* flag as written, e.g. "DBG_INIT" */
    const char* format;   /* the format string */
    const char* types;    /* one wpp_arg_type per argument, NUL-terminated */
    uint64_t id;          /* wpp_site_id() of the above; set by WPP_INIT_TRACING (0 before) */
    uint8_t encodings[WPP_MAX_ARGS]; /* wpp_encoding per argument; set by WPP_INIT_TRACING */
    struct wpp_site* next;           /* C++ sites: the module-local list they join at load */
};

/* The one spelling of a record, for the C and the C++ trace calls and CUSTOM_TYPE declarations:
   the static part, with designated initialisers in declaration order (C11 and C++20 alike). The
   run-time part (id, encodings, next) starts zeroed, spelled out because C++ warns about
   omitted members. A field added to struct wpp_site is added here, in the same order. */
#define WPP_SITE_INIT_(LINE, ATTRIBUTES, CONTROL, FLAG_MASK, MODULE, FILE, FUNCTION, LEVEL_TEXT,   \
                       FLAGS_TEXT, FORMAT, TYPES)                                                  \
    {                                                                                              \
        .magic = WPP_SITE_MAGIC, .line = (LINE), .attributes = (ATTRIBUTES), .control = (CONTROL), \
        .flag_mask = (FLAG_MASK), .module = (MODULE), .file = (FILE), .function = (FUNCTION),      \
        .level = (LEVEL_TEXT), .flags = (FLAGS_TEXT), .format = (FORMAT), .types = (TYPES),        \
        .id = 0, .encodings = {0}, .next = 0                                                       \
    }

/* The section that holds a pointer to each C site record (and CUSTOM_TYPE record) of a module;
   the linker's __start_/__stop_ symbols bound it. */
#define WPP_SITE_PTRS_SECTION "wpp_site_ptrs"

/* wpp_site.attributes. */
/* The format already holds its prefix and suffix (USEPREFIX / USESUFFIX / NOPREFIX applied):
   the decoder does not prepend the standard prefix but renders it where the format says
   %!STDPREFIX!. */
#define WPP_SITE_PREFIX_IN_FORMAT 0x1u
/* Not a message but a CUSTOM_TYPE declaration of the module: `flags` holds the type's name and
   `format` its definition ("ItemListLong(a,b,c=5)", "ItemEnum(E){A=0,B=4}"); file "" and line 0,
   so that the same declaration seen by many translation units is one record. Never traced. */
#define WPP_SITE_CUSTOM_TYPE 0x2u
/* A C call's MSG is wide (L"..."): `format` points at wchar_t text. The runtime converts it to
   UTF-8 at WPP_INIT_TRACING and clears this bit (the ELF catalog reader does the same), so no
   catalog and no id ever carries it. C++ converts wide formats at compile time. */
#define WPP_SITE_WIDE_FORMAT 0x4u
#define WPP_SITE_KNOWN_ATTRIBUTES (WPP_SITE_PREFIX_IN_FORMAT | WPP_SITE_CUSTOM_TYPE)

/* One control GUID as declared with WPP_DEFINE_CONTROL_GUID. */
struct wpp_control_desc {
    const char* name;
    uint32_t guid_data1;
    uint16_t guid_data2;
    uint16_t guid_data3;
    uint16_t guid_data4; /* the fourth field, two bytes */
    uint16_t reserved;
    uint64_t guid_node; /* the fifth field, six bytes */
    const char* bits;   /* flag names in bit order, each followed by '\n' */
};

/* What WPP_INIT_TRACING hands to the runtime. */
struct wpp_module_desc {
    uint64_t magic; /* WPP_MODULE_MAGIC */
    uint32_t control_count;
    uint32_t reserved;
    const char* name;
    const struct wpp_control_desc* controls;
    struct wpp_control_block* blocks;    /* the module's control blocks (WPP_MAIN_CB) */
    struct wpp_site* const* sites_begin; /* the module's wpp_site_ptrs section (C sites) */
    struct wpp_site* const* sites_end;
    struct wpp_site* const* linked_sites; /* head of the module's list of C++ sites */
};

/* First 8 bytes of a module descriptor: "WPPMOD" + layout version 1. */
#define WPP_MODULE_MAGIC UINT64_C(0x01444f4d505057)

/* %!BIN! / %!HEXDUMP!: a pointer and a length, passed by value. */
struct wpp_binary {
    const void* data;
    uint32_t length; /* bytes */
};

static inline struct wpp_binary WppBinary(const void* data, size_t length) {
    struct wpp_binary b = {data, (uint32_t)(length > 0xffffffffu ? 0xffffffffu : length)};
    return b;
}
static inline struct wpp_binary WppHexDump(const void* data, size_t length) {
    return WppBinary(data, length);
}

/* ---- message identity: FNV-1a 64 over the static part ---------------------------------- */

#define WPP_FNV_OFFSET UINT64_C(0xcbf29ce484222325)
#define WPP_FNV_PRIME UINT64_C(0x100000001b3)

static inline WPP_CONSTEXPR uint64_t wpp_hash_text(uint64_t h, const char* s) {
    if (s) {
        for (; *s; ++s) h = (h ^ (uint8_t)*s) * WPP_FNV_PRIME;
    }
    return (h ^ 0xffu) * WPP_FNV_PRIME; /* field separator: 0xff never occurs in UTF-8 */
}

static inline WPP_CONSTEXPR uint64_t wpp_hash_u32(uint64_t h, uint32_t v) {
    for (int i = 0; i < 4; ++i) h = (h ^ ((v >> (8 * i)) & 0xffu)) * WPP_FNV_PRIME;
    return h;
}

/* The message id: equal for equal static parts (stable across rebuilds of unchanged code),
   different as soon as anything a decoder shows would differ. Never 0. */
static inline WPP_CONSTEXPR uint64_t wpp_site_id(const char* module, uint32_t control,
                                                 const char* file, uint32_t line,
                                                 const char* function, const char* level,
                                                 const char* flags, const char* format,
                                                 const char* types) {
    uint64_t h = WPP_FNV_OFFSET;
    h = wpp_hash_text(h, module);
    h = wpp_hash_u32(h, control);
    h = wpp_hash_text(h, file);
    h = wpp_hash_u32(h, line);
    h = wpp_hash_text(h, function);
    h = wpp_hash_text(h, level);
    h = wpp_hash_text(h, flags);
    h = wpp_hash_text(h, format);
    h = wpp_hash_text(h, types);
    return h ? h : 1;
}

/* The id of a site with attributes: wpp_site_id() of its fields, mixed with the attributes when
   any is set (so plain messages keep the ids they always had). */
static inline WPP_CONSTEXPR uint64_t wpp_site_id_attributed(uint64_t field_id,
                                                            uint32_t attributes) {
    uint64_t h = field_id;
    if (!attributes) return field_id;
    h = wpp_hash_u32(h ^ 0xa5u, attributes);
    return h ? h : 1;
}

WPP_EXTERN_C_END

#endif /* WPP_ABI_H */
