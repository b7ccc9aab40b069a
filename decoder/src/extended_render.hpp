// extended_render.hpp - the renderings of WPP's extended %!NAME! types that take a value or the
// memory a pointer designated (the code names are in win_names.hpp, custom types in
// format_engine.hpp). Each appends to `out`; `bytes` is what the recorder copied.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace wpptrace::decoder {

// 84bdb2e9-829e-41b3-b891-02f454bc2bd7 (lower case, no braces, as tracefmt shows GUIDs).
void append_guid(std::string& out, std::span<const std::uint8_t, 16> bytes);
// A ULONG holding the address in network byte order: 192.168.1.2.
void append_ipv4(std::string& out, std::uint32_t network_order);
// A USHORT holding the port in network byte order: 443.
void append_port(std::string& out, std::uint16_t network_order);
// RFC 5952 text: fe80::1, ::ffff:192.0.2.1.
void append_ipv6(std::string& out, std::span<const std::uint8_t, 16> bytes);
// 00-1A-2B-3C-4D-5E (Windows' RtlEthernetAddressToString form).
void append_mac(std::string& out, std::span<const std::uint8_t, 6> bytes);
// S-1-5-21-1004336348-1177238915-682003330-512; false when the bytes are not a SID (its
// SubAuthorityCount does not match the size, or is above 15).
bool append_sid(std::string& out, std::span<const std::uint8_t> bytes);
// FILETIME (100 ns since 1601-01-01 UTC): MM/DD/YYYY-HH:MM:SS.mmm in UTC, as tracefmt's prefix
// time; a negative value (not a time) as its number.
void append_filetime(std::string& out, std::int64_t filetime);
// A duration in 100 ns units: [-]D~HH:MM:SS.mmm (days~hours:minutes:seconds.milliseconds).
void append_duration(std::string& out, std::int64_t hundred_ns);
// A wait time as KeWaitForSingleObject takes it: negative is relative (a duration), otherwise an
// absolute FILETIME.
void append_wait_time(std::string& out, std::int64_t value);
// Bytes as two lower-case hex digits each, separated by spaces: "00 1a ff".
void append_hex_bytes(std::string& out, std::span<const std::uint8_t> bytes);

}  // namespace wpptrace::decoder
