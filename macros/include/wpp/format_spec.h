/*
 * wpp/format_spec.h - the one parser of WPP format strings.
 *
 * Used three ways, so that they can never disagree: by the C++ macros at compile time (consteval
 * checking), by the runtime when a C module starts (C cannot parse a literal at compile time), and
 * by the decoder when it renders a message. Grammar, as WPP accepts it:
 *
 *     %[flags][width][.precision][size]conversion     flags: - + # 0 space; no '*'
 *     size: h l ll I I32 I64 w      conversion: d i u x X o c C p e E f g G s S Z %
 *     %!NAME!                        extended type (extended_types.h); %!FLAGS! is an error
 */
#ifndef WPP_FORMAT_SPEC_H
#define WPP_FORMAT_SPEC_H

#include "abi.h"
#include "extended_types.h"

WPP_EXTERN_C_BEGIN

enum wpp_spec_kind {
    WPP_SPEC_END = 0,      /* no more conversions; literal text runs to the end */
    WPP_SPEC_ARGUMENT = 1, /* a conversion that consumes one argument */
    WPP_SPEC_PERCENT = 2,  /* "%%" */
    WPP_SPEC_EXTENDED = 3, /* "%!NAME!" */
    WPP_SPEC_INVALID = 4   /* malformed; `error` says why */
};

enum wpp_spec_size {
    WPP_SIZE_DEFAULT = 0,
    WPP_SIZE_H,   /* h: 16-bit integer, narrow char/string */
    WPP_SIZE_L,   /* l: 32-bit integer (Windows long), wide char/string */
    WPP_SIZE_LL,  /* ll */
    WPP_SIZE_I,   /* I: pointer-sized */
    WPP_SIZE_I32, /* I32 */
    WPP_SIZE_I64, /* I64 */
    WPP_SIZE_W    /* w: wide char/string */
};

enum wpp_spec_flag {
    WPP_FLAG_MINUS = 1,
    WPP_FLAG_PLUS = 2,
    WPP_FLAG_HASH = 4,
    WPP_FLAG_ZERO = 8,
    WPP_FLAG_SPACE = 16
};

enum wpp_spec_error {
    WPP_SPEC_OK = 0,
    WPP_SPEC_ERR_TRUNCATED,     /* the format ends inside a conversion */
    WPP_SPEC_ERR_STAR,          /* '*' width or precision: WPP does not support them */
    WPP_SPEC_ERR_TOO_WIDE,      /* width or precision above WPP_SPEC_MAX_WIDTH */
    WPP_SPEC_ERR_CONVERSION,    /* unknown conversion character */
    WPP_SPEC_ERR_SIZE,          /* size prefix not valid with this conversion */
    WPP_SPEC_ERR_EXTENDED_NAME, /* "%!" without a closing '!' or with an empty name */
    WPP_SPEC_ERR_FLAGS          /* %!FLAGS! in a message: a prefix field only, as in WPP */
};

enum { WPP_SPEC_MAX_WIDTH = 4096 };

struct wpp_spec {
    uint32_t begin, end;              /* the conversion is format[begin, end) */
    uint8_t kind;                     /* wpp_spec_kind */
    uint8_t error;                    /* wpp_spec_error when kind is WPP_SPEC_INVALID */
    uint8_t flags;                    /* wpp_spec_flag bits */
    uint8_t size;                     /* wpp_spec_size */
    char conversion;                  /* d i u x X o c C p e E f g G s S Z, or 0 */
    int32_t width;                    /* -1: none */
    int32_t precision;                /* -1: none */
    uint32_t name_begin, name_length; /* extended name, for WPP_SPEC_EXTENDED */
    uint8_t ext_arg;                  /* wpp_ext_arg, for WPP_SPEC_EXTENDED */
    uint8_t ext_render;               /* wpp_ext_render, for WPP_SPEC_EXTENDED */
};

static inline WPP_CONSTEXPR int wpp_is_digit(char c) {
    return c >= '0' && c <= '9';
}

/* Parses the next conversion at or after `pos`. Returns its kind; the literal text before it is
   format[pos, spec->begin). With WPP_SPEC_END, spec->begin is the end of the format. */
