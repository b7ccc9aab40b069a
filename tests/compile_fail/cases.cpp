// Each CASE_* must fail to compile with the message its test expects; CASE_OK must compile.
#include "trace_config.h"

struct Point {
    int x, y;
};

void trace_calls(int value, const char* name, long long big, Point point) {
    (void)value, (void)name, (void)big, (void)point;
#if defined(CASE_OK)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "value %d name %s big %I64d %lld", value, name, big,
                big);
    DoTraceMessage(FLAG_B, "%p %hd %c %.2f %ws", static_cast<void*>(&point), value, 'x', 1.5, L"w");
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "%u%%", 5u);
    KdPrint(("no arguments"));
    enum MachineState { Offline, Online } state = Online;
    const GUID guid{};
    const unsigned char mac[6] = {};
    DoTraceMessage(FLAG_A, "%!FUNC!: %!STATUS! %!GUID! %!MACADDR! %!BIN! %!delta! %!state! %!FILE!",
                   value, &guid, mac, WppBinary(name, 3), big, state);
#elif defined(CASE_STRING_FOR_INTEGER)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "value %d", name);
#elif defined(CASE_INTEGER_FOR_STRING)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "ok %d then %s", value, value);
#elif defined(CASE_64_BIT_FOR_32_BIT)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "big %d", big);
#elif defined(CASE_TOO_FEW_ARGUMENTS)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "%d %d", value);
#elif defined(CASE_TOO_MANY_ARGUMENTS)
    DoTraceMessage(FLAG_A, "%d", value, value);
#elif defined(CASE_STAR_WIDTH)
    DoTraceMessage(FLAG_A, "%*d", 4, value);
#elif defined(CASE_STRUCT_BY_VALUE)
    DoTraceMessage(FLAG_A, "%p", point);
#elif defined(CASE_UNKNOWN_FLAG)
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_C, "value %d", value);
#elif defined(CASE_NARROW_FOR_WIDE)
    DoTraceMessage(FLAG_A, "%ws", name);
#elif defined(CASE_VOID_POINTER_FOR_GUID)
    DoTraceMessage(FLAG_A, "interface %!GUID!", static_cast<const void*>(name));
#elif defined(CASE_64_BIT_FOR_STATUS)
    DoTraceMessage(FLAG_A, "%!FUNC! failed: %!STATUS!", big);
#elif defined(CASE_POINTER_FOR_HEXDUMP)
    DoTraceMessage(FLAG_A, "%!HEXDUMP!", name);
#elif defined(CASE_INTEGER_FOR_MACADDR)
    DoTraceMessage(FLAG_A, "%!MACADDR!", value);
#elif defined(CASE_STRUCT_FOR_CUSTOM_TYPE)
    DoTraceMessage(FLAG_A, "state %!MachineState!", point);
#elif defined(CASE_FLAGS_IN_MESSAGE)
    DoTraceMessage(FLAG_A, "flags %!FLAGS! %d", value);
#endif
}
