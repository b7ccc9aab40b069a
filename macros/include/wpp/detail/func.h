/*
 * wpp/detail/func.h - the machinery behind the trace functions a generated .tmh declares.
 *
 * `wpptrace-tracewpp` (macros/tracewpp) turns each `FUNC Name(COND..., MSG, ...)` of a driver's
 * WPP configuration into one macro over WPP_TRACE_GATED_, the hot path of the built-in trace
 * calls. A generated function, e.g. for `FUNC TraceEvents(LEVEL, FLAGS, MSG, ...)`, reads
 *
 *   #define TraceEvents(LEVEL, FLAGS, MSG, ...)                                              \
 *       WPP_FUNC_PRE_(WPP_LEVEL_FLAGS_PRE(LEVEL, FLAGS))                                     \
 *       WPP_TRACE_GATED_(WPP_FUNC_GATE_(WPP_LEVEL_FLAGS_ENABLED(LEVEL, FLAGS)),              \
 *                        WPP_FUNC_CTL_(FLAGS), WPP_FUNC_MASK_(FLAGS), (LEVEL), #LEVEL, #FLAGS, \
 *                        0, MSG __VA_OPT__(, ) __VA_ARGS__)                                  \
 *       WPP_LEVEL_FLAGS_POST(LEVEL, FLAGS)
 *
 * How a FUNC's conditions become the recorded message (also in the README):
 *   - the gate is the user's WPP_<conditions>_ENABLED(...) (condition names in order, fixed
 *     ones first, IFRLOG left out, `WPP__ENABLED()` without conditions); the .tmh defines a
 *     default when the driver did not (our own enable state for the level and flag). Then the
 *     module must be initialised (WPP_CHECK_INIT) and the message go somewhere: the driver's
 *     in-flight recorder, or a session recording the level's LTTng event; arguments are
 *     evaluated only after all three said yes. With the WDK's usual
 *     `WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl`, a disabled call
 *     is one relaxed load and a branch.
 *   - the flag is the FLAGS or FLAG condition (or DoTraceMessage's LEVEL when there is neither:
 *     WPP's "bad choice"); it gives the control index (WPP_BIT_<flag> >> 5) and the flag mask.
 *     Without one, the message is under control 0 with no flag.
 *   - the level is the LEVEL condition (TRACE_LEVEL_*), mapped from DPFLTR_*_LEVEL when the
 *     function also has a COMPID; without one the message is recorded as wpp:message (level 0).
 *   - PRE and POST (WPP_<conditions>_PRE / _POST) surround the call when the driver defines
 *     them ("trace-if": `{if (HR != STATUS_SUCCESS) {` ... `;}}`).
 *   - USEPREFIX / USESUFFIX / NOPREFIX text is joined to MSG at compile time, and the site says
 *     so (WPP_SITE_PREFIX_IN_FORMAT): the decoder renders %!STDPREFIX! where the format has it.
 *   - CUSTOM_TYPE declarations become records of the module (WPP_CUSTOM_TYPE_) that the decoder
 *     reads to render %!name! by name.
 */
#ifndef WPP_DETAIL_FUNC_H
#define WPP_DETAIL_FUNC_H

#include "../recorder.h"

/* A parenthesized message group after other parameters, RT_TRACE(COMP, LEVEL, ("x %d", x)):
   the generated macro applies the real one to the parameters and the group's contents. */
#define WPP_FUNC_UNPAREN_(...) __VA_ARGS__
#define WPP_FUNC_APPLY_(MACRO, ...) MACRO(__VA_ARGS__)

#ifdef WPPTRACE_COMPILED_OUT
/* Tracing compiled out (wpp.h): a generated function names its arguments and evaluates none;
   the gate, the flag and the level are not even expanded; custom types declare nothing. */
#define WPP_TRACE_GATED_(GATE, CTL, FLAG_MASK, LEVEL, LEVEL_TEXT, FLAGS_TEXT, ATTRIBUTES, MSG, \
                         ...)                                                                  \
    (0 ? wpp_compiled_out_(0, MSG __VA_OPT__(, ) __VA_ARGS__) : (void)0)
#define WPP_CUSTOM_TYPE_(NAME, DEFINITION) extern int wpp_custom_type_compiled_out_
#define WPP_FUNC_IFRLOG_(IFRLOG) ((void)sizeof(IFRLOG))
#else

/* The module has been initialised: its sites have ids. WPP skips calls made before
   WPP_INIT_TRACING the same way; a driver may define WPP_CHECK_INIT empty to drop the check. */
#ifndef WPP_CHECK_INIT
#define WPP_CHECK_INIT (wpp_site_.id != 0)&&
#endif

/* NULL strings are always recorded as "NULL" here: WPP_CHECK_FOR_NULL_STRING changes nothing. */

/* The gate: the user's ENABLED, then the init check (WPP_TRACE_GATED_ then asks whether the
   recorder or the level's LTTng event takes the message). */
#define WPP_FUNC_GATE_(ENABLED) ((ENABLED) && WPP_CHECK_INIT 1)

/* Our own enable state, for functions whose driver defines no ENABLED macro. */
#define WPP_FUNC_FLAG_ENABLED_(FLAG, LEVEL) \
    ((wpp_enabled_flags(&WPP_CONTROL(WPP_BIT_##FLAG), (LEVEL)) & WPP_MASK(WPP_BIT_##FLAG)) != 0)
#define WPP_FUNC_LEVEL_ENABLED_(LEVEL) (wpp_enabled_flags(&WPP_MAIN_CB[0], (LEVEL)) != 0)

/* Control index and flag mask of a flag name. */
#define WPP_FUNC_CTL_(FLAG) ((unsigned)(WPP_BIT_##FLAG) >> 5)
#define WPP_FUNC_MASK_(FLAG) WPP_MASK(WPP_BIT_##FLAG)

/* IFRLOG names a WppRecorder log: the call's message goes into that log's recorder (the
   driver's own for the default log) instead of the driver's; the local hides wpp.h's null
   wpp_ifr_log_ for the trace call that follows in the same block. */
#define WPP_FUNC_IFRLOG_(IFRLOG) struct wpp_ifr* const wpp_ifr_log_ = wpp_ifr_of_log_(IFRLOG)

/* One CUSTOM_TYPE declaration of the module: NAME is the type's name, DEFINITION its text
   ("ItemListLong(Idle,Busy)", "ItemEnum(_MachineState){Offline=0,Online=1}"). Placed at file
   scope; every translation unit that includes a .tmh has them, and the runtime and the decoder
   see the repeats as one record (file "" and line 0). */
#define WPP_CUSTOM_TYPE_(NAME, DEFINITION)                                                   \
    static struct wpp_site wpp_custom_type_##NAME##_ = WPP_SITE_INIT_(                       \
        0, WPP_SITE_CUSTOM_TYPE, 0, 0, wpp_module_name_, "", "", "", #NAME, DEFINITION, ""); \
    static struct wpp_site* wpp_custom_type_##NAME##_ptr_                                    \
        __attribute__((section(WPP_SITE_PTRS_SECTION), used)) = &wpp_custom_type_##NAME##_

#endif /* WPPTRACE_COMPILED_OUT */
#endif /* WPP_DETAIL_FUNC_H */
