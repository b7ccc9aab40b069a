/* in6addr.h - an IPv6 address as Windows lays it out (16 bytes, network order). */
#ifndef WPPTRACE_IN6ADDR_H
#define WPPTRACE_IN6ADDR_H
#include "km/ntdef_types.h"
typedef struct in6_addr {
    union {
        UCHAR Byte[16];
        USHORT Word[8];
    } u;
} IN6_ADDR, *PIN6_ADDR, *LPIN6_ADDR;
#define in_addr6 in6_addr
#define _S6_un u
#define _S6_u8 Byte
#define s6_addr _S6_un._S6_u8
#define s6_bytes u.Byte
#define s6_words u.Word
#endif
