// field_decoder.hpp - runs a compiled layout (layout.hpp) over the bytes of one packet: every
// read is checked against the packet's content end, values go to slots, the stream clock is
// updated by clock-mapped integers (the CTF rule for values narrower than 64 bits: the clock
// wraps when the new low bits are below the current ones). Header-only: the hot path.
#pragma once

#include <cstdint>
#include <cstring>

#include "layout.hpp"

namespace wpptrace::decoder::ctf {

struct Value {
    std::uint64_t u = 0;      // integers (sign-extended), enumerations, float bits
    std::uint64_t bit = 0;    // strings, arrays, sequences: where their data starts
    std::uint64_t count = 0;  // strings: bytes before the NUL; arrays, sequences: elements
};

struct DecodeState {
    const std::uint8_t* data = nullptr;  // the packet's first byte
    std::uint64_t end = 0;               // bits that may be read (the content size)
    std::uint64_t bit = 0;               // the position
    Value* values = nullptr;
    std::uint64_t roles[static_cast<int>(Role::count)] = {};
    std::uint32_t roles_seen = 0;  // bit per Role
    std::uint64_t clock = 0;
    const char* error = nullptr;
};

// Reads `size` bits at bit `at` (which the caller checked are within the data).
inline std::uint64_t read_bits(const std::uint8_t* data, std::uint64_t at, std::uint32_t size,
                               bool big_endian) {
    const std::uint8_t* p = data + at / 8;
    unsigned shift = static_cast<unsigned>(at % 8);
    if (!big_endian && shift == 0) {
        switch (size) {
            case 8:
                return *p;
            case 16: {
                std::uint16_t v;
                std::memcpy(&v, p, 2);
                return v;
            }
            case 32: {
                std::uint32_t v;
                std::memcpy(&v, p, 4);
                return v;
            }
            case 64: {
                std::uint64_t v;
                std::memcpy(&v, p, 8);
                return v;
            }
        }
    }
    unsigned bytes = (shift + size + 7) / 8;  // at most 9
    unsigned __int128 acc = 0;
    std::uint64_t mask = size == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1;
    if (!big_endian) {
        for (unsigned i = 0; i < bytes; ++i) acc |= static_cast<unsigned __int128>(p[i]) << (8 * i);
        return static_cast<std::uint64_t>(acc >> shift) & mask;
    }
    for (unsigned i = 0; i < bytes; ++i) acc = (acc << 8) | p[i];
    return static_cast<std::uint64_t>(acc >> (bytes * 8 - shift - size)) & mask;
}

inline std::uint64_t sign_extend(std::uint64_t v, std::uint32_t size) {
    if (size == 64) return v;
    std::uint64_t sign = std::uint64_t{1} << (size - 1);
    return (v ^ sign) - sign;
}

// The CTF rule: a value narrower than 64 bits replaces the clock's low bits, and when it is
// below the low bits it replaces, the clock has wrapped once.
inline std::uint64_t update_clock(std::uint64_t clock, std::uint64_t value, std::uint32_t size) {
    if (size == 64) return value;
    std::uint64_t mask = (std::uint64_t{1} << size) - 1;
    if (value < (clock & mask)) clock += mask + 1;
    return (clock & ~mask) | value;
}

inline bool align_to(DecodeState& s, std::uint32_t alignment) {
    std::uint64_t at = (s.bit + alignment - 1) & ~std::uint64_t{alignment - 1};
    if (at > s.end || at < s.bit) {
        s.error = "a field goes past the packet's content";
        return false;
    }
    s.bit = at;
    return true;
}

inline bool decode_integer(const Node& n, DecodeState& s) {
    if (!align_to(s, n.alignment)) return false;
    if (s.end - s.bit < n.size) {
        s.error = "a field goes past the packet's content";
        return false;
    }
    std::uint64_t v = read_bits(s.data, s.bit, n.size, n.big_endian);
    s.bit += n.size;
    if (n.clock) s.clock = update_clock(s.clock, v, n.size);
    if (n.is_signed) v = sign_extend(v, n.size);
    s.values[n.slot].u = v;
    if (n.role != Role::none) {
        s.roles[static_cast<int>(n.role)] = v;
        s.roles_seen |= 1u << static_cast<int>(n.role);
    }
    return true;
}

bool decode_node(const Node& n, DecodeState& s);

// Elements of an array or sequence: `count` of `n.children[0]`.
inline bool decode_elements(const Node& n, std::uint64_t count, DecodeState& s) {
    const Node& e = n.children[0];
    if (!align_to(s, n.alignment)) return false;
    if (count > (s.end - s.bit) / e.min_bits) {
        s.error = "an array longer than the packet's content";
        return false;
    }
    Value& v = s.values[n.slot];
    v.bit = s.bit;
    v.count = count;
    if (n.fast_elements) {  // whole aligned words, checked above: no per-element work
        s.bit += count * e.size;
        return true;
    }
    for (std::uint64_t i = 0; i < count; ++i)
        if (!decode_node(e, s)) return false;
    return true;
}

inline bool decode_text(const Node& n, std::uint64_t count, DecodeState& s) {
    if (!align_to(s, n.alignment)) return false;
    if (s.bit % 8 || count > (s.end - s.bit) / 8) {
        s.error = "a text array longer than the packet's content";
        return false;
    }
    const std::uint8_t* p = s.data + s.bit / 8;
    const void* nul = count ? std::memchr(p, 0, count) : nullptr;
    Value& v = s.values[n.slot];
    v.bit = s.bit;
    v.count = nul ? static_cast<std::uint64_t>(static_cast<const std::uint8_t*>(nul) - p) : count;
    s.bit += count * 8;
    return true;
}

inline bool decode_node(const Node& n, DecodeState& s) {
    switch (n.op) {
        case Node::Op::integer:
            return decode_integer(n, s);
        case Node::Op::floating: {
            if (!align_to(s, n.alignment)) return false;
            if (s.end - s.bit < n.size) {
                s.error = "a field goes past the packet's content";
                return false;
            }
            s.values[n.slot].u = read_bits(s.data, s.bit, n.size, n.big_endian);
            s.bit += n.size;
            return true;
        }
        case Node::Op::string: {
            if (!align_to(s, 8)) return false;
            const std::uint8_t* p = s.data + s.bit / 8;
            std::uint64_t room = (s.end - s.bit) / 8;
            const void* nul = std::memchr(p, 0, room);
            if (!nul) {
                s.error = "a string goes past the packet's content";
                return false;
            }
            auto length = static_cast<std::uint64_t>(static_cast<const std::uint8_t*>(nul) - p);
            s.values[n.slot].bit = s.bit;
            s.values[n.slot].count = length;
            s.bit += (length + 1) * 8;
            return true;
        }
        case Node::Op::structure:
            if (!align_to(s, n.alignment)) return false;
            for (const Node& child : n.children)
                if (!decode_node(child, s)) return false;
            return true;
        case Node::Op::array:
            return decode_elements(n, n.length, s);
        case Node::Op::sequence:
            return decode_elements(n, s.values[n.ref_slot].u, s);
        case Node::Op::text_array:
            return decode_text(n, n.length, s);
        case Node::Op::text_sequence:
            return decode_text(n, s.values[n.ref_slot].u, s);
        case Node::Op::variant: {
            std::uint64_t tag = s.values[n.ref_slot].u;
            for (const VariantRange& r : n.ranges) {
                bool in = n.tag_signed ? static_cast<std::int64_t>(tag) >= r.low &&
                                             static_cast<std::int64_t>(tag) <= r.high
                                       : tag >= static_cast<std::uint64_t>(r.low) &&
                                             tag <= static_cast<std::uint64_t>(r.high);
                if (in) {
                    s.values[n.slot].u = r.option;
                    return decode_node(n.children[r.option], s);
                }
            }
            s.error = "a variant tag that selects no option";
            return false;
        }
    }
    return false;
}

// Decodes a compiled scope at the state's position.
inline bool decode_scope(const Scope& scope, DecodeState& s) {
    return !scope.present || decode_node(scope.root, s);
}

}  // namespace wpptrace::decoder::ctf
