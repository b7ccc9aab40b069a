// rtl_format.cpp - Windows printf semantics over the host's snprintf (see rtl_format.hpp).
#include "rtl_format.hpp"

#include <cstdint>
#include <cstdio>
#include <cwchar>

#include <wdm.h>

namespace wpptrace::framework {
namespace {

enum class Size { none, hh, h, l, ll, w, ptr, i32, i64, big_l };

template <typename Char>
struct Directive {
    std::string flags;
    int width = -1;
    int precision = -1;
    Size size = Size::none;
    Char type = 0;
};

template <typename Char>
bool is_digit(Char c) {
    return c >= '0' && c <= '9';
}

// Reads a directive after '%'; returns the position after it, or nullptr for a bad one.
template <typename Char>
const Char* parse(const Char* p, Directive<Char>& d, va_list& args) {
    while (*p == '-' || *p == '+' || *p == ' ' || *p == '#' || *p == '0') {
        d.flags += static_cast<char>(*p++);
    }
    if (*p == '*') {
        d.width = va_arg(args, int);
        if (d.width < 0) {
            d.flags += '-';
            d.width = -d.width;
        }
        ++p;
    } else if (is_digit(*p)) {
        d.width = 0;
        while (is_digit(*p)) d.width = d.width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
        ++p;
        d.precision = 0;
        if (*p == '*') {
            d.precision = va_arg(args, int);
            ++p;
        } else {
            while (is_digit(*p)) d.precision = d.precision * 10 + (*p++ - '0');
        }
    }
    if (p[0] == 'h' && p[1] == 'h') {
        d.size = Size::hh, p += 2;
    } else if (*p == 'h') {
        d.size = Size::h, ++p;
    } else if (p[0] == 'l' && p[1] == 'l') {
        d.size = Size::ll, p += 2;
    } else if (*p == 'l') {
        d.size = Size::l, ++p;
    } else if (*p == 'w') {
        d.size = Size::w, ++p;
    } else if (p[0] == 'I' && p[1] == '6' && p[2] == '4') {
        d.size = Size::i64, p += 3;
    } else if (p[0] == 'I' && p[1] == '3' && p[2] == '2') {
        d.size = Size::i32, p += 3;
    } else if (*p == 'I' || *p == 'z' || *p == 't' || *p == 'j') {
        d.size = Size::ptr, ++p;
    } else if (*p == 'L') {
        d.size = Size::big_l, ++p;
    }
    if (!*p) return nullptr;
    d.type = *p++;
    return p;
}

std::wstring widen_ascii(const char* text, size_t length) {
    std::wstring out;
    out.reserve(length);
    for (size_t i = 0; i < length; ++i)
        out += static_cast<wchar_t>(static_cast<unsigned char>(text[i]));
    return out;
}

void pad(std::wstring& out, std::wstring text, const std::string& flags, int width) {
    if (width > 0 && text.size() < static_cast<size_t>(width)) {
        std::wstring fill(static_cast<size_t>(width) - text.size(), L' ');
        text = flags.find('-') != std::string::npos ? text + fill : fill + text;
    }
    out += text;
}

// A number or a double through the host's snprintf, with the argument read at Windows' size.
template <typename Char>
void format_number(std::wstring& out, const Directive<Char>& d, va_list& args) {
    std::string spec = "%" + d.flags;
    if (d.width >= 0) spec += std::to_string(d.width);
    if (d.precision >= 0) spec += "." + std::to_string(d.precision);
    char buffer[512];
    const char type = static_cast<char>(d.type);
    if (type == 'e' || type == 'E' || type == 'f' || type == 'g' || type == 'G' || type == 'a' ||
        type == 'A') {
        double value = va_arg(args, double);
        spec += type;
        snprintf(buffer, sizeof buffer, spec.c_str(), value);
    } else {
        const bool is_signed = type == 'd' || type == 'i';
        unsigned long long bits;
        int width_bits;
        switch (d.size) {
            case Size::ll:
            case Size::i64:
            case Size::ptr:
            case Size::big_l:
                bits = va_arg(args, unsigned long long);
                width_bits = 64;
                break;
            case Size::h:
                bits = static_cast<unsigned>(va_arg(args, int));
                width_bits = 16;
                break;
            case Size::hh:
                bits = static_cast<unsigned>(va_arg(args, int));
                width_bits = 8;
                break;
            default:  // none, l (Windows' long is 32 bits), w, I32
                bits = static_cast<unsigned>(va_arg(args, int));
                width_bits = 32;
                break;
        }
        if (width_bits < 64) bits &= (1ull << width_bits) - 1;
        spec += "ll";
        spec += type;
        if (is_signed) {
            long long value = static_cast<long long>(bits);
            if (width_bits < 64 && (bits >> (width_bits - 1)) & 1) value -= 1ll << width_bits;
            snprintf(buffer, sizeof buffer, spec.c_str(), value);
        } else {
            snprintf(buffer, sizeof buffer, spec.c_str(), bits);
        }
    }
    out += widen_ascii(buffer, strlen(buffer));
}

template <typename Char>
std::wstring format(const Char* format, va_list args_in) {
    constexpr bool wide_function = sizeof(Char) != 1;
    va_list args;
    va_copy(args, args_in);
    std::wstring out;
    for (const Char* p = format; *p;) {
        if (*p != '%') {
            out += static_cast<wchar_t>(static_cast<std::make_unsigned_t<Char>>(*p++));
            continue;
        }
        if (p[1] == '%') {
            out += L'%';
            p += 2;
            continue;
        }
        Directive<Char> d;
        const Char* next = parse(p + 1, d, args);
        if (!next) break;
        p = next;
        switch (d.type) {
            case 'c':
            case 'C': {
                wchar_t c = static_cast<wchar_t>(va_arg(args, int));
                const bool wide = d.size == Size::l || d.size == Size::w ||
                                  (d.size != Size::h && ((d.type == 'c') == wide_function));
                if (!wide) c = static_cast<wchar_t>(static_cast<unsigned char>(c));
                pad(out, std::wstring(1, c), d.flags, d.width);
                break;
            }
            case 's':
            case 'S': {
                const bool wide = d.size == Size::l || d.size == Size::w ||
                                  (d.size != Size::h && ((d.type == 's') == wide_function));
                std::wstring text;
                if (wide) {
                    const wchar_t* s = va_arg(args, const wchar_t*);
                    if (!s) s = L"(null)";
                    size_t n = 0;
                    while (s[n] && (d.precision < 0 || n < static_cast<size_t>(d.precision))) ++n;
                    text.assign(s, n);
                } else {
                    const char* s = va_arg(args, const char*);
                    if (!s) s = "(null)";
                    size_t n = 0;
                    while (s[n] && (d.precision < 0 || n < static_cast<size_t>(d.precision))) ++n;
                    text = widen_ascii(s, n);
                }
                pad(out, text, d.flags, d.width);
                break;
            }
            case 'Z': {
                std::wstring text;
                if (d.size == Size::w || d.size == Size::l) {
                    auto* s = va_arg(args, const UNICODE_STRING*);
                    if (!s || !s->Buffer) {
                        text = L"(null)";
                    } else {
                        text.assign(s->Buffer, s->Length / sizeof(WCHAR));
                    }
                } else {
                    auto* s = va_arg(args, const ANSI_STRING*);
                    text = !s || !s->Buffer ? L"(null)" : widen_ascii(s->Buffer, s->Length);
                }
                if (d.precision >= 0 && text.size() > static_cast<size_t>(d.precision)) {
                    text.resize(static_cast<size_t>(d.precision));
                }
                pad(out, text, d.flags, d.width);
                break;
            }
            case 'p': {
                char buffer[32];
                snprintf(buffer, sizeof buffer, "%016llX",
                         static_cast<unsigned long long>(
                             reinterpret_cast<uintptr_t>(va_arg(args, void*))));
                pad(out, widen_ascii(buffer, strlen(buffer)), d.flags, d.width);
                break;
            }
            case 'n':
                (void)va_arg(args, void*);  // not written: ntstrsafe refuses %n too
                break;
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X':
            case 'e':
            case 'E':
            case 'f':
            case 'g':
            case 'G':
            case 'a':
            case 'A':
                format_number(out, d, args);
                break;
            default:  // unknown: printed as written, as the CRT does
                out += L'%';
                out += static_cast<wchar_t>(d.type);
                break;
        }
    }
    va_end(args);
    return out;
}

}  // namespace

std::wstring format_windows(const wchar_t* text, va_list args) {
    return format(text, args);
}
std::wstring format_windows(const char* text, va_list args) {
    return format(text, args);
}

}  // namespace wpptrace::framework
