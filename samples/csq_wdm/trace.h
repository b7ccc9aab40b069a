/*
 * trace.h - WPP configuration of the csq_wdm sample: its control GUID and flags, and the
 * WPP_LEVEL_FLAGS pair that gates its trace function, CsqTrace(LEVEL, FLAGS, MSG, ...), which
 * the build declares to tracewpp (-func:, see CMakeLists.txt); tracewpp writes csq_wdm.tmh.
 */
#ifndef CSQ_WDM_TRACE_H
#define CSQ_WDM_TRACE_H

#define WPP_CONTROL_GUIDS                                                                \
    WPP_DEFINE_CONTROL_GUID(CsqWdmTraceGuid, (6f1d0c42, 8a3b, 4c5e, 9d27, 1e4b8a6c3f90), \
                            WPP_DEFINE_BIT(DBG_INIT)  /* 0x0001 */                       \
                            WPP_DEFINE_BIT(DBG_PNP)   /* 0x0002 */                       \
                            WPP_DEFINE_BIT(DBG_QUEUE) /* 0x0004 */                       \
                            WPP_DEFINE_BIT(DBG_IO)    /* 0x0008 */                       \
                            WPP_DEFINE_BIT(DBG_CANCEL) /* 0x0010 */)

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags) \
    (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

#endif /* CSQ_WDM_TRACE_H */
