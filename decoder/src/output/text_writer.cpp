// text_writer.cpp - tracefmt's text: the prefix, then the message, one line per event.
#include "writers.hpp"

namespace wpptrace::decoder {

namespace {

class TextWriter final : public EventWriter {
  public:
    void write(const DecodedEvent& event, std::string& out) override {
        out += event.prefix;
        out += event.message;
        out += '\n';
    }
};

}  // namespace

std::unique_ptr<EventWriter> make_text_writer() {
    return std::make_unique<TextWriter>();
}

}  // namespace wpptrace::decoder