static inline WPP_CONSTEXPR int wpp_next_spec(const char* format, uint32_t pos,
                                              struct wpp_spec* spec) {
    uint32_t i = pos;
    spec->kind = WPP_SPEC_END;
    spec->error = WPP_SPEC_OK;
    spec->flags = 0;
    spec->size = WPP_SIZE_DEFAULT;
    spec->conversion = 0;
    spec->width = -1;
    spec->precision = -1;
    spec->name_begin = 0;
    spec->name_length = 0;
    spec->ext_arg = 0;
    spec->ext_render = 0;
    while (format[i] && format[i] != '%') ++i;
    spec->begin = i;
    spec->end = i;
    if (!format[i]) return WPP_SPEC_END;
    ++i;
    spec->kind = WPP_SPEC_INVALID;
    if (format[i] == '%') {
        spec->kind = WPP_SPEC_PERCENT;
        spec->end = i + 1;
        return spec->kind;
    }
    if (format[i] == '!') {
        uint32_t name = i + 1, j = name;
        while (format[j] && format[j] != '!' && format[j] != '%') ++j;
        if (format[j] != '!' || j == name) {
            spec->error = WPP_SPEC_ERR_EXTENDED_NAME;
            spec->end = j;
            return spec->kind;
        }
        spec->name_begin = name;
        spec->name_length = j - name;
        spec->end = j + 1;
        {
            struct wpp_ext_type ext = wpp_ext_find(format + name, j - name);
            spec->ext_arg = ext.arg;
            spec->ext_render = ext.render;
        }
        if (spec->ext_arg == WPP_EXT_ARG_FORBIDDEN) {
            spec->error = WPP_SPEC_ERR_FLAGS;
            return spec->kind;
        }
        spec->kind = WPP_SPEC_EXTENDED;
        return spec->kind;
    }
    for (;; ++i) {
        char c = format[i];
        if (c == '-')
            spec->flags |= WPP_FLAG_MINUS;
        else if (c == '+')
            spec->flags |= WPP_FLAG_PLUS;
        else if (c == '#')
            spec->flags |= WPP_FLAG_HASH;
        else if (c == '0')
            spec->flags |= WPP_FLAG_ZERO;
        else if (c == ' ')
            spec->flags |= WPP_FLAG_SPACE;
        else
            break;
    }
    if (format[i] == '*') {
        spec->error = WPP_SPEC_ERR_STAR;
        spec->end = i + 1;
        return spec->kind;
    }
    if (wpp_is_digit(format[i])) {
        int32_t w = 0;
        while (wpp_is_digit(format[i])) {
            if (w <= WPP_SPEC_MAX_WIDTH) w = w * 10 + (format[i] - '0');
            ++i;
        }
        if (w > WPP_SPEC_MAX_WIDTH) {
            spec->error = WPP_SPEC_ERR_TOO_WIDE;
            spec->end = i;
            return spec->kind;
        }
        spec->width = w;
    }
    if (format[i] == '.') {
        int32_t p = 0;
        ++i;
        if (format[i] == '*') {
            spec->error = WPP_SPEC_ERR_STAR;
            spec->end = i + 1;
            return spec->kind;
        }
        while (wpp_is_digit(format[i])) {
            if (p <= WPP_SPEC_MAX_WIDTH) p = p * 10 + (format[i] - '0');
            ++i;
        }
        if (p > WPP_SPEC_MAX_WIDTH) {
            spec->error = WPP_SPEC_ERR_TOO_WIDE;
            spec->end = i;
            return spec->kind;
        }
        spec->precision = p;
    }
    switch (format[i]) {
        case 'h':
            spec->size = WPP_SIZE_H;
            ++i;
            break;
        case 'w':
            spec->size = WPP_SIZE_W;
            ++i;
            break;
        case 'l':
            ++i;
            spec->size = WPP_SIZE_L;
            if (format[i] == 'l') {
                spec->size = WPP_SIZE_LL;
                ++i;
            }
            break;
        case 'I':
            ++i;
            spec->size = WPP_SIZE_I;
            if (format[i] == '6' && format[i + 1] == '4') {
                spec->size = WPP_SIZE_I64;
                i += 2;
            } else if (format[i] == '3' && format[i + 1] == '2') {
                spec->size = WPP_SIZE_I32;
                i += 2;
            }
            break;
        default:
            break;
    }
    spec->end = i + (format[i] ? 1 : 0);
    switch (format[i]) {
        case 0:
            spec->error = WPP_SPEC_ERR_TRUNCATED;
            return spec->kind;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            if (spec->size == WPP_SIZE_W) {
                spec->error = WPP_SPEC_ERR_SIZE;
                return spec->kind;
            }
            break;
        case 'c':
        case 'C':
        case 's':
        case 'S':
            if (spec->size != WPP_SIZE_DEFAULT && spec->size != WPP_SIZE_H &&
                spec->size != WPP_SIZE_L && spec->size != WPP_SIZE_W) {
                spec->error = WPP_SPEC_ERR_SIZE;
                return spec->kind;
            }
            break;
        case 'Z':
            if (spec->size != WPP_SIZE_DEFAULT && spec->size != WPP_SIZE_H &&
                spec->size != WPP_SIZE_W) {
                spec->error = WPP_SPEC_ERR_SIZE;
                return spec->kind;
            }
            break;
        case 'p':
            if (spec->size != WPP_SIZE_DEFAULT) {
                spec->error = WPP_SPEC_ERR_SIZE;
                return spec->kind;
            }
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'g':
        case 'G':
            if (spec->size != WPP_SIZE_DEFAULT && spec->size != WPP_SIZE_L) {
                spec->error = WPP_SPEC_ERR_SIZE;
                return spec->kind;
            }
            break;
        default:
            spec->error = WPP_SPEC_ERR_CONVERSION;
            return spec->kind;
    }
    spec->conversion = format[i];
    spec->kind = WPP_SPEC_ARGUMENT;
    return spec->kind;
}

