// rtl_ip_string.cpp - ip2string.h: IPv4/IPv6 addresses to text and back (semantics there).
#include <ip2string.h>

#include <cstdio>
#include <string>

namespace wpptrace::framework {
namespace {

std::string ipv4_text(const in_addr* a) {
    const auto* b = reinterpret_cast<const UCHAR*>(&a->S_un.S_addr);
    char text[16];
    snprintf(text, sizeof text, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    return text;
}

std::string ipv6_text(const in6_addr* a) {
    const UCHAR* b = a->u.Byte;
    unsigned group[8];
    for (int i = 0; i < 8; ++i) group[i] = (b[2 * i] << 8) | b[2 * i + 1];
    const bool mapped =
        !group[0] && !group[1] && !group[2] && !group[3] && !group[4] && group[5] == 0xffff;
    const int groups = mapped ? 6 : 8;
    int best = -1, best_length = 0;
    for (int i = 0; i < groups;) {
        int j = i;
        while (j < groups && group[j] == 0) ++j;
        if (j - i > best_length && j - i >= 2) best = i, best_length = j - i;
        i = j == i ? i + 1 : j;
    }
    std::string out;
    char hex[8];
    for (int i = 0; i < groups; ++i) {
        if (i == best) {
            out += "::";
            i += best_length - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':') out += ':';
        snprintf(hex, sizeof hex, "%x", group[i]);
        out += hex;
    }
    if (mapped) {
        if (out.back() != ':') out += ':';
        char v4[16];
        snprintf(v4, sizeof v4, "%u.%u.%u.%u", b[12], b[13], b[14], b[15]);
        out += v4;
    }
    return out;
}

template <typename Char>
Char* write(Char* out, const std::string& text) {
    for (char c : text) *out++ = static_cast<Char>(c);
    *out = 0;
    return out;
}

template <typename Char>
NTSTATUS write_ex(const std::string& text, Char* out, PULONG length) {
    if (!out || !length) return STATUS_INVALID_PARAMETER;
    const ULONG needed = static_cast<ULONG>(text.size() + 1);
    if (*length < needed) {
        *length = needed;
        return STATUS_INVALID_PARAMETER;
    }
    write(out, text);
    *length = needed;
    return STATUS_SUCCESS;
}

USHORT network_to_host(USHORT port) {
    return static_cast<USHORT>((port >> 8) | (port << 8));
}

template <typename Char>
int digit_value(Char c, int base) {
    int v = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : 99;
    return v < base ? v : -1;
}

// IPv4: Strict is four decimal parts; otherwise 1-4 parts, each decimal, 0octal or 0xhex, the
// last one filling the remaining bytes (inet_addr's rules).
template <typename Char>
NTSTATUS parse_ipv4(const Char* s, bool strict, const Char** end, in_addr* addr) {
    if (!s || !addr) return STATUS_INVALID_PARAMETER;
    unsigned long long part[4];
    int parts = 0;
    const Char* p = s;
    for (;;) {
        int base = 10;
        if (!strict && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
            base = 16, p += 2;
        } else if (!strict && p[0] == '0' && digit_value(p[1], 8) >= 0) {
            base = 8, ++p;
        }
        unsigned long long value = 0;
        int digits = 0;
        while (digit_value(*p, base) >= 0) {
            value = value * base + static_cast<unsigned>(digit_value(*p++, base));
            if (value > 0xffffffffull) return STATUS_INVALID_PARAMETER;
            ++digits;
        }
        if (!digits && base != 16) return STATUS_INVALID_PARAMETER;
        if (strict && (digits > 3 || value > 255)) return STATUS_INVALID_PARAMETER;
        part[parts++] = value;
        if (*p == '.' && parts < 4 && digit_value(p[1], 16) >= 0) {
            ++p;
            continue;
        }
        break;
    }
    if (strict && parts != 4) return STATUS_INVALID_PARAMETER;
    unsigned long long value = 0;
    for (int i = 0; i < parts - 1; ++i) {
        if (part[i] > 255) return STATUS_INVALID_PARAMETER;
        value |= part[i] << (24 - 8 * i);
    }
    const int last_bits = 32 - 8 * (parts - 1);
    if (last_bits < 64 && part[parts - 1] >= (1ull << last_bits)) return STATUS_INVALID_PARAMETER;
    value |= part[parts - 1];
    auto* b = reinterpret_cast<UCHAR*>(&addr->S_un.S_addr);
    for (int i = 0; i < 4; ++i) b[i] = static_cast<UCHAR>(value >> (24 - 8 * i));
    if (end) *end = p;
    return STATUS_SUCCESS;
}

template <typename Char>
NTSTATUS parse_ipv6(const Char* s, const Char** end, in6_addr* addr) {
    if (!s || !addr) return STATUS_INVALID_PARAMETER;
    unsigned group[8] = {};
    int count = 0, gap = -1;
    const Char* p = s;
    if (p[0] == ':' && p[1] == ':') {
        gap = 0;
        p += 2;
    } else if (p[0] == ':') {
        return STATUS_INVALID_PARAMETER;
    }
    while (count < 8) {
        // an embedded IPv4 address ends the groups
        const Char* q = p;
        while (digit_value(*q, 10) >= 0) ++q;
        if (*q == '.' && count <= 6) {
            in_addr v4;
            const Char* after = nullptr;
            if (parse_ipv4(p, true, &after, &v4) != STATUS_SUCCESS) return STATUS_INVALID_PARAMETER;
            const auto* b = reinterpret_cast<const UCHAR*>(&v4.S_un.S_addr);
            group[count++] = (b[0] << 8) | b[1];
            group[count++] = (b[2] << 8) | b[3];
            p = after;
            break;
        }
        unsigned value = 0;
        int digits = 0;
        while (digit_value(*p, 16) >= 0 && digits < 5)
            value = value * 16 + digit_value(*p++, 16), ++digits;
        if (!digits) {
            if (gap == count && count > 0 && p[-1] == ':' && p[-2] == ':') break;  // "a::"
            if (gap == 0 && count == 0) break;                                     // "::"
            return STATUS_INVALID_PARAMETER;
        }
        if (digits > 4) return STATUS_INVALID_PARAMETER;
        group[count++] = value;
        if (p[0] == ':' && p[1] == ':') {
            if (gap >= 0) return STATUS_INVALID_PARAMETER;
            gap = count;
            p += 2;
        } else if (p[0] == ':' && count < 8) {
            ++p;
        } else {
            break;
        }
    }
    if (gap < 0 && count != 8) return STATUS_INVALID_PARAMETER;
    if (gap >= 0 && count > 7) return STATUS_INVALID_PARAMETER;
    unsigned full[8] = {};
    if (gap < 0) {
        for (int i = 0; i < 8; ++i) full[i] = group[i];
    } else {
        for (int i = 0; i < gap; ++i) full[i] = group[i];
        const int tail = count - gap;
        for (int i = 0; i < tail; ++i) full[8 - tail + i] = group[gap + i];
    }
    for (int i = 0; i < 8; ++i) {
        addr->u.Byte[2 * i] = static_cast<UCHAR>(full[i] >> 8);
        addr->u.Byte[2 * i + 1] = static_cast<UCHAR>(full[i]);
    }
    if (end) *end = p;
    return STATUS_SUCCESS;
}

template <typename Char>
bool parse_decimal(const Char*& p, unsigned long long max, unsigned long long& value) {
    value = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9') {
        value = value * 10 + static_cast<unsigned>(*p++ - '0');
        if (value > max) return false;
        ++digits;
    }
    return digits > 0;
}

template <typename Char>
NTSTATUS parse_ipv4_ex(const Char* s, bool strict, in_addr* addr, PUSHORT port) {
    if (!s || !addr || !port) return STATUS_INVALID_PARAMETER;
    const Char* p = nullptr;
    NTSTATUS status = parse_ipv4(s, strict, &p, addr);
    if (status != STATUS_SUCCESS) return status;
    unsigned long long value = 0;
    if (*p == ':') {
        ++p;
        if (!parse_decimal(p, 0xffff, value)) return STATUS_INVALID_PARAMETER;
    }
    if (*p) return STATUS_INVALID_PARAMETER;
    *port = network_to_host(static_cast<USHORT>(value));
    return STATUS_SUCCESS;
}

template <typename Char>
NTSTATUS parse_ipv6_ex(const Char* s, in6_addr* addr, PULONG scope, PUSHORT port) {
    if (!s || !addr || !scope || !port) return STATUS_INVALID_PARAMETER;
    const bool bracket = *s == '[';
    const Char* p = bracket ? s + 1 : s;
    NTSTATUS status = parse_ipv6(p, &p, addr);
    if (status != STATUS_SUCCESS) return status;
    unsigned long long scope_id = 0, port_value = 0;
    if (*p == '%') {
        ++p;
        if (!parse_decimal(p, 0xffffffffull, scope_id)) return STATUS_INVALID_PARAMETER;
    }
    if (bracket) {
        if (*p++ != ']') return STATUS_INVALID_PARAMETER;
        if (*p == ':') {
            ++p;
            if (!parse_decimal(p, 0xffff, port_value)) return STATUS_INVALID_PARAMETER;
        }
    }
    if (*p) return STATUS_INVALID_PARAMETER;
    *scope = static_cast<ULONG>(scope_id);
    *port = network_to_host(static_cast<USHORT>(port_value));
    return STATUS_SUCCESS;
}

std::string ipv4_ex_text(const in_addr* a, USHORT port) {
    std::string text = ipv4_text(a);
    if (port) text += ":" + std::to_string(network_to_host(port));
    return text;
}

std::string ipv6_ex_text(const in6_addr* a, ULONG scope, USHORT port) {
    std::string text = ipv6_text(a);
    if (scope) text += "%" + std::to_string(scope);
    if (port) text = "[" + text + "]:" + std::to_string(network_to_host(port));
    return text;
}

}  // namespace
}  // namespace wpptrace::framework

