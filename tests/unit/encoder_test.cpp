// The encoder: argument types captured at compile time and arguments packed into 64-bit words,
// from C++ (templates) and from C (_Generic), checked word by word and through the decoder.
#include <gtest/gtest.h>

#include <wpp/detail/trace_cpp.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "encoder_c_side.h"
#include "wpptrace/decoder/format_engine.hpp"

namespace {

using wpp::detail::arg_list;
using wpp::detail::checked_format;
using wpp::detail::fixed_string;

template <fixed_string Format, class... A>
std::vector<std::uint64_t> pack_cxx(A... args) {
    using F = checked_format<Format, arg_list<A...>>;
    static_assert(F::ok);
    std::vector<std::uint64_t> words(F::capacity);
    wpp_blob blob{words.data(), 0, F::capacity};
    wpp::detail::pack<F>(blob, std::index_sequence_for<A...>{}, args...);
    words.resize(blob.used);
    return words;
}

template <fixed_string Format, class... A>
std::string render_cxx(A... args) {
    using F = checked_format<Format, arg_list<A...>>;
    auto words = pack_cxx<Format>(args...);
    auto prepared = wpptrace::decoder::prepare(Format.data, F::types);
    std::string out;
    auto status = wpptrace::decoder::render(prepared, words, out);
    EXPECT_TRUE(status.ok()) << wpptrace::decoder::describe(status.problem);
    return out;
}

std::uint64_t bits_of(double d) {
    std::uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

TEST(Encoder, IntegersAreSignOrZeroExtendedToOneWordEach) {
    auto words = pack_cxx<"%d %u %hd %I64d %llu">(-5, 5u, static_cast<short>(-2),
                                                  static_cast<long long>(-1), ~0ull);
    EXPECT_EQ(words, (std::vector<std::uint64_t>{0xfffffffffffffffbull, 5, 0xfffffffffffffffeull,
                                                 ~0ull, ~0ull}));
}

TEST(Encoder, DoublesKeepTheirBitsAndPointersTheirValue) {
    int x = 0;
    auto words = pack_cxx<"%f %p">(1.5, static_cast<void*>(&x));
    EXPECT_EQ(words,
              (std::vector<std::uint64_t>{bits_of(1.5), reinterpret_cast<std::uintptr_t>(&x)}));
}

TEST(Encoder, NarrowStringIsCountThenPackedBytes) {
    auto words = pack_cxx<"%s">("abcdefghij");
    ASSERT_EQ(words.size(), 3u);
    EXPECT_EQ(words[0], 10u);
    EXPECT_EQ(std::memcmp(&words[1], "abcdefghij\0\0\0\0\0\0", 16), 0);  // zero padded
}

TEST(Encoder, NullStringIsRecordedAsNULL) {
    const char* none = nullptr;
    EXPECT_EQ(render_cxx<"[%s]">(none), "[NULL]");
    const wchar_t* wide_none = nullptr;
    EXPECT_EQ(render_cxx<"[%ws]">(wide_none), "[NULL]");
    PCUNICODE_STRING ustr_none = nullptr;
    EXPECT_EQ(render_cxx<"[%wZ]">(ustr_none), "[NULL]");
}

TEST(Encoder, CharPointerUnderPercentPIsThePointerNotTheText) {
    const char* text = "secret";
    auto words = pack_cxx<"%p">(text);
    EXPECT_EQ(words, (std::vector<std::uint64_t>{reinterpret_cast<std::uintptr_t>(text)}));
}

TEST(Encoder, WideAndCountedStringsRoundTrip) {
    UNICODE_STRING ustr;
    static const WCHAR path[] = L"\\Driver\\Serial-extra";
    ustr.Buffer = const_cast<PWCH>(path);
    ustr.Length = 14 * sizeof(WCHAR);  // counted: not NUL-terminated at Length
    ustr.MaximumLength = sizeof path;
    char bytes[] = "ansi-text";
    ANSI_STRING astr{4, sizeof bytes, bytes};
    EXPECT_EQ(render_cxx<"%wZ|%Z|%ws|%S">(&ustr, &astr, L"w\u00e9", u"\U0001F600"),
              "\\Driver\\Serial|ansi|w\u00e9|\U0001F600");
}

TEST(Encoder, LongStringsAreCutToTheEventAndMarked) {
    std::string huge(100000, 'x');
    auto words = pack_cxx<"%s %d">(huge.c_str(), 7);
    ASSERT_LE(words.size(), WPP_BLOB_WORDS);
    EXPECT_NE(words[0] & WPP_STRING_CUT_BIT, 0u);
    EXPECT_EQ(words.back(), 7u);  // the arguments after the string still fit
    auto prepared = wpptrace::decoder::prepare("%s %d", "si");
    std::string out;
    wpptrace::decoder::render(prepared, words, out);
    EXPECT_TRUE(out.ends_with("... 7")) << out.substr(out.size() - 20);
}

TEST(Encoder, CAndCxxCaptureTheSameTypes) {
    using Cxx = arg_list<signed char, unsigned short, int, unsigned, long long, unsigned long,
                         double, void*, const char*, const wchar_t*, PCUNICODE_STRING>;
    EXPECT_STREQ(encoder_c_types(), Cxx::types);
    EXPECT_STREQ(Cxx::types, "bHiIqQdpswU");
}

TEST(Encoder, CAndCxxPackTheSameWords) {
    int object = 0;
    UNICODE_STRING ustr{6 * sizeof(WCHAR), 7 * sizeof(WCHAR), const_cast<PWCH>(L"Serial")};
    signed char i8 = -3;
    unsigned short u16 = 65535;
    long long i64 = -1234567890123ll;
    unsigned long u64 = 1ul << 40;
    std::vector<std::uint64_t> c_words(WPP_BLOB_WORDS);
    std::uint32_t n =
        encoder_c_pack("%d %u %d %x %I64d %I64u %g %p %s %ws %wZ", c_words.data(), WPP_BLOB_WORDS,
                       i8, u16, -7, 0xabcu, i64, u64, 2.5, &object, "text", L"wide", &ustr);
    ASSERT_NE(n, 0u);
    c_words.resize(n);
    auto cxx_words = pack_cxx<"%d %u %d %x %I64d %I64u %g %p %s %ws %wZ">(
        i8, u16, -7, 0xabcu, i64, u64, 2.5, static_cast<void*>(&object), "text", L"wide",
        static_cast<PCUNICODE_STRING>(&ustr));
    EXPECT_EQ(c_words, cxx_words);
    auto prepared =
        wpptrace::decoder::prepare("%d %u %d %x %I64d %I64u %g %p %s %ws %wZ", encoder_c_types());
    std::string out;
    EXPECT_TRUE(wpptrace::decoder::render(prepared, c_words, out).ok());
    EXPECT_TRUE(out.starts_with("-3 65535 -7 abc -1234567890123 1099511627776 2.5 ")) << out;
    EXPECT_TRUE(out.ends_with(" text wide Serial")) << out;
}

TEST(Encoder, CapacityIsExactWithoutStrings) {
    using F = checked_format<"%d %d %p", arg_list<int, int, void*>>;
    EXPECT_EQ(F::capacity, 4u);
    using G = checked_format<"%s", arg_list<const char*>>;
    EXPECT_EQ(G::capacity, WPP_BLOB_WORDS);
}

TEST(Encoder, CapacityIsExactForFixedSizeMemory) {
    // A GUID: count word + 16 bytes; a MAC: + 6 bytes; a SID at its largest: + 68 bytes.
    using G = checked_format<"%!GUID! %!MACADDR! %!sid!",
                             arg_list<const GUID*, const unsigned char*, const void*>>;
    EXPECT_EQ(G::capacity, 1u + 3u + 2u + 10u);
    using B = checked_format<"%!BIN!", arg_list<wpp_binary>>;
    EXPECT_EQ(B::capacity, WPP_BLOB_WORDS);
}

TEST(Encoder, MemoryIsCountThenBytesAndNullIsMarked) {
    const GUID guid{0x84bdb2e9, 0x829e, 0x41b3, {0xb8, 0x91, 0x02, 0xf4, 0x54, 0xbc, 0x2b, 0xd7}};
    auto words = pack_cxx<"%!GUID!">(&guid);
    ASSERT_EQ(words.size(), 3u);
    EXPECT_EQ(words[0], 16u);
    EXPECT_EQ(std::memcmp(&words[1], &guid, 16), 0);
    const GUID* none = nullptr;
    EXPECT_EQ(pack_cxx<"%!GUID!">(none), (std::vector<std::uint64_t>{WPP_NULL_POINTER_BIT}));
    // Under %p the same pointer is its value: memory is recorded only under its extended type.
    EXPECT_EQ(pack_cxx<"%p">(&guid),
              (std::vector<std::uint64_t>{reinterpret_cast<std::uintptr_t>(&guid)}));
}

}  // namespace
