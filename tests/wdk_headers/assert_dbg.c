/* assert_dbg.c - ASSERT and NT_ASSERT as a DBG=1 (WDK Debug) build compiles them; NT_VERIFY
 * evaluates its expression in every build. */
#define DBG 1
#include <ntddk.h>

int wdkh_checked_assertions(int value) {
    int verified = 0;
    ASSERT(value > 0);
    NT_ASSERT(value > 1);
    if (NT_VERIFY(value == 2)) verified = 1;
    return verified;
}

int wdkh_print_without_wpp(void) {
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"COM1");
    KdPrint(("port %wZ opened %lu times\n", &name, (ULONG)3));
    return (int)DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "%s %ws\n", "narrow", L"wide");
}
