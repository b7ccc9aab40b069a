// The decoder's one UTF-8 validator (wpptrace/decoder/utf8.hpp): what RFC 3629 allows, and each
// kind of sequence it does not.
#include "wpptrace/decoder/utf8.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace {

using wpptrace::decoder::is_valid_utf8;
using wpptrace::decoder::utf8_sequence_length;

using namespace std::string_view_literals;

TEST(Utf8, SequenceLengthsOfEachForm) {
    EXPECT_EQ(utf8_sequence_length("A", 0), 1u);
    EXPECT_EQ(utf8_sequence_length("\xC3\xA9", 0), 2u);          // U+00E9
    EXPECT_EQ(utf8_sequence_length("\xE2\x82\xAC", 0), 3u);      // U+20AC
    EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x80", 0), 4u);  // U+1F600
    EXPECT_EQ(utf8_sequence_length("a\xC3\xA9", 1), 2u);
}

TEST(Utf8, AcceptsTheLimitsOfEachLength) {
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("\0"sv));
    EXPECT_TRUE(is_valid_utf8("\x7F"));
    EXPECT_TRUE(is_valid_utf8("\xC2\x80"));          // U+0080
    EXPECT_TRUE(is_valid_utf8("\xDF\xBF"));          // U+07FF
    EXPECT_TRUE(is_valid_utf8("\xE0\xA0\x80"));      // U+0800
    EXPECT_TRUE(is_valid_utf8("\xED\x9F\xBF"));      // U+D7FF, below the surrogates
    EXPECT_TRUE(is_valid_utf8("\xEE\x80\x80"));      // U+E000, above them
    EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBF"));      // U+FFFF
    EXPECT_TRUE(is_valid_utf8("\xF0\x90\x80\x80"));  // U+10000
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
    EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9 \xE2\x82\xAC"));
}

TEST(Utf8, RefusesOverlongForms) {
    EXPECT_FALSE(is_valid_utf8("\xC0\x80"));
    EXPECT_FALSE(is_valid_utf8("\xC1\xBF"));
    EXPECT_FALSE(is_valid_utf8("\xE0\x9F\xBF"));
    EXPECT_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));
}

TEST(Utf8, RefusesSurrogatesAndValuesAboveU10FFFF) {
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // U+D800
    EXPECT_FALSE(is_valid_utf8("\xED\xBF\xBF"));  // U+DFFF
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
    EXPECT_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
    EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Utf8, RefusesStrayAndMissingContinuationBytes) {
    EXPECT_FALSE(is_valid_utf8("\x80"));
    EXPECT_FALSE(is_valid_utf8("a\xBF"));
    EXPECT_FALSE(is_valid_utf8("\xC3"));          // cut at the end
    EXPECT_FALSE(is_valid_utf8("\xE2\x82"));      // cut at the end
    EXPECT_FALSE(is_valid_utf8("\xF0\x9F\x98"));  // cut at the end
    EXPECT_FALSE(is_valid_utf8("\xC3("));         // not a continuation
    EXPECT_FALSE(is_valid_utf8("\xE2\x82(x"));
    EXPECT_EQ(utf8_sequence_length("\xE2\x82(", 0), 0u);
}

}  // namespace
