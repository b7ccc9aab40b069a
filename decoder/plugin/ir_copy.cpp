// ir_copy.cpp - copies of babeltrace2 field classes and fields (ir_copy.hpp).
#include "ir_copy.hpp"

#include <string>

#include "unique_handles.hpp"
#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder::plugin {
namespace {

using FieldClassPtr = util::UniqueRef<bt_field_class, bt_field_class_put_ref>;

void copy_integer_properties(const bt_field_class* in, bt_field_class* out) {
    bt_field_class_integer_set_field_value_range(out,
                                                 bt_field_class_integer_get_field_value_range(in));
    bt_field_class_integer_set_preferred_display_base(
        out, bt_field_class_integer_get_preferred_display_base(in));
}

void check(bool ok, const char* what) {
    if (!ok) throw Error(std::string("cannot copy a field class: ") + what);
}

void copy_enumeration_mappings(const bt_field_class* in, bt_field_class* out, bool is_signed) {
    const uint64_t n = bt_field_class_enumeration_get_mapping_count(in);
    for (uint64_t i = 0; i < n; ++i) {
        if (is_signed) {
            const auto* m = bt_field_class_enumeration_signed_borrow_mapping_by_index_const(in, i);
            check(bt_field_class_enumeration_signed_add_mapping(
                      out,
                      bt_field_class_enumeration_mapping_get_label(
                          bt_field_class_enumeration_signed_mapping_as_mapping_const(m)),
                      bt_field_class_enumeration_signed_mapping_borrow_ranges_const(m)) ==
                      BT_FIELD_CLASS_ENUMERATION_ADD_MAPPING_STATUS_OK,
                  "enumeration mapping");
        } else {
            const auto* m =
                bt_field_class_enumeration_unsigned_borrow_mapping_by_index_const(in, i);
            check(bt_field_class_enumeration_unsigned_add_mapping(
                      out,
                      bt_field_class_enumeration_mapping_get_label(
                          bt_field_class_enumeration_unsigned_mapping_as_mapping_const(m)),
                      bt_field_class_enumeration_unsigned_mapping_borrow_ranges_const(m)) ==
                      BT_FIELD_CLASS_ENUMERATION_ADD_MAPPING_STATUS_OK,
                  "enumeration mapping");
        }
    }
}

// The upstream class a field path designates (a dynamic array's length field).
const bt_field_class* resolve_path(const bt_field_path* path, const UpstreamScopes& scopes) {
    const bt_field_class* fc = nullptr;
    switch (bt_field_path_get_root_scope(path)) {
        case BT_FIELD_PATH_SCOPE_PACKET_CONTEXT:
            fc = scopes.packet_context;
            break;
        case BT_FIELD_PATH_SCOPE_EVENT_COMMON_CONTEXT:
            fc = scopes.common_context;
            break;
        case BT_FIELD_PATH_SCOPE_EVENT_SPECIFIC_CONTEXT:
            fc = scopes.specific_context;
            break;
        case BT_FIELD_PATH_SCOPE_EVENT_PAYLOAD:
            fc = scopes.payload;
            break;
    }
    const uint64_t n = bt_field_path_get_item_count(path);
    for (uint64_t i = 0; fc && i < n; ++i) {
        const bt_field_path_item* item = bt_field_path_borrow_item_by_index_const(path, i);
        if (bt_field_path_item_get_type(item) == BT_FIELD_PATH_ITEM_TYPE_CURRENT_ARRAY_ELEMENT) {
            fc = bt_field_class_array_borrow_element_field_class_const(fc);
        } else if (bt_field_path_item_get_type(item) == BT_FIELD_PATH_ITEM_TYPE_INDEX &&
                   bt_field_class_get_type(fc) == BT_FIELD_CLASS_TYPE_STRUCTURE) {
            fc = bt_field_class_structure_member_borrow_field_class_const(
                bt_field_class_structure_borrow_member_by_index_const(
                    fc, bt_field_path_item_index_get_index(item)));
        } else if (bt_field_path_item_get_type(item) == BT_FIELD_PATH_ITEM_TYPE_INDEX &&
                   bt_field_class_type_is(bt_field_class_get_type(fc),
                                          BT_FIELD_CLASS_TYPE_VARIANT)) {
            fc = bt_field_class_variant_option_borrow_field_class_const(
                bt_field_class_variant_borrow_option_by_index_const(
                    fc, bt_field_path_item_index_get_index(item)));
        } else {
            fc = nullptr;
        }
    }
    return fc;
}

// The copy of the class `path` designates (copied earlier: it comes first).
bt_field_class* copy_at(const bt_field_path* path, const UpstreamScopes& scopes,
                        const FieldClassMap& copies, const char* what) {
    auto it = copies.find(resolve_path(path, scopes));
    if (it == copies.end()) throw Error(std::string("cannot copy a field class: ") + what);
    return it->second;
}

// Variants (CTF 1.8: with an enumeration tag, which babeltrace2 makes an integer selector).
bt_field_class* copy_variant(bt_trace_class* tc, const bt_field_class* in,
                             const UpstreamScopes& scopes, FieldClassMap& copies) {
    const bt_field_class_type type = bt_field_class_get_type(in);
    bt_field_class* selector = nullptr;
    if (type != BT_FIELD_CLASS_TYPE_VARIANT_WITHOUT_SELECTOR_FIELD)
        selector =
            copy_at(bt_field_class_variant_with_selector_field_borrow_selector_field_path_const(in),
                    scopes, copies, "a variant's selector field is not found");
    FieldClassPtr out(bt_field_class_variant_create(tc, selector));
    check(out != nullptr, "out of memory");
    const uint64_t n = bt_field_class_variant_get_option_count(in);
    for (uint64_t i = 0; i < n; ++i) {
        const bt_field_class_variant_option* option =
            bt_field_class_variant_borrow_option_by_index_const(in, i);
        const char* name = bt_field_class_variant_option_get_name(option);
        FieldClassPtr option_class(copy_field_class(
            tc, bt_field_class_variant_option_borrow_field_class_const(option), scopes, copies));
        bool ok = false;
        if (type == BT_FIELD_CLASS_TYPE_VARIANT_WITHOUT_SELECTOR_FIELD) {
            ok = bt_field_class_variant_without_selector_append_option(out.get(), name,
                                                                       option_class.get()) ==
                 BT_FIELD_CLASS_VARIANT_WITHOUT_SELECTOR_FIELD_APPEND_OPTION_STATUS_OK;
        } else if (type == BT_FIELD_CLASS_TYPE_VARIANT_WITH_UNSIGNED_INTEGER_SELECTOR_FIELD) {
            ok =
                bt_field_class_variant_with_selector_field_integer_unsigned_append_option(
                    out.get(), name, option_class.get(),
                    bt_field_class_variant_with_selector_field_integer_unsigned_option_borrow_ranges_const(
                        bt_field_class_variant_with_selector_field_integer_unsigned_borrow_option_by_index_const(
                            in, i))) ==
                BT_FIELD_CLASS_VARIANT_WITH_SELECTOR_FIELD_APPEND_OPTION_STATUS_OK;
        } else {
            ok =
                bt_field_class_variant_with_selector_field_integer_signed_append_option(
                    out.get(), name, option_class.get(),
                    bt_field_class_variant_with_selector_field_integer_signed_option_borrow_ranges_const(
                        bt_field_class_variant_with_selector_field_integer_signed_borrow_option_by_index_const(
                            in, i))) ==
                BT_FIELD_CLASS_VARIANT_WITH_SELECTOR_FIELD_APPEND_OPTION_STATUS_OK;
        }
        check(ok, "variant option");
    }
    return out.release();
}

}  // namespace

