/* wmilib.h - the WMI library for WDM drivers (WmiSystemControl, WmiCompleteRequest and the
 * WMILIB_CONTEXT callbacks): declared in km/wmi.h, which wdm.h includes, and implemented in
 * runtime/wdk/framework/src/io_wmi.cpp. */
#ifndef WPPTRACE_WMILIB_H
#define WPPTRACE_WMILIB_H
#include "wdm.h"
#endif