/* What a conversion renders: the argument class it needs. */
enum wpp_spec_class {
    WPP_CLASS_INTEGER = 1,    /* d i u x X o */
    WPP_CLASS_CHAR,           /* c hc */
    WPP_CLASS_WIDE_CHAR,      /* C lc wc */
    WPP_CLASS_POINTER,        /* p */
    WPP_CLASS_FLOAT,          /* e E f g G */
    WPP_CLASS_STRING,         /* s hs %!ASTR! */
    WPP_CLASS_WIDE_STRING,    /* S ls ws %!WSTR! */
    WPP_CLASS_ANSI_STRING,    /* Z hZ %!ANSTR! %!CSTR!: ANSI_STRING* */
    WPP_CLASS_UNICODE_STRING, /* wZ %!USTR!: UNICODE_STRING* */
    WPP_CLASS_NONE,           /* %!FUNC! and the other types that take no argument */
    WPP_CLASS_INTEGER32,      /* %!STATUS! ... and custom types: at most 32 bits */
    WPP_CLASS_INTEGER64,      /* %!TIMESTAMP! %!delta! ...: any integer */
    WPP_CLASS_GUID,           /* %!GUID!: GUID* */
    WPP_CLASS_BYTES_POINTER,  /* %!IPV6ADDR! %!MACADDR! %!sid!: a pointer to the bytes */
    WPP_CLASS_BINARY          /* %!HEXDUMP! %!BIN!: WppBinary(p, n) */
};

static inline WPP_CONSTEXPR int wpp_ext_class(int ext_arg) {
    switch (ext_arg) {
        case WPP_EXT_ARG_NONE:
            return WPP_CLASS_NONE;
        case WPP_EXT_ARG_INTEGER64:
            return WPP_CLASS_INTEGER64;
        case WPP_EXT_ARG_GUID:
            return WPP_CLASS_GUID;
        case WPP_EXT_ARG_BYTES_POINTER:
            return WPP_CLASS_BYTES_POINTER;
        case WPP_EXT_ARG_BINARY:
            return WPP_CLASS_BINARY;
        case WPP_EXT_ARG_STRING:
            return WPP_CLASS_STRING;
        case WPP_EXT_ARG_WIDE_STRING:
            return WPP_CLASS_WIDE_STRING;
        case WPP_EXT_ARG_ANSI_STRING:
            return WPP_CLASS_ANSI_STRING;
        case WPP_EXT_ARG_UNICODE_STRING:
            return WPP_CLASS_UNICODE_STRING;
        default:
            return WPP_CLASS_INTEGER32;
    }
}

static inline WPP_CONSTEXPR int wpp_spec_class(const struct wpp_spec* spec) {
    int wide = spec->size == WPP_SIZE_L || spec->size == WPP_SIZE_W;
    if (spec->kind == WPP_SPEC_EXTENDED) return wpp_ext_class(spec->ext_arg);
    switch (spec->conversion) {
        case 'c':
            return wide ? WPP_CLASS_WIDE_CHAR : WPP_CLASS_CHAR;
        case 'C':
            return spec->size == WPP_SIZE_H ? WPP_CLASS_CHAR : WPP_CLASS_WIDE_CHAR;
        case 's':
            return wide ? WPP_CLASS_WIDE_STRING : WPP_CLASS_STRING;
        case 'S':
            return spec->size == WPP_SIZE_H ? WPP_CLASS_STRING : WPP_CLASS_WIDE_STRING;
        case 'Z':
            return spec->size == WPP_SIZE_W ? WPP_CLASS_UNICODE_STRING : WPP_CLASS_ANSI_STRING;
        case 'p':
            return WPP_CLASS_POINTER;
        case 'e':
        case 'E':
        case 'f':
        case 'g':
        case 'G':
            return WPP_CLASS_FLOAT;
        default:
            return WPP_CLASS_INTEGER;
    }
}

