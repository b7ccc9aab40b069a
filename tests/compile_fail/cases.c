/* C: what C can refuse at compile time (unknown names), and what the build refuses after the
   link (`wpptrace catalog --check`): formats that do not match their arguments. */
#include "trace_config.h"

void trace_calls(int value, const char* name, long long big) {
    (void)value, (void)name, (void)big;
#if defined(CASE_OK)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "value %d name %s big %I64d", value, name, big);
    DoTraceMessage(FLAG_B, "%p %ws", (void*)name, L"wide");
    KdPrint(("no arguments"));
#elif defined(CASE_UNKNOWN_FLAG)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_C, "value %d", value);
#elif defined(CASE_STRING_FOR_INTEGER)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "value %d", name);
#elif defined(CASE_64_BIT_FOR_32_BIT)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "big %u", big);
#endif
}
