// wdf_io_target.hpp - KMDF I/O targets and the sending state of requests, shared by
// wdf_io_target.cpp (targets, their state, synchronous sends, formatting) and
// wdf_request_send.cpp (WdfRequestSend, the completion path, timeouts, cancellation).
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "fx_object.hpp"

namespace wpptrace::framework {

struct FxIoTarget : FxObject {
    FxDevice* device = nullptr;              // the device whose driver sends
    PDEVICE_OBJECT target_device = nullptr;  // where the requests go (top of a stack)
    PFILE_OBJECT file = nullptr;             // the target's file, in each request's stack location
    bool owns_file = false;                  // opened by name: closed with the target
    bool is_default = false;                 // the device's local target
    WDF_IO_TARGET_OPEN_PARAMS open{};        // how it was opened, for WdfIoTargetOpenReopen
    std::wstring open_name;
    std::mutex mutex;
    std::condition_variable drained;  // sent becomes empty
    WDF_IO_TARGET_STATE state = WdfIoTargetClosed;
    std::set<FxRequest*> sent;       // at the target, not completed
    std::deque<FxRequest*> waiting;  // sent while the target was stopped
    explicit FxIoTarget(DriverRecord* r) : FxObject(FxType::io_target, r) {}
    void framework_cleanup() override;
};

// Where a formatted request's data lives while the target has it: buffers the framework built
// for the target's transfer type, restored or copied back at completion.
struct FormattedBuffers {
    std::vector<unsigned char> system_buffer;
    void* copy_back_to = nullptr;
    std::size_t copy_back_length = 0;
    PMDL own_mdl = nullptr;  // allocated for the send, freed at completion
    bool replaced = false;   // the IRP's own buffers are saved below
    PVOID saved_system_buffer = nullptr;
    PMDL saved_mdl = nullptr;
    PVOID saved_user_buffer = nullptr;
    WDFMEMORY input_memory = nullptr, output_memory = nullptr;  // for the completion params
    std::size_t input_offset = 0, output_offset = 0;
};

struct FxRequestSend {
    PFN_WDF_REQUEST_COMPLETION_ROUTINE routine = nullptr;
    WDFCONTEXT context = nullptr;
    WDF_REQUEST_COMPLETION_PARAMS params{};
    NTSTATUS status = STATUS_SUCCESS;
    FxIoTarget* target = nullptr;  // while sent or waiting at a stopped target
    bool in_flight = false;        // IoCallDriver'd and not yet back
    bool queued = false;           // waiting at a stopped target
    bool formatted = false;        // the next stack location is set up
    bool synchronous = false;
    bool timed_out = false;
    bool owns_irp = false;  // the framework allocated the IRP (frees it with the request)
    bool has_deadline = false;
    std::chrono::steady_clock::time_point deadline{};
    KEVENT done{};  // synchronous sends wait on it
    FormattedBuffers buffers;
};

// The request's sending state, created on first use.
FxRequestSend& send_state(FxRequest* request);

// Formats the request's next stack location for a transfer to target (wdf_io_target.cpp).
struct TransferBuffer {
    void* data = nullptr;
    std::size_t length = 0;
    PMDL mdl = nullptr;  // when the caller described it with an MDL
    WDFMEMORY memory = nullptr;
    std::size_t offset = 0;
};
NTSTATUS format_transfer(FxRequest* request, FxIoTarget* target, UCHAR major, ULONG code,
                         const TransferBuffer& input, const TransferBuffer& output,
                         const LONGLONG* device_offset);

// Sends a formatted request (wdf_request_send.cpp): what WdfRequestSend does. Returns whether
// it was sent (or queued at a stopped target); the status is in send_state(request).status.
bool request_send(FxRequest* request, FxIoTarget* target, const WDF_REQUEST_SEND_OPTIONS* options,
                  const void* caller);
// Delivers a request that waited at a stopped target, or fails it (status) when the target
// closes: its completion path runs as if the target had completed it.
void request_deliver(FxRequest* request, FxIoTarget* target);
void request_fail_unsent(FxRequest* request, NTSTATUS status);
// Cancels a request the target has (IoCancelIrp); true if a cancel routine ran.
bool request_cancel_sent(FxRequest* request);

// Cancels every request the target has (WdfIoTargetStop with WdfIoTargetCancelSentIo, close).
void cancel_sent_requests(FxIoTarget* target);

// A request of the framework's own, for a synchronous send without a driver request.
FxRequest* request_create_internal(FxDevice* device, CCHAR stack_size);
void request_destroy_internal(FxRequest* request);

FxIoTarget* io_target_of(WDFIOTARGET target, const char* entry);

}  // namespace wpptrace::framework
