// decode.cpp - the decode pipeline: trace events -> catalog -> format engine -> per-driver text.
#include "wpptrace/decoder/decode.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/catalog_source.hpp"
#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/ifr_reader.hpp"
#include "wpptrace/decoder/late_catalog.hpp"
#include "wpptrace/decoder/message_decoder.hpp"
#include "wpptrace/decoder/output_dir.hpp"
#include "wpptrace/decoder/prefix.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::decoder {
namespace {

// Adds one catalog source with the one loader (catalog_source.hpp), which `wpptrace catalog`
// uses too; throws Error when it cannot be read.
void add_catalog_source(const std::string& source, Catalog& catalog,
                        std::vector<std::string>& warnings) {
    CatalogSourceResult r = load_catalog_source(source, catalog);
    for (auto& w : r.warnings) warnings.push_back(std::move(w));
    if (!r.ok()) throw Error(r.error);
}

// How a decode shows the machines events come from.
struct HostView {
    bool show = false;            // the host in every format and the summary
    bool files_per_host = false;  // -o: <host>/<driver>.* (traces of several machines)
};

class Decoder final : public TraceVisitor {
  public:
    // `out` is the merged output (nullptr: none); `dir` the -o directory (nullptr: none).
    Decoder(const DecodeOptions& options, OutputFile* out, OutputDir* dir, Catalog catalog,
            HostView hosts)
        : options_(options),
          out_(out),
          dir_(dir),
          messages_(std::move(catalog), line_prefix(options, hosts)),
          late_(options.catalog_search_path, messages_.catalog()),
          writer_(make_event_writer(options.format, options.time, hosts.show)),
          hosts_(hosts) {
        text_.reserve(flush_at + 64 * 1024);
        if (options_.write_events) text_ += writer_->header();
        summary_.show_hosts = hosts.show;
    }
    ~Decoder() override = default;
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    DecodeSummary& summary() { return summary_; }
    EventWriter& writer() { return *writer_; }
    const Catalog& catalog() const { return messages_.catalog(); }

    // Writes the merged text held back so far.
    void flush() {
        if (!text_.empty() && out_) out_->write(text_);
        text_.clear();
    }

    void on_catalog_message(MessageInfo message) override {
        Catalog::AddResult r = messages_.learn(std::move(message));
        if (r == Catalog::AddResult::id_mismatch)
            warn_repeated(
                "a wpp_catalog:message event whose id does not match its content was ignored");
        else if (r == Catalog::AddResult::collision)
            warn_repeated("two different messages share an id; the second was ignored");
    }

    void on_catalog_module(ModuleInfo module) override { messages_.learn(std::move(module)); }

    void on_statedump(const StatedumpRecord& record) override { late_.on_statedump(record); }

    void on_discarded_events(std::uint64_t count, bool known, LostFrom from) override {
        count_loss(count, known, from, false);
    }

    void on_discarded_packets(std::uint64_t count, bool known, LostFrom from) override {
        count_loss(count, known, from, true);
    }

    void on_trace_host(std::string_view name) override {
        host_name_.assign(name);
        host_ = &summary_.per_host[host_name_];  // map nodes keep their address
        driver_count_ = nullptr;  // the next event finds its driver's counters and file anew
    }

    void on_impossible_loss(std::string_view what) override {
        ++summary_.corrupt_counters;
        warn_repeated(std::string(what));
    }

    void on_malformed_event(std::string_view name, std::string_view why) override {
        ++summary_.malformed;
        if (summary_.malformed == 1)
            warn("event " + std::string(name) + " is not a wpptrace event this decoder knows (" +
                 std::string(why) + ")");
    }

    void on_module_lifetime(std::string_view module, std::uint32_t pid, bool started) override {
        host();
        auto key = std::make_tuple(host_name_, std::string(module), pid);
        if (started)
            ++running_[key];
        else if (auto it = running_.find(key); it != running_.end() && --it->second == 0)
            running_.erase(it);
    }

    // A live reading waits for more: every line so far goes out, to stdout and the files.
    void on_caught_up() override {
        flush();
        if (out_) out_->flush();
        for (auto& [name, file] : driver_files_) file->flush();
    }

    // Drivers still running when the trace ends, by process.
    std::vector<std::string> unfinished() const {
        std::vector<std::string> out;
        for (const auto& [key, count] : running_) {
            const auto& [host, module, pid] = key;
            out.push_back(module + " (process " + std::to_string(pid) +
                          (hosts_.show ? " on " + host : std::string()) + ")");
        }
        return out;
    }

