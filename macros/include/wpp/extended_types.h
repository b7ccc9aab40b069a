/*
 * wpp/extended_types.h - WPP's %!NAME! extended types: what each takes and renders.
 *
 * One table, read by the format parser (format_spec.h) at compile time in C++, when a C module
 * starts, by `wpptrace catalog --check`, and by the decoder: name -> {argument class, rendering}.
 * The names are WPP's (defaultwpp.ini), case-sensitive as there. Any other %!name! is a custom
 * type (CUSTOM_TYPE): an integer of at most 32 bits, named by the catalog's definition.
 *
 *   DoTraceMessage(FLAG_ONE, "open %!GUID! -> %!STATUS!", &InterfaceGuid, status);
 *   DoTraceMessage(FLAG_ONE, "%!FUNC!: %!HEXDUMP!", WppHexDump(buffer, length));
 */
#ifndef WPP_EXTENDED_TYPES_H
#define WPP_EXTENDED_TYPES_H

#include "abi.h"

WPP_EXTERN_C_BEGIN

/* What an extended type takes. */
enum wpp_ext_arg {
    WPP_EXT_ARG_NONE = 1,       /* no argument: filled in from the call site or the prefix */
    WPP_EXT_ARG_INTEGER32,      /* an integer or enum of at most 32 bits */
    WPP_EXT_ARG_INTEGER64,      /* any integer (FILETIME, durations in 100 ns) */
    WPP_EXT_ARG_GUID,           /* const GUID* */
    WPP_EXT_ARG_BYTES_POINTER,  /* a pointer to the bytes (IN6_ADDR*, UCHAR[6], PSID) */
    WPP_EXT_ARG_BINARY,         /* WppBinary(pointer, length) / WppHexDump(pointer, length) */
    WPP_EXT_ARG_STRING,         /* char* */
    WPP_EXT_ARG_WIDE_STRING,    /* WCHAR* / char16_t* */
    WPP_EXT_ARG_ANSI_STRING,    /* ANSI_STRING* */
    WPP_EXT_ARG_UNICODE_STRING, /* UNICODE_STRING* */
    WPP_EXT_ARG_FORBIDDEN       /* %!FLAGS!: a prefix field, an error in a message (as in WPP) */
};

/* How an extended type renders (the decoder's switch). */
enum wpp_ext_render {
    WPP_EXT_CUSTOM = 1, /* a CUSTOM_TYPE of the catalog */
    WPP_EXT_NTSTATUS,   /* STATUS_SUCCESS, 0x8000000f(STATUS_DEVICE_POWERED_OFF), 0xdeadbeef */
    WPP_EXT_HRESULT,    /* S_OK, 0x80070005(E_ACCESSDENIED), 0x8004ffff(FACILITY_ITF) */
    WPP_EXT_WINERROR,   /* ERROR_SUCCESS, 5(ERROR_ACCESS_DENIED), 99999 */
    WPP_EXT_NDIS_STATUS,
    WPP_EXT_NDIS_OID,
    WPP_EXT_GUID,      /* 84bdb2e9-829e-41b3-b891-02f454bc2bd7 */
    WPP_EXT_IPV4,      /* ULONG in network byte order: 192.168.1.2 */
    WPP_EXT_PORT,      /* USHORT in network byte order: 443 */
    WPP_EXT_IPV6,      /* 16 bytes: fe80::1 */
    WPP_EXT_MAC,       /* 6 bytes: 00-1A-2B-3C-4D-5E */
    WPP_EXT_SID,       /* S-1-5-21-... */
    WPP_EXT_TIMESTAMP, /* FILETIME: MM/DD/YYYY-HH:MM:SS.mmm (UTC) */
    WPP_EXT_WAITTIME,  /* < 0: relative, a duration; otherwise an absolute FILETIME */
    WPP_EXT_DURATION,  /* 100 ns units: [-]D~HH:MM:SS.mmm */
    WPP_EXT_HEXDUMP,   /* bytes as two hex digits each, space separated */
    WPP_EXT_STRING,    /* ASTR WSTR USTR ANSTR CSTR: the text */
    /* WPP's built-in CUSTOM_TYPEs (defaultwpp.ini), named by the decoder */
    WPP_EXT_BOOL,    /* ItemListLong(false,true) */
    WPP_EXT_BOOL16,  /* ItemListShort(false,true) */
    WPP_EXT_BOOL8,   /* ItemListByte(false,true) */
    WPP_EXT_BOOLEAN, /* ItemListByte(FALSE,TRUE) */
    WPP_EXT_IRQL,    /* ItemListByte(Low,APC,DPC) */
    WPP_EXT_PNPMJ,   /* IRP_MJ_* */
    WPP_EXT_PNPMN,   /* IRP_MN_* of IRP_MJ_PNP */
    WPP_EXT_SYSCTRL, /* IRP_MN_* of IRP_MJ_SYSTEM_CONTROL */
    WPP_EXT_B1,      /* ItemSetByte(1..8) */
    WPP_EXT_B2,      /* ItemSetShort(1..16) */
    WPP_EXT_B4,      /* ItemSetLong(1..32) */
    /* taking no argument */
    WPP_EXT_FUNC,      /* the call site's function */
    WPP_EXT_FILE,      /* its file */
    WPP_EXT_LINE,      /* its line */
    WPP_EXT_COMPNAME,  /* the module (driver) name */
    WPP_EXT_LEVEL,     /* the level as written (the flag for DoTraceMessage) */
    WPP_EXT_SPACE,     /* " " */
    WPP_EXT_STDPREFIX, /* the standard prefix, given to the decoder's render() */
    WPP_EXT_FLAGS      /* an error in a message */
};

