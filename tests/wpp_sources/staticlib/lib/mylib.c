/* mylib.c - a static library that traces under its own control GUID. */
#include <wdm.h>

#include "mylib.h"
#include "trace.h"

#include "mylib.tmh"

int MyLibChecksum(const unsigned char* data, int length) {
    int sum = 0;
    DoTraceMessage(Noise, "MyLibChecksum of %d bytes", length);
    for (int i = 0; i < length; ++i) sum += data[i];
    if (sum == 0) LibTrace(TRACE_LEVEL_WARNING, Unusual, "all %d bytes are zero", length);
    return sum;
}
