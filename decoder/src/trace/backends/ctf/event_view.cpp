// event_view.cpp - event classes resolved to layout nodes (see event_view.hpp).
#include "event_view.hpp"

namespace wpptrace::decoder::ctf {

void EventClasses::add_trace(const TraceLayout& layout) {
    for (const auto& entry : layout.streams) {
        const StreamLayout& stream = entry.second;  // (a lambda below captures it: no binding)
        std::vector<WppClass>& classes = classes_[&stream];
        for (const EventLayout& event : stream.events) {
            classes.push_back(resolve_wpp_event_class<EventView::Field>(
                event.event->name, [&](FieldScope scope, const char* name) -> const Node* {
                    switch (scope) {
                        case FieldScope::payload:
                            return event.payload.node_of(name);
                        case FieldScope::event_context:
                            return stream.event_context.node_of(name);
                        case FieldScope::packet_context:
                            return stream.packet_context.node_of(name);
                    }
                    return nullptr;
                }));
        }
    }
}

}  // namespace wpptrace::decoder::ctf
