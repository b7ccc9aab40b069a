// decode.cpp - the decode pipeline: trace events -> catalog -> format engine -> per-driver text.
#include "wpptrace/decoder/decode.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/catalog_source.hpp"
#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/format_engine.hpp"
#include "wpptrace/decoder/ifr_reader.hpp"
#include "wpptrace/decoder/output_dir.hpp"
#include "wpptrace/decoder/prefix.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace wpptrace::decoder {
namespace {

namespace fs = std::filesystem;

// Adds one catalog source with the one loader (catalog_source.hpp), which `wpptrace catalog`
// uses too; throws Error when it cannot be read.
void add_catalog_source(const std::string& source, Catalog& catalog,
                        std::vector<std::string>& warnings, bool empty_dir_ok = false) {
    CatalogSourceResult r = load_catalog_source(source, catalog, empty_dir_ok);
    for (auto& w : r.warnings) warnings.push_back(std::move(w));
    if (!r.ok()) throw Error(r.error);
}

class Decoder final : public TraceVisitor {
  public:
    // `out` is the merged output (nullptr: none); `dir` the -o directory (nullptr: none).
    Decoder(const DecodeOptions& options, OutputFile* out, OutputDir* dir, Catalog catalog)
        : options_(options),
          out_(out),
          dir_(dir),
          catalog_(std::move(catalog)),
          prefix_(options.prefix.empty() ? Prefix::default_format : options.prefix, options.time),
          writer_(make_event_writer(options.format, options.time)),
          with_prefix_(options.format == OutputFormat::text && !options.no_prefix) {
        text_.reserve(flush_at + 64 * 1024);
        if (options_.write_events) text_ += writer_->header();
    }
    ~Decoder() override = default;
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    DecodeSummary& summary() { return summary_; }
    EventWriter& writer() { return *writer_; }
    const Catalog& catalog() const { return catalog_; }

    // Writes the merged text held back so far.
    void flush() {
        if (!text_.empty() && out_) out_->write(text_);
        text_.clear();
    }

    void on_catalog_message(MessageInfo message) override {
        Catalog::AddResult r = catalog_.add(std::move(message));
        if (r == Catalog::AddResult::id_mismatch)
            warn_repeated(
                "a wpp_catalog:message event whose id does not match its content was ignored");
        else if (r == Catalog::AddResult::collision)
            warn_repeated("two different messages share an id; the second was ignored");
    }

    void on_catalog_module(ModuleInfo module) override { catalog_.add_module(std::move(module)); }

    void on_discarded_events(std::uint64_t count, bool known) override {
        summary_.lost_events += count;
        if (!known) summary_.losses_uncounted = true;
    }

    void on_discarded_packets(std::uint64_t count, bool known) override {
        summary_.lost_packets += count;
        if (!known) summary_.losses_uncounted = true;
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
        auto key = std::make_pair(std::string(module), pid);
        if (started)
            ++running_[key];
        else if (auto it = running_.find(key); it != running_.end() && --it->second == 0)
            running_.erase(it);
    }

    // Drivers still running when the trace ends, by process.
    std::vector<std::string> unfinished() const {
        std::vector<std::string> out;
        for (const auto& [key, count] : running_)
            out.push_back(key.first + " (process " + std::to_string(key.second) + ")");
        return out;
    }

    void on_message(const WppEvent& event) override {
        ++summary_.events;
        const Known* known = find(event.msg_id);
        DecodedEvent decoded;
        EventContext& context = decoded.context;
        context.module = event.driver;
        context.level = event.level;
        context.cpu = event.cpu;
        context.pid = event.pid;
        context.tid = event.tid;
        context.sequence = summary_.events;
        context.timestamp_ns = event.timestamp_ns;
        decoded.process = event.procname;
        decoded.msg_id = event.msg_id;
        decoded.args = event.args;
        message_.clear();
        bool prefix_in_format = false;
        if (known) {
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
            const std::string_view std_prefix = known->prepared.uses_std_prefix && with_prefix_
                                                    ? line_prefix(context)
                                                    : std::string_view();
            decoded.status = render(known->prepared, event.args, message_, std_prefix);
            if (decoded.status.format_error())
                ++summary_.format_errors;
            else
                ++summary_.decoded;
            while (!message_.empty() && (message_.back() == '\n' || message_.back() == '\r'))
                message_.pop_back();
        } else {
            ++summary_.unknown;
            append_unknown_message(message_, event.msg_id, event.driver, event.args.size());
        }
        // Events come in runs of one driver: its counter and file are looked up on a change.
        if (!driver_count_ || event.driver != driver_) switch_driver(event.driver);
        ++*driver_count_;
        if (!options_.write_events) return;

        decoded.message = message_;
        if (with_prefix_ && !prefix_in_format) decoded.prefix = line_prefix(context);
        // The line goes straight into the merged output, written out in big blocks.
        const std::size_t start = text_.size();
        writer_->write(decoded, text_);
        if (driver_file_)
            driver_file_->write(std::string_view(text_).substr(start));  // buffered; throws
        if (text_.size() >= flush_at) flush();
    }

