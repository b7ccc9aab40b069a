// decoded_event.cpp - the payload of a decoded wpp event (decoded_event.hpp).
#include "decoded_event.hpp"

#include <string>
#include <string_view>

#include "ir_copy.hpp"
#include "unique_handles.hpp"
#include "wpptrace/decoder/error.hpp"

namespace wpptrace::decoder::plugin {
namespace {

using FieldClassPtr = util::UniqueRef<bt_field_class, bt_field_class_put_ref>;

enum Member {
    message,
    status,
    error,
    driver,
    file,
    line,
    function,
    level,
    level_name,
    flags,
    flag_bits,
    msg_id,
    sequence,
    args_length,
    args,
};

void check(bool ok) {
    if (!ok) throw Error("filter.wpp.decode: out of memory");
}

void append(bt_field_class* structure, const char* name, bt_field_class* member) {
    FieldClassPtr owned(member);
    check(owned && bt_field_class_structure_append_member(structure, name, member) ==
                       BT_FIELD_CLASS_STRUCTURE_APPEND_MEMBER_STATUS_OK);
}

bt_field_class* unsigned_class(bt_trace_class* tc,
                               bt_field_class_integer_preferred_display_base base =
                                   BT_FIELD_CLASS_INTEGER_PREFERRED_DISPLAY_BASE_DECIMAL) {
    bt_field_class* fc = bt_field_class_integer_unsigned_create(tc);
    if (fc) bt_field_class_integer_set_preferred_display_base(fc, base);
    return fc;
}

void set_text(bt_field* payload, Member member, std::string_view text) {
    check(set_string(bt_field_structure_borrow_member_field_by_index(payload, member), text.data(),
                     text.size()) == BT_FIELD_STRING_APPEND_STATUS_OK);
}

void set_number(bt_field* payload, Member member, uint64_t value) {
    bt_field_integer_unsigned_set_value(
        bt_field_structure_borrow_member_field_by_index(payload, member), value);
}

}  // namespace

bt_field_class* make_decoded_payload_class(bt_trace_class* tc) {
    FieldClassPtr payload(bt_field_class_structure_create(tc));
    check(payload != nullptr);
    bt_field_class* s = payload.get();
    const auto hex = BT_FIELD_CLASS_INTEGER_PREFERRED_DISPLAY_BASE_HEXADECIMAL;
    append(s, "message", bt_field_class_string_create(tc));
    append(s, "status", bt_field_class_string_create(tc));
    append(s, "error", bt_field_class_string_create(tc));
    append(s, "driver", bt_field_class_string_create(tc));
    append(s, "file", bt_field_class_string_create(tc));
    append(s, "line", unsigned_class(tc));
    append(s, "function", bt_field_class_string_create(tc));
    append(s, "level", unsigned_class(tc));
    append(s, "level_name", bt_field_class_string_create(tc));
    append(s, "flags", bt_field_class_string_create(tc));
    append(s, "flag_bits", unsigned_class(tc, hex));
    append(s, "msg_id", unsigned_class(tc, hex));
    append(s, "sequence", unsigned_class(tc));
    // A CTF sequence needs a length field before it (sink.ctf.fs writes it so).
    bt_field_class* length = unsigned_class(tc);
    append(s, "args_length", length);
    FieldClassPtr word(unsigned_class(tc, hex));
    check(word != nullptr);
    append(s, "args", bt_field_class_array_dynamic_create(tc, word.get(), length));
    return payload.release();
}

void fill_decoded_payload(bt_field* payload, const WppEvent& event, const DecodedEvent& decoded) {
    const EventContext& c = decoded.context;
    set_text(payload, message, decoded.message);
    set_text(payload, status, status_name(decoded));
    std::string problem;
    if (!decoded.known)
        problem = "no format information found";
    else if (decoded.status.format_error())
        append_problem(problem, decoded.status);
    set_text(payload, error, problem);
    set_text(payload, driver, c.module);
    set_text(payload, file, c.file);
    set_number(payload, line, c.line);
    set_text(payload, function, c.function);
    set_number(payload, level, c.level);
    set_text(payload, level_name, level_text(c));
    set_text(payload, flags, c.flags);
    set_number(payload, flag_bits, event.flags);
    set_number(payload, msg_id, decoded.msg_id);
    set_number(payload, sequence, c.sequence);
    set_number(payload, args_length, decoded.args.size());
    bt_field* words = bt_field_structure_borrow_member_field_by_index(payload, args);
    check(bt_field_array_dynamic_set_length(words, decoded.args.size()) ==
          BT_FIELD_DYNAMIC_ARRAY_SET_LENGTH_STATUS_OK);
    for (std::size_t i = 0; i < decoded.args.size(); ++i)
        bt_field_integer_unsigned_set_value(bt_field_array_borrow_element_field_by_index(words, i),
                                            decoded.args[i]);
}

}  // namespace wpptrace::decoder::plugin
