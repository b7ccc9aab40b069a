/*
 * wpp/runtime.h - what the trace macros call in libwpptrace (runtime/). Cold path only: module
 * start and end. Drivers never call these directly; WPP_INIT_TRACING and WPP_CLEANUP do.
 */
#ifndef WPP_RUNTIME_H
#define WPP_RUNTIME_H

#include <wchar.h>

#include "abi.h"

WPP_EXTERN_C_BEGIN

/* WPP_INIT_TRACING: computes the module's message ids, checks C formats, records the catalog
   into the trace (wpp_catalog:* events) and opens the module's control blocks as the
   controller asked (WPPTRACE_CONTROL, see runtime/README). A second call is ignored. */
void wpptrace_init_module(const struct wpp_module_desc* module, const void* driver_object,
                          const void* registry_path, const wchar_t* app_name);

/* WPP_CLEANUP: closes the module's control blocks; its trace calls cost a load again. */
void wpptrace_cleanup_module(struct wpp_control_block* blocks);

/* Called as a module unloads (a destructor <wpp/wpp.h> adds to every driver): forgets a module
   whose driver never called WPP_CLEANUP, and says so. */
void wpptrace_module_unloading(struct wpp_control_block* blocks, const char* module_name);

/* Applies a WPPTRACE_CONTROL selection (MODULE[:LEVEL[:FLAGS]];...) to every module traced in
   this process, at once: the live retuning tracelog -enable does on Windows. NULL or "" opens
   every module fully. Returns 0, or -1 with a message on stderr when the text is malformed. */
int wpptrace_configure(const char* selection);

/* The driver's in-flight recorder (runtime/tracing/src/ifr_recorder.cpp): WPP_INIT_TRACING
   opens it into *recorder unless WPPTRACE_IFR=off (its size from wpptrace_ifr_configure, the
   driver's LogPages, or WPPTRACE_IFR); WPP_CLEANUP and the module's unload close it (and remove
   its file unless WPPTRACE_IFR_KEEP=1). The name carries the record layout the driver's
   hot path writes (WPP_IFR_LAYOUT_VERSION, <wpp/ifr_format.h>): a driver built for another
   layout calls another function, and libwpptrace gives it no recorder rather than a file and a
   thread block of the wrong shape (version 1's wpptrace_ifr_open_module is such a refusal). */
struct wpp_ifr;
void wpptrace_ifr_open_module_v2(const struct wpp_module_desc* module, struct wpp_ifr** recorder,
                                 const void* registry_path);
void wpptrace_ifr_close_module(struct wpp_ifr** recorder);

/* A log of its own (WppRecorderLogCreate): a recorder beside the driver's, NULL when the
   driver records none or the file cannot be made. `bytes` per thread, rounded up. */
struct wpp_ifr* wpptrace_ifr_open_log(struct wpp_ifr* module_recorder, const char* identifier,
                                      unsigned long bytes);
void wpptrace_ifr_close_log(struct wpp_ifr* log);

/* The recorder's mapping (header and rings) as it is now, for WppRecorderDumpLiveDriverData. */
void wpptrace_ifr_mapping(const struct wpp_ifr* recorder, void** data, unsigned long* bytes);

/* The host: bytes per thread ring for a driver (its module name or service name), before it
   starts; 0 turns its recorder off. And what it knows of a fatal fault, written into every open
   recorder (async-signal-safe), so that `wpptrace ifr dump` names it. */
void wpptrace_ifr_configure(const char* driver, unsigned long bytes);
/* The host: a driver's recorder time mode from its registry values WppRecorder_UseTimeStamp and
   WppRecorder_PreciseTimeStamp (-1 when absent), as Windows reads them: UseTimeStamp 0 records
   no time, PreciseTimeStamp 1 precise times, UseTimeStamp 1 alone millisecond times; neither
   leaves the process's mode (WPPTRACE_IFR_TIME, else millisecond). */
void wpptrace_ifr_configure_timestamps(const char* driver, long use_timestamp,
                                       long precise_timestamp);
void wpptrace_ifr_note_fault(const char* text);

WPP_EXTERN_C_END

#endif /* WPP_RUNTIME_H */
