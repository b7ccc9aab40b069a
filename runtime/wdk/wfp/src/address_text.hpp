// address_text.hpp - IP address text for the host's flow configuration, through the C library.
// Kept in a file of its own: <arpa/inet.h> gives AF_INET6 Linux's value (10), and it must never
// meet the WDK's (23) of ws2def.h in one translation unit.
#pragma once

#include <cstdint>
#include <string>

namespace wpptrace::wfp {

// Parses an IPv4 (4 bytes) or IPv6 (16 bytes) address into address; false if it is not one.
bool parse_ip_address(const std::string& text, bool ipv6, std::uint8_t* address);
// The address as text ("10.0.0.1", "2001:db8::1").
std::string ip_address_text(const std::uint8_t* address, bool ipv6);

}  // namespace wpptrace::wfp
