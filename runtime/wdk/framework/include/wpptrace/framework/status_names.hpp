// status_names.hpp - NTSTATUS values by name, for reports and for the host's --inject values.
#pragma once

#include <string>

#include <wdm.h>

namespace wpptrace::framework {

// "STATUS_SUCCESS (0x00000000)", or the hex code alone when the name is not known.
std::string describe_status(NTSTATUS status);
// "STATUS_SUCCESS", or "0xC0000001" when the name is not known.
std::string status_name(NTSTATUS status);
// Parses a STATUS_ name or a number (0xC000009A); throws std::invalid_argument.
NTSTATUS parse_status(const std::string& text);

}  // namespace wpptrace::framework
