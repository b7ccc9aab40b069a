/*
 * wpp/wpp.h - WPP software tracing for drivers on Linux, over LTTng-UST.
 *
 * Include it where WPP includes a file's .tmh: after WPP_CONTROL_GUIDS is defined.
 *
 *   #define WPP_CONTROL_GUIDS                                                         \
 *       WPP_DEFINE_CONTROL_GUID(SerialTraceGuid, (84bdb2e9,829e,41b3,b891,02f454bc2bd7), \
 *           WPP_DEFINE_BIT(DBG_INIT) WPP_DEFINE_BIT(DBG_PNP) WPP_DEFINE_BIT(DBG_IOCTL))
 *   #include <wpp/wpp.h>
 *
 *   #define SerialDbgPrintEx TraceEvents        // a driver's own trace function: one line
 *
 *   NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
 *       WPP_INIT_TRACING(DriverObject, RegistryPath);
 *       SerialDbgPrintEx(TRACE_LEVEL_INFORMATION, DBG_INIT, "Built %s %s", __DATE__, __TIME__);
 *       ...
 *       WPP_CLEANUP(DriverObject);              // on failure, or in the unload/cleanup path
 *   }
 *
 * Trace calls: DoTraceMessage(FLAG, MSG, ...), TraceEvents(LEVEL, FLAG, MSG, ...),
 * DbgPrintEx(COMPONENT, LEVEL, MSG, ...), DbgPrint(MSG, ...), KdPrintEx((...)), KdPrint((...)).
 * A call costs one relaxed load and a branch unless its driver, level and flag are enabled; its
 * arguments are evaluated only then. Formats are checked against the arguments at compile time
 * in C++, and when the module starts (and by `wpptrace catalog --check` at build time) in C.
 * The driver's name in traces is WPP_MODULE_NAME if defined, else the first control GUID's name.
 */
#ifndef WPP_WPP_H
#define WPP_WPP_H

#ifndef WPP_CONTROL_GUIDS
#error "wpptrace: define WPP_CONTROL_GUIDS before including <wpp/wpp.h>"
#endif

#include "abi.h"
#include "detail/ifr_write.h"
#include "format_spec.h"
#include "levels.h"
#include "runtime.h"
#include "win_types.h"

#ifdef __cplusplus
#define WPP_STATIC_ASSERT_ static_assert
#else
#define WPP_STATIC_ASSERT_ _Static_assert
#endif

/* ---- WPP_CONTROL_GUIDS, expanded several ways --------------------------------------------- */

/* Control indices: WPP_CTL_<Name> = 0, 1, ... */
#define WPP_DEFINE_BIT(Name)
#define WPP_DEFINE_CONTROL_GUID(Name, Guid, Bits) WPP_CTL_##Name,
enum wpp_control_index_ { WPP_CONTROL_GUIDS WPP_CONTROL_COUNT_ };
#undef WPP_DEFINE_BIT
#undef WPP_DEFINE_CONTROL_GUID

/* Flag bits: WPP_BIT_<Name> = control index * 32 + bit number. */
#define WPP_DEFINE_BIT(Name) WPP_BIT_##Name,
#define WPP_DEFINE_CONTROL_GUID(Name, Guid, Bits) \
    WPP_BLOCK_START_##Name = (int)WPP_CTL_##Name * 32 - 1, Bits WPP_BLOCK_END_##Name,
enum wpp_flag_bit_ { WPP_CONTROL_GUIDS };
#undef WPP_DEFINE_BIT
#undef WPP_DEFINE_CONTROL_GUID

