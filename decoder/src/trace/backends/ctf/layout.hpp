// layout.hpp - a TSDL field class compiled for reading: one Node per field position, with the
// byte order resolved, the slot its value goes to, its meaning for the reader (packet size,
// event id, ...), sequence lengths and variant tags resolved to slots. Built once per trace;
// field_decoder.hpp runs it over packet bytes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tsdl.hpp"

namespace wpptrace::decoder::ctf {

// What a field means to the reader, by its name in its scope (the names CTF 1.8 reserves).
enum class Role : std::uint8_t {
    none,
    magic,
    stream_id,
    stream_instance_id,
    event_id,
    timestamp_begin,
    timestamp_end,
    content_size,
    packet_size,
    packet_seq_num,
    events_discarded,
    cpu_id,
    count
};

enum class ScopeKind : std::uint8_t { packet_header, packet_context, event_header, other };

struct VariantRange {
    std::int64_t low, high;  // compared signed or unsigned as the tag is
    std::uint32_t option;
};

struct Node {
    enum class Op : std::uint8_t {
        integer,
        floating,
        string,
        text_array,     // 8-bit text integers: a string of at most `length` bytes
        text_sequence,  // the same with a length field
        structure,
        array,
        sequence,
        variant
    };
    Op op = Op::integer;
    std::uint32_t alignment = 8;
    std::uint32_t size = 0;  // integer and floating point
    bool is_signed = false;
    bool big_endian = false;
    bool clock = false;  // mapped to the stream's clock
    Role role = Role::none;
    bool tag_signed = false;           // variant: its tag's signedness
    bool fast_elements = false;        // array/sequence: plain aligned little-endian words
    std::uint32_t slot = 0;            // where its value goes
    std::uint32_t ref_slot = 0;        // sequence: the length's slot; variant: the tag's
    std::uint64_t length = 0;          // array
    std::uint64_t min_bits = 0;        // the least it can take in a packet
    std::vector<Node> children;        // members, options, or the one element
    std::vector<std::string> names;    // members' and options' names, as written
    std::vector<VariantRange> ranges;  // variant
};

// A compiled scope: its root and where its top-level members' values go.
struct Scope {
    bool present = false;
    Node root;
    std::uint32_t slots = 0;  // values the scope writes, counting from its first slot
    // The slot and node of a top-level member by name (a leading underscore ignored); -1 and
    // nullptr when absent.
    int slot_of(std::string_view name) const;
    const Node* node_of(std::string_view name) const;
};

// Compiles `type` (a structure, or null for an absent scope) with slots from `first_slot`.
// Returns "" or why the layout is not supported.
std::string compile_scope(const FieldClassPtr& type, ScopeKind kind, ByteOrder trace_order,
                          const std::vector<ClockClass>& clocks, std::uint32_t first_slot,
                          Scope& scope);

// A member's name as readers show it: LTTng's leading underscore dropped.
std::string_view plain_name(std::string_view name);

}  // namespace wpptrace::decoder::ctf
