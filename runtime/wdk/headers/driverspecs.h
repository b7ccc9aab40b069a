/* driverspecs.h - the driver annotations (_IRQL_requires_max_, _Dispatch_type_, __drv_*): part of
 * our sal.h, which defines the whole annotation vocabulary as empty. */
#ifndef WPPTRACE_DRIVERSPECS_H
#define WPPTRACE_DRIVERSPECS_H
#include "sal.h"
#endif
