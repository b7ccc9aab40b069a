/* The driver's WPP configuration, as a WDK project's trace.h has it. */
#pragma once

#define WPP_CONTROL_GUIDS                                                          \
    WPP_DEFINE_CONTROL_GUID(HelloGuid, (6b1f0a52, 4c3e, 4d7a, 8e21, 5a9c3b7d1e04), \
                            WPP_DEFINE_BIT(HELLO_GENERAL))
