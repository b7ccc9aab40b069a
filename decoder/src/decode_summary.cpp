#include "wpptrace/decoder/decode_summary.hpp"

#include <cinttypes>
#include <cstdio>

#include "wpptrace/decoder/output/json_string.hpp"

namespace wpptrace::decoder {

int DecodeSummary::exit_status() const {
    if (events == 0 && !errors.empty()) return 2;
    if (!errors.empty() || !complete || unknown || format_errors || lost_events || lost_packets ||
        losses_uncounted || catalog_records_lost || catalog_packets_lost ||
        catalog_losses_uncounted || malformed || corrupt_counters || !unfinished.empty())
        return 1;
    return 0;
}

std::string DecodeSummary::text() const {
    std::string s;
    char line[256];
    std::snprintf(line, sizeof line,
                  "Events: %" PRIu64 ", decoded: %" PRIu64 ", unknown: %" PRIu64
                  ", format errors: %" PRIu64 "\n",
                  events, decoded, unknown, format_errors);
    s += line;
    std::snprintf(line, sizeof line, "Lost: %" PRIu64 " events, %" PRIu64 " packets%s\n",
                  lost_events, lost_packets,
                  losses_uncounted ? " (and losses the trace did not count)" : "");
    s += line;
    for (const auto& [driver, count] : per_driver) {
        s += "  [" + driver + "] ";
        std::snprintf(line, sizeof line, "%" PRIu64 " events\n", count);
        s += line;
    }
    for (const auto& [host, h] : per_host) {
        if (!show_hosts) break;
        std::snprintf(
            line, sizeof line,
            ": %" PRIu64 " events, decoded: %" PRIu64 ", unknown: %" PRIu64
            ", format errors: %" PRIu64 "; lost: %" PRIu64 " events, %" PRIu64 " packets%s\n",
            h.events, h.decoded, h.unknown, h.format_errors, h.lost_events, h.lost_packets,
            h.losses_uncounted ? " (and losses the trace did not count)" : "");
        s += "Host " + (host.empty() ? std::string("(unnamed)") : host) + line;
        for (const auto& [driver, count] : h.per_driver) {
            s += "  [" + driver + "] ";
            std::snprintf(line, sizeof line, "%" PRIu64 " events\n", count);
            s += line;
        }
    }
    std::snprintf(line, sizeof line, "Catalog: %" PRIu64 " messages\n", catalog_messages);
    s += line;
    if (catalog_records_lost || catalog_packets_lost || catalog_losses_uncounted) {
        std::snprintf(line, sizeof line,
                      "Catalog records lost: %" PRIu64 " events, %" PRIu64
                      " packets%s (format strings and module records, not messages: the "
                      "messages they describe may be Unknown)\n",
                      catalog_records_lost, catalog_packets_lost,
                      catalog_losses_uncounted ? " (and losses the trace did not count)" : "");
        s += line;
    }
    if (malformed) {
        std::snprintf(line, sizeof line, "Malformed wpp events: %" PRIu64 "\n", malformed);
        s += line;
    }
    if (corrupt_counters) {
        std::snprintf(line, sizeof line,
                      "Corrupt loss counters: %" PRIu64
                      " (sequence numbers or discarded-event counters that cannot be true; "
                      "not counted as losses)\n",
                      corrupt_counters);
        s += line;
    }
    // tracefmt's closing line, which scripts written for tracefmt look for.
    std::snprintf(line, sizeof line,
                  "Processing completed   Events: %" PRIu64 ", EventsLost: %" PRIu64
                  " :: Format Errors: %" PRIu64 ", Unknowns: %" PRIu64 "\n",
                  events, lost_events, format_errors, unknown);
    s += line;
    for (const auto& driver : unfinished)
        s += "Warning: " + driver +
             (end_records_may_be_lost
                  ? " started, and its end (WPP_CLEANUP or unload) is not in this trace: the "
                    "channel that records module ends lost events, so its end record was "
                    "probably lost with them.\n"
                  : " started but never reached WPP_CLEANUP or unloaded in this trace: the "
                    "process was killed or crashed, or the trace stopped first: its stream "
                    "ended early.\n");
    for (const auto& w : warnings) s += "Warning: " + w + "\n";
    for (const auto& e : errors) s += "Error: " + e + "\n";
    if (!complete && events) s += "The trace was not read to its end: the output is partial.\n";
    return s;
}

namespace {

// {"Serial":34,"tracedrv":27}
void append_counts(std::string& out, const std::map<std::string, std::uint64_t>& counts) {
    out += '{';
    bool first = true;
    for (const auto& [name, count] : counts) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, name);
        char text[32];
        std::snprintf(text, sizeof text, ":%" PRIu64, count);
        out += text;
    }
    out += '}';
}

}  // namespace

void DecodeSummary::append_json(std::string& out) const {
    const auto number = [&out](const char* name, std::uint64_t value) {
        char text[64];
        std::snprintf(text, sizeof text, ",\"%s\":%" PRIu64, name, value);
        out += text;
    };
    const auto boolean = [&out](const char* name, bool value) {
        out += ",\"";
        out += name;
        out += value ? "\":true" : "\":false";
    };
    const auto strings = [&out](const char* name, const std::vector<std::string>& list) {
        out += ",\"";
        out += name;
        out += "\":[";
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i) out += ',';
            append_json_string(out, list[i]);
        }
        out += ']';
    };
    out += "{\"type\":\"summary\"";
    number("events", events);
    number("decoded", decoded);
    number("unknown", unknown);
    number("format_errors", format_errors);
    number("lost_events", lost_events);
    number("lost_packets", lost_packets);
    boolean("losses_uncounted", losses_uncounted);
    number("catalog_records_lost", catalog_records_lost);
    number("catalog_packets_lost", catalog_packets_lost);
    boolean("catalog_losses_uncounted", catalog_losses_uncounted);
    boolean("end_records_may_be_lost", end_records_may_be_lost);
    number("malformed", malformed);
    number("corrupt_counters", corrupt_counters);
    number("catalog_messages", catalog_messages);
    out += ",\"per_driver\":";
    append_counts(out, per_driver);
    if (show_hosts) {
        // "per_host":{"m1":{"events":8,...,"per_driver":{"Serial":4}},...}
        out += ",\"per_host\":{";
        bool first = true;
        for (const auto& [host, h] : per_host) {
            if (!first) out += ',';
            first = false;
            append_json_string(out, host);
            char text[256];
            std::snprintf(text, sizeof text,
                          ":{\"events\":%" PRIu64 ",\"decoded\":%" PRIu64 ",\"unknown\":%" PRIu64
                          ",\"format_errors\":%" PRIu64 ",\"lost_events\":%" PRIu64
                          ",\"lost_packets\":%" PRIu64 ",\"losses_uncounted\":%s,\"per_driver\":",
                          h.events, h.decoded, h.unknown, h.format_errors, h.lost_events,
                          h.lost_packets, h.losses_uncounted ? "true" : "false");
            out += text;
            append_counts(out, h.per_driver);
            out += '}';
        }
        out += '}';
    }
    strings("unfinished", unfinished);
    strings("warnings", warnings);
    strings("errors", errors);
    boolean("complete", complete);
    number("exit_status", static_cast<std::uint64_t>(exit_status()));
    out += '}';
}

}  // namespace wpptrace::decoder
