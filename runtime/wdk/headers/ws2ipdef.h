/* ws2ipdef.h - IPv6 socket addresses and the address helpers Winsock declares with them. */
#ifndef WPPTRACE_WS2IPDEF_H
#define WPPTRACE_WS2IPDEF_H
#include "in6addr.h"
#include "ws2def.h"
typedef struct sockaddr_in6 {
    ADDRESS_FAMILY sin6_family;
    USHORT sin6_port;
    ULONG sin6_flowinfo;
    IN6_ADDR sin6_addr;
    union {
        ULONG sin6_scope_id;
        SCOPE_ID sin6_scope_struct;
    };
} SOCKADDR_IN6, *PSOCKADDR_IN6, SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH;
typedef union _SOCKADDR_INET {
    SOCKADDR_IN Ipv4;
    SOCKADDR_IN6 Ipv6;
    ADDRESS_FAMILY si_family;
} SOCKADDR_INET, *PSOCKADDR_INET;
#define INET_ADDRSTRLEN 22
#define INET6_ADDRSTRLEN 65
#endif