struct wpp_ext_type {
    const char* name;
    uint8_t arg;    /* wpp_ext_arg */
    uint8_t render; /* wpp_ext_render */
};

#ifdef __cplusplus
#define WPP_EXT_TABLE_ static constexpr
#else
#define WPP_EXT_TABLE_ static const
#endif

WPP_EXT_TABLE_ struct wpp_ext_type wpp_ext_types[] = {
    {"STATUS", WPP_EXT_ARG_INTEGER32, WPP_EXT_NTSTATUS},
    {"status", WPP_EXT_ARG_INTEGER32, WPP_EXT_NTSTATUS},
    {"HRESULT", WPP_EXT_ARG_INTEGER32, WPP_EXT_HRESULT},
    {"hresult", WPP_EXT_ARG_INTEGER32, WPP_EXT_HRESULT},
    {"WINERROR", WPP_EXT_ARG_INTEGER32, WPP_EXT_WINERROR},
    {"winerr", WPP_EXT_ARG_INTEGER32, WPP_EXT_WINERROR},
    {"NDIS_STATUS", WPP_EXT_ARG_INTEGER32, WPP_EXT_NDIS_STATUS},
    {"NDIS_OID", WPP_EXT_ARG_INTEGER32, WPP_EXT_NDIS_OID},
    {"GUID", WPP_EXT_ARG_GUID, WPP_EXT_GUID},
    {"guid", WPP_EXT_ARG_GUID, WPP_EXT_GUID},
    {"CLSID", WPP_EXT_ARG_GUID, WPP_EXT_GUID},
    {"IID", WPP_EXT_ARG_GUID, WPP_EXT_GUID},
    {"LIBID", WPP_EXT_ARG_GUID, WPP_EXT_GUID},
    {"IPADDR", WPP_EXT_ARG_INTEGER32, WPP_EXT_IPV4},
    {"ipaddr", WPP_EXT_ARG_INTEGER32, WPP_EXT_IPV4},
    {"PORT", WPP_EXT_ARG_INTEGER32, WPP_EXT_PORT},
    {"port", WPP_EXT_ARG_INTEGER32, WPP_EXT_PORT},
    {"IPV6ADDR", WPP_EXT_ARG_BYTES_POINTER, WPP_EXT_IPV6},
    {"MACADDR", WPP_EXT_ARG_BYTES_POINTER, WPP_EXT_MAC},
    {"sid", WPP_EXT_ARG_BYTES_POINTER, WPP_EXT_SID},
    {"TIMESTAMP", WPP_EXT_ARG_INTEGER64, WPP_EXT_TIMESTAMP},
    {"TIME", WPP_EXT_ARG_INTEGER64, WPP_EXT_TIMESTAMP},
    {"DATE", WPP_EXT_ARG_INTEGER64, WPP_EXT_TIMESTAMP},
    {"datetime", WPP_EXT_ARG_INTEGER64, WPP_EXT_TIMESTAMP},
    {"WAITTIME", WPP_EXT_ARG_INTEGER64, WPP_EXT_WAITTIME},
    {"due", WPP_EXT_ARG_INTEGER64, WPP_EXT_WAITTIME},
    {"delta", WPP_EXT_ARG_INTEGER64, WPP_EXT_DURATION},
    {"HEXDUMP", WPP_EXT_ARG_BINARY, WPP_EXT_HEXDUMP},
    {"BIN", WPP_EXT_ARG_BINARY, WPP_EXT_HEXDUMP},
    {"ASTR", WPP_EXT_ARG_STRING, WPP_EXT_STRING},
    {"s", WPP_EXT_ARG_STRING, WPP_EXT_STRING}, /* defaultwpp.ini's simple type: LPCSTR */
    {"WSTR", WPP_EXT_ARG_WIDE_STRING, WPP_EXT_STRING},
    {"USTR", WPP_EXT_ARG_UNICODE_STRING, WPP_EXT_STRING},
    {"ANSTR", WPP_EXT_ARG_ANSI_STRING, WPP_EXT_STRING},
    {"CSTR", WPP_EXT_ARG_ANSI_STRING, WPP_EXT_STRING},
    {"bool", WPP_EXT_ARG_INTEGER32, WPP_EXT_BOOL},
    {"bool16", WPP_EXT_ARG_INTEGER32, WPP_EXT_BOOL16},
    {"bool8", WPP_EXT_ARG_INTEGER32, WPP_EXT_BOOL8},
    {"BOOLEAN", WPP_EXT_ARG_INTEGER32, WPP_EXT_BOOLEAN},
    {"irql", WPP_EXT_ARG_INTEGER32, WPP_EXT_IRQL},
    {"pnpmj", WPP_EXT_ARG_INTEGER32, WPP_EXT_PNPMJ},
    {"pnpmn", WPP_EXT_ARG_INTEGER32, WPP_EXT_PNPMN},
    {"sysctrl", WPP_EXT_ARG_INTEGER32, WPP_EXT_SYSCTRL},
    {"b1", WPP_EXT_ARG_INTEGER32, WPP_EXT_B1},
    {"b2", WPP_EXT_ARG_INTEGER32, WPP_EXT_B2},
    {"b4", WPP_EXT_ARG_INTEGER32, WPP_EXT_B4},
    {"FUNC", WPP_EXT_ARG_NONE, WPP_EXT_FUNC},
    {"FILE", WPP_EXT_ARG_NONE, WPP_EXT_FILE},
    {"LINE", WPP_EXT_ARG_NONE, WPP_EXT_LINE},
    {"COMPNAME", WPP_EXT_ARG_NONE, WPP_EXT_COMPNAME},
    {"LEVEL", WPP_EXT_ARG_NONE, WPP_EXT_LEVEL},
    {"SPACE", WPP_EXT_ARG_NONE, WPP_EXT_SPACE},
    {"STDPREFIX", WPP_EXT_ARG_NONE, WPP_EXT_STDPREFIX},
    {"FLAGS", WPP_EXT_ARG_FORBIDDEN, WPP_EXT_FLAGS},
};

/* Bytes a memory-like type records (the decoder checks recorded sizes against them). */
#define WPP_GUID_BYTES 16u
#define WPP_IPV6_BYTES 16u
#define WPP_MAC_BYTES 6u
#define WPP_SID_MAX_SUBAUTHORITIES 15u
#define WPP_SID_MAX_BYTES (8u + 4u * WPP_SID_MAX_SUBAUTHORITIES)

/* The table entry of name[0, length), or a custom type's. */
static inline WPP_CONSTEXPR struct wpp_ext_type wpp_ext_find(const char* name, uint32_t length) {
    struct wpp_ext_type custom = {"", WPP_EXT_ARG_INTEGER32, WPP_EXT_CUSTOM};
    for (size_t i = 0; i < sizeof wpp_ext_types / sizeof wpp_ext_types[0]; ++i) {
        const char* candidate = wpp_ext_types[i].name;
        uint32_t j = 0;
        while (j < length && candidate[j] && candidate[j] == name[j]) ++j;
        if (j == length && !candidate[j]) return wpp_ext_types[i];
    }
    return custom;
}

WPP_EXTERN_C_END

#endif /* WPP_EXTENDED_TYPES_H */
