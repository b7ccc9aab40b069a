// wpp/detail/trace_cpp.hpp - the C++20 side of the trace macros.
//
// The format string is checked against the argument types at compile time with the same parser
// the runtime and the decoder use (format_spec.h). A mismatch stops the build at the call site:
//
//   error: static assertion failed: wpptrace: a trace argument does not match its conversion ...
//   In instantiation of 'struct wpp::detail::format_check<2, wpp::detail::conversion_text{"%d"},
//       wpp::detail::format_problem::argument_is_not_an_integer, const char*>'
//
// i.e. argument 2, its conversion "%d", the problem, and the argument's type. Argument encodings
// are compile-time constants too, so packing is a straight sequence of stores.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

#include "../format_spec.h"
#include "../wide_format.hpp"
#include "emit.h"
#include "function_name.hpp"

// The module's list of C++ sites (defined, weak and hidden, by <wpp/wpp.h>).
extern "C" {
extern __attribute__((weak, visibility("hidden"))) wpp_site* wpp_linked_sites;
}

namespace wpp::detail {

// ---- argument type codes (the C++ twin of WPP_C_TYPE: both must agree) ----------------------

template <class P>
consteval char pointer_type_code() {
    using T = std::remove_cv_t<P>;
    if constexpr (std::is_same_v<T, char> || std::is_same_v<T, signed char> ||
                  std::is_same_v<T, unsigned char> || std::is_same_v<T, char8_t>)
        return WPP_TYPE_STR;
    else if constexpr (std::is_same_v<T, wchar_t> || std::is_same_v<T, int>)
        return WPP_TYPE_WSTR32;  // int*: what wchar_t* is in C
    else if constexpr (std::is_same_v<T, char16_t> || std::is_same_v<T, unsigned short>)
        return WPP_TYPE_WSTR16;
    else if constexpr (std::is_same_v<T, UNICODE_STRING>)
        return WPP_TYPE_UNICODE_STRING;
    else if constexpr (std::is_same_v<T, ANSI_STRING>)
        return WPP_TYPE_ANSI_STRING;
    else if constexpr (std::is_same_v<T, GUID>)
        return WPP_TYPE_GUID;
    else
        return WPP_TYPE_POINTER;
}

template <class A>
consteval char type_code() {
    using T = std::remove_cv_t<A>;
    if constexpr (std::is_same_v<T, bool>)
        return WPP_TYPE_U8;
    else if constexpr (std::is_enum_v<T>)
        return type_code<std::underlying_type_t<T>>();
    else if constexpr (std::is_integral_v<T>) {
        constexpr bool is_signed = std::is_signed_v<T>;
        switch (sizeof(T)) {
            case 1:
                return is_signed ? WPP_TYPE_I8 : WPP_TYPE_U8;
            case 2:
                return is_signed ? WPP_TYPE_I16 : WPP_TYPE_U16;
            case 4:
                return is_signed ? WPP_TYPE_I32 : WPP_TYPE_U32;
            default:
                return is_signed ? WPP_TYPE_I64 : WPP_TYPE_U64;
        }
    } else if constexpr (std::is_floating_point_v<T>)
        return WPP_TYPE_DOUBLE;
    else if constexpr (std::is_null_pointer_v<T>)
        return WPP_TYPE_POINTER;
    else if constexpr (std::is_pointer_v<T>)
        return pointer_type_code<std::remove_pointer_t<T>>();
    else if constexpr (std::is_same_v<T, wpp_binary>)
        return WPP_TYPE_BINARY;
    else
        return '?';  // not traceable (a struct by value...): reported by format_check
}

template <class... A>
struct arg_list {
    static constexpr char types[] = {type_code<A>()..., 0};
    static constexpr std::size_t size = sizeof...(A);
};

// Only ever named inside decltype: the arguments are not evaluated. By value, so that arrays
// decay and bit-fields are accepted.
template <class... A>
arg_list<A...> arg_types(A...);

template <std::size_t I, class... A>
struct nth_type {
    using type = void;
};
template <std::size_t I, class First, class... Rest>
struct nth_type<I, First, Rest...> {
    using type = std::conditional_t<I == 0, First, typename nth_type<I - 1, Rest...>::type>;
};

// ---- compile-time format checking ----------------------------------------------------------

// A format as narrow text. A wide one (L"...", as DrvLog* and DMFTRACE declare theirs) is
// recorded as UTF-8: at most 4 bytes a character, so its N is 4 times the literal's length.
// Conversions keep WPP's meaning whatever the literal's width (%s a char string, %ws wide).
template <std::size_t N>
struct fixed_string {
    char data[N]{};
    consteval fixed_string(const char (&text)[N]) {
        for (std::size_t i = 0; i < N; ++i) data[i] = text[i];
    }
    template <std::size_t M>
    consteval fixed_string(const wchar_t (&text)[M]) {
        std::size_t j = 0;
        for (std::size_t i = 0; i + 1 < M; ++i)
            j += encode_utf8(static_cast<std::uint32_t>(text[i]), data + j);
    }
};
template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N>;
template <std::size_t M>
fixed_string(const wchar_t (&)[M]) -> fixed_string<4 * M>;

struct conversion_text {
    char text[32]{};
};

// Named so that the compiler's message reads as the explanation.
enum class format_problem {
    ok,
    argument_is_not_an_integer,
    argument_is_64_bit_but_conversion_is_32_bit_use_I64_or_ll,
    argument_is_not_a_character,
    argument_is_not_a_pointer,
    argument_is_not_floating_point,
    argument_is_not_a_char_string,
    argument_is_not_a_wide_string,
    argument_is_not_an_ANSI_STRING_pointer,
    argument_is_not_a_UNICODE_STRING_pointer,
    argument_is_not_an_integer_of_at_most_32_bits,
    argument_is_not_a_GUID_pointer,
    argument_is_not_a_pointer_to_the_bytes,
    argument_is_not_WppBinary_pointer_and_length,
    FLAGS_is_a_prefix_field_not_a_message_type,
    malformed_conversion,
    more_conversions_than_arguments,
    more_arguments_than_conversions,
    more_than_16_arguments,
};

consteval format_problem problem_of(int check_result) {
    switch (check_result) {
        case WPP_CHECK_OK:
            return format_problem::ok;
        case WPP_CHECK_NEEDS_INTEGER:
            return format_problem::argument_is_not_an_integer;
        case WPP_CHECK_INTEGER_TOO_WIDE:
            return format_problem::argument_is_64_bit_but_conversion_is_32_bit_use_I64_or_ll;
        case WPP_CHECK_NEEDS_CHAR:
            return format_problem::argument_is_not_a_character;
        case WPP_CHECK_NEEDS_POINTER:
            return format_problem::argument_is_not_a_pointer;
        case WPP_CHECK_NEEDS_FLOAT:
            return format_problem::argument_is_not_floating_point;
        case WPP_CHECK_NEEDS_STRING:
            return format_problem::argument_is_not_a_char_string;
        case WPP_CHECK_NEEDS_WIDE_STRING:
            return format_problem::argument_is_not_a_wide_string;
        case WPP_CHECK_NEEDS_ANSI_STRING:
            return format_problem::argument_is_not_an_ANSI_STRING_pointer;
        case WPP_CHECK_NEEDS_UNICODE_STRING:
            return format_problem::argument_is_not_a_UNICODE_STRING_pointer;
        case WPP_CHECK_NEEDS_INTEGER32:
            return format_problem::argument_is_not_an_integer_of_at_most_32_bits;
        case WPP_CHECK_NEEDS_GUID_POINTER:
            return format_problem::argument_is_not_a_GUID_pointer;
        case WPP_CHECK_NEEDS_BYTES_POINTER:
            return format_problem::argument_is_not_a_pointer_to_the_bytes;
        case WPP_CHECK_NEEDS_BINARY:
            return format_problem::argument_is_not_WppBinary_pointer_and_length;
        case WPP_CHECK_FLAGS_IN_MESSAGE:
            return format_problem::FLAGS_is_a_prefix_field_not_a_message_type;
        case WPP_CHECK_TOO_FEW_ARGUMENTS:
            return format_problem::more_conversions_than_arguments;
        case WPP_CHECK_TOO_MANY_ARGUMENTS:
            return format_problem::more_arguments_than_conversions;
        case WPP_CHECK_OVER_ARGUMENT_LIMIT:
            return format_problem::more_than_16_arguments;
        default:
            return format_problem::malformed_conversion;
    }
}

template <int ArgumentNumber, conversion_text Conversion, format_problem Problem,
          class ArgumentType>
struct format_check {
    static_assert(Problem == format_problem::ok,
                  "wpptrace: a trace argument does not match its conversion: see the "
                  "format_check<argument number, conversion, problem, argument type> below");
    static constexpr bool ok = true;
};

struct check_outcome {
    int result = WPP_CHECK_OK;
    std::uint32_t argument = 0;
    std::uint32_t begin = 0, end = 0;
    std::uint8_t encodings[WPP_MAX_ARGS]{};
};

template <fixed_string Format, class Args>
struct checked_format;

template <fixed_string Format, class... A>
struct checked_format<Format, arg_list<A...>> {
    static_assert(sizeof...(A) <= WPP_MAX_ARGS,
                  "wpptrace: a trace message takes at most 16 "
                  "arguments");
    static constexpr const char* types = arg_list<A...>::types;
    static constexpr const char* text = Format.data;  // the format, narrow