    void on_message(const WppEvent& event) override {
        ++summary_.events;
        HostSummary& host_counts = host();
        ++host_counts.events;
        DecodedEvent decoded;
        messages_.decode(event, summary_.events, options_.write_events, decoded);
        if (!decoded.known && find_by_build_id(event))
            messages_.decode(event, summary_.events, options_.write_events, decoded);
        if (!decoded.known) {
            ++summary_.unknown;
            ++host_counts.unknown;
        } else if (decoded.status.format_error()) {
            ++summary_.format_errors;
            ++host_counts.format_errors;
        } else {
            ++summary_.decoded;
            ++host_counts.decoded;
        }
        // Events come in runs of one driver: its counter and file are looked up on a change.
        if (!driver_count_ || event.driver != driver_) switch_driver(event.driver);
        ++*driver_count_;
        ++*host_driver_count_;
        if (!options_.write_events) return;

        // The line goes straight into the merged output, written out in big blocks.
        const std::size_t start = text_.size();
        writer_->write(decoded, text_);
        if (driver_file_)
            driver_file_->write(std::string_view(text_).substr(start));  // buffered; throws
        if (text_.size() >= flush_at) flush();
    }

    void warn(std::string text) { summary_.warnings.push_back(std::move(text)); }

    // A warning that can come once per event or packet: shown once, with its count, by
    // add_repeated_warnings().
    void warn_repeated(const std::string& text) {
        auto [it, added] = repeated_.try_emplace(text, 0);
        if (added) repeated_order_.push_back(&it->first);
        ++it->second;
    }

    void add_repeated_warnings() {
        for (const std::string* text : repeated_order_) {
            const std::uint64_t count = repeated_[*text];
            warn(count == 1 ? *text : *text + " (" + std::to_string(count) + " times)");
        }
        repeated_order_.clear();
    }

  private:
    // Losses of a channel that carries wpp messages count as lost messages (in a trace of one
    // channel, some may have been catalog records: that cannot be told). A channel of catalog
    // records alone (wpptrace record's) counts apart. Either way, a channel that carries module
    // ends and lost events may have lost a driver's end record.
    void count_loss(std::uint64_t count, bool known, LostFrom from, bool packets) {
        if (carries_messages(from)) {
            HostSummary& counts = host();
            (packets ? summary_.lost_packets : summary_.lost_events) += count;
            (packets ? counts.lost_packets : counts.lost_events) += count;
            if (!known) summary_.losses_uncounted = counts.losses_uncounted = true;
        } else if (carries_catalog(from)) {
            (packets ? summary_.catalog_packets_lost : summary_.catalog_records_lost) += count;
            if (!known) summary_.catalog_losses_uncounted = true;
        }
        if (carries_catalog(from) && (count || !known)) summary_.end_records_may_be_lost = true;
    }

    static constexpr std::size_t flush_at = std::size_t{256} << 10;

    // The line prefix of text output; none for CSV and JSON, or with --noprefix.
    static std::optional<Prefix> line_prefix(const DecodeOptions& options, HostView hosts) {
        if (options.format != OutputFormat::text || options.no_prefix) return std::nullopt;
        return Prefix(!options.prefix.empty() ? std::string_view(options.prefix)
                      : hosts.show            ? Prefix::default_host_format
                                              : Prefix::default_format,
                      options.time);
    }

    // A message the catalog does not know, from a process whose binaries the state dump named:
    // their catalogs by build id (late_catalog.hpp).
    bool find_by_build_id(const WppEvent& event) {
        std::vector<std::string> warnings;
        const bool found = late_.find(event, messages_.extendable_catalog(), warnings);
        for (auto& w : warnings) warn(std::move(w));
        return found;
    }

    // The counts of the current host (a trace that named none: "").
    HostSummary& host() {
        if (!host_) on_trace_host({});
        return *host_;
    }

    void switch_driver(std::string_view name) {
        driver_.assign(name);
        driver_count_ = &summary_.per_driver[driver_];  // map nodes keep their address
        host_driver_count_ = &host().per_driver[driver_];
        driver_file_ = nullptr;
        if (!dir_ || !options_.write_events) return;
        std::string file_name =
            escape_file_name(driver_) + std::string(file_extension(options_.format));
        if (hosts_.files_per_host) file_name = escape_file_name(host_name_) + "/" + file_name;
        auto file = driver_files_.find(file_name);
        if (file == driver_files_.end()) {
            OutputFile& opened = dir_->create(file_name);
            opened.write(writer_->header());
            file = driver_files_.emplace(file_name, &opened).first;
        }
        driver_file_ = file->second;
    }

