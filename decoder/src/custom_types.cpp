// CUSTOM_TYPE definitions (ItemList*, ItemSet*, ItemEnum, ItemFlagsEnum): parsing and rendering,
// and WPP's own built-in custom types (defaultwpp.ini: bool, BOOLEAN, irql, pnpmj, ...).
#include <wpp/extended_types.h>

#include <cctype>
#include <charconv>
#include <cstdio>

#include <wpptrace/c_syntax/integer_literal.hpp>

#include "custom_types_builtin.hpp"
#include "wpptrace/decoder/format_engine.hpp"

namespace wpptrace::decoder {

namespace {

bool fail(std::string* error, std::string text) {
    if (error) *error = std::move(text);
    return false;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// A C integer literal, optionally signed, kept as its 64-bit pattern: a value of an unsigned
// 64-bit type may be written 0xffffffffffffffff.
bool parse_value(std::string_view text, std::int64_t& value) {
    const auto literal = c_syntax::parse_signed_literal(text);
    const auto bits = literal ? c_syntax::bit_pattern(*literal) : std::nullopt;
    if (!bits) return false;
    value = *bits;
    return true;
}

// Items "a, b=5, c" (a list's or an enumeration's values count on from the previous one; a
// set's items are bits 0, 1, 2... unless "=mask" is given).
bool parse_items(std::string_view text, CustomType& type, std::string* error) {
    const std::uint64_t mask =
        type.bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << type.bits) - 1;
    std::int64_t next = 0;
    unsigned bit = 0;
    text = trim(text);
    if (text.empty()) return true;
    for (;;) {
        const std::size_t comma = text.find(',');
        std::string_view item = trim(text.substr(0, comma));
        std::string_view name = item, value_text;
        if (const std::size_t eq = item.find('='); eq != std::string_view::npos) {
            name = trim(item.substr(0, eq));
            value_text = item.substr(eq + 1);
        }
        // Names are free text: CUSTOM_TYPE(FWP_DIRECTION, ItemListLong(Outbound, Inbound,
        // Outbound+Inbound)) names value 2 "Outbound+Inbound".
        if (name.empty()) return fail(error, "an item without a name");
        std::int64_t value = 0;
        if (!value_text.empty()) {
            if (!parse_value(value_text, value))
                return fail(error, "item \"" + std::string(name) + "\": bad value \"" +
                                       std::string(trim(value_text)) + "\"");
        } else if (type.kind == CustomType::Kind::set) {
            if (bit >= type.bits)
                return fail(error, "more set items than the type has bits (" +
                                       std::to_string(type.bits) + ")");
            value = static_cast<std::int64_t>(std::uint64_t{1} << bit);
        } else {
            value = next;
        }
        // Negative values of a list or enumeration wrap to the type's width (as the recorder
        // truncates them); anything else must fit.
        const auto stored = static_cast<std::uint64_t>(value);
        if (value >= 0 ? stored > mask : value < -static_cast<std::int64_t>(mask / 2 + 1))
            return fail(error, "item \"" + std::string(name) + "\": value " +
                                   std::to_string(value) + " does not fit " +
                                   std::to_string(type.bits) + " bits");
        type.items.emplace_back(stored & mask, std::string(name));
        next = value + 1;
        ++bit;
        if (comma == std::string_view::npos) break;
        text = text.substr(comma + 1);
    }
    return true;
}

}  // namespace

std::optional<CustomType> parse_custom_type(std::string_view definition, std::string* error) {
    std::string_view text = trim(definition);
    const std::size_t open = text.find('(');
    if (open == std::string_view::npos) {
        fail(error, "expected ItemList*(...), ItemSet*(...), ItemEnum(...) or ItemFlagsEnum(...)");
        return std::nullopt;
    }
    const std::string_view head = trim(text.substr(0, open));
    CustomType type;
    bool needs_enum_name = false;
    if (head == "ItemListByte" || head == "ItemListShort" || head == "ItemListLong") {
        type.kind = CustomType::Kind::list;
        type.numbered = true;
    } else if (head == "ItemSetByte" || head == "ItemSetShort" || head == "ItemSetLong") {
        type.kind = CustomType::Kind::set;
    } else if (head == "ItemEnum") {
        type.kind = CustomType::Kind::enumeration;
        needs_enum_name = true;
    } else if (head == "ItemFlagsEnum") {
        type.kind = CustomType::Kind::set;
        needs_enum_name = true;
    } else {
        fail(error, "unknown custom type base \"" + std::string(head) + "\"");
        return std::nullopt;
    }
    type.bits = head.ends_with("Byte") ? 8 : head.ends_with("Short") ? 16 : 32;

    // An item's name may hold parentheses: a list's items run to its last ')'.
    const std::size_t close = needs_enum_name ? text.find(')', open) : text.rfind(')');
    if (close == std::string_view::npos) {
        fail(error, "missing ')'");
        return std::nullopt;
    }
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    std::string_view rest = trim(text.substr(close + 1));
    if (needs_enum_name) {
        const std::string_view name = trim(inside);
        if (name.empty()) {
            fail(error, std::string(head) + " needs the C enum's name");
            return std::nullopt;
        }
        for (char c : name) {
            if (!is_name_char(c)) {
                fail(error, "enum name \"" + std::string(name) + "\" is not an identifier");
                return std::nullopt;
            }
        }
        // The generator resolves the enum and appends its values: {A=0,B=1}.
        if (!rest.empty()) {
            if (rest.front() != '{' || rest.back() != '}') {
                fail(error, "expected {name=value,...} after " + std::string(head) + "(" +
                                std::string(name) + ")");
                return std::nullopt;
            }
            if (!parse_items(rest.substr(1, rest.size() - 2), type, error)) return std::nullopt;
            rest = {};
        }
    } else if (!parse_items(inside, type, error)) {
        return std::nullopt;
    }
    if (!rest.empty()) {
        fail(error, "unexpected text after the definition: \"" + std::string(rest) + "\"");
        return std::nullopt;
    }
    return type;
}

void append_custom(std::string& out, const CustomType& type, std::uint64_t value) {
    const std::uint64_t mask =
        type.bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << type.bits) - 1;
    value &= mask;
    char digits[24];
    if (type.kind != CustomType::Kind::set) {
        for (const auto& [item, name] : type.items) {
            if (item == value) {
                if (type.numbered) {
                    char hex[16];
                    std::snprintf(hex, sizeof hex, "0x%08x(", static_cast<unsigned>(value));
                    out += hex;
                    out += name;
                    out += ')';
                } else {
                    out += name;
                }
                return;
            }
        }
        if (type.kind == CustomType::Kind::enumeration && type.bits < 64) {
            // A C enum is signed: -1 reads better than 4294967295.
            const int shift = 64 - static_cast<int>(type.bits);
            const auto signed_value = static_cast<std::int64_t>(value << shift) >> shift;
            out.append(digits, std::to_chars(digits, digits + sizeof digits, signed_value).ptr);
        } else {
            out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
        }
        return;
    }
    // A set: one item naming the whole value wins; otherwise the items whose bits are all set
    // and add a bit not named yet, in definition order; what is left as one hex number.
    for (const auto& [item, name] : type.items) {
        if (item == value) {
            out += name;
            return;
        }
    }
    if (value == 0) {
        for (const auto& [item, name] : type.items) {
            if (item == 0) {
                out += name;
                return;
            }
        }
        out += '0';
        return;
    }
    std::uint64_t rest = value;
    bool first = true;
    for (const auto& [item, name] : type.items) {
        if (item == 0 || (value & item) != item || (rest & item) == 0) continue;
        if (!first) out += '|';
        out += name;
        first = false;
        rest &= ~item;
    }
    if (rest != 0) {
        if (!first) out += '|';
        out += "0x";
        out.append(digits, std::to_chars(digits, digits + sizeof digits, rest, 16).ptr);
    }
}

