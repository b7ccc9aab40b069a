/*
 * wpp/detail/trace_gated.h - the one skeleton of a trace call, for C (trace_c.h) and C++
 * (trace_cpp.hpp) alike: the site record, the gate, the level's event, then the recording path.
 *
 * The language that includes this file first defines its two hooks:
 *   WPP_LANG_DECLARE_(MSG, ...)     declares what the record says about the message: the
 *                                   argument type codes (C++: also the checked format and the
 *                                   function's name), before the record;
 *   WPP_LANG_EMIT_(FLAG_MASK, ...)  packs the arguments into words and emits the event, on the
 *                                   recording path only (wpp_level_ and wpp_site_ are in scope);
 * and how it spells the record's language-dependent parts: WPP_LANG_SITE_ (the record's
 * storage and type), WPP_LANG_FUNCTION_, WPP_LANG_FORMAT_(MSG), WPP_LANG_TYPES_,
 * WPP_LANG_ATTRIBUTES_(MSG) (bits the message itself implies) and WPP_LANG_REGISTER_SITE_ (how
 * WPP_INIT_TRACING finds the record).
 */
#ifndef WPP_DETAIL_TRACE_GATED_H
#define WPP_DETAIL_TRACE_GATED_H

/* The recorder a call writes to: the log an IFRLOG trace function names (a local
   `wpp_ifr_log_` hides wpp.h's null one), else the driver's own (NULL when it records none). */
#define WPP_IFR_CURRENT_ (wpp_ifr_log_ ? wpp_ifr_log_ : wpp_ifr_module_)
/* Whether a message of LEVEL goes anywhere: into the recorder, or to an LTTng session. */
#define WPP_RECORDING_(LEVEL) (WPP_IFR_CURRENT_ || wpp_tracepoint_enabled(LEVEL))

/* One trace call. CTL: control index; GATE_MASK: flag bits that let it through; FLAG_MASK: the
   flags it records. The arguments are evaluated once, in order, and only when it records. */
#define WPP_TRACE_(CTL, GATE_MASK, FLAG_MASK, LEVEL, LEVEL_TEXT, FLAGS_TEXT, MSG, ...)             \
    WPP_TRACE_GATED_((wpp_enabled_flags(&WPP_MAIN_CB[(CTL)], wpp_level_) & (GATE_MASK)) != 0, CTL, \
                     FLAG_MASK, LEVEL, LEVEL_TEXT, FLAGS_TEXT, 0, MSG __VA_OPT__(, ) __VA_ARGS__)

/* The same with the gate as an expression (it may read wpp_level_ and wpp_site_): a generated
   trace function's WPP_<conditions>_ENABLED, see func.h. ATTRIBUTES: WPP_SITE_* bits. */
#define WPP_TRACE_GATED_(GATE, CTL, FLAG_MASK, LEVEL, LEVEL_TEXT, FLAGS_TEXT, ATTRIBUTES, MSG,     \
                         ...)                                                                      \
    do {                                                                                           \
        WPP_LANG_DECLARE_(MSG __VA_OPT__(, ) __VA_ARGS__)                                          \
        WPP_LANG_SITE_ wpp_site_ =                                                                 \
            WPP_SITE_INIT_(__LINE__, (ATTRIBUTES) | WPP_LANG_ATTRIBUTES_(MSG), (CTL), (FLAG_MASK), \
                           wpp_module_name_, __FILE__, WPP_LANG_FUNCTION_, LEVEL_TEXT, FLAGS_TEXT, \
                           WPP_LANG_FORMAT_(MSG), WPP_LANG_TYPES_);                                \
        WPP_LANG_REGISTER_SITE_                                                                    \
        const unsigned wpp_level_ = (LEVEL);                                                       \
        if (__builtin_expect(!!(GATE), 0) && WPP_RECORDING_(wpp_level_)) {                         \
            WPP_LANG_EMIT_(FLAG_MASK __VA_OPT__(, ) __VA_ARGS__)                                   \
        }                                                                                          \
    } while (0)

#endif /* WPP_DETAIL_TRACE_GATED_H */
