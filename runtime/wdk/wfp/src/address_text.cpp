// address_text.cpp - IP address text through inet_pton/inet_ntop (see address_text.hpp).
#include "address_text.hpp"

#include <arpa/inet.h>

namespace wpptrace::wfp {

bool parse_ip_address(const std::string& text, bool ipv6, std::uint8_t* address) {
    return inet_pton(ipv6 ? AF_INET6 : AF_INET, text.c_str(), address) == 1;
}

std::string ip_address_text(const std::uint8_t* address, bool ipv6) {
    char text[INET6_ADDRSTRLEN];
    if (!inet_ntop(ipv6 ? AF_INET6 : AF_INET, address, text, sizeof text)) return "?";
    return text;
}

}  // namespace wpptrace::wfp
