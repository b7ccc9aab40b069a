#include "wpptrace/decoder/format_engine.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "args_builder.hpp"

namespace wpptrace::decoder {
namespace {

using testing::ArgsBuilder;
using Words = std::vector<std::uint64_t>;

struct Rendered {
    std::string text;
    RenderStatus status;
};

Rendered run(const std::string& format, const std::string& types, const Words& args) {
    const PreparedMessage message = prepare(format, types);
    Rendered r;
    r.status = render(message, args, r.text);
    return r;
}

std::string c_printf(const char* format, auto... values) {
    char buffer[8192];
    const int n = std::snprintf(buffer, sizeof buffer, format, values...);
    return std::string(buffer, n < 0 ? 0 : static_cast<std::size_t>(n));
}

struct Case {
    const char* format;
    const char* types;
    Words args;
    std::string expected;
};

void expect_cases(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        const Rendered r = run(c.format, c.types, c.args);
        EXPECT_EQ(r.text, c.expected) << "format \"" << c.format << "\" types \"" << c.types << '"';
        EXPECT_TRUE(r.status.ok())
            << "format \"" << c.format << "\": " << describe(r.status.problem) << " (argument "
            << r.status.argument << ")";
    }
}

Words word(std::uint64_t value) {
    return {value};
}
template <typename T>
Words integer(T value) {
    return ArgsBuilder().integer(value).build();
}

// ---- integers ------------------------------------------------------------------------------

TEST(FormatEngine, RendersUnsignedConversionOfNegativeIntAs32BitWrap) {
    expect_cases({
        {"%u", "i", integer(-1), "4294967295"},
        {"%x", "i", integer(-1), "ffffffff"},
        {"%o", "i", integer(-1), "37777777777"},
        {"%u", "b", integer(std::int8_t{-5}), "4294967291"},
        {"%hu", "h", integer(std::int16_t{-1}), "65535"},
    });
}

TEST(FormatEngine, TruncatesIntegerToTheSizeOfTheConversion) {
    expect_cases({
        {"%hd", "H", integer(std::uint16_t{65535}), "-1"},
        {"%hx", "h", integer(std::int16_t{-2}), "fffe"},
        {"%d", "I", integer(0xffffffffu), "-1"},
        {"%ld", "i", integer(-1), "-1"},
        {"%lu", "I", integer(4000000000u), "4000000000"},
        {"%I32d", "i", integer(-7), "-7"},
    });
    // The shared checker (wpp_check_argument) rejects a 32-bit int under an h conversion, so
    // no recorded event has one; the truncation itself is still C's (70000 -> 4464).
    const auto spec = [](const char* conversion) {
        wpp_spec s{};
        EXPECT_EQ(wpp_next_spec(conversion, 0, &s), WPP_SPEC_ARGUMENT);
        return s;
    };
    std::string out;
    append_integer(out, spec("%hd"), 70000);
    out += ' ';
    append_integer(out, spec("%hu"), static_cast<std::uint64_t>(-70000));
    out += ' ';
    append_integer(out, spec("%d"), std::uint64_t{1} << 32 | 5);
    EXPECT_EQ(out, "4464 61072 5");
}

TEST(FormatEngine, RendersSixtyFourBitConversions) {
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();
    expect_cases({
        {"%I64d", "q", integer(kMin), "-9223372036854775808"},
        {"%lld", "q", integer(std::int64_t{-1}), "-1"},
        {"%llu", "Q", integer(kMax), "18446744073709551615"},
        {"%I64x", "Q", integer(kMax), "ffffffffffffffff"},
        {"%I64X", "Q", integer(std::uint64_t{0xABCDEF0123}), "ABCDEF0123"},
        {"%Iu", "Q", integer(std::uint64_t{1} << 40), "1099511627776"},
        {"%Id", "q", integer(std::int64_t{-42}), "-42"},
        {"%I64u", "i", integer(-1), "18446744073709551615"},  // sign-extended by its type
        {"%I64o", "Q", integer(std::uint64_t{8}), "10"},
    });
}

TEST(FormatEngine, RendersIntegerEdgeValues) {
    expect_cases({
        {"%d", "i", integer(0), "0"},
        {"%d", "i", integer(std::numeric_limits<std::int32_t>::max()), "2147483647"},
        {"%d", "i", integer(std::numeric_limits<std::int32_t>::min()), "-2147483648"},
        {"%i", "i", integer(-12), "-12"},
        {"%d", "b", integer(std::int8_t{-128}), "-128"},
        {"%u", "B", integer(std::uint8_t{255}), "255"},
        {"%x", "B", integer(std::uint8_t{255}), "ff"},
        {"%X", "I", integer(0xdeadbeefu), "DEADBEEF"},
        {"%o", "I", integer(0u), "0"},
        {"%x", "I", integer(0u), "0"},
    });
}

TEST(FormatEngine, AppliesIntegerFlagsWidthAndPrecisionLikeC) {
    expect_cases({
        {"%#x", "I", integer(0x1fu), "0x1f"},
        {"%#X", "I", integer(0x1fu), "0X1F"},
        {"%#x", "I", integer(0u), "0"},
        {"%#o", "I", integer(8u), "010"},
        {"%#o", "I", integer(0u), "0"},
        {"%08X", "I", integer(0xbeefu), "0000BEEF"},
        {"%#010x", "I", integer(0xbeefu), "0x0000beef"},
        {"%-5d|", "i", integer(42), "42   |"},
        {"%5d|", "i", integer(-42), "  -42|"},
        {"%05d", "i", integer(-42), "-0042"},
        {"%+d", "i", integer(5), "+5"},
        {"%+d", "i", integer(-5), "-5"},
        {"% d", "i", integer(5), " 5"},
        {"%+ d", "i", integer(5), "+5"},
        {"%+u", "I", integer(5u), "5"},
        {"%.3d", "i", integer(7), "007"},
        {"%5.3d|", "i", integer(-7), " -007|"},
        {"%08.3d|", "i", integer(7), "     007|"},  // a precision turns '0' off
        {"%.0d|", "i", integer(0), "|"},
        {"%+.0d|", "i", integer(0), "+|"},
        {"%#.0o|", "I", integer(0u), "0|"},
        {"%-#8o|", "I", integer(8u), "010     |"},
    });
}

// Every flag, width and precision combination against the C library, whose rules WPP shares
// for these conversions. Windows sizes map to glibc ones: 16 bits h, 32 bits none, 64 bits ll.
TEST(FormatEngine, MatchesCLibraryForIntegerFlagWidthPrecisionCombinations) {
    const char* flag_sets[] = {"", "-", "+", " ", "#", "0", "-+", "+0", "#0", "- ", "-#0", " 0"};
    const char* widths[] = {"", "1", "8", "25"};
    const char* precisions[] = {"", ".0", ".1", ".5", ".22"};
    const char conversions[] = {'d', 'i', 'u', 'x', 'X', 'o'};
    const std::int64_t values[] = {0,          1,         -1,        42,         -42,
                                   0x7fff,     0x8000,    -32768,    INT32_MAX,  INT32_MIN,
                                   0xdeadbeef, INT64_MAX, INT64_MIN, 1000000007, -99};
    struct Size {
        const char* windows;
        const char* glibc;
        const char* type;
        int bits;
    };
    const Size sizes[] = {{"h", "h", "h", 16},    {"", "", "i", 32},     {"l", "", "i", 32},
                          {"I64", "ll", "q", 64}, {"ll", "ll", "q", 64}, {"I", "ll", "q", 64}};
    int checked = 0;
    for (const Size& size : sizes) {
        for (char conversion : conversions) {
            for (const char* flags : flag_sets) {
                for (const char* width : widths) {
                    for (const char* precision : precisions) {
                        const std::string stem = std::string("%") + flags + width + precision;
                        const std::string ours = stem + size.windows + conversion;
                        const std::string theirs = stem + size.glibc + conversion;
                        const PreparedMessage message = prepare(ours, size.type);
                        ASSERT_TRUE(message.ok()) << ours << ": " << message.catalog_error;
                        for (std::int64_t value : values) {
                            std::string expected;
                            std::uint64_t recorded;  // as the recorder extends the source type
                            if (size.bits == 16) {
                                const auto v = static_cast<std::int16_t>(value);
                                recorded = static_cast<std::uint64_t>(std::int64_t{v});
                                expected = c_printf(theirs.c_str(), int{v});
                            } else if (size.bits == 32) {
                                const auto v = static_cast<std::int32_t>(value);
                                recorded = static_cast<std::uint64_t>(std::int64_t{v});
                                expected = c_printf(theirs.c_str(), v);
                            } else {
                                recorded = static_cast<std::uint64_t>(value);
                                expected = c_printf(theirs.c_str(), static_cast<long long>(value));
                            }
                            std::string text;
                            const Words args{recorded};
                            EXPECT_TRUE(render(message, args, text).ok());
                            EXPECT_EQ(text, expected) << ours << " of " << value;
                            ++checked;
                        }
                    }
                }
            }
        }
    }
    EXPECT_GT(checked, 20000);
}

// ---- characters ----------------------------------------------------------------------------

TEST(FormatEngine, RendersNarrowCharactersAsOneByte) {
    expect_cases({
        {"%c", "i", integer(int{'A'}), "A"},
        {"%hc", "B", integer(std::uint8_t{'z'}), "z"},
        {"[%3c]", "i", integer(int{'A'}), "[  A]"},
        {"[%-3c]", "i", integer(int{'A'}), "[A  ]"},
        {"%c", "i", integer(0x141), "A"},  // the low byte, as C's unsigned char conversion
        {"%c", "b", integer(std::int8_t{-23}), "\xe9"},  // bytes above 0x7f are kept
        {"[%c]", "i", integer(0), "[]"},                 // a NUL shows as nothing
        {"[%2c]", "i", integer(0), "[  ]"},
    });
}

TEST(FormatEngine, RendersWideCharactersAsUtf8) {
    expect_cases({
        {"%C", "i", integer(0xe9), "\xc3\xa9"},
        {"%lc", "I", integer(0x1f600u), "\xf0\x9f\x98\x80"},
        {"%wc", "H", integer(std::uint16_t{0x4e2d}), "\xe4\xb8\xad"},
        {"%C", "i", integer(int{'x'}), "x"},
        {"%C", "i", integer(0xd800), "\xef\xbf\xbd"},     // a lone surrogate
        {"%C", "I", integer(0x110000u), "\xef\xbf\xbd"},  // beyond Unicode
        {"%hC", "i", integer(int{'n'}), "n"},             // hC is narrow
        {"[%3C]", "i", integer(0xe9), "[  \xc3\xa9]"},    // width counts characters
    });
}

// ---- pointers ------------------------------------------------------------------------------

TEST(FormatEngine, RendersPointersAsSixteenUppercaseHexDigitsLikeMsvc) {
    expect_cases({
        {"%p", "p", word(0x00007ffdeadbeef0), "00007FFDEADBEEF0"},
        {"%p", "p", word(0), "0000000000000000"},
        {"%p", "p", word(~std::uint64_t{0}), "FFFFFFFFFFFFFFFF"},
        {"%p", "s", word(0x1000), "0000000000001000"},  // a char* under %p is its value
        {"%p", "U", word(0x2000), "0000000000002000"},
        {"[%20p]", "p", word(0x10), "[    0000000000000010]"},
        {"[%-18p]", "p", word(0x10), "[0000000000000010  ]"},
    });
}

// ---- floating point ------------------------------------------------------------------------

Words dbl(double value) {
    return ArgsBuilder().floating(value).build();
}

TEST(FormatEngine, RendersDoublesLikeC) {
    expect_cases({
        {"%f", "d", dbl(1.5), "1.500000"},
        {"%5.1f|", "d", dbl(3.14159), "  3.1|"},
        {"%-8.2f|", "d", dbl(-2.5), "-2.50   |"},
        {"%e", "d", dbl(12345.678), "1.234568e+04"},
        {"%E", "d", dbl(0.000123), "1.230000E-04"},
        {"%g", "d", dbl(0.0001), "0.0001"},
        {"%G", "d", dbl(1e-10), "1E-10"},
        {"%+.2f", "d", dbl(-0.0), "-0.00"},
        {"%lf", "d", dbl(2.0), "2.000000"},
        {"%f", "d", dbl(0.0), "0.000000"},
        {"%#.0f", "d", dbl(3.0), "3."},
        {"%010.3f", "d", dbl(-1.25), "-00001.250"},
        {"%f", "d", dbl(std::numeric_limits<double>::infinity()), "inf"},
        {"%f", "d", dbl(-std::numeric_limits<double>::infinity()), "-inf"},
    });
}

TEST(FormatEngine, MatchesCLibraryForDoubleFlagWidthPrecisionCombinations) {
    const char* flag_sets[] = {"", "-", "+", " ", "#", "0", "-+", "+0", "#0"};
    const char* widths[] = {"", "3", "15"};
    const char* precisions[] = {"", ".0", ".3", ".12"};
    const char conversions[] = {'e', 'E', 'f', 'g', 'G'};
    const double values[] = {0.0,
                             -0.0,
                             1.0,
                             -1.5,
                             3.14159265358979,
                             1e100,
                             -1e-100,
                             123456789.25,
                             std::numeric_limits<double>::max(),
                             std::numeric_limits<double>::denorm_min()};
    for (char conversion : conversions) {
        for (const char* flags : flag_sets) {
            for (const char* width : widths) {
                for (const char* precision : precisions) {
                    const std::string format =
                        std::string("%") + flags + width + precision + conversion;
                    const PreparedMessage message = prepare(format, "d");
                    ASSERT_TRUE(message.ok()) << format;
                    for (double value : values) {
                        std::string text;
                        EXPECT_TRUE(render(message, dbl(value), text).ok());
                        EXPECT_EQ(text, c_printf(format.c_str(), value))
                            << format << " of " << value;
                    }
                }
            }
        }
    }
}

TEST(FormatEngine, RendersNanAndHugePrecisionWithinBounds) {
    Rendered nan = run("%f", "d", dbl(std::nan("")));
    EXPECT_EQ(nan.text, c_printf("%f", std::nan("")));
    // The largest precision the parser allows on the largest double: long, but bounded.
    Rendered huge = run("%.4096f", "d", dbl(std::numeric_limits<double>::max()));
    EXPECT_EQ(huge.text, c_printf("%.4096f", std::numeric_limits<double>::max()));
    EXPECT_EQ(huge.text.size(), 309u + 1 + 4096);
}

// ---- narrow strings ------------------------------------------------------------------------

Words str(std::string_view text, bool cut = false) {
    return ArgsBuilder().string(text, cut).build();
}

TEST(FormatEngine, RendersNarrowStrings) {
    expect_cases({
        {"%s", "s", str("hello"), "hello"},
        {"[%s]", "s", str(""), "[]"},
        {"%s", "s", str("NULL"), "NULL"},  // how the recorder logs a NULL char*
        {"%hs", "s", str("narrow"), "narrow"},
        {"%hS", "s", str("narrow"), "narrow"},
        {"%.3s", "s", str("hello"), "hel"},
        {"%.0s|", "s", str("hello"), "|"},
        {"[%8s]", "s", str("abc"), "[     abc]"},
        {"[%-8s]", "s", str("abc"), "[abc     ]"},
        {"[%8.2s]", "s", str("abc"), "[      ab]"},
        {"[%08s]", "s", str("abc"), "[     abc]"},  // as glibc: '0' does not apply to strings
        {"%s", "s", str("caf\xc3\xa9 \xff\x01"), "caf\xc3\xa9 \xff\x01"},  // bytes as they are
        {"%s|", "s", str(std::string_view("ab\0cd", 5)), "ab|"},           // a NUL ends it
    });
}

TEST(FormatEngine, MarksCutStringsWithThreeDots) {
    expect_cases({
        {"%s", "s", str("abc", true), "abc..."},
        {"[%-8s]", "s", str("abc", true), "[abc...  ]"},
        {"[%8s]", "s", str("abc", true), "[  abc...]"},
        {"%.2s", "s", str("abc", true), "ab"},  // the precision cut it first
        {"%s", "s", str("", true), "..."},
        {"%s", "s", str(std::string_view("a\0b", 3), true), "a"},  // ended before the cut
    });
}

TEST(FormatEngine, ReadsStringsOfEveryLengthAcrossWordBoundaries) {
    const std::string text = "0123456789abcdefghij";
    for (std::size_t length = 0; length <= text.size(); ++length) {
        const Words args = ArgsBuilder().string(text.substr(0, length)).integer(-3).build();
        const Rendered r = run("%s|%d", "si", args);
        EXPECT_EQ(r.text, text.substr(0, length) + "|-3") << length;
        EXPECT_TRUE(r.status.ok()) << length;
    }
}

TEST(FormatEngine, MatchesCLibraryForStringWidthAndPrecision) {
    const char* specs[] = {"%s",   "%-s",   "%5s",    "%-5s",  "%.0s",   "%.2s",
                           "%.9s", "%7.3s", "%-7.3s", "%1.1s", "%20.20s"};
    const char* texts[] = {"", "a", "hello", "hello world!"};
    for (const char* spec : specs) {
        for (const char* text : texts) {
            EXPECT_EQ(run(spec, "s", str(text)).text, c_printf(spec, text)) << spec << " " << text;
        }
    }
}

// ---- wide and counted strings --------------------------------------------------------------

TEST(FormatEngine, RendersUtf16StringsAsUtf8) {
    auto u16 = [](std::u16string_view text, bool cut = false) {
        return ArgsBuilder().utf16(text, cut).build();
    };
    expect_cases({
        {"%S", "u", u16(u"h\u00e9llo"), "h\xc3\xa9llo"},
        {"%ls", "u", u16(u"\U0001F600"), "\xf0\x9f\x98\x80"},  // a surrogate pair
        {"%ws", "u", u16(u"NULL"), "NULL"},
        {"[%S]", "u", u16(u""), "[]"},
        {"%S", "u",
         u16(u"a\xD800"
             u"b"),
         "a\xef\xbf\xbd"
         "b"},  // lone high surrogate
        {"%S", "u",
         u16(u"a\xDC00"
             u"b"),
         "a\xef\xbf\xbd"
         "b"},                                          // lone low surrogate
        {"%S", "u", u16(u"x\xD83D"), "x\xef\xbf\xbd"},  // high surrogate at the end
        {"%S", "u", u16(u"\xD83D\xD83D\xDE00"), "\xef\xbf\xbd\xf0\x9f\x98\x80"},
        {"%.2S", "u", u16(u"abc"), "ab"},
        {"%.1S", "u", u16(u"\U0001F600z"), "\xf0\x9f\x98\x80"},  // precision counts characters
        {"[%4S]", "u", u16(u"\u00e9"), "[   \xc3\xa9]"},         // so does the width
        {"[%-4S]", "u", u16(u"ab", true), "[ab...]"},
        {"%S", "u", u16(u"ab", true), "ab..."},
        {"%.1S", "u", u16(u"ab", true), "a"},
        {"%S|", "u", u16(std::u16string_view(u"ab\0c", 4)), "ab|"},
    });
}

TEST(FormatEngine, RendersUtf32StringsAsUtf8) {
    auto u32 = [](std::u32string_view text, bool cut = false) {
        return ArgsBuilder().utf32(text, cut).build();
    };
    expect_cases({
        {"%ws", "w", u32(U"\u65e5\u672c"), "\xe6\x97\xa5\xe6\x9c\xac"},
        {"%S", "w", u32(U"\U0001F600!"), "\xf0\x9f\x98\x80!"},
        {"%ls", "w", u32(U"NULL"), "NULL"},
        {"%S", "w",
         u32(std::u32string_view(U"a\x110000"
                                 U"b")),
         "a\xef\xbf\xbd"
         "b"},
        {"%S", "w",
         u32(std::u32string_view(U"a\xD800"
                                 U"b")),
         "a\xef\xbf\xbd"
         "b"},
        {"%S", "w", u32(U"abc", true), "abc..."},
        {"%S|%d", "wi", ArgsBuilder().utf32(U"xyz").integer(9).build(), "xyz|9"},
    });
}

TEST(FormatEngine, RendersCountedStrings) {
    expect_cases({
        {"%Z", "A", str("ansi"), "ansi"},
        {"%hZ", "A", str("ansi"), "ansi"},
        {"%wZ", "U", ArgsBuilder().utf32(U"\\Device\\Serial0").build(), "\\Device\\Serial0"},
        {"[%-6Z]", "A", str("ab"), "[ab    ]"},
        {"%wZ", "U", ArgsBuilder().utf32(U"long", true).build(), "long..."},
    });
}

// ---- whole messages ------------------------------------------------------------------------

TEST(FormatEngine, RendersLiteralTextAndPercent) {
    expect_cases({
        {"", "", {}, ""},
        {"no arguments", "", {}, "no arguments"},
        {"100%% done", "", {}, "100% done"},
        {"%%d %%", "", {}, "%d %"},
        {"%d%%", "i", integer(50), "50%"},
    });
}

TEST(FormatEngine, RendersSampleDriverMessages) {
    expect_cases({
        {">SerialEvtIoRead(%p, 0x%I64x)\n", "pQ",
         ArgsBuilder().pointer(0xffffe00012345678).integer(std::uint64_t{0x400}).build(),
         ">SerialEvtIoRead(FFFFE00012345678, 0x400)\n"},
        {"Hello, %d %s", "is", ArgsBuilder().integer(1).string("Hi").build(), "Hello, 1 Hi"},
        {"Couldn't create the symbolic link for port %wZ\n", "U",
         ArgsBuilder().utf32(U"\\DosDevices\\COM1").build(),
         "Couldn't create the symbolic link for port \\DosDevices\\COM1\n"},
        {"LayerId %hu, CalloutId %u, FlowId %I64u, cFlags %#x", "HIQI",
         ArgsBuilder()
             .integer(std::uint16_t{44})
             .integer(7u)
             .integer(std::uint64_t{1} << 33)
             .integer(0x10u)
             .build(),
         "LayerId 44, CalloutId 7, FlowId 8589934592, cFlags 0x10"},
    });
}

TEST(FormatEngine, ReusesOnePreparedMessageAndAppendsToTheCallersBuffer) {
    MessageInfo info;
    info.format = "n=%d s=%s";
    info.types = "is";
    const PreparedMessage message = prepare(info);
    ASSERT_TRUE(message.ok());
    EXPECT_EQ(message.argument_count, 2u);
    std::string out = "> ";
    for (int i = 0; i < 3; ++i) {
        const Words args = ArgsBuilder().integer(i).string(std::string(i, 'x')).build();
        EXPECT_TRUE(render(message, args, out).ok());
        out += ';';
    }
    EXPECT_EQ(out, "> n=0 s=;n=1 s=x;n=2 s=xx;");
}

TEST(FormatEngine, HonoursTheLargestWidthAndPrecision) {
    EXPECT_EQ(run("%4096d", "i", integer(1)).text, std::string(4095, ' ') + "1");
    EXPECT_EQ(run("%.4096d", "i", integer(1)).text, std::string(4095, '0') + "1");
    EXPECT_EQ(run("%-4096s|", "s", str("a")).text, "a" + std::string(4095, ' ') + "|");
    EXPECT_EQ(run("%4096p", "p", word(0)).text.size(), 4096u);
}

// ---- corrupt events ------------------------------------------------------------------------

TEST(FormatEngine, MarksArgumentsMissingFromTheEvent) {
    Rendered r = run("a=%d b=%d", "ii", integer(1));
    EXPECT_EQ(r.text, "a=1 b=[wpptrace: argument 2 missing]");
    EXPECT_EQ(r.status, (RenderStatus{FormatProblem::missing_argument, 2}));
    EXPECT_TRUE(r.status.format_error());

    r = run("%s and %S", "su", {});
    EXPECT_EQ(r.text, "[wpptrace: argument 1 missing] and [wpptrace: argument 2 missing]");
    EXPECT_EQ(r.status, (RenderStatus{FormatProblem::missing_argument, 1}));
}

TEST(FormatEngine, MarksStringCountsLargerThanTheEventAsCorrupt) {
    struct CorruptCase {
        const char* name;
        const char* format;
        const char* types;
        Words args;
    };
    const std::vector<CorruptCase> cases = {
        {"huge count", "%s|%d", "si", {0x7fffffff, 0x41}},
        {"count of 2^32-1", "%s|%d", "si", {0xffffffff, 0x41}},
        {"count above WPP_MAX_STRING_UNITS", "%s|%d", "si", {0x80000000, 0x41}},
        {"reserved bits set", "%s|%d", "si", {(std::uint64_t{1} << 40) | 1, 0x41}},
        {"one word short", "%s|%d", "si", {9, 0x3837363534333231}},
        {"utf16 count", "%S|%d", "ui", {5, 0x0062'0061'0062'0061}},
        {"utf32 count", "%S|%d", "wi", {3, 0x0000'0062'0000'0061}},
        {"counted string", "%wZ|%d", "Ui", {0x40000000, 1, 2, 3}},
    };
    for (const auto& c : cases) {
        const Rendered r = run(c.format, c.types, c.args);
        EXPECT_EQ(r.text, "[wpptrace: argument 1 corrupt]|[wpptrace: argument 2 missing]")
            << c.name;
        EXPECT_EQ(r.status, (RenderStatus{FormatProblem::corrupt_argument, 1})) << c.name;
    }
}

TEST(FormatEngine, ReportsTrailingWordsAfterAFullRender) {
    Rendered r = run("%d", "i", {1, 2});
    EXPECT_EQ(r.text, "1");
    EXPECT_EQ(r.status, (RenderStatus{FormatProblem::trailing_words, 0}));
    r = run("none", "", {7});
    EXPECT_EQ(r.text, "none");
    EXPECT_EQ(r.status.problem, FormatProblem::trailing_words);
}

TEST(FormatEngine, SurvivesRandomWordsForEveryConversion) {
    const char* formats[] = {"%d %s %S %p", "%ws|%wZ|%Z", "%s%s%s%s", "%f %c %C %I64x", "%S %S"};
    const char* types[] = {"isup", "wUA", "ssss", "dIiQ", "uw"};
    std::mt19937_64 random(12345);
    for (int round = 0; round < 20000; ++round) {
        const std::size_t which = round % 5;
        Words args(random() % 12);
        for (auto& w : args) {
            switch (random() % 4) {  // counts near the edges matter most
                case 0:
                    w = random() % 40;
                    break;
                case 1:
                    w = (random() % 40) | WPP_STRING_CUT_BIT;
                    break;
                case 2:
                    w = random() & 0xffffffff;
                    break;
                default:
                    w = random();
                    break;
            }
        }
        std::string out;
        const PreparedMessage message = prepare(formats[which], types[which]);
        render(message, args, out);
        // Every word renders to a bounded amount of text (at most 4 UTF-8 bytes per unit).
        EXPECT_LT(out.size(), 1000u + args.size() * 8 * 4);
    }
}

TEST(FormatEngine, SurvivesRandomCatalogEntries) {
    const char* parts[] = {
        "%d",      "%s",           "%S",       "%wZ",        "%%",        "%",
        "%!X!",    "%!",           "%*d",      "%-08.3x",    "%I64",      "%hc",
        "%C",      "%p",           "%.9f",     "text",       "!",         "%ll",
        "%4096s",  "%!GUID!",      "%!sid!",   "%!BIN!",     "%!STATUS!", "%!Custom!",
        "%!FUNC!", "%!STDPREFIX!", "%!FLAGS!", "%!MACADDR!", "%!delta!"};
    const char type_codes[] = "bBhHiIqQdpsuwAUgmz";
    std::mt19937_64 random(777);
    for (int round = 0; round < 5000; ++round) {
        std::string format, types;
        for (int i = random() % 6; i > 0; --i) format += parts[random() % std::size(parts)];
        for (int i = random() % 6; i > 0; --i)
            types += type_codes[random() % (sizeof type_codes - 1)];
        Words args(random() % 8);
        for (auto& w : args) w = random() % 3 ? random() % 20 : random();
        const PreparedMessage message = prepare(format, types);
        std::string out;
        const RenderStatus status = render(message, args, out);
        if (!message.ok()) {
            EXPECT_EQ(status, message.catalog_status) << format;
        }
        EXPECT_LT(out.size(), 40000u) << format;
    }
}

// ---- bad catalog entries -------------------------------------------------------------------

TEST(FormatEngine, MarksArgumentsWhoseTypeDoesNotFitTheirConversion) {
    // A char* under %d was recorded as its pointer value: one word, skipped, the rest aligned.
    const PreparedMessage message = prepare("%d %d", "si");
    EXPECT_FALSE(message.ok());
    EXPECT_EQ(message.catalog_status, (RenderStatus{FormatProblem::type_mismatch, 1}));
    EXPECT_EQ(message.catalog_error, "argument 1: the conversion needs an integer");
    std::string out;
    EXPECT_EQ(render(message, Words{0x1234, 7}, out),
              (RenderStatus{FormatProblem::type_mismatch, 1}));
    EXPECT_EQ(out, "[wpptrace: argument 1: the conversion needs an integer] 7");

    Rendered r = run("%s|%d", "ii", {5, 6});
    EXPECT_EQ(r.text, "[wpptrace: argument 1: the conversion needs a char string]|6");
    r = run("[%d]", "q", integer(std::int64_t{1}));
    EXPECT_EQ(r.text,
              "[[wpptrace: argument 1: a 64-bit integer under a 32-bit conversion (use %I64d, "
              "%lld or %Id)]]");
    EXPECT_EQ(r.status, (RenderStatus{FormatProblem::type_mismatch, 1}));
    r = run("%d %d", "zi", {1, 2});  // an unknown type code
    EXPECT_EQ(r.text, "[wpptrace: argument 1: the conversion needs an integer] 2");
}

TEST(FormatEngine, MarksConversionsWithoutAType) {
    const Rendered r = run("%d %d", "i", integer(1));
    EXPECT_EQ(r.text, "1 [wpptrace: argument 2: more conversions than arguments]");
    EXPECT_EQ(r.status, (RenderStatus{FormatProblem::missing_type, 2}));
}

TEST(FormatEngine, ReportsTypesBeyondTheConversions) {
    const PreparedMessage message = prepare("%d", "ii");
    EXPECT_EQ(message.catalog_error, "argument 2: more arguments than conversions");
    std::string out;
    EXPECT_EQ(render(message, Words{1, 2}, out), (RenderStatus{FormatProblem::extra_types, 2}));
    EXPECT_EQ(out, "1");
}

TEST(FormatEngine, MarksMalformedConversionsAndKeepsTheRest) {
    struct BadCase {
        const char* format;
        const char* types;
        Words args;
        std::string expected;
    };
    const std::vector<BadCase> cases = {
        {"a %y b %d", "i", integer(5),
         "a [wpptrace: bad conversion \"%y\": unknown conversion character] b 5"},
        {"%*d",
         "",
         {},
         "[wpptrace: bad conversion \"%*\": '*' width or precision is not supported]d"},
        {"%.*d",
         "",
         {},
         "[wpptrace: bad conversion \"%.*\": '*' width or precision is not supported]d"},
        {"abc %",
         "",
         {},
         "abc [wpptrace: bad conversion \"%\": the format ends inside the conversion]"},
        {"%5000d", "", {}, "[wpptrace: bad conversion \"%5000\": width or precision too large]d"},
        {"%wd",
         "",
         {},
         "[wpptrace: bad conversion \"%wd\": size prefix not valid with this conversion]"},
        {"%!STAT", "", {}, "[wpptrace: bad conversion \"%!STAT\": malformed %!NAME!]"},
        // Two types for one ordinary conversion: where the bad one's argument went is unknown.
        {"%y %d",
         "ii",
         {1, 2},
         "[wpptrace: bad conversion \"%y\": unknown conversion character] "
         "[wpptrace: argument 1: position unknown after a bad conversion]"},
    };
    for (const auto& c : cases) {
        const Rendered r = run(c.format, c.types, c.args);
        EXPECT_EQ(r.text, c.expected) << c.format;
        EXPECT_EQ(r.status, (RenderStatus{FormatProblem::bad_conversion, 0})) << c.format;
    }
    EXPECT_EQ(prepare("x %y", "").catalog_error,
              "bad conversion \"%y\": unknown conversion character");
}

TEST(FormatEngine, FillsCallSiteTypesFromTheCatalogEntry) {
    MessageInfo info;
    info.format = "--> %!FUNC!: %d (%!FILE!:%!LINE!, %!COMPNAME!,%!SPACE!%!LEVEL!)";
    info.types = "i";
    info.function = "TracedrvDispatchDeviceControl";
    info.file = "tracedrv.c";
    info.line = 258;
    info.module = "tracedrv";
    info.level = "TRACE_LEVEL_ERROR";
    const PreparedMessage message = prepare(info);
    std::string out;
    EXPECT_TRUE(render(message, Words{3}, out).ok());
    EXPECT_EQ(out,
              "--> TracedrvDispatchDeviceControl: 3 (tracedrv.c:258, tracedrv, "
              "TRACE_LEVEL_ERROR)");

    const PreparedMessage status = prepare("status %!STATUS!", "I");
    EXPECT_TRUE(status.ok()) << status.catalog_error;
    ASSERT_EQ(status.pieces.size(), 2u);
    EXPECT_EQ(status.pieces[1].kind, PieceKind::extended);
    const wpp_spec& spec = status.pieces[1].spec;
    EXPECT_EQ(status.format.substr(spec.name_begin, spec.name_length), "STATUS");
}

TEST(FormatEngine, RejectsFlagsInAMessageAsWppDoes) {
    const Rendered r = run("flags %!FLAGS! %d", "i", integer(1));
    EXPECT_EQ(r.text,
              "flags [wpptrace: bad conversion \"%!FLAGS!\": %!FLAGS! is a prefix field, not a "
              "message type] 1");
    EXPECT_EQ(r.status, (RenderStatus{FormatProblem::bad_conversion, 0}));
}

TEST(FormatEngine, DescribesEveryProblem) {
    for (auto problem :
         {FormatProblem::none, FormatProblem::bad_conversion, FormatProblem::extended_unsupported,
          FormatProblem::type_mismatch, FormatProblem::missing_type, FormatProblem::extra_types,
          FormatProblem::missing_argument, FormatProblem::corrupt_argument,
          FormatProblem::trailing_words, FormatProblem::unknown_type}) {
        EXPECT_STRNE(describe(problem), "unknown problem");
    }
}

}  // namespace
}  // namespace wpptrace::decoder
