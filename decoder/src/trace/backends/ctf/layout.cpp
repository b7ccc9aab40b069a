// layout.cpp - compiles TSDL field classes into Nodes (see layout.hpp).
#include "layout.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace wpptrace::decoder::ctf {
namespace {

constexpr std::uint32_t max_slots = 4096;
constexpr std::uint64_t saturate = std::uint64_t{1} << 62;

Role role_by_name(ScopeKind kind, std::string_view name) {
    switch (kind) {
        case ScopeKind::packet_header:
            if (name == "magic") return Role::magic;
            if (name == "stream_id") return Role::stream_id;
            if (name == "stream_instance_id") return Role::stream_instance_id;
            return Role::none;
        case ScopeKind::packet_context:
            if (name == "timestamp_begin") return Role::timestamp_begin;
            if (name == "timestamp_end") return Role::timestamp_end;
            if (name == "content_size") return Role::content_size;
            if (name == "packet_size") return Role::packet_size;
            if (name == "packet_seq_num") return Role::packet_seq_num;
            if (name == "events_discarded") return Role::events_discarded;
            if (name == "cpu_id") return Role::cpu_id;
            return Role::none;
        case ScopeKind::event_header:
            return name == "id" ? Role::event_id : Role::none;
        case ScopeKind::other:
            return Role::none;
    }
    return Role::none;
}

class Compiler {
  public:
    Compiler(ScopeKind kind, ByteOrder order, const std::vector<ClockClass>& clocks,
             std::uint32_t first_slot)
        : kind_(kind), order_(order), clocks_(clocks), next_slot_(first_slot) {}

    // Fields visible to a sequence length or a variant tag: the members declared before it in
    // each enclosing structure, innermost first.
    struct Frame {
        const FieldClass* type;
        Node* node;
        std::size_t declared;  // members compiled so far
    };

    void compile(const FieldClass& type, Node& node, bool top_level, std::string_view name,
                 int depth) {
        if (depth > 64) throw std::string("types nested too deeply");
        if (next_slot_ >= max_slots) throw std::string("too many fields");
        node.slot = next_slot_++;
        node.alignment = type.alignment;
        using K = FieldClass::Kind;
        switch (type.kind) {
            case K::integer: {
                node.op = Node::Op::integer;
                node.size = type.size;
                node.is_signed = type.is_signed;
                ByteOrder order = type.byte_order == ByteOrder::native ? order_ : type.byte_order;
                node.big_endian = order == ByteOrder::big;
                if (!type.clock.empty()) {
                    bool known =
                        std::any_of(clocks_.begin(), clocks_.end(),
                                    [&](const ClockClass& c) { return c.name == type.clock; });
                    if (!known) throw "a field mapped to an unknown clock '" + type.clock + "'";
                    if (clock_name_.empty()) clock_name_ = type.clock;
                    if (clock_name_ != type.clock) throw std::string("fields of several clocks");
                    node.clock = true;
                }
                // Event ids may sit anywhere in the header (LTTng: `id` and `v.extended.id`).
                if (kind_ == ScopeKind::event_header || top_level)
                    node.role = role_by_name(kind_, name);
                node.min_bits = type.size;
                return;
            }
            case K::floating:
                node.op = Node::Op::floating;
                node.size = type.size;
                node.big_endian =
                    (type.byte_order == ByteOrder::native ? order_ : type.byte_order) ==
                    ByteOrder::big;
                node.min_bits = type.size;
                return;
            case K::string:
                node.op = Node::Op::string;
                node.alignment = 8;
                node.min_bits = 8;
                return;
            case K::structure: {
                node.op = Node::Op::structure;
                frames_.push_back({&type, &node, 0});
                node.children.resize(type.fields.size());
                for (std::size_t i = 0; i < type.fields.size(); ++i) {
                    node.names.push_back(type.fields[i].name);
                    compile(*type.fields[i].type, node.children[i], depth == 0, type.fields[i].name,
                            depth + 1);
                    frames_.back().declared = i + 1;
                    node.min_bits = std::min(saturate, node.min_bits + node.children[i].min_bits);
                }
                frames_.pop_back();
                return;
            }
            case K::array:
            case K::sequence: {
                const FieldClass& element = *type.element;
                bool text = element.kind == K::integer && element.size == 8 && element.text;
                node.children.resize(1);
                compile(element, node.children[0], false, name, depth + 1);
                if (node.children[0].min_bits == 0)
                    throw "array '" + std::string(name) + "' of elements that take no room";
                const Node& e = node.children[0];
                node.fast_elements = e.op == Node::Op::integer && !e.big_endian && !e.clock &&
                                     e.role == Role::none && e.size % 8 == 0 &&
                                     e.alignment <= e.size && e.alignment % 8 == 0;
                if (type.kind == K::array) {
                    node.op = text ? Node::Op::text_array : Node::Op::array;
                    node.length = type.length;
                    node.min_bits =
                        type.length > saturate / e.min_bits ? saturate : type.length * e.min_bits;
                } else {
                    node.op = text ? Node::Op::text_sequence : Node::Op::sequence;
                    const Node* length = find_visible(type.length_name);
                    if (!length || length->op != Node::Op::integer || length->is_signed)
                        throw "sequence length '" + type.length_name + "' is not an unsigned " +
                            "integer before it";
                    node.ref_slot = length->slot;
                }
                return;
            }
            case K::variant: {
                node.op = Node::Op::variant;
                node.alignment = 1;
                const Node* tag = find_visible(type.tag);
                if (!tag || tag->op != Node::Op::integer)
                    throw "variant tag '" + type.tag + "' is not an enumeration before it";
                const FieldClass* tag_class = find_visible_class(type.tag);
                if (!tag_class || !tag_class->is_enum)
                    throw "variant tag '" + type.tag + "' is not an enumeration";
                node.ref_slot = tag->slot;
                node.tag_signed = tag->is_signed;
                node.children.resize(type.fields.size());
                node.min_bits = type.fields.empty() ? 0 : saturate;
                for (std::size_t i = 0; i < type.fields.size(); ++i) {
                    node.names.push_back(type.fields[i].name);
                    compile(*type.fields[i].type, node.children[i], false, type.fields[i].name,
                            depth + 1);
                    node.min_bits = std::min(node.min_bits, node.children[i].min_bits);
                    for (const auto& m : tag_class->mappings)
                        if (m.label == type.fields[i].name)
                            node.ranges.push_back({m.low, m.high, static_cast<std::uint32_t>(i)});
                }
                return;
            }
        }
    }

