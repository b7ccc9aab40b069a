/* wmistr.h - WMI's data structures (WNODE_*, registration info): declared with the rest of the
 * WMI support in km/wmi.h, which wdm.h includes. */
#ifndef WPPTRACE_WMISTR_H
#define WPPTRACE_WMISTR_H
#include "wdm.h"
#endif
