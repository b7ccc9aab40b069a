// status_names.cpp - NTSTATUS names for reports and for parsing --inject values.
#include <cstdint>
#include <cstdio>
#include <stdexcept>

#include "wpptrace/framework/status_names.hpp"

namespace wpptrace::framework {
namespace {

#define WPP_STATUS_ENTRY_(name) \
    { name, #name }
const struct {
    NTSTATUS code;
    const char* name;
} known_statuses[] = {
    WPP_STATUS_ENTRY_(STATUS_SUCCESS),
    WPP_STATUS_ENTRY_(STATUS_ALERTED),
    WPP_STATUS_ENTRY_(STATUS_TIMEOUT),
    WPP_STATUS_ENTRY_(STATUS_PENDING),
    WPP_STATUS_ENTRY_(STATUS_BUFFER_OVERFLOW),
    WPP_STATUS_ENTRY_(STATUS_NO_MORE_ENTRIES),
    WPP_STATUS_ENTRY_(STATUS_DEVICE_POWERED_OFF),
    WPP_STATUS_ENTRY_(STATUS_DEVICE_BUSY),
    WPP_STATUS_ENTRY_(STATUS_UNSUCCESSFUL),
    WPP_STATUS_ENTRY_(STATUS_NOT_IMPLEMENTED),
    WPP_STATUS_ENTRY_(STATUS_INVALID_INFO_CLASS),
    WPP_STATUS_ENTRY_(STATUS_INFO_LENGTH_MISMATCH),
    WPP_STATUS_ENTRY_(STATUS_INVALID_HANDLE),
    WPP_STATUS_ENTRY_(STATUS_INVALID_PARAMETER),
    WPP_STATUS_ENTRY_(STATUS_NO_SUCH_DEVICE),
    WPP_STATUS_ENTRY_(STATUS_INVALID_DEVICE_REQUEST),
    WPP_STATUS_ENTRY_(STATUS_END_OF_FILE),
    WPP_STATUS_ENTRY_(STATUS_MORE_PROCESSING_REQUIRED),
    WPP_STATUS_ENTRY_(STATUS_NO_MEMORY),
    WPP_STATUS_ENTRY_(STATUS_ACCESS_DENIED),
    WPP_STATUS_ENTRY_(STATUS_BUFFER_TOO_SMALL),
    WPP_STATUS_ENTRY_(STATUS_OBJECT_TYPE_MISMATCH),
    WPP_STATUS_ENTRY_(STATUS_OBJECT_NAME_INVALID),
    WPP_STATUS_ENTRY_(STATUS_OBJECT_NAME_NOT_FOUND),
    WPP_STATUS_ENTRY_(STATUS_OBJECT_NAME_COLLISION),
    WPP_STATUS_ENTRY_(STATUS_OBJECT_PATH_NOT_FOUND),
    WPP_STATUS_ENTRY_(STATUS_OBJECT_PATH_SYNTAX_BAD),
    WPP_STATUS_ENTRY_(STATUS_DELETE_PENDING),
    WPP_STATUS_ENTRY_(STATUS_INTEGER_OVERFLOW),
    WPP_STATUS_ENTRY_(STATUS_INSUFFICIENT_RESOURCES),
    WPP_STATUS_ENTRY_(STATUS_DEVICE_NOT_READY),
    WPP_STATUS_ENTRY_(STATUS_FILE_IS_A_DIRECTORY),
    WPP_STATUS_ENTRY_(STATUS_NOT_SUPPORTED),
    WPP_STATUS_ENTRY_(STATUS_REQUEST_NOT_ACCEPTED),
    WPP_STATUS_ENTRY_(STATUS_INTERNAL_ERROR),
    WPP_STATUS_ENTRY_(STATUS_NOT_A_DIRECTORY),
    WPP_STATUS_ENTRY_(STATUS_CANCELLED),
    WPP_STATUS_ENTRY_(STATUS_CANNOT_DELETE),
    WPP_STATUS_ENTRY_(STATUS_KEY_DELETED),
    WPP_STATUS_ENTRY_(STATUS_DRIVER_INTERNAL_ERROR),
    WPP_STATUS_ENTRY_(STATUS_INVALID_DEVICE_STATE),
    WPP_STATUS_ENTRY_(STATUS_INVALID_BUFFER_SIZE),
    WPP_STATUS_ENTRY_(STATUS_NOT_FOUND),
    WPP_STATUS_ENTRY_(STATUS_IO_TIMEOUT),
    WPP_STATUS_ENTRY_(STATUS_WMI_GUID_NOT_FOUND),
    WPP_STATUS_ENTRY_(STATUS_WMI_INSTANCE_NOT_FOUND),
    WPP_STATUS_ENTRY_(STATUS_WMI_ITEMID_NOT_FOUND),
    WPP_STATUS_ENTRY_(STATUS_WMI_READ_ONLY),
    WPP_STATUS_ENTRY_(STATUS_WMI_SET_FAILURE),
    WPP_STATUS_ENTRY_(STATUS_WMI_NOT_SUPPORTED),
};
#undef WPP_STATUS_ENTRY_

}  // namespace

std::string status_name(NTSTATUS status) {
    for (const auto& known : known_statuses)
        if (known.code == status) return known.name;
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08X", static_cast<unsigned>(status));
    return hex;
}

std::string describe_status(NTSTATUS status) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08X", static_cast<unsigned>(status));
    for (const auto& known : known_statuses)
        if (known.code == status) return std::string(known.name) + " (" + hex + ")";
    return hex;
}

NTSTATUS parse_status(const std::string& text) {
    for (const auto& known : known_statuses)
        if (text == known.name) return known.code;
    std::size_t used = 0;
    unsigned long value = 0;
    try {
        value = std::stoul(text, &used, 0);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || value > 0xffffffffUL)
        throw std::invalid_argument("unknown NTSTATUS '" + text + "' (a STATUS_ name or 0x...)");
    return static_cast<NTSTATUS>(static_cast<std::uint32_t>(value));
}

}  // namespace wpptrace::framework
