// wpp_event_mapper.hpp - the one mapping from wpptrace's LTTng events (wpp:* and wpp_catalog:*)
// to TraceVisitor calls, for every trace backend.
//
// A backend gives two things:
//   - per event class, once: its name and a `find(scope, name)` that returns a handle on the
//     member of that name (a handle that converts to false when there is none);
//   - per event, a view (the WppEventView concept) that reads a member through such a handle.
// The mapper decides everything else: which events are wpp messages or catalog records, which
// fields they must have (a missing one makes the class malformed), what an absent optional field
// means. The view is a concept, not a virtual interface, so that the fast reader's hot path pays
// no indirect call per field.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wpptrace/decoder/read_result.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder {

enum class WppEventKind : std::uint8_t {
    message,          // wpp:*
    catalog_message,  // wpp_catalog:message
    catalog_module,   // wpp_catalog:module
    module_end,       // wpp_catalog:module_end
    other,            // any other provider: counted, ignored
    malformed         // a wpp event class without a field this decoder needs
};

// Where a member is looked up.
enum class FieldScope : std::uint8_t { payload, event_context, packet_context };

namespace wpp_fields {

enum MessageField { msg_id, level, flags, driver, args, message_field_count };
enum CatalogField {
    cat_msg_id,
    cat_module,
    cat_control,
    cat_flag_mask,
    cat_file,
    cat_line,
    cat_function,
    cat_level,
    cat_flags,
    cat_format,
    cat_types,
    catalog_field_count
};
enum ModuleField { mod_name, mod_path, mod_build_id, mod_controls, module_field_count };
enum ModuleEndField { end_name, end_how, module_end_field_count };

inline constexpr const char* message_fields[] = {"msg_id", "level", "flags", "driver", "args"};
inline constexpr const char* catalog_fields[] = {"msg_id", "module", "control",  "flag_mask",
                                                 "file",   "line",   "function", "level",
                                                 "flags",  "format", "types"};
inline constexpr const char* module_fields[] = {"name", "path", "build_id", "controls"};
inline constexpr const char* module_end_fields[] = {"name", "how"};

static_assert(std::size(message_fields) == message_field_count);
static_assert(std::size(catalog_fields) == catalog_field_count);
static_assert(std::size(module_fields) == module_field_count);
static_assert(std::size(module_end_fields) == module_end_field_count);

inline constexpr int max_payload_fields = catalog_field_count;

}  // namespace wpp_fields

// An event class as the mapper needs it, with the backend's handles on its members.
template <class Field>
struct WppEventClass {
    WppEventKind kind = WppEventKind::other;
    std::string name;
    std::string why;  // malformed: the missing field
    Field payload[wpp_fields::max_payload_fields] = {};
    Field ends_recorded = {};  // wpp_catalog:module: set when module ends are recorded
    Field attributes = {};     // wpp_catalog:message: WPP_SITE_* bits (older runtimes: absent)
    Field vpid = {}, vtid = {}, procname = {};  // event context
    Field cpu_id = {};                          // packet context
};

// Resolves an event class named `name`; `find(FieldScope, const char* member)` gives a Field.
template <class Field, class Find>
WppEventClass<Field> resolve_wpp_event_class(std::string_view name, Find&& find) {
    WppEventClass<Field> c;
    c.name = name;
    const char* const* fields = nullptr;
    std::size_t count = 0;
    if (name.starts_with("wpp:")) {
        c.kind = WppEventKind::message;
        fields = wpp_fields::message_fields;
        count = wpp_fields::message_field_count;
    } else if (name == "wpp_catalog:message") {
        c.kind = WppEventKind::catalog_message;
        fields = wpp_fields::catalog_fields;
        count = wpp_fields::catalog_field_count;
        c.attributes = find(FieldScope::payload, "attributes");  // optional
    } else if (name == "wpp_catalog:module") {
        c.kind = WppEventKind::catalog_module;
        fields = wpp_fields::module_fields;
        count = wpp_fields::module_field_count;
        c.ends_recorded = find(FieldScope::payload, "ends_recorded");  // optional
    } else if (name == "wpp_catalog:module_end") {
        c.kind = WppEventKind::module_end;
        fields = wpp_fields::module_end_fields;
        count = wpp_fields::module_end_field_count;
    } else {
        return c;
    }
    for (std::size_t i = 0; i < count; ++i) {
        c.payload[i] = find(FieldScope::payload, fields[i]);
        if (!c.payload[i]) {
            c.kind = WppEventKind::malformed;
            c.why = std::string("no payload field '") + fields[i] + "'";
        }
    }
    c.vpid = find(FieldScope::event_context, "vpid");
    c.vtid = find(FieldScope::event_context, "vtid");
    c.procname = find(FieldScope::event_context, "procname");
    c.cpu_id = find(FieldScope::packet_context, "cpu_id");
    return c;
}

