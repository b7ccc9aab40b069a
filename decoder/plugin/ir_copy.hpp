// ir_copy.hpp - copies of babeltrace2 field classes and fields, for a filter that forwards
// upstream events in trace classes of its own (an upstream class is frozen and const: a filter
// cannot add its decoded event classes to it).
#pragma once

#include <babeltrace2/babeltrace.h>

#include <unordered_map>

namespace wpptrace::decoder::plugin {

// Upstream field class -> its copy, for the length fields of dynamic arrays.
using FieldClassMap = std::unordered_map<const bt_field_class*, bt_field_class*>;

// The upstream roots that field paths start from (absent: nullptr).
struct UpstreamScopes {
    const bt_field_class* packet_context = nullptr;
    const bt_field_class* common_context = nullptr;
    const bt_field_class* specific_context = nullptr;
    const bt_field_class* payload = nullptr;
};

// A new reference on a copy of `in` in `trace_class`; records every copied class in `copies`.
// Throws Error for a class CTF 1.8 traces do not have (options).
bt_field_class* copy_field_class(bt_trace_class* trace_class, const bt_field_class* in,
                                 const UpstreamScopes& scopes, FieldClassMap& copies);

// Sets a string field to `length` bytes at `text` (NULs included).
inline bt_field_string_append_status set_string(bt_field* field, const char* text,
                                                uint64_t length) {
    bt_field_string_clear(field);
    return bt_field_string_append_with_length(field, text, length);
}

// Copies the value of `in` into `out`, a field of a copy of `in`'s class. Throws Error.
void copy_field(const bt_field* in, bt_field* out);

}  // namespace wpptrace::decoder::plugin
