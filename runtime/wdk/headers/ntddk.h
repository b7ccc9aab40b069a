/* ntddk.h - what the WDK's ntddk.h gives a driver: wdm.h's declarations plus the ones for
 * drivers that are not pure WDM; wpptrace keeps them all in wdm.h and its km/ headers. */
#ifndef WPPTRACE_NTDDK_H
#define WPPTRACE_NTDDK_H
#include "wdm.h"
#endif
