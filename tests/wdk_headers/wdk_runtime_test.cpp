// wdk_runtime_test.cpp - the run-time parts of the WDK header set: ntstrsafe's statuses and
// truncation, intsafe's overflow, GUID definition and equality, ip2string round trips,
// MmGetSystemRoutineAddress, and the driver built from every header loading with all it uses.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <string>

#include <guiddef.h>
#include <ip2string.h>
#include <ntintsafe.h>
#include <ntstrsafe.h>

#include "test_guids.h"

extern "C" const GUID* wdkh_guid_from_a(void);
extern "C" const GUID* wdkh_guid_from_b(void);

namespace {

TEST(NtStrSafe, CopyThatFitsSucceedsAndTerminates) {
    char buffer[8];
    EXPECT_EQ(RtlStringCchCopyA(buffer, sizeof buffer, "serial"), STATUS_SUCCESS);
    EXPECT_STREQ(buffer, "serial");
}

TEST(NtStrSafe, CopyTooLongTruncatesTerminatesAndReportsBufferOverflow) {
    char buffer[5];
    EXPECT_EQ(RtlStringCchCopyA(buffer, sizeof buffer, "toaster"), STATUS_BUFFER_OVERFLOW);
    EXPECT_STREQ(buffer, "toas");
    WCHAR wide[4];
    EXPECT_EQ(RtlStringCbCopyW(wide, sizeof wide, L"echo"), STATUS_BUFFER_OVERFLOW);
    EXPECT_STREQ(wide, L"ech");
}

TEST(NtStrSafe, ZeroOrHugeSizesAreInvalidParameters) {
    char buffer[4] = "abc";
    EXPECT_EQ(RtlStringCchCopyA(buffer, 0, "x"), STATUS_INVALID_PARAMETER);
    EXPECT_STREQ(buffer, "abc");
    EXPECT_EQ(RtlStringCchCopyA(buffer, size_t{NTSTRSAFE_MAX_CCH} + 1, "x"),
              STATUS_INVALID_PARAMETER);
}

TEST(NtStrSafe, CatAppendsAndTruncatesWithBufferOverflow) {
    char buffer[10] = "Com";
    EXPECT_EQ(RtlStringCchCatA(buffer, sizeof buffer, "Port"), STATUS_SUCCESS);
    EXPECT_STREQ(buffer, "ComPort");
    EXPECT_EQ(RtlStringCchCatA(buffer, sizeof buffer, "123"), STATUS_BUFFER_OVERFLOW);
    EXPECT_STREQ(buffer, "ComPort12");
}

TEST(NtStrSafe, CatIntoUnterminatedDestinationIsInvalid) {
    char buffer[3] = {'a', 'b', 'c'};
    EXPECT_EQ(RtlStringCchCatA(buffer, sizeof buffer, "d"), STATUS_INVALID_PARAMETER);
}

TEST(NtStrSafe, PrintfUsesWindowsMeaningsOfFormats) {
    WCHAR wide[64];
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"COM1");
    ANSI_STRING ansi;
    RtlInitAnsiString(&ansi, "ansi");
    ULONG value = 0xffffffffu;
    EXPECT_EQ(RtlStringCbPrintfW(wide, sizeof wide, L"%s|%S|%wZ|%Z|%lu|%I64x", L"wide", "narrow",
                                 &name, &ansi, value, 0x1122334455667788ull),
              STATUS_SUCCESS);
    EXPECT_STREQ(wide, L"wide|narrow|COM1|ansi|4294967295|1122334455667788");
    char narrow[64];
    EXPECT_EQ(RtlStringCchPrintfA(narrow, sizeof narrow, "%s %ws %ls %hs %-4d| %04X %Iu", "a", L"b",
                                  L"c", "d", -5, 0xbeefu, size_t{12345678901ull}),
              STATUS_SUCCESS);
    EXPECT_STREQ(narrow, "a b c d -5  | BEEF 12345678901");
}

