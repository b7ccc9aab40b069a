/* ndis.h - NDIS for the network drivers that include it (WFP callouts among them); the WFP side
 * (net buffer lists) is declared with fwpsk.h. */
#ifndef WPPTRACE_NDIS_H
#define WPPTRACE_NDIS_H
#include "ntddk.h"
#endif