namespace fw = wpptrace::framework;

extern "C" {

PSTR RtlIpv4AddressToStringA(const struct in_addr* Addr, PSTR S) {
    return fw::write(S, fw::ipv4_text(Addr));
}
PWSTR RtlIpv4AddressToStringW(const struct in_addr* Addr, PWSTR S) {
    return fw::write(S, fw::ipv4_text(Addr));
}
NTSTATUS RtlIpv4AddressToStringExA(const struct in_addr* Address, USHORT Port, PSTR AddressString,
                                   PULONG AddressStringLength) {
    if (!Address) return STATUS_INVALID_PARAMETER;
    return fw::write_ex(fw::ipv4_ex_text(Address, Port), AddressString, AddressStringLength);
}
NTSTATUS RtlIpv4AddressToStringExW(const struct in_addr* Address, USHORT Port, PWSTR AddressString,
                                   PULONG AddressStringLength) {
    if (!Address) return STATUS_INVALID_PARAMETER;
    return fw::write_ex(fw::ipv4_ex_text(Address, Port), AddressString, AddressStringLength);
}
PSTR RtlIpv6AddressToStringA(const struct in6_addr* Addr, PSTR S) {
    return fw::write(S, fw::ipv6_text(Addr));
}
PWSTR RtlIpv6AddressToStringW(const struct in6_addr* Addr, PWSTR S) {
    return fw::write(S, fw::ipv6_text(Addr));
}
NTSTATUS RtlIpv6AddressToStringExA(const struct in6_addr* Address, ULONG ScopeId, USHORT Port,
                                   PSTR AddressString, PULONG AddressStringLength) {
    if (!Address) return STATUS_INVALID_PARAMETER;
    return fw::write_ex(fw::ipv6_ex_text(Address, ScopeId, Port), AddressString,
                        AddressStringLength);
}
NTSTATUS RtlIpv6AddressToStringExW(const struct in6_addr* Address, ULONG ScopeId, USHORT Port,
                                   PWSTR AddressString, PULONG AddressStringLength) {
    if (!Address) return STATUS_INVALID_PARAMETER;
    return fw::write_ex(fw::ipv6_ex_text(Address, ScopeId, Port), AddressString,
                        AddressStringLength);
}

NTSTATUS RtlIpv4StringToAddressA(PCSTR S, BOOLEAN Strict, PCSTR* Terminator, struct in_addr* Addr) {
    return fw::parse_ipv4(S, Strict != 0, Terminator, Addr);
}
NTSTATUS RtlIpv4StringToAddressW(PCWSTR S, BOOLEAN Strict, PCWSTR* Terminator,
                                 struct in_addr* Addr) {
    return fw::parse_ipv4(S, Strict != 0, Terminator, Addr);
}
NTSTATUS RtlIpv4StringToAddressExA(PCSTR AddressString, BOOLEAN Strict, struct in_addr* Address,
                                   PUSHORT Port) {
    return fw::parse_ipv4_ex(AddressString, Strict != 0, Address, Port);
}
NTSTATUS RtlIpv4StringToAddressExW(PCWSTR AddressString, BOOLEAN Strict, struct in_addr* Address,
                                   PUSHORT Port) {
    return fw::parse_ipv4_ex(AddressString, Strict != 0, Address, Port);
}
NTSTATUS RtlIpv6StringToAddressA(PCSTR S, PCSTR* Terminator, struct in6_addr* Addr) {
    return fw::parse_ipv6(S, Terminator, Addr);
}
NTSTATUS RtlIpv6StringToAddressW(PCWSTR S, PCWSTR* Terminator, struct in6_addr* Addr) {
    return fw::parse_ipv6(S, Terminator, Addr);
}
NTSTATUS RtlIpv6StringToAddressExA(PCSTR AddressString, struct in6_addr* Address, PULONG ScopeId,
                                   PUSHORT Port) {
    return fw::parse_ipv6_ex(AddressString, Address, ScopeId, Port);
}
NTSTATUS RtlIpv6StringToAddressExW(PCWSTR AddressString, struct in6_addr* Address, PULONG ScopeId,
                                   PUSHORT Port) {
    return fw::parse_ipv6_ex(AddressString, Address, ScopeId, Port);
}

}  // extern "C"
