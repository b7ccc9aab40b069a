/* evntrace.h - event tracing's trace levels (TRACE_LEVEL_*, as wpp/levels.h defines them for the
 * WPP macros) and the trace flags kernel loggers use. */
#ifndef WPPTRACE_EVNTRACE_H
#define WPPTRACE_EVNTRACE_H
#include <wpp/levels.h>
#include "guiddef.h"
#include "km/ntdef_types.h"
#define EVENT_TRACE_TYPE_INFO 0x00
#define EVENT_TRACE_TYPE_START 0x01
#define EVENT_TRACE_TYPE_END 0x02
#define EVENT_TRACE_TYPE_STOP 0x02
#define EVENT_TRACE_FLAG_PROCESS 0x00000001
#define EVENT_TRACE_FLAG_THREAD 0x00000002
#define EVENT_TRACE_FLAG_IMAGE_LOAD 0x00000004
#define EVENT_TRACE_FLAG_DISK_IO 0x00000100
#define EVENT_TRACE_FLAG_NETWORK_TCPIP 0x00010000
#endif
