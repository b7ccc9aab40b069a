// io_wmi.hpp - the WMI side shared by WDM drivers' wmilib (io_wmi.cpp), KMDF's WMI providers
// (wdf_wmi.cpp) and the host's queries: which device objects registered, and how a handled
// WMI IRP's WNODE is filled in and the IRP completed.
#pragma once

#include <string>

#include "framework_state.hpp"

namespace wpptrace::framework {

// Registered with IoWMIRegistrationControl (and not deregistered since).
bool wmi_is_registered(PDEVICE_OBJECT device);

// Where the data block of a WNODE_SINGLE_INSTANCE / WNODE_METHOD_ITEM request goes.
ULONG wnode_data_offset(PIRP irp);
// Completes a WMI IRP a provider handled: for queries and methods the data size in the WNODE
// (or a WNODE_TOO_SMALL with the size needed when status is STATUS_BUFFER_TOO_SMALL), then
// IoCompleteRequest. Returns the status the IRP completed with.
NTSTATUS wmi_complete(PIRP irp, NTSTATUS status, ULONG used);
// Writes a WNODE_TOO_SMALL over the request's buffer; returns its size.
ULONG wnode_too_small(PVOID buffer, ULONG needed);
// A counted string (USHORT byte length, then the characters) at buffer + offset.
ULONG counted_string_bytes(const std::wstring& text);
void write_counted_string(unsigned char* at, const std::wstring& text);

}  // namespace wpptrace::framework
