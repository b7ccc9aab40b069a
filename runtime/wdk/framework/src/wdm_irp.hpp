// wdm_irp.hpp - IRP helpers the host (as I/O and PnP manager) and the KMDF layer share.
#pragma once

#include <wdm.h>

namespace wpptrace::framework {

// The dispatch routine the I/O manager puts in every MajorFunction slot before DriverEntry:
// completes the IRP with STATUS_INVALID_DEVICE_REQUEST.
NTSTATUS invalid_device_request(PDEVICE_OBJECT device, PIRP irp);

// Sends irp (its next stack location already set up) to `lower` and waits until it comes
// back, keeping ownership: the classic "forward and wait" with a completion routine that
// returns STATUS_MORE_PROCESSING_REQUIRED. Returns the IRP's final status.
NTSTATUS forward_and_wait(PDEVICE_OBJECT lower, PIRP irp);

// IRPs from IoBuild* (io_build.cpp). finish_built_irp: the I/O manager's end of one, when it
// has completed all the way up (buffers copied back, status and event for a synchronous IRP,
// which it then frees); false for any other IRP. forget_built_irp: IoFreeIrp's bookkeeping.
bool finish_built_irp(PIRP irp);
void forget_built_irp(PIRP irp);

const char* major_function_name(UCHAR major);
const char* pnp_minor_name(UCHAR minor);

}  // namespace wpptrace::framework
