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

WPP_EXTERN_C_END

#endif /* WPP_RUNTIME_H */
