/* csq.h - the WDK's cancel-safe queue header: the declarations are in km/io_csq.h (<wdm.h>). */
#ifndef WPPTRACE_CSQ_H
#define WPPTRACE_CSQ_H
#include <wdm.h>
#endif
