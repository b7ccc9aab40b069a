// decode_filter.cpp - the babeltrace2 plugin `wpp` and its filter component class `decode`:
//
//   babeltrace2 --plugin-path=DIR TRACE -c filter.wpp.decode [-p 'catalog="drv.so"']
//
// Every wpp:* event comes out as an event of the same name whose payload is the decoded message
// and its prefix fields (decoded_event.hpp); the catalog comes from the trace's wpp_catalog
// events and from the `catalog` parameter (paths of binaries, exported JSON catalogs or
// directories of them: the loader of `wpptrace decode -c`). Every other event, and every other
// message, passes unchanged, in trace classes of the filter's own (trace_mirror.hpp).
// wpp_catalog:* events feed the catalog and are dropped, unless `pass-catalog-events=true`.
//
// The reading and decoding are wpptrace decode's: the babeltrace backend's event view
// (event_view.hpp), the one WppEventMapper, and the MessageDecoder over the format engine.
#include <babeltrace2/babeltrace.h>

#include <exception>
#include <memory>
#include <new>

#include "decode_iterator.hpp"
#include "filter_config.hpp"

namespace wpptrace::decoder::plugin {
namespace {

bt_component_class_initialize_method_status initialize(bt_self_component_filter* self,
                                                       bt_self_component_filter_configuration*,
                                                       const bt_value* params, void*) {
    bt_self_component* component = bt_self_component_filter_as_self_component(self);
    try {
        std::unique_ptr<Config> config = parse_parameters(
            params, bt_component_get_logging_level(bt_self_component_as_component(component)));
        if (bt_self_component_filter_add_input_port(self, "in", nullptr, nullptr) !=
                BT_SELF_COMPONENT_ADD_PORT_STATUS_OK ||
            bt_self_component_filter_add_output_port(self, "out", nullptr, nullptr) !=
                BT_SELF_COMPONENT_ADD_PORT_STATUS_OK)
            return BT_COMPONENT_CLASS_INITIALIZE_METHOD_STATUS_MEMORY_ERROR;
        bt_self_component_set_data(component, config.release());
        return BT_COMPONENT_CLASS_INITIALIZE_METHOD_STATUS_OK;
    } catch (const std::exception& e) {
        BT_CURRENT_THREAD_ERROR_APPEND_CAUSE_FROM_COMPONENT(component, "%s", e.what());
        return BT_COMPONENT_CLASS_INITIALIZE_METHOD_STATUS_ERROR;
    }
}

void finalize(bt_self_component_filter* self) {
    delete static_cast<Config*>(
        bt_self_component_get_data(bt_self_component_filter_as_self_component(self)));
}

bt_message_iterator_class_initialize_method_status iterator_initialize(
    bt_self_message_iterator* self, bt_self_message_iterator_configuration*,
    bt_self_component_port_output*) {
    bt_self_component* component = bt_self_message_iterator_borrow_component(self);
    try {
        const auto& config = *static_cast<const Config*>(bt_self_component_get_data(component));
        auto iterator = std::make_unique<DecodeIterator>(self, config);
        bt_message_iterator* upstream = nullptr;
        // The iterator's component is this filter: libbabeltrace2 2.0 has no checked cast from
        // bt_self_component to bt_self_component_filter (one object; its plugins cast too).
        if (bt_message_iterator_create_from_message_iterator(
                self,
                bt_self_component_filter_borrow_input_port_by_name(
                    reinterpret_cast<bt_self_component_filter*>(component), "in"),
                &upstream) != BT_MESSAGE_ITERATOR_CREATE_FROM_MESSAGE_ITERATOR_STATUS_OK)
            return BT_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD_STATUS_ERROR;
        iterator->set_upstream(upstream);
        bt_self_message_iterator_set_data(self, iterator.release());
        return BT_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD_STATUS_OK;
    } catch (const std::exception& e) {
        BT_CURRENT_THREAD_ERROR_APPEND_CAUSE_FROM_MESSAGE_ITERATOR(self, "%s", e.what());
        return BT_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD_STATUS_ERROR;
    }
}

void iterator_finalize(bt_self_message_iterator* self) {
    delete static_cast<DecodeIterator*>(bt_self_message_iterator_get_data(self));
}

bt_message_iterator_class_next_method_status iterator_next(bt_self_message_iterator* self,
                                                           bt_message_array_const out,
                                                           uint64_t capacity, uint64_t* count) {
    try {
        return static_cast<DecodeIterator*>(bt_self_message_iterator_get_data(self))
            ->next(out, capacity, count);
    } catch (const std::bad_alloc&) {
        return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_MEMORY_ERROR;
    } catch (const std::exception& e) {
        BT_CURRENT_THREAD_ERROR_APPEND_CAUSE_FROM_MESSAGE_ITERATOR(self, "%s", e.what());
        return BT_MESSAGE_ITERATOR_CLASS_NEXT_METHOD_STATUS_ERROR;
    }
}

}  // namespace
}  // namespace wpptrace::decoder::plugin

// The plugin macros name the methods at file scope.
namespace {
using wpptrace::decoder::plugin::finalize;
using wpptrace::decoder::plugin::initialize;
using wpptrace::decoder::plugin::iterator_finalize;
using wpptrace::decoder::plugin::iterator_initialize;
using wpptrace::decoder::plugin::iterator_next;
}  // namespace

BT_PLUGIN_MODULE();
BT_PLUGIN(wpp);
BT_PLUGIN_DESCRIPTION("wpptrace: WPP messages recorded over LTTng, decoded");
BT_PLUGIN_AUTHOR("wpptrace");
BT_PLUGIN_FILTER_COMPONENT_CLASS(decode, iterator_next);
BT_PLUGIN_FILTER_COMPONENT_CLASS_DESCRIPTION(
    decode, "Decode wpp:* events: the rendered message and its prefix fields, as wpptrace decode");
BT_PLUGIN_FILTER_COMPONENT_CLASS_HELP(
    decode,
    "Parameters: catalog=PATH or [PATH,...] (driver binaries, exported JSON catalogs, "
    "directories of them), in addition to the trace's wpp_catalog events; "
    "pass-catalog-events=true to keep wpp_catalog events (default: dropped).");
BT_PLUGIN_FILTER_COMPONENT_CLASS_INITIALIZE_METHOD(decode, initialize);
BT_PLUGIN_FILTER_COMPONENT_CLASS_FINALIZE_METHOD(decode, finalize);
BT_PLUGIN_FILTER_COMPONENT_CLASS_MESSAGE_ITERATOR_CLASS_INITIALIZE_METHOD(decode,
                                                                          iterator_initialize);
BT_PLUGIN_FILTER_COMPONENT_CLASS_MESSAGE_ITERATOR_CLASS_FINALIZE_METHOD(decode, iterator_finalize);