    // The prefix text of one event (TRACE_FORMAT_PREFIX), rendered into a reused buffer. A
    // writer prepends it; a format that places the prefix itself (%!STDPREFIX!) can take it
    // instead, leaving the writer's prefix empty.
    std::string_view line_prefix(const EventContext& context) {
        prefix_text_.clear();
        prefix_.render(context, prefix_text_);
        return prefix_text_;
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
    static constexpr std::size_t flush_at = std::size_t{256} << 10;

    // A message of the catalog, prepared for rendering. Only known ids are kept: an unknown
    // one may still be learnt from a later wpp_catalog:message event.
    struct Known {
        const MessageInfo* message;  // stable: the catalog never drops or replaces an entry
        PreparedMessage prepared;
    };

    const Known* find(std::uint64_t id) {
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

    void switch_driver(std::string_view name) {
        driver_.assign(name);
        driver_count_ = &summary_.per_driver[driver_];  // map nodes keep their address
        driver_file_ = nullptr;
        if (!dir_ || !options_.write_events) return;
        auto file = driver_files_.find(driver_);
        if (file == driver_files_.end()) {
            OutputFile& opened = dir_->create(escape_file_name(driver_) +
                                              std::string(file_extension(options_.format)));
            opened.write(writer_->header());
            file = driver_files_.emplace(driver_, &opened).first;
        }
        driver_file_ = file->second;
    }

    const DecodeOptions& options_;
    OutputFile* out_;
    OutputDir* dir_;
    Catalog catalog_;
    Prefix prefix_;
    std::unique_ptr<EventWriter> writer_;
    bool with_prefix_;         // text output with a prefix
    std::string prefix_text_;  // the prefix of the current event
    std::string message_;      // the message of the current event
    DecodeSummary summary_;
    std::map<std::pair<std::string, std::uint32_t>, unsigned> running_;  // (driver, pid): starts
    std::string text_;  // merged text not written yet
    std::unordered_map<std::uint64_t, Known> known_;
    std::uint64_t last_id_ = 0;
    const Known* last_known_ = nullptr;
    std::unordered_map<std::string, OutputFile*> driver_files_;  // owned by dir_
    std::map<std::string, std::uint64_t> repeated_;              // warn_repeated(): text -> count
    std::vector<const std::string*> repeated_order_;  // keys of repeated_, first seen first
    std::string driver_;                              // the driver of the last event
    std::uint64_t* driver_count_ = nullptr;
    OutputFile* driver_file_ = nullptr;
};

}  // namespace

DecodeSummary decode(const DecodeOptions& options, std::FILE* out) {
    Catalog catalog;
    std::vector<std::string> catalog_warnings;
    for (const auto& source : options.catalogs)
        add_catalog_source(source, catalog, catalog_warnings);
    for (const auto& directory : options.catalog_search_path) {
        std::error_code ec;
        if (fs::is_directory(directory, ec))
            add_catalog_source(directory, catalog, catalog_warnings, true);
        else
            catalog_warnings.push_back("the catalog search path names " + directory +
                                       ", which is not a directory");
    }
    // With -o, every file is written under a temporary name and moved into place at the end
    // (output_dir.hpp); without, the merged output is `out`.
    std::unique_ptr<OutputDir> dir;
    std::unique_ptr<OutputFile> merged_file;
    OutputFile* merged = nullptr;
    if (!options.output_dir.empty()) {
        dir = std::make_unique<OutputDir>(
            options.output_dir, options.recorders.empty() ? options.traces : options.recorders);
        if (options.write_events)  // --summary-only: nothing but summary.txt
            merged = &dir->create("merged" + std::string(file_extension(options.format)));
    } else if (out) {
        merged_file = std::make_unique<OutputFile>(out, out == stdout ? "stdout" : "the output");
        merged = merged_file.get();
    }

    Decoder decoder(options, merged, dir.get(), std::move(catalog));
    for (auto& w : catalog_warnings) decoder.warn(std::move(w));
    ReadResult read = options.recorders.empty() ? read_traces(options.traces, decoder)
                                                : read_recorders(options.recorders, decoder);
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
    summary.unfinished = decoder.unfinished();
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
