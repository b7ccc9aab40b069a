// tsdl.hpp - what a CTF 1.8 metadata (TSDL) describes: field classes, clocks, the trace, its
// stream and event classes. tsdl_parser.cpp fills it from text; layout.hpp compiles it for
// reading. Field classes are shared (a typealias is used by many fields), never changed after
// parsing.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace wpptrace::decoder::ctf {

enum class ByteOrder : std::uint8_t { native, little, big };  // native: the trace's

struct FieldClass;
using FieldClassPtr = std::shared_ptr<const FieldClass>;

struct NamedField {
    std::string name;  // as written (LTTng prefixes an underscore, which readers drop)
    FieldClassPtr type;
};

struct EnumMapping {
    std::string label;
    std::int64_t low = 0, high = 0;  // as the container's signedness reads them (bit pattern)
};

struct FieldClass {
    enum class Kind : std::uint8_t {
        integer,
        floating,
        string,
        structure,
        array,
        sequence,
        variant
    };
    Kind kind = Kind::integer;
    std::uint32_t alignment = 8;  // bits
    std::uint32_t depth = 1;      // levels of nesting, itself included (the parser bounds it)

    // integer (enumerations too) and floating point
    std::uint32_t size = 0;  // bits
    bool is_signed = false;
    ByteOrder byte_order = ByteOrder::native;
    bool text = false;  // encoding UTF8/ASCII: arrays of it are strings
    std::string clock;  // `map = clock.NAME.value`
    bool is_enum = false;
    std::vector<EnumMapping> mappings;

    // structure and variant
    std::vector<NamedField> fields;
    std::string tag;  // variant: the enumeration field that selects the option

    // array and sequence
    FieldClassPtr element;
    std::uint64_t length = 0;  // array
    std::string length_name;   // sequence: the integer field holding the length
};

struct ClockClass {
    std::string name;
    std::uint64_t frequency = 1000000000;
    std::int64_t offset_seconds = 0;
    std::uint64_t offset_cycles = 0;
    std::string uuid;
};

struct EventClass {
    std::string name;
    std::uint64_t id = 0;
    std::uint64_t stream_id = 0;
    FieldClassPtr context;  // may be null
    FieldClassPtr payload;  // may be null
};

struct StreamClass {
    std::uint64_t id = 0;
    FieldClassPtr event_header, packet_context, event_context;  // each may be null
    std::map<std::uint64_t, EventClass> events;                 // by id
};

struct TraceClass {
    std::string uuid;  // canonical lowercase form, "" when the metadata gives none
    ByteOrder byte_order = ByteOrder::little;
    FieldClassPtr packet_header;  // may be null
    std::vector<ClockClass> clocks;
    std::map<std::uint64_t, StreamClass> streams;  // by id
    // The `env` block (LTTng: hostname, domain, tracer_name, ...), values as text.
    std::map<std::string, std::string> env;
};

}  // namespace wpptrace::decoder::ctf