/* Bits an integer conversion renders: h 16, default/l/I32 32, ll/I64/I 64. */
static inline WPP_CONSTEXPR int wpp_spec_integer_bits(const struct wpp_spec* spec) {
    switch (spec->size) {
        case WPP_SIZE_H:
            return 16;
        case WPP_SIZE_LL:
        case WPP_SIZE_I:
        case WPP_SIZE_I64:
            return 64;
        default:
            return 32;
    }
}

static inline WPP_CONSTEXPR int wpp_type_is_integer(char type) {
    return type == WPP_TYPE_I8 || type == WPP_TYPE_U8 || type == WPP_TYPE_I16 ||
           type == WPP_TYPE_U16 || type == WPP_TYPE_I32 || type == WPP_TYPE_U32 ||
           type == WPP_TYPE_I64 || type == WPP_TYPE_U64;
}

static inline WPP_CONSTEXPR int wpp_type_is_signed(char type) {
    return type == WPP_TYPE_I8 || type == WPP_TYPE_I16 || type == WPP_TYPE_I32 ||
           type == WPP_TYPE_I64;
}

static inline WPP_CONSTEXPR int wpp_type_bits(char type) {
    switch (type) {
        case WPP_TYPE_I8:
        case WPP_TYPE_U8:
            return 8;
        case WPP_TYPE_I16:
        case WPP_TYPE_U16:
            return 16;
        case WPP_TYPE_I32:
        case WPP_TYPE_U32:
            return 32;
        default:
            return 64;
    }
}

static inline WPP_CONSTEXPR int wpp_type_is_pointer(char type) {
    return type == WPP_TYPE_POINTER || type == WPP_TYPE_STR || type == WPP_TYPE_WSTR16 ||
           type == WPP_TYPE_WSTR32 || type == WPP_TYPE_ANSI_STRING ||
           type == WPP_TYPE_UNICODE_STRING || type == WPP_TYPE_GUID;
}

/* Why an argument does not fit its conversion. */
enum wpp_check_result {
    WPP_CHECK_OK = 0,
    WPP_CHECK_NEEDS_INTEGER,
    WPP_CHECK_INTEGER_TOO_WIDE, /* a 64-bit value under a 32-bit conversion: use %I64d, %lld, %Id */
    WPP_CHECK_NEEDS_CHAR,
    WPP_CHECK_NEEDS_POINTER,
    WPP_CHECK_NEEDS_FLOAT,
    WPP_CHECK_NEEDS_STRING,
    WPP_CHECK_NEEDS_WIDE_STRING,
    WPP_CHECK_NEEDS_ANSI_STRING,
    WPP_CHECK_NEEDS_UNICODE_STRING,
    WPP_CHECK_BAD_SPEC, /* the conversion itself is malformed */
    WPP_CHECK_TOO_FEW_ARGUMENTS,
    WPP_CHECK_TOO_MANY_ARGUMENTS,
    WPP_CHECK_OVER_ARGUMENT_LIMIT, /* more than WPP_MAX_ARGS conversions */
    WPP_CHECK_NEEDS_INTEGER32,     /* %!STATUS!, custom types...: an integer of at most 32 bits */
    WPP_CHECK_NEEDS_GUID_POINTER,  /* %!GUID!: a GUID* */
    WPP_CHECK_NEEDS_BYTES_POINTER, /* %!IPV6ADDR! %!MACADDR! %!sid!: a pointer to the bytes */
    WPP_CHECK_NEEDS_BINARY,        /* %!HEXDUMP! %!BIN!: WppBinary(pointer, length) */
    WPP_CHECK_FLAGS_IN_MESSAGE     /* %!FLAGS! is a prefix field (WPP rejects it in a message) */
};

