// message_decoder.cpp - one wpp event to its decoded form (message_decoder.hpp).
#include "wpptrace/decoder/message_decoder.hpp"

#include <wpp/abi.h>

#include <utility>

namespace wpptrace::decoder {

MessageDecoder::MessageDecoder(Catalog catalog, std::optional<Prefix> prefix)
    : catalog_(std::move(catalog)), prefix_(std::move(prefix)) {}

const MessageDecoder::Known* MessageDecoder::find(std::uint64_t id) {
    if (last_known_ && last_id_ == id) return last_known_;
    auto it = known_.find(id);
    if (it == known_.end()) {
        const MessageInfo* message = catalog_.find(id);
        if (!message) return nullptr;
        it = known_.emplace(id, Known{message, prepare(*message, &catalog_)}).first;
    }
    last_id_ = id;
    last_known_ = &it->second;  // unordered_map nodes keep their address
    return last_known_;
}

std::string_view MessageDecoder::render_prefix(const EventContext& context) {
    prefix_text_.clear();
    prefix_->render(context, prefix_text_);
    return prefix_text_;
}

void MessageDecoder::decode(const WppEvent& event, std::uint64_t sequence, bool line_prefix,
                            DecodedEvent& decoded) {
    decoded = DecodedEvent{};
    EventContext& context = decoded.context;
    context.module = event.driver;
    context.level = event.level;
    context.cpu = event.cpu;
    context.pid = event.pid;
    context.tid = event.tid;
    context.sequence = sequence;
    context.timestamp_ns = event.timestamp_ns;
    context.time_granularity = event.time_granularity;
    context.host = event.host;
    decoded.process = event.procname;
    decoded.msg_id = event.msg_id;
    decoded.args = event.args;
    message_.clear();
    bool prefix_in_format = false;
    if (const Known* known = find(event.msg_id)) {
        const MessageInfo& message = *known->message;
        context.file = message.file;
        context.line = message.line;
        context.function = message.function;
        context.flags = message.flags;
        if (!message.level.starts_with("TRACE_LEVEL_")) context.level_text = message.level;
        decoded.known = true;
        // A format that places the line prefix itself (USEPREFIX / NOPREFIX, %!STDPREFIX!)
        // gets it here; the writer then adds none.
        prefix_in_format = (message.attributes & WPP_SITE_PREFIX_IN_FORMAT) != 0;
        const std::string_view std_prefix = known->prepared.uses_std_prefix && prefix_
                                                ? render_prefix(context)
                                                : std::string_view();
        decoded.status = render(known->prepared, event.args, message_, std_prefix);
        while (!message_.empty() && (message_.back() == '\n' || message_.back() == '\r'))
            message_.pop_back();
    } else {
        append_unknown_message(message_, event.msg_id, event.driver, event.args.size());
    }
    decoded.message = message_;
    if (line_prefix && prefix_ && !prefix_in_format) decoded.prefix = render_prefix(context);
}

}  // namespace wpptrace::decoder
