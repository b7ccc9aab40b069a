// wpp_event_mapper.hpp - the one mapping from wpptrace's LTTng events (wpp:* and wpp_catalog:*)
// and LTTng-UST's state dump of loaded binaries (lttng_ust_statedump:*) to TraceVisitor calls,
// for every trace backend.
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
#include <unordered_map>
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
    statedump_start,  // lttng_ust_statedump:start: a process lists its binaries anew
    binary_info,      // lttng_ust_statedump:bin_info: a loaded binary's path
    binary_build_id,  // lttng_ust_statedump:build_id: its GNU build id
    process_name,     // lttng_ust_statedump:procname: the process's name, once per dump
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

// LTTng-UST's state dump (lttng-ust-statedump-provider.h). Not ours: a class without these
// fields is another provider's business, counted as `other`, never malformed.
enum BinaryInfoField { bin_baddr, bin_memsz, bin_path, binary_info_field_count };
enum BinaryBuildIdField { bid_baddr, bid_build_id, binary_build_id_field_count };
enum ProcessNameField { proc_name, process_name_field_count };
inline constexpr const char* binary_info_fields[] = {"baddr", "memsz", "path"};
inline constexpr const char* binary_build_id_fields[] = {"baddr", "build_id"};
inline constexpr const char* process_name_fields[] = {"procname"};
static_assert(std::size(binary_info_fields) == binary_info_field_count);
static_assert(std::size(binary_build_id_fields) == binary_build_id_field_count);
static_assert(std::size(process_name_fields) == process_name_field_count);

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

// What losses in a stream can cost, from the name of one event class of its stream class
// (combine the classes with |). A stream class that declares no event class should count as
// LostFrom::both: nothing is assumed lost for free.
inline LostFrom lost_from_event_class(std::string_view name) {
    if (name.starts_with("wpp:")) return LostFrom::messages;
    if (name.starts_with("wpp_catalog:") || name.starts_with("lttng_ust_statedump:"))
        return LostFrom::catalog;
    return LostFrom::nothing;
}

// The state dump classes the catalog lookup needs (catalog_by_build_id.hpp) and the process's
// name (for messages recorded without the procname context); the others (debug_link, end) and
// classes without the fields stay `other`.
template <class Field, class Find>
WppEventClass<Field> resolve_statedump_class(WppEventClass<Field> c, Find&& find) {
    const char* const* fields = nullptr;
    std::size_t count = 0;
    WppEventKind kind = WppEventKind::other;
    if (c.name == "lttng_ust_statedump:start") {
        kind = WppEventKind::statedump_start;
    } else if (c.name == "lttng_ust_statedump:bin_info") {
        kind = WppEventKind::binary_info;
        fields = wpp_fields::binary_info_fields;
        count = wpp_fields::binary_info_field_count;
    } else if (c.name == "lttng_ust_statedump:build_id") {
        kind = WppEventKind::binary_build_id;
        fields = wpp_fields::binary_build_id_fields;
        count = wpp_fields::binary_build_id_field_count;
    } else if (c.name == "lttng_ust_statedump:procname") {
        kind = WppEventKind::process_name;
        fields = wpp_fields::process_name_fields;
        count = wpp_fields::process_name_field_count;
    } else {
        return c;
    }
    for (std::size_t i = 0; i < count; ++i) {
        c.payload[i] = find(FieldScope::payload, fields[i]);
        if (!c.payload[i]) return c;  // not the state dump this decoder knows: ignored
    }
    c.vpid = find(FieldScope::event_context, "vpid");
    if (!c.vpid) return c;  // binaries of no known process cannot be matched to its messages
    c.kind = kind;
    return c;
}

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
    } else if (name.starts_with("lttng_ust_statedump:")) {
        return resolve_statedump_class<Field>(std::move(c), find);
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
        host_index_ =
            hosts_.try_emplace(host_, static_cast<std::uint32_t>(hosts_.size())).first->second;
        visitor_.on_trace_host(host_);
    }

  private:
    // Process names by host and vpid, from lttng_ust_statedump:procname. A later dump of the
    // same vpid (a regenerated state dump, or a new process reusing the number) replaces the
    // name for the events that follow it: events come in time order.
    static std::uint64_t process_key(std::uint32_t host, std::uint32_t pid) {
        return (static_cast<std::uint64_t>(host) << 32) | pid;
    }
    void remember_process_name(std::uint32_t pid, std::string_view name) {
        names_[process_key(host_index_, pid)].assign(name);
        last_name_ = nullptr;  // the cache may point at the replaced name
    }
    std::string_view process_name(std::uint32_t pid) {
        const std::uint64_t key = process_key(host_index_, pid);
        if (last_name_ && key == last_key_) return *last_name_;
        auto it = names_.find(key);
        if (it == names_.end()) return {};
        last_key_ = key;
        last_name_ = &it->second;
        return *last_name_;
    }

    TraceVisitor& visitor_;
    ReadResult& result_;
    std::vector<std::uint64_t> words_;  // reused for every event's arguments
    std::string build_id_;              // reused for every state dump build id
    std::string host_;                  // of the last set_host()
    bool announced_ = false;            // on_trace_host was called once
    std::uint32_t host_index_ = 0;      // host_'s number in hosts_
    std::unordered_map<std::string, std::uint32_t> hosts_;
    std::unordered_map<std::uint64_t, std::string> names_;  // by process_key
    std::uint64_t last_key_ = 0;                            // of the last name found
    const std::string* last_name_ = nullptr;                // nullptr: none cached
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
        case WppEventKind::process_name:
            ++result_.other_events;  // not a wpp event: the summary counts it as before
            remember_process_name(static_cast<std::uint32_t>(event.integer(c.vpid)),
                                  event.text(p[f::proc_name]));
            return;
        case WppEventKind::statedump_start:
        case WppEventKind::binary_info:
        case WppEventKind::binary_build_id: {
            ++result_.other_events;  // not wpp events: the summary counts them as before
            StatedumpRecord r;
            r.pid = static_cast<std::uint32_t>(event.integer(c.vpid));
            if (c.kind == WppEventKind::statedump_start) {
                r.kind = StatedumpRecord::Kind::start;
            } else if (c.kind == WppEventKind::binary_info) {
                r.kind = StatedumpRecord::Kind::binary;
                r.baddr = event.integer(p[f::bin_baddr]);
                r.path = event.text(p[f::bin_path]);
            } else {
                r.kind = StatedumpRecord::Kind::build_id;
                r.baddr = event.integer(p[f::bid_baddr]);
                words_.clear();
                event.integers(p[f::bid_build_id], words_);
                build_id_.clear();
                for (std::uint64_t byte : words_) {
                    static constexpr char hex[] = "0123456789abcdef";
                    build_id_ += hex[(byte >> 4) & 0xf];
                    build_id_ += hex[byte & 0xf];
                }
                r.build_id = build_id_;
            }
            visitor_.on_statedump(r);
            return;
        }
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
    // A view whose times may be coarse or absent says so (the in-flight recorder's).
    if constexpr (requires { event.time_granularity(); })
        e.time_granularity = event.time_granularity();
    e.pid = static_cast<std::uint32_t>(event.integer(c.vpid));
    e.tid = static_cast<std::uint32_t>(event.integer(c.vtid));
    // Recorded per event (the procname context, as every trace before `record` left it out),
    // else the name the process's state dump gave.
    e.procname = c.procname ? event.text(c.procname) : process_name(e.pid);
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
