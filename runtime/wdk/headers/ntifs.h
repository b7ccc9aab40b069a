/* ntifs.h - the file-system and filter driver declarations: a superset of ntddk.h. */
#ifndef WPPTRACE_NTIFS_H
#define WPPTRACE_NTIFS_H
#include "ntddk.h"
#endif
