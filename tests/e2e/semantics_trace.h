/* The module macro_semantics_test traces as: its C++ test and its C part share the control GUID
   (one module, one WPP_MAIN_CB). */
#ifndef SEMANTICS_TRACE_H
#define SEMANTICS_TRACE_H

#define WPP_CONTROL_GUIDS                                                              \
    WPP_DEFINE_CONTROL_GUID(SemanticsGuid, (0b1e2d3c, 4a5b, 6c7d, 8e9f, a0b1c2d3e4f5), \
                            WPP_DEFINE_BIT(FLAG_A) WPP_DEFINE_BIT(FLAG_B))
#include <wpp/wpp.h>

#ifdef __cplusplus
extern "C" {
#endif
/* Traces extended types from C (macro_semantics_c.c): the _Generic path. */
void semantics_trace_extended_from_c(void);
#ifdef __cplusplus
}
#endif

#endif
