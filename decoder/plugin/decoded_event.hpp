// decoded_event.hpp - the payload filter.wpp.decode gives a wpp event: the rendered message
// and its prefix fields, as `wpptrace decode --format json` names them.
//
//   message     string  the rendered text, or Unknown(0x...): ... (as wpptrace decode)
//   status      string  decoded | unknown | format_error
//   error       string  what went wrong ("" when decoded)
//   driver      string  the module (WPP's %!COMPNAME!)
//   file        string  the call site's file ("" when unknown)
//   line        uint    its line (0 when unknown)
//   function    string  its function
//   level       uint    TRACE_LEVEL_* number
//   level_name  string  as %!LEVEL! shows it
//   flags       string  the flag names as written in the source
//   flag_bits   uint    the event's flag bits
//   msg_id      uint    the 64-bit message id (hex)
//   sequence    uint    1 for the first wpp event this filter saw, and so on
//   args        uint[]  the raw argument words (hex), for tools that decode them otherwise
#pragma once

#include <babeltrace2/babeltrace.h>

#include "wpptrace/decoder/output/event_writer.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder::plugin {

// A new reference on the payload class above, in `trace_class`. Throws Error.
bt_field_class* make_decoded_payload_class(bt_trace_class* trace_class);

// Fills `payload`, a field of that class. Throws Error (out of memory).
void fill_decoded_payload(bt_field* payload, const WppEvent& event, const DecodedEvent& decoded);

}  // namespace wpptrace::decoder::plugin
