// writers.hpp - the writers behind make_event_writer(), one per file of this folder.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "wpptrace/decoder/output/event_writer.hpp"

namespace wpptrace::decoder {

std::unique_ptr<EventWriter> make_text_writer();
std::unique_ptr<EventWriter> make_csv_writer(TimeOptions time, bool with_host);
std::unique_ptr<EventWriter> make_json_writer(TimeOptions time, bool with_host);

// A message id as tracefmt-style text: "0x" and 16 hex digits.
void append_id(std::string& out, std::uint64_t id);

// What a format error says in words: "argument 2: argument missing".
void append_problem(std::string& out, const RenderStatus& status);

// The status column / key: "decoded", "unknown", "format_error".
std::string_view status_name(const DecodedEvent& event);

// The level as %!LEVEL! shows it: the catalog's own level text, else the TRACE_LEVEL_* name.
std::string_view level_text(const EventContext& context);

}  // namespace wpptrace::decoder
