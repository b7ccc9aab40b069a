/* The C half of macro_semantics_test: extended types through the C macros (_Generic type codes,
   encodings from the runtime's check at WPP_INIT_TRACING). */
#include "semantics_trace.h"

void semantics_trace_extended_from_c(void) {
    static const GUID guid = {
        0x84bdb2e9, 0x829e, 0x41b3, {0xb8, 0x91, 0x02, 0xf4, 0x54, 0xbc, 0x2b, 0xd7}};
    static const unsigned char mac[6] = {0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e};
    struct {
        UCHAR revision, count, authority[6];
        ULONG sub[2];
    } sid = {1, 2, {0, 0, 0, 0, 0, 5}, {32, 544}};
    const GUID* none = NULL;
    DoTraceMessage(
        FLAG_A, "C %!FUNC!: %!STATUS! %!GUID! %!GUID! %!MACADDR! %!sid! %!BIN! %!bool! %!pnpmj!",
        (NTSTATUS)0xC0000022, &guid, none, mac, (const void*)&sid, WppBinary(mac, 2), 1, 0x1b);
}