    std::uint32_t next_slot() const { return next_slot_; }

  private:
    // Resolves a (possibly dotted) name: only names of the enclosing structures are supported.
    const Node* find_visible(const std::string& name) const {
        for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame)
            for (std::size_t i = 0; i < frame->declared; ++i)
                if (frame->type->fields[i].name == name) return &frame->node->children[i];
        return nullptr;
    }
    const FieldClass* find_visible_class(const std::string& name) const {
        for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame)
            for (std::size_t i = 0; i < frame->declared; ++i)
                if (frame->type->fields[i].name == name) return frame->type->fields[i].type.get();
        return nullptr;
    }

    ScopeKind kind_;
    ByteOrder order_;
    const std::vector<ClockClass>& clocks_;
    std::uint32_t next_slot_;
    std::vector<Frame> frames_;
    std::string clock_name_;
};

}  // namespace

std::string_view plain_name(std::string_view name) {
    if (!name.empty() && name[0] == '_') name.remove_prefix(1);
    return name;
}

int Scope::slot_of(std::string_view name) const {
    const Node* node = node_of(name);
    return node ? static_cast<int>(node->slot) : -1;
}

const Node* Scope::node_of(std::string_view name) const {
    if (!present) return nullptr;
    for (std::size_t i = 0; i < root.names.size(); ++i)
        if (plain_name(root.names[i]) == name) return &root.children[i];
    return nullptr;
}

std::string compile_scope(const FieldClassPtr& type, ScopeKind kind, ByteOrder trace_order,
                          const std::vector<ClockClass>& clocks, std::uint32_t first_slot,
                          Scope& scope) {
    scope = Scope{};
    if (!type) return {};
    if (type->kind != FieldClass::Kind::structure) return "a scope that is not a structure";
    Compiler compiler(kind, trace_order, clocks, first_slot);
    try {
        compiler.compile(*type, scope.root, false, "", 0);
    } catch (const std::string& why) {
        return why;
    }
    scope.present = true;
    scope.slots = compiler.next_slot() - first_slot;
    return {};
}

}  // namespace wpptrace::decoder::ctf