static inline WPP_CONSTEXPR int wpp_check_argument(const struct wpp_spec* spec, char type) {
    switch (wpp_spec_class(spec)) {
        case WPP_CLASS_INTEGER:
            if (!wpp_type_is_integer(type)) return WPP_CHECK_NEEDS_INTEGER;
            /* %hd takes an int, as C promotes shorts; the decoder truncates to 16 bits. */
            return wpp_type_bits(type) >
                           (wpp_spec_integer_bits(spec) < 32 ? 32 : wpp_spec_integer_bits(spec))
                       ? WPP_CHECK_INTEGER_TOO_WIDE
                       : WPP_CHECK_OK;
        case WPP_CLASS_CHAR:
        case WPP_CLASS_WIDE_CHAR:
            return wpp_type_is_integer(type) && wpp_type_bits(type) <= 32 ? WPP_CHECK_OK
                                                                          : WPP_CHECK_NEEDS_CHAR;
        case WPP_CLASS_POINTER:
            return wpp_type_is_pointer(type) ? WPP_CHECK_OK : WPP_CHECK_NEEDS_POINTER;
        case WPP_CLASS_FLOAT:
            return type == WPP_TYPE_DOUBLE ? WPP_CHECK_OK : WPP_CHECK_NEEDS_FLOAT;
        case WPP_CLASS_STRING:
            return type == WPP_TYPE_STR ? WPP_CHECK_OK : WPP_CHECK_NEEDS_STRING;
        case WPP_CLASS_WIDE_STRING:
            return type == WPP_TYPE_WSTR16 || type == WPP_TYPE_WSTR32 ? WPP_CHECK_OK
                                                                      : WPP_CHECK_NEEDS_WIDE_STRING;
        case WPP_CLASS_ANSI_STRING:
            return type == WPP_TYPE_ANSI_STRING ? WPP_CHECK_OK : WPP_CHECK_NEEDS_ANSI_STRING;
        case WPP_CLASS_UNICODE_STRING:
            return type == WPP_TYPE_UNICODE_STRING ? WPP_CHECK_OK : WPP_CHECK_NEEDS_UNICODE_STRING;
        case WPP_CLASS_INTEGER32:
            return wpp_type_is_integer(type) && wpp_type_bits(type) <= 32
                       ? WPP_CHECK_OK
                       : WPP_CHECK_NEEDS_INTEGER32;
        case WPP_CLASS_INTEGER64:
            return wpp_type_is_integer(type) ? WPP_CHECK_OK : WPP_CHECK_NEEDS_INTEGER;
        case WPP_CLASS_GUID:
            return type == WPP_TYPE_GUID ? WPP_CHECK_OK : WPP_CHECK_NEEDS_GUID_POINTER;
        case WPP_CLASS_BYTES_POINTER:
            /* void*, UCHAR*, IN6_ADDR*, PSID...: anything but text and GUIDs */
            return type == WPP_TYPE_POINTER || type == WPP_TYPE_STR ? WPP_CHECK_OK
                                                                    : WPP_CHECK_NEEDS_BYTES_POINTER;
        case WPP_CLASS_BINARY:
            return type == WPP_TYPE_BINARY ? WPP_CHECK_OK : WPP_CHECK_NEEDS_BINARY;
        default:
            return WPP_CHECK_BAD_SPEC;
    }
}

/* How an argument of `type` under `spec` is stored (wpp_encoding). Strings are recorded by
   content only under a string conversion; under %p (or a mismatch) the pointer value is kept.
   Memory a pointer designates is recorded only under its extended type. */
static inline WPP_CONSTEXPR int wpp_arg_encoding(const struct wpp_spec* spec, char type) {
    int cls = wpp_spec_class(spec);
    if (cls == WPP_CLASS_STRING && type == WPP_TYPE_STR) return WPP_ENC_BYTES;
    if (cls == WPP_CLASS_WIDE_STRING && type == WPP_TYPE_WSTR16) return WPP_ENC_UTF16;
    if (cls == WPP_CLASS_WIDE_STRING && type == WPP_TYPE_WSTR32) return WPP_ENC_UTF32;
    if (cls == WPP_CLASS_ANSI_STRING && type == WPP_TYPE_ANSI_STRING) return WPP_ENC_BYTES;
    if (cls == WPP_CLASS_UNICODE_STRING && type == WPP_TYPE_UNICODE_STRING) return WPP_ENC_UTF32;
    if (cls == WPP_CLASS_GUID && type == WPP_TYPE_GUID) return WPP_ENC_MEMORY16;
    if (cls == WPP_CLASS_BINARY && type == WPP_TYPE_BINARY) return WPP_ENC_BINARY;
    if (cls == WPP_CLASS_BYTES_POINTER && (type == WPP_TYPE_POINTER || type == WPP_TYPE_STR)) {
        switch (spec->ext_render) {
            case WPP_EXT_MAC:
                return WPP_ENC_MEMORY6;
            case WPP_EXT_SID:
                return WPP_ENC_SID;
            default:
                return WPP_ENC_MEMORY16;
        }
    }
    /* A struct by value has no word form: never a pointer put (C: it would not compile). */
    if (type == WPP_TYPE_BINARY) return WPP_ENC_BINARY;
    return WPP_ENC_WORD;
}