TEST(NtStrSafe, PrintfTruncationReturnsBufferOverflowWithTerminatedPrefix) {
    char buffer[6];
    EXPECT_EQ(RtlStringCbPrintfA(buffer, sizeof buffer, "%d-%d", 1234, 5678),
              STATUS_BUFFER_OVERFLOW);
    EXPECT_STREQ(buffer, "1234-");
}

TEST(NtStrSafe, LengthBeyondMaximumIsInvalidAndZero) {
    size_t length = 99;
    EXPECT_EQ(RtlStringCchLengthA("abc", 10, &length), STATUS_SUCCESS);
    EXPECT_EQ(length, 3u);
    EXPECT_EQ(RtlStringCchLengthA("abcdef", 3, &length), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(length, 0u);
    EXPECT_EQ(RtlStringCbLengthW(L"ab", 3 * sizeof(WCHAR), &length), STATUS_SUCCESS);
    EXPECT_EQ(length, 2 * sizeof(WCHAR));
}

TEST(NtStrSafe, UnicodeStringPrintfSetsLengthAndTruncates) {
    WCHAR storage[6];
    UNICODE_STRING s{0, sizeof storage, storage};
    EXPECT_EQ(RtlUnicodeStringPrintf(&s, L"Dev%d", 7), STATUS_SUCCESS);
    EXPECT_EQ(s.Length, 4 * sizeof(WCHAR));
    EXPECT_EQ(std::wstring(s.Buffer, s.Length / sizeof(WCHAR)), L"Dev7");
    EXPECT_EQ(RtlUnicodeStringCatString(&s, L"xyz"), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(std::wstring(s.Buffer, s.Length / sizeof(WCHAR)), L"Dev7xy");
    UNICODE_STRING odd{3, 8, storage};
    EXPECT_EQ(RtlUnicodeStringCopyString(&odd, L"a"), STATUS_INVALID_PARAMETER);
}

TEST(IntSafe, OverflowReturnsStatusAndErrorValue) {
    ULONG u = 0;
    EXPECT_EQ(RtlULongAdd(0xfffffff0u, 0x10u, &u), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(u, 0xffffffffu);
    EXPECT_EQ(RtlULongMult(0x10000u, 0x10000u, &u), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(RtlULongMult(6, 7, &u), STATUS_SUCCESS);
    EXPECT_EQ(u, 42u);
    SIZE_T size = 0;
    EXPECT_EQ(RtlSizeTAdd(~SIZE_T{0}, 1, &size), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(RtlSizeTMult(1u << 20, 1u << 20, &size), STATUS_SUCCESS);
    EXPECT_EQ(size, SIZE_T{1} << 40);
    LONG l = 0;
    EXPECT_EQ(RtlLongSub(-0x7fffffff - 1, 1, &l), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(l, -1);
}

TEST(IntSafe, ConversionsCheckTheRange) {
    ULONG u = 0;
    EXPECT_EQ(RtlULongLongToULong(0x100000000ull, &u), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(u, 0xffffffffu);
    EXPECT_EQ(RtlULongLongToULong(5, &u), STATUS_SUCCESS);
    EXPECT_EQ(u, 5u);
    USHORT s = 0;
    EXPECT_EQ(RtlLongToUShort(-1, &s), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(RtlUlongAdd(1, 2, &u), STATUS_SUCCESS);
    EXPECT_EQ(u, 3u);
}

TEST(Guids, InitGuidDefinesOneSharedObjectAndEqualityCompares) {
    EXPECT_EQ(wdkh_guid_from_a(), wdkh_guid_from_b());  // selectany: one object in the link
    EXPECT_EQ(wdkh_guid_from_a(), &GUID_WDKH_SHARED);   // the declaration names the same one
    EXPECT_EQ(GUID_WDKH_SHARED.Data1, 0x12345678u);
    GUID copy = GUID_WDKH_SHARED;
    EXPECT_TRUE(IsEqualGUID(copy, GUID_WDKH_SHARED));
    EXPECT_TRUE(InlineIsEqualGUID(copy, GUID_WDKH_SHARED));
    copy.Data4[7] ^= 1;
    EXPECT_FALSE(IsEqualGUID(copy, GUID_WDKH_SHARED));
    EXPECT_TRUE(copy != GUID_WDKH_SHARED);
}

TEST(Ip2String, Ipv4RoundTripsWithPort) {
    IN_ADDR address{};
    PCSTR end = nullptr;
    ASSERT_EQ(RtlIpv4StringToAddressA("192.168.1.20:", TRUE, &end, &address), STATUS_SUCCESS);
    EXPECT_EQ(*end, ':');
    char text[32];
    EXPECT_EQ(RtlIpv4AddressToStringA(&address, text), text + 12);
    EXPECT_STREQ(text, "192.168.1.20");
    USHORT port = 0;
    ASSERT_EQ(RtlIpv4StringToAddressExA("10.0.0.1:8080", TRUE, &address, &port), STATUS_SUCCESS);
    ULONG length = sizeof text;
    ASSERT_EQ(RtlIpv4AddressToStringExA(&address, port, text, &length), STATUS_SUCCESS);
    EXPECT_STREQ(text, "10.0.0.1:8080");
    EXPECT_EQ(length, 14u);
    EXPECT_EQ(RtlIpv4StringToAddressA("1.2.3", TRUE, &end, &address), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(RtlIpv4StringToAddressA("0x7f.1", FALSE, &end, &address), STATUS_SUCCESS);
    EXPECT_STREQ((RtlIpv4AddressToStringA(&address, text), text), "127.0.0.1");
}

TEST(Ip2String, Ipv6RoundTripsCompressedScopedAndMapped) {
    IN6_ADDR address{};
    PCWSTR end = nullptr;
    ASSERT_EQ(RtlIpv6StringToAddressW(L"2001:db8:0:0:0:0:0:53", &end, &address), STATUS_SUCCESS);
    WCHAR wide[64];
    RtlIpv6AddressToStringW(&address, wide);
    EXPECT_STREQ(wide, L"2001:db8::53");
    ULONG scope = 0;
    USHORT port = 0;
    ASSERT_EQ(RtlIpv6StringToAddressExA("[fe80::1%4]:443", &address, &scope, &port),
              STATUS_SUCCESS);
    EXPECT_EQ(scope, 4u);
    char text[64];
    ULONG length = sizeof text;
    ASSERT_EQ(RtlIpv6AddressToStringExA(&address, scope, port, text, &length), STATUS_SUCCESS);
    EXPECT_STREQ(text, "[fe80::1%4]:443");
    ASSERT_EQ(RtlIpv6StringToAddressA("::ffff:10.1.2.3", nullptr, &address), STATUS_SUCCESS);
    RtlIpv6AddressToStringA(&address, text);
    EXPECT_STREQ(text, "::ffff:10.1.2.3");
    ASSERT_EQ(RtlIpv6StringToAddressA("::", nullptr, &address), STATUS_SUCCESS);
    RtlIpv6AddressToStringA(&address, text);
    EXPECT_STREQ(text, "::");
    EXPECT_EQ(RtlIpv6StringToAddressA("1::2::3", nullptr, &address), STATUS_INVALID_PARAMETER);
    length = 2;
    EXPECT_EQ(RtlIpv6AddressToStringExA(&address, 0, 0, text, &length), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(length, 3u);  // "::" and its terminator
}

TEST(MmGetSystemRoutineAddress, FindsFrameworkExportsAndNothingElse) {
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"IoCreateDevice");
    EXPECT_EQ(MmGetSystemRoutineAddress(&name), reinterpret_cast<PVOID>(&IoCreateDevice));
    RtlInitUnicodeString(&name, L"KeNoSuchRoutine");
    EXPECT_EQ(MmGetSystemRoutineAddress(&name), nullptr);
    RtlInitUnicodeString(&name, L"malloc");  // a libc export, not a kernel routine
    EXPECT_EQ(MmGetSystemRoutineAddress(&name), nullptr);
}

TEST(WdkHeaders, DriversBuiltFromEveryHeaderLoadWithEverythingTheyUse) {
    for (const char* path : {WDKH_C_DRIVER, WDKH_CPP_DRIVER}) {
        void* module = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module, nullptr) << dlerror();
        dlclose(module);
    }
}

}  // namespace