#define WPP_DEFINE_BIT(Name)
#define WPP_DEFINE_CONTROL_GUID(Name, Guid, Bits)                               \
    WPP_STATIC_ASSERT_(WPP_BLOCK_END_##Name - WPP_BLOCK_START_##Name - 1 <= 31, \
                       "wpptrace: control GUID " #Name " defines more than 31 flag bits");
WPP_CONTROL_GUIDS
#undef WPP_DEFINE_BIT
#undef WPP_DEFINE_CONTROL_GUID
WPP_STATIC_ASSERT_((int)WPP_CONTROL_COUNT_ <= WPP_MAX_CONTROLS, "wpptrace: too many control GUIDs");

/* ---- WPPTRACE_COMPILED_OUT: tracing compiled out ------------------------------------------
   -DWPPTRACE_COMPILED_OUT builds a driver with no tracing at all, as if WPP were not there: a
   baseline to measure what tracing costs (bench/ builds such a copy of a sample), or a build
   that must not depend on the runtime. Trace calls expand to `0 ? wpp_compiled_out_(...) :
   (void)0`: the arguments are never evaluated and no code is emitted, but they still count as
   used, so a variable read only by a trace call does not break -Werror=unused-variable, and an
   unknown flag name still stops the build (WPP_BIT_<flag> is named). No control block, no
   module registration: WPP_INIT_TRACING and WPP_CLEANUP do nothing (their arguments are not
   evaluated either), and the gating macros say 0. */
#ifdef WPPTRACE_COMPILED_OUT
static inline void wpp_compiled_out_(int flag_bit, ...) {
    (void)flag_bit;
}
#ifdef WPP_USE_TRACE_LEVELS
#define DoTraceMessage(LEVEL, MSG, ...) \
    (0 ? wpp_compiled_out_(0, (LEVEL), MSG __VA_OPT__(, ) __VA_ARGS__) : (void)0)
#else
#define DoTraceMessage(FLAG, MSG, ...) \
    (0 ? wpp_compiled_out_(WPP_BIT_##FLAG, MSG __VA_OPT__(, ) __VA_ARGS__) : (void)0)
#endif
#define TraceEvents(LEVEL, FLAGS, MSG, ...) \
    (0 ? wpp_compiled_out_(WPP_BIT_##FLAGS, (LEVEL), MSG __VA_OPT__(, ) __VA_ARGS__) : (void)0)
#define DbgPrintEx(COMPONENT, LEVEL, MSG, ...) \
    (0 ? wpp_compiled_out_(0, (COMPONENT), (LEVEL), MSG __VA_OPT__(, ) __VA_ARGS__) : (void)0)
#define DbgPrint(MSG, ...) (0 ? wpp_compiled_out_(0, MSG __VA_OPT__(, ) __VA_ARGS__) : (void)0)
#define KdPrintEx(ARGS) DbgPrintEx ARGS
#define KdPrint(ARGS) DbgPrint ARGS
/* Unless the driver's trace.h has its own (as WDK samples do before their .tmh). */
#ifndef WPP_FLAG_ENABLED
#define WPP_FLAG_ENABLED(FLAG) ((void)WPP_BIT_##FLAG, 0)
#endif
#ifndef WPP_LEVEL_ENABLED
#define WPP_LEVEL_ENABLED(FLAG) WPP_FLAG_ENABLED(FLAG)
#endif
#ifndef WPP_LEVEL_FLAGS_ENABLED
#define WPP_LEVEL_FLAGS_ENABLED(LEVEL, FLAGS) ((void)(LEVEL), (void)WPP_BIT_##FLAGS, 0)
#endif
/* Arguments named, never evaluated: WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver)) is often
   the only use of an unload callback's parameter. */
#define WPP_INIT_TRACING(...) (0 ? wpp_compiled_out_(0, __VA_ARGS__) : (void)0)
#define WPP_CLEANUP(...) (0 ? wpp_compiled_out_(0 __VA_OPT__(, ) __VA_ARGS__) : (void)0)
#define WPP_SYSTEMCONTROL(DriverObject) ((void)sizeof(DriverObject))
#define WPP_SYSTEMCONTROL2(DriverObject, Offset) ((void)sizeof(DriverObject), (void)sizeof(Offset))
#else /* !WPPTRACE_COMPILED_OUT: the rest of this file */

/* The GUIDs and flag names, for the catalog. */
#define WPP_GUID_FIELDS_(a, b, c, d, e) 0x##a, 0x##b, 0x##c, 0x##d, 0, 0x##e##ull
#define WPP_DEFINE_BIT(Name) #Name "\n"
#define WPP_DEFINE_CONTROL_GUID(Name, Guid, Bits) {#Name, WPP_GUID_FIELDS_ Guid, "" Bits},
static const struct wpp_control_desc wpp_control_descs_[]
    __attribute__((unused)) = {WPP_CONTROL_GUIDS};
#undef WPP_DEFINE_BIT
#undef WPP_DEFINE_CONTROL_GUID

/* The driver's name: WPP_MODULE_NAME, else the first control GUID's name. */
#ifdef WPP_MODULE_NAME
static const char wpp_module_name_[] __attribute__((unused)) = WPP_MODULE_NAME;
#else
#define WPP_FIRST_(...) WPP_FIRST__(__VA_ARGS__)
#define WPP_FIRST__(First, ...) First
#define WPP_DEFINE_BIT(Name)
#define WPP_DEFINE_CONTROL_GUID(Name, Guid, Bits) #Name,
static const char wpp_module_name_[] __attribute__((unused)) = WPP_FIRST_(WPP_CONTROL_GUIDS);
#undef WPP_DEFINE_BIT
#undef WPP_DEFINE_CONTROL_GUID
#endif

/* Module-wide state, one copy per driver binary (weak, hidden): the control blocks, the list
   of C++ sites, and the bounds of the C sites' pointer section. The blocks are always
   WPP_MAX_CONTROLS long: a static library compiled with fewer control GUIDs than the driver that
   links it defines the same symbol, and whichever definition the linker keeps must hold all of
   the driver's. As in WPP, control index i of the library is control i of the driver (which
   repeats its libraries' control GUIDs first). */
WPP_EXTERN_C_BEGIN
__attribute__((weak, visibility("hidden"))) struct wpp_control_block WPP_MAIN_CB[WPP_MAX_CONTROLS];
__attribute__((weak, visibility("hidden"))) struct wpp_site* wpp_linked_sites;
extern struct wpp_site* const __start_wpp_site_ptrs[] __attribute__((weak, visibility("hidden")));
extern struct wpp_site* const __stop_wpp_site_ptrs[] __attribute__((weak, visibility("hidden")));
/* The driver's in-flight recorder (NULL while it records none: before WPP_INIT_TRACING, after
   WPP_CLEANUP, or WPPTRACE_IFR=off) and each thread's ring index in it (detail/ifr_write.h). */
__attribute__((weak, visibility("hidden"))) struct wpp_ifr* wpp_ifr_module_;
__attribute__((weak, visibility("hidden"))) __thread struct wpp_ifr_thread wpp_ifr_thread_;
/* The log of the current call: none here; an IFRLOG trace function declares its own (func.h). */
static struct wpp_ifr* const wpp_ifr_log_ __attribute__((unused)) = 0;
WPP_EXTERN_C_END

/* A driver unloaded without WPP_CLEANUP must not leave the runtime holding its control blocks
   (they are unmapped with it). Every translation unit gets this; the runtime ignores repeats. */
__attribute__((destructor, unused)) static void wpp_module_unloading_(void) {
    wpptrace_ifr_close_module(&wpp_ifr_module_);
    wpptrace_module_unloading(WPP_MAIN_CB, wpp_module_name_);
}

/* ---- the hot path ------------------------------------------------------------------------ */
#ifdef __cplusplus
#include "detail/trace_cpp.hpp"
#else
#include "detail/trace_c.h"
#endif

/* ---- WPP's gating macros -------------------------------------------------------------------- */
/* The vocabulary drivers' own WPP_<conditions>_ENABLED macros are written in, as WPP's templates
   define it: WPP_CONTROL(WPP_BIT_x).Level / .Flags[WPP_FLAG_NO(WPP_BIT_x)] & WPP_MASK(WPP_BIT_x).
   WPP_BIT_x here is control * 32 + bit, and each control holds its flags in one word. */
#define WPP_CONTROL(BIT) (WPP_MAIN_CB[(BIT) >> 5])
#define WPP_MASK(BIT) (1u << ((BIT)&31))
#define WPP_FLAG_NO(BIT) (0 * (BIT))
#define WPP_CTRL_NO(BIT) ((BIT) >> 5)
/* True when messages of this flag are recorded: gate open and the driver's in-flight recorder
   on or a session listening (to any level: the flag has none). A driver's trace.h may define these
   itself, as WDK samples do before their .tmh (see func.h). */
#ifndef WPP_FLAG_ENABLED
#define WPP_FLAG_ENABLED(FLAG)                                                               \
    ((wpp_enabled_flags(&WPP_CONTROL(WPP_BIT_##FLAG), 0) & WPP_MASK(WPP_BIT_##FLAG)) != 0 && \
     (wpp_ifr_module_ || wpp_any_tracepoint_enabled()))
#endif
#ifdef WPP_USE_TRACE_LEVELS
/* The driver traces by level alone (DoTraceMessage(TRACE_LEVEL_ERROR, ...)): the level is
   compared with what the controller asked of the first control, as WPP's templates do. */
#ifndef WPP_LEVEL_ENABLED
#define WPP_LEVEL_ENABLED(LEVEL) \
    (wpp_enabled_flags(&WPP_MAIN_CB[0], (LEVEL)) != 0 && WPP_RECORDING_(LEVEL))
#endif
#ifndef WPP_LEVEL_LOGGER
#define WPP_LEVEL_LOGGER(LEVEL) 0
#endif
#endif
#ifndef WPP_LEVEL_ENABLED
#define WPP_LEVEL_ENABLED(FLAG) WPP_FLAG_ENABLED(FLAG) /* WPP's historic name: LEVEL is a flag */
#endif
#ifndef WPP_LEVEL_FLAGS_ENABLED
#define WPP_LEVEL_FLAGS_ENABLED(LEVEL, FLAGS)                                                   \
    ((wpp_enabled_flags(&WPP_CONTROL(WPP_BIT_##FLAGS), (LEVEL)) & WPP_MASK(WPP_BIT_##FLAGS)) != \
         0 &&                                                                                   \
     WPP_RECORDING_(LEVEL))
#endif
/* WPP's loggers: here the control index of the flag. Generated trace functions do not use the
   user's _LOGGER macros (the control comes from the FLAGS condition); these make them valid. */
#ifndef WPP_FLAG_LOGGER
#define WPP_FLAG_LOGGER(FLAG) ((WPP_BIT_##FLAG) >> 5)
#endif
#ifndef WPP_LEVEL_LOGGER
#define WPP_LEVEL_LOGGER(FLAG) WPP_FLAG_LOGGER(FLAG)
#endif
#ifndef WPP_LEVEL_FLAGS_LOGGER
#define WPP_LEVEL_FLAGS_LOGGER(LEVEL, FLAGS) WPP_FLAG_LOGGER(FLAGS)
#endif

/* ---- trace calls ---------------------------------------------------------------------------- */
#ifdef WPP_USE_TRACE_LEVELS
#define DoTraceMessage(LEVEL, MSG, ...) \
    WPP_TRACE_(0, 0xffffffffu, 0, (LEVEL), #LEVEL, "", MSG __VA_OPT__(, ) __VA_ARGS__)
#else
#define DoTraceMessage(FLAG, MSG, ...)                                                           \
    WPP_TRACE_((WPP_BIT_##FLAG) >> 5, WPP_MASK(WPP_BIT_##FLAG), WPP_MASK(WPP_BIT_##FLAG), 0, "", \
               #FLAG, MSG __VA_OPT__(, ) __VA_ARGS__)
#endif
#define TraceEvents(LEVEL, FLAGS, MSG, ...)                                                  \
    WPP_TRACE_((WPP_BIT_##FLAGS) >> 5, WPP_MASK(WPP_BIT_##FLAGS), WPP_MASK(WPP_BIT_##FLAGS), \
               (LEVEL), #LEVEL, #FLAGS, MSG __VA_OPT__(, ) __VA_ARGS__)
/* DbgPrintEx traces under the first control GUID, at the mapped level, whatever its flags. */
#define DbgPrintEx(COMPONENT, LEVEL, MSG, ...)                                          \
    WPP_TRACE_(0, 0xffffffffu, 0, wpp_dpfltr_to_trace_level(LEVEL), #LEVEL, #COMPONENT, \
               MSG __VA_OPT__(, ) __VA_ARGS__)
#define DbgPrint(MSG, ...) \
    DbgPrintEx(DPFLTR_DEFAULT_ID, DPFLTR_INFO_LEVEL, MSG __VA_OPT__(, ) __VA_ARGS__)
#define KdPrintEx(ARGS) DbgPrintEx ARGS
#define KdPrint(ARGS) DbgPrint ARGS

/* ---- lifetime ------------------------------------------------------------------------------- */
/* WPP_INIT_TRACING(DriverObject, RegistryPath) (kernel, UMDF 2) or WPP_INIT_TRACING(L"App"). */
#define WPP_INIT_TRACING(...) \
    WPP_INIT_SELECT_(__VA_ARGS__, WPP_INIT_TRACING_KM_, WPP_INIT_TRACING_UM_, )(__VA_ARGS__)
#define WPP_INIT_SELECT_(A, B, MACRO, ...) MACRO
#define WPP_INIT_TRACING_KM_(DriverObject, RegistryPath) WPP_INIT_(DriverObject, RegistryPath, 0)
#define WPP_INIT_TRACING_UM_(AppName) WPP_INIT_(0, 0, AppName)
#define WPP_INIT_(DRIVER, REGISTRY, APP)                                                      \
    do {                                                                                      \
        static const struct wpp_module_desc wpp_module_ = {                                   \
            WPP_MODULE_MAGIC,      WPP_CONTROL_COUNT_,   0,                                   \
            wpp_module_name_,      wpp_control_descs_,   WPP_MAIN_CB,                         \
            __start_wpp_site_ptrs, __stop_wpp_site_ptrs, &wpp_linked_sites};                  \
        wpptrace_init_module(&wpp_module_, (const void*)(DRIVER), (const void*)(REGISTRY),    \
                             (const wchar_t*)(APP));                                          \
        wpptrace_ifr_open_module_v2(&wpp_module_, &wpp_ifr_module_, (const void*)(REGISTRY)); \
    } while (0)
/* WPP_CLEANUP(DriverObject) or WPP_CLEANUP(). */
#define WPP_CLEANUP(...)                          \
    (wpptrace_ifr_close_module(&wpp_ifr_module_), \
     wpptrace_cleanup_module(WPP_MAIN_CB) __VA_OPT__(, (void)(__VA_ARGS__)))

/* WPP_SYSTEMCONTROL(DriverObject): WPP's templates point IRP_MJ_SYSTEM_CONTROL at their WMI
   handler only for Windows 2000; later systems enable tracing through ETW, and here through
   LTTng, so there is nothing to route. The argument is named, not evaluated, as in WPP (whose
   macro expands to nothing). */
#define WPP_SYSTEMCONTROL(DriverObject) ((void)sizeof(DriverObject))
#define WPP_SYSTEMCONTROL2(DriverObject, Offset) ((void)sizeof(DriverObject), (void)sizeof(Offset))

#endif /* WPPTRACE_COMPILED_OUT */

#endif /* WPP_WPP_H */
