/*
 * wpp/recorder.h - the WppRecorder API (wpprecorder.h) that drivers call for the In-flight
 * Trace Recorder (IFR): log handles, the default log, their parameters.
 *
 *   RECORDER_LOG_CREATE_PARAMS params;
 *   RECORDER_LOG log;
 *   RECORDER_LOG_CREATE_PARAMS_INIT(&params, "Queue");
 *   params.TotalBufferSize = 8 * 1024;
 *   if (!NT_SUCCESS(WppRecorderLogCreate(&params, &log))) log = WppRecorderLogGetDefault();
 *   DrvLogInfo(log, FLAG_QUEUE, "queue ready");       // an IFRLOG trace function
 *   WppRecorderLogDelete(log);
 *
 * A log is a real object: it has its identifier (LogIdentifier, with LogIdentifierAppendValue),
 * its sizes, and WppRecorderLogSetIdentifier renames it. A log a driver creates has an
 * in-flight recorder of its own (a file beside the driver's, `<module>@<identifier>.ifr`,
 * TotalBufferSize bytes per thread, rounded up); the default log is the driver's recorder.
 * Messages traced to a log go into its recorder, and to the LTTng trace like every other
 * message. WppRecorderDumpLiveDriverData and WppRecorderLogDumpLiveData give the recorder's
 * mapping (the file's bytes, as `wpptrace ifr dump` reads them).
 */
#ifndef WPP_RECORDER_H
#define WPP_RECORDER_H

#include <stdlib.h>
#include <string.h>

#include "runtime.h"
#include "win_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#endif
#ifndef STATUS_INVALID_PARAMETER
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#endif
#ifndef STATUS_INSUFFICIENT_RESOURCES
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#endif
#ifndef STATUS_NOT_SUPPORTED
#define STATUS_NOT_SUPPORTED ((NTSTATUS)0xC00000BBL)
#endif

#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16

typedef struct _RECORDER_LOG_OPAQUE* RECORDER_LOG;

typedef enum _WPP_RECORDER_TRI_STATE {
    WppRecorderFalse = 0,
    WppRecorderTrue,
    WppRecorderDefault
} WPP_RECORDER_TRI_STATE;

