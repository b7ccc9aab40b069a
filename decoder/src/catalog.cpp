#include "wpptrace/decoder/catalog.hpp"

#include <algorithm>
#include <cctype>

#include <wpp/abi.h>

namespace wpptrace::decoder {

std::uint64_t MessageInfo::computed_id() const {
    return wpp_site_id_attributed(
        wpp_site_id(module.c_str(), control, file.c_str(), line, function.c_str(), level.c_str(),
                    flags.c_str(), format.c_str(), types.c_str()),
        attributes);
}

bool MessageInfo::is_custom_type() const {
    return (attributes & WPP_SITE_CUSTOM_TYPE) != 0;
}

bool MessageInfo::same_content(const MessageInfo& o) const {
    return module == o.module && control == o.control && file == o.file && line == o.line &&
           function == o.function && level == o.level && flags == o.flags && format == o.format &&
           types == o.types && attributes == o.attributes;
}

Catalog::AddResult Catalog::add(MessageInfo message) {
    if (message.id != message.computed_id()) {
        ++rejected_;
        return AddResult::id_mismatch;
    }
    if (auto it = by_id_.find(message.id); it != by_id_.end()) {
        if (it->second->same_content(message)) return AddResult::duplicate;
        ++collisions_;
        return AddResult::collision;
    }
    if (message.is_custom_type()) {
        // The first declaration of a name in a module wins; records are content-addressed, so
        // another definition of the same name is a second record (a rebuilt driver).
        std::string key = message.module + '\0' + message.flags;
        if (!custom_types_.count(key)) {
            if (auto type = parse_custom_type(message.format, nullptr))
                custom_types_.emplace(std::move(key), std::move(*type));
            else
                ++bad_custom_types_;
        }
    }
    messages_.push_back(std::make_unique<MessageInfo>(std::move(message)));
    by_id_.emplace(messages_.back()->id, messages_.back().get());
    return AddResult::added;
}

void Catalog::add_module(ModuleInfo module) {
    for (auto& known : modules_) {
        if (known.name == module.name && known.build_id == module.build_id) {
            if (known.controls.empty()) known.controls = std::move(module.controls);
            if (known.path.empty()) known.path = std::move(module.path);
            return;
        }
    }
    modules_.push_back(std::move(module));
}

const MessageInfo* Catalog::find(std::uint64_t id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
}

const CustomType* Catalog::find_custom_type(std::string_view module, std::string_view name) const {
    std::string key;
    key.reserve(module.size() + 1 + name.size());
    key.append(module).push_back('\0');
    key.append(name);
    auto it = custom_types_.find(key);
    return it == custom_types_.end() ? nullptr : &it->second;
}

const ModuleInfo* Catalog::find_module(const std::string& name) const {
    for (const auto& m : modules_)
        if (m.name == name) return &m;
    return nullptr;
}

void Catalog::merge(const Catalog& other) {
    for (const auto& m : other.messages_) add(*m);
    for (const auto& m : other.modules_) add_module(m);
}

namespace {
constexpr std::size_t guid_length = 36;  // 8-4-4-4-12 hex digits

// Whether `text` starts with a GUID in its 8-4-4-4-12 form.
bool looks_like_guid(std::string_view text) {
    if (text.size() < guid_length) return false;
    for (std::size_t i = 0; i < guid_length; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}
}  // namespace

std::vector<ControlInfo> parse_controls_text(std::string_view text) {
    std::vector<ControlInfo> controls;
    while (!text.empty()) {
        std::string_view line = text.substr(0, text.find('\n'));
        text.remove_prefix(std::min(text.size(), line.size() + 1));
        ControlInfo control;
        std::size_t field = 0;
        while (!line.empty()) {
            std::string_view word = line.substr(0, line.find(' '));
            line.remove_prefix(std::min(line.size(), word.size() + 1));
            if (word.empty()) continue;
            if (field == 0)
                control.name = word;
            else if (field == 1 && word.size() > guid_length && looks_like_guid(word)) {
                // No space after the GUID (the runtime's controls text, issue 13 item 14): the
                // first flag name follows it directly.
                control.guid = word.substr(0, guid_length);
                control.bits.emplace_back(word.substr(guid_length));
            } else if (field == 1)
                control.guid = word;
            else
                control.bits.emplace_back(word);
            ++field;
        }
        if (!control.name.empty()) controls.push_back(std::move(control));
    }
    return controls;
}

}  // namespace wpptrace::decoder