/* A short English reason for a wpp_check_result, for the runtime's and the decoder's messages. */
static inline const char* wpp_check_message(int result) {
    switch (result) {
        case WPP_CHECK_OK:
            return "ok";
        case WPP_CHECK_NEEDS_INTEGER:
            return "the conversion needs an integer";
        case WPP_CHECK_INTEGER_TOO_WIDE:
            return "a 64-bit integer under a 32-bit conversion (use %I64d, %lld or %Id)";
        case WPP_CHECK_NEEDS_CHAR:
            return "the conversion needs a character";
        case WPP_CHECK_NEEDS_POINTER:
            return "the conversion needs a pointer";
        case WPP_CHECK_NEEDS_FLOAT:
            return "the conversion needs a floating-point value";
        case WPP_CHECK_NEEDS_STRING:
            return "the conversion needs a char string";
        case WPP_CHECK_NEEDS_WIDE_STRING:
            return "the conversion needs a wide string";
        case WPP_CHECK_NEEDS_ANSI_STRING:
            return "the conversion needs an ANSI_STRING pointer";
        case WPP_CHECK_NEEDS_UNICODE_STRING:
            return "the conversion needs a UNICODE_STRING pointer";
        case WPP_CHECK_BAD_SPEC:
            return "malformed conversion";
        case WPP_CHECK_TOO_FEW_ARGUMENTS:
            return "more conversions than arguments";
        case WPP_CHECK_TOO_MANY_ARGUMENTS:
            return "more arguments than conversions";
        case WPP_CHECK_OVER_ARGUMENT_LIMIT:
            return "a message takes at most 16 arguments";
        case WPP_CHECK_NEEDS_INTEGER32:
            return "the extended type needs an integer or enum of at most 32 bits";
        case WPP_CHECK_NEEDS_GUID_POINTER:
            return "the extended type needs a GUID pointer";
        case WPP_CHECK_NEEDS_BYTES_POINTER:
            return "the extended type needs a pointer to its bytes";
        case WPP_CHECK_NEEDS_BINARY:
            return "the extended type needs WppBinary(pointer, length)";
        case WPP_CHECK_FLAGS_IN_MESSAGE:
            return "%!FLAGS! is a prefix field, not a message type";
        default:
            return "unknown check result";
    }
}

/* Checks a whole format against its argument types. Returns WPP_CHECK_OK, or the first problem
   with *arg_index (0-based) and *spec_out describing where. Fills encodings[] on the way. */
static inline WPP_CONSTEXPR int wpp_check_format(const char* format, const char* types,
                                                 uint8_t* encodings, uint32_t* arg_index,
                                                 struct wpp_spec* spec_out) {
    uint32_t pos = 0, arg = 0;
    for (;;) {
        int kind = wpp_next_spec(format, pos, spec_out);
        *arg_index = arg;
        if (kind == WPP_SPEC_END) break;
        pos = spec_out->end;
        if (kind == WPP_SPEC_PERCENT) continue;
        if (kind == WPP_SPEC_INVALID)
            return spec_out->error == WPP_SPEC_ERR_FLAGS ? WPP_CHECK_FLAGS_IN_MESSAGE
                                                         : WPP_CHECK_BAD_SPEC;
        if (kind == WPP_SPEC_EXTENDED && spec_out->ext_arg == WPP_EXT_ARG_NONE) continue;
        if (!types[arg]) return WPP_CHECK_TOO_FEW_ARGUMENTS;
        if (arg >= WPP_MAX_ARGS) return WPP_CHECK_OVER_ARGUMENT_LIMIT;
        int result = wpp_check_argument(spec_out, types[arg]);
        if (result != WPP_CHECK_OK) return result;
        if (encodings) encodings[arg] = (uint8_t)wpp_arg_encoding(spec_out, types[arg]);
        ++arg;
    }
    if (types[arg]) return WPP_CHECK_TOO_MANY_ARGUMENTS;
    return WPP_CHECK_OK;
}

WPP_EXTERN_C_END

#endif /* WPP_FORMAT_SPEC_H */