typedef struct _RECORDER_LOG_CREATE_PARAMS {
    ULONG Size;
    ULONG LogTag;
    ULONG TotalBufferSize;
    ULONG ErrorPartitionSize;
    ULONG_PTR LogIdentifierAppendValue;
    BOOLEAN LogIdentifierAppendValueSet;
    ULONG LogIdentifierSize;
    CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
    WPP_RECORDER_TRI_STATE UseTimeStamp;
    WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

typedef struct _RECORDER_CONFIGURE_PARAMS {
    ULONG Size;
    BOOLEAN CreateDefaultLog;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

/* The log object behind a RECORDER_LOG. */
struct _RECORDER_LOG_OPAQUE {
    uint32_t magic; /* WPP_RECORDER_LOG_MAGIC while the log exists */
    BOOLEAN is_default;
    ULONG tag;
    ULONG total_buffer_size;
    ULONG error_partition_size;
    /* The identifier, with the append value ("Queue 0x5a"), NUL-terminated. */
    CHAR identifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS + 20];
    struct wpp_ifr* ifr; /* the log's own recorder; NULL: the driver's (wpp_ifr_module_) */
};

#define WPP_RECORDER_LOG_MAGIC 0x474f4c52u /* "RLOG" */
#define WPP_RECORDER_DEFAULT_BUFFER_SIZE 1024u

/* The driver's default log and whether it is created (WppRecorderConfigure), one of each per
   driver binary, as WPP_MAIN_CB. */
__attribute__((weak, visibility("hidden"))) struct _RECORDER_LOG_OPAQUE WppRecorderDefaultLog_ = {
    WPP_RECORDER_LOG_MAGIC, TRUE, 0, WPP_RECORDER_DEFAULT_BUFFER_SIZE, 0, "WppDefault", 0};
__attribute__((weak, visibility("hidden"))) BOOLEAN WppRecorderNoDefaultLog_;
/* The driver's recorder, defined by <wpp/wpp.h>; absent (address NULL) in a translation unit of
   a binary without it. */
extern struct wpp_ifr* wpp_ifr_module_ __attribute__((weak, visibility("hidden")));

static inline struct wpp_ifr* wpp_ifr_driver_(void) {
    struct wpp_ifr** recorder = &wpp_ifr_module_;
    __asm__("" : "+r"(recorder)); /* may be NULL (weak), whatever GCC saw defined */
    return recorder ? *recorder : (struct wpp_ifr*)0;
}

/* The recorder an IFRLOG trace function writes to: the log's own, else NULL (the driver's). */
static inline struct wpp_ifr* wpp_ifr_of_log_(RECORDER_LOG log) {
    return log && log->magic == WPP_RECORDER_LOG_MAGIC ? log->ifr : (struct wpp_ifr*)0;
}

static inline void RECORDER_LOG_CREATE_PARAMS_INIT(PRECORDER_LOG_CREATE_PARAMS Params,
                                                   PCSTR LogIdentifier) {
    memset(Params, 0, sizeof *Params);
    Params->Size = sizeof *Params;
    Params->TotalBufferSize = WPP_RECORDER_DEFAULT_BUFFER_SIZE;
    Params->LogIdentifierSize = RECORDER_LOG_IDENTIFIER_MAX_CHARS;
    Params->UseTimeStamp = WppRecorderDefault;
    Params->PreciseTimeStamp = WppRecorderDefault;
    /* Cut to the identifier's size, as WPP does (a copy loop: GCC's -Wstringop-truncation
       takes strncpy's intended cut for a mistake). */
    for (size_t i = 0;
         LogIdentifier && LogIdentifier[i] && i + 1 < RECORDER_LOG_IDENTIFIER_MAX_CHARS; ++i)
        Params->LogIdentifier[i] = LogIdentifier[i];
}

/* The same, the pointer appended to the identifier (several logs of one kind, one per object). */
static inline void RECORDER_LOG_CREATE_PARAMS_INIT_APPEND_POINTER(
    PRECORDER_LOG_CREATE_PARAMS Params, const void* Pointer, PCSTR LogIdentifier) {
    RECORDER_LOG_CREATE_PARAMS_INIT(Params, LogIdentifier);
    Params->LogIdentifierAppendValue = (ULONG_PTR)Pointer;
    Params->LogIdentifierAppendValueSet = TRUE;
}

static inline void RECORDER_CONFIGURE_PARAMS_INIT(PRECORDER_CONFIGURE_PARAMS Params) {
    memset(Params, 0, sizeof *Params);
    Params->Size = sizeof *Params;
    Params->CreateDefaultLog = TRUE;
}

/* Whether WPP_INIT_TRACING creates the default log: called before it. */
static inline void WppRecorderConfigure(PRECORDER_CONFIGURE_PARAMS ConfigureParams) {
    if (ConfigureParams) WppRecorderNoDefaultLog_ = !ConfigureParams->CreateDefaultLog;
}

static inline BOOLEAN WppRecorderIsDefaultLogAvailable(void) {
    return !WppRecorderNoDefaultLog_;
}

static inline RECORDER_LOG WppRecorderLogGetDefault(void) {
    return WppRecorderNoDefaultLog_ ? (RECORDER_LOG)0 : &WppRecorderDefaultLog_;
}

static inline void WppRecorderSetIdentifier_(RECORDER_LOG Log, PCSTR Identifier, BOOLEAN AppendSet,
                                             ULONG_PTR AppendValue) {
    static const char digits[] = "0123456789abcdef";
    size_t n = 0;
    while (Identifier && Identifier[n] && n < RECORDER_LOG_IDENTIFIER_MAX_CHARS - 1) {
        Log->identifier[n] = Identifier[n];
        ++n;
    }
    if (AppendSet) {
        char hex[2 * sizeof(ULONG_PTR) + 1];
        size_t h = 0;
        do {
            hex[h++] = digits[AppendValue & 0xf];
            AppendValue >>= 4;
        } while (AppendValue && h < sizeof hex);
        Log->identifier[n++] = ' ';
        Log->identifier[n++] = '0';
        Log->identifier[n++] = 'x';
        while (h > 0) Log->identifier[n++] = hex[--h];
    }
    Log->identifier[n] = 0;
}

/* Creates a log (from nonpaged pool in Windows, from the heap here). On failure the driver
   uses the default log, as documented. */
static inline NTSTATUS WppRecorderLogCreate(PRECORDER_LOG_CREATE_PARAMS CreateParams,
                                            RECORDER_LOG* RecorderLog) {
    struct _RECORDER_LOG_OPAQUE* log;
    if (!CreateParams || !RecorderLog || CreateParams->Size < sizeof(ULONG) * 4 ||
        CreateParams->ErrorPartitionSize > CreateParams->TotalBufferSize)
        return STATUS_INVALID_PARAMETER;
    log = (struct _RECORDER_LOG_OPAQUE*)calloc(1, sizeof *log);
    if (!log) return STATUS_INSUFFICIENT_RESOURCES;
    log->magic = WPP_RECORDER_LOG_MAGIC;
    log->tag = CreateParams->LogTag;
    log->total_buffer_size = CreateParams->TotalBufferSize;
    log->error_partition_size = CreateParams->ErrorPartitionSize;
    WppRecorderSetIdentifier_(log, CreateParams->LogIdentifier,
                              CreateParams->LogIdentifierAppendValueSet,
                              CreateParams->LogIdentifierAppendValue);
#ifndef WPPTRACE_COMPILED_OUT
    log->ifr = wpptrace_ifr_open_log(wpp_ifr_driver_(), log->identifier, log->total_buffer_size);
#endif
    *RecorderLog = log;
    return STATUS_SUCCESS;
}

/* Deletes a log WppRecorderLogCreate made; the default log stays (WPP_CLEANUP owns it). */
static inline void WppRecorderLogDelete(RECORDER_LOG RecorderLog) {
    if (!RecorderLog || RecorderLog->magic != WPP_RECORDER_LOG_MAGIC || RecorderLog->is_default)
        return;
    RecorderLog->magic = 0;
#ifndef WPPTRACE_COMPILED_OUT
    wpptrace_ifr_close_log(RecorderLog->ifr);
#endif
    free(RecorderLog);
}

static inline NTSTATUS WppRecorderLogSetIdentifier(RECORDER_LOG RecorderLog, PCSTR LogIdentifier) {
    if (!RecorderLog || RecorderLog->magic != WPP_RECORDER_LOG_MAGIC || !LogIdentifier)
        return STATUS_INVALID_PARAMETER;
    WppRecorderSetIdentifier_(RecorderLog, LogIdentifier, FALSE, 0);
    return STATUS_SUCCESS;
}

/* The log's identifier, for tests and the host (not in wpprecorder.h). */
static inline PCSTR WppRecorderLogIdentifier(RECORDER_LOG RecorderLog) {
    return RecorderLog && RecorderLog->magic == WPP_RECORDER_LOG_MAGIC ? RecorderLog->identifier
                                                                       : "";
}

/* The recorder's bytes as they are now: the mapping of its file (header and rings, see
   <wpp/ifr_format.h>), valid until the log is deleted or the driver calls WPP_CLEANUP. Guid gets
   zeros (the recorder names its driver in its header). STATUS_NOT_SUPPORTED when there is no
   recorder (WPPTRACE_IFR=off, or before WPP_INIT_TRACING). */
static inline NTSTATUS WppRecorderDumpRecorder_(struct wpp_ifr* recorder, PVOID* OutBuffer,
                                                PULONG OutBufferLength, GUID* Guid) {
    void* data = 0;
    unsigned long bytes = 0;
    if (OutBuffer) *OutBuffer = 0;
    if (OutBufferLength) *OutBufferLength = 0;
    if (Guid) memset(Guid, 0, sizeof *Guid);
#ifndef WPPTRACE_COMPILED_OUT
    if (recorder) wpptrace_ifr_mapping(recorder, &data, &bytes);
#else
    (void)recorder;
#endif
    if (!data) return STATUS_NOT_SUPPORTED;
    if (!OutBuffer || !OutBufferLength) return STATUS_INVALID_PARAMETER;
    *OutBuffer = data;
    *OutBufferLength = (ULONG)bytes;
    return STATUS_SUCCESS;
}

static inline NTSTATUS WppRecorderDumpLiveDriverData(PVOID* OutBuffer, PULONG OutBufferLength,
                                                     GUID* Guid) {
    return WppRecorderDumpRecorder_(wpp_ifr_driver_(), OutBuffer, OutBufferLength, Guid);
}

static inline NTSTATUS WppRecorderLogDumpLiveData(RECORDER_LOG RecorderLog, PVOID* OutBuffer,
                                                  PULONG OutBufferLength, GUID* Guid) {
    struct wpp_ifr* recorder = wpp_ifr_of_log_(RecorderLog);
    if (RecorderLog && RecorderLog->magic != WPP_RECORDER_LOG_MAGIC)
        return STATUS_INVALID_PARAMETER;
    return WppRecorderDumpRecorder_(recorder ? recorder : wpp_ifr_driver_(), OutBuffer,
                                    OutBufferLength, Guid);
}

#ifdef __cplusplus
}
#endif

#endif /* WPP_RECORDER_H */