    static constexpr check_outcome outcome = [] {
        check_outcome o;
        wpp_spec spec{};
        o.result =
            wpp_check_format(Format.data, arg_list<A...>::types, o.encodings, &o.argument, &spec);
        o.begin = spec.begin;
        o.end = spec.end;
        return o;
    }();

    static constexpr conversion_text conversion = [] {
        conversion_text t;
        for (std::uint32_t i = outcome.begin, j = 0; i < outcome.end && j + 1 < sizeof t.text;
             ++i, ++j)
            t.text[j] = Format.data[i];
        return t;
    }();

    static constexpr bool ok =
        format_check<static_cast<int>(outcome.argument) + 1, conversion, problem_of(outcome.result),
                     typename nth_type<outcome.argument, A...>::type>::ok;

    // Words the arguments can take: exact for scalars and fixed-size memory (a SID at its
    // largest), the full blob when a string or a WppBinary is recorded.
    static constexpr std::uint32_t capacity = [] {
        std::uint32_t words = 1;
        for (std::size_t i = 0; i < sizeof...(A); ++i) {
            switch (outcome.encodings[i]) {
                case WPP_ENC_MEMORY16:
                    words += 1 + 16 / 8;
                    break;
                case WPP_ENC_MEMORY6:
                    words += 2;
                    break;
                case WPP_ENC_SID:
                    words += 1 + (WPP_SID_MAX_BYTES + 7) / 8;
                    break;
                case WPP_ENC_BYTES:
                case WPP_ENC_UTF16:
                case WPP_ENC_UTF32:
                case WPP_ENC_BINARY:
                    words += WPP_BLOB_WORDS;
                    break;
                default:
                    words += 1;
                    break;
            }
        }
        return words > WPP_BLOB_WORDS ? std::uint32_t{WPP_BLOB_WORDS} : words;
    }();
};

// ---- packing -------------------------------------------------------------------------------

template <int Encoding, class A>
inline void put(wpp_blob& blob, const A& value) {
    using T = std::decay_t<A>;
    if constexpr (std::is_same_v<T, wpp_binary>) {
        wpp_put_binary(&blob, Encoding, value);  // whatever the conversion, as C does
    } else if constexpr (Encoding == WPP_ENC_MEMORY16 || Encoding == WPP_ENC_MEMORY6 ||
                         Encoding == WPP_ENC_SID) {
        wpp_put_memory(&blob, Encoding, static_cast<const void*>(value));
    } else if constexpr (Encoding == WPP_ENC_BYTES) {
        if constexpr (std::is_pointer_v<T> &&
                      std::is_same_v<std::remove_cv_t<std::remove_pointer_t<T>>, ANSI_STRING>)
            wpp_put_ansi_string(&blob, Encoding, value);
        else
            wpp_put_str(&blob, Encoding, value);
    } else if constexpr (Encoding == WPP_ENC_UTF16) {
        wpp_put_wstr16(&blob, Encoding, value);
    } else if constexpr (Encoding == WPP_ENC_UTF32) {
        if constexpr (std::is_pointer_v<T> &&
                      std::is_same_v<std::remove_cv_t<std::remove_pointer_t<T>>, UNICODE_STRING>)
            wpp_put_unicode_string(&blob, Encoding, value);
        else
            wpp_put_wstr32(&blob, Encoding, value);
    } else if constexpr (std::is_enum_v<T>) {
        put<Encoding>(blob, static_cast<std::underlying_type_t<T>>(value));
    } else if constexpr (std::is_integral_v<T>) {
        if constexpr (std::is_signed_v<T>)
            wpp_put_word(&blob, static_cast<std::uint64_t>(static_cast<std::int64_t>(value)));
        else
            wpp_put_word(&blob, static_cast<std::uint64_t>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
        wpp_put_f64(&blob, Encoding, static_cast<double>(value));
    } else if constexpr (std::is_null_pointer_v<T>) {
        wpp_put_word(&blob, 0);
    } else {
        wpp_put_word(&blob, reinterpret_cast<std::uintptr_t>(value));
    }
}

template <class Format, std::size_t... I, class... A>
inline void pack(wpp_blob& blob, std::index_sequence<I...>, const A&... args) {
    (put<Format::outcome.encodings[I]>(blob, args), ...);
}

// The recording path: only reached when the gate said yes and the recorder or LTTng takes it.
template <class Format, class... A>
inline void emit(wpp_ifr* recorder, wpp_ifr_thread* thread, const wpp_site& site, unsigned level,
                 std::uint32_t flags, A... args) {
    std::uint64_t words[Format::capacity];
    wpp_blob blob{words, 0, Format::capacity};
    pack<Format>(blob, std::index_sequence_for<A...>{}, args...);
    wpp_record(recorder, thread, level, &site, flags, words, blob.used);
}

// ---- site registration ---------------------------------------------------------------------

// Joins the module's list of C++ sites when the module loads (before DriverEntry), so that
// WPP_INIT_TRACING finds every site of the module, also those never executed.
template <wpp_site* Site>
struct site_registrar {
    static inline const bool registered = [] {
        Site->next = wpp_linked_sites;
        wpp_linked_sites = Site;
        return true;
    }();
};

}  // namespace wpp::detail

// The hooks of the trace-call skeleton (trace_gated.h).
#define WPP_LANG_DECLARE_(MSG, ...)                                                     \
    using wpp_format_ =                                                                 \
        ::wpp::detail::checked_format<::wpp::detail::fixed_string{MSG},                 \
                                      decltype(::wpp::detail::arg_types(__VA_ARGS__))>; \
    static_assert(wpp_format_::ok);                                                     \
    static constexpr auto wpp_function_ = ::wpp::detail::msvc_function_name(__PRETTY_FUNCTION__);
#define WPP_LANG_SITE_ static constinit ::wpp_site
#define WPP_LANG_ATTRIBUTES_(MSG) 0u  // wide formats are converted at compile time
#define WPP_LANG_FUNCTION_ wpp_function_.data
#define WPP_LANG_FORMAT_(MSG) wpp_format_::text
#define WPP_LANG_TYPES_ wpp_format_::types
#define WPP_LANG_REGISTER_SITE_ (void)::wpp::detail::site_registrar<&wpp_site_>::registered;
#define WPP_LANG_EMIT_(FLAG_MASK, ...)                                                          \
    ::wpp::detail::emit<wpp_format_>(WPP_IFR_CURRENT_, &wpp_ifr_thread_, wpp_site_, wpp_level_, \
                                     (FLAG_MASK)__VA_OPT__(, ) __VA_ARGS__);

#include "trace_gated.h"
