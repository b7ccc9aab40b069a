/*
 * trace.h - the WPP configuration of a WFP callout shaped like the WDK's stream-edit sample
 * (stmedit), written as that sample writes it: its control GUID and three CO_* flags, a list
 * type for the inline editor's state, an enum type resolved from the WFP header, and the
 * sample's HEXDUMP complex type (reported unsupported: %!HEXDUMP! is a built-in type here).
 */
#ifndef STMEDIT_TRACE_H
#define STMEDIT_TRACE_H

#define WPP_CONTROL_GUIDS                                                            \
    WPP_DEFINE_CONTROL_GUID(CtlGuid, (524F4849, 5420, 5241, 494E, 41205A9EEF01),     \
                            WPP_DEFINE_BIT(CO_ENTER_EXIT) WPP_DEFINE_BIT(CO_GENERAL) \
                                WPP_DEFINE_BIT(CO_REFCOUNT))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

// begin_wpp config
// FUNC DoTraceLevelMessage(LEVEL, FLAGS, MSG, ...);
// CUSTOM_TYPE(InlineState, ItemListLong(Idle, Skipping, Modifying, Scanning));
// CUSTOM_TYPE(FWPS_NOTIFY, ItemEnum(FWPS_CALLOUT_NOTIFY_TYPE));
// DEFINE_CPLX_TYPE(HEXDUMP, WPP_LOGHEXDUMP, xstr_t, ItemHEXDump, "s", _HEX_, 0, 2);
// end_wpp

#endif /* STMEDIT_TRACE_H */