bt_field_class* copy_field_class(bt_trace_class* trace_class, const bt_field_class* in,
                                 const UpstreamScopes& scopes, FieldClassMap& copies) {
    FieldClassPtr out;
    const bt_field_class_type type = bt_field_class_get_type(in);
    switch (type) {
        case BT_FIELD_CLASS_TYPE_BOOL:
            out.reset(bt_field_class_bool_create(trace_class));
            break;
        case BT_FIELD_CLASS_TYPE_BIT_ARRAY:
            out.reset(bt_field_class_bit_array_create(trace_class,
                                                      bt_field_class_bit_array_get_length(in)));
            break;
        case BT_FIELD_CLASS_TYPE_UNSIGNED_INTEGER:
            out.reset(bt_field_class_integer_unsigned_create(trace_class));
            check(out != nullptr, "out of memory");
            copy_integer_properties(in, out.get());
            break;
        case BT_FIELD_CLASS_TYPE_SIGNED_INTEGER:
            out.reset(bt_field_class_integer_signed_create(trace_class));
            check(out != nullptr, "out of memory");
            copy_integer_properties(in, out.get());
            break;
        case BT_FIELD_CLASS_TYPE_UNSIGNED_ENUMERATION:
        case BT_FIELD_CLASS_TYPE_SIGNED_ENUMERATION: {
            const bool is_signed = type == BT_FIELD_CLASS_TYPE_SIGNED_ENUMERATION;
            out.reset(is_signed ? bt_field_class_enumeration_signed_create(trace_class)
                                : bt_field_class_enumeration_unsigned_create(trace_class));
            check(out != nullptr, "out of memory");
            copy_integer_properties(in, out.get());
            copy_enumeration_mappings(in, out.get(), is_signed);
            break;
        }
        case BT_FIELD_CLASS_TYPE_SINGLE_PRECISION_REAL:
            out.reset(bt_field_class_real_single_precision_create(trace_class));
            break;
        case BT_FIELD_CLASS_TYPE_DOUBLE_PRECISION_REAL:
            out.reset(bt_field_class_real_double_precision_create(trace_class));
            break;
        case BT_FIELD_CLASS_TYPE_STRING:
            out.reset(bt_field_class_string_create(trace_class));
            break;
        case BT_FIELD_CLASS_TYPE_STRUCTURE: {
            out.reset(bt_field_class_structure_create(trace_class));
            check(out != nullptr, "out of memory");
            const uint64_t n = bt_field_class_structure_get_member_count(in);
            for (uint64_t i = 0; i < n; ++i) {
                const bt_field_class_structure_member* member =
                    bt_field_class_structure_borrow_member_by_index_const(in, i);
                FieldClassPtr member_class(copy_field_class(
                    trace_class, bt_field_class_structure_member_borrow_field_class_const(member),
                    scopes, copies));
                check(bt_field_class_structure_append_member(
                          out.get(), bt_field_class_structure_member_get_name(member),
                          member_class.get()) == BT_FIELD_CLASS_STRUCTURE_APPEND_MEMBER_STATUS_OK,
                      "structure member");
            }
            break;
        }
        case BT_FIELD_CLASS_TYPE_STATIC_ARRAY: {
            FieldClassPtr element(copy_field_class(
                trace_class, bt_field_class_array_borrow_element_field_class_const(in), scopes,
                copies));
            out.reset(bt_field_class_array_static_create(
                trace_class, element.get(), bt_field_class_array_static_get_length(in)));
            break;
        }
        case BT_FIELD_CLASS_TYPE_DYNAMIC_ARRAY_WITHOUT_LENGTH_FIELD:
        case BT_FIELD_CLASS_TYPE_DYNAMIC_ARRAY_WITH_LENGTH_FIELD: {
            bt_field_class* length = nullptr;
            if (type == BT_FIELD_CLASS_TYPE_DYNAMIC_ARRAY_WITH_LENGTH_FIELD) {
                length = copy_at(
                    bt_field_class_array_dynamic_with_length_field_borrow_length_field_path_const(
                        in),
                    scopes, copies, "a dynamic array's length field is not found");
            }
            FieldClassPtr element(copy_field_class(
                trace_class, bt_field_class_array_borrow_element_field_class_const(in), scopes,
                copies));
            out.reset(bt_field_class_array_dynamic_create(trace_class, element.get(), length));
            break;
        }
        case BT_FIELD_CLASS_TYPE_VARIANT_WITHOUT_SELECTOR_FIELD:
        case BT_FIELD_CLASS_TYPE_VARIANT_WITH_UNSIGNED_INTEGER_SELECTOR_FIELD:
        case BT_FIELD_CLASS_TYPE_VARIANT_WITH_SIGNED_INTEGER_SELECTOR_FIELD:
            out.reset(copy_variant(trace_class, in, scopes, copies));
            break;
        default:
            throw Error("cannot copy a field class of type " + std::to_string(type) +
                        " (options are not supported: CTF 1.8 traces have none)");
    }
    check(out != nullptr, "out of memory");
    copies[in] = out.get();
    return out.release();
}

