/* The control GUID the compile-fail snippets trace under. */
#define WPP_CONTROL_GUIDS                                                            \
    WPP_DEFINE_CONTROL_GUID(CompileFail, (5f2c0d1e, 3b4a, 4c5d, 8e6f, 7a8b9c0d1e2f), \
                            WPP_DEFINE_BIT(FLAG_A) WPP_DEFINE_BIT(FLAG_B))
#include <wpp/wpp.h>
