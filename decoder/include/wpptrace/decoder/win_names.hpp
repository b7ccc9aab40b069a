// win_names.hpp - the names of Windows codes, as %!STATUS! %!HRESULT! %!WINERROR! %!NDIS_STATUS!
// and %!NDIS_OID! render them.
//
// The tables are generated at build time from the mingw-w64 headers (ntstatus.h, winerror.h,
// ddk/ndis.h, ntddndis.h; Debian's mingw-w64-common): about 1800 NTSTATUS codes, 2000 Win32
// errors, 1400 HRESULTs, the HRESULT facilities, 170 NDIS status codes and 650 OIDs. Where
// several names share a code, the header's first wins (STATUS_SUCCESS, not STATUS_WAIT_0).
//
//   std::string text;
//   append_ntstatus(text, 0x8000000f);  // "0x8000000f(STATUS_DEVICE_POWERED_OFF)"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace wpptrace::decoder {

// A code's name, or an empty view when the table does not know it.
std::string_view ntstatus_name(std::uint32_t code);
std::string_view win32_error_name(std::uint32_t code);
std::string_view hresult_name(std::uint32_t code);
std::string_view facility_name(std::uint32_t facility);  // FACILITY_* of an HRESULT's bits 16-26
std::string_view ndis_status_name(std::uint32_t code);
std::string_view ndis_oid_name(std::uint32_t oid);

// How many names each table holds (for tests and `wpptrace --version`-like reports).
struct WinNameCounts {
    std::size_t ntstatus, win32_errors, hresults, facilities, ndis_status, ndis_oids;
};
WinNameCounts win_name_counts();

// The renderings (8 lower-case hex digits, as WPP prints them):
//   NTSTATUS     0 -> STATUS_SUCCESS; known -> 0x8000000f(STATUS_DEVICE_POWERED_OFF);
//                unknown -> 0xdeadbeef
//   HRESULT      0 -> S_OK; known -> 0x80004005(E_FAIL); else HRESULT_FROM_WIN32 codes through
//                the Win32 names (0x80070002(ERROR_FILE_NOT_FOUND)), HRESULT_FROM_NT codes
//                through the NTSTATUS names (0xd0000022(STATUS_ACCESS_DENIED)), else the
//                facility (0x8004ffff(FACILITY_ITF)), else the hex code alone
//   WINERROR     0 -> ERROR_SUCCESS; known -> 5(ERROR_ACCESS_DENIED); unknown -> decimal
//   NDIS_STATUS  0 -> NDIS_STATUS_SUCCESS; known -> 0x00010001(NDIS_STATUS_NOT_RECOGNIZED),
//                else as NTSTATUS (NDIS status codes are NTSTATUS codes)
//   NDIS_OID     known -> 0x00010101(OID_GEN_SUPPORTED_LIST); unknown -> 0x12345678
void append_ntstatus(std::string& out, std::uint32_t code);
void append_hresult(std::string& out, std::uint32_t code);
void append_win32_error(std::string& out, std::uint32_t code);
void append_ndis_status(std::string& out, std::uint32_t code);
void append_ndis_oid(std::string& out, std::uint32_t oid);

}  // namespace wpptrace::decoder
