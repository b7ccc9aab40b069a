/*
 * wdfrequest_send.h - sending requests to an I/O target (wdfrequest.h): requests a driver
 * creates (WdfRequestCreate, WdfRequestReuse), formatting, WdfRequestSend with its options
 * (asynchronous with a completion routine, synchronous, send-and-forget, a timeout), completion
 * parameters, status and cancellation of a sent request.
 *
 * A request goes down in the IRP's next stack location with IoCallDriver, as on Windows: the
 * framework sets its own completion routine there, which records the completion parameters and
 * calls the driver's EvtRequestCompletionRoutine. A filter forwards what it received:
 *
 *   WdfRequestFormatRequestUsingCurrentType(Request);
 *   WdfRequestSetCompletionRoutine(Request, FilterReadCompleted, WDF_NO_CONTEXT);
 *   if (!WdfRequestSend(Request, WdfDeviceGetIoTarget(device), WDF_NO_SEND_OPTIONS))
 *       WdfRequestComplete(Request, WdfRequestGetStatus(Request));
 *
 *   void FilterReadCompleted(WDFREQUEST Request, WDFIOTARGET Target,
 *                            PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context) {
 *       WdfRequestCompleteWithInformation(Request, Params->IoStatus.Status,
 *                                         Params->IoStatus.Information);
 *   }
 *
 * A timed-out request is cancelled (IoCancelIrp) and completes with STATUS_IO_TIMEOUT, unless
 * the target completed it first.
 */
#ifndef WPPTRACE_WDFREQUEST_SEND_H
#define WPPTRACE_WDFREQUEST_SEND_H

#include "wdfmemory.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFIOTARGET__* WDFIOTARGET;
typedef PVOID WDFCONTEXT;

typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
    WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001,
    WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002,
    WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004,
    WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008,
    WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00000010,
    WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00000020
} WDF_REQUEST_SEND_OPTIONS_FLAGS;

typedef struct _WDF_REQUEST_SEND_OPTIONS {
    ULONG Size;
    ULONG Flags;      /* WDF_REQUEST_SEND_OPTIONS_FLAGS */
    LONGLONG Timeout; /* 100 ns units: negative relative, positive absolute, 0 none */
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

#define WDF_NO_SEND_OPTIONS ((PWDF_REQUEST_SEND_OPTIONS)0)

static inline void WDF_REQUEST_SEND_OPTIONS_INIT(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags) {
    memset(Options, 0, sizeof *Options);
    Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
    Options->Flags = Flags;
}
static inline void WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(PWDF_REQUEST_SEND_OPTIONS Options,
                                                        LONGLONG Timeout) {
    Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
    Options->Timeout = Timeout;
}

/* What the target did with a sent request (valid in the completion routine, or after a
   synchronous send). Buffers are WDFMEMORY objects, NULL where the request had none. */
typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
    ULONG Size;
    WDF_REQUEST_TYPE Type;
    IO_STATUS_BLOCK IoStatus;
    union {
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Write;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Read;
        struct {
            ULONG IoControlCode;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
            } Input;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
                size_t Length;
            } Output;
        } Ioctl;
        struct {
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument1;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument2;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument3;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument4;
        } Others;
    } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;

static inline void WDF_REQUEST_COMPLETION_PARAMS_INIT(PWDF_REQUEST_COMPLETION_PARAMS Params) {
    memset(Params, 0, sizeof *Params);
    Params->Size = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
    Params->Type = WdfRequestTypeOther;
}

typedef void EVT_WDF_REQUEST_COMPLETION_ROUTINE(WDFREQUEST Request, WDFIOTARGET Target,
                                                PWDF_REQUEST_COMPLETION_PARAMS Params,
                                                WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE* PFN_WDF_REQUEST_COMPLETION_ROUTINE;

typedef enum _WDF_REQUEST_REUSE_FLAGS {
    WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000,
    WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001
} WDF_REQUEST_REUSE_FLAGS;

typedef struct _WDF_REQUEST_REUSE_PARAMS {
    ULONG Size;
    ULONG Flags;
    NTSTATUS Status; /* the status the reused request starts with */
    PIRP NewIrp;     /* WDF_REQUEST_REUSE_SET_NEW_IRP */
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;

static inline void WDF_REQUEST_REUSE_PARAMS_INIT(PWDF_REQUEST_REUSE_PARAMS Params, ULONG Flags,
                                                 NTSTATUS Status) {
    memset(Params, 0, sizeof *Params);
    Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
    Params->Flags = Flags;
    Params->Status = Status;
}
static inline void WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(PWDF_REQUEST_REUSE_PARAMS Params,
                                                        PIRP NewIrp) {
    Params->Flags |= WDF_REQUEST_REUSE_SET_NEW_IRP;
    Params->NewIrp = NewIrp;
}

/* A request of the driver's own (parent: Attributes' ParentObject, else the driver), with an
   IRP sized for IoTarget's stack (or grown when formatted for a deeper one). The driver deletes
   it with WdfObjectDelete; it is never completed with WdfRequestComplete. */
NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes, WDFIOTARGET IoTarget,
                          WDFREQUEST* Request);
/* Makes a completed request of the driver's own ready to be formatted and sent again. */
NTSTATUS WdfRequestReuse(WDFREQUEST Request, PWDF_REQUEST_REUSE_PARAMS ReuseParams);
/* TRUE when the request went to the target (queued there if the target is stopped); FALSE
   when it could not be sent: WdfRequestGetStatus says why, and the driver completes it. */
BOOLEAN WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target, PWDF_REQUEST_SEND_OPTIONS Options);
void WdfRequestSetCompletionRoutine(WDFREQUEST Request,
                                    PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
                                    WDFCONTEXT CompletionContext);
void WdfRequestGetCompletionParams(WDFREQUEST Request, PWDF_REQUEST_COMPLETION_PARAMS Params);
NTSTATUS WdfRequestGetStatus(WDFREQUEST Request);
/* Asks the target to cancel a sent request (IoCancelIrp); TRUE if a cancel routine ran. */
BOOLEAN WdfRequestCancelSentRequest(WDFREQUEST Request);
/* Copies the current stack location to the next: the request goes down as it came. */
void WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
/* Copies Stack into the IRP's next stack location (what the request does at the target). */
void WdfRequestWdmFormatUsingStackLocation(WDFREQUEST Request, PIO_STACK_LOCATION Stack);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFREQUEST_SEND_H */