namespace {

CustomType builtin(const char* definition, bool numbered = true) {
    std::string error;
    auto type = parse_custom_type(definition, &error);
    if (!type) {
        std::fprintf(stderr, "wpptrace: built-in custom type \"%s\": %s\n", definition,
                     error.c_str());
        return {};
    }
    type->numbered = numbered && type->kind == CustomType::Kind::list;
    return *type;
}

std::string bit_names(int count) {
    std::string names;
    for (int i = 1; i <= count; ++i) {
        // Appended piece by piece: GCC 12 -O3 warns wrongly (-Wrestrict) about `"," + string`.
        if (i > 1) names.push_back(',');
        names.append(std::to_string(i));
    }
    return names;
}

}  // namespace

const CustomType* builtin_custom_type(int ext_render) {
    // WPP's definitions (defaultwpp.ini), the names as WDK headers spell them. The booleans
    // print as their names (no public decoded log shows otherwise); irql and the IRP lists
    // as lists do.
    static const CustomType kBool = builtin("ItemListLong(false,true)", false);
    static const CustomType kBool16 = builtin("ItemListShort(false,true)", false);
    static const CustomType kBool8 = builtin("ItemListByte(false,true)", false);
    static const CustomType kBoolean = builtin("ItemListByte(FALSE,TRUE)", false);
    static const CustomType kIrql = builtin("ItemListByte(Low,APC,DPC)");
    static const CustomType kPnpMj = builtin(
        "ItemListByte(IRP_MJ_CREATE,IRP_MJ_CREATE_NAMED_PIPE,IRP_MJ_CLOSE,IRP_MJ_READ,"
        "IRP_MJ_WRITE,IRP_MJ_QUERY_INFORMATION,IRP_MJ_SET_INFORMATION,IRP_MJ_QUERY_EA,"
        "IRP_MJ_SET_EA,IRP_MJ_FLUSH_BUFFERS,IRP_MJ_QUERY_VOLUME_INFORMATION,"
        "IRP_MJ_SET_VOLUME_INFORMATION,IRP_MJ_DIRECTORY_CONTROL,IRP_MJ_FILE_SYSTEM_CONTROL,"
        "IRP_MJ_DEVICE_CONTROL,IRP_MJ_INTERNAL_DEVICE_CONTROL,IRP_MJ_SHUTDOWN,"
        "IRP_MJ_LOCK_CONTROL,IRP_MJ_CLEANUP,IRP_MJ_CREATE_MAILSLOT,IRP_MJ_QUERY_SECURITY,"
        "IRP_MJ_SET_SECURITY,IRP_MJ_POWER,IRP_MJ_SYSTEM_CONTROL,IRP_MJ_DEVICE_CHANGE,"
        "IRP_MJ_QUERY_QUOTA,IRP_MJ_SET_QUOTA,IRP_MJ_PNP)");
    static const CustomType kPnpMn = builtin(
        "ItemListByte(IRP_MN_START_DEVICE,IRP_MN_QUERY_REMOVE_DEVICE,IRP_MN_REMOVE_DEVICE,"
        "IRP_MN_CANCEL_REMOVE_DEVICE,IRP_MN_STOP_DEVICE,IRP_MN_QUERY_STOP_DEVICE,"
        "IRP_MN_CANCEL_STOP_DEVICE,IRP_MN_QUERY_DEVICE_RELATIONS,IRP_MN_QUERY_INTERFACE,"
        "IRP_MN_QUERY_CAPABILITIES,IRP_MN_QUERY_RESOURCES,IRP_MN_QUERY_RESOURCE_REQUIREMENTS,"
        "IRP_MN_QUERY_DEVICE_TEXT,IRP_MN_FILTER_RESOURCE_REQUIREMENTS,IRP_MN_PNP_14,"
        "IRP_MN_READ_CONFIG,IRP_MN_WRITE_CONFIG,IRP_MN_EJECT,IRP_MN_SET_LOCK,IRP_MN_QUERY_ID,"
        "IRP_MN_QUERY_PNP_DEVICE_STATE,IRP_MN_QUERY_BUS_INFORMATION,"
        "IRP_MN_DEVICE_USAGE_NOTIFICATION,IRP_MN_SURPRISE_REMOVAL)");
    static const CustomType kSysCtrl = builtin(
        "ItemListByte(IRP_MN_QUERY_ALL_DATA,IRP_MN_QUERY_SINGLE_INSTANCE,"
        "IRP_MN_CHANGE_SINGLE_INSTANCE,IRP_MN_CHANGE_SINGLE_ITEM,IRP_MN_ENABLE_EVENTS,"
        "IRP_MN_DISABLE_EVENTS,IRP_MN_ENABLE_COLLECTION,IRP_MN_DISABLE_COLLECTION,"
        "IRP_MN_REGINFO,IRP_MN_EXECUTE_METHOD,IRP_MN_Reserved_0a,IRP_MN_REGINFO_EX)");
    static const CustomType kB1 = builtin(("ItemSetByte(" + bit_names(8) + ")").c_str());
    static const CustomType kB2 = builtin(("ItemSetShort(" + bit_names(16) + ")").c_str());
    static const CustomType kB4 = builtin(("ItemSetLong(" + bit_names(32) + ")").c_str());
    switch (ext_render) {
        case WPP_EXT_BOOL:
            return &kBool;
        case WPP_EXT_BOOL16:
            return &kBool16;
        case WPP_EXT_BOOL8:
            return &kBool8;
        case WPP_EXT_BOOLEAN:
            return &kBoolean;
        case WPP_EXT_IRQL:
            return &kIrql;
        case WPP_EXT_PNPMJ:
            return &kPnpMj;
        case WPP_EXT_PNPMN:
            return &kPnpMn;
        case WPP_EXT_SYSCTRL:
            return &kSysCtrl;
        case WPP_EXT_B1:
            return &kB1;
        case WPP_EXT_B2:
            return &kB2;
        case WPP_EXT_B4:
            return &kB4;
        default:
            return nullptr;
    }
}

}  // namespace wpptrace::decoder
