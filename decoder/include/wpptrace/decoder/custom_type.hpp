// custom_type.hpp - WPP's CUSTOM_TYPE as the decoder knows it: a definition parsed into names
// and values, and the lookup that finds a module's custom types (decoder::Catalog implements
// it from the custom-type records of the catalog).
//
//   std::optional<CustomType> t = parse_custom_type("ItemListLong(Idle,Busy)", &error);
//   const CustomType* state = catalog.find_custom_type("tracedrv", "state");
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wpptrace::decoder {

// A CUSTOM_TYPE, parsed from its definition text.
struct CustomType {
    enum class Kind : std::uint8_t {
        list,         // ItemList*: a value's name; items count from 0, "=N" sets a value
        set,          // ItemSet* / ItemFlagsEnum: the names of the set bits, joined by '|'
        enumeration,  // ItemEnum(Name){A=0,B=1}: a value's name
    };
    Kind kind = Kind::list;
    unsigned bits = 32;  // 8, 16 or 32
    // A list's value prints as 0x%08x(NAME), as decoded WDF in-flight-recorder logs show
    // 0x0000000f(IRP_MJ_INTERNAL_DEVICE_CONTROL); an enumeration's (and bool's) as the name.
    bool numbered = false;
    std::vector<std::pair<std::uint64_t, std::string>> items;  // value (set: mask) -> name
};

// Parses "ItemListLong(Idle,Busy)", "ItemListByte(a,b=5,c)", "ItemSetShort(A,B)",
// "ItemEnum(STATE){Idle=0,Busy=1}", "ItemFlagsEnum(F){A=1,B=4}"; std::nullopt and *error set
// (when error is not null) when malformed. ItemEnum without its "{...}" list parses to an
// enumeration without items (every value renders as its number).
std::optional<CustomType> parse_custom_type(std::string_view definition, std::string* error);

// Resolves %!name! custom types of a module; the catalog will implement it.
class CustomTypeLookup {
  public:
    virtual ~CustomTypeLookup() = default;
    virtual const CustomType* find_custom_type(std::string_view module,
                                               std::string_view name) const = 0;
};

}  // namespace wpptrace::decoder
