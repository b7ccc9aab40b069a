// The one C integer-literal reader of wpptrace/c_syntax (used by the tracewpp tool, the
// decoder's custom types and its TSDL parser): bases, suffixes, signs, limits and garbage.
#include <wpptrace/c_syntax/integer_literal.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>

namespace {

using wpptrace::c_syntax::bit_pattern;
using wpptrace::c_syntax::exact_value;
using wpptrace::c_syntax::parse_signed_literal;
using wpptrace::c_syntax::parse_unsigned_literal;

constexpr std::uint64_t u64_max = std::numeric_limits<std::uint64_t>::max();
constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();

std::optional<std::int64_t> exact(std::string_view text) {
    const auto literal = parse_signed_literal(text);
    return literal ? exact_value(*literal) : std::nullopt;
}
std::optional<std::int64_t> bits(std::string_view text) {
    const auto literal = parse_signed_literal(text);
    return literal ? bit_pattern(*literal) : std::nullopt;
}

// Usable in constant expressions.
static_assert(parse_unsigned_literal("0x10") == 16u);

TEST(IntegerLiteral, ReadsEachBase) {
    EXPECT_EQ(parse_unsigned_literal("0"), 0u);
    EXPECT_EQ(parse_unsigned_literal("42"), 42u);
    EXPECT_EQ(parse_unsigned_literal("0x1f"), 31u);
    EXPECT_EQ(parse_unsigned_literal("0XAbC"), 0xabcu);
    EXPECT_EQ(parse_unsigned_literal("017"), 15u);
    EXPECT_EQ(parse_unsigned_literal("00"), 0u);
    EXPECT_EQ(parse_unsigned_literal("0b101"), 5u);
    EXPECT_EQ(parse_unsigned_literal("0B1"), 1u);
}

TEST(IntegerLiteral, AcceptsEveryCSuffixInEitherCase) {
    for (const char* text :
         {"7u",  "7U",   "7l",   "7L",   "7ll",  "7LL",  "7ul",  "7UL",    "7uL", "7Ul",   "7lu",
          "7LU", "7ull", "7ULL", "7uLL", "7llu", "7LLU", "7LLu", "0x7ull", "07L", "0b111u"})
        EXPECT_EQ(parse_unsigned_literal(text), 7u) << text;
}

TEST(IntegerLiteral, RefusesSuffixesCDoesNotHave) {
    for (const char* text :
         {"7uu", "7lL", "7Ll", "7lll", "7ulu", "7lul", "7f", "7i64", "7ul ", "7 u"})
        EXPECT_EQ(parse_unsigned_literal(text), std::nullopt) << text;
}

TEST(IntegerLiteral, RefusesDigitsOutsideTheBase) {
    for (const char* text : {"08", "0b2", "0b", "0x", "0xg", "0X", "1a", "0x1.5", "1'000"})
        EXPECT_EQ(parse_unsigned_literal(text), std::nullopt) << text;
}

TEST(IntegerLiteral, RefusesGarbage) {
    for (const char* text : {"", " ", "u", "ul", "x10", "-1", "+1", " 1", "1 ", "one", "--1"})
        EXPECT_EQ(parse_unsigned_literal(text), std::nullopt) << text;
    for (const char* text : {"", "-", "+", "- ", "--1", "+-1", "1-", "0x-1", "- u", "1 2"})
        EXPECT_EQ(parse_signed_literal(text).has_value(), false) << text;
}

TEST(IntegerLiteral, ReadsUpToUint64MaxAndNoFurther) {
    EXPECT_EQ(parse_unsigned_literal("18446744073709551615"), u64_max);
    EXPECT_EQ(parse_unsigned_literal("0xffffffffffffffffULL"), u64_max);
    EXPECT_EQ(parse_unsigned_literal("01777777777777777777777"), u64_max);
    EXPECT_EQ(parse_unsigned_literal("18446744073709551616"), std::nullopt);
    EXPECT_EQ(parse_unsigned_literal("0x10000000000000000"), std::nullopt);
    EXPECT_EQ(parse_unsigned_literal("99999999999999999999999"), std::nullopt);
}

TEST(IntegerLiteral, SignAndWhiteSpaceAroundIt) {
    EXPECT_EQ(exact("-5"), -5);
    EXPECT_EQ(exact("+5"), 5);
    EXPECT_EQ(exact(" \t- 0x10u \n"), -16);
    EXPECT_EQ(exact("-0"), 0);
}

TEST(IntegerLiteral, ExactValueIsTheInt64Range) {
    EXPECT_EQ(exact("9223372036854775807"), i64_max);
    EXPECT_EQ(exact("-9223372036854775808"), i64_min);
    EXPECT_EQ(exact("9223372036854775808"), std::nullopt);
    EXPECT_EQ(exact("-9223372036854775809"), std::nullopt);
    EXPECT_EQ(exact("0xffffffffffffffff"), std::nullopt);
}

TEST(IntegerLiteral, BitPatternWrapsPositivesAndStopsAtInt64Min) {
    EXPECT_EQ(bits("0xffffffffffffffff"), -1);
    EXPECT_EQ(bits("-1"), -1);
    EXPECT_EQ(bits("0x8000000000000000"), i64_min);
    EXPECT_EQ(bits("-9223372036854775808"), i64_min);
    EXPECT_EQ(bits("-9223372036854775809"), std::nullopt);
    EXPECT_EQ(bits("18446744073709551616"), std::nullopt);
}

}  // namespace
