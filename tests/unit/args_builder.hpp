// args_builder.hpp - builds an event's argument words the way the recorder does (abi.h), for
// tests of the decoder: ArgsBuilder().integer(-1).string("x").build().
#pragma once

#include <wpp/abi.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

namespace wpptrace::testing {

class ArgsBuilder {
  public:
    // WORD: an integer sign- or zero-extended by its own type, as the recorder stores it.
    template <typename T>
    requires std::is_integral_v<T> ArgsBuilder& integer(T value) {
        if constexpr (std::is_signed_v<T>)
            words_.push_back(static_cast<std::uint64_t>(static_cast<std::int64_t>(value)));
        else
            words_.push_back(static_cast<std::uint64_t>(value));
        return *this;
    }
    ArgsBuilder& word(std::uint64_t value) {
        words_.push_back(value);
        return *this;
    }
    ArgsBuilder& floating(double value) { return word(std::bit_cast<std::uint64_t>(value)); }
    ArgsBuilder& pointer(std::uint64_t value) { return word(value); }

    // BYTES / UTF16 / UTF32: the count word (cut: bit 63), then the packed units.
    ArgsBuilder& string(std::string_view text, bool cut = false) {
        return units(text.data(), text.size(), 1, cut);
    }
    ArgsBuilder& utf16(std::u16string_view text, bool cut = false) {
        return units(text.data(), text.size(), 2, cut);
    }
    ArgsBuilder& utf32(std::u32string_view text, bool cut = false) {
        return units(text.data(), text.size(), 4, cut);
    }

    std::vector<std::uint64_t> build() const { return words_; }

  private:
    ArgsBuilder& units(const void* data, std::size_t count, std::size_t size, bool cut) {
        words_.push_back(count | (cut ? WPP_STRING_CUT_BIT : 0));
        const auto* bytes = static_cast<const unsigned char*>(data);
        const std::size_t length = count * size;
        for (std::size_t at = 0; at < length; at += 8) {
            std::uint64_t word = 0;                                             // zero padded
            std::memcpy(&word, bytes + at, length - at < 8 ? length - at : 8);  // host order
            words_.push_back(word);
        }
        return *this;
    }

    std::vector<std::uint64_t> words_;
};

}  // namespace wpptrace::testing