// One event as a backend reads it. Absent fields (a Field that is false) and fields of another
// type read as 0, "" and no words.
template <class V>
concept WppEventView = std::default_initializable<typename V::Field> &&
    requires(const V& v, const typename V::Field& f, std::vector<std::uint64_t>& words) {
    {static_cast<bool>(f)};
    { v.integer(f) } -> std::same_as<std::uint64_t>;
    { v.text(f) } -> std::same_as<std::string_view>;
    // appends the elements of an integer array or sequence (zeros for
    // elements that are no integers)
    v.integers(f, words);
    { v.timestamp_ns() } -> std::same_as<std::int64_t>;
};

// Turns events into visitor calls and counts them in `result`.
class WppEventMapper {
  public:
    WppEventMapper(TraceVisitor& visitor, ReadResult& result)
        : visitor_(visitor), result_(result) {}

    template <WppEventView View>
    void map(const WppEventClass<typename View::Field>& c, const View& event);

    // The host of the trace whose event or loss is delivered next; cheap when unchanged.
    void set_host(std::string_view host) {
        if (host == host_ && announced_) return;
        host_.assign(host);
        announced_ = true;
        visitor_.on_trace_host(host_);
    }

  private:
    TraceVisitor& visitor_;
    ReadResult& result_;
    std::vector<std::uint64_t> words_;  // reused for every event's arguments
    std::string host_;                  // of the last set_host()
    bool announced_ = false;            // on_trace_host was called once
};

template <WppEventView View>
void WppEventMapper::map(const WppEventClass<typename View::Field>& c, const View& event) {
    namespace f = wpp_fields;
    ++result_.events;
    const auto* p = c.payload;
    switch (c.kind) {
        case WppEventKind::other:
            ++result_.other_events;
            return;
        case WppEventKind::malformed:
            visitor_.on_malformed_event(c.name, c.why);
            return;
        case WppEventKind::catalog_module: {
            ModuleInfo module;
            module.name = event.text(p[f::mod_name]);
            module.path = event.text(p[f::mod_path]);
            module.build_id = event.text(p[f::mod_build_id]);
            module.controls = parse_controls_text(event.text(p[f::mod_controls]));
            std::string name = module.name;
            visitor_.on_catalog_module(std::move(module));
            if (!c.ends_recorded) return;  // no end to expect in this trace
            visitor_.on_module_lifetime(name, static_cast<std::uint32_t>(event.integer(c.vpid)),
                                        true);
            return;
        }
        case WppEventKind::module_end:
            visitor_.on_module_lifetime(event.text(p[f::end_name]),
                                        static_cast<std::uint32_t>(event.integer(c.vpid)), false);
            return;
        case WppEventKind::catalog_message: {
            MessageInfo m;
            m.id = event.integer(p[f::cat_msg_id]);
            m.module = event.text(p[f::cat_module]);
            m.control = static_cast<std::uint32_t>(event.integer(p[f::cat_control]));
            m.flag_mask = static_cast<std::uint32_t>(event.integer(p[f::cat_flag_mask]));
            m.file = event.text(p[f::cat_file]);
            m.line = static_cast<std::uint32_t>(event.integer(p[f::cat_line]));
            m.function = event.text(p[f::cat_function]);
            m.level = event.text(p[f::cat_level]);
            m.flags = event.text(p[f::cat_flags]);
            m.format = event.text(p[f::cat_format]);
            m.types = event.text(p[f::cat_types]);
            m.attributes = static_cast<std::uint32_t>(event.integer(c.attributes));
            visitor_.on_catalog_message(std::move(m));
            return;
        }
        case WppEventKind::message:
            break;
    }
    WppEvent e;
    e.timestamp_ns = event.timestamp_ns();
    e.pid = static_cast<std::uint32_t>(event.integer(c.vpid));
    e.tid = static_cast<std::uint32_t>(event.integer(c.vtid));
    e.procname = event.text(c.procname);
    e.cpu = static_cast<std::uint32_t>(event.integer(c.cpu_id));
    e.msg_id = event.integer(p[f::msg_id]);
    e.level = static_cast<std::uint8_t>(event.integer(p[f::level]));
    e.flags = static_cast<std::uint32_t>(event.integer(p[f::flags]));
    e.driver = event.text(p[f::driver]);
    words_.clear();
    event.integers(p[f::args], words_);
    e.args = words_;
    e.host = host_;
    visitor_.on_message(e);
}

}  // namespace wpptrace::decoder
