/* The probes of provider `wpp`, once per process: every driver only references them. */
#define LTTNG_UST_TRACEPOINT_CREATE_PROBES
#define LTTNG_UST_TRACEPOINT_DEFINE
#include <wpp/tracepoint.h>
