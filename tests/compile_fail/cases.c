/* C: what C can refuse at compile time (unknown names), and what the build refuses after the
   link (`wpptrace catalog --check`): formats that do not match their arguments. */
#include "trace_config.h"

void trace_calls(int value, const char* name, long long big, const GUID* guid, void* sid) {
    (void)value, (void)name, (void)big, (void)guid, (void)sid;
#if defined(CASE_OK)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "value %d name %s big %I64d", value, name, big);
    DoTraceMessage(FLAG_B, "%p %ws", (void*)name, L"wide");
    KdPrint(("no arguments"));
    DoTraceMessage(FLAG_A, "%!FUNC!: %!STATUS! %!GUID! %!sid! %!HEXDUMP! %!TIMESTAMP! %!bool!",
                   value, guid, sid, WppHexDump(name, 4), big, value);
#elif defined(CASE_UNKNOWN_FLAG)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_C, "value %d", value);
#elif defined(CASE_STRING_FOR_INTEGER)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "value %d", name);
#elif defined(CASE_64_BIT_FOR_32_BIT)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "big %u", big);
#elif defined(CASE_VOID_POINTER_FOR_GUID)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "interface %!GUID!", sid);
#elif defined(CASE_64_BIT_FOR_STATUS)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "%!FUNC! failed: %!STATUS!", big);
#elif defined(CASE_FLAGS_IN_MESSAGE)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "flags %!FLAGS! %d", value);
#endif
}
