// rtl_strings_test.cpp - km/rtl_strings.h: counted-string conversions, numbers and GUIDs as
// text, comparison and case, TIME_FIELDS, as Microsoft documents them.
#include <gtest/gtest.h>

#include <string>

#include <wdm.h>

namespace {

std::wstring text(const UNICODE_STRING& s) {
    return std::wstring(s.Buffer, s.Length / sizeof(WCHAR));
}

TEST(RtlStrings, AppendUnicodeToStringFailsWholeWhenItDoesNotFit) {
    WCHAR storage[8];
    UNICODE_STRING s;
    RtlInitEmptyUnicodeString(&s, storage, sizeof storage);
    EXPECT_EQ(RtlAppendUnicodeToString(&s, L"COM"), STATUS_SUCCESS);
    EXPECT_EQ(RtlAppendUnicodeToString(&s, L"1"), STATUS_SUCCESS);
    EXPECT_EQ(RtlAppendUnicodeToString(&s, L"23456"), STATUS_BUFFER_TOO_SMALL);
    EXPECT_EQ(text(s), L"COM1");
}

TEST(RtlStrings, AnsiAndUnicodeConvertBothWaysWithAllocatedDestinations) {
    ANSI_STRING ansi;
    RtlInitAnsiString(&ansi, "Toaster");
    UNICODE_STRING wide{};
    ASSERT_EQ(RtlAnsiStringToUnicodeString(&wide, &ansi, TRUE), STATUS_SUCCESS);
    EXPECT_EQ(text(wide), L"Toaster");
    EXPECT_EQ(wide.Buffer[7], L'\0');
    ANSI_STRING back{};
    ASSERT_EQ(RtlUnicodeStringToAnsiString(&back, &wide, TRUE), STATUS_SUCCESS);
    EXPECT_STREQ(back.Buffer, "Toaster");
    EXPECT_EQ(back.Length, 7);
    RtlFreeUnicodeString(&wide);
    RtlFreeAnsiString(&back);
    EXPECT_EQ(wide.Buffer, nullptr);
    EXPECT_EQ(RtlxAnsiStringToUnicodeSize(&ansi), 8 * sizeof(WCHAR));
}

TEST(RtlStrings, ConversionIntoSmallBufferReportsBufferOverflow) {
    UNICODE_STRING wide;
    RtlInitUnicodeString(&wide, L"serial port");
    char storage[6];
    ANSI_STRING ansi{0, sizeof storage, storage};
    EXPECT_EQ(RtlUnicodeStringToAnsiString(&ansi, &wide, FALSE), STATUS_BUFFER_OVERFLOW);
    EXPECT_STREQ(storage, "seria");
    WCHAR small[2];
    UNICODE_STRING out{0, sizeof small, small};
    ANSI_STRING src;
    RtlInitAnsiString(&src, "abc");
    EXPECT_EQ(RtlAnsiStringToUnicodeString(&out, &src, FALSE), STATUS_BUFFER_OVERFLOW);
}

TEST(RtlStrings, CountedOemStringsHaveExactlyTheCharacters) {
    UNICODE_STRING wide;
    RtlInitUnicodeString(&wide, L"Volume");
    OEM_STRING oem{};
    ASSERT_EQ(RtlUpcaseUnicodeStringToCountedOemString(&oem, &wide, TRUE), STATUS_SUCCESS);
    EXPECT_EQ(std::string(oem.Buffer, oem.Length), "VOLUME");
    RtlFreeOemString(&oem);
    char small[3];
    OEM_STRING into{0, sizeof small, small};
    EXPECT_EQ(RtlUnicodeStringToCountedOemString(&into, &wide, FALSE), STATUS_BUFFER_OVERFLOW);
    WCHAR out[2];
    ULONG written = 0;
    EXPECT_EQ(RtlOemToUnicodeN(out, sizeof out, &written, "abc", 3), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(written, 2 * sizeof(WCHAR));
}

TEST(RtlStrings, MultiByteConversionsTruncateAndSucceed) {
    char out[3];
    ULONG written = 0;
    EXPECT_EQ(RtlUnicodeToMultiByteN(out, sizeof out, &written, L"abcd", 4 * sizeof(WCHAR)),
              STATUS_SUCCESS);
    EXPECT_EQ(written, 3u);
    EXPECT_EQ(std::string(out, 3), "abc");
    WCHAR wide[4];
    EXPECT_EQ(RtlMultiByteToUnicodeN(wide, sizeof wide, &written, "xy", 2), STATUS_SUCCESS);
    EXPECT_EQ(written, 2 * sizeof(WCHAR));
    EXPECT_EQ(std::wstring(wide, 2), L"xy");
}

TEST(RtlStrings, IntegersParseWithPrefixesSignsAndStopAtTheFirstNonDigit) {
    UNICODE_STRING s;
    ULONG value = 99;
    RtlInitUnicodeString(&s, L"  0x1F");
    EXPECT_EQ(RtlUnicodeStringToInteger(&s, 0, &value), STATUS_SUCCESS);
    EXPECT_EQ(value, 0x1fu);
    RtlInitUnicodeString(&s, L"-345");
    EXPECT_EQ(RtlUnicodeStringToInteger(&s, 10, &value), STATUS_SUCCESS);
    EXPECT_EQ(static_cast<LONG>(value), -345);
    RtlInitUnicodeString(&s, L"+678abc");
    EXPECT_EQ(RtlUnicodeStringToInteger(&s, 16, &value), STATUS_SUCCESS);
    EXPECT_EQ(value, 0x678abcu);
    RtlInitUnicodeString(&s, L"xyz");
    EXPECT_EQ(RtlUnicodeStringToInteger(&s, 10, &value), STATUS_SUCCESS);
    EXPECT_EQ(value, 0u);
    RtlInitUnicodeString(&s, L"");
    EXPECT_EQ(RtlUnicodeStringToInteger(&s, 10, &value), STATUS_INVALID_PARAMETER);
    RtlInitUnicodeString(&s, L"12");
    EXPECT_EQ(RtlUnicodeStringToInteger(&s, 7, &value), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(RtlCharToInteger("0b101", 0, &value), STATUS_SUCCESS);
    EXPECT_EQ(value, 5u);
}

TEST(RtlStrings, IntegerToUnicodeStringWritesDigitsOrOverflows) {
    WCHAR storage[4];
    UNICODE_STRING s{0, sizeof storage, storage};
    EXPECT_EQ(RtlIntegerToUnicodeString(255, 16, &s), STATUS_SUCCESS);
    EXPECT_EQ(text(s), L"FF");
    EXPECT_EQ(RtlIntegerToUnicodeString(12345, 10, &s), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(RtlIntegerToUnicodeString(5, 3, &s), STATUS_INVALID_PARAMETER);
}

TEST(RtlStrings, CompareAndPrefixHonourCase) {
    UNICODE_STRING a, b, p;
    RtlInitUnicodeString(&a, L"Serial");
    RtlInitUnicodeString(&b, L"SERIAL0");
    RtlInitUnicodeString(&p, L"serial");
    EXPECT_LT(RtlCompareUnicodeString(&a, &b, TRUE), 0);
    EXPECT_GT(RtlCompareUnicodeString(&a, &b, FALSE), 0);  // 'e' > 'E'
    EXPECT_TRUE(RtlPrefixUnicodeString(&p, &b, TRUE));
    EXPECT_FALSE(RtlPrefixUnicodeString(&p, &b, FALSE));
    UNICODE_STRING upper{};
    ASSERT_EQ(RtlUpcaseUnicodeString(&upper, &a, TRUE), STATUS_SUCCESS);
    EXPECT_EQ(text(upper), L"SERIAL");
    RtlFreeUnicodeString(&upper);
    STRING x, y;
    RtlInitString(&x, "abc");
    RtlInitString(&y, "ABC");
    EXPECT_TRUE(RtlEqualString(&x, &y, TRUE));
    EXPECT_FALSE(RtlEqualString(&x, &y, FALSE));
}

TEST(RtlStrings, GuidsRoundTripThroughText) {
    const GUID guid = {
        0x6a5b3c21, 0x1d2e, 0x4f30, {0x81, 0x92, 0xa3, 0xb4, 0xc5, 0xd6, 0xe7, 0xf8}};
    UNICODE_STRING s{};
    ASSERT_EQ(RtlStringFromGUID(guid, &s), STATUS_SUCCESS);
    EXPECT_EQ(text(s), L"{6A5B3C21-1D2E-4F30-8192-A3B4C5D6E7F8}");
    GUID back{};
    ASSERT_EQ(RtlGUIDFromString(&s, &back), STATUS_SUCCESS);
    EXPECT_TRUE(IsEqualGUID(guid, back));
    RtlFreeUnicodeString(&s);
    UNICODE_STRING bad;
    RtlInitUnicodeString(&bad, L"{6A5B3C21-1D2E-4F30-8192-A3B4C5D6E7FX}");
    EXPECT_EQ(RtlGUIDFromString(&bad, &back), STATUS_INVALID_PARAMETER);
}

TEST(RtlStrings, TimeFieldsRoundTripAndKnowTheWeekday) {
    // 2024-02-29 13:45:30.250 UTC, a leap day.
    TIME_FIELDS fields = {2024, 2, 29, 13, 45, 30, 250, 0};
    LARGE_INTEGER time;
    ASSERT_TRUE(RtlTimeFieldsToTime(&fields, &time));
    // Unix time 1709214330.25 s plus the 11644473600 s between 1601 and 1970.
    EXPECT_EQ(time.QuadPart, (1709214330LL + 11644473600LL) * 10000000LL + 2500000LL);
    TIME_FIELDS back;
    RtlTimeToTimeFields(&time, &back);
    EXPECT_EQ(back.Year, 2024);
    EXPECT_EQ(back.Month, 2);
    EXPECT_EQ(back.Day, 29);
    EXPECT_EQ(back.Hour, 13);
    EXPECT_EQ(back.Minute, 45);
    EXPECT_EQ(back.Second, 30);
    EXPECT_EQ(back.Milliseconds, 250);
    EXPECT_EQ(back.Weekday, 4);  // a Thursday
    TIME_FIELDS invalid = {2023, 2, 29, 0, 0, 0, 0, 0};
    EXPECT_FALSE(RtlTimeFieldsToTime(&invalid, &time));
}

}  // namespace