void copy_field(const bt_field* in, bt_field* out) {
    const bt_field_class_type type = bt_field_get_class_type(in);
    if (bt_field_class_type_is(type, BT_FIELD_CLASS_TYPE_UNSIGNED_INTEGER)) {
        bt_field_integer_unsigned_set_value(out, bt_field_integer_unsigned_get_value(in));
    } else if (bt_field_class_type_is(type, BT_FIELD_CLASS_TYPE_SIGNED_INTEGER)) {
        bt_field_integer_signed_set_value(out, bt_field_integer_signed_get_value(in));
    } else if (type == BT_FIELD_CLASS_TYPE_STRING) {
        if (set_string(out, bt_field_string_get_value(in), bt_field_string_get_length(in)) !=
            BT_FIELD_STRING_APPEND_STATUS_OK)
            throw Error("cannot copy a string field: out of memory");
    } else if (type == BT_FIELD_CLASS_TYPE_STRUCTURE) {
        const uint64_t n =
            bt_field_class_structure_get_member_count(bt_field_borrow_class_const(in));
        for (uint64_t i = 0; i < n; ++i)
            copy_field(bt_field_structure_borrow_member_field_by_index_const(in, i),
                       bt_field_structure_borrow_member_field_by_index(out, i));
    } else if (bt_field_class_type_is(type, BT_FIELD_CLASS_TYPE_ARRAY)) {
        const uint64_t n = bt_field_array_get_length(in);
        if (bt_field_class_type_is(type, BT_FIELD_CLASS_TYPE_DYNAMIC_ARRAY) &&
            bt_field_array_dynamic_set_length(out, n) !=
                BT_FIELD_DYNAMIC_ARRAY_SET_LENGTH_STATUS_OK)
            throw Error("cannot copy an array field: out of memory");
        for (uint64_t i = 0; i < n; ++i)
            copy_field(bt_field_array_borrow_element_field_by_index_const(in, i),
                       bt_field_array_borrow_element_field_by_index(out, i));
    } else if (bt_field_class_type_is(type, BT_FIELD_CLASS_TYPE_VARIANT)) {
        const uint64_t option = bt_field_variant_get_selected_option_index(in);
        if (bt_field_variant_select_option_by_index(out, option) !=
            BT_FIELD_VARIANT_SELECT_OPTION_STATUS_OK)
            throw Error("cannot copy a variant field: out of memory");
        copy_field(bt_field_variant_borrow_selected_option_field_const(in),
                   bt_field_variant_borrow_selected_option_field(out));
    } else if (type == BT_FIELD_CLASS_TYPE_BOOL) {
        bt_field_bool_set_value(out, bt_field_bool_get_value(in));
    } else if (type == BT_FIELD_CLASS_TYPE_BIT_ARRAY) {
        bt_field_bit_array_set_value_as_integer(out, bt_field_bit_array_get_value_as_integer(in));
    } else if (type == BT_FIELD_CLASS_TYPE_SINGLE_PRECISION_REAL) {
        bt_field_real_single_precision_set_value(out, bt_field_real_single_precision_get_value(in));
    } else if (type == BT_FIELD_CLASS_TYPE_DOUBLE_PRECISION_REAL) {
        bt_field_real_double_precision_set_value(out, bt_field_real_double_precision_get_value(in));
    } else {
        throw Error("cannot copy a field of type " + std::to_string(type));
    }
}

}  // namespace wpptrace::decoder::plugin