    const DecodeOptions& options_;
    OutputFile* out_;
    OutputDir* dir_;
    MessageDecoder messages_;
    LateCatalog late_;  // catalogs of the state dump's binaries, for late sessions
    std::unique_ptr<EventWriter> writer_;
    DecodeSummary summary_;
    HostView hosts_;
    std::string host_name_;        // of the trace events come from now (on_trace_host)
    HostSummary* host_ = nullptr;  // its counts
    // (host, driver, pid): starts
    std::map<std::tuple<std::string, std::string, std::uint32_t>, unsigned> running_;
    std::string text_;                                           // merged text not written yet
    std::unordered_map<std::string, OutputFile*> driver_files_;  // by file name; owned by dir_
    std::map<std::string, std::uint64_t> repeated_;              // warn_repeated(): text -> count
    std::vector<const std::string*> repeated_order_;  // keys of repeated_, first seen first
    std::string driver_;                              // the driver of the last event
    std::uint64_t* driver_count_ = nullptr;
    std::uint64_t* host_driver_count_ = nullptr;  // the driver's count of the current host
    OutputFile* driver_file_ = nullptr;
};

}  // namespace

DecodeSummary decode(const DecodeOptions& options, std::FILE* out) {
    Catalog catalog;
    std::vector<std::string> catalog_warnings;
    for (const auto& source : options.catalogs)
        add_catalog_source(source, catalog, catalog_warnings);
    {
        CatalogSourceResult r = load_catalog_search_path(options.catalog_search_path, catalog);
        for (auto& w : r.warnings) catalog_warnings.push_back(std::move(w));
        if (!r.ok()) throw Error(r.error);
    }
    // The live sessions, known before any output exists: a relay daemon that does not answer
    // leaves nothing behind.
    const std::vector<std::string> live_urls = resolve_live_urls(options.live_urls);
    // With -o, every file is written under a temporary name and moved into place at the end
    // (output_dir.hpp); without, the merged output is `out`.
    std::unique_ptr<OutputDir> dir;
    std::unique_ptr<OutputFile> merged_file;
    OutputFile* merged = nullptr;
    if (!options.output_dir.empty()) {
        dir = std::make_unique<OutputDir>(
            options.output_dir, options.recorders.empty() ? options.traces : options.recorders,
            !options.live_urls.empty());
        if (options.write_events)  // --summary-only: nothing but summary.txt
            merged = &dir->create("merged" + std::string(file_extension(options.format)));
    } else if (out) {
        merged_file = std::make_unique<OutputFile>(out, out == stdout ? "stdout" : "the output");
        merged = merged_file.get();
    }

    // Several machines (a relayd's output) show their hosts; one machine's output stays as it
    // was unless asked.
    HostView hosts;
    hosts.files_per_host = live_urls.size() > 1 || trace_hosts(options.traces).size() > 1;
    hosts.show = options.show_host || hosts.files_per_host;
    Decoder decoder(options, merged, dir.get(), std::move(catalog), hosts);
    for (auto& w : catalog_warnings) decoder.warn(std::move(w));
    ReadResult read = !options.recorders.empty() ? read_recorders(options.recorders, decoder)
                      : !live_urls.empty()       ? read_live(live_urls, decoder)
                                                 : read_traces(options.traces, decoder);
    decoder.flush();
    decoder.add_repeated_warnings();
    DecodeSummary summary = std::move(decoder.summary());
    summary.errors.insert(summary.errors.end(), read.errors.begin(), read.errors.end());
    summary.warnings.insert(summary.warnings.end(), read.warnings.begin(), read.warnings.end());
    summary.complete = read.complete;
    // Custom-type declarations travel as catalog records too; they are not messages.
    const auto& messages = decoder.catalog().messages();
    summary.catalog_messages = static_cast<std::uint64_t>(
        std::count_if(messages.begin(), messages.end(),
                      [](const auto& message) { return !message->is_custom_type(); }));
    if (!read.stopped_by_signal) summary.unfinished = decoder.unfinished();
    // JSON's summary line closes the merged output (stdout, or merged.jsonl).
    if (options.write_summary && merged) {
        std::string line;
        if (decoder.writer().write_summary(summary, line)) merged->write(line);
    }
    if (dir) {
        if (options.write_summary) dir->create("summary.txt", 64 << 10).write(summary.text());
        dir->commit();  // summary.txt last
    } else if (merged) {
        merged->finish();
    }
    return summary;
}

}  // namespace wpptrace::decoder
