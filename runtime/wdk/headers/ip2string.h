/*
 * ip2string.h - IP addresses to text and back, as the Rtl functions document it.
 *
 * AddressToString writes the address (IPv4 dotted decimal; IPv6 in lower-case hex with the
 * longest run of two or more zero groups as "::", IPv4-mapped as ::ffff:a.b.c.d) and returns a
 * pointer to its terminating NUL; the buffer must hold 16 (IPv4) or 46 (IPv6) characters.
 * The Ex forms add a port (network byte order; ":80", IPv6 in brackets) and an IPv6 scope
 * ("%4"), and return STATUS_INVALID_PARAMETER with the needed length when the buffer is short.
 * StringToAddress parses (Strict IPv4: four decimal parts; otherwise 1-4 parts, octal and hex
 * as inet_addr accepts), sets *Terminator to the first character after the address, and returns
 * STATUS_INVALID_PARAMETER for text that is not an address; the Ex forms take the whole string.
 */
#ifndef WPPTRACE_IP2STRING_H
#define WPPTRACE_IP2STRING_H

#include "in6addr.h"
#include "inaddr.h"
#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

PSTR RtlIpv4AddressToStringA(const struct in_addr* Addr, PSTR S);
PWSTR RtlIpv4AddressToStringW(const struct in_addr* Addr, PWSTR S);
NTSTATUS RtlIpv4AddressToStringExA(const struct in_addr* Address, USHORT Port, PSTR AddressString,
                                   PULONG AddressStringLength);
NTSTATUS RtlIpv4AddressToStringExW(const struct in_addr* Address, USHORT Port, PWSTR AddressString,
                                   PULONG AddressStringLength);
PSTR RtlIpv6AddressToStringA(const struct in6_addr* Addr, PSTR S);
PWSTR RtlIpv6AddressToStringW(const struct in6_addr* Addr, PWSTR S);
NTSTATUS RtlIpv6AddressToStringExA(const struct in6_addr* Address, ULONG ScopeId, USHORT Port,
                                   PSTR AddressString, PULONG AddressStringLength);
NTSTATUS RtlIpv6AddressToStringExW(const struct in6_addr* Address, ULONG ScopeId, USHORT Port,
                                   PWSTR AddressString, PULONG AddressStringLength);

NTSTATUS RtlIpv4StringToAddressA(PCSTR S, BOOLEAN Strict, PCSTR* Terminator, struct in_addr* Addr);
NTSTATUS RtlIpv4StringToAddressW(PCWSTR S, BOOLEAN Strict, PCWSTR* Terminator,
                                 struct in_addr* Addr);
NTSTATUS RtlIpv4StringToAddressExA(PCSTR AddressString, BOOLEAN Strict, struct in_addr* Address,
                                   PUSHORT Port);
NTSTATUS RtlIpv4StringToAddressExW(PCWSTR AddressString, BOOLEAN Strict, struct in_addr* Address,
                                   PUSHORT Port);
NTSTATUS RtlIpv6StringToAddressA(PCSTR S, PCSTR* Terminator, struct in6_addr* Addr);
NTSTATUS RtlIpv6StringToAddressW(PCWSTR S, PCWSTR* Terminator, struct in6_addr* Addr);
NTSTATUS RtlIpv6StringToAddressExA(PCSTR AddressString, struct in6_addr* Address, PULONG ScopeId,
                                   PUSHORT Port);
NTSTATUS RtlIpv6StringToAddressExW(PCWSTR AddressString, struct in6_addr* Address, PULONG ScopeId,
                                   PUSHORT Port);

#ifdef UNICODE
#define RtlIpv4AddressToString RtlIpv4AddressToStringW
#define RtlIpv6AddressToString RtlIpv6AddressToStringW
#define RtlIpv4StringToAddress RtlIpv4StringToAddressW
#define RtlIpv6StringToAddress RtlIpv6StringToAddressW
#define RtlIpv4AddressToStringEx RtlIpv4AddressToStringExW
#define RtlIpv6AddressToStringEx RtlIpv6AddressToStringExW
#define RtlIpv4StringToAddressEx RtlIpv4StringToAddressExW
#define RtlIpv6StringToAddressEx RtlIpv6StringToAddressExW
#else
#define RtlIpv4AddressToString RtlIpv4AddressToStringA
#define RtlIpv6AddressToString RtlIpv6AddressToStringA
#define RtlIpv4StringToAddress RtlIpv4StringToAddressA
#define RtlIpv6StringToAddress RtlIpv6StringToAddressA
#define RtlIpv4AddressToStringEx RtlIpv4AddressToStringExA
#define RtlIpv6AddressToStringEx RtlIpv6AddressToStringExA
#define RtlIpv4StringToAddressEx RtlIpv4StringToAddressExA
#define RtlIpv6StringToAddressEx RtlIpv6StringToAddressExA
#endif

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_IP2STRING_H */
