#include "wpptrace/decoder/win_names.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace wpptrace::decoder {

namespace {

struct CodeName {
    std::uint32_t code;
    const char* name;
};

// kNtStatus, kWin32Errors, kHResults, kFacilities, kNdisStatus, kNdisOids: sorted by code.
#include "wpptrace_win_names_tables.inc"

template <std::size_t N>
std::string_view find(const CodeName (&table)[N], std::uint32_t code) {
    const CodeName* end = table + N;
    const CodeName* it = std::lower_bound(
        table, end, code, [](const CodeName& entry, std::uint32_t c) { return entry.code < c; });
    return it != end && it->code == code ? std::string_view(it->name) : std::string_view();
}

void append_hex8(std::string& out, std::uint32_t code) {
    static constexpr char kHex[] = "0123456789abcdef";
    char text[10] = {'0', 'x'};
    for (int i = 9; i >= 2; --i, code >>= 4) text[i] = kHex[code & 0xf];
    out.append(text, sizeof text);
}

void append_named(std::string& out, std::uint32_t code, std::string_view name) {
    append_hex8(out, code);
    out += '(';
    out += name;
    out += ')';
}

constexpr std::uint32_t kFacilityWin32 = 7;
constexpr std::uint32_t kFacilityNtBit = 0x10000000u;

}  // namespace

std::string_view ntstatus_name(std::uint32_t code) {
    return find(kNtStatus, code);
}
std::string_view win32_error_name(std::uint32_t code) {
    return find(kWin32Errors, code);
}
std::string_view hresult_name(std::uint32_t code) {
    return find(kHResults, code);
}
std::string_view facility_name(std::uint32_t facility) {
    return find(kFacilities, facility);
}
std::string_view ndis_status_name(std::uint32_t code) {
    return find(kNdisStatus, code);
}
std::string_view ndis_oid_name(std::uint32_t oid) {
    return find(kNdisOids, oid);
}

WinNameCounts win_name_counts() {
    return {std::size(kNtStatus),   std::size(kWin32Errors), std::size(kHResults),
            std::size(kFacilities), std::size(kNdisStatus),  std::size(kNdisOids)};
}

void append_ntstatus(std::string& out, std::uint32_t code) {
    const std::string_view name = ntstatus_name(code);
    if (code == 0 && !name.empty())
        out += name;
    else if (!name.empty())
        append_named(out, code, name);
    else
        append_hex8(out, code);
}

void append_hresult(std::string& out, std::uint32_t code) {
    std::string_view name = hresult_name(code);
    if (code == 0 && !name.empty()) {
        out += name;
        return;
    }
    const bool failure = (code & 0x80000000u) != 0;
    if (name.empty() && failure && ((code >> 16) & 0x7ff) == kFacilityWin32)
        name = win32_error_name(code & 0xffff);  // HRESULT_FROM_WIN32
    if (name.empty() && (code & kFacilityNtBit) != 0)
        name = ntstatus_name(code & ~kFacilityNtBit);  // HRESULT_FROM_NT
    if (name.empty() && ((code >> 16) & 0x7ff) != 0) name = facility_name((code >> 16) & 0x7ff);
    if (name.empty())
        append_hex8(out, code);
    else
        append_named(out, code, name);
}

void append_win32_error(std::string& out, std::uint32_t code) {
    const std::string_view name = win32_error_name(code);
    char digits[12];
    const auto end = std::to_chars(digits, digits + sizeof digits, code).ptr;
    if (code == 0 && !name.empty()) {
        out += name;
        return;
    }
    out.append(digits, end);
    if (!name.empty()) {
        out += '(';
        out += name;
        out += ')';
    }
}

void append_ndis_status(std::string& out, std::uint32_t code) {
    const std::string_view name = ndis_status_name(code);
    if (name.empty()) {
        append_ntstatus(out, code);
    } else if (code == 0) {
        out += name;
    } else {
        append_named(out, code, name);
    }
}

void append_ndis_oid(std::string& out, std::uint32_t oid) {
    const std::string_view name = ndis_oid_name(oid);
    if (name.empty())
        append_hex8(out, oid);
    else
        append_named(out, oid, name);
}

}  // namespace wpptrace::decoder
