/* The probes of provider `wpp_catalog`, used by the runtime alone. */
#define LTTNG_UST_TRACEPOINT_CREATE_PROBES
#define LTTNG_UST_TRACEPOINT_DEFINE
#include "catalog_tracepoint.h"
