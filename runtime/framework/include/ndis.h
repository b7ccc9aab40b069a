/* ndis.h - NDIS for the network drivers that include it (WFP callouts among them): the kernel
 * headers plus the address and interface types network code shares; net buffer lists are
 * declared with fwpsk.h. */
#ifndef WPPTRACE_NDIS_H
#define WPPTRACE_NDIS_H
#include "ifdef.h"
#include "ntddk.h"
#include "ws2ipdef.h"
#endif
