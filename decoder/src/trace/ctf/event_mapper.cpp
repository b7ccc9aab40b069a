// event_mapper.cpp - wpp events into visitor calls (see event_mapper.hpp).
#include "event_mapper.hpp"
#include "../wpp_event_fields.hpp"

#include <string_view>

namespace wpptrace::decoder::ctf {
namespace {

using Kind = EventMapper::Kind;

using namespace wpp_fields;  // the field indices, shared with the other reader

std::uint64_t integer(const Node* node, const Value* values) {
    return node && node->op == Node::Op::integer ? values[node->slot].u : 0;
}

std::string_view text(const Node* node, const std::uint8_t* data, const Value* values) {
    if (!node) return {};
    if (node->op != Node::Op::string && node->op != Node::Op::text_array &&
        node->op != Node::Op::text_sequence)
        return {};
    const Value& v = values[node->slot];
    return {reinterpret_cast<const char*>(data) + v.bit / 8, v.count};
}

}  // namespace

void EventMapper::add_trace(const TraceLayout& layout) {
    for (const auto& [id, stream] : layout.streams) {
        StreamMap& map = maps_[&stream];
        map.vpid = stream.event_context.node_of("vpid");
        map.vtid = stream.event_context.node_of("vtid");
        map.procname = stream.event_context.node_of("procname");
        map.cpu_id = stream.packet_context.node_of("cpu_id");
        for (const EventLayout& event : stream.events) {
            EventMap m;
            m.name = event.event->name;
            std::string_view n = m.name;
            const char* const* fields = nullptr;
            std::size_t count = 0;
            if (n.starts_with("wpp:")) {
                m.kind = Kind::message;
                fields = message_fields;
                count = message_field_count;
            } else if (n == "wpp_catalog:message") {
                m.kind = Kind::catalog_message;
                fields = catalog_fields;
                count = catalog_field_count;
                m.attributes = event.payload.node_of("attributes");
            } else if (n == "wpp_catalog:module") {
                m.kind = Kind::catalog_module;
                fields = module_fields;
                count = module_field_count;
                m.ends_recorded = event.payload.node_of("ends_recorded");
            } else if (n == "wpp_catalog:module_end") {
                m.kind = Kind::module_end;
                fields = module_end_fields;
                count = module_end_field_count;
            }
            for (std::size_t i = 0; i < count; ++i) {
                m.fields[i] = event.payload.node_of(fields[i]);
                if (!m.fields[i]) {
                    m.kind = Kind::malformed;
                    m.why = std::string("no payload field '") + fields[i] + "'";
                }
            }
            map.events.push_back(std::move(m));
        }
    }
}

void EventMapper::deliver(const StreamMap& stream, const StreamLayout& layout,
                          const EventLayout& event, const std::uint8_t* data, const Value* values,
                          std::int64_t timestamp_ns, TraceVisitor& visitor, ReadResult& result) {
    const EventMap& m = stream.events[static_cast<std::size_t>(&event - layout.events.data())];
    ++result.events;
    const Node* const* f = m.fields;
    switch (m.kind) {
        case Kind::other:
            ++result.other_events;
            return;
        case Kind::malformed:
            visitor.on_malformed_event(m.name, m.why);
            return;
        case Kind::catalog_module: {
            ModuleInfo module;
            module.name = text(f[mod_name], data, values);
            module.path = text(f[mod_path], data, values);
            module.build_id = text(f[mod_build_id], data, values);
            module.controls = parse_controls_text(text(f[mod_controls], data, values));
            std::string name = module.name;
            visitor.on_catalog_module(std::move(module));
            if (!m.ends_recorded) return;  // no end to expect in this trace
            visitor.on_module_lifetime(
                name, static_cast<std::uint32_t>(integer(stream.vpid, values)), true);
            return;
        }
        case Kind::module_end:
            visitor.on_module_lifetime(text(f[end_name], data, values),
                                       static_cast<std::uint32_t>(integer(stream.vpid, values)),
                                       false);
            return;
        case Kind::catalog_message: {
            MessageInfo c;
            c.id = integer(f[cat_msg_id], values);
            c.module = text(f[cat_module], data, values);
            c.control = static_cast<std::uint32_t>(integer(f[cat_control], values));
            c.flag_mask = static_cast<std::uint32_t>(integer(f[cat_flag_mask], values));
            c.file = text(f[cat_file], data, values);
            c.line = static_cast<std::uint32_t>(integer(f[cat_line], values));
            c.function = text(f[cat_function], data, values);
            c.level = text(f[cat_level], data, values);
            c.flags = text(f[cat_flags], data, values);
            c.format = text(f[cat_format], data, values);
            c.types = text(f[cat_types], data, values);
            c.attributes = static_cast<std::uint32_t>(integer(m.attributes, values));
            visitor.on_catalog_message(std::move(c));
            return;
        }
        case Kind::message:
            break;
    }
    WppEvent e;
    e.timestamp_ns = timestamp_ns;
    e.pid = static_cast<std::uint32_t>(integer(stream.vpid, values));
    e.tid = static_cast<std::uint32_t>(integer(stream.vtid, values));
    e.procname = text(stream.procname, data, values);
    e.cpu = static_cast<std::uint32_t>(integer(stream.cpu_id, values));
    e.msg_id = integer(f[msg_id], values);
    e.level = static_cast<std::uint8_t>(integer(f[level], values));
    e.flags = static_cast<std::uint32_t>(integer(f[flags], values));
    e.driver = text(f[driver], data, values);
    words_.clear();
    const Node* a = f[args];
    if (a->op == Node::Op::array || a->op == Node::Op::sequence) {
        const Value& v = values[a->slot];
        const Node& element = a->children[0];
        words_.resize(v.count);  // within the capacity of earlier events: no allocation
        if (element.op != Node::Op::integer) {
            // not integers: as many zeros (the babeltrace2 path's reading)
        } else if (a->fast_elements && element.size == 64) {
            // (no arguments: an empty vector may have no data pointer to copy to)
            if (v.count) std::memcpy(words_.data(), data + v.bit / 8, v.count * 8);
        } else {
            std::uint64_t bit = v.bit;
            for (std::uint64_t i = 0; i < v.count; ++i) {
                bit = (bit + element.alignment - 1) & ~std::uint64_t{element.alignment - 1};
                std::uint64_t w = read_bits(data, bit, element.size, element.big_endian);
                words_[i] = element.is_signed ? sign_extend(w, element.size) : w;
                bit += element.size;
            }
        }
    }
    e.args = words_;
    visitor.on_message(e);
}

}  // namespace wpptrace::decoder::ctf
