// live_sessions.cpp - the "sessions" query of src.ctf.lttng-live (live_sessions.hpp).
#include "live_sessions.hpp"

#include <babeltrace2/babeltrace.h>

#include <cstdint>
#include <string_view>

#include "unique_handles.hpp"

namespace wpptrace::decoder::babeltrace {
namespace {

using PluginPtr = util::UniqueRef<const bt_plugin, bt_plugin_put_ref>;
using ValuePtr = util::UniqueRef<bt_value, bt_value_put_ref>;
using ConstValuePtr = util::UniqueRef<const bt_value, bt_value_put_ref>;
using QueryPtr = util::UniqueRef<bt_query_executor, bt_query_executor_put_ref>;

std::int64_t integer_of(const bt_value* value) {
    if (!value) return 0;  // listed, without a count
    if (bt_value_is_unsigned_integer(value))
        return static_cast<std::int64_t>(bt_value_integer_unsigned_get(value));
    if (bt_value_is_signed_integer(value)) return bt_value_integer_signed_get(value);
    return 0;
}

}  // namespace

int viewers_of(const std::string& session_url) {
    const std::size_t host = session_url.find("/host/");
    if (host == std::string::npos) return -1;
    return attached_viewers(session_url.substr(0, host), session_url);
}

std::optional<std::vector<LiveSessionInfo>> live_sessions(const std::string& relayd_url) {
    const bt_plugin* found = nullptr;
    if (bt_plugin_find("ctf", BT_TRUE, BT_TRUE, BT_TRUE, BT_TRUE, BT_TRUE, &found) !=
        BT_PLUGIN_FIND_STATUS_OK) {
        bt_current_thread_clear_error();
        return std::nullopt;
    }
    const PluginPtr ctf(found);
    const bt_component_class_source* live =
        bt_plugin_borrow_source_component_class_by_name_const(ctf.get(), "lttng-live");
    if (!live) return std::nullopt;
    ValuePtr params(bt_value_map_create());
    bt_value_map_insert_string_entry(params.get(), "url", relayd_url.c_str());
    QueryPtr query(bt_query_executor_create(
        bt_component_class_source_as_component_class_const(live), "sessions", params.get()));
    const bt_value* result = nullptr;
    if (!query ||
        bt_query_executor_query(query.get(), &result) != BT_QUERY_EXECUTOR_QUERY_STATUS_OK) {
        bt_current_thread_clear_error();
        return std::nullopt;
    }
    const ConstValuePtr owned(result);
    if (!bt_value_is_array(result)) return std::nullopt;
    std::vector<LiveSessionInfo> sessions;
    for (std::uint64_t i = 0; i < bt_value_array_get_length(result); ++i) {
        const bt_value* session = bt_value_array_borrow_element_by_index_const(result, i);
        if (!bt_value_is_map(session)) continue;
        const bt_value* url = bt_value_map_borrow_entry_value_const(session, "url");
        if (!url || !bt_value_is_string(url)) continue;
        sessions.push_back({bt_value_string_get(url),
                            static_cast<int>(integer_of(
                                bt_value_map_borrow_entry_value_const(session, "client-count")))});
    }
    return sessions;
}

int attached_viewers(const std::string& relayd_url, const std::string& session_url) {
    const auto sessions = live_sessions(relayd_url);
    if (!sessions) return -2;
    for (const LiveSessionInfo& session : *sessions)
        if (session.url == session_url) return session.viewers;
    return -1;
}

}  // namespace wpptrace::decoder::babeltrace
