/*
 * trace.h - WPP configuration of the Memo sample: its control GUID (this sample's own value),
 * its flags, the WPP_LEVEL_FLAGS pair that gates TraceEvents(LEVEL, FLAGS, MSG, ...), and the
 * config block tracewpp reads to write memo.tmh.
 */
#ifndef MEMO_TRACE_H
#define MEMO_TRACE_H

#define WPP_CONTROL_GUIDS                                                              \
    WPP_DEFINE_CONTROL_GUID(MemoTraceGuid, (3c9e5a17, 84d2, 4f6b, 9a3e, 1d7c5b2e8f40), \
                            WPP_DEFINE_BIT(DBG_INIT)   /* 0x0001 */                    \
                            WPP_DEFINE_BIT(DBG_PNP)    /* 0x0002 */                    \
                            WPP_DEFINE_BIT(DBG_FILE)   /* 0x0004 */                    \
                            WPP_DEFINE_BIT(DBG_IOCTL)  /* 0x0008 */                    \
                            WPP_DEFINE_BIT(DBG_QUEUE)) /* 0x0010 */

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

/*
 * begin_wpp config
 * FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
 * end_wpp
 */

#endif /* MEMO_TRACE_H */
