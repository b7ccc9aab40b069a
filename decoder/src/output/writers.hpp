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

}  // namespace wpptrace::decoder
